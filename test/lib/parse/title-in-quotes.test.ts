import { describe, expect, it } from 'vitest';
import { isTitleInQuotes } from '../../../lib/parse/title-in-quotes';

describe('isTitleInQuotes', () => {
  it('finds a title a quote writes, whatever its case, articles, spelling or "of the PRC"', () => {
    expect(isTitleInQuotes('Measures for the Standardisation of AI-Generated Content', ['On 14 March the CAC issued the measures for standardization of AI-generated content.'])).toBe(true);
    expect(isTitleInQuotes('Data Security Law', ['The Data Security Law of the People’s Republic of China takes effect.'])).toBe(true);
  });

  it('does not take a title a quote writes otherwise, or only in part, or inside a longer word', () => {
    expect(isTitleInQuotes('Sichuan Province Data Regulations', ['《四川省数据条例》 was adopted on 2024-11-28.'])).toBe(false);
    expect(isTitleInQuotes('Data Regulations', ['The Network Data Security Management Regulations apply.'])).toBe(false);
    expect(isTitleInQuotes('Data Law', ['The Metadata Law …'])).toBe(false);
    expect(isTitleInQuotes('Measures for Data', [])).toBe(false);
  });
});
