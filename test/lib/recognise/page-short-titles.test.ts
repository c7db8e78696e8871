import { describe, expect, it } from 'vitest';
import { findPageShortTitles, findZhPageShortTitles, NamedTitles } from '../../../lib/recognise/page-short-titles';

function namedTitles(mentions: Parameters<NamedTitles['add']>[0]) {
  const named = new NamedTitles();
  named.add(mentions);
  return named.byKey;
}

const COMMON = new Set(['security', 'data', 'network', 'information', 'personal', 'protection']);
const isCommon = (word: string) => COMMON.has(word);

function titled(text: string, title: string, id: string) {
  const start = text.indexOf(title);
  return { start, end: start + title.length, id, matched: title };
}

describe('findPageShortTitles', () => {
  it('reads a short title of an instrument the page named in full, at a sentence start too', () => {
    const text = 'The Personal Information Protection Compliance Audit Measures took effect. The Audit Measures apply to all; the recent Audit Measures build on them.';
    const full = titled(text, 'Personal Information Protection Compliance Audit Measures', 'document:audit');
    const found = findPageShortTitles(text, namedTitles([full]), [full], isCommon);
    expect(found.map((mention) => [mention.matched, mention.id, text.slice(mention.start, mention.end)])).toEqual([
      ['Audit Measures', 'document:audit', 'Audit Measures'],
      ['Audit Measures', 'document:audit', 'Audit Measures'],
    ]);
  });

  it('reads nothing where only common words are left, where two instruments share the words, or under another type noun', () => {
    const text = 'The Measures for Security Assessment of Outbound Data Transfers and the Measures for Security Review of Data. Security Measures apply. Assessment Measures apply. Assessment Provisions apply.';
    const first = titled(text, 'Measures for Security Assessment of Outbound Data Transfers', 'document:assessment');
    const second = titled(text, 'Measures for Security Review of Data', 'document:review');
    const named = namedTitles([first, second]);
    expect(findPageShortTitles(text, named, [first, second], isCommon).map((mention) => mention.matched)).toEqual(['Assessment Measures']);
    const shared = 'The Measures for Security Assessment of Outbound Data and the Measures for Security Assessment of Apps. Assessment Measures apply.';
    const a = titled(shared, 'Measures for Security Assessment of Outbound Data', 'document:a');
    const b = titled(shared, 'Measures for Security Assessment of Apps', 'document:b');
    expect(findPageShortTitles(shared, namedTitles([a, b]), [a, b], isCommon)).toEqual([]);
  });

  it('takes no part of a longer capitalised name', () => {
    const text = 'The Personal Information Protection Compliance Audit Measures took effect. Shanghai Audit Measures differ.';
    const full = titled(text, 'Personal Information Protection Compliance Audit Measures', 'document:audit');
    expect(findPageShortTitles(text, namedTitles([full]), [full], isCommon)).toEqual([]);
  });

  it('takes no head of another full title that goes on after its type noun', () => {
    const text = 'The Compliance Audit Measures for Personal Information apply; the Audit Measures for Small Platforms differ, and the Audit Measures for them too.';
    const full = titled(text, 'Compliance Audit Measures for Personal Information', 'document:audit');
    expect(findPageShortTitles(text, namedTitles([full]), [full], isCommon).map((mention) => text.slice(mention.start, mention.end + 9))).toEqual(['Audit Measures for them']);
  });
});

describe('findZhPageShortTitles', () => {
  const chineseTitles = (mentions: Parameters<NamedTitles['add']>[0]) => {
    const named = new NamedTitles();
    named.add(mentions);
    return named.chinese;
  };

  it('reads a title in 《》 that keeps some characters of a title named earlier, in order, with its type', () => {
    const text = '两部规章《网络交易平台规则监督管理办法》《直播电商监督管理办法》。首先介绍一下《平台规则监管办法》的有关情况。';
    const full = titled(text, '网络交易平台规则监督管理办法', 'document:platform-rules');
    const other = titled(text, '直播电商监督管理办法', 'document:livestream');
    const found = findZhPageShortTitles(text, chineseTitles([full, other]), [full, other]);
    expect(found.map((mention) => [text.slice(mention.start, mention.end), mention.id])).toEqual([['平台规则监管办法', 'document:platform-rules']]);
  });

  it('reads nothing of another type, out of order, too short, held by two instruments, or not in 《》', () => {
    const text = '《网络交易平台规则监督管理办法》和《网络交易平台规则监督管理规定》。《平台规则监管条例》《规则平台监管办法》《规则办法》；平台规则监管办法。';
    const full = titled(text, '网络交易平台规则监督管理办法', 'document:platform-rules');
    expect(findZhPageShortTitles(text, chineseTitles([full]), [full])).toEqual([]);
    const both = '《网络交易平台规则监督管理办法》《网上交易平台规则监督管理办法》。《平台规则监管办法》';
    const a = titled(both, '网络交易平台规则监督管理办法', 'document:a');
    const b = titled(both, '网上交易平台规则监督管理办法', 'document:b');
    expect(findZhPageShortTitles(both, chineseTitles([a, b]), [a, b])).toEqual([]);
  });
});
