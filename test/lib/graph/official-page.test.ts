import { describe, expect, it } from 'vitest';
import { isOfficialHost, isOfficialPage } from '../../../lib/graph/official-page';

describe('isOfficialPage', () => {
  it.each([
    ['https://www.gov.cn/zhengce/content/2024-09/30/content_6977766.htm', true],
    ['https://flk.npc.gov.cn/detail2.html', true],
    ['http://gov.cn/', true],
    ['https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm', true],
    // Look-alikes and copies are not the state's pages.
    ['https://gov.cn.example.com/page', false],
    ['https://www.notgov.cn/page', false],
    ['https://www.chinalawtranslate.com/en/pipl/', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, official) => {
    expect(isOfficialPage(url)).toBe(official);
  });
});

describe('isOfficialHost', () => {
  it.each([
    ['gov.cn', true],
    ['flk.npc.gov.cn', true],
    ['WWW.CAC.GOV.CN', true],
    ['notgov.cn', false],
    ['gov.cn.example.com', false],
  ])('%s → %s', (host, official) => {
    expect(isOfficialHost(host)).toBe(official);
  });
});
