import { describe, expect, it } from 'vitest';
import { findCitedNumbers, withoutMentionsInsideNumbers } from '../../../lib/recognise/cited-numbers';
import { PageRecogniser } from '../../../lib/recognise/page-recogniser';

function numbersAfter(text: string, title: string, id = 'document:x') {
  const start = text.indexOf(title);
  return findCitedNumbers(text, [{ start, end: start + title.length, id }]).map((found) => ({ name: found.name, at: found.from }));
}

describe('findCitedNumbers', () => {
  it.each([
    ['《国务院办公厅关于促进平台经济规范健康发展的指导意见》（国办发〔2019〕38号）提出', '国务院办公厅关于促进平台经济规范健康发展的指导意见', '国办发〔2019〕38号'],
    ['中办、国办《关于进一步加强互联网管理工作的意见》(中办发[2004]32号)', '关于进一步加强互联网管理工作的意见', '中办发[2004]32号'],
    ['《数据出境安全评估办法》（国家网信办令第11号）', '数据出境安全评估办法', '国家网信办令第11号'],
    ['《计算机信息网络国际联网安全保护管理办法》(公安部令第33号)', '计算机信息网络国际联网安全保护管理办法', '公安部令第33号'],
    ['the Measures for Security Assessment of Outbound Data Transfers (CAC Order No. 11) apply', 'Measures for Security Assessment of Outbound Data Transfers', 'CAC Order No. 11'],
    ['the Guiding Opinions on the Platform Economy (Guo Ban Fa [2019] No. 38) say', 'Guiding Opinions on the Platform Economy', 'Guo Ban Fa [2019] No. 38'],
  ])('%s', (text, title, number) => {
    expect(numbersAfter(text, title)).toEqual([{ name: number, at: text.indexOf(number) }]);
  });

  it.each([
    ['《网络安全法》（2016年11月7日通过）', '网络安全法'],
    ['the Cybersecurity Law (CSL) applies', 'Cybersecurity Law'],
    ['the Cybersecurity Law (2017) applies', 'Cybersecurity Law'],
    ['the Cybersecurity Law (see Article 21) applies', 'Cybersecurity Law'],
    ['《网络安全法》第二十一条（国办发〔2019〕38号文件另有规定）', '网络安全法'],
  ])('reads no number from brackets that hold something else: %s', (text, title) => {
    expect(numbersAfter(text, title)).toEqual([]);
  });

  it('reads numbers after documents only, not after bodies', () => {
    const text = '国家网信办（国家网信办令第11号）';
    expect(findCitedNumbers(text, [{ start: 0, end: 5, id: 'authority:cac' }])).toEqual([]);
  });
});

describe('withoutMentionsInsideNumbers', () => {
  it('drops a body inside a number, keeps the number and what is outside', () => {
    const text = '公安部令第33号和公安部';
    const mentions = [
      { start: 0, end: 3, id: 'authority:mps' },
      { start: 0, end: 8, id: 'document:x' },
      { start: 9, end: 12, id: 'authority:mps' },
    ];
    expect(withoutMentionsInsideNumbers(text, mentions, [{ name: '公安部令第33号', id: 'document:x', from: 0 }]).map((mention) => mention.start)).toEqual([0, 9]);
    expect(withoutMentionsInsideNumbers(text, mentions, [{ name: '公安部令第33号', id: 'document:x', from: 0 }])[0]!.id).toBe('document:x');
  });
});

describe('a page that numbers a title', () => {
  it('names the document at the number and where the page writes the number again, with no body inside it', () => {
    const recogniser = new PageRecogniser(undefined);
    const first = '《计算机信息网络国际联网安全保护管理办法》（公安部令第33号）规定';
    const title = '计算机信息网络国际联网安全保护管理办法';
    const mentions = recogniser.recognise(first, [{ start: 1, end: 1 + title.length, id: 'document:x', matched: title }]);
    expect(mentions.map((mention) => [mention.matched, mention.id])).toEqual([
      [title, 'document:x'],
      ['公安部令第33号', 'document:x'],
    ]);
    const later = '依照公安部令第33号的规定';
    const again = recogniser.recognise(later, [{ start: 2, end: 5, id: 'authority:mps', matched: '公安部' }]);
    expect(again.map((mention) => [mention.matched, mention.id])).toEqual([['公安部令第33号', 'document:x']]);
  });
});
