import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { buildPinyinNumbers, findPinyinNumbers } from '../../../lib/recognise/pinyin-numbers';

const pinyinOf = (han: string) => pinyin(han, { toneType: 'none', type: 'array' }).join('');
const keys = buildPinyinNumbers(
  [
    { id: 'case:alibaba', names: ['Alibaba penalty', '国市监处〔2021〕28号'] },
    { id: 'document:app-filing', names: ['工信部信管〔2023〕105号'] },
    { id: 'document:tourism', names: ['文旅市场发〔2021〕91号'] },
    { id: 'document:no-number', names: ['关于开展备案工作的通知'] },
  ],
  pinyinOf,
);
const read = (text: string) => findPinyinNumbers(text, keys).map((found) => [found.matched, found.id]);

describe('document numbers written in pinyin', () => {
  it('keys the graph’s Chinese numbers by their prefix’s syllables, year and number', () => {
    expect(keys).toEqual({ 'guoshijianchu|2021|28': 'case:alibaba', 'gongxinbuxinguan|2023|105': 'document:app-filing', 'wenlushichangfa|2021|91': 'document:tourism' });
  });

  it('reads them however an English page spaces, brackets and capitalises them', () => {
    expect(read('the decision (Guo Shi Jian Chu [2021] No. 28) fined Alibaba')).toEqual([['Guo Shi Jian Chu [2021] No. 28', 'case:alibaba']]);
    expect(read('Guoshijianchu (2021) 28')).toEqual([['Guoshijianchu (2021) 28', 'case:alibaba']]);
    expect(read('the MIIT Gong Xin Bu Xin Guan [2023] No. 105 notice')).toEqual([['Gong Xin Bu Xin Guan [2023] No. 105', 'document:app-filing']]);
    expect(read('Wen Lv Shi Chang Fa [2021] No. 91')).toEqual([['Wen Lv Shi Chang Fa [2021] No. 91', 'document:tourism']]);
  });

  it('reads a long title-case page with bracketed years at once: one way only to cut it into words', () => {
    const page = `${'Security Assessment Measures For Outbound Data Transfer Issued By The Authority '.repeat(2000)}（2023）京0491民初11279号 GongXinBuXinGuan [2023] No. 105`;
    expect(read(page)).toEqual([['GongXinBuXinGuan [2023] No. 105', 'document:app-filing']]);
  });

  it('reads no number the graph does not carry, nor another year or number', () => {
    expect(read('Gong Xin Bu Xin Guan [2023] No. 106; Guo Shi Jian Chu [2022] No. 28; Annex [2021] 28')).toEqual([]);
  });
});
