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
    { id: 'document:deep-synthesis', names: ['互联网信息服务深度合成管理规定'] },
    { id: 'document:genai', names: ['生成式人工智能服务管理暂行办法'] },
    { id: 'document:network-data', names: ['网络数据安全管理条例'] },
    { id: 'document:children', names: ['儿童个人信息网络保护规定'] },
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

  it('finds a short form that leaves out only words short forms drop (互联网信息服务, 管理, 安全 …)', () => {
    expect(find('《深度合成规定》《网络数据条例》')).toEqual([
      ['深度合成规定', 'document:deep-synthesis', false],
      ['网络数据条例', 'document:network-data', false],
    ]);
    expect(find('《生成式人工智能暂行办法》')).toEqual([['生成式人工智能暂行办法', 'document:genai', false]]);
    // 儿童 and 网络 say what the children's provisions cover; 暂行 must agree.
    expect(find('《个人信息保护规定》《生成式人工智能办法》《数据条例》')).toEqual([]);
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
