import { describe, expect, it } from 'vitest';
import { expandZhVariants } from '../../../lib/match/zh-variants';

describe('expandZhVariants', () => {
  it.each([
    ['网络安全法', ['网络安全法', '中华人民共和国网络安全法', '网路安全法', '中华人民共和国网路安全法']],
    ['中华人民共和国数据安全法', ['中华人民共和国数据安全法', '数据安全法', '中华人民共和国资料安全法']],
    // 办法 (measures) also ends in 法 but never takes the state prefix.
    ['网络安全审查办法', ['网络安全审查办法', '网路安全审查办法']],
    // An amendment to a law takes the law's state prefix too.
    ['刑法修正案(九)', ['刑法修正案(九)', '中华人民共和国刑法修正案(九)']],
    ['中华人民共和国刑法修正案(九)', ['中华人民共和国刑法修正案(九)', '刑法修正案(九)']],
    ['国家互联网信息办公室', ['国家互联网信息办公室', '国家网际网路信息办公室', '国家互联网资讯办公室', '国家网际网路资讯办公室']],
    ['中华人民共和国', ['中华人民共和国']],
    // A regulation, list or catalogue of the state takes the prefix; a place's regulation does not.
    ['两用物项出口管制清单', ['两用物项出口管制清单', '中华人民共和国两用物项出口管制清单']],
    ['上海市数据条例', ['上海市数据条例', '上海市资料条例']],
    ['专利法实施细则', ['专利法实施细则', '中华人民共和国专利法实施细则']],
  ])('%s', (name, expected) => {
    expect(expandZhVariants(name)).toEqual(expected);
  });

  it('writes a campaign of a series without its dot, with a space for it, or with the series in quotes', () => {
    // (then each of them in Taiwan's words: 网路 for 网络)
    expect(expandZhVariants('清朗·2025年春节网络环境整治').slice(0, 5)).toEqual([
      '清朗·2025年春节网络环境整治',
      '清朗2025年春节网络环境整治',
      '清朗 2025年春节网络环境整治',
      '"清朗"·2025年春节网络环境整治',
      '"清朗"2025年春节网络环境整治',
    ]);
    // A short rest is no name of its own, nor is a dot between other words.
    expect(expandZhVariants('清朗·整治')).toEqual(['清朗·整治']);
  });

  it('drops the issuer before 关于 from a long title, and a version or edition after one', () => {
    expect(expandZhVariants('最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定')).toContain('关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定');
    // Too short to name one instrument on its own.
    expect(expandZhVariants('国务院关于加强监管的通知')).toEqual(['国务院关于加强监管的通知']);
    expect(expandZhVariants('数据跨境处理活动安全认证规范v2.0')).toEqual(['数据跨境处理活动安全认证规范v2.0', '数据跨境处理活动安全认证规范']);
    expect(expandZhVariants('数据出境安全评估申报指南(第一版)')).toEqual(['数据出境安全评估申报指南(第一版)', '数据出境安全评估申报指南']);
    expect(expandZhVariants('网络安全标准实践指南—个人信息跨境处理活动安全认证规范v2.0')).toContain('个人信息跨境处理活动安全认证规范');
  });

  it('drops the 互联网信息服务 field a title opens with when the rest names its subject', () => {
    expect(expandZhVariants('互联网信息服务算法推荐管理规定').slice(0, 2)).toEqual(['互联网信息服务算法推荐管理规定', '算法推荐管理规定']);
    expect(expandZhVariants('互联网信息服务深度合成管理规定')).toContain('深度合成管理规定');
    // 管理办法 alone names nothing.
    expect(expandZhVariants('互联网信息服务管理办法')).not.toContain('管理办法');
  });

  it('writes an order number with its number in brackets, before the order or inside it, or without 第 too', () => {
    expect(expandZhVariants('公安部令第33号')).toEqual(['公安部令第33号', '公安部令(第33号)', '第33号公安部令', '公安部第33号令', '公安部令33号']);
    expect(expandZhVariants('国务院令第147号')).toEqual(['国务院令第147号', '国务院令(第147号)', '第147号国务院令', '国务院第147号令', '国务院令147号']);
    // Only an order number: a title that merely ends in 号 is left alone.
    expect(expandZhVariants('数据安全标准实践指南第1号')).toEqual(['数据安全标准实践指南第1号']);
  });

  it("spells the internet, networks, AI and information as Taiwan does (網際網路, 網路, 人工智慧, 資訊), in every variant", () => {
    expect(expandZhVariants('电信和互联网用户个人信息保护规定')).toEqual([
      '电信和互联网用户个人信息保护规定',
      '电信和网际网路用户个人信息保护规定',
      '电信和互联网用户个人资讯保护规定',
      '电信和网际网路用户个人资讯保护规定',
    ]);
    // 人工智慧 for 人工智能; each of Taiwan's words alone and all of them, as pages mix them.
    expect(expandZhVariants('生成式人工智能服务管理暂行办法')).toEqual(['生成式人工智能服务管理暂行办法', '生成式人工智慧服务管理暂行办法']);
    expect(expandZhVariants('国家互联网信息办公室')).toContain('国家互联网资讯办公室');
    expect(expandZhVariants('网络安全法')).toEqual(['网络安全法', '中华人民共和国网络安全法', '网路安全法', '中华人民共和国网路安全法']);
    expect(expandZhVariants('互联网网络接入服务规定')).toContain('网际网路网路接入服务规定');
    // A title without any of Taiwan's words has no Taiwan spelling.
    expect(expandZhVariants('个人信息保护法').filter((key) => !key.includes('资讯'))).toEqual(['个人信息保护法', '中华人民共和国个人信息保护法']);
  });

  it('reads 資料 for 数据 only in a title that begins with the state or a place', () => {
    expect(expandZhVariants('数据安全法')).toEqual(['数据安全法', '中华人民共和国数据安全法', '中华人民共和国资料安全法']);
    expect(expandZhVariants('江苏省数据条例')).toContain('江苏省资料条例');
    // Taiwan's own words: 資料安全管理辦法 of a Taiwan bank is no mainland title.
    expect(expandZhVariants('数据安全管理办法')).toEqual(['数据安全管理办法']);
    expect(expandZhVariants('城市数据治理指引')).toEqual(['城市数据治理指引']);
    // 市场 is a market, not a city; a place's name has no 数据 in it.
    expect(expandZhVariants('数据要素市场交易标准规范细则').join()).not.toContain('资料');
    expect(expandZhVariants('国家市场监督管理总局数据安全管理办法').join()).not.toContain('资料');
    expect(expandZhVariants('深圳经济特区数据条例')).toContain('深圳经济特区资料条例');
  });

  it('drops the years a place’s plan runs from a long title, as pages cite it', () => {
    expect(expandZhVariants('许昌市数据要素市场培育实施方案(2024-2025年)')).toContain('许昌市数据要素市场培育实施方案');
    expect(expandZhVariants('嘉兴市推进“人工智能+”行动计划(2025—2027年)')).toContain('嘉兴市推进“人工智能+”行动计划');
    expect(expandZhVariants('上海市算力基础设施高质量发展行动计划(2023年—2025年)')).toContain('上海市算力基础设施高质量发展行动计划');
    // A national plan keeps its years: the same title comes back for later periods.
    expect(expandZhVariants('法治政府建设实施纲要(2021-2025年)')).not.toContain('法治政府建设实施纲要');
    expect(expandZhVariants('金融科技发展规划(2022-2025年)')).not.toContain('金融科技发展规划');
    // A short or generic rest names no plan on its own.
    expect(expandZhVariants('三年行动计划(2023-2025年)')).not.toContain('三年行动计划');
    expect(expandZhVariants('全国数据工作行动计划(2024-2026年)', (key) => key === '全国数据工作行动计划')).not.toContain('全国数据工作行动计划');
  });

  it('spells plans, digital and software as Taiwan does (計畫, 數位, 軟體)', () => {
    expect(expandZhVariants('福建省新型基础设施建设三年行动计划(2023-2025年)')).toContain('福建省新型基础设施建设三年行动计画(2023-2025年)');
    expect(expandZhVariants('数字中国建设整体布局规划')).toEqual(['数字中国建设整体布局规划', '数位中国建设整体布局规划']);
    expect(expandZhVariants('计算机软件保护条例')).toContain('计算机软体保护条例');
  });

  it('writes a document number’s year in the other brackets pages use', () => {
    expect(expandZhVariants('国发〔2011〕4号')).toEqual(['国发〔2011〕4号', '国发[2011]4号', '国发(2011)4号', '国发【2011】4号']);
    expect(expandZhVariants('工信部信管函〔2020〕164号')).toContain('工信部信管函[2020]164号');
  });

  it('marks a title inside a title with 《》, 〈〉 or angle brackets, with or without the inner law’s state prefix', () => {
    const variants = expandZhVariants('关于修改《中华人民共和国网络安全法》的决定');
    expect(variants).toEqual(expect.arrayContaining(['关于修改<中华人民共和国网络安全法>的决定', '关于修改〈中华人民共和国网络安全法〉的决定', '关于修改《网络安全法》的决定']));
  });

  it('makes no variant whose core is generic', () => {
    expect(expandZhVariants('中华人民共和国法律', (key) => key === '法律')).toEqual(['中华人民共和国法律']);
  });
});
