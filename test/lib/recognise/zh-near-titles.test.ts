import { describe, expect, it } from 'vitest';
import { buildZhTitleData, findZhNearTitles, loadZhNearTitles } from '../../../lib/recognise/zh-near-titles';

const titles = loadZhNearTitles(
  buildZhTitleData([
    { id: 'document:cii', names: ['关键信息基础设施安全保护条例', 'Critical Information Infrastructure Regulations'] },
    { id: 'document:outbound', names: ['数据出境安全评估办法'] },
    { id: 'document:industry', names: ['工业和信息化领域数据安全管理办法(试行)'] },
    { id: 'document:minors-law', names: ['中华人民共和国未成年人保护法'] },
    { id: 'document:minors-online', names: ['未成年人网络保护条例'] },
    { id: 'document:face-a', names: ['人脸识别技术应用安全管理规定'] },
    { id: 'document:face-b', names: ['人脸识别技术应用安全监管规定'] },
    { id: 'document:games', names: ['网络游戏管理暂行办法'] },
  ]),
);
const find = (text: string) => findZhNearTitles(text, titles, () => false).map((found) => [text.slice(found.start, found.end), found.id, found.draft]);

describe('Chinese titles a character or two apart', () => {
  it('finds a 《title》 that leaves a character or two of an entry’s title out, or adds them', () => {
    expect(find('2021年8月17日,《关键信息基础设施保护条例》终于出台')).toEqual([['关键信息基础设施保护条例', 'document:cii', false]]);
    expect(find('《数据出境安全评估管理办法》')).toEqual([['数据出境安全评估管理办法', 'document:outbound', false]]);
  });

  it('keeps a draft marker and the trial marker apart', () => {
    expect(find('《关键信息基础设施保护条例(征求意见稿)》')).toEqual([['关键信息基础设施保护条例(征求意见稿)', 'document:cii', true]]);
    expect(find('《工业和信息化领域数据安全管理办法》')).toEqual([['工业和信息化领域数据安全管理办法', 'document:industry', false]]);
  });

  it('never takes another kind of instrument, a title too far apart, one two titles fit, or a short one', () => {
    // 条例 is not 法.
    expect(find('《未成年人网络保护法》')).toEqual([]);
    // Three characters apart.
    expect(find('《关键基础设施保护条例》')).toEqual([]);
    // Both face-recognition titles hold it.
    expect(find('《人脸识别技术应用安全规定》')).toEqual([]);
    // 暂行 written or left out names another instrument (网络游戏管理办法 is not the 2010 interim measures).
    expect(find('《网络游戏管理办法》')).toEqual([]);
    // Too short to say which.
    expect(find('《数据安全办法》')).toEqual([]);
    // Text without title marks is left alone.
    expect(find('关键信息基础设施保护条例')).toEqual([]);
  });
});
