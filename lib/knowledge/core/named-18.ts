/**
 * Curated core layer: PRC instruments third-party pages cite that the graph lacked — the
 * State Council's Anti-Subsidy Regulations, the 2025 MOFCOM announcements that put US entities
 * on the Export Control Control List, and Ministry of Foreign Affairs countermeasure decisions
 * (外交部令) under the Anti-Foreign Sanctions Law — and, in OTHER_NAMES_NAMED_18, further names
 * pages write for entries the core layer already holds (the second edition of the standard
 * contract filing guide and the facial recognition measures).
 * Every fact is quoted from a stored public page.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_NAMED_18: CoreInstrument[] = [
  // ───────────── Trade remedies ─────────────
  {
    id: 'document:anti-subsidy-regulations',
    name: 'Anti-Subsidy Regulations',
    nameZh: '反补贴条例',
    aliases: ['Countervailing Regulation'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    // State Council Order No. 329 of 26 November 2001 (Lexis, pkulaw); China Law & Practice gives 26 December 2001.
    promulgated: '2001-11-26',
    effective: '2002-01-01',
    amended: ['2004-03-31'],
    summary:
      'State Council regulations on anti-subsidy (countervailing) investigations into subsidised imports that injure a domestic industry, and the measures taken after them.',
    relations: [{ type: 'based_on', target: 'document:foreign-trade-law', source: 1 }],
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-226817-T.html?eng=0',
        title: 'LexisNexis China – Anti-Subsidy Regulations of the People’s Republic of China (revised in 2004)',
        quote:
          "Anti-Subsidy Regulations of the People's Republic of China (revised in 2004)\n(Promulgated by Order No.329 of the State Council of the People's Republic of China on November 26, 2001. Amended on the basis of the Decision of the State Council on the Revision of the Anti-Subsidy Regulations of the People's Republic of China on March 31, 2004.)",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=7e60950c871cf8f5bdfb&lib=law',
        title: 'pkulaw.cn – Countervailing Regulation of the People’s Republic of China (2004 Revision)',
        quote:
          "Countervailing Regulation of the People's Republic of China (2004 Revision) [Effective]\n中华人民共和国反补贴条例(2004修订) [现行有效] … Article 1 The present Measures are hereby formulated in accordance with the relevant provisions of Foreign Trade Law of the People's Republic of China with a view to maintaining foreign trade order and fair competition.",
        supports: ['nameZh', 'aliases', 'status', 'relations'],
      },
      {
        url: 'https://chinalawandpractice.com/2002/01/31/state-council-anti-subsidy-regulations',
        title: 'China Law & Practice – State Council, Anti-subsidy Regulations',
        quote:
          'State Council, Anti-subsidy Regulations\n\n国务院中华人民共和国反补贴条例 … Effective: January 1 2002 … The Regulations state that where subsidies are being granted to an import product that cause or threaten to cause material injury to an established domestic industry or that cause material barriers to the establishment of a domestic industry, investigation shall be initiated and anti-subsidy measures shall be taken in accordance with the Regulations (Article 2).',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM Announcement No. 1 of 2025: 28 US entities on the Control List ─────────────
  {
    // No stored page gives the announcement's Chinese headline; the Chinese name is the phrase a Shanghai lawyers' page uses for it.
    id: 'document:mofcom-announcement-2025-1-us-entities-export-control-list',
    name: 'Ministry of Commerce Announcement No. 1 of 2025',
    nameZh: '商务部首次将28家美国实体列入出口管制管控名单',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2025-01-02',
    summary:
      'MOFCOM announcement of 2 January 2025, the first use of the Export Control Control List against US firms: exports of dual-use items to 28 US defence and technology entities such as General Dynamics and Lockheed Martin are banned.',
    sources: [
      {
        url: 'https://geopolitechs.org/p/chinas-first-ever-use-of-export-control',
        title: 'Geopolitechs – China’s First-Ever Use of Export Control List Against U.S. Defense and Tech Companies',
        quote:
          'On January 2, following a brief one-day New Year holiday, China’s Ministry of Commerce (MOFCOM) issued its No.1 announcement of 2025 sanctioning 28 U.S. companies by adding them to its “Export Control List” (出口管制管控名单). … This also marks the first time in China’s history that the “Export Control List” has been used to target U.S. firms.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.shine.cn/news/nation/2501026678/',
        title: 'Shanghai Daily (Xinhua)',
        quote:
          "China's Ministry of Commerce on Thursday added 28 US entities to the country's export control list to safeguard national security and interests and fulfill international obligations, including non-proliferation commitments.\n\nThe export of dual-use items to the 28 entities, including General Dynamics, L3 Harris Technologies and Intelligent Epitaxy Technology, is prohibited, and any ongoing export activities must be stopped immediately, the MOC stated.",
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://wx.lawyers.org.cn/info/311da57f80a8429581837359333ad502',
        title: '东方律师网 (lawyers.org.cn) – 《实施〈反外国制裁法〉的规定》评析',
        quote: '1.2025年1月2日商务部首次将28家美国实体列入出口管制管控名单 [1] 2. 商务部多次发布出口管制管控清单',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
    ],
  },



  // ───────────── MOFCOM Announcement No. 22 of 2025: 12 US entities on the Control List ─────────────
  {
    // No stored page gives the announcement's Chinese headline; the Chinese name is the phrase People's Daily and ETtoday use for its entities.
    id: 'document:mofcom-announcement-2025-22-us-entities-export-control-list',
    name: 'Ministry of Commerce Announcement No. 22 of 2025',
    nameZh: '被列入出口管制管控名单的12家美国实体',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2025-04-09',
    effective: '2025-04-10',
    summary:
      'MOFCOM announcement of 9 April 2025 putting 12 US entities such as American Photonics on the Export Control Control List and banning exports of dual-use items to them; the measures stopped applying from 12 August 2025.',
    sources: [
      {
        url: 'https://www.ettoday.net/news/20250812/3013384.htm',
        title: 'ETtoday新聞雲',
        quote:
          '發言人指出，商務部於2025年4月4日和9日分別發佈了第21號和22號公告，將28家美國實體列入出口管制管控名單，禁止向其出口兩用物項。 … 對於2025年4月9日被列入出口管制管控名單的12家美國實體，停止執行相關措施。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2025/0410/c90000-20300058.html',
        title: "People's Daily Online (Xinhua) – China adds 12 U.S. entities to export control list",
        quote:
          "Xinhua) 10:17, April 10, 2025\n\nBEIJING, April 9 (Xinhua) -- China has added 12 U.S. companies, including American Photonics and Novotech, Inc., to its export control list, the country's commerce ministry announced on Wednesday. … Effective from 12:01 p.m. Thursday, the export of dual-use items to these 12 companies will be prohibited, while any ongoing related export activities must stop immediately, according to the Ministry of Commerce.",
        supports: ['issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── MFA countermeasure decisions (外交部令) ─────────────
  {
    id: 'document:mfa-order-2023-1-countermeasures-hudson-institute-reagan-library',
    name: 'Decision on Countermeasures against the Hudson Institute, the Reagan Library and Their Heads',
    nameZh: '关于对美国哈德逊研究所、里根图书馆及其负责人采取反制措施的决定',
    zhShortNames: ['外交部令第1号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mfa'],
    promulgated: '2023-04-07',
    effective: '2023-04-07',
    summary:
      'The Foreign Ministry’s Order No. 1: after Tsai Ing-wen’s US “transit”, dealings of Chinese organisations and individuals with the Hudson Institute and the Reagan Library are strictly limited, and four of their heads face asset freezes, a ban on dealings and refusal of visas and entry.',
    relations: [{ type: 'based_on', target: 'document:anti-foreign-sanctions-law', source: 0 }],
    sources: [
      {
        url: 'https://yunnan.amitalaw.cn/index.php/industrytrends/29167.html',
        title: 'amitalaw.cn (转载外交部网站)',
        quote:
          '中华人民共和国外交部令第 1 号\n现公布《关于对美国哈德逊研究所、里根图书馆及其负责人采取反制措施的决定》,自2023年4月7日起施行。\n部 长 秦 刚\n2023年4月7日 … 依据《中华人民共和国反外国制裁法》第四条、第五条、第六条、第十五条规定,中方决定对美国哈德逊研究所、里根图书馆及其负责人等后附《反制清单》列明的机构和个人采取以下反制措施',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202304/1288680.shtml',
        title: 'Global Times – China sanctions the Hudson Institute and Reagan Library following Tsai-McCarthy meeting',
        quote:
          'The Chinese Foreign Ministry announced on Friday sanctions on the Hudson Institute and the Ronald Reagan Presidential Library and their directors in response to the latest meeting between the regional leader of the Taiwan island and the US House Speaker Kevin McCarthy in the US.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://yunnan.amitalaw.cn/index.php/industrytrends/29167.html',
        title: 'amitalaw.cn (转载外交部网站)',
        quote:
          '美方不顾中方反复交涉和坚决反对,执意允许台湾地区领导人蔡英文于2023年3月29日至31日和4月4日至6日“过境”窜美从事政治活动。 … 一、对哈德逊研究所、里根图书馆等2家机构:\n严格限制我国境内的高校、机构等组织和个人与其进行有关交易、交流、合作等活动。\n二、对哈德逊研究所董事会主席萨拉·斯特恩、所长约翰·瓦特斯,负责里根图书馆日常维护的里根基金会前执行主任约翰·希布斯奇、首席行政官乔安妮·德雷克等4名个人:\n(一)冻结在我国境内的动产、不动产和其他各类财产;\n(二)禁止我国境内的组织、个人与其进行有关交易、合作等活动;\n(三)对其本人不予签发签证、不准入境。',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:mfa-decision-2023-countermeasures-michael-mccaul',
    name: 'Decision on Countermeasures against U.S. Congressman Michael McCaul',
    nameZh: '关于对美国反华议员迈克·麦考尔采取反制措施的决定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mfa'],
    promulgated: '2023-04-13',
    effective: '2023-04-13',
    summary:
      'Foreign Ministry decision of 13 April 2023, after Representative Michael McCaul led a delegation to Taiwan, freezing his assets in China, barring dealings with him and refusing him a visa.',
    relations: [{ type: 'based_on', target: 'document:anti-foreign-sanctions-law', source: 0 }],
    sources: [
      {
        url: 'https://zl.huaxia.com/c/2023/04/14/1676632.shtml',
        title: '华夏经纬网 – 涉台政策 > 中央各部委',
        quote:
          '关于对美国反华议员迈克·麦考尔采取反制措施的决定 … 依据《中华人民共和国反外国制裁法》第三条、第四条、第六条、第十五条规定,中方决定对麦考尔采取以下反制措施:\n\n  一、冻结在我国境内的动产、不动产和其他各类财产;\n\n  二、禁止我国境内的组织、个人与其进行有关交易、合作等活动;\n\n  三、对其本人不予签发签证、不准入境。\n\n  本决定自2023年4月13日起施行。\n\n  附件:反制清单\n\n外交部\n\n2023年4月13日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://cj.sina.com.cn/articles/view/1887344341/707e96d502001d0hx',
        title: '新浪财经',
        quote: '4月13日,外交部发布关于对美国反华议员迈克·麦考尔采取反制措施的决定。',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'https://en.m.wikinews.org/wiki/China%27s_Foreign_Ministry_sanctions_US_Representative_Michael_McCaul',
        title: 'Wikinews – China’s Foreign Ministry sanctions US Representative Michael McCaul (16 April 2023)',
        quote:
          "China's Ministry of Foreign Affairs levied sanctions against Republican chair of the United States House Committee on Foreign Affairs Michael McCaul Thursday for heading a delegation of lawmakers that last week visited Taiwan",
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },
  {
    // Its title, 关于对美国军工企业及高级管理人员采取反制措施的决定, is one other decisions share; pages tell it by its number.
    id: 'document:mfa-order-2024-7-countermeasures-us-defense-companies',
    name: 'Ministry of Foreign Affairs Order No. 7',
    nameZh: '外交部令第7号',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mfa'],
    promulgated: '2024-05-22',
    effective: '2024-05-22',
    summary:
      'Foreign Ministry decision of 22 May 2024 taking countermeasures under the Anti-Foreign Sanctions Law against 10 US defence companies, such as Lockheed Martin Missiles and Fire Control, and 12 of their senior executives.',
    relations: [{ type: 'based_on', target: 'document:anti-foreign-sanctions-law', source: 0 }],
    sources: [
      {
        // A reprint of the Xinhua release with the decision's full text.
        url: 'http://gietimes.com/news/22083.html',
        title: 'gietimes.com (新华社 reprint)',
        quote:
          '新华社北京5月22日电 外交部22日公布关于对美国军工企业及高级管理人员采取反制措施的决定。 … (2024年5月22日中华人民共和国外交部令第7号公布,自2024年5月22日起施行) … 依据《中华人民共和国反外国制裁法》第三条、第四条、第五条、第六条、第九条、第十五条规定,中方决定对以下美国军工企业及高级管理人员采取反制措施:',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://geopolitechs.org/p/the-operating-mechanism-of-chinas',
        title: 'Geopolitechs – The operating mechanism of China’s Anti Foreign Sanction Law',
        quote:
          'On May 22, 2024, the Ministry of Foreign Affairs issued the "Decision on Countermeasures Against U.S. Defense Companies and Senior Executives" (Ministry of Foreign Affairs Order No. 7), announcing countermeasures against 10 U.S. defence companies, including Lockheed Martin Missiles and Fire Control, and 12 of their senior executives.',
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  {
    id: 'document:mfa-decision-2025-12-countermeasures-us-military-related-companies',
    name: 'Decision on Countermeasures against U.S. Military-Related Companies and Senior Executives',
    nameZh: '关于对美国军工相关企业及高级管理人员采取反制措施的决定',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mfa'],
    promulgated: '2025-12-26',
    effective: '2025-12-26',
    summary:
      'Foreign Ministry decision of 26 December 2025 under the Anti-Foreign Sanctions Law, after a US arms sale to Taiwan, taking countermeasures against 20 US military-related companies such as Northrop Grumman Systems and 10 senior executives, among them Anduril’s founder: the companies’ property in China is frozen and the executives are refused visas and entry, Hong Kong and Macao included.',
    relations: [{ type: 'based_on', target: 'document:anti-foreign-sanctions-law', source: 2 }],
    sources: [
      {
        url: 'https://tw.news.yahoo.com/%E4%B8%AD%E7%BE%8E%E7%B4%85%E7%B7%9A%E5%B0%8D%E6%92%9E-%E5%8C%97%E4%BA%AC%E5%88%B6%E8%A3%81%E6%B3%A2%E9%9F%B3%E8%AB%BE%E6%A0%BC%E7%AD%8920%E5%AE%B6%E7%BE%8E%E4%BC%81-113600677.html',
        title: 'Yahoo奇摩新聞 (德國之聲中文網)',
        quote:
          '（德國之聲中文網） 中國外交部周五發布了“關於對美國軍工相關企業及高級管理人員采取反制措施的決定”。 … 該決定已於 2025 年 12 月 26 日起正式施行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://tw.news.yahoo.com/%E4%B8%AD%E7%BE%8E%E7%B4%85%E7%B7%9A%E5%B0%8D%E6%92%9E-%E5%8C%97%E4%BA%AC%E5%88%B6%E8%A3%81%E6%B3%A2%E9%9F%B3%E8%AB%BE%E6%A0%BC%E7%AD%8920%E5%AE%B6%E7%BE%8E%E4%BC%81-113600677.html',
        title: 'Yahoo奇摩新聞 (德國之聲中文網)',
        quote:
          '此外，中方還對 10 名美方企業高級管理人員實施了個人制裁。名單中包括 Anduril 公司的創始人帕爾默·盧基（Palmer Luckey）、L3哈裡斯技術公司副總裁約翰·坎蒂倫（John Cantillon）以及先進聲學概念、VSE 公司、蒂爾無人機等企業的多位首席執行官。 … 公告明確指出，中國將不對這 10 名高管簽發簽證，並嚴禁其本人進入中國境內，限制範圍明確涵蓋了香港和澳門。',
        supports: ['summary'],
      },
      {
        url: 'https://www.hk01.com/%E5%8D%B3%E6%99%82%E5%9C%8B%E9%9A%9B/60307158/%E6%96%A5%E7%BE%8E%E5%9C%8B%E5%B0%8D%E5%8F%B0%E5%94%AE%E6%AD%A6-%E4%B8%AD%E5%9C%8B%E5%A4%96%E4%BA%A4%E9%83%A8%E5%AE%A3%E5%91%8A%E5%88%B6%E8%A3%8120%E7%BE%8E%E5%9C%8B%E8%BB%8D%E5%B7%A5%E7%9B%B8%E9%97%9C%E4%BC%81%E6%A5%AD%E5%8F%8A10%E9%AB%98%E5%B1%A4',
        title: '香港01',
        quote:
          '中國外交部指，依據《中華人民共和國反外國制裁法》第三條、第四條、第五條、第六條、第九條、第十五條規定，中方決定對以下美國軍工相關企業及高級管理人員採取反制措施：\n\n一、對諾斯羅普·格魯曼系統公司、L3哈里斯海事服務公司',
        supports: ['name', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.stheadline.com/realtime-china/3530264/%E4%B8%AD%E6%96%B9%E5%88%B6%E8%A3%8120%E5%AE%B6%E7%BE%8E%E8%BB%8D%E4%BC%81%E5%8F%8A10%E5%90%8D%E9%AB%98%E7%AE%A1-%E5%8F%8D%E5%88%B6%E7%BE%8E%E5%B0%8D%E5%8F%B0%E8%BB%8D%E5%94%AE',
        title: '星島頭條',
        quote:
          '中國外交部今日宣布，美方此舉嚴重違反「一個中國」原則和《中美三個聯合公報》，決定對20家美國軍工企業和10名高級管理人員實施反制措施。\n\n中國外交部官網稱，依據《反外國制裁法》相關規定，即日起凍結20家美國軍工相關企業在中國境內的動產、不動產和其他各類財產',
        supports: ['summary'],
      },
    ],
  },
];

/** Further names of entries the core layer holds, as pages write them. */
export const OTHER_NAMES_NAMED_18: CoreOtherNames[] = [
  {
    // The entry is the guide as the CAC keeps it; the second edition of 22 March 2024 replaced the first.
    id: 'document:guidelines-for-filing-of-standard-contracts-for-outbound-transfer-of-personal-information',
    aliases: [
      'Guidelines for the Filing of Standard Contracts for Outbound Transfer of Personal Information (Second Edition)',
      'Guide to the Filing of Standard Contract for Cross-border Transfer of Personal Information (Second Version)',
    ],
    zhShortNames: ['个人信息出境标准合同备案指南(第二版)'],
    sources: [
      {
        url: 'https://grandwaylaw.com/en/Legalupdate/4305.html',
        title: 'Grandway Law Offices – China Updates Two Sets of Guidelines Related to Outbound Transfer of Data and Personal Information',
        quote:
          'On March 22, 2024, the Cyberspace Administration of China (CAC) released the Guidelines for Applying for Security Assessment for Outbound Transfer of Data (Second Edition) and the Guidelines for the Filing of Standard Contracts for Outbound Transfer of Personal Information (Second Edition), which detail the method, process and required materials',
        supports: ['aliases'],
      },
      {
        url: 'https://www.icourt.cc/prac-document/157293.html',
        title: 'icourt.cc',
        quote:
          '2024年3月22日,《促进和规范数据跨境流动规定》(以下称“数据出境新规”或“新规”)以及配套的《数据出境安全评估申报指南(第二版)》(以下称“CBDT-SA指南(第二版)”)和《个人信息出境标准合同备案指南(第二版)》(以下称“SCC备案指南(第二版)”)发布并生效。 … Guide to the Filing of Standard Contract for Cross-border Transfer of Personal Information (Second Version) (hereinafter referred to as the "SCC Guide") are formally issued and effective.',
        supports: ['aliases', 'zhShortNames'],
      },
    ],
  },
  {
    id: 'document:measures-for-security-management-of-application-of-facial-recognition-technology',
    aliases: ['Safe Use Measures for Facial Recognition Technology', 'Measures for safe use of Face ID'],
    sources: [
      {
        url: 'https://bricscompetition.org/newsletters/newsletter-on-chinese-antitrust-0903-30032025-2',
        title: 'BRICS Competition Law and Policy Centre – Newsletter on Chinese Antitrust 09.03-30.03.2025',
        quote:
          'Measures for safe use of Face ID\n\nChina has issued the “Safe Use Measures for Facial Recognition Technology,” which will take effect on June 1st, 2025, the first legislation in China dedicated to this sensitive technology.',
        supports: ['aliases'],
      },
    ],
  },
];
