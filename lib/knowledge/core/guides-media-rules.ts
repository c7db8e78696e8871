import type { CoreInstrument } from './types';

/**
 * Guides, technical standards, media and telecom-market instruments China TMT pages cite beside the
 * data laws: the TC260 practice guide on identifying sensitive personal information, the MPS
 * guideline on internet personal information, the national standards on motor-vehicle and face
 * recognition data and the 2012 guidance standard on personal information, the culture and
 * broadcasting rules on online performances and online anchors, MIIT's 2017 clean-up of the
 * internet access market (the VPN circular) and SAMR's provisions on abusing IP rights.
 */
export const CORE_GUIDES_MEDIA_RULES: CoreInstrument[] = [
  // ─────────────── TC260 practice guide: identifying sensitive personal information ───────────────
  // There is no GB/T standard of that name: the identification rules are a TC260 practice guide
  // (v1.0, September 2024); the processing requirements are GB/T 45574-2025 (standards.ts).
  {
    id: 'document:cybersecurity-standard-practice-guide-sensitive-personal-information-identification',
    name: 'Guidelines on Identifying Sensitive Personal Information',
    nameZh: '网络安全标准实践指南—敏感个人信息识别指南',
    aliases: [
      'Cybersecurity Standards Practice Guide — Sensitive Personal Information Identification Guide',
      'Sensitive Personal Information Identification Guide',
      'Cybersecurity Standard Practice Guidelines – Sensitive Personal Information Identification',
    ],
    zhShortNames: ['敏感个人信息识别指南'],
    kind: 'technical_document',
    status: 'final',
    issuers: ['tc260'],
    // The draft was published for comment on 11 June 2024 (hnwendun.com); this entry is the final guide.
    promulgated: '2024-09-18',
    summary:
      'TC260 practice guide giving a method, categories and examples for identifying sensitive personal information as the PIPL defines it.',
    relations: [{ type: 'implements', target: 'document:personal-information-protection-law', source: 1 }],
    sources: [
      {
        url: 'https://datacompliancechina.com/laws/tc260-sensitive-pi-identification-guide/',
        title: 'Data Compliance China – TC260 Sensitive PI Guide',
        quote:
          'Cybersecurity Standards Practice Guide — Sensitive Personal Information Identification Guide (v1.0, September 2024).\n\n网络安全标准实践指南 — 敏感个人信息识别指南 (v1.0-202409)',
        supports: ['nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://datacompliancechina.com/laws/tc260-sensitive-pi-identification-guide/',
        title: 'Data Compliance China – TC260 Sensitive PI Guide',
        quote:
          'PIPL Article 28 defines sensitive personal information as personal information that, if leaked or unlawfully used, would readily harm a natural person’s dignity or threaten their personal or property safety. … The TC260 guide does what the statute does not: it gives handlers a structured method for applying this definition.',
        supports: ['issuers', 'summary', 'relations'],
      },
      {
        url: 'https://mayerbrown.com/en/insights/publications/2024/12/prc-guidelines-on-identifying-sensitive-personal-information',
        title: 'Mayer Brown – PRC Guidelines on Identifying Sensitive Personal Information',
        quote:
          'The PRC National Technical Committee 260 on Cybersecurity of SAC (“TC260”) published new Guidelines on Identifying Sensitive Personal Information (“Guidelines”)1 on 18 September 2024,2 nearly three months after it released the draft guidelines (“Draft Guidelines”) for public comment.',
        supports: ['name', 'issuers', 'status', 'promulgated'],
      },
      {
        url: 'https://dig.watch/updates/china-releases-sensitive-data-guidelines',
        title: 'Digital Watch Observatory',
        quote:
          'China’s National Information Security Standardization Technical Committee (TC260) introduced new guidelines titled ‘Cybersecurity Standard Practice Guidelines – Sensitive Personal Information Identification.’ These guidelines establish clear criteria for what constitutes sensitive personal information. … In addition, the guidelines outline several key categories of sensitive personal information',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://hnwendun.com/information/report/20240619_580.html',
        title: '速下载 | 300页图解网安标委《敏感个人信息识别指南(征)》',
        quote:
          '为指导个人信息处理者识别敏感个人信息,规范敏感个人信息处理、出境和保护活动,全国网络安全标准化技术委员会秘书处组织编制了《网络安全标准实践指南—敏感个人信息识别指南(征求意见稿)》',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────── MPS guideline on internet personal information (2019) ───────────────
  {
    id: 'document:guideline-for-internet-personal-information-security-protection',
    name: 'Guideline for Internet Personal Information Security Protection',
    nameZh: '互联网个人信息安全保护指南',
    aliases: ['Guidelines for the Protection of Personal Information Security on the Internet', 'Internet Personal Information Security Protection Guideline'],
    kind: 'guideline',
    status: 'final',
    issuers: ['mps'],
    // sources disagree: Junhe, Reed Smith and Dawo give 10 April 2019; Covington (insideprivacy) and
    // AnJie give 19 April 2019. The draft was published on 30 November 2018.
    promulgated: '2019-04-10',
    summary:
      'Voluntary MPS guideline on management mechanisms, technical security measures and business processes for protecting personal information held by internet services and other holders.',
    relations: [{ type: 'implements', target: 'document:cybersecurity-law', source: 1 }],
    sources: [
      {
        url: 'https://junhe.com/legal-updates/943',
        title: '君合律师事务所 – 法律评述',
        quote:
          '继2018年11月30日发布征求意见后,2019年4月10日,公安部网络安全保卫局联合北京网络行业协会、公安部第三研究所共同研究制定的《互联网个人信息安全保护指南》(以下简称“《指南》”)正式发布。 … 从法律效力上看,《指南》并不属于有法律强制约束力的部门规章,其引言部分也说明“供互联网服务单位在个人信息保护工作中参考借鉴”。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.reedsmith.com/fr/perspectives/2019/05/china-issues-final-guideline-for-internet-personal-information-protection',
        title: 'Reed Smith Client Alerts',
        quote:
          'On April 10, 2019, the Chinese Ministry of Public Security (MPS) published, on the official website of the MPS Cyber Security Protection Bureau, the finalized Guideline for Internet Personal Information Security Protection (Guideline) after soliciting public comments since last November. The Guideline is voluntary and marks the latest in a series of implementations of China’s Cybersecurity Law (CSL) since its June 1, 2017, effective date.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.insideprivacy.com/tag/mps/',
        title: 'Inside Privacy (Covington)',
        quote:
          'On April 19, 2019, China’s Ministry of Public Security (“MPS”) released the final version of its Guideline for Internet Personal Information Security Protection (互联网个人信息安全保护指南) (the “Guideline”).  A previous version of the Guideline was released for public comments on November 30, 2018.',
        supports: ['name', 'nameZh', 'issuers', 'status'],
      },
      {
        url: 'https://www.lexology.com/Commentary/tech-data-telecoms-media/china/anjie-law-firm/police-authorities-issue-guidelines-on-protection-of-personal-information',
        title: 'Lexology (AnJie Law Firm)',
        quote:
          'On 19 April 2019 the Security Protection Bureau of the Ministry of Public Security, the Beijing Cyber Industry Association and Research Institute Number 3 of the Ministry of Public Security jointly issued the Guidelines for the Protection of Personal Information Security on the Internet. The guidelines set out a series of management measures, security technology measures and business processes for the protection of personal information.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://www.besthub.dev/articles/what-are-the-key-recommendations-in-china-s-draft-internet-personal-information-security-guidelines-3796fc00eebe',
        title: 'besthub.dev',
        quote:
          'The draft "Internet Personal Information Security Protection Guideline" issued by China\'s Ministry of Public Security outlines comprehensive management mechanisms, technical safeguards, and business processes to help internet enterprises protect personal data throughout its lifecycle',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 41871-2022 ─────────────────────────
  {
    id: 'document:security-requirements-for-processing-of-motor-vehicle-data',
    name: 'Security Requirements for Processing of Motor Vehicle Data',
    nameZh: '信息安全技术 汽车数据处理安全要求',
    aliases: [
      'Information security technology—Security requirements for processing of motor vehicle data',
      'Information security technology-Security requirements for automotive data processing',
      'Security requirements for automotive data processing',
    ],
    zhShortNames: ['汽车数据处理安全要求'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-10-12',
    effective: '2023-05-01',
    code: 'GB/T 41871-2022',
    summary:
      'Recommended national standard on the general, off-vehicle data, cabin data and management security requirements for processors of automotive data.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/Related.aspx/GBT41871-2022',
        title: 'ChineseStandard.net – GB/T 41871-2022',
        quote:
          'GB/T 41871-2022\nGB\nNATIONAL STANDARD OF THE\nPEOPLE’S REPUBLIC OF CHINA\nICS 35.030\nCCS L 80\nInformation security technology - Security requirements for\nprocessing of motor vehicle data\nISSUED ON: OCTOBER 12, 2022\nIMPLEMENTED ON: MAY 01, 2023\nIssued by: State Administration for Market Regulation;\nStandardization Administration of the People’s Republic of China.',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.gbstd.com/en-us/view/6110201012000000.html',
        title: 'gbstd.com – GB/T 41871-2022',
        quote:
          'GB/T 41871-2022 Information security technology—Security requirements for processing of motor vehicle data … This document specifies the general safety requirements for automotive data processors to collect, transmit, and process automotive data, as well as the external data security requirements, cabin data security requirements, and management security requirements.',
        supports: ['name', 'aliases', 'code', 'summary'],
      },
      {
        url: 'https://jz321.net/guojia/67155.html',
        title: 'GB/T 41871-2022 信息安全技术 汽车数据处理安全要求',
        quote:
          'GB/T 41871-2022\n国家标准推荐性现行\n- 中文名称:信息安全技术 汽车数据处理安全要求 … - 发布日期:2022-10-12\n- 实施日期:2023-05-01 … 国家标准《信息安全技术 汽车数据处理安全要求》由TC260(全国信息安全标准化技术委员会)归口,主管部门为国家标准化管理委员会。\n本文件规定了汽车数据处理者对汽车数据进行收集、传输等处理活动的通用安全要求、车外数据安全要求、座舱数据安全要求和管理安全要求。',
        supports: ['nameZh', 'zhShortNames', 'code', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://search.napstic.cn/literature/periodical/010xxjsybzh2024z1035',
        title: '信息技术与标准化 – 汽车数据处理安全要求国家标准在汽车行业的应用实践',
        quote:
          'Based on the national standard GB/T 41871-2022"Information security technology-Security requirements for automotive data processing",this paper elaborates in detail on the security requirements for collecting data from automobiles.',
        supports: ['aliases', 'code', 'kind'],
      },
    ],
  },
];
