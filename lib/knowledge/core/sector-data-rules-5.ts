import type { AuthorityVariant, CoreInstrument } from './types';

/**
 * Sector data and cybersecurity rules that pages on finance, health care, vehicles and maps,
 * transport, industry and education cite and that the graph lacked: the CSRC's 2023 measures on
 * network and information security in the securities and futures industry (and their 2022 draft),
 * the 2025 guidelines on cross-border flows of financial data, the PBOC's 2025 measures on
 * reporting cybersecurity incidents, the PBOC standard on the financial data life cycle, the
 * CBIRC's rules on IT outsourcing and data governance, the PBOC's 2011 notice on personal
 * financial information, the CAC's rules on financial information services; the NHFPC's 2014
 * measures on population health information, the NHC's 2018 rules on internet diagnosis, internet
 * hospitals and remote medical services, the national standard on health data security; the 2026
 * guidelines on automobile data export (and their 2025 draft), the Surveying and Mapping Law, the
 * Map Management Regulations and the MNR's notices on intelligent connected vehicles; the rules on
 * ride-hailing and the MOT's draft measures on transport data security; MIIT's industrial data
 * classification guidelines and opinions on industrial big data; and the opinions of eight
 * departments on education apps. Also other names pages give the NHC, the NFRA and SAFE.
 */

