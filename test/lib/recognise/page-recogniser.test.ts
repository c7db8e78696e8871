/** The recognisers together on the bundled graph, with literal sentences: what they add and what they leave alone. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundledData } from '../../../lib/build/bundled-data';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import type { Matcher } from '../../../lib/match/matcher';
import { chinaRelationOf } from '../../../lib/page/china-context';
import { PageRecogniser } from '../../../lib/recognise/page-recogniser';

let matcher: Matcher;
let json: string;

beforeAll(() => {
  const data = buildBundledData(join(__dirname, '../../../seeds'));
  matcher = loadDictionary(JSON.parse(data.dictionaryJson));
  json = data.recognisersJson;
  // Building the bundled graph takes seconds on a loaded machine.
}, 120_000);

const found = (text: string, recogniser = new PageRecogniser(json)) =>
  recogniser.recognise(text, findMentions(matcher, text)).map((mention) => [text.slice(mention.start, mention.end), mention.id]);

describe('PageRecogniser', () => {
  it('leaves an acronym inside a code or a committee number alone', () => {
    // The code names its practice guide (a core entry); the committee acronym inside it is not read on its own.
    expect(found('The document TC260-PG-20222A was issued by TC260.')).toEqual([
      ['TC260-PG-20222A', 'document:practice-guideline-for-cybersecurity-standards-safety-certification'],
      ['TC260', 'authority:tc260'],
    ]);
    expect(found('归口单位:全国信息安全标准化技术委员会(SAC/TC 260)')).toEqual([
      ['全国信息安全标准化技术委员会', 'authority:tc260'],
      ['SAC/TC 260', 'authority:tc260'],
    ]);
  });

  it('does not take a body’s name at the head of a longer body or a document number for that body', () => {
    expect(found('起草单位:公安部第一研究所、国务院法制办公室')).toEqual([]);
    expect(found('工信部信管函〔2019〕337号要求')).toEqual([]);
    // A document number the graph knows names its document, whole.
    expect(found('工信部信管函〔2020〕164号要求')).toEqual([['工信部信管函〔2020〕164号', 'document:notice-on-deepening-special-rectification-of-apps-infringing-users-rights']]);
    expect(found('工信部发布通知')).toEqual([['工信部', 'authority:miit']]);
    // Nor at the head of an announcement or order number with its year.
    expect(found('根据商务部公告2023年第99号,')).toEqual([]);
    expect(found('根据商务部公告2024年第51号,')).toEqual([['商务部公告2024年第51号', 'document:export-control-list-of-dual-use-items']]);
    expect(found('商务部令2020年第1号公布')).toEqual([]);
    expect(found('商务部公告称')).toEqual([['商务部', 'authority:mofcom']]);
    // Nor at the tail of a numbered bureau's name.
    expect(found('the Anti-Monopoly Bureau II of the State Administration for Market Regulation opened a case')).toEqual([]);
  });

  it('does not take a body inside a longer body, a document’s citation or a statute’s description of a ministry', () => {
    expect(found('工业和信息化部装备工业发展中心组织开展备案;国务院中心组学习')).toEqual([['国务院', 'authority:state-council']]);
    expect(found('The State Council Press Office held a briefing; the State Council approved.')).toEqual([['State Council', 'authority:state-council']]);
    expect(found("Interpretation No. 10 [2017] of the Supreme People's Court; the Supreme People's Court said")).toEqual([["Supreme People's Court", 'authority:spc']]);
    expect(found('the administrative department of human resources and social security of the State Council; relevant departments of the State Council')).toEqual([['State Council', 'authority:state-council']]);
    expect(found("the Report on the Work of the Supreme People’s Court and the Law of the People’s Bank of China")).toEqual([]);
    expect(found('State Council Order No. 412; the Notice of the State Council on Issuing Several Policies; the PBoC Data Measures')).toEqual([]);
    expect(found('山西省委网信办')).toEqual([]);
    expect(found('最高人民法院民一庭负责人')).toEqual([]);
    // A sector's measures are not the general measures their head names.
    expect(found('the Measures for Data Security Management in the Energy Sector (Trial)')).toEqual([]);
    // An example of a kind does not take the kind's name as its own.
    expect(found('an authority such as CAC (“Data Protection Authority”) may; the Data Protection Authority')).toEqual([['CAC', 'authority:cac']]);
  });

  it('does not take a title inside the title of its official reading, nor the bodies it names', () => {
    expect(found('Interpretation of the Notice of the MIIT on the Filing of Mobile Apps')).toEqual([]);
    expect(found("the courts' interpretation of the Civil Code")).toEqual([['Civil Code', 'document:civil-code']]);
  });

  it('takes no draft of a title the graph holds only as final, written otherwise, and no field-of-law tag', () => {
    expect(found('非银行支付机构条例(征求意见稿)')).toEqual([]);
    expect(found('- Area of Law: Constitution Criminal Law')).toEqual([]);
  });

  it('reads "Personal Data Protection Law" and its renderings as China’s only on a page about China', () => {
    const mentions = (text: string) => new PageRecogniser(json).recognise(text, findMentions(matcher, text));
    const vietnam = mentions('Vietnam’s Law on Personal Data Protection 2025 and the Personal Data Protection Law; the Ministry of Public Security enforces them.');
    expect(vietnam.every((mention) => chinaRelationOf(mention) === 'needs')).toBe(true);
  });

  it('reads 中办 and 国办 where they stand alone, not inside words that hold them by accident', () => {
    const offices = [
      ['中办', 'authority:general-office-of-the-cpc-central-committee'],
      ['国办', 'authority:general-office-of-the-state-council'],
    ];
    expect(found('中办、国办转发了意见')).toEqual(offices);
    expect(found('中办国办印发了意见')).toEqual(offices);
    expect(found('近日，国办印发通知')).toEqual([offices[1]]);
    expect(found('经国办同意')).toEqual([offices[1]]);
    expect(found('全国办理各类案件')).toEqual([]);
    expect(found('集中办理个人信息保护投诉')).toEqual([]);
    expect(found('在中国办事处工作')).toEqual([]);
    expect(found('国办理应负责')).toEqual([]);
  });

  it('reads 网信办 alone as the CAC, but as a local office after a place or a word for the local level', () => {
    expect(found('网信办曾于2024年9月14日发布征求意见稿')).toEqual([['网信办', 'authority:cac']]);
    expect(found('江苏网信办发布通知')).toEqual([]);
    expect(found('各地网信办要加强监管')).toEqual([]);
    expect(found('县网信办约谈了平台')).toEqual([]);
  });

  it('does not take two bodies joined by a verb or a conjunction for one body and its department', () => {
    expect(found('文化部向国务院申请设立国家版权局')).toEqual([
      ['国务院', 'authority:state-council'],
      ['国家版权局', 'authority:ncac'],
    ]);
    expect(found('工业和信息化部、公安部和国家广播电视总局联合发布')).toEqual([
      ['工业和信息化部', 'authority:miit'],
      ['公安部', 'authority:mps'],
      ['国家广播电视总局', 'authority:nrta'],
    ]);
    expect(found('国务院反垄断执法机构负责')).toEqual([]);
  });

  it('reads a title in a title-case headline after its verb and “New”', () => {
    expect(found('China’s CAC Announces New Cybersecurity Incident Reporting Measures')).toEqual([
      ['CAC', 'authority:cac'],
      ['Cybersecurity Incident Reporting Measures', 'document:measures-for-national-cybersecurity-incident-reporting'],
    ]);
    expect(found('New Generation Artificial Intelligence Development Plan')).toEqual([['New Generation Artificial Intelligence Development Plan', 'document:new-generation-artificial-intelligence-development-plan']]);
  });

  it('does not take a body before its general office, its deputies, a department and its head, or its decree for the body', () => {
    // The whole title is a document of the graph; the body before its general office is not taken.
    expect(found('工业和信息化部办公厅关于2023年千兆城市建设情况的通报')).toEqual([['工业和信息化部办公厅关于2023年千兆城市建设情况的通报', 'document:notice-on-2023-gigabit-city-construction']]);
    // A title the graph lacks: the general office is found (offices-19.ts), never the ministry before it.
    expect(found('工业和信息化部办公厅关于2022年千兆城市建设情况的通报')).toEqual([['工业和信息化部办公厅', 'authority:general-office-of-miit']]);
    expect(found('财政部办公厅印发通知')).toEqual([]);
    expect(found('七位全国人大代表应邀点评')).toEqual([]);
    expect(found('市场监管总局网监司司长朱剑桥')).toEqual([]);
    expect(found('國務院反壟斷反不正當競爭委員會發布')).toEqual([]);
    expect(found('最高人民法院研究室主任周加海')).toEqual([]);
    expect(found('国务院总理李强日前签署国务院令,公布条例')).toEqual([['国务院', 'authority:state-council']]);
  });

  it('does not take a Chinese title after 非 (non-) for that title', () => {
    expect(found('《网络安全法》和非网络安全法领域')).toEqual([['网络安全法', 'document:cybersecurity-law']]);
  });

  it('does not take the end of a longer title in 《》 for the name it ends with, but reads titles that open with their issuers or the country', () => {
    expect(found('《工信领域数据安全管理办法》')).toEqual([]);
    expect(found('《浙江省数据安全管理办法》')).toEqual([]);
    expect(found('《关于修改反垄断法的决定》')).toEqual([]);
    expect(found('《中华人民共和国个人信息保护法》')).toEqual([['中华人民共和国个人信息保护法', 'document:personal-information-protection-law']]);
    expect(found('《国家网信办数据出境安全评估办法》')).toEqual([['数据出境安全评估办法', 'document:measures-for-security-assessment-of-outbound-data-transfers']]);
    // The notice that issues an instrument names it: 关于印发…的通知.
    expect(found('《国家互联网信息办公室关于印发数据出境安全评估办法的通知》')).toEqual([['数据出境安全评估办法', 'document:measures-for-security-assessment-of-outbound-data-transfers']]);
    // Outside title marks the characters before a name are prose (依据数据安全管理办法), as before.
    expect(found('根据数据出境安全评估办法')).toEqual([['数据出境安全评估办法', 'document:measures-for-security-assessment-of-outbound-data-transfers']]);
  });

  it('reads a place’s plan without its years, but not with another edition’s years for the edition it holds', () => {
    const fujian = 'document:fujian-new-infrastructure-three-year-action-plan-2023-2025';
    expect(found('《福建省新型基础设施建设三年行动计划》')).toEqual([['福建省新型基础设施建设三年行动计划', fujian]]);
    expect(found('《福建省新型基础设施建设三年行动计划(2023-2025年)》')).toEqual([['福建省新型基础设施建设三年行动计划(2023-2025年)', fujian]]);
    expect(found('《福建省新型基础设施建设三年行动计划（2020—2022年）》')).toEqual([]);
    expect(found('《法治政府建设实施纲要(2015-2020年)》')).toEqual([]);
  });

  it('does not take a title without the word that narrows another one for that one', () => {
    // A newer TC260 guide, not the guide on identifying *sensitive* personal information.
    expect(found('TC260 released the Personal Information Identification Guide (Draft for Comments).')).toEqual([['TC260', 'authority:tc260']]);
  });

  it('reads “Antitrust Law” as the Anti-Monopoly Law, not another country’s', () => {
    expect(found('MOFCOM cited the National Security Law and Anti-trust Law.').map(([, id]) => id)).toContain('document:anti-monopoly-law');
    expect(found('the Sherman Antitrust Act of 1890')).toEqual([]);
    expect(found('the US Antitrust Law')).toEqual([]);
  });

  it('does not take a national body’s name after a place of China for that body: it is the place’s office', () => {
    expect(found('the Hubei Provincial Cyberspace Administration said')).toEqual([]);
    expect(found('Notice of the Shanghai Economy Commission and Municipal Internet Information Office on the rules')).toEqual([]);
    expect(found('湖北省网信办发布通知')).toEqual([]);
    // A place's office with its own core entry is that office, never the national body.
    expect(found('the Beijing Municipal Cyberspace Administration said')).toEqual([['Beijing Municipal Cyberspace Administration', 'authority:cac-beijing']]);
    expect(found('北京市网信办发布通知')).toEqual([['北京市网信办', 'authority:cac-beijing']]);
    expect(found('the Cyberspace Administration of China said')).toEqual([['Cyberspace Administration of China', 'authority:cac']]);
    expect(found('国家网信办发布通知')).toEqual([['国家网信办', 'authority:cac']]);
    expect(found('In 2023 the Standing Committee of China’s National People’s Congress met')).toEqual([['Standing Committee of China’s National People’s Congress', 'authority:npc-standing-committee']]);
  });

  it('starts a title after the numbers of its sentence and ends it before a date', () => {
    expect(found('Under Article 37 of the Regulation on the Protection of Minors in Cyberspace, platforms must')).toEqual([
      ['Regulation on the Protection of Minors in Cyberspace', 'document:regulations-on-protection-of-minors-online'],
    ]);
    expect(found('Article 6 of the 2024 Provisions on Promoting and Regulating Cross-Border Data Flow says')).toEqual([
      ['Provisions on Promoting and Regulating Cross-Border Data Flow', 'document:provisions-on-promoting-and-regulating-cross-border-data-flows'],
    ]);
  });

  it('reads 关注名单 as the export-control watch list, not a regulator’s or bank’s 重点关注名单', () => {
    expect(found('商务部将20家日本实体列入关注名单').map(([, id]) => id)).toEqual(['authority:mofcom', 'document:export-control-watch-list']);
    expect(found('企业被列入经营异常名录或重点关注名单')).toEqual([]);
  });

  it('does not take another country’s body for China’s', () => {
    expect(found('美国证监会和香港证监会表示,美国商务部将实体列入清单,日本外交部发言人表示')).toEqual([]);
    expect(found('Japan’s Ministry of Foreign Affairs and the Ministry of Commerce of Singapore said')).toEqual([]);
    expect(found('中国证监会发布,外交部发言人表示').map(([, id]) => id)).toEqual(['authority:csrc', 'authority:mfa']);
  });

  it('does not read a law’s Chinese name run into 法治, 法制, 法律 or an amendment’s title as the law', () => {
    expect(found('完善网络安全法治体系,推进个人信息保护法制建设')).toEqual([]);
    expect(found('面对日益复杂且严格的出口管制法律环境')).toEqual([]);
    expect(found('欧盟《人工智能法案》生效')).toEqual([]);
    expect(found('网络安全法案例分析')).toEqual([['网络安全法', 'document:cybersecurity-law']]);
    expect(found('刑法修正案(七)增设了出售公民个人信息罪')).toEqual([]);
    expect(found('网络安全法制定过程中')).toEqual([['网络安全法', 'document:cybersecurity-law']]);
  });

  it('reads “to Deepen” for “for Deepening” and an institutional reform as a reform of institutions', () => {
    expect(found('the Plan to Deepen Reform of Party and State Institutions was adopted')).toEqual([
      ['Plan to Deepen Reform of Party and State Institutions', 'document:plan-for-deepening-reform-of-party-and-state-institutions-2018'],
    ]);
  });

  it('starts no title inside a phrase', () => {
    // "National" is a word titles drop, so "Intelligence Law" alone would be the National Intelligence Law.
    // The planned Artificial Intelligence Law is an entry of its own now; the National Intelligence Law is still not read inside it.
    expect(found('The plan lists the Artificial Intelligence Law.')).toEqual([['Artificial Intelligence Law', 'document:artificial-intelligence-law-draft']]);
    expect(found('the PRC Intelligence Law').map(([, id]) => id)).toEqual(['document:national-intelligence-law']);
  });

  it('reads a katakana middle dot as the middle dot of a Chinese title', () => {
    expect(found('开展“清朗・从严整治‘自媒体’乱象”专项行动')).toEqual([['清朗・从严整治‘自媒体’乱象', 'document:qinglang-strictly-rectify-self-media-chaos-2023']]);
  });

  it('reads catalogues and lists under other renderings of their titles', () => {
    expect(found('MOFCOM updated the Catalogue of Prohibited and Restricted Export Technologies.')[1]).toEqual([
      'Catalogue of Prohibited and Restricted Export Technologies',
      'document:catalogue-of-technologies-prohibited-or-restricted-from-export',
    ]);
    expect(found('the Telecommunications Services Classification Catalogue applies')).toEqual([['Telecommunications Services Classification Catalogue', 'document:telecommunications-business-classification-catalog']]);
    expect(found('The BIS added it to the Entity List and the Unverified List under the Commerce Control List.')).toEqual([]);
  });

  it('tells the second edition of a guide from the first', () => {
    expect(found('the CAC issued the Guide to Applications for Security Assessment of Outbound Data Transfers (Second Edition) in March')).toEqual([
      ['CAC', 'authority:cac'],
      ['Guide to Applications for Security Assessment of Outbound Data Transfers (Second Edition)', 'document:guide-to-applications-for-security-assessment-of-outbound-data-second-edition'],
    ]);
    expect(found('《数据出境安全评估申报指南(第二版)》')).toEqual([['数据出境安全评估申报指南(第二版)', 'document:guide-to-applications-for-security-assessment-of-outbound-data-second-edition']]);
  });

  it('does not take a body named inside a longer body’s name for that body', () => {
    expect(found('the Counsellors Office of the State Council issued guidelines')).toEqual([]);
    expect(found('the National Technical Committee on Cybersecurity of the Standardization Administration of China issued it').map(([, id]) => id)).not.toContain('authority:sac');
    expect(found('国务院扶贫开发领导小组')).toEqual([]);
    expect(found('中共中央政治局会议')).toEqual([]);
    expect(found('国家广播电视总局网络视听节目管理司和中共中央宣传部出版局发布通知')).toEqual([]);
    expect(found('国家网信办指导腾讯公司整改')).toEqual([['国家网信办', 'authority:cac']]);
    expect(found('该上诉案由最高人民法院知识产权法庭审理')).toEqual([]);
    expect(found('最高检公益诉讼检察厅负责人介绍')).toEqual([]);
    expect(found('列入2020年全国人大常委会立法工作计划和国务院立法规划')).toEqual([]);
    expect(found('《北京互联网法院审判工作白皮书》显示')).toEqual([]);
    expect(found('《工業和信息化部關於開展移動互聯網應用程序備案工作的通知》').map(([, id]) => id)).toEqual(['document:notice-on-carrying-out-filing-of-mobile-internet-applications']);
    // Inside title marks, before the title's 关于, bodies are the title's issuers.
    expect(found('公安机关应当遵守《最高人民法院、最高人民检察院、公安部关于办理信息网络犯罪案件适用刑事诉讼程序若干问题的意见》的规定').map(([, id]) => id)).toEqual([
      'document:spc-spp-mps-opinions-on-criminal-procedure-in-information-network-crime-cases',
    ]);
    expect(found('最高人民法院发布《关于审理网络消费纠纷案件适用法律若干问题的规定(一)》')[0]).toEqual(['最高人民法院', 'authority:spc']);
    expect(found('The State Council issued guidelines')).toEqual([['State Council', 'authority:state-council']]);
    expect(found("the State Council's Legislative Affairs Office published it")).toEqual([]);
    expect(found("the State Council's Notice of 2021")).toEqual([['State Council', 'authority:state-council']]);
    expect(found('国务院关于成立某工作委员会的通知')[0]).toEqual(['国务院', 'authority:state-council']);
  });

  it('reads a standard cited without its year as its latest edition, but not an edition the graph lacks', () => {
    expect(found('参照GB/T 35273的要求')).toEqual([['GB/T 35273', 'document:personal-information-security-specification']]);
    expect(found('GB/T 35273-2017')).toEqual([['GB/T 35273-2017', 'document:personal-information-security-specification-2017']]);
    expect(found('GB/T 22239-2008 was replaced by GB/T 22239-2019')).toEqual([['GB/T 22239-2019', 'document:baseline-for-classified-protection-of-cybersecurity']]);
    expect(found('drafted under GB/T 35273.1')).toEqual([]);
  });

  it('leaves a law the page ties to another jurisdiction alone', () => {
    expect(found("Japan's Cybersecurity Law and the Cryptography Law of Japan")).toEqual([]);
    expect(found('the Israeli Counter-Terrorism Law and the Hong Kong National Security Law')).toEqual([]);
    expect(found('The EU Dual-Use Export Control List and the US Cybersecurity Law')).toEqual([]);
    expect(found('Telecom Regulation in Hong Kong: an overview. The Telecommunications Ordinance (Cap 106) applies.')).toEqual([]);
    expect(found("China's Cybersecurity Law and the PRC Data Security Law").map(([, id]) => id)).toEqual(['document:cybersecurity-law', 'document:data-security-law']);
  });

  it('reads “Consumer Protection Law” as China’s only as written, and only where the page is about China', () => {
    const consumerLaw = 'document:law-on-the-protection-of-consumer-rights-and-interests';
    expect(found("Malaysia's Consumer Protection Act and the EU consumer protection law")).toEqual([]);
    expect(found("Malaysia's Consumer Protection Law and the Malaysian Consumer Protection Law")).toEqual([]);
    expect(found('students of consumer protection law')).toEqual([]);
    expect(found('the European Consumer Protection Law and the Consumer Protection Law of Singapore')).toEqual([]);
    expect(found("China's Consumer Protection Law")).toEqual([["China's Consumer Protection Law", consumerLaw]]);
    // Written alone it is a phrase name: painted only on a page about China (china-context.ts).
    const mentions = findMentions(matcher, 'the Consumer Protection Law');
    expect(mentions.map((mention) => [mention.id, mention.phrase])).toEqual([[consumerLaw, true]]);
    expect(chinaRelationOf(mentions[0]!)).toBe('needs');
  });

  it('does not take the filing rules for non-commercial services for the Measures for the Administration of Internet Information Services', () => {
    // One translator calls the Measures the "Internet Information Service Management Rules", the tail of this other title.
    expect(found('the Non-Commercial Internet Information Service Management Rules')).toEqual([]);
  });

  it('reads a title that names its issuer as the title, and a body’s office as the office', () => {
    const text = 'the Anti-Monopoly Guide of the Anti-monopoly Commission of the State Council for the Platform Economy Sector';
    expect(found(text)).toEqual([[text.slice(4), 'document:anti-monopoly-guidelines-for-platform-economy']]);
    expect(found('国务院反垄断委员会办公室')).toEqual([]);
    expect(found('中央网络安全和信息化委员会办公室发布')).toEqual([['中央网络安全和信息化委员会办公室', 'authority:central-cyberspace-affairs-commission']]);
  });

  it('takes a standard’s title beside a dated code for that edition, and alone for the latest', () => {
    expect(found('该标准代替GB/T 35273-2017《信息安全技术 个人信息安全规范》')).toEqual([
      ['GB/T 35273-2017', 'document:personal-information-security-specification-2017'],
      ['信息安全技术 个人信息安全规范', 'document:personal-information-security-specification-2017'],
    ]);
    expect(found('the Personal Information Security Specification (GB/T 35273-2017) and the Personal Information Security Specification').map(([, id]) => id)).toEqual([
      'document:personal-information-security-specification-2017',
      'document:personal-information-security-specification-2017',
      'document:personal-information-security-specification',
    ]);
  });

  it('reads a short name the title goes on after as part of the longer title', () => {
    expect(found('Exporters must now follow the Security Assessment Measures for Outbound Data Transfer issued in 2022.')).toEqual([
      ['Security Assessment Measures for Outbound Data Transfer', 'document:measures-for-security-assessment-of-outbound-data-transfers'],
    ]);
    // When the longer run names nothing, the short name stays.
    expect(found('the Data Security Law on September 1')).toEqual([['Data Security Law', 'document:data-security-law']]);
    expect(found('What You Should Know About China’s New Unreliable Entity List Provisions')).toEqual([
      ['Unreliable Entity List Provisions', 'document:provisions-on-unreliable-entity-list'],
    ]);
  });

  it('reads a name the title goes on before as part of the longer title', () => {
    expect(found('MOFCOM’s Provisions on Unreliable Entity List took effect in 2020.')).toContainEqual([
      'Provisions on Unreliable Entity List',
      'document:provisions-on-unreliable-entity-list',
    ]);
    // When the longer run names nothing, the name stays.
    expect(found('the Measures on Cybersecurity Law Enforcement')).toEqual([['Cybersecurity Law', 'document:cybersecurity-law']]);
  });

  it('reads a title that lists numbers as the title, not as the numbers in it', () => {
    const text = '商务部、海关总署7日发布2025年第70号公告，宣布暂停实施商务部、海关总署公告2025年第55号、56号、57号、58号及商务部公告2025年第61号、62号的决定。';
    expect(found(text).filter(([, id]) => id?.startsWith('document:'))).toEqual([
      ['2025年第70号公告', 'document:mofcom-gac-announcement-2025-70-suspending-october-2025-export-controls'],
      ['暂停实施商务部、海关总署公告2025年第55号、56号、57号、58号及商务部公告2025年第61号、62号的决定', 'document:mofcom-gac-announcement-2025-70-suspending-october-2025-export-controls'],
    ]);
  });

  it('ends a title before “and the Draft” that follows it', () => {
    expect(found('outlined by the Provisions to Facilitate and Regulate Cross-Border Data Flow, and the Draft largely follows them')).toEqual([
      ['Provisions to Facilitate and Regulate Cross-Border Data Flow', 'document:provisions-on-promoting-and-regulating-cross-border-data-flows'],
    ]);
  });

  it('reads “S&T” as science and technology in a title', () => {
    expect(found('the Measures for S&T Ethics Review (Trial) took effect')).toEqual([
      ['Measures for S&T Ethics Review (Trial)', 'document:measures-for-science-and-technology-ethics-reviews-for-trial'],
    ]);
  });

  it('does not take the title inside the title of the rules that implement it for those rules', () => {
    const ids = (text: string) => found(text).map(([, id]) => id);
    expect(ids('PBOC issued the Detailed Rules for the Implementation of the Regulations on the Supervision and Administration of Non-Bank Payment Institutions.')).not.toContain(
      'document:regulations-on-supervision-and-administration-of-non-bank-payment-institutions',
    );
    expect(ids('《数据安全法实施条例》尚未出台')).not.toContain('document:data-security-law');
    // The title alone is still the title.
    expect(ids('the Regulations on the Supervision and Administration of Non-Bank Payment Institutions apply')).toContain(
      'document:regulations-on-supervision-and-administration-of-non-bank-payment-institutions',
    );
  });

  it('does not take an instrument with Interim before its name for the one without', () => {
    expect(found('the Interim Measures for the Administration of Internet Advertising (2016) were replaced').map(([, id]) => id)).not.toContain('document:measures-for-administration-of-internet-advertising');
    expect(found('the Measures for the Administration of Internet Advertising took effect').map(([, id]) => id)).toContain('document:measures-for-administration-of-internet-advertising');
  });

  it('reads the standing committee of one term of the NPC as the NPC Standing Committee', () => {
    expect(found("adopted by the Standing Committee of the Thirteenth National People's Congress")).toEqual([
      ["Standing Committee of the Thirteenth National People's Congress", 'authority:npc-standing-committee'],
    ]);
    expect(found("the Thirteenth National People's Congress")).toEqual([["National People's Congress", 'authority:npc']]);
  });

  it('does not take an acronym the name does not start with as the name’s short form', () => {
    const text = "The State Council of the People's Republic of China (PRC) issued it. The PRC said so.";
    expect(found(text).filter(([matched]) => matched === 'PRC')).toEqual([]);
  });

  it('names the draft where the page marks a final instrument’s title as a draft and the graph keeps the draft apart', () => {
    const [[matched, id]] = found('保守国家秘密法（修订草案）公开征求意见') as [[string, string]];
    expect(id).toBe('document:law-on-guarding-state-secrets-draft');
    expect(matched).toContain('草案');
    expect(found('保守国家秘密法正式施行')).toEqual([['保守国家秘密法', 'document:law-on-guarding-state-secrets']]);
    // The marker after the closing title mark is the draft's too.
    expect(found('《保守国家秘密法》(修订草案)公开征求意见')).toEqual([['保守国家秘密法》(修订草案)', 'document:law-on-guarding-state-secrets-draft']]);
    expect(found('the Law on Guarding State Secrets (Draft for Solicitation of Comments) was')).toEqual([
      ['Law on Guarding State Secrets (Draft for Solicitation of Comments)', 'document:law-on-guarding-state-secrets-draft'],
    ]);
  });

  it('reads a final instrument’s title marked as a draft the graph does not keep apart as the instrument', () => {
    expect(found('《数据安全法(草案)》公开征求意见')).toEqual([['数据安全法', 'document:data-security-law']]);
    // A draft in the graph keeps its own draft marker.
    expect(found('the Data Security Management Measures (Draft for Comment) were')).toEqual([
      ['Data Security Management Measures (Draft for Comment)', 'document:data-security-management-measures-draft-2019'],
    ]);
  });

  it('finds a case by its parties with or without the full stop', () => {
    for (const text of ['In Li v. Liu the court held', 'In Li v Liu the court held']) {
      expect(found(text)).toEqual([[text.slice(3, text.indexOf(' the')), 'case:judgement-of-the-first-copyright-infringement-case-of-ai-generated']]);
    }
  });

  it('keeps a page’s short names for the rest of the page, and forgets them on reset', () => {
    const recogniser = new PageRecogniser(json);
    found('国务院公布《网络数据安全管理条例》（以下简称“网数安条例”）。', recogniser);
    expect(found('网数安条例明确了义务。', recogniser)).toEqual([['网数安条例', 'document:network-data-security-management-regulations']]);
    recogniser.reset();
    expect(found('网数安条例明确了义务。', recogniser)).toEqual([]);
  });

  it('reads a number written alone by the year and body the page gave before, and forgets them on reset', () => {
    const recogniser = new PageRecogniser(json);
    const rareEarths = 'document:decision-to-implement-export-controls-on-relevant-overseas-rare-earth-items';
    found('2025年10月9日，商务部发布多项出口管制措施。', recogniser);
    expect(found('以对境外相关稀土物项实施出口管制的第61号公告为例', recogniser)).toEqual([['第61号公告', rareEarths]]);
    recogniser.reset();
    expect(found('以对境外相关稀土物项实施出口管制的第61号公告为例', recogniser)).toEqual([]);
    // Another country's ministry is not the page naming MOFCOM.
    const other = new PageRecogniser(json);
    expect(found('美国商务部2025年10月9日发布第61号公告。', other)).toEqual([]);
  });

  it('keeps a title the page names with its issuers for the short title it goes on to use', () => {
    const text = '国家市场监督管理总局、国家互联网信息办公室关于开展数据安全管理认证工作的公告发布后，《数据安全管理认证公告》明确了要求。';
    expect(found(text).map(([, id]) => id)).toEqual(['document:announcement-on-carrying-out-data-security-management-certification', 'document:announcement-on-carrying-out-data-security-management-certification']);
  });
});
