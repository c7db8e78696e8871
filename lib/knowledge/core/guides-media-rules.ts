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

  // ───────────────────────── GB/T 41819-2022 ─────────────────────────
  {
    id: 'document:security-requirements-of-face-recognition-data',
    name: 'Security Requirements of Face Recognition Data',
    nameZh: '信息安全技术 人脸识别数据安全要求',
    aliases: [
      'Information security technology - Security requirements of face recognition data',
      'Information security technology - Requirements for face recognition data security',
    ],
    zhShortNames: ['人脸识别数据安全要求'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    // sources disagree: the standard's cover (chinesestandard.net) reads "ISSUED ON. OCTOBER 12, 2022";
    // bzpt.com and 0033399.com give 发布日期 2022-10-14.
    promulgated: '2022-10-12',
    effective: '2023-05-01',
    code: 'GB/T 41819-2022',
    summary:
      'Recommended national standard on general security requirements for face recognition data and on collecting, storing, using, transmitting, providing, disclosing and deleting it.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT41819-2022',
        title: 'ChineseStandard.net – GB/T 41819-2022',
        quote:
          'GB/T 41819-2022 GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.030 CCS L 80 Information security technology - Security requirements of face recognition data ISSUED ON. OCTOBER 12, 2022 IMPLEMENTED ON. MAY 01, 2023 Issued by. State Administration for Market Regulation; Standardization Administration of PRC. … This document stipulates the general security requirements for face recognition data, as well as the security requirements for specific processing activities such as collection, storage, use, transmission, provision, disclosure, deletion.',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://bzpt.com/gb/213346.html',
        title: 'GB/T 41819-2022 信息安全技术 人脸识别数据安全要求',
        quote:
          '标准号:GB/T 41819-2022\n标准名称:信息安全技术 人脸识别数据安全要求\n发布日期:2022-10-14\n实施日期:2023-05-01\n批发部门:国家标准化管理委员会\n归口单位:全国信息安全标准化技术委员会 … 本文件规定了人脸识别数据的安全通用要求以及收集、存储、使用、传输、提供、公开、删除等具体处理活动的安全要求。',
        supports: ['nameZh', 'zhShortNames', 'code', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.wendangjia.com/1/187597.html',
        title: '文档家 – GB/T 41819-2022',
        quote:
          'Title:Information security technology - Requirements for face recognition data security … GBT 41819-2022 是中国国家标准化管理委员会发布的一项国家标准,全称是《信息安全技术 人脸识别数据安全要求》。',
        supports: ['aliases', 'nameZh', 'zhShortNames', 'code', 'kind', 'issuers'],
      },
    ],
  },

  // ───────────────────────── GB/Z 28828-2012 ─────────────────────────
  {
    id: 'document:guidelines-for-personal-information-protection-within-public-and-commercial-services-information-systems',
    name: 'Guidelines for Personal Information Protection within Public and Commercial Services Information Systems',
    nameZh: '信息安全技术 公共及商用服务信息系统个人信息保护指南',
    aliases: [
      'Information Security Technology — Guidelines for Personal Information Protection Within Public and Commercial Services Information Systems',
      'Information Security Technology – Guidelines for the Protection of Personal Information in Public and Commercial Service Information Systems',
      'Guideline on Information Security Technologies for the Protection of Personal Information in Public and Commercial Service Information Systems',
      'Information Security Technology - Guide for Personal Information Protection within Public and Commercial Information Systems',
      'Guidelines for Personal Information Protection in Information Security Technology Public and Commercial Service Systems',
      'Guideline for personal information protection within information system for public and commercial services',
    ],
    zhShortNames: ['公共及商用服务信息系统个人信息保护指南'],
    kind: 'national_standard',
    status: 'final',
    // Issued by the AQSIQ, whose functions passed to SAMR in 2018, and the SAC; MIIT proposed it (Mondaq).
    // chinesestandards.org lists it as abolished, without a date; pkulaw still marks it effective.
    issuers: ['samr', 'sac'],
    promulgated: '2012-11-05',
    effective: '2013-02-01',
    code: 'GB/Z 28828-2012',
    summary:
      'China’s first national standard on personal information protection, a voluntary guidance document: principles and requirements for collecting, processing, transferring and deleting personal information in information systems.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/Display.aspx?lib=law&Cgid=221035',
        title: 'pkulaw.cn',
        quote:
          'Information Security Technology – Guidelines for the Protection of Personal Information in Public and Commercial Service Information Systems \n\n信息安全技术 公共及商用服务信息系统个人信息保护指南\n\n(GB/Z 28828-2012, approved and issued by theGeneral Administration of Quality Supervision, Inspection and Quarantine and the Standardization Administration of China on November 5, 2012, and entered into force on February 1, 2013)',
        supports: ['aliases', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.insideprivacy.com/international/china-releases-national-standard-for-personal-information-collected-over-information-systems-industr/',
        title: 'Inside Privacy (Covington)',
        quote:
          'Entitled Information Security Technology — Guidelines for Personal Information Protection Within Public and Commercial Services Information Systems (信息安全技术公共及商用服务信息系统个人信息保护指南) (“Guidelines”), the new standard will take effect February 1, 2013.  The Guidelines are voluntary and lack the force of law. … outline how PI is to be handled in four phases: collection, processing, transfer, and deletion, with voluntary requirements for each phase.',
        supports: ['name', 'aliases', 'nameZh', 'zhShortNames', 'kind', 'effective', 'summary'],
      },
      {
        url: 'https://www.china-briefing.com/news/chinas-first-national-standard-on-personal-information-protection-to-take-effect/',
        title: 'China Briefing',
        quote:
          'China’s first national standard on personal information protection, namely the “Guideline on Information Security Technologies for the Protection of Personal Information in Public and Commercial Service Information Systems (hereinafter referred to as the ‘Guideline’),” came into effect on February 1, 2013. The Guideline, which was officially released last November, is the first of its kind in China.',
        supports: ['aliases', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'http://www.mondaq.com/china/data-protection/222112/chinas-evolving-personal-data-privacy-landscape',
        title: 'Mondaq',
        quote:
          "The guidelines, called the Information Security Technology - Guide for Personal Information Protection within Public and Commercial Information Systems ('Guidelines'), were originally proposed by the nation's telecoms regulator, the Ministry of Industry and Information Technology in 2011 and subsequently released by the Standardisation Administration of China.",
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.technologylawdispatch.com/2013/03/privacy-data-protection/chinas-first-national-privacy-protection-guideline-in-effect-as-of-1-february/',
        title: 'Technology Law Dispatch',
        quote:
          'On 1 February 2013, China’s first set of Personal Data Protection guidelines, the Guidelines for Personal Information Protection in Information Security Technology Public and Commercial Service Systems (the “Guidelines”), came into effect.',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'https://www.chinesestandards.org/standards/GB/Z%2028828-2012',
        title: 'chinesestandards.org – GB/Z 28828-2012',
        quote:
          'GB/Z 28828-2012\n\nAbolished\n\nInformation security technology - Guideline for personal information protection within information system for public and commercial services\n\n信息安全技术 公共及商用服务信息系统个人信息保护指南\n\nStandard Type\nGBZ … Issue Date\n2012-11-05',
        supports: ['aliases', 'nameZh', 'code', 'promulgated'],
      },
    ],
  },

  // ─────────────── Ministry of Culture: online performance business activities (2016) ───────────────
  {
    id: 'document:measures-for-administration-of-online-performance-operating-activities',
    name: 'Measures for the Administration of Online Performance Operating Activities',
    nameZh: '网络表演经营活动管理办法',
    aliases: [
      'Administrative Measures for Business Activities of Online Performances',
      'Measures for the Administration of For-profit Online Performance Activities',
      'Measures for the Administration of Online Performance Activity Operations',
    ],
    // Issued by circular (文市发〔2016〕33号), hence a normative document, not a ministry order.
    kind: 'normative_document',
    status: 'final',
    // Issued by the Ministry of Culture, whose remit passed to the Ministry of Culture and Tourism in 2018; the gazetteer lists only the latter.
    issuers: ['mct'],
    promulgated: '2016-12-02',
    effective: '2017-01-01',
    summary:
      'Ministry of Culture rules for online performance (live-streaming) platforms: internet culture licence, content self-review, real-name registration of performers, approval for overseas performers.',
    relations: [{ type: 'based_on', target: 'document:interim-provisions-on-administration-of-internet-culture', source: 0 }],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/measures-for-the-administration-of-online-performance-operating-activities/',
        title: 'China Law Translate',
        quote:
          'Title: Ministry of Culture Notification on the Issue of the "Measures for the Administration of Online Performance Operating Activities" Promulgating Entities: Ministry of Culture Reference number: Cultural Market Release (2016) No. 33 Promulgation Date: 2016-12-2 … The Ministry of Culture has drafted the "Measures for the Administration of Online Performance Activity Operations" on the basis of the "Measures on the Administration of Internet Information Services", the "Temporary Provisions on the Administration of Internet Culture"", and other relevant laws and regulations',
        supports: ['name', 'aliases', 'kind', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3001279-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Circular of the Ministry of Culture on Issuing the Administrative Measures for Business Activities of Online Performances … Wen Shi Fa [2016] No.33\n\nDecember 2, 2016',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinalawandpractice.com/2017/02/21/ministry-of-culture-measures-for-the-administration-of-for-profit-online-performance-activities',
        title: 'China Law & Practice',
        quote:
          'Ministry of Culture, Measures for the Administration of For-profit Online Performance Activities\n\n文化部网络表演经营活动管理办法 … Promulgated: 2016-12-02 Effective: 2017-01-01 … An online performance operating entity shall require performers to register with their real names using a valid identity document, and use effective means such as interview and recorded video communication to verify the same (Article 9).',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.10100.com/article/55511179',
        title: 'TechWeb (10100.com)',
        quote:
          '12月13日消息,文化部官网发布“关于印发《网络表演经营活动管理办法》的通知”,宣布于2017年1月1日起实施《网络表演经营活动管理办法》。 … 《办法》要求,网络表演经营单位应向省级文化行政部门申请取得网络文化经营许可证,不具备内容自审及实时监管能力的,不得开通表演频道;网络表演经营单位应要求表演者使用有效身份证件实名注册',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://marbridgeconsulting.com/marbridgedaily/2016-12-13/article/97078/chinas_moc_unveils_online_performance_regulations',
        title: 'Marbridge Daily',
        quote:
          'Foreign operators of online performances, including those based in Hong Kong, Macau, and Taiwan, must also apply to the MOC to establish an online performance channel.',
        supports: ['summary'],
      },
      {
        url: 'https://en.wikipedia-on-ipfs.org/wiki/Ministry_of_Culture_and_Tourism_of_the_People\'s_Republic_of_China',
        title: 'Wikipedia (IPFS mirror) – Ministry of Culture and Tourism',
        quote: 'It was formed on 19 March 2018; its predecessors were the Ministry of Culture and China National Tourism Administration.',
        supports: ['issuers'],
      },
    ],
  },
];
