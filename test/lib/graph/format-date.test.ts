import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/graph/format-date';

describe('formatDate', () => {
  it.each([
    ['2024-05-07', '7 May 2024'],
    ['2022-12', 'Dec 2022'],
    ['2021', '2021'],
    [undefined, ''],
  ])('%s → %s', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});

describe('formatDate in Chinese', () => {
  it.each([
    ['2024-05-07', '2024年5月7日'],
    ['2022-12', '2022年12月'],
    ['2021', '2021'],
    [undefined, ''],
  ])('%s → %s', (iso, shown) => {
    expect(formatDate(iso, 'zh-CN')).toBe(shown);
  });
});
