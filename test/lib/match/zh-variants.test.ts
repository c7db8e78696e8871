import { describe, expect, it } from 'vitest';
import { expandZhVariants } from '../../../lib/match/zh-variants';

describe('expandZhVariants', () => {
  it.each([
    ['网络安全法', ['网络安全法', '中华人民共和国网络安全法']],
    ['中华人民共和国数据安全法', ['中华人民共和国数据安全法', '数据安全法']],
    // 办法 (measures) also ends in 法 but never takes the state prefix.
    ['网络安全审查办法', ['网络安全审查办法']],
    ['国家互联网信息办公室', ['国家互联网信息办公室']],
    ['中华人民共和国', ['中华人民共和国']],
  ])('%s', (name, expected) => {
    expect(expandZhVariants(name)).toEqual(expected);
  });

  it('makes no variant whose core is generic', () => {
    expect(expandZhVariants('中华人民共和国法律', (key) => key === '法律')).toEqual(['中华人民共和国法律']);
  });
});
