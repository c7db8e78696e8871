/**
 * Curated core layer: key PRC national standards (GB, GB/T) and TC260 technical documents of
 * TMT practice. Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreAuthority, CoreInstrument } from './types';

/**
 * The National Data Administration (nda) is already in the gazetteer, and every issuer used
 * below (samr, sac, tc260) is too, so no extra authority is needed here.
 */
export const CORE_AUTHORITIES_STANDARDS: CoreAuthority[] = [];

export const CORE_STANDARDS: CoreInstrument[] = [
  // ───────────────────────── GB/T 35273-2020 ─────────────────────────
  {
    id: 'document:personal-information-security-specification',
    name: 'Personal Information Security Specification',
    nameZh: '信息安全技术 个人信息安全规范',
    aliases: ['Information Security Technology—Personal Information Security Specification'],
    zhShortNames: ['个人信息安全规范'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2020-03-06',
    effective: '2020-10-01',
    code: 'GB/T 35273-2020',
    summary:
      'Recommended national standard setting principles and security requirements for collecting, storing, using, sharing, transferring, disclosing and deleting personal information.',
    relations: [{ type: 'amends', target: 'document:personal-information-security-specification-2017', source: 1 }],
    sources: [
      {
        url: 'https://www.tc260.org.cn/piss/js1.htm',
        title: '全国信息安全标准化技术委员会 (TC260)',
        quote:
          '国家市场监督管理总局、国家标准化管理委员会发布中华人民共和国国家标准公告(2020年第1号),全国信息安全标准化技术委员会归口的国家标准GB/T 35273-2020《信息安全技术 个人信息安全规范》正式发布,实施日期为2020年10月1日。',
        supports: ['nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/PDF.amp.aspx/GBT35273-2020',
        title: 'ChineseStandard.net – GB/T 35273-2020',
        quote:
          'GB/T 35273-2020: Information security technology - Personal information security specification … NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Replacing GB/T 35273-2017 Information security technology - Personal information security specification Issued on. MARCH 06, 2020 Implemented on. OCTOBER 01, 2020 Issued by. State Administration for Market Regulation; Standardization Administration of PRC.',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.baikeworld.com/gb/1751126440177168.html',
        title: 'GB/T35273-2020信息安全技术个人信息安全规范',
        quote:
          '本标准规定了开展收集、存储、使用、共享、转让、公开披露、删除等个人信息处理活动的原则和安全要求。 … 标准号:GB/T 35273-2020 … 标准名称:信息安全技术 个人信息安全规范 … 标准性质:推荐性 … 发布日期:2020-03-06 … 实施日期:2020-10-01',
        supports: ['summary', 'code', 'nameZh', 'kind', 'promulgated', 'effective'],
      },
      {
        url: 'https://sesec.eu/2020/news-events/secondary/the-publicity-video-and-english-version-of-gb-t-35273-2020-information-security-technology-personal-information-security-specification-released/',
        title: 'SESEC – English version of GB/T 35273-2020 released',
        quote:
          'the publicity video of the national standard GB/T 35273-2020 Information Security Technology—Personal Information Security Specification was released for the first time.',
        supports: ['name', 'aliases', 'code', 'kind'],
      },
    ],
  },

  // ───────────────────────── GB/T 35273-2017 ─────────────────────────
  // The first edition, replaced by GB/T 35273-2020 (the entry above). Its name carries its code: the
  // bare title is the 2020 edition's, while the code (and the code with the title) names this one.
  {
    id: 'document:personal-information-security-specification-2017',
    name: 'Information Security Technology – Personal Information Security Specification (GB/T 35273-2017)',
    nameZh: 'GB/T 35273-2017 信息安全技术 个人信息安全规范',
    aliases: ['GB/T 35273-2017 Information security technology - Personal information security specification'],
    kind: 'national_standard',
    status: 'final',
    // Issued by the AQSIQ, whose functions passed to SAMR in 2018, and the SAC.
    issuers: ['samr', 'sac'],
    promulgated: '2017-12-29',
    effective: '2018-05-01',
    code: 'GB/T 35273-2017',
    summary:
      'The 2017 edition of the recommended national standard on the principles and security requirements for collecting, storing, using, sharing, transferring and disclosing personal information; replaced by the 2020 edition.',
    sources: [
      {
        url: 'http://codeofchina.com/standard/GBT35273-2017.html',
        title: 'Codeofchina – GB/T 35273-2017',
        quote:
          'Standard No.: GB/T 35273-2017 … English Name: Information security technology—Personal information security specification … Chinese Name: 信息安全技术 个人信息安全规范 … Professional Classification: GB    National Standard … Source Content Issued by: AQSIQ; SAC … Issued on: 2017-12-29 … Implemented on: 2018-5-1 … Status: superseded … Superseded by:GB/T 35273-2020 Information security technology—Personal information security specification … Superseded on:2020-10-1',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://guifanku.com/759181.html',
        title: 'GB/T 35273-2017 信息安全技术个人信息安全规范.pdf (规范库)',
        quote:
          'GB/T 35273-2017 信息安全技术个人信息安全规范.pdf … ICS35.040 L80 GB 中华人民共和国国家标准 GB/T35273—2017 信息安全技术个人信息安全规范 Information security technology -Personal information security specification 2017-12-29发布 2018-05-01实施 中华人民共和国国家质量监督检验检疫总局 中国国家标准化管理委员会 发布',
        supports: ['nameZh', 'code', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/PDF.amp.aspx/GBT35273-2020',
        title: 'ChineseStandard.net – GB/T 35273-2020',
        quote:
          'NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Replacing GB/T 35273-2017 Information security technology - Personal information security specification Issued on. MARCH 06, 2020',
        supports: ['aliases', 'code'],
      },
      {
        url: 'https://www.chinesestandard.us/products/gbt35273-2017',
        title: 'ChineseStandard.us – GB/T 35273-2017',
        quote:
          'GB/T 35273-2017: Information security technology -- Personal information security specification … This standard specifies the principles and security requirements for the processing activities of collection, preservation, use, sharing, transfer, public disclosure of personal information.',
        supports: ['name', 'code', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 22239-2019 ─────────────────────────
  {
    id: 'document:baseline-for-classified-protection-of-cybersecurity',
    name: 'Baseline for Classified Protection of Cybersecurity',
    nameZh: '信息安全技术 网络安全等级保护基本要求',
    zhShortNames: ['网络安全等级保护基本要求'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2019-05-10',
    effective: '2019-12-01',
    code: 'GB/T 22239-2019',
    summary:
      'MLPS 2.0 baseline: general and extension (cloud, mobile, IoT, industrial control) security requirements for each level of classified cybersecurity protection.',
    relations: [{ type: 'implements', target: 'document:cybersecurity-law', source: 5 }],
    sources: [
      {
        url: 'https://scholarmate.com/S/l5Yz4K',
        title: 'Scholarmate – GB/T 22239修订情况分析',
        quote:
          'GB/T 22239-2019《信息安全技术网络安全等级保护基本要求》已于2019年5月10日发布,将于2019年12月1日开始实施。GB/T22239-2019将代替2008年6月19日发布的已实施十一年的GB/T22239-2008。',
        supports: ['code', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.guifanku.com/757492.html',
        title: '规范库 – GB/T 22239-2019',
        quote:
          '中华人民共和国国家标雅 GB/T22239—2019 代替GB/T22239-2008 信息安全技术 网络安全等级保护基本要求 Information security technology- Baseline for classified protection of cybersecurity 2019-05-10发布 2019-12-01实施 国家市场监督管理总局 发布 中国国家标准化管理委员会',
        supports: ['nameZh', 'name', 'promulgated', 'effective', 'issuers'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT22239-2019',
        title: 'ChineseStandard.net – GB/T 22239-2019',
        quote:
          'Description (Translated English) Information security technology -- Baseline for classified protection of cybersecurity … Sector / Industry National Standard (Recommended) … Date of Issue 2019-05-10 … Date of Implementation 2019-12-01 … Older Standard (superseded by this standard) GB/T 22239-2008',
        supports: ['name', 'kind', 'promulgated', 'effective'],
      },
      {
        url: 'http://xiahunao.cn/news/1619253.html',
        title: '《网络安全等级保护基本要求》(GB/T 22239-2019)标准解读',
        quote:
          '《网络安全等级保护基本要求》(GB/T 22239-2019)标准解读 … 关键词: 等级保护对象; 安全通用要求; 安全扩展要求 … Baseline for Classified Protection of Cybersecurity (GB/T 22239-2019) Standard Interpretation',
        supports: ['zhShortNames', 'name', 'code', 'summary'],
      },
      {
        url: 'https://www.chinesestandard.us/products/GBT22239-2019?country=CN',
        title: 'ChineseStandard.us – GB/T 22239-2019',
        quote:
          'ISSUED ON: MAY 10, 2019 … IMPLEMENTED ON: DECEMBER 01, 2019 … Issued by: State Market Regulatory Administration; … Standardization Administration of PRC. … 6.2 Security extension requirements of cloud computing ... 20 … 6.3 Security extension requirements of mobile internet ... 22 … 6.4 Security extension requirements for IoT ... 22 … 6.5 Security extension requirements for industrial control systems ... 23',
        supports: ['issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://xiahunao.cn/news/1619253.html',
        title: '《网络安全等级保护基本要求》(GB/T 22239-2019)标准解读',
        quote:
          '2017年《中华人民共和国网络安全法》[2]实施, 为了配合国家落实网络安全等级保护制度[3], 也需要修订《GB/T 22239-2008》。',
        supports: ['relations'],
      },
    ],
  },

  // ───────────────────────── GB/T 39335-2020 ─────────────────────────
  {
    id: 'document:guidance-for-personal-information-security-impact-assessment',
    name: 'Guidance for Personal Information Security Impact Assessment',
    nameZh: '信息安全技术 个人信息安全影响评估指南',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2020-11-19',
    effective: '2021-06-01',
    code: 'GB/T 39335-2020',
    summary:
      'Sets out the principles and process for organisations carrying out personal information security impact assessments on their own.',
    sources: [
      {
        url: 'https://www.aafxw.com/12599.html',
        title: 'GB/T 39335-2020《信息安全技术 个人信息安全影响评估指南》',
        quote:
          '根据2020年11月19日国家市场监督管理总局、国家标准化管理委员会发布的中华人民共和国国家标准公告(2020年第26号),全国信息安全标准化技术委员会归口的GB/T 39335-2020《信息安全技术 个人信息安全影响评估指南》国家标准正式发布,并将于2021年6月1日正式实施。',
        supports: ['nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinesestandard.us/products/gbt39335-2020',
        title: 'ChineseStandard.us – GB/T 39335-2020',
        quote:
          'GB/T 39335-2020: Information security technology -- Guidance for personal information security impact assessment … This standard provides the basic principles and implementation process, of personal information security impact assessment. This standard applies to various organizations, to carry out personal information security impact assessment on their own.',
        supports: ['name', 'code', 'summary'],
      },
      {
        url: 'https://www.chinesestandard.net/AMP/English.amp.aspx/GBT39335-2020',
        title: 'ChineseStandard.net – GB/T 39335-2020',
        quote:
          'GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Information security technology - Guidance for personal information security impact assessment Issued on. NOVEMBER 19, 2020 Implemented on. JUNE 01, 2021 Issued by. State Administration for Market Regulation; Standardization Administration of PRC.',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },

  // ───────────────────────── GB/T 37988-2019 ─────────────────────────
  {
    id: 'document:data-security-capability-maturity-model',
    name: 'Data Security Capability Maturity Model',
    nameZh: '信息安全技术 数据安全能力成熟度模型',
    abbreviations: ['DSMM'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2019-08-30',
    effective: '2020-03-01',
    code: 'GB/T 37988-2019',
    summary:
      'Maturity model (DSMM) for assessing and building an organisation’s data security capability across collection, transmission, storage, processing, exchange and destruction.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2037988-2019',
        title: 'ChineseStandards.org – GB/T 37988-2019',
        quote:
          'GB/T 37988-2019 … Information security technology—Data security capability maturity model … 信息安全技术 数据安全能力成熟度模型 … Issue Date … 2019-08-30 … Implementation … 2020-03-01 … Issuing Authority … 国家市场监督管理总局、中国国家标准化管理委员会',
        supports: ['code', 'name', 'nameZh', 'promulgated', 'effective', 'issuers'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT37988-2019',
        title: 'ChineseStandard.net – GB/T 37988-2019',
        quote:
          'GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Information security technology - Data security capability maturity model Issued on. AUGUST 30, 2019 Implemented on. MARCH 01, 2020 Issued by. State Administration for Market Regulation; Standardization Administration of PRC. … 5 DSMM architecture... 9',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'abbreviations'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E4%BF%A1%E6%81%AF%E5%AE%89%E5%85%A8%E6%8A%80%E8%A1%93%E2%80%94%E6%95%B8%E6%93%9A%E5%AE%89%E5%85%A8%E8%83%BD%E5%8A%9B%E6%88%90%E7%86%9F%E5%BA%A6%E6%A8%A1%E5%9E%8B/53591868',
        title: '牛頓百科 – 信息安全技術—數據安全能力成熟度模型',
        quote:
          '《信息安全技術—數據安全能力成熟度模型》(GB/T 37988-2019)給出了組織數據安全能力的成熟度模型架構,規定了數據採集安全、數據傳輸安全、數據存儲安全、數據處理安全、數據交換安全、數據銷毀安全、通用安全的成熟度等級要求。',
        supports: ['summary', 'code'],
      },
    ],
  },

  // ───────────────────────── GB/T 43697-2024 ─────────────────────────
  {
    id: 'document:rules-for-data-classification-and-grading',
    name: 'Rules for Data Classification and Grading',
    nameZh: '数据安全技术 数据分类分级规则',
    aliases: ['Data Classification and Grading Rules'],
    zhShortNames: ['数据分类分级规则'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2024-03-15',
    effective: '2024-10-01',
    code: 'GB/T 43697-2024',
    summary:
      'Sets the principles, framework, methods and process for data classification and grading, with guidance for identifying important data.',
    relations: [
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
    ],
    sources: [
      {
        url: 'http://lianshiwl-zhan.songhaoyun.com/product/41606.html',
        title: '北京炼石网络技术有限公司 – 图解新国标《数据分类分级规则》',
        quote:
          '2024年3月21日,全国网络安全标准化技术委员会(原信安标委)官方重磅发布GB/T 43697-2024《数据安全技术 数据分类分级规则》,于2024年10月1日实施,该标准于2024年3月15日由国家市场监督管理总局、国家标准化管理委员会发布的中华人民共和国国家标准公告(2024年第1号)获批。 … 本国标根据《中华人民共和国数据安全法》《中华人民共和国网络安全法》',
        supports: ['nameZh', 'zhShortNames', 'code', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT43697-2024',
        title: 'ChineseStandard.net – GB/T 43697-2024',
        quote:
          'GB/T 43697-2024: Data security technology - Rules for data classification and grading … Sector / Industry | National Standard (Recommended) | … Date of Issue | 2024-03-15 | Date of Implementation | 2024-10-01 | Issuing agency(ies) | State Administration for Market Regulation, China National Standardization Administration |',
        supports: ['name', 'code', 'kind', 'promulgated', 'effective', 'issuers'],
      },
      {
        url: 'https://changtsi.com/news/insight/2120.html',
        title: 'Chang Tsi & Partners',
        quote:
          'The Rules stipulate the basic principles, framework, methods, and processes for data classification and grading, and provide guidance for the identification of critical data.',
        supports: ['summary'],
      },
      {
        url: 'https://www.besthub.dev/articles/what-the-new-gb-t-43697-2024-standard-means-for-data-classification-and-security-b1805f313b24',
        title: 'What the New GB/T 43697‑2024 Standard Means for Data Classification and Security',
        quote: 'Data Security Technology – Data Classification and Grading Rules has been officially released',
        supports: ['aliases', 'status'],
      },
    ],
  },

  // ───────────────────────── GB 45438-2025 ─────────────────────────
  {
    id: 'document:labeling-method-for-content-generated-by-artificial-intelligence',
    name: 'Labeling Method for Content Generated by Artificial Intelligence',
    nameZh: '网络安全技术 人工智能生成合成内容标识方法',
    aliases: [
      'Labeling Method for AI-Generated and Synthesized Content',
      'Methods for Identifying Artificial Intelligence Generated and Synthesized Content',
      'Identification Methods for Artificial Intelligence-Generated Content',
      'AI Content Labeling Method',
    ],
    zhShortNames: ['人工智能生成合成内容标识方法'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    // sources disagree: comparativeai.org gives release 2025-02-28; compliancert.com says the
    // standard was released "along with" the CAC Labeling Measures on 14 March 2025. Kept 2025-02-28.
    promulgated: '2025-02-28',
    effective: '2025-09-01',
    code: 'GB 45438-2025',
    relations: [
      { type: 'implements', target: 'document:measures-for-labelling-of-artificial-intelligence-generated-and-synthetic-content', source: 5 },
    ],
    summary:
      'Mandatory standard on how AI-generated or synthesised content must be labelled, through explicit (visible) labels and implicit (metadata) labels.',
    sources: [
      {
        url: 'https://www.secrss.com/articles/76654',
        title: '安全内参 – 全国网安标委秘书处 网安秘字〔2025〕29号',
        quote:
          '根据《人工智能生成合成内容标识办法》和强制性国家标准《网络安全技术 人工智能生成合成内容标识方法》的要求,为指导人工智能生成合成内容服务提供者和网络信息内容传播服务提供者开展人工智能生成合成内容的文件元数据隐式标识工作',
        supports: ['nameZh', 'zhShortNames', 'kind'],
      },
      {
        url: 'https://comparativeai.org/en/rules/china/gb-45438-2025-ai-content-labeling-standard/',
        title: 'ComparativeAI – GB 45438-2025',
        quote:
          'GB 45438-2025 "Cybersecurity Technology — Labeling Method for AI-Generated and Synthesized Content" … Legal hierarchy: Level 5 · Technical standard — mandatory national standard (prefix “GB”) | Issuance: SAMR / Standardization Administration of China (drafting: TC260) | Released: 2025-02-28 | Effective: 2025-09-01',
        supports: ['aliases', 'code', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://compliancert.com/articles/chinas-new-ai-content-labeling-rules-what-global-companies-need-to-know',
        title: "Compliancert – China's New AI Content Labeling Rules",
        quote:
          'along with the mandatory national standard GB 45438-2025, titled “Cybersecurity Technology – Labeling Method for Content Generated by Artificial Intelligence.” These regulations, collectively referred to as the “Labeling Rules,” are set to take effect on September 1, 2025.',
        supports: ['name', 'code', 'kind', 'effective'],
      },
      {
        url: 'https://ai-damn.com/new-ai-content-labeling-rules-take-effect-september-1-1756682559738',
        title: 'New AI Content Labeling Rules Take Effect September 1',
        quote:
          'the national standard GB45438-2025, "Methods for Identifying Artificial Intelligence Generated and Synthesized Content," takes effect on September 1, 2025. This mandatory regulation will fundamentally alter how AI-generated content (AIGC) is identified and managed throughout the digital ecosystem. … Explicit Identification Requirements … Implicit Technical Standards … The regulation mandates embedded metadata in JSON format',
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'https://www.agiyes.com/ainews/ai-content-labeling-regulation',
        title: 'AGIYES – AI content labeling regulation',
        quote:
          'The highly anticipated mandatory national standard of China, “Identification Methods for Artificial Intelligence-Generated Content” (GB 45438-2025), has been officially announced and will take effect on September 1, 2025.',
        supports: ['aliases', 'code', 'kind', 'status', 'effective'],
      },
      {
        url: 'https://comparativeai.org/en/rules/china/gb-45438-2025-ai-content-labeling-standard/',
        title: 'ComparativeAI – GB 45438-2025',
        quote:
          'This standard, together with the Labeling Measures, forms a dual “rule + national standard” track: … The Measures (departmental rule): set out the “what shall be done” duty (dual-track explicit / implicit labels). … The mandatory national standard: specifies the concrete technical fields — metadata structure, embedding locations, robustness requirements.',
        supports: ['relations', 'summary'],
      },
      {
        url: 'https://techjacksolutions.com/ai-governance-china/tc260-standards/',
        title: 'Tech Jacks Solutions – TC260 National AI Standards',
        quote:
          'GB 45438-2025 Mandatory AI Content Labeling Method Effective: September 1, 2025 Specifies explicit label formats, implicit metadata field requirements, and watermark placement rules for all AI-generated content.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────── TC260-003 ─────────────────────────
  {
    id: 'document:basic-security-requirements-for-generative-artificial-intelligence-service',
    name: 'Basic Security Requirements for Generative Artificial Intelligence Service',
    nameZh: '生成式人工智能服务安全基本要求',
    aliases: ['Basic Security Requirements for Generative AI Services', 'Basic Requirements for Generative AI Service Security'],
    kind: 'technical_document',
    status: 'final',
    issuers: ['tc260'],
    // sources disagree: comparativeai.org and besthub.dev give 29 February (2024); the English
    // translation hosted on renrendoc.com prints "Released on 2023-02-29" (an impossible date, a typo).
    promulgated: '2024-02-29',
    effective: '2024-02-29',
    code: 'TC260-003',
    relations: [
      { type: 'implements', target: 'document:interim-measures-for-management-of-generative-artificial-intelligence-services', source: 3 },
    ],
    summary:
      'TC260 technical document setting baseline security requirements for generative AI services: corpus, model, security measures and security assessment before filing.',
    sources: [
      {
        url: 'https://comparativeai.org/en/rules/china/tc260-gen-ai-security-basic-requirements/',
        title: 'ComparativeAI – Basic Security Requirements for Generative AI Services (TC260)',
        quote:
          'Issuance: National Information Security Standardization Technical Committee (TC260) | Effective: 2024-02-29 … TC260-003-2024 “Basic Security Requirements for Generative AI Services”, published by China’s National Information Security Standardization Technical Committee (TC260) on 2024-02-29, is a de facto mandatory technical specification for generative AI service providers seeking algorithmic filing (算法备案)',
        supports: ['code', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=29cb1b89b40741e18953f012d63da2cf',
        title: 'Watson & Band – NISSTC Seeks Comments on Basic Security Requirements for Generative Artificial Intelligence Service',
        quote:
          'On October 12, the National Information Security Standardization Technical Committee (NISSTC) issued the Basic Security Requirements for Generative Artificial Intelligence Service (Draft for Comment) (the "Draft") to solicit public opinions. … The Draft identifies the basic requirements for the security of generative artificial intelligence (AI) services, covering training data, model security, security measures, and security assessment.',
        supports: ['name', 'summary'],
      },
      {
        url: 'http://anquan419.com/knews/24/5979.html',
        title: '《生成式人工智能服务安全基本要求》(征求意见稿)发布',
        quote:
          '10月11日,信安标委发布技术文件《生成式人工智能服务安全基本要求》征求意见稿,《要求》给出了生成式人工智能服务在安全方面的基本要求,包括语料安全、模型安全、安全措施、安全评估等',
        supports: ['nameZh', 'kind', 'summary'],
      },
      {
        url: 'https://www.besthub.dev/articles/china-issues-first-national-standard-on-generative-ai-service-security-8d124bc9a9a7',
        title: 'China Issues First National Standard on Generative AI Service Security',
        quote:
          'On February 29, the National Information Security Standardization Technical Committee released the "Basic Requirements for Generative AI Service Security," the first comprehensive national technical document dedicated to generative AI safety and a support to the interim measures issued in July of the previous year.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'relations'],
      },
    ],
  },

  // ───────────────────────── GB/T 45654-2025 ─────────────────────────
  {
    id: 'document:basic-safety-requirements-for-generative-artificial-intelligence-services',
    name: 'Basic Safety Requirements for Generative Artificial Intelligence Services',
    nameZh: '网络安全技术 生成式人工智能服务安全基本要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['sac'],
    promulgated: '2025-04-25',
    effective: '2025-11-01',
    code: 'GB/T 45654-2025',
    summary:
      'National standard on training data, model and service security for generative AI services with public-opinion attributes or social mobilisation capacity.',
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/china-gen-ai-safety-standard-final/',
        title: 'CSET – China Gen AI Safety Standard (final)',
        quote:
          'The following finalized Chinese national standard is designed to improve the safety and security of generative AI services. … National Standard of the People’s Republic of China … Cybersecurity Technology – Basic Safety Requirements for Generative Artificial Intelligence Services … This document primarily targets generative AI services that possess public opinion–shaping attributes or social mobilization capabilities',
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://ytny.net.cn/paper/427991046.html',
        title: 'GB/T 45654-2025 標準解讀',
        quote:
          '2025-04-25 頒布 … 2025-11-01 實施 … GB/T 45654-2025網(wǎng)絡(luò)安全技術(shù)生成式人工智能服務(wù)安全基本要求_第1頁',
        supports: ['code', 'promulgated', 'effective'],
      },
      {
        url: 'https://zhongchuang365.com/news/171679255018857.html',
        title: '关于国家标准《网络安全技术 生成式人工智能服务安全基本要求》征求意见稿征求意见的通知',
        quote:
          '5月23日,网安标委发布国家标准《网络安全技术 生成式人工智能服务安全基本要求》征求意见稿,标准规定了生成式人工智能服务在安全方面的基本要求,包括训练数据安全、模型安全、安全措施等',
        supports: ['nameZh', 'kind', 'summary'],
      },
      {
        url: 'https://www.toolnavs.com/ja/article/21',
        title: 'toolnavs – 生成式人工知能サービス安全基本要求',
        quote:
          '国家情報セキュリティ標準化技術委員会 (TC260) が一元化し、国家標準化管理委員会が発表し、2025 年 4 月 25 日に発表され、2025 年 11 月 1 日に実施されました。',
        supports: ['issuers', 'promulgated', 'effective'],
      },
    ],
  },


  // ───────────────────────── GB/T 45574-2025 ─────────────────────────
  {
    id: 'document:security-requirements-for-processing-of-sensitive-personal-information',
    name: 'Security Requirements for Processing of Sensitive Personal Information',
    nameZh: '数据安全技术 敏感个人信息处理安全要求',
    aliases: ['Security Requirements for Processing Sensitive Personal Information'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2025-04-25',
    // sources disagree: most (codeofchina, jingtian, dgcbriefings, datacompliancechina,
    // digitalpolicyalert) give 1 November 2025; sesec.eu says "taking effect in December 1, 2025".
    effective: '2025-11-01',
    code: 'GB/T 45574-2025',
    relations: [{ type: 'implements', target: 'document:personal-information-protection-law', source: 5 }],
    summary:
      'Identifies and defines sensitive personal information and sets general and category-specific security requirements for processing it.',
    sources: [
      {
        url: 'http://codeofchina.com/standard/GBT45574-2025.html',
        title: 'Code of China – GB/T 45574-2025',
        quote:
          'Standard No.: GB/T 45574-2025 … English Name: Data security technology—Security requirements for processing of sensitive personal information … Chinese Name: 数据安全技术 敏感个人信息处理安全要求 … Source Content Issued by: SAMR; SAC … Issued on: 2025-04-25 … Implemented on: 2025-11-1',
        supports: ['code', 'name', 'nameZh', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.jingtian.com/Content/2025/07-11/1746198502.html',
        title: '竞天公诚 – 敏感个人信息合规新清单:GB/T45574—2025概述',
        quote:
          '2025年4月25日,网安标委(TC260)发布国家标准GB/T 45574—2025《数据安全技术 敏感个人信息处理安全要求》(以下简称“《敏感信息安全要求》”),并将于2025年11月1日生效实施。',
        supports: ['nameZh', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://datacompliancechina.com/posts/sensitive-pi-processing-security-requirements-standard',
        title: 'Data Compliance China – Sensitive PI processing security requirements standard',
        quote:
          'GB/T 45574-2025 《数据安全技术 敏感个人信息处理安全要求》 (Data Security Technology — Security Requirements for Processing Sensitive Personal Information), a recommended national standard (推荐性国家标准) issued by SAMR and the National Standardisation Administration on 25 April 2025 and entering force on 1 November 2025.',
        supports: ['code', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://dgcbriefings.substack.com/p/china-gbt-45574-2025-data-security',
        title: 'DGC Briefings – [China] GB/T 45574-2025',
        quote:
          'On 25 Apr 2025, The State Administration for Market Regulation (SAMR) and Standardisation Administration of China (SAC) issued the “Security Requirements for Processing of Sensitive Personal Information”. … It will take effect from 1 Nov 2025.',
        supports: ['name', 'issuers', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.codeofchina.com/standard/GBT45574-2025.html',
        title: 'Code of China – GB/T 45574-2025',
        quote:
          'This document establishes the identification and definition of sensitive personal information and specifies general and special security requirements for the processing of sensitive personal information.',
        supports: ['summary'],
      },
      {
        url: 'https://datacompliancechina.com/posts/sensitive-pi-processing-security-requirements-standard',
        title: 'Data Compliance China – Sensitive PI processing security requirements standard',
        quote:
          'the standard — nearly two years in the making since the August 2023 draft — converts PIPL’s sensitive personal information obligations from high-level statutory commands into detailed, auditable technical requirements.',
        supports: ['relations'],
      },
    ],
  },

  // ───────────────────────── GB 40050-2021 (already in the graph) ─────────────────────────
  {
    id: 'document:general-requirements-for-security-of-critical-network-equipment',
    name: 'Critical Network Devices Security Common Requirements',
    nameZh: '网络关键设备安全通用要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2021-02-20',
    effective: '2021-08-01',
    code: 'GB 40050-2021',
    summary:
      'Mandatory standard setting common security function and security assurance requirements for critical network devices such as routers, switches and servers.',
    sources: [
      {
        url: 'https://www.qijiankeji.com/jcbz/8223.html',
        title: 'GB 40050-2021《网络关键设备安全通用要求》解读大全',
        quote:
          'GB 40050-2021《网络关键设备安全通用要求》是网络安全领域的一项强制性国家标准,由国家市场监督管理总局(国家标准化管理委员会)于2021年2月20日发布,并于2021年8月1日正式实施。该标准由中华人民共和国工业和信息化部提出并归口管理,英文名称为 *Critical Network Devices Security Common Requirements*',
        supports: ['nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'name'],
      },
      {
        url: 'https://codeofchina.com/standard/GB40050-2021.html',
        title: 'Code of China – GB 40050-2021',
        quote:
          'This document specifies the common security function requirements and security assurance requirements of the critical network devices.',
        supports: ['summary'],
      },
      {
        url: 'https://www.qijiankeji.com/jcbz/8223.html',
        title: 'GB 40050-2021《网络关键设备安全通用要求》解读大全',
        quote: 'GB 40050-2021适用于网络关键设备,包括路由器、交换机、服务器等高',
        supports: ['summary'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/PDF.amp.aspx/GB40050-2021',
        title: 'ChineseStandard.net – GB 40050-2021',
        quote:
          'GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 CCS L 80 Critical network devices security common requirements Issued on. FEBRUARY 20, 2021 Implemented on. AUGUST 01, 2021 Issued by. State Administration for Market Regulation; Standardization Administration of PRC.',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },
];