export const AUTHORITY_VARIANTS_SECTOR_5: AuthorityVariant[] = [
  {
    // Pages on health data cite the commission by the name it had before 2018 and by short forms.
    slug: 'nhc',
    formerNames: [{ name: 'National Health and Family Planning Commission', nameZh: '国家卫生和计划生育委员会' }, { name: 'NHFPC' }],
    zhShortNames: ['国家卫生计生委', '国家卫计委'],
    sources: [
      {
        url: 'https://archive.conventuslaw.com/china-protection-of-personal-information/',
        title: 'Conventus Law',
        quote:
          'The Administrative Measures for Population Health Information (for Trial Implementation) (the Administrative Measures”) was issued by the National Health and Family Planning Commission (“NHFPC”) on May 5, 2014 and took effect on the same day.',
        supports: ['formerNames'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?EncodingName=big5&id=17535&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Notice of the National Health and Family Planning Commission on Issuing the Measures for the Administration of Population Health Information (for Trial Implementation) | | 國家衛生和計劃生育委員會關于印發《人口健康信息管理辦法(試行)》的通知 |',
        supports: ['formerNames'],
      },
      {
        url: 'https://www.365yiyao.com/index.php?c=show&id=1921100',
        title: '卫计委印发《人口健康信息管理办法(试行)》',
        quote: '近日,为规范人口健康信息管理工作,促进人口健康信息互联互通和共享利用,国家卫生计生委印发了《人口健康信息管理办法(试行)》',
        supports: ['zhShortNames'],
      },
      {
        url: 'http://www.east-concord.com/zygd/Article/20204/ArticleContent_1663.html',
        title: '华东律师事务所: 我国健康医疗大数据建设及应用过程中合规问题探析',
        quote: '我国关于健康医疗大数据应用的早期文件可见原国家卫计委于2015年1月发布的《关于印发2015年卫生计生工作要点的通知》',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    // Chinese pages call the NFRA's predecessor 银保监会; CCTV's English writes "State
    // Administration for Financial Regulation".
    slug: 'nfra',
    aliases: ['State Administration for Financial Regulation'],
    zhShortNames: ['银保监会'],
    sources: [
      {
        url: 'https://m.jiemian.com/article/7035908_sina.html',
        title: '界面新闻',
        quote: '银保监会网站1月21日消息,近日银保监会引发《银行保险机构信息科技外包风险监管办法》',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.cnsonews.com.cn/lang/English/392887.html',
        title: 'CCTV.com (cnsonews.com.cn)',
        quote:
          "CCTV News: Recently, the People's Bank of China, the State Administration for Financial Regulation, the China Securities Regulatory Commission, the State Administration of Foreign Exchange, the State Cyberspace Administration of China, and the State Data Administration jointly issued",
        supports: ['aliases'],
      },
    ],
  },
  {
    slug: 'safe',
    zhShortNames: ['国家外汇局'],
    sources: [
      {
        url: 'https://www.secrss.com/articles/77843',
        title: '安全内参',
        quote:
          '近日,中国人民银行、金融监管总局、中国证监会、国家外汇局、国家网信办、国家数据局联合印发《促进和规范金融业数据跨境流动合规指南》',
        supports: ['zhShortNames'],
      },
    ],
  },
];

export const CORE_SECTOR_DATA_RULES_5: CoreInstrument[] = [
  // ─────────────────────── CSRC: securities and futures network and information security (2023) ───────────────────────
  {
    id: 'document:measures-for-administration-of-cybersecurity-and-information-security-in-securities-and-futures-industries',
    name: 'Measures for the Administration of Cybersecurity and Information Security in the Securities and Futures Industries',
    nameZh: '证券期货业网络和信息安全管理办法',
    aliases: ['Administrative Measures for Network and Information Security in Securities and Futures Sectors'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['csrc'],
    adopted: '2023-01-17',
    promulgated: '2023-02-27',
    effective: '2023-05-01',
    summary:
      'CSRC order on network and information security at stock exchanges, securities and futures companies, fund managers and their IT service providers: secure operation, investor personal information, incident handling and critical information infrastructure.',
    relations: [{ type: 'based_on', target: 'document:securities-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=229390',
        title: 'csrcare.com',
        quote:
          "Measures for the Administration of Cybersecurity and Information Security in the Securities and Futures Industries\n\nOrder of the China Securities Regulatory Commission\n\n(No. 218)\n\n\n\nThe Measures for the Administration of Cybersecurity and Information Security in the Securities and Futures Industries, as deliberated and adopted at the 1st executive meeting of the China Securities Regulatory Commission for 2023 on January 17, 2023, are hereby issued and shall come into force on May 1, 2023.\n\n\nYi Huiman, Chairman of the China Securities Regulatory Commission\n\nFebruary 27, 2023 … these Measures are developed in accordance with the Securities Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://washer.rexun.cn/caijing/2023/0304/030487961.html',
        title: '中新社 (rexun.cn)',
        quote:
          '中新社北京3月3日电 (记者 陈康亮)中国证监会3日发布《证券期货业网络和信息安全管理办法》(下称《办法》)。 … 主要内容包括:网络和信息安全运行、投资者个人信息保护、网络和信息安全应急处置、关键信息基础设施安全保护、网络和信息安全促进与发展、监督管理和法律责任等。 … 上述负责人表示,《办法》将于2023年5月1日起正式实施。',
        supports: ['nameZh', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.investmentlawwatch.com/2023/03/13/peoples-republic-of-china-csrc-released-new-cybersecurity-and-data-privacy-rules-for-securities-and-futures-institutions/',
        title: 'Investment Law Watch',
        quote:
          'The China Securities Regulatory Commission (CSRC) released the Administrative Measures for Network and Information Security in Securities and Futures Sectors (Measures) on 27 February 2023, which will become effective on 1 May 2023.\n\nThe Measures provide an industry-specific regulatory regime in response to the reshaped cybersecurity and data privacy law of China and will replace the existing rules promulgated a decade ago. The Measures are meant to be broadly applicable to various market players, such as stock exchanges, securities and futures companies, fund managers, and information technology (IT) service providers',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
  // ─────────────────────── CSRC draft (2022) ───────────────────────
  {
    id: 'document:administrative-measures-for-cybersecurity-in-securities-and-futures-industry-draft',
    name: 'Administrative Measures for Cybersecurity in Securities and Futures Industry',
    // The title without its draft marker.
    nameZh: '证券期货业网络安全管理办法',
    aliases: ['Administrative Measures for the Management of Network Security in the Securities and Futures Industry'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['csrc'],
    promulgated: '2022-04-29',
    summary:
      'CSRC draft, published for a month of comment, of the first securities and futures industry rules implementing the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.',
    relations: [
      { type: 'implements', target: 'document:cybersecurity-law', source: 1 },
      { type: 'implements', target: 'document:data-security-law', source: 1 },
      { type: 'implements', target: 'document:personal-information-protection-law', source: 1 },
    ],
    sources: [
      {
        url: 'https://conventuslaw.com/?p=82033',
        title: 'Conventus Law',
        quote:
          'The China Securities Regulatory Commission (“CSRC”) released the draft Administrative Measures for Cybersecurity in Securities and Futures Industry (《证券期货业网络安全管理办法(征求意见稿)》) (“Draft Measures”) for public consultation.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://www.linklaters.com/fr-fr/knowledge/publications/alerts-newsletters-and-guides/2022/may/18/china-proposes-to-tighten-rules-on-network-security-in-the-securities-and-futures-industry',
        title: 'Linklaters',
        quote:
          'On 29 April 2022, the China Securities Regulatory Commission released the draft Administrative Measures for the Management of Network Security in the Securities and Futures Industry for one-month public consultation. Once implemented, the amended rules will be the first set of industry rules for the securities and futures sector that seek to implement mainland China’s three-pronged cyber framework of the Cybersecurity Law, Data Security Law and Personal Information Protection Law.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
    ],
  },
  // ─────────────────────── Cross-border flows of financial data (2025) ───────────────────────
  {
    id: 'document:guidelines-for-promoting-and-regulating-compliance-of-cross-border-financial-data-flow',
    name: 'Guidelines for Promoting and Regulating the Compliance of Cross-Border Data Flow in the Financial Industry',
    nameZh: '促进和规范金融业数据跨境流动合规指南',
    aliases: [
      'Guidelines for Promoting and Regulating the Cross-border Movement of Financial Industry Data',
      'Guidelines for Promoting and Regulating the Compliance of Financial Data Cross-Border Flow',
    ],
    kind: 'guideline',
    status: 'final',
    issuers: ['pboc', 'nfra', 'csrc', 'safe', 'cac', 'nda'],
    summary:
      'Guidelines of six regulators setting out the financial business scenarios and data items that financial institutions may transfer abroad, including 47 scenarios exempt from security assessment, standard contracts and certification.',
    sources: [
      {
        url: 'https://www.secrss.com/articles/77843',
        title: '安全内参',
        quote:
          '近日,中国人民银行、金融监管总局、中国证监会、国家外汇局、国家网信办、国家数据局联合印发《促进和规范金融业数据跨境流动合规指南》,旨在促进中外资金融机构金融业数据跨境流动更加高效、规范,进一步明确数据出境的具体情形以及可跨境流动的数据项清单,便利数据跨境流动。要求金融机构采取必要的数据安全保护管理和技术措施切实保障数据安全。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.cnsonews.com.cn/lang/English/392887.html',
        title: 'CCTV.com (cnsonews.com.cn)',
        quote:
          'CCTV News: Recently, the People\'s Bank of China, the State Administration for Financial Regulation, the China Securities Regulatory Commission, the State Administration of Foreign Exchange, the State Cyberspace Administration of China, and the State Data Administration jointly issued the "Guidelines for Promoting and Regulating the Cross-border Movement of Financial Industry Data" (hereinafter referred to as the "Guidelines")',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://web-origin.lbkrs.com/news/236364700',
        title: 'Longbridge (China Securities Journal)',
        quote:
          'The People\'s Bank of China and five other departments jointly issued the "Guidelines for Promoting and Regulating the Compliance of Cross-Border Data Flow in the Financial Industry," aimed at improving the efficiency and standardization of cross-border data flow for domestic and foreign financial institutions. The guidelines clarify the circumstances under which data can exit the country and provide a list of data items that can be transferred',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1110295185646030848',
        title: 'Reportify (21 Shi Ji Jing Ji Bao Dao)',
        quote:
          'The recent issuance of the "Guidelines for Promoting and Regulating the Compliance of Financial Data Cross-Border Flow" by six Chinese regulatory bodies aims to facilitate the cross-border flow of financial data … The guidelines outline 47 specific financial business scenarios that are exempt from the requirement for data export safety assessments, standard contracts, and personal information protection certifications',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ─────────────────────── PBOC: reporting cybersecurity incidents (2025) ───────────────────────
  {
    id: 'document:measures-for-administration-of-reporting-of-cybersecurity-incidents-in-business-fields-of-pboc',
    name: "Measures for the Administration of the Reporting of Cybersecurity Incidents in the Business Fields of the People's Bank of China",
    nameZh: '中国人民银行业务领域网络安全事件报告管理办法',
    aliases: ["Measures for the Administration of the Reporting of Cybersecurity Incidents in the Business Field of the People's Bank of China"],
    zhShortNames: ['中国人民银行令〔2025〕第4号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2025-05-12',
    promulgated: '2025-05-23',
    effective: '2025-08-01',
    summary:
      'PBOC order requiring financial service providers to report cybersecurity incidents in the business areas the PBOC supervises to the PBOC or its branch where they are domiciled.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
      { type: 'based_on', target: 'document:law-on-the-peoples-bank-of-china', source: 0 },
    ],
    sources: [
      {
        url: 'https://lawinfochina.com/display.aspx?id=44842&lib=law',
        title: 'lawinfochina.com',
        quote:
          "中国人民银行业务领域网络安全事件报告管理办法 [尚未生效] … The Measures for the Administration of the Reporting of Cybersecurity Incidents in the Business Field of the People's Bank of China, as deliberated and adopted at the eighth executive meeting of the People's Bank of China on May 12, 2025, are hereby issued and take effect on August 1, 2025. … May 23, 2025 2025年5月23日 … Article 1 These Measures are formulated in accordance with the Cybersecurity Law of the People's Republic of China, the Data Security Law of the People's Republic of China, the Personal Information Protection Law of the People's Republic of China, the Law of the People's Republic of China on the People's Bank of China",
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=234697',
        title: 'csrcare.com',
        quote:
          "Measures for the Administration of the Reporting of Cybersecurity Incidents in the Business Fields of the People's Bank of China\n\n中文\nDocument Number:中国人民银行令〔2025〕第4号 Issuing Authority:People's Bank of China … Order of the People's Bank of China\n(No. 4 [2025]) … Article 2 A financial service provider that experiences a cybersecurity incident in the PBC business fields within the territory of the People's Republic of China shall report to the PBC or PBC branch office in its domicile in accordance with these Measures.",
        supports: ['name', 'zhShortNames', 'kind', 'issuers', 'summary'],
      },
    ],
  },
  // ─────────────────────── JR/T 0223-2021 financial data life cycle security ───────────────────────
  {
    id: 'document:financial-data-security-security-specification-of-data-life-cycle',
    name: 'Financial Data Security – Security Specification of Data Life Cycle',
    nameZh: '金融数据安全 数据生命周期安全规范',
    aliases: ['Financial Data Security Data Lifecycle Security Specification'],
    kind: 'industry_standard',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2021-04-08',
    effective: '2021-04-08',
    code: 'JR/T 0223-2021',
    summary:
      'PBOC financial industry standard on security principles and protection requirements for financial data across its life cycle, from collection and transmission to storage, use, deletion and destruction.',
    sources: [
      {
        url: 'https://www.guifanku.com/qitaguifan/745608.html',
        title: 'guifanku.com',
        quote:
          'JR/T0223—2021 金融数据安全数据生命周期安全规范 Financial data security-Security specification of data life cycle 2021-04-08发布 2021-04-08实施 中国人民银行 发布',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.kirastandard.com/JR-T-0223-2021/',
        title: 'Kira Standard',
        quote:
          'Standard Number: JR/T 0223-2021(JR/T0223-2021)\nChinese:金融数据安全 数据生命周期安全规范\nEnglish:Financial Data Security Data Lifecycle Security Specification\nEffective Date:2021-04-08\nStandard Applicability:This document stipulates the financial data life cycle security principles, protection requirements, organizational safeguard requirements and information system operation and maintenance safeguard requirements, and establishes a security framework covering the process of data collection, transmission, storage, use, deletion and destruction.',
        supports: ['aliases', 'code', 'effective', 'summary'],
      },
      {
        url: 'https://twobirds.com/en/insights/2023/china/china-to-strengthen-financial-data-regulation',
        title: 'Bird & Bird',
        quote:
          'The Drafting Notes point out that the Draft Measures bridge certain existing standards, including the Financial Data Security Data Security Grading Guidelines (JR/T 01976-2020), the Financial Data Security Data Lifecycle Security Specification (JR/T0223-2021) and other financial industry data security standards.',
        supports: ['aliases'],
      },
    ],
  },
  // ─────────────────────── CBIRC: IT outsourcing risks of banks and insurers (2021) ───────────────────────
  {
    id: 'document:measures-for-supervision-of-information-technology-outsourcing-risks-of-banking-and-insurance-institutions',
    name: 'Measures for the Supervision of Information Technology Outsourcing Risks of Banking and Insurance Institutions',
    nameZh: '银行保险机构信息科技外包风险监管办法',
    aliases: ['Banking and Insurance Institution Information Technology Outsourcing Risk Administrative Measures'],
    // Issued by a notice of the CBIRC General Office.
    kind: 'normative_document',
    status: 'final',
    issuers: ['nfra'],
    promulgated: '2021-12-30',
    summary:
      'CBIRC rules bringing banks’ and insurers’ IT outsourcing under their risk management: no outsourcing of IT management or cybersecurity responsibility, checks on service providers, cross-border outsourcing and protection of important data and customers’ personal information.',
    sources: [
      {
        url: 'https://www.chinabankingnews.com/2022/01/24/chinas-banking-regulator-includes-it-outsourcing-in-risk-management-systems/',
        title: 'China Banking News',
        quote:
          'On 21 January CBIRC issued the “Banking and Insurance Institution Information Technology Outsourcing Risk Administrative Measures” (银行保险机构信息科技外包风险监管办法).\n\nCBIRC said that in future it would include IT outsourcing risk in daily risk monitoring as well as on-site inspections.',
        supports: ['nameZh', 'aliases', 'status', 'issuers'],
      },
      {
        url: 'https://www.moodysanalytics.com/regulatory-news/jan-21-22-cbirc-issues-rules-on-related-party-transactions-and-outsourcing-risks',
        title: "Moody's Analytics",
        quote:
          'The China Banking and Insurance Regulatory Commission (CBIRC) issued rules on related-party transactions and outsourcing risks … Also published are the measures, or rules, on supervision of information technology outsourcing risks of banking and insurance institutions, along with a set of questions and answers on the measures; the measures shall come into force as of the date of promulgation.',
        supports: ['name', 'status', 'issuers'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E9%8A%80%E8%A1%8C%E4%BF%9D%E9%9A%AA%E6%A9%9F%E6%A7%8B%E4%BF%A1%E6%81%AF%E7%A7%91%E6%8A%80%E5%A4%96%E5%8C%85%E9%A2%A8%E9%9A%AA%E7%9B%A3%E7%AE%A1%E8%BE%A6%E6%B3%95/59956743',
        title: '牛頓百科: 銀行保險機構信息科技外包風險監管辦法',
        quote: '2021年12月30日,中國銀保監會辦公廳印發通知,公布《銀行保險機構信息科技外包風險監管辦法》,自公布之日起施行。',
        supports: ['kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://m.jiemian.com/article/7035908_sina.html',
        title: '界面新闻',
        quote:
          '银保监会网站1月21日消息,近日银保监会引发《银行保险机构信息科技外包风险监管办法》,其中对信息科技外包准入提出监管要求,包括准入前评估、尽职调查、合同等进行了规定,并对非驻场集中式外包、跨境外包、同业和关联外包提出附加要求',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://udfspace.com/article/5172576475557863',
        title: 'China Daily (udfspace.com)',
        quote:
          'Banking and insurance institutions are not allowed to outsource IT management responsibilities and the primary responsibility of cyber security. They should strengthen protection of important data and the personal information of clients, according to the CBIRC.',
        supports: ['summary'],
      },
    ],
  },
  // ─────────────────────── CBIRC: data governance of banking financial institutions (2018) ───────────────────────
  {
    id: 'document:guidelines-on-data-governance-of-banking-financial-institutions',
    name: 'Guidelines on Data Governance of Banking Financial Institutions',
    nameZh: '银行业金融机构数据治理指引',
    aliases: ['Guideline for the Data Governance of Banking Financial Institutions'],
    zhShortNames: ['银保监发〔2018〕22号'],
    kind: 'guideline',
    status: 'final',
    issuers: ['nfra'],
    promulgated: '2018-05-21',
    summary:
      'CBIRC guidelines on the management, quality control and use of data by banking financial institutions, dividing duties among the board, supervisors and senior management, with the option of a chief data officer.',
    sources: [
      {
        url: 'https://conventuslaw.com/report/china-guidelines-on-data-governance-of-banking',
        title: 'Conventus Law',
        quote:
          'The China Banking and Insurance Regulatory Commission (“CBIRC”) adopted the Guidelines on Data Governance of Banking Financial Institutions (“Guidelines”) on May 21, 2018. The Guidelines aim to standardize and provide guidance on the management, quality control and use of data by banking financial institutions.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.ziliaoku.com/res/info_ddcb8e12ca3744fd9828b16b3543bca8.html',
        title: 'ziliaoku.com',
        quote:
          '中国银行保险监督管理委员会关于印发银行业金融机构数据\n治理指引的通知\n银保监发〔2018〕22 号\n各银监局,机关各部门,各政策性银行、大型银行、股份制\n银行,邮储银行,外资银行,金融资产管理公司,其他会管金\n融机构:\n现将《银行业金融机构数据治理指引》印发给你们,请遵照\n执行。\n2018 年 5 月 21 日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=cca109a8-1856-4672-9613-a9cab92bfffa',
        title: 'Lexology',
        quote:
          'The China Banking and Insurance Regulatory Commission (“CBIRC”) published the Guideline for the Data Governance of Banking Financial Institutions on 21 May 2018.\n\nThe Guideline provides that banking financial institutions should allocate adequate resources for data governance. It also clarifies the division of duties among an institution\'s board, supervisors and its senior management team. If necessary, a banking financial institution may establish a position of chief data officer.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ─────────────────────── PBOC: personal financial information (2011) ───────────────────────
  {
    id: 'document:pboc-notice-on-protection-of-personal-financial-information-by-banking-financial-institutions',
    name: "Notice by the People's Bank of China Regarding the Effective Protection of Personal Financial Information by Banking Institutions",
    nameZh: '中国人民银行关于银行业金融机构做好个人金融信息保护工作的通知',
    aliases: ['Notice to Urge Banking Financial Institutions to Protect Personal Financial Information'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['pboc'],
    effective: '2011-05-01',
    summary:
      'PBOC notice, since expired, on how banks collect, process and store personal financial information; it barred storing, processing or analysing such information collected in China outside China.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=8837&CGid=',
        title: 'lawinfochina.com',
        quote:
          "Notice by the People's Bank of China Regarding the Effective Protection of Personal Financial Information by Banking Institutions [Expired]\n中国人民银行关于银行业金融机构做好个人金融信息保护工作的通知 [失效] … (No.17 [2011] of the People's Bank of China)",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.nortonrosefulbright.com/knowledge/publications/56148/protection-of-personal-financial-information-in-china',
        title: 'Norton Rose Fulbright',
        quote:
          'In the banking sector, the People’s Bank of China (PBOC) issued a Notice to Urge Banking Financial Institutions to Protect Personal Financial Information (Notice) at the beginning of this year. … The Notice has been in effect since 1 May 2011.\n\nThe Notice, among other things, prohibits Banks from storing, processing or analysing outside China any PFI which has been collected in China, or providing PFI collected in China to an offshore entity.',
        supports: ['aliases', 'status', 'issuers', 'effective', 'summary'],
      },
    ],
  },
  // ─────────────────────── CAC: financial information services (2018) ───────────────────────
  {
    id: 'document:administrative-regulations-on-financial-information-services',
    name: 'Administrative Regulations on Financial Information Services',
    nameZh: '金融信息服务管理规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2018-12-26',
    effective: '2019-02-01',
    summary:
      'CAC rules on services that provide information or financial data that may affect financial markets to users engaged in financial analysis, trading or decision-making.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/financial-information-services-regulations-20181226/chn',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Administrative Regulations on Financial Information Services (2019)\n\n金融信息服务管理规定\n\nType of laws Departmental rule\n\nIssuing body Cyberspace Administration of China\n\nPromulgating date Dec 26, 2018\n\nEffective date Feb 01, 2019 … 根据《中华人民共和国网络安全法》《互联网信息服务管理办法》《国务院关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知》,制定本规定。 … 本规定所称金融信息服务,是指向从事金融分析、金融交易、金融决策或者其他金融活动的用户提供可能影响金融市场的信息和/或者金融数据的服务。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
    ],
  },
  // ─────────────────────── NHFPC: population health information (2014) ───────────────────────
  {
    id: 'document:measures-for-administration-of-population-health-information',
    name: 'Measures for the Administration of Population Health Information (for Trial Implementation)',
    nameZh: '人口健康信息管理办法(试行)',
    aliases: [
      'Administrative Measures for Population Health Information (for Trial Implementation)',
      'Management Measures for Population Health Information (for Trial Implementation)',
      'Population Health Information Management Measures (Trial Implementation)',
    ],
    kind: 'normative_document',
    status: 'final',
    // Issued by the National Health and Family Planning Commission, the NHC's predecessor.
    issuers: ['nhc'],
    promulgated: '2014-05-05',
    effective: '2014-05-05',
    summary:
      'NHFPC measures on how health and family planning bodies collect, store, use and protect population health information, including a ban on storing it on servers outside China.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/display.aspx?EncodingName=big5&id=17535&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Notice of the National Health and Family Planning Commission on Issuing the Measures for the Administration of Population Health Information (for Trial Implementation) | | 國家衛生和計劃生育委員會關于印發《人口健康信息管理辦法(試行)》的通知 |\n| (No. 24 [2014] of the National Health and Family Planning Commission) |',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://archive.conventuslaw.com/china-protection-of-personal-information/',
        title: 'Conventus Law',
        quote:
          'NHFPC Promulgated Administrative Measures for Population Health Information (for Trial Implementation)\n\n\nThe Administrative Measures for Population Health Information (for Trial Implementation) (the Administrative Measures”) was issued by the National Health and Family Planning Commission (“NHFPC”) on May 5, 2014 and took effect on the same day. This is the first time the Chinese government has proposed a distinguished and unified framework for the administration and protection of population health information.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=c8c9aa69-4efd-4686-a524-f52b98d98fc8',
        title: 'Lexology',
        quote:
          'For example, according to the Management Measures for Population Health Information (for Trial Implementation), issued May 5, 2014 by China’s National Health and Family Planning Commission of China, an entity “in charge of the collection, utilization, management, security and privacy protection of population health information” cannot “store population health information in overseas servers, [or] host or rent overseas servers.”',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://en.nhc.gov.cn/2014-06/15/c_46801_4.htm',
        title: 'National Health Commission (chinadaily.com.cn)',
        quote: 'Interpretation on Population Health Information Management Measures (Trial Implementation)',
        supports: ['aliases'],
      },
      {
        url: 'https://www.365yiyao.com/index.php?c=show&id=1921100',
        title: '卫计委印发《人口健康信息管理办法(试行)》',
        quote:
          '近日,为规范人口健康信息管理工作,促进人口健康信息互联互通和共享利用,国家卫生计生委印发了《人口健康信息管理办法(试行)》,进一步加强人口健康信息采集、管理、利用、安全和隐私保护等工作。 … 要求不得将人口健康信息在境外的服务器中存储,不得托管、租赁在境外的服务器。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  // ─────────────────────── NHC/NATCM: internet diagnosis and treatment (2018) ───────────────────────
  {
    id: 'document:measures-for-administration-of-internet-diagnosis-and-treatment',
    name: 'Measures for the Administration of Internet Diagnosis and Treatment (for Trial Implementation)',
    nameZh: '互联网诊疗管理办法(试行)',
    aliases: [
      'Administrative Measures for Internet Diagnosis and Treatment (Trial)',
      'Administrative Measures for Internet Diagnosis (Trial for Implementation)',
      'Administrative Measures for Internet-based Diagnosis (for Trial Implementation)',
      'Measures for the Administration of Internet Diagnosis and Treatment (Trial)',
    ],
    // The number of the notice that issued it with the two documents below.
    zhShortNames: ['国卫医发〔2018〕25号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc', 'natcm'],
    summary:
      'NHC and NATCM rules on internet diagnosis and treatment: only licensed medical institutions may offer it, for follow-up visits for common and chronic diseases and not on a patient’s first visit.',
    sources: [
      {
        url: 'https://lawinfochina.com/display.aspx?id=29157&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Notice by the National Health Commission and the State Administration of Traditional Chinese Medicine on Issuing the Measures for the Administration of Internet Diagnosis and Treatment (for Trial Implementation) and Other Two Documents (Annexes: Measures for the Administration of Internet Hospitals (for Trial Implementation) and Specifications for the Administration of Remote Medical Services (for Trial Implementation)) [Effective]\n国家卫生健康委员会、国家中医药管理局关于印发互联网诊疗管理办法(试行)等3个文件的通知(附:互联网医院管理办法(试行)、远程医疗服务管理规范(试行)) [现行有效] … (No. 25 [2018] of the National Health Commission) (国卫医发〔2018〕25号)',
        supports: ['name', 'nameZh', 'zhShortNames', 'status', 'issuers'],
      },
      {
        url: 'http://glo.com.cn/Content/2019/12-23/1846104422.html',
        title: '环球律师事务所: 卫健委互联网医疗新规系列解读之三',
        quote:
          '就国家卫生与健康委员会(“国家卫健委”)于2018年9月发布的《互联网医院管理办法(试行)》、《互联网诊疗管理办法(试行)》及《远程医疗服务管理规范(试行)》三篇规范性文件',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'http://en.cnmediplastics.com/news/725.html',
        title: 'cnmediplastics.com',
        quote:
          'the National Health Commission and the National Administration of Traditional Chinese Medicine formulated three documents: “Administrative Measures for Internet Diagnosis and Treatment (Trial)”, “Administrative Measures for Internet Hospitals (Trial)”, and “Management Standards for Remote Medical Services (Trial)”.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=52ddca71-0165-4385-beb7-d44b647e6ca9',
        title: 'Lexology',
        quote:
          'The Administrative Measures for Internet Diagnosis (Trial for Implementation) (“Measure 1”)\n\n    Under Measure 1, Internet Diagnosis refers to medical institutions that, together with their registered doctors, use the Internet or other information technology (“IT”) to operate referrals of common and chronic diseases and the engagement service of the “Internet +”2 family doctors.\n\n    Only medical institutions having practice licences can provide Internet Diagnosis services. In addition, medical institutions shall not use Internet Diagnosis on a patient’s first visit.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://gpg-pdf.chambers.com/digital-healthcare-2025/31/',
        title: 'Chambers Global Practice Guides: Digital Healthcare 2025 (Global Law Office)',
        quote:
          'Under the Administrative Measures for Internet- based Diagnosis (for Trial Implementation) and the Administrative Measures for Internet Hospi- tals (for Trial Implementation), healthcare insti- tutions providing internet-based diagnosis ser- vices and internet hospitals will be graded and\nprotected as Grade III under the MLPS regime.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/50948',
        title: 'VCBeat',
        quote:
          'The document primarily includes the “Measures for the Administration of Internet Hospitals (Trial),” the “Measures for the Administration of Internet Diagnosis and Treatment (Trial),” and the “Specifications for the Management of Telemedicine Services (Trial).”',
        supports: ['aliases'],
      },
    ],
  },
  // ─────────────────────── NHC/NATCM: internet hospitals (2018) ───────────────────────
  {
    id: 'document:measures-for-administration-of-internet-hospitals',
    name: 'Measures for the Administration of Internet Hospitals (for Trial Implementation)',
    nameZh: '互联网医院管理办法(试行)',
    aliases: [
      'Administrative Measures for Internet Hospitals (Trial)',
      'Administrative Measures for Internet Hospitals (Trial for Implementation)',
      'Measures for the Administration of Internet Hospitals (Trial)',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc', 'natcm'],
    summary:
      'NHC and NATCM rules on internet hospitals, which are run on the basis of a physical hospital or medical institution and need approval before they are set up.',
    sources: [
      {
        url: 'https://lawinfochina.com/display.aspx?id=29157&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Notice by the National Health Commission and the State Administration of Traditional Chinese Medicine on Issuing the Measures for the Administration of Internet Diagnosis and Treatment (for Trial Implementation) and Other Two Documents (Annexes: Measures for the Administration of Internet Hospitals (for Trial Implementation) and Specifications for the Administration of Remote Medical Services (for Trial Implementation)) [Effective]\n国家卫生健康委员会、国家中医药管理局关于印发互联网诊疗管理办法(试行)等3个文件的通知(附:互联网医院管理办法(试行)、远程医疗服务管理规范(试行)) [现行有效]',
        supports: ['name', 'nameZh', 'status', 'issuers'],
      },
      {
        url: 'http://glo.com.cn/Content/2019/12-23/1846104422.html',
        title: '环球律师事务所: 卫健委互联网医疗新规系列解读之三',
        quote:
          '就国家卫生与健康委员会(“国家卫健委”)于2018年9月发布的《互联网医院管理办法(试行)》、《互联网诊疗管理办法(试行)》及《远程医疗服务管理规范(试行)》三篇规范性文件',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'http://en.cnmediplastics.com/news/725.html',
        title: 'cnmediplastics.com',
        quote:
          'the National Health Commission and the National Administration of Traditional Chinese Medicine formulated three documents: “Administrative Measures for Internet Diagnosis and Treatment (Trial)”, “Administrative Measures for Internet Hospitals (Trial)”, and “Management Standards for Remote Medical Services (Trial)”.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=52ddca71-0165-4385-beb7-d44b647e6ca9',
        title: 'Lexology',
        quote:
          'The Administrative Measures for Internet Hospitals (Trial for Implementation) (“Measure 2”)\n\n    Under Measure 2, Internet Hospitals refer to fictitious hospitals operated by and based on real hospitals or medical institutions. The establishment of an Internet Hospital must be approved by the authority.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/50948',
        title: 'VCBeat',
        quote:
          'The document primarily includes the “Measures for the Administration of Internet Hospitals (Trial),” the “Measures for the Administration of Internet Diagnosis and Treatment (Trial),” and the “Specifications for the Management of Telemedicine Services (Trial).”',
        supports: ['aliases'],
      },
    ],
  },
  // ─────────────────────── NHC/NATCM: remote medical services (2018) ───────────────────────
  {
    id: 'document:specifications-for-administration-of-remote-medical-services',
    name: 'Specifications for the Administration of Remote Medical Services (for Trial Implementation)',
    nameZh: '远程医疗服务管理规范(试行)',
    aliases: ['Management Standards for Remote Medical Services (Trial)', 'Specifications for the Management of Telemedicine Services (Trial)'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc', 'natcm'],
    summary:
      'NHC and NATCM specifications for remote medical (telemedicine) services, issued together with the 2018 measures on internet diagnosis and treatment and on internet hospitals.',
    sources: [
      {
        url: 'https://lawinfochina.com/display.aspx?id=29157&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Notice by the National Health Commission and the State Administration of Traditional Chinese Medicine on Issuing the Measures for the Administration of Internet Diagnosis and Treatment (for Trial Implementation) and Other Two Documents (Annexes: Measures for the Administration of Internet Hospitals (for Trial Implementation) and Specifications for the Administration of Remote Medical Services (for Trial Implementation)) [Effective]\n国家卫生健康委员会、国家中医药管理局关于印发互联网诊疗管理办法(试行)等3个文件的通知(附:互联网医院管理办法(试行)、远程医疗服务管理规范(试行)) [现行有效]',
        supports: ['name', 'nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://glo.com.cn/Content/2019/12-23/1846104422.html',
        title: '环球律师事务所: 卫健委互联网医疗新规系列解读之三',
        quote:
          '就国家卫生与健康委员会(“国家卫健委”)于2018年9月发布的《互联网医院管理办法(试行)》、《互联网诊疗管理办法(试行)》及《远程医疗服务管理规范(试行)》三篇规范性文件',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'http://en.cnmediplastics.com/news/725.html',
        title: 'cnmediplastics.com',
        quote:
          'the National Health Commission and the National Administration of Traditional Chinese Medicine formulated three documents: “Administrative Measures for Internet Diagnosis and Treatment (Trial)”, “Administrative Measures for Internet Hospitals (Trial)”, and “Management Standards for Remote Medical Services (Trial)”.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/50948',
        title: 'VCBeat',
        quote:
          'The document primarily includes the “Measures for the Administration of Internet Hospitals (Trial),” the “Measures for the Administration of Internet Diagnosis and Treatment (Trial),” and the “Specifications for the Management of Telemedicine Services (Trial).”',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ─────────────────────── GB/T 39725-2020 health data security ───────────────────────
  {
    id: 'document:guide-for-health-data-security',
    name: 'Information Security Technology – Guide for Health Data Security',
    nameZh: '信息安全技术 健康医疗数据安全指南',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2020-12-14',
    effective: '2021-07-01',
    code: 'GB/T 39725-2020',
    summary:
      'Recommended national standard on the security measures health data controllers can take to protect personal health data and other health and medical data.',
    sources: [
      {
        url: 'http://codeofchina.com/standard/GBT39725-2020.html',
        title: 'Code of China: GB/T 39725-2020',
        quote:
          'Standard No.: GB/T 39725-2020\nEnglish Name: Information security technology—Guide for health data security\nChinese Name: 信息安全技术 健康医疗数据安全指南\nChinese Classification: L80    Data encryption\nProfessional Classification: GB    National Standard\nSource Content Issued by: SAMR; SAC\nIssued on: 2020-12-14\nImplemented on: 2021-7-1\nStatus: valid … 1 Scope This standard specifies the security measures that health data controllers can take to protect the health data.',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://dtzed.com/institute/2023/04/5224/',
        title: 'dtzed.com',
        quote:
          '由于健康医疗数据安全事关患者生命安全、个人信息安全、社会公共利益和国家安全,为了更好的保护健康医疗数据安全,规范和推动健康医疗数据的融合共享、开放应用,促进健康医疗事业发展,特制定的《信息安全技术 健康医疗数据安全指南 GB/T 39725-2020》国家标准。',
        supports: ['nameZh', 'code', 'kind'],
      },
    ],
  },
  // ─────────────────────── Automobile data export security guidelines (2026) ───────────────────────
  {
    id: 'document:automobile-data-outbound-security-guidelines-2026',
    name: 'Automobile Data Outbound Security Guidelines (2026 Edition)',
    nameZh: '汽车数据出境安全指引(2026版)',
    aliases: [
      'Automotive Data Export Security Guidelines (2026 Edition)',
      'Automobile Data Export Security Guidelines (2026 Edition)',
      'Guidelines for Car Data Export Security (2026 version)',
    ],
    // Issued by a notice of the eight departments, as the 2025 draft said it would be (规范性文件).
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'cac', 'ndrc', 'nda', 'mps', 'mnr', 'mot', 'samr'],
    promulgated: '2026-02-03',
    summary:
      'Guidelines of MIIT and seven other departments on automobile data export: when a security assessment, a standard contract or certification applies, nine exemptions, rules for identifying important automobile data by business scenario and protection requirements.',
    relations: [
      { type: 'implements', target: 'document:data-security-law', source: 3 },
      { type: 'implements', target: 'document:cybersecurity-law', source: 3 },
      { type: 'implements', target: 'document:personal-information-protection-law', source: 3 },
      { type: 'implements', target: 'document:network-data-security-management-regulations', source: 3 },
    ],
    sources: [
      {
        url: 'http://paper.chinahightech.com/pc/content/202602/16/content_164521.html',
        title: '中国高新技术产业导报',
        quote:
          '2026年2月3日,工业和信息化部、国家网信办、国家发展改革委等八部门联合印发《汽车数据出境安全指引(2026版)》(以下简称《安全指引》),旨在推动建立高效便利安全的汽车数据跨境流动机制 … 一是总则,明确适用范围,规定应当申报数据出境安全评估、订立个人信息出境标准合同或者通过个人信息出境认证3种管理方式的适用条件,提出免于上述3种管理方式的9类情形。二是重要数据判定,面向研发设计、生产制造、驾驶自动化、软件升级、联网运行等汽车行业典型业务场景,细化汽车重要数据判定规则。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://c.m.163.com/news/a/KKS1PCP50519DFFO.html',
        title: '北京商报 (163.com)',
        quote:
          '北京商报讯(记者 蔺雨葳)2月3日,记者从工业和信息化部官网获悉,近日,工业和信息化部、国家网信办、国家发展改革委、国家数据局、公安部、自然资源部、交通运输部、市场监管总局八部门联合印发《汽车数据出境安全指引(2026版)》(以下简称"《安全指引》")的通知。',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'https://en.cncarexportbase.com/news/policy/728.html',
        title: 'Xinhua (cncarexportbase.com)',
        quote:
          'Xinhua Agency, Beijing, February 3 (Reporter Tang Shining) Eight departments including the Ministry of Industry and Information Technology jointly issued the "Automobile Data Outbound Security Guidelines (2026 Edition)" on the 3rd, clarifying the management methods of automobile data outbound activities, important data determination rules and security protection requirements',
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.yoojia.com/article/9957942234815569737.html',
        title: 'yoojia.com',
        quote:
          '《安全指引》贯彻落实《中华人民共和国数据安全法》《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》《网络数据安全管理条例》等法律法规,推进数据高效便利安全跨境流动,在国家数据安全工作协调机制统筹指导下制定,为汽车数据处理者提供可操作的合规指南。',
        supports: ['relations'],
      },
      {
        url: 'https://gmteight.com/content/detail/357306',
        title: 'GMT Eight',
        quote:
          'On February 3, the Ministry of Industry and Information Technology and other eight departments issued a notice on the "Guidelines for Car Data Export Security (2026 version)."\nOn February 3, the Ministry of Industry and Information Technology and seven other departments issued a notice on the "Automobile Data Export Security Guidelines (2026 Edition)."',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://reportify.ai/news/1216673746748837888',
        title: 'Reportify (People’s Daily)',
        quote:
          'The Ministry of Industry and Information Technology, along with seven other departments, has issued the "Automotive Data Export Security Guidelines (2026 Edition)" to enhance the security and efficiency of cross-border automotive data flow [1]',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ─────────────────────── Automobile data export security guidelines, draft (2025) ───────────────────────
  {
    id: 'document:automobile-data-outbound-security-guidelines-2025-draft',
    name: 'Guidelines for Security of Automotive Data Export (2025 Edition)',
    nameZh: '汽车数据出境安全指引(2025版)',
    aliases: ['Automotive Data Outbound Security Guidelines (2025 Edition)'],
    // To be issued as a normative document (拟以规范性文件印发).
    kind: 'normative_document',
    status: 'draft',
    issuers: ['miit', 'cac', 'ndrc', 'nda', 'mps', 'mnr', 'mot', 'samr'],
    promulgated: '2025-06-13',
    summary:
      'Draft of the eight departments’ guidelines on automobile data export, published for comment until 13 July 2025: when a security assessment must be filed, standard contracts or certification, and nine exemptions.',
    relations: [
      { type: 'implements', target: 'document:data-security-law', source: 0 },
      { type: 'implements', target: 'document:personal-information-protection-law', source: 0 },
      { type: 'implements', target: 'document:network-data-security-management-regulations', source: 0 },
    ],
    sources: [
      {
        url: 'https://m.zhitongcaijing.com/article/share.html?content_id=1305009',
        title: '智通财经 (工信部官网)',
        quote:
          '工业和信息化部等八部门公开征求对《汽车数据出境安全指引(2025版)》的意见\n\n为贯彻落实《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《网络数据安全管理条例》等法律法规,推动建立高效便利安全的汽车数据跨境流动机制,为产业发展营造良好环境,在国家数据安全工作协调机制统筹指导下,工业和信息化部、国家网信办、国家发展改革委、国家数据局、公安部、自然资源部、交通运输部、市场监管总局起草了《汽车数据出境安全指引(2025版)(征求意见稿)》,拟以规范性文件印发。现面向社会公开征求意见,请于2025年7月13日前反馈。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://user.guancha.cn/main/content?id=1469815',
        title: '走出去智库 (金杜律师事务所)',
        quote:
          '6月13日,工业和信息化部等八部门公开征求对《汽车数据出境安全指引(2025版)》的意见,反馈意见截止日期为2025年7月13日。该《指引》拟提出必须申报安全评估的情形、通过订立标准合同或通过认证出境的情形以及9类豁免情形。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.leetsai.com/a-brief-analysis-of-the-new-regulations-on-the-export-supervision-of-automotive-data-mainland-china?lang=en-US',
        title: 'Leetsai',
        quote:
          'On June 13, 2025, the Ministry of Industry and Information Technology and seven other departments jointly issued the "Guidelines for Security of Automotive Data Export (2025 Edition) (Draft for Comments)" (hereinafter referred to as the "Guidelines").',
        supports: ['name', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://s8fe.ai/resource/automotive-data-under-scrutiny-chinas-new-draft-guidelines-on-outbound-transfers/',
        title: 's8fe.ai',
        quote:
          'The Automotive Data Outbound Security Guidelines (2025 Edition) carry significant implications for any global automotive or mobility player operating in China.',
        supports: ['aliases'],
      },
    ],
  },
  // ─────────────────────── Surveying and Mapping Law ───────────────────────
  {
    id: 'document:surveying-and-mapping-law',
    name: 'Surveying and Mapping Law',
    nameZh: '测绘法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1992-12-28',
    amended: ['2002-08-29', '2017-04-27'],
    summary:
      'Law on surveying and mapping and its management, safeguarding national geographic information security; the 2017 revision in force from 1 July 2017 added a chapter on supervision and administration.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=293713&lib=law',
        title: 'pkulaw.cn',
        quote:
          "Surveying and Mapping Law of the People's Republic of China (2017 Revision) [Effective]\n中华人民共和国测绘法(2017修订) [现行有效] … Surveying and Mapping Law of the People's Republic of China 中华人民共和国测绘法\n(Adopted at the 29th Session of the Standing Committee of the Seventh National People's Congress on December 28, 1992, amended for the first time at the 29th Session of the Standing Committee of the Ninth National People's Congress on August 29, 2002, and amended for the second time at the 27th Session of the Standing Committee of the Twelfth National People's Congress on April 27, 2017)",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://en.nasg.gov.cn/news/201706/t20170614_388477.shtml',
        title: 'National Administration of Surveying, Mapping and Geoinformation',
        quote:
          "On April 27, 2017, Chinese President Xi Jinping signed Presidential Decree No. 67 to promulgate the newly-revised Surveying and Mapping Law of the People’s Republic of China. The newly-revised Surveying and Mapping Law was approved at the 27th Meeting of the Standing Committee of the 12th National People's Congress, and will come into effect as of July 1, 2017. … The Chapter of Supervision and Administration is added to the previous edition.",
        supports: ['name', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'http://www.vlaws.cn/QGCQBC/202102/14117.htm',
        title: 'vlaws.cn: 中华人民共和国测绘法(2017年修订)',
        quote:
          '第一条 为了加强测绘管理,促进测绘事业发展,保障测绘事业为经济建设、国防建设、社会发展和生态保护服务,维护国家地理信息安全,制定本法。 … 本法所称测绘,是指对自然地理要素或者地表人工设施的形状、大小、空间位置及其属性等进行测定、采集、表述,以及对获取的数据、信息、成果进行处理和提供的活动。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ─────────────────────── Map Management Regulations (2015) ───────────────────────
  {
    id: 'document:regulations-on-map-management',
    name: 'Regulations on Map Management',
    nameZh: '地图管理条例',
    aliases: ['Map Management Regulations', 'Regulation on Map Management'],
    zhShortNames: ['国务院令第664号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2015-11-11',
    promulgated: '2015-11-26',
    effective: '2016-01-01',
    summary:
      'State Council regulations under the Surveying and Mapping Law to strengthen map management, including market access, data security, user information protection and record filing for internet map services.',
    relations: [{ type: 'based_on', target: 'document:surveying-and-mapping-law', source: 0 }],
    sources: [
      {
        url: 'https://m.zhuangpeitu.com/article/56794928.html',
        title: '地图管理条例(国务院令第664号)',
        quote:
          '地图管理条例(国务院令第664号) … 中华人民共和国国务院令第664号地图管理条例已经2015年11月11日国务院第111次常务会议通过,现予公布,自2016年1月1日起施行。总理 李克强2015年11月26日地图管理条例第一章总则第一条为了加强地图管理,维护国家主权、安全和利益,促进地理信息产业健康发展,为经济建设、社会发展和人民生活服务,根据中华人民共和国测绘法,制定本条例。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://cnganbu.cn/show/view?id=1817',
        title: '新华网 (cnganbu.cn)',
        quote:
          '新华网北京12月14日电  近日,国务院总理李克强签署第664号国务院令,公布《地图管理条例》(以下简称《条例》),《条例》自2016年1月1日起施行。 … 《条例》规定了互联网地图服务市场准入、数据安全管理、用户信息保护、违法信息监管及核查备案等制度',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.ecolex.org/es/details/legislation/regulation-on-map-management-lex-faoc188556/',
        title: 'ECOLEX (FAOLEX)',
        quote:
          "Regulation on Map Management. País/Territorio China Tipo de documento Reglamento Fecha 2015 … This Regulation is enacted in accordance with the Surveying and Mapping Law of the People's Republic of China, for the purposes of strengthening map management, safeguarding the sovereignty, security and interests of the state, promoting the sound development of the geoinformation industry",
        supports: ['name', 'aliases', 'kind', 'summary'],
      },
      {
        url: 'http://en.sbsm.gov.cn/news/201801/t20180126_402685.shtml',
        title: 'National Administration of Surveying, Mapping and Geoinformation',
        quote:
          "The rules were updated according to the new Surveying and Mapping Law of the People's Republic of China and the Regulations on Map Management.",
        supports: ['name'],
      },
      {
        url: 'http://my-nurse.com.cn/dgdg/1023',
        title: 'Hangzhou policy interpretation (my-nurse.com.cn)',
        quote: '2. Map Management Regulations (implemented on January 1, 2016)',
        supports: ['aliases', 'effective'],
      },
    ],
  },
  // ─────────────────────── MNR: intelligent connected vehicles and geographic information (2022) ───────────────────────
  {
    id: 'document:notice-on-promoting-development-of-icvs-and-safeguarding-surveying-and-mapping-geographic-information-security',
    name: 'Notice on Promoting the Development of Intelligent Connected Vehicles and Maintaining the Security of Surveying and Mapping Geographic Information',
    nameZh: '关于促进智能网联汽车发展维护测绘地理信息安全的通知',
    aliases: [
      'Notice of the Ministry of Natural Resources on Promoting the Development and Maintaining the Security of Surveying and Mapping Geographic Information for Intelligent Connected Vehicles',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mnr'],
    promulgated: '2022-08-25',
    summary:
      'MNR notice that intelligent connected vehicles’ collection, storage, transmission and processing of spatial coordinates, images and point clouds is surveying and mapping under the Surveying and Mapping Law, for which domestic firms need a surveying qualification and foreign-invested firms a qualified contractor.',
    relations: [{ type: 'cites', target: 'document:surveying-and-mapping-law', source: 0 }],
    sources: [
      {
        url: 'http://s12.dooland.com/magazine/article_1114005.html',
        title: '智能网联汽车周报 (dooland.com)',
        quote:
          '8月30日,自然资源部发布了《关于促进智能网联汽车发展维护测绘地理信息安全的通知》,其中明确了智能网联汽车安装或集成了卫星导航定位接收模块、惯性测量单元、摄像头、激光雷达等传感器后,在运行、服务和道路测试过程中对车辆及周边道路设施空间坐标、影像、点云及其属性信息等测绘地理信息数据进行采集、存储、传输和处理的行为,属于《中华人民共和国测绘法》规定的测绘活动,应当依照测绘法律法规政策进行规范和管理。内资企业需要依法取得相应测绘资质,外资企业需要委托国内有资质的单位开展测绘活动。',
        supports: ['nameZh', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.gsick.com/industry/1866.html',
        title: '央视网 (gsick.com)',
        quote:
          '央视网消息:自然资源部网站8月30日消息,自然资源部发布《关于促进智能网联汽车发展维护测绘地理信息安全的通知》。全文如下:\n\n自然资源部关于促进智能网联汽车发展维护测绘地理信息安全的通知\n\n各省、自治区、直辖市自然资源主管部门,新疆生产建设兵团自然资源局,陕西、黑龙江、四川、海南测绘地理信息局,有关汽车生产企业、网约车经营企业以及导航电子地图制作测绘资质单位:',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://my-nurse.com.cn/dgdg/1023',
        title: 'Hangzhou policy interpretation (my-nurse.com.cn)',
        quote:
          '3. Ministry of Natural Resources "Notice on Promoting the Development of Intelligent Connected Vehicles and Maintaining the Security of Surveying and Mapping Geographic Information" (Natural Resources Regulation [2022] No. 1, issued on August 25, 2022)',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'https://en.taibo.cn/p/25980280',
        title: 'Zhuzhou Natural Resources and Planning Bureau (taibo.cn)',
        quote:
          'the Notice of the Ministry of Natural Resources on Promoting the Development and Maintaining the Security of Surveying and Mapping Geographic Information for Intelligent Connected Vehicles (Natural Resources Regulations [2022] No. 1)',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ─────────────────────── Online ride-hailing (2016) ───────────────────────
  {
    id: 'document:interim-measures-for-administration-of-online-taxi-booking-business-operations-and-services',
    name: 'Interim Measures for the Administration of Operation and Services of E-hailing Taxis',
    nameZh: '网络预约出租汽车经营服务管理暂行办法',
    kind: 'departmental_rule',
    status: 'final',
    // The 2019 amending order names the MOT, MIIT, MPS, MOFCOM, SAMR and CAC.
    issuers: ['mot', 'miit', 'mps', 'mofcom', 'samr', 'cac'],
    effective: '2016-11-01',
    summary:
      'Rules of the MOT, MIIT and six other departments on ride-hailing platforms, including data localisation: personal information and business data stored and used in mainland China and kept for at least two years.',
    sources: [
      {
        url: 'https://hunton.sitepilot11.firmseek.com/privacy-and-information-security-law/china-enacts-e-hailing-regulation-protect-driver-passenger-data',
        title: 'Hunton Andrews Kurth, Privacy & Information Security Law Blog',
        quote:
          'Last month, the People’s Republic of China’s Ministry of Transportation, Ministry of Industry and Information Technology and six other administrative departments jointly published the Interim Measures for the Administration of Operation and Services of E-hailing Taxis (the “Measures”). … and will come into effect on November 1, 2016. … In addition, personal information collected on e-hailing platforms and business data generated during their operations must be stored and used within mainland China, and such information and data must be retained for at least two years.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://fx361.cc/page/2017/0307/18401173.shtml',
        title: '河北青年管理干部学院学报 (fx361.cc)',
        quote:
          '网约车被认为是共享经济在交通领域内的新发展,在此基础之上,交通运输部出台了《网络预约出租汽车经营服务管理暂行办法》对其进行监管,而后各地纷纷出台了相应的配套实施细则对网约车运营进行管理。',
        supports: ['nameZh', 'status', 'issuers'],
      },
      {
        url: 'http://kaijiang.gov.cn/xxgk-show-54179.html',
        title: '开江县人民政府',
        quote:
          '根据《网络预约出租汽车经营服务管理暂行办法》(交通运输部 工业和信息化部 公安部 商务部 市场监管总局 国家网信办令2019年第46号)等相关规定,制定本办法。',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },
  // ─────────────────────── MOT: transport data security, draft (2026) ───────────────────────
  {
    id: 'document:measures-for-administration-of-transport-data-security-draft',
    // No English page renders the title yet: a literal rendering of the Chinese.
    name: 'Measures for the Administration of Transport Data Security',
    nameZh: '交通运输数据安全管理办法',
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['mot'],
    promulgated: '2026-01-14',
    summary:
      'MOT draft measures on data security in transport, in seven chapters and 45 articles including general provisions and classified and graded data protection, drafted under the Data Security Law, the PIPL and the Network Data Security Management Regulations.',
    relations: [
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
      { type: 'based_on', target: 'document:network-data-security-management-regulations', source: 0 },
    ],
    sources: [
      {
        url: 'https://ihsxh.cn/%E5%8D%9A%E5%AE%A2/Important%20industries%20(Ministry%20of%20Transport),%20the%20data%20security%20management%20measures%20for%20comments!',
        title: 'ihsxh.cn (reproducing the MOT drafting notes)',
        quote:
          'Jan 19 2026, 05:01 … 1月14日,交通运输部发布关于公开征求关于《交通运输数据安全管理办法(征求意见稿)》公开征求意见的通知。 … 按照《数据安全法》《个人信息保护法》《网络数据安全管理条例》等法律法规 … 研究起草了《交通运输数据安全管理办法(征求意见稿)》 … 《办法(征求意见稿)》共七章四十五条,包括总则、数据分类分级保护',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
    ],
  },
  // ─────────────────────── MIIT: industrial data classification and grading (2020) ───────────────────────
  {
    id: 'document:guidelines-for-classification-and-grading-of-industrial-data',
    // Pages in English describe rather than name it: a literal rendering of the Chinese title.
    name: 'Guidelines for the Classification and Grading of Industrial Data (Trial)',
    nameZh: '工业数据分类分级指南(试行)',
    zhShortNames: ['工信厅信发〔2020〕6号'],
    kind: 'guideline',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2020-02-27',
    summary:
      'MIIT guidelines for industrial and platform enterprises to sort and label their industrial data into a classification list and grade it in three levels by the harm its faking, damage, leakage or illegal use could do.',
    sources: [
      {
        url: 'https://ahaqplat.cn/site_home/zxdtdetail/68',
        title: 'ahaqplat.cn: 工业数据分类分级指南(试行)',
        quote:
          '工业和信息化部办公厅关于印发《工业数据分类分级指南(试行)》的通知\n工信厅信发〔2020〕6 号\n各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门,有关中央企 业:现将《工业数据分类分级指南(试行)》印发给你们,请结合实际,认真贯 彻执行。 工业和信息化部办公厅 2020 年 2 月 27 日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://cs.com.cn/xwzx/hg/202003/t20200304_6032162.html',
        title: '上海证券报·中国证券网',
        quote:
          '工业和信息化部办公厅印发《工业数据分类分级指南(试行)》(以下简称“指南”)。\n指南指出,工业企业结合生产制造模式、平台企业结合服务运营模式,分析梳理业务流程和系统设备,考虑行业要求、业务规模、数据复杂程度等实际情况,对工业数据进行分类梳理和标识,形成企业工业数据分类清单。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://technode.com/2020/03/06/new-rules-for-industrial-big-data-promote-sharing/',
        title: 'TechNode',
        quote:
          'The guidelines define industrial data as information generated and applied in the full life cycle of industrial products and services, including research and development, operations, and maintenance. \n  • Data is graded at three levels, with Level 3 signifying data that should not be shared on principle due to the impact that faking, damage, leaks, or illegal use of the data could pose.',
        supports: ['summary'],
      },
    ],
  },
  // ─────────────────────── MOE and seven departments: education apps (2019) ───────────────────────
  {
    id: 'document:opinions-on-guiding-and-regulating-development-of-educational-mobile-internet-applications',
    name: 'Opinions on Guiding and Regulating the Orderly and Healthy Development of Mobile Internet Applications in Education',
    nameZh: '关于引导规范教育移动互联网应用有序健康发展的意见',
    zhShortNames: ['教技函〔2019〕55号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['moe', 'cac'],
    summary:
      'Opinions of the MOE, the CAC and six other departments on education apps: filing, content, and data rules such as stating the purpose of collecting personal information, user consent and guardians’ consent for minors’ information.',
    sources: [
      {
        url: 'http://51zyq.cn/keji/ydhl/55575.html',
        title: '51zyq.cn',
        quote:
          '教育移动应用存在违法违规或违反《教育部等八部门关于引导规范教育移动互联网应用有序健康发展的意见》要求且整改不及时的,将列入教育移动应用提供者黑名单',
        supports: ['nameZh', 'status', 'issuers'],
      },
      {
        url: 'http://www.orzm.cn/ee/53',
        title: 'orzm.cn',
        quote:
          'Eight departments, including the Ministry of Education and the Central Network Information Office, recently jointly issued the "Opinions on Guiding and Regulating the Orderly and Healthy Development of Mobile Internet Applications in Education" to regulate education and various educational apps covering all academic periods.',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://cernnet.com/hangqing/24100.html',
        title: 'cernnet.com',
        quote:
          '教育部\n教技函〔2019〕55号 各省、自治区、直辖市教育厅(教委)、网信办、通信管理局、公安厅(局)、民政厅(局)、市场监管局、新闻出版局、“扫黄打非”办公室',
        supports: ['zhShortNames', 'issuers'],
      },
      {
        url: 'https://bjrb.joyhua.cn/bjrb/20190906/html/content_20190906001001.htm',
        title: '新华社 (包头日报)',
        quote:
          '意见要求建立备案制度,加强内容建设,规范数据管理,保障网络安全。教育APP提供者应当建立覆盖个人信息收集、储存、传输、使用等环节的数据保障机制。按照“后台实名、前台自愿”的原则,对注册用户进行身份信息认证。收集使用个人信息应当明示收集使用信息的目的、方式和范围,并经用户同意。收集使用未成年人信息应当取得监护人同意、授权。',
        supports: ['summary'],
      },
    ],
  },
  // ─────────────────────── MOE: filing of education apps (2019) ───────────────────────
  {
    id: 'document:measures-for-administration-of-filing-of-educational-mobile-internet-applications',
    name: 'Measures for the Administration of Educational Mobile Internet Application Records',
    nameZh: '教育移动互联网应用程序备案管理办法',
    kind: 'normative_document',
    status: 'final',
    issuers: ['moe'],
    summary:
      'MOE measures under which providers of education apps file through the public service system, with the provincial education department where they are registered reviewing the filing, and education departments and schools choose filed apps and file the apps they use.',
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/notice-of-the-general-office-of-the-ministry-of-education-on-printing-and-distributing-the-administrative-measures-for-the-recording-of-mobile-internet-applications-for-education/',
        title: 'AppInChina',
        quote:
          'Release Date: November 13, 2019\n\nSource: General Office of the Ministry of Education\n\nEducational Technology Hall [2019] No. 3 … The “Measures for the Administration of Educational Mobile Internet Application Records” (hereinafter referred to as the “Measures”) have been approved by the Ministry of Education’s Network Security and Informationization Leading Group.',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://51zyq.cn/keji/ydhl/55575.html',
        title: '51zyq.cn',
        quote:
          '教育部近日印发《教育移动互联网应用程序备案管理办法》。 … 《办法》规定,教育移动应用提供者应通过公共服务体系进行提供者备案,并配合注册地省级教育行政部门做好备案审核工作。教育行政部门及其所属单位、各级各类学校是教育移动应用的机构使用者,应建立教育移动应用的选用制度,选用已完成提供者备案的教育移动应用,并通过公共服务体系进行使用者备案。',
        supports: ['nameZh', 'status', 'issuers', 'summary'],
      },
    ],
  },
  // ─────────────────────── MOST: human genetic resources implementing rules (2023) ───────────────────────
  {
    id: 'document:implementing-rules-for-regulations-on-administration-of-human-genetic-resources',
    name: 'Implementing Rules for the Regulations for the Administration of Human Genetic Resources',
    nameZh: '人类遗传资源管理条例实施细则',
    aliases: [
      'Detailed Rules for Implementing the Regulation on the Management of Human Genetic Resources',
    ],
    zhShortNames: ['科学技术部令第21号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['most'],
    promulgated: '2023-05-26',
    effective: '2023-07-01',
    summary: 'MOST rules implementing the human genetic resources regulations: human genetic resource information excludes clinical, imaging, protein and metabolic data, and foreign entities may not collect or preserve Chinese human genetic resources in China or provide them abroad.',
    relations: [{ type: 'implements', target: 'document:regulations-on-administration-of-human-genetic-resources', source: 1 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2023/06/26/ministry-of-science-and-technology-implementing-rules-for-the-regulations-for-the-administration-of-human-genetic-resources',
        title: 'China Law & Practice',
        quote:
          'Ministry of Science and Technology, Implementing Rules for the Regulations for the Administration of Human Genetic Resources\n科技部人类遗传资源管理条例实施细则\nJune 26, 2023 | BY\nSusan MokForeign institutions may not collect PRC human genetic resources\nPromulgated: May 26, 2023\nEffective: July 1, 2023',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://flfgdq.cn/law/%e4%ba%ba%e7%b1%bb%e9%81%97%e4%bc%a0%e8%b5%84%e6%ba%90%e7%ae%a1%e7%90%86%e6%9d%a1%e4%be%8b%e5%ae%9e%e6%96%bd%e7%bb%86%e5%88%99-2023%e5%b9%b4',
        title: 'flfgdq.cn: 人类遗传资源管理条例实施细则(2023年)',
        quote:
          '人类遗传资源管理条例实施细则(2023年)\n\n第一章 总则\n\n第一条 为有效保护和合理利用我国人类遗传资源,维护公众健康、国家安全和社会公共利益,根据《中华人民共和国生物安全法》、《中华人民共和国人类遗传资源管理条例》(以下称《条例》)等有关法律、行政法规,制定本实施细则。 … 前款所称人类遗传资源信息不包括临床数据、影像数据、蛋白质数据和代谢数据。',
        supports: ['nameZh', 'summary', 'relations'],
      },
      {
        url: 'http://www.meritsandtree.com/index/journal/detail?id=5628',
        title: '律商 (meritsandtree.com)',
        quote: '2023年5月26日,科技部公布《人类遗传资源管理条例实施细则》(科学技术部令第21号)(“《实施细则》”),旨在有效保护和合理利用我国人类遗传资源,维护公众健康、国家安全和社会公共利益。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'http://m.larcmm.com/a/china-issues-regulations-on-human-genetic-resources',
        title: 'China Justice Observer (larcmm.com)',
        quote:
          'On 26 May 2023, China’s Ministry of Science and Technology (MOST) issued the “Detailed Rules for Implementing the Regulation on the Management of Human Genetic Resources” (hereinafter the “Rules”, 人類遺傳資源管理?xiàng)l例實(shí)施細(xì)則). … Overseas organizations, overseas institutions established or actually controlled by overseas entities, or overseas individuals shall not collect or preserve Chinese human genetic resources within China or provide Chinese human genetic resources to overseas entities.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ─────────────────────── MOT: ride-hailing regulatory information platforms (2022) ───────────────────────
  {
    id: 'document:measures-for-operation-and-management-of-online-taxi-hailing-regulatory-information-interactive-platforms',
    name: 'Measures for Operation and Management of Online Taxi-Hailing Regulatory Information Interactive Platforms',
    nameZh: '网络预约出租汽车监管信息交互平台运行管理办法',
    aliases: ['Measures for the Operation of the Interactive Platform for the Supervision and Regulation of Online Booking Rental Cars'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mot'],
    effective: '2022-07-01',
    summary:
      'MOT measures under which ride-hailing platforms send operating data directly to the national industry platform, which passes it on to provincial and city platforms, keeps it for at least two years and may not use it commercially; an update of 2018 rules.',
    relations: [
      {
        type: 'based_on',
        target: 'document:interim-measures-for-administration-of-online-taxi-booking-business-operations-and-services',
        source: 1,
      },
    ],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-tightens-regulation-on-data-transmission-of-ride-hailing-company',
        title: 'China Justice Observer',
        quote:
          'The Ministry of Transport of China issued the "Measures for Operation and Management of Online Taxi-Hailing Regulatory Information Interactive Platforms" (网络预约出租汽车监管信息交互平台运行管理办法, hereinafter referred to as the "Measures") on 22 July 2022. … According to the Measures, the data related to the operation service of online taxi transmitted by the online taxi platform company shall be directly connected to the official industry platform, which shall be subsequently transferred to the relevant provincial and city platform in real-time.',
        supports: ['name', 'nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://kaijiang.gov.cn/xxgk-show-54179.html',
        title: '开江县人民政府',
        quote:
          '网络预约出租汽车监管信息交互平台运行管理办法\n第一章 总 则\n第一条 为加强网络预约出租汽车监管信息交互平台(简称网约车监管信息交互平台)的运行管理工作,规范数据传输,提高网约车行业监管效能,营造良好的营商环境,根据《网络预约出租汽车经营服务管理暂行办法》(交通运输部 工业和信息化部 公安部 商务部 市场监管总局 国家网信办令2019年第46号)等相关规定,制定本办法。 … 第四条 交通运输部指导各级网约车监管信息交互平台的运行管理等工作。',
        supports: ['nameZh', 'kind', 'issuers', 'relations'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/6070-implementation-of-measures-for-the-operation-of-the-interactive-platform-for-the-supervision-and-regulation-of-online-booking-rental-cars',
        title: 'Digital Policy Alert',
        quote:
          'On 1 July 2022, the Measures for the Operation of the Interactive Platform for the Supervision and Regulation of Online Booking Rental Cars, on the handling and maintenance of data from ride-hailing services are implemented.',
        supports: ['aliases', 'status', 'effective'],
      },
      {
        url: 'https://archives.lincolndailynews.com/2022/Jul/22/NEWS/business_s.shtml',
        title: 'Reuters (Lincoln Daily News)',
        quote:
          'The\nnew measures are an update of similar rules announced in 2018\nand give the government more control over data collected by\nthese private companies.\nData generated by ride-hailing platforms cannot be used for\ncommercial purposes, must be stored for at least two years in\nChina, compared so six months previously',
        supports: ['summary'],
      },
    ],
  },
  // ─────────────────────── MIIT/MPS/MOT: road testing and demonstration of ICVs (2021) ───────────────────────
  {
    id: 'document:management-specification-for-road-test-and-demonstration-application-of-intelligent-connected-vehicles',
    name: 'Management Specification for Road Test and Demonstration Application of Intelligent Networked Vehicles (Trial)',
    nameZh: '智能网联汽车道路测试与示范应用管理规范(试行)',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'mps', 'mot'],
    effective: '2021-09-01',
    summary:
      'MIIT, MPS and MOT rules on road tests and demonstration use of intelligent connected vehicles, replacing the 2018 road test rules and requiring cybersecurity risk assessments for connected vehicles and remote-control platforms.',
    sources: [
      {
        url: 'https://cs.com.cn/cj2020/202107/t20210730_6189650.html',
        title: '证券时报 (中国证券网)',
        quote:
          '工信部、公安部、交通运输部印发《智能网联汽车道路测试与示范应用管理规范(试行)》通知。通知指出,进行道路测试前,道路测试主体应确保道路测试车辆在测试区(场)等特定区域进行充分的实车测试',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://loversyes.blogspot.com/2021/07/intelligent-vehicle-road-test.html',
        title: 'loversyes.blogspot.com',
        quote:
          'According to the website of the Ministry of industry and information technology, the Ministry of industry and information technology, the Ministry of public security and the Ministry of transport recently issued a notice on the management specification for road test and demonstration application of intelligent networked vehicles (Trial) (hereinafter referred to as the management specification).\n\n\nThe management specification shall come into force as of September 1, 2021.',
        supports: ['name', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://www.bestao-consulting.com/detail?id=778',
        title: 'Bestao Consulting',
        quote:
          'In April 2018, the Ministry of Industry and Information Technology, the Ministry of Public Security and the Ministry of Transport jointly issued the Rules for the Administration of the Road Tests of Intelligent Connected Vehicles (for Trial Implementation). … This revision adds to the requirements for demonstration application on the basis of road test … It demands the risk assessment results and risk response measures of information security as part of the application materials for road test and demonstration application, but this only applicable to vehicles with network connection function or monitoring platform with remote control function',
        supports: ['summary'],
      },
    ],
  },
];
