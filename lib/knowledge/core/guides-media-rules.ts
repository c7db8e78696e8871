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
      'TC260 practice guide giving a structured method and key categories for identifying sensitive personal information as the PIPL defines it.',
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
        url: 'https://search.napstic.cn/literature/periodical/010xxjsybzh2024z1035',
        title: '信息技术与标准化 – 汽车数据处理安全要求国家标准在汽车行业的应用实践',
        quote:
          '汽车数据处理安全要求国家标准在汽车行业的应用实践 … 遵循国家标准GB/T 41871-2022《信息安全技术 汽车数据处理安全要求》 … Based on the national standard GB/T 41871-2022"Information security technology-Security requirements for automotive data processing",this paper elaborates in detail on the security requirements for collecting data from automobiles.',
        supports: ['nameZh', 'zhShortNames', 'aliases', 'code', 'kind'],
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
      'China’s first national standard on personal information protection, a voluntary guidance document with requirements for the collection, processing, transfer and deletion of personal information in information systems; since abolished.',
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
        supports: ['aliases', 'nameZh', 'code', 'promulgated', 'summary'],
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
      'Ministry of Culture rules for online performance operators: an internet culture operating licence, content self-review and real-time supervision, real-name registration of performers, and applications to the ministry by foreign operators of online performance channels.',
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

  // ─────────────── NRTA/MCT Code of Conduct for Online Anchors (2022) ───────────────
  {
    id: 'document:code-of-conduct-for-online-anchors',
    name: 'Code of Conduct for Internet Anchors',
    nameZh: '网络主播行为规范',
    aliases: [ 'Code of Conduct for Network Anchors', 'Code of Conduct for Online Presenters'],
    // Pages also cite it by the issuing notice's number.
    zhShortNames: ['广电发〔2022〕36号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta', 'mct'],
    // Dated 8 June 2022; the two bodies published it on 22 June 2022.
    promulgated: '2022-06-08',
    summary:
      'NRTA/MCT code for online hosts and livestreamers (virtual anchors included): 18 articles, 31 prohibited behaviours, qualifications for medical, financial, legal and educational content.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/online-presenter-code-of-conduct/',
        title: 'China Law Translate',
        quote:
          'Code of Conduct for Online Presenters\n\nPromulgation Date: 2022-6-8\nTitle: 国家广播电视总局、文化和旅游部关于印发《网络主播行为规范》的通知\nDocument Number:广电发〔2022〕36号 … Promulgating Entities: State Administration of Radio and Television, Ministry of Culture and Tourism',
        supports: ['aliases', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.leetsai.com/media-entertainment/the-national-radio-and-television-administration-and-the-ministry-of-culture-and-tourism-jointly-issued-the-code-of-conduct-for-internet-anchors',
        title: 'Leets Consulting',
        quote:
          'on June 8, 2022, the National Radio and Television Administration and the Ministry of Culture and Tourism jointly issued the Code of Conduct for Internet Anchors (hereinafter referred to as the “Code”).  The Code has a total of eighteen articles, mainly covering the definition of the subject, behavior standards, prohibited acts, supervision and management of Internet anchors, etc. … Even the virtual anchors and content synthesized by artificial intelligence technology shall refer to the Code.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary', 'name'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/5212-adopted-code-of-conduct-for-internet-anchors',
        title: 'Digital Policy Alert',
        quote:
          "On 8 June 2022, China's National Radio and Television Administration and the Ministry of Culture and Tourism issued the Code of Conduct for Internet Anchors regulating the conduct of internet livestreamers. … livestreamers producing content that involves a high level of professionalism, for example about healthcare, finance, law, or education, are required to have a relevant practice certificate which they must provide to the streaming platform. The Code also explicitly lists 31 acts which livestreamers are prohibited from engaging in",
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://news.futunn.com/en/post/16608572',
        title: 'Futu News (国家广播电视总局)',
        quote:
          '国家广播电视总局文化和旅游部关于印发《网络主播行为规范》的通知\n\nNotice from the Ministry of Culture and Tourism of the State Administration of Radio and Television on issuing the “Code of Conduct for Network Anchors”',
        supports: ['nameZh', 'aliases', 'kind', 'issuers'],
      },
      {
        url: 'https://www.laohu8.com/m/news/1192434335',
        title: '老虎社区 (央视新闻客户端)',
        quote:
          '两部门联合印发《网络主播行为规范》,31种行为不得出现 … 今天(6月22日),国家广播电视总局、文化和旅游部共同联合发布《网络主播行为规范》(以下简称“规范”)。“规范”共包括十八条',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────── MIIT 2017 clean-up of the internet access service market ───────────────
  {
    id: 'document:circular-on-clearing-up-and-regulating-internet-access-service-market',
    name: 'Circular on Clearing up and Regulating the Internet Access Service Market',
    nameZh: '关于清理规范互联网网络接入服务市场的通知',
    zhShortNames: ['工信部信管函〔2017〕32号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    // Issued on 17 January 2017 (Taylor Wessing); reported by Xinhua on 23 January 2017 (d1net). The campaign
    // ran to 31 March 2018 and was extended to 31 March 2019 by 工信厅信管函〔2018〕161号 (dvbcn).
    promulgated: '2017-01-17',
    summary:
      'MIIT campaign against unlicensed or out-of-scope IDC, ISP and CDN business; cross-border dedicated lines and VPNs need the telecoms regulator’s approval.',
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=b72ff755-b2f5-4527-aa97-b4e87b2da2be',
        title: 'Lexology (Taylor Wessing)',
        quote:
          'The industrial watchdog, the Ministry of Industry and Information Technology (MIIT), followed up with a number initiatives, including its Circular on Clearing up and Regulating the Internet Access Service Market (Circular 32) issued on 17 January 2017, to its local branches and various telecommunication operators. According to Circular 32, MIIT will engage in a project to clean up and regulate the internet access service market nationwide by 31 March 2018.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://lieyunpro.com/archives/336490',
        title: '猎云网',
        quote:
          '今年1月,工信部出台了《关于清理规范互联网网络接入服务市场的通知》(工信部信管函〔2017〕32号)。\n《通知》提到,各基础电信企业、互联网网络接入服务企业对网络基础设施和IP地址、带宽等网络接入资源的使用情况进行全面自查,切实整改四类问题,其中就包括“违规开展跨境业务问题”。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://www.d1net.com/data/news/460483.html',
        title: '企业网D1Net (中国证券网)',
        quote:
          '工信部在全国范围对互联网网络接入服务市场开展清理规范,依法查处互联网数据中心(IDC)业务、互联网接入服务(ISP)业务和内容分发网络(CDN)业务市场存在的无证经营、超范围经营、“层层转租”等违法行为,活动至2018年3月31日。 … 未经电信主管部门批准,不得自行建立或租用专线(含虚拟专用网络VPN)等其他信道开展跨境经营活动。',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://dvbcn.com/p/66614.html',
        title: '工业和信息化部办公厅关于深入推进互联网网络接入服务市场清理规范工作的通知',
        quote:
          '根据《关于清理规范互联网网络接入服务市场的通知》(工信部信管函〔2017〕32号)要求,在全行业共同努力下,互联网网络接入服务市场清理规范工作取得积极进展,各类违法违规行为得到初步整治。',
        supports: ['nameZh', 'zhShortNames', 'promulgated'],
      },
    ],
  },

  // ─────────────── SAMR provisions on abusing IP rights to restrict competition (2023) ───────────────
  {
    id: 'document:provisions-on-prohibition-of-abuse-of-intellectual-property-rights-to-exclude-or-restrict-competition',
    name: 'Provisions on the Prohibition of the Abuse of Intellectual Property Rights to Exclude or Restrict Competition',
    nameZh: '禁止滥用知识产权排除、限制竞争行为规定',
    aliases: [
      'Provisions on Prohibiting the Abuse of Intellectual Property Rights to Exclude or Restrict Competition',
      'Provisions on Prohibiting Abusing Intellectual Property Rights to Exclude and Restrict Competition',
      'Provisions Prohibiting Abuse of Intellectual Property Rights to Exclude and Restrict Competition',
      'Provisions on the Prohibition of Abuse of Intellectual Property Rights to Exclude and Restrict Competition',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    // SAMR Order No. 79 (LexisNexis; Mondaq's "Order No. 31" is not the order number). Published on 29 June 2023.
    promulgated: '2023-06-25',
    effective: '2023-08-01',
    summary:
      'SAMR rules applying the Anti-Monopoly Law to the exercise of IP rights (monopoly agreements, abuse of dominance, standard-essential patents); replaced the SAIC’s 2015 provisions.',
    relations: [{ type: 'based_on', target: 'document:anti-monopoly-law', source: 0 }],
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-4717911-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Provisions on the Prohibition of the Abuse of Intellectual Property Rights to Exclude or Restrict Competition\n\nOrder of the State Administration for Market Regulation No.79\n\nJune 25, 2023\n\n(Promulgated by Order of the State Administration for Market Regulation No.79 on June 25, 2023, and effective as of August 1, 2023)\n\nArticle 1 In order to prevent and curb the abuse of intellectual property rights to exclude or restrict competition, the Provisions on the Prohibition of the Abuse of Intellectual Property Rights to Exclude or Restrict Competition (hereinafter referred to as the "Provisions") are formulated in accordance with the Anti-Monopoly Law of the People\'s Republic of China',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.allbrightlaw.com/EN/10531/1ce71f2cc383a56.aspx',
        title: 'AllBright Law Offices',
        quote:
          'the State Administration for Market Regulation promulgated the Provisions on Prohibiting Abusing Intellectual Property Rights to Exclude and Restrict Competition (the “Provisions”) on June 25, 2023, which became effective on August 1, 2023.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://so-ipr.com/S-O-IP-l-HOME/insight/publications/china-amends-provisions-prohibiting-abuse-ip-rights',
        title: 'S&O IP',
        quote:
          'On June 29, 2023, China’s State Administration for Market Regulation (SAMR) released the amended Provisions on Prohibiting the Abuse of Intellectual Property Rights to Exclude or Restrict Competition. These provisions were made in accordance with the Anti-Monopoly Law and came into force on August 1, 2023.',
        supports: ['aliases', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://globaltimes.cn/page/202306/1293414.shtml',
        title: 'Global Times',
        quote:
          'Dubbed "Provisions Prohibiting Abuse of Intellectual Property Rights to Exclude and Restrict Competition," the regulation was a revision based on the previous edition issued in 2015. … it clearly outlines the regulation of monopolistic behavior in the process of standard formulation and implementation, by prohibiting business operators with market dominance from using standard essential patents to implement "patent hijacking".',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.mondaq.com:443/china/trademark/1345464/samr-issues-provisions-on-the-prohibition-of-abuse-of-intellectual-property-rights-to-exclude-and-restrict-competition',
        title: 'Mondaq',
        quote:
          "China's State Administration for Market Regulation (SAMR) issued an order (SAMR Order No. 31) to amend the Provisions on the Prohibition of Abuse of Intellectual Property Rights to Exclude and Restrict Competition and released the new Provisions on June 29, 2023. The new Provisions will take effect on August 1, 2023 and at the same time the previous Provisions issued as Order No. 74 by the former State Administration for Industry and Commerce on April 7, 2015 will be abolished.",
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://whpfw.com.cn/a/fzxw/2023/0629/14079.html',
        title: '武汉普法网',
        quote:
          '市场监管总局修订出台了《禁止滥用知识产权排除、限制竞争行为规定》,将于2023年8月1日起正式施行。 … 相较于2015年制定的《关于禁止滥用知识产权排除、限制竞争行为的规定》,重点在以下方面进行了修改完善:\n一是扩充“滥用知识产权排除、限制竞争行为”的内涵。将利用行使知识产权的方式达成垄断协议,滥用市场支配地位,实施具有',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },
];
