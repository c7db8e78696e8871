import { describe, expect, it } from 'vitest';
import { findDefinedUses, findDefinitions, isGenericShortName } from '../../../lib/recognise/defined-names';

function define(text: string, antecedent: string, id = 'document:x') {
  const start = text.indexOf(antecedent);
  return findDefinitions(text, [{ start, end: start + antecedent.length, id }]);
}

describe('findDefinitions', () => {
  it('reads a definition after the title’s Chinese in brackets, for the Chinese title too', () => {
    const text = 'the Measures for Data Security (《数据安全管理办法》) (the "PBoC Data Measures") apply';
    expect(define(text, 'Measures for Data Security').map((definition) => definition.name)).toEqual(['PBoC Data Measures']);
    expect(define(text, '数据安全管理办法').map((definition) => definition.name)).toEqual(['PBoC Data Measures']);
  });

  it.each([
    ['The TC260 issued the Practice Guidelines for Certification Specifications (the “Certification Guidelines”).', 'Practice Guidelines for Certification Specifications', 'Certification Guidelines'],
    ['the Opinions on Building Basic Systems for Data (hereinafter referred to as "Twenty Articles on Data") were', 'Opinions on Building Basic Systems for Data', 'Twenty Articles on Data'],
    ['the Personal Information Protection Law (PIPL) took effect', 'Personal Information Protection Law', 'PIPL'],
    ['the Personal Information Protection Law ("PIPL") took effect', 'Personal Information Protection Law', 'PIPL'],
    // A name the page puts in quotes, defined after the closing quote.
    ['the framework of an “unreliable entity list” (UEL) regime', 'unreliable entity list', 'UEL'],
    ['sanctions pursuant to its Anti-Foreign Sanctions Law (or AFSL), targeting', 'Anti-Foreign Sanctions Law', 'AFSL'],
    ['the Personal Information Protection Law (referred to as the “PI Law”) applies', 'Personal Information Protection Law', 'PI Law'],
    ['《网络数据安全管理条例》(下称“《网数条例》”)规定', '网络数据安全管理条例', '网数条例'],
    ['《网络数据安全管理条例》——以下简称“网数条例”,网数条例规定', '网络数据安全管理条例', '网数条例'],
    ['the “Personal Information Protection Law” (“PIPL”) took effect', 'Personal Information Protection Law', 'PIPL'],
    ['the "Measures on Generative Artificial Intelligence Services" (GenAI Measures) apply', 'Measures on Generative Artificial Intelligence Services', 'GenAI Measures'],
    ['中共中央、国务院印发《关于构建数据基础制度更好发挥数据要素作用的意见》（以下简称“数据二十条”）。', '关于构建数据基础制度更好发挥数据要素作用的意见', '数据二十条'],
    ['《个人信息保护法》（以下简称《个保法》）规定', '个人信息保护法', '个保法'],
    // 为 ("as") after the word is not part of the short name.
    ['《个人信息保护法》(以下简称为“《个保法》”)规定', '个人信息保护法', '个保法'],
    ['發布了《數據出境安全評估申報指南(第二版)》(以下簡稱《評估指南2.0》)和', '數據出境安全評估申報指南(第二版)', '評估指南2.0'],
    ['最高人民法院发布了《关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》(“《人脸识别规定》”)。', '关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定', '人脸识别规定'],
    ['联合公布了部门规章《个人信息出境认证办法》(下文简称“《认证办法》”),并将', '个人信息出境认证办法', '认证办法'],
    ['The Provisions on Protecting Children’s Personal Information in Cyberspace (“Children’s PI Provisions”) issued by', 'Provisions on Protecting Children’s Personal Information in Cyberspace', 'Children’s PI Provisions'],
    ['to implement the Anti-Foreign Sanctions Law (“AFSL”, adopted in June 2021, see our note) and', 'Anti-Foreign Sanctions Law', 'AFSL'],
    ['The Consumer Rights and Interests Protection Law (2013 Revision) (“CPL”) includes', 'Consumer Rights and Interests Protection Law', 'CPL'],
    // The name and its short name in one bracket, after a comma.
    ['export controls on rare earth items (MOFCOM Announcement No. 61, "Announcement 61"); and', 'MOFCOM Announcement No. 61', 'Announcement 61'],
    ['China’s privacy law (the Personal Information Protection Law, the “Privacy Law”) applies', 'Personal Information Protection Law', 'Privacy Law'],
    // In Chinese, after the number in the title's bracket, quoted or not.
    ['发布《关于互联网平台企业报送涉税信息有关事项的公告》(国家税务总局公告2025年第15号,以下简称15号公告)和', '国家税务总局公告2025年第15号', '15号公告'],
    ['发布《关于互联网平台企业报送涉税信息有关事项的公告》（国家税务总局公告2025年第15号，以下简称“15号公告”）和', '国家税务总局公告2025年第15号', '15号公告'],
    // A short name with a bracket of its own keeps it whole.
    ['《个人信息出境认证办法(征求意见稿)》(以下简称“《认证办法(征)》”)规定', '个人信息出境认证办法(征求意见稿)', '认证办法(征)'],
  ])('%s', (text, antecedent, name) => {
    expect(define(text, antecedent).map((definition) => definition.name)).toEqual([name]);
  });

  it.each([
    ['the Measures for Cybersecurity Review (the “Measures”) apply', 'Measures for Cybersecurity Review'],
    ['the Measures for Cybersecurity Review (the "Draft Measures") apply', 'Measures for Cybersecurity Review'],
    ['《网络数据安全管理条例》（以下简称《条例》）', '网络数据安全管理条例'],
    ['《数据出境安全评估办法》（以下简称“《办法》”）', '数据出境安全评估办法'],
    ['《数据出境安全评估办法》（以下简称“本办法”）', '数据出境安全评估办法'],
    ['《數據出境安全評估辦法》（以下簡稱《辦法》）', '數據出境安全評估辦法'],
    ['《数据出境安全评估办法》(以下简称为“《办法》”)', '数据出境安全评估办法'],
    // A type word with only the words any title of its kind has before it.
    ['《企业数据资源相关会计处理暂行规定》（以下简称《暂行规定》）', '企业数据资源相关会计处理暂行规定'],
    ['《关于加强数据资产管理的指导意见》（以下简称《管理指导意见》）', '关于加强数据资产管理的指导意见'],
    // A stage in brackets inside the short name is still only a type word with its stage.
    ['现就《甘肃省数据条例(草案)》(以下简称《条例(草案)》)有关情况', '甘肃省数据条例(草案)'],
    // The number of one of a series is no short name ("… Labor Dispute Cases (II)").
    ['the Interpretation of the Supreme People’s Court on Labor Dispute Cases (II) took effect', 'Interpretation of the Supreme People’s Court on Labor Dispute Cases'],
    // A short name that is only a bracket is none.
    ['《网络数据安全管理条例》（以下简称（条例））规定', '网络数据安全管理条例'],
    // After a comma inside a bracket, only a type word, or words running on past the bracket's length.
    ['《某某办法》（国家税务总局公告2025年第15号，以下简称《办法》）', '国家税务总局公告2025年第15号'],
    ['《某某公告》（国家税务总局公告2025年第15号，以下简称公告）', '国家税务总局公告2025年第15号'],
    ['《某某办法》（国家税务总局公告2025年第15号，以下简称本公告所说的平台企业应当履行的各项报送义务及其他相关事项）', '国家税务总局公告2025年第15号'],
  ])('ignores a short name that is only a type word: %s', (text, antecedent) => {
    expect(define(text, antecedent)).toEqual([]);
  });

  it.each([
    ['Interim Measures for the Management of Generative Artificial Intelligence Services (GenAI Measures) – Governing', 'Interim Measures for the Management of Generative Artificial Intelligence Services', 'GenAI Measures'],
    ['Provisions on the Administration of Deep Synthesis of Internet Information Services (the Deep Synthesis Provisions).', 'Provisions on the Administration of Deep Synthesis of Internet Information Services', 'Deep Synthesis Provisions'],
    ['the related telecommunications business classification catalogue (Telecoms Catalogue), formulated by MIIT', 'telecommunications business classification catalogue', 'Telecoms Catalogue'],
  ])('takes an unquoted short title of the same type: %s', (text, antecedent, name) => {
    expect(define(text, antecedent).map((definition) => definition.name)).toEqual([name]);
  });

  it('takes no acronym of the body or country a name ends with as the name’s own', () => {
    expect(define('the Central Committee of the Communist Party of China (CPC) said', 'Central Committee of the Communist Party of China')).toEqual([]);
    expect(define('the Ministry of Industry and Information Technology (MIIT) said', 'Ministry of Industry and Information Technology').map((definition) => definition.name)).toEqual(['MIIT']);
  });

  it('takes no quoted name of the country or body a name ends with as the name’s own', () => {
    expect(define('were issued by the State Council of the People’s Republic of China (“China”) on 24 September', 'State Council of the People’s Republic of China')).toEqual([]);
  });

  it('takes no name a list of titles is given as one title\'s short name', () => {
    const text = '相继出臺實施《網絡安全法》《數據安全法》《個人信息保護法》(以下簡稱“三大基本法”),對數據出境';
    const spans = ['網絡安全法', '數據安全法', '個人信息保護法'].map((title, index) => ({ start: text.indexOf(title), end: text.indexOf(title) + title.length, id: `document:${index}` }));
    expect(findDefinitions(text, spans)).toEqual([]);
    const listed = '《网络安全法》、《个人信息保护法》（以下简称“个保法”）';
    const listedSpans = ['网络安全法', '个人信息保护法'].map((title, index) => ({ start: listed.indexOf(title), end: listed.indexOf(title) + title.length, id: `document:${index}` }));
    expect(findDefinitions(listed, listedSpans).map((definition) => [definition.name, definition.id])).toEqual([['个保法', 'document:1']]);
  });

  it('takes no unquoted short title of another type, nor one that is itself a name found on the page', () => {
    expect(define('the Provisions on the Administration of Deep Synthesis (Synthesis Measures) apply', 'Provisions on the Administration of Deep Synthesis')).toEqual([]);
    const text = 'the Cybersecurity Law (Data Security Law) apply';
    const cited = text.indexOf('Data Security Law');
    expect(
      findDefinitions(text, [
        { start: 4, end: 21, id: 'document:csl' },
        { start: cited, end: cited + 17, id: 'document:dsl' },
      ]),
    ).toEqual([]);
  });

  it('takes no list of quoted terms in a bracket after a name for its short name', () => {
    expect(define('the Personal Information Protection Law (“personal information”, “processing”) defines', 'Personal Information Protection Law')).toEqual([]);
    expect(define('the Personal Information Protection Law (“PI”, “SPI”) defines', 'Personal Information Protection Law')).toEqual([]);
  });

  it('takes a quoted name after a comma only inside the bracket the antecedent stands in', () => {
    expect(define('under the Data Security Law, “Article 21” applies (see below)', 'Data Security Law')).toEqual([]);
    expect(define('(see the Data Security Law) and, “Article 21”) apply', 'Data Security Law')).toEqual([]);
  });

  it('needs the definition right after the antecedent', () => {
    expect(define('the Personal Information Protection Law, which some call the ("PIPL")', 'Personal Information Protection Law')).toEqual([]);
  });
});

