import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../../lib/page/white-space';

describe('isWhiteSpace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    expect(disagreements).toEqual([]);
  });
});