describe('isGenericShortName', () => {
  it.each(['Measures', 'the Law', 'Draft', 'Draft Measures', 'Interim Provisions', '本办法', '《办法》', '条例', '规定（征求意见稿）'])('%s is generic', (name) => {
    expect(isGenericShortName(name)).toBe(true);
  });
  it.each(['Certification Guidelines', 'PIPL', 'Twenty Articles on Data', '数据二十条', '个保法', 'MIIT Measures'])('%s is not', (name) => {
    expect(isGenericShortName(name)).toBe(false);
  });
});

describe('findDefinedUses', () => {
  const definitions = [{ name: 'Certification Guidelines', id: 'document:cert', from: 0 }, { name: '数据二十条', id: 'document:data20', from: 0 }];

  it('finds later uses as whole words, in the written case', () => {
    const text = 'Under the Certification Guidelines, and the certification guidelines of others, CertificationGuidelines.';
    expect(findDefinedUses(text, definitions, []).map((use) => [use.matched, use.start])).toEqual([['Certification Guidelines', 10]]);
  });

  it('takes the longest of two names at one place: a name defined with an acronym in it is not the acronym’s', () => {
    const both = [{ name: 'PBoC', id: 'authority:pboc', from: 0 }, { name: 'PBoC Data Measures', id: 'document:pboc-data', from: 10 }];
    expect(findDefinedUses('PBoC said: the PBoC Data Measures apply', both, []).map((use) => [use.matched, use.id])).toEqual([
      ['PBoC', 'authority:pboc'],
      ['PBoC Data Measures', 'document:pboc-data'],
    ]);
  });

  it('finds Chinese uses anywhere', () => {
    expect(findDefinedUses('落实“数据二十条”要求', definitions, []).map((use) => use.matched)).toEqual(['数据二十条']);
  });

  it('counts only from the definition on', () => {
    const text = 'Certification Guidelines … later: Certification Guidelines';
    expect(findDefinedUses(text, [{ ...definitions[0]!, from: 10 }], []).map((use) => use.start)).toEqual([34]);
  });

  it('takes an acronym in the whole text it is defined in, a headline before the definition too', () => {
    const text = 'China’s New UEL Designations\nMOFCOM added 14 companies to its Unreliable Entity List (UEL). The UEL grows.';
    const start = text.indexOf('Unreliable Entity List');
    const defined = findDefinitions(text, [{ start, end: start + 'Unreliable Entity List'.length, id: 'document:uel' }]);
    expect(findDefinedUses(text, defined, []).map((use) => use.start)).toEqual([text.indexOf('UEL'), text.indexOf('UEL)'), text.lastIndexOf('UEL')]);
  });

  it('never overlaps what was found already', () => {
    expect(findDefinedUses('the Certification Guidelines', definitions, [{ start: 0, end: 28 }])).toEqual([]);
  });
});
