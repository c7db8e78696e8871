import type { CoreAuthority, CoreInstrument } from './types';

/** The disease-control administration, a co-issuer of the health sector's data rules, which the gazetteer lacks. */
export const CORE_AUTHORITIES_DATA_CYBER_2: CoreAuthority[] = [
  {
    slug: 'ndcpa',
    name: 'National Disease Control and Prevention Administration',
    nameZh: '国家疾病预防控制局',
    aliases: ['National Bureau of Disease Control and Prevention', '国家疾控局'],
    kind: 'regulator',
    sources: [
      {
        url: 'https://datacompliancechina.com/laws/healthcare-institutions-data-security-pi-measures/',
        title: 'Data Compliance China',
        quote:
          'Promulgated by: National Health Commission, Ministry of Public Security, Cyberspace Administration of China, National Administration of Traditional Chinese Medicine, and National Disease Control and Prevention Administration.',
        supports: ['name'],
      },
      {
        url: 'http://cnfanrong.com/c/0Z91AL02021.html',
        title: 'cnfanrong.com (新华社)',
        quote: '2021年5月13日10时,北京市海淀区知春路14号,国家疾病预防控制局正式挂牌 。国家疾病预防控制局成立,意味着疾控机构职能从单纯预防控制疾病向全面维护和促进全人群健康转变',
        supports: ['nameZh', 'kind'],
      },
      {
        url: 'https://fenq.com/three-departments-strengthen-the-network-security-management-of-medical-and-health-institutions-to-prevent-the-occurrence-of-network-security-incidents/',
        title: 'fenq.com (Titanium Media)',
        quote:
          'the National Health and Health Commission, the National Administration of Traditional Chinese Medicine, and the National Bureau of Disease Control and Prevention issued the "Administrative Measures for Network Security of Medical and Health Institutions".',
        supports: ['aliases'],
      },
      {
        url: 'https://pharmst.cn/ask/detail/1i1c72b29a.html',
        title: 'pharmst.cn',
        quote: '国家疾控局成立后,中国疾控中心如何定位,有业内人士分析,有可能与国家疾控局合并,也有可能保持独立,接受国家疾控局的指导。',
        supports: ['aliases'],
      },
    ],
  },
];

/**
 * Data-protection and cybersecurity compliance documents that pages on PIPL practice, data export
 * and sector data rules keep citing: the TC260 certification specification for cross-border
 * processing (other renderings of an entry the newsletters have), the 2022 announcement that
 * launched personal-information protection certification, the notice-and-consent standard
 * GB/T 42574-2023, the CAC's April 2025 data-export Q&A, the draft network-data risk-assessment
 * measures, the State Council's 2023 foreign-investment opinions (which started the free-flowing
 * general data lists), the CAC's 2025 announcement on filing minors' PI compliance audits, and
 * the health sector's data rules (health big data 2018, medical institutions' network security
 * 2022, healthcare institutions' data security and PI 2026) with the laws and regulations health
 * data pages cite beside them (the basic healthcare law, the Biosecurity Law and the human genetic
 * resources regulations).
 */
export const CORE_DATA_CYBER_RULES_2: CoreInstrument[] = [
  // ───────────── TC260 certification specification for cross-border PI processing (2022) ─────────────
  {
    // The newsletters' entry; this adds the renderings law-firm alerts use.
    id: 'document:practice-guideline-for-cybersecurity-standards-safety-certification',
    name: 'Practical Guide to Cybersecurity Standards – Specifications on Security Certification for Cross-Border Personal Information Processing Activities',
    nameZh: '网络安全标准实践指南—个人信息跨境处理活动安全认证规范V2.0',
    aliases: [
      'Cybersecurity Standard Practice Guide - Security Certification Specifications for Cross-border Processing of Personal Information',
      'Technical Certification Specification for Certification of Personal Information Cross-border Processing',
      'Cyber Security Standard Practical Guidance–Security Certification Specifications on Cross-border Transfer of PI V2.0',
      '网络安全标准实践指南—个人信息跨境处理活动安全认证规范',
    ],
    zhShortNames: ['个人信息跨境处理活动安全认证规范'],
    kind: 'technical_document',
    status: 'final',
    issuers: ['tc260'],
    code: 'TC260-PG-20222A',
    // V1.0 was published on 24 June 2022 (glo.com.cn); V2.0, this entry, on 16 December 2022.
    promulgated: '2022-12-16',
    summary:
      'TC260 practice guide setting what personal information processors and overseas recipients must do to be certified for cross-border processing of personal information, one of the PIPL’s three export routes; V2.0 opens certification to all cross-border processing.',
    relations: [{ type: 'implements', target: 'document:personal-information-protection-law', source: 0 }],
    sources: [
      {
        url: 'https://wilmerhale.com/en/insights/client-alerts/20230104-china-updates-specification-on-security-certification-for-crossborder-personal-information-processing-activities',
        title: 'WilmerHale',
        quote:
          'On December 16, 2022 – less than six months after the initial version (“V1.0”) was released in June 2022 … – the National Information Security Standardization Technical Committee (“TC260”) published TC260-PG-20222A - The Practical Guide to Cybersecurity Standards – Specifications on Security Certification for Cross-Border Personal Information Processing Activities (V2.0-202212)) (“V2.0” or “Certification Specifications”).\nThe Certification Specifications are intended to implement the personal information (“PI”) protection certification regime as one of the three specified channels provided in Article 38 of the Personal Information Protection Law (“PIPL”)',
        supports: ['name', 'kind', 'status', 'issuers', 'code', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://wilmerhale.com/en/insights/client-alerts/20230104-china-updates-specification-on-security-certification-for-crossborder-personal-information-processing-activities',
        title: 'WilmerHale',
        quote: 'V2.0 deletes this limitation and instead provides that certification applies to all PI cross-border processing activities (Article 1)',
        supports: ['summary'],
      },
      {
        url: 'https://technologyquotient.freshfields.com/post/102i4i7/chinas-tc260-issues-revised-guidelines-on-cross-border-processing-of-personal-in',
        title: 'Freshfields Technology Quotient',
        quote:
          "the National Information Security Standardisation Technical Committee of China (colloquially known as ‘TC260') has issued version 2.0 of the Cybersecurity Standard Practice Guide - Security Certification Specifications for Cross-border Processing of Personal Information (the Certification Guidelines). The Certification Guidelines stipulate the basic principles to be followed in cross-border processing of personal information by personal information processors and overseas recipients.",
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://cm.twobirds.com/en/capabilities/practices/digital-rights-and-assets/apac-dra/apac-dsd/privacy-and-data-protection/china/certification',
        title: 'Bird & Bird – China: Certification',
        quote:
          'On 16 December 2022, the National Information Security Standardisation Technical Committee (TC260) circulated the 2.0 version of the Technical Certification Specification for Certification of Personal Information Cross-border Processing (Certification Specification 2.0).',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.mondaq.com:443/china/data-protection/1299788/a-practical-review-of-china39s-restrictions-on-crossborder-transfer-of-personal-information-44-certification',
        title: 'Mondaq',
        quote:
          'According to the Implementing Rules for the Certification of Personal Information Protection (《个人信息保护认证实施规则》in Chinese, "Certification Rules") and Cyber Security Standard Practical Guidance–Security Certification Specifications on Cross-border Transfer of PI V2.0',
        supports: ['aliases'],
      },
      {
        url: 'http://www.glo.com.cn/Content/2022/12-13/1500037326.html',
        title: '环球律师事务所',
        quote:
          '2022年11月8日,全国信息安全标准化技术委员会(“信安标委”)发布了《网络安全标准实践指南—个人信息跨境处理活动安全认证规范V2.0(征求意见稿)》(“《认证规范V2.0》”)。……而在稍早的2022年6月24日,信安标委已经发布《网络安全标准实践指南—个人信息跨境处理活动安全认证规范V1.0》(“《认证规范V1.0》”),即《认证规范V2.0》的前一版本。',
        supports: ['nameZh', 'aliases', 'zhShortNames', 'issuers'],
      },
    ],
  },

  // ───────────── Announcement launching PI protection certification (SAMR, CAC, 2022) ─────────────
  {
    id: 'document:announcement-on-implementation-of-personal-information-protection-certification',
    name: 'Announcement on the Implementation of Personal Information Protection Certification',
    nameZh: '关于实施个人信息保护认证的公告',
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'cac'],
    // Dated 4 November 2022 (glo.com.cn, January 2025); published on 18 November 2022 (Mondaq, glo.com.cn 2022).
    promulgated: '2022-11-04',
    summary:
      'SAMR and CAC announcement that launched personal information protection certification, issuing the Implementation Rules for Personal Information Protection Certification as its annex.',
    relations: [{ type: 'cites', target: 'document:implementation-rules-for-personal-information-protection-certification', source: 0 }],
    sources: [
      {
        url: 'https://www.mondaq.com:443/china/security/1254014/rules-for-personal-information-protection-certification-promulgated',
        title: 'Mondaq',
        quote:
          'On November 18, 2022, the State Administration for Market Regulation ("SAMR") and the Cyberspace Administration of China ("CAC") jointly issued the "Announcement on the Implementation of Personal Information Protection Certification" and the annex " Implementation Rules for Personal Information Protection Certification" (referred to as "Certification Rules"), with the intention of encouraging personal information handlers to enhance their personal information protection capabilities and improve cross-border rules for personal information through certification.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'http://glo.com.cn/Content/2025/01-09/1437008618.html',
        title: '环球律师事务所',
        quote:
          '而关于出境个保认证,网信办与国家市场监督管理总局(以下简称“市监总局”)曾在2022年11月4日联合发布《关于实施个人信息保护认证的公告》(以下简称“《认证公告》”)及附件《个人信息保护认证实施规则》(以下简称“《认证规则》”),规定了开展出境个保认证的认证依据、模式与流程,标志着我国个人信息保护认证制度的初步建立。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.cac.gov.cn/2025-10/17/c_1762449729745366.htm',
        title: '中国网信网',
        quote:
          '此前,国家互联网信息办公室与国家市场监督管理总局联合发布了《关于实施个人信息保护认证的公告》,提出《个人信息保护认证实施规则》',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },

  // ───────────── GB/T 42574-2023 notices and consent ─────────────
  {
    id: 'document:implementation-guidelines-for-notices-and-consent-in-personal-information-processing',
    name: 'Implementation Guidelines for Notices and Consent in Personal Information Processing',
    nameZh: '信息安全技术 个人信息处理中告知和同意的实施指南',
    aliases: ['Information Security Technology- Implementation Guidelines for Notices and Consent in Personal Information Processing'],
    zhShortNames: ['个人信息处理中告知和同意的实施指南'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['tc260'],
    code: 'GB/T 42574-2023',
    promulgated: '2023-05-23',
    effective: '2023-12-01',
    summary: 'Recommended national standard on when and how personal information handlers give notice and obtain consent under the PIPL, including for cross-border transfers.',
    relations: [{ type: 'implements', target: 'document:personal-information-protection-law', source: 0 }],
    sources: [
      {
        url: 'https://www.xllawconsulting.com/post/china-releases-implementation-guidelines-for-notice-and-consent',
        title: 'XL Law & Consulting',
        quote:
          'On May 23, 2023, the National Information Security Standardization Technical Committee (“TC260”) released the Information Security Technology- Implementation Guidelines for Notices and Consent in Personal Information Processing (GB/T 42574-2023) (“Implementation Guidelines”), which take effect December 1, 2023. … Nonetheless, the Implementation Guidelines do not constitute a mandatory standard and instead provide a reference for supervision, inspection, and evaluation of personal information handled under China’s Personal Information Protection Law (“PIPL”).',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'code', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.xllawconsulting.com/post/china-releases-implementation-guidelines-for-notice-and-consent',
        title: 'XL Law & Consulting',
        quote: 'The Implementation Guidelines provide more details about the notice and consent required for cross-border transfer of personal information.',
        supports: ['summary'],
      },
      {
        url: 'https://max.book118.com/html/2024/0310/8016012034006044.shtm',
        title: '原创力文档 (book118)',
        quote: '人民共和国国家标准\n\nGB/T42574—2023\n\n信息安全技术个人信息处理中告知和同意的实施指南\n\nInformationsecuritytechnology-Implementationguidelinesfornoticesandconsentinpersonalinformationprocessing\n\n2023-05-23发布\n\n2023-12-01实施',
        supports: ['nameZh', 'zhShortNames', 'kind', 'code', 'promulgated', 'effective'],
      },
      {
        url: 'http://ytny.net.cn/paper/271801933.html',
        title: 'ytny.net.cn',
        quote: '《GB/T 42574-2023 信息安全技術 個人信息處理中告知和同意的實施指南》是針對個人信息處理過程中如何有效地進行告知與獲取個人同意而制定的標準。',
        supports: ['code', 'summary'],
      },
    ],
  },

  // ───────────── CAC data-export Q&A (April 2025) ─────────────
  {
    id: 'document:qa-on-policies-for-administration-of-security-of-overseas-data-transfers-april-2025',
    name: 'Q&A on Policies for Administration of the Security of Overseas Data Transfers',
    nameZh: '数据出境安全管理政策问答(2025年4月)',
    kind: 'guideline',
    status: 'final',
    issuers: ['cac'],
    // China Law & Practice gives 5 April 2025, Global Law Office 9 April 2025: the month only.
    promulgated: '2025-04',
    summary:
      'CAC answers to questions it received on data export: the legal basis of the regime, that it reaches only important data and personal information, and that important data is identified under Appendix G of the data classification and grading rules.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2025/05/09/qa-on-policies-for-administration-of-the-security-of-overseas-data-transfers/',
        title: 'China Law & Practice',
        quote:
          'Q&A on Policies for Administration of the Security of Overseas Data Transfers\n\n数据出境安全管理政策问答\n\nCAC defines the necessity for overseas transfer of personal data\n\n(Published by the Cyberspace Administration of China on April 5, 2025.)',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.glo.com.cn/Content/2025/04-30/1546311665.html',
        title: '环球律师事务所',
        quote:
          '2025年4月9日,国家网信办发布了《数据出境安全管理政策问答(2025年4月)》(以下称“《问答》”),在对近期收到的咨询问题进行研究后,公布了一些有代表性的问题和答复。……《问答》特别强调了相关规定不是针对所有数据,只限于重要数据和个人信息',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.loeb.com/en/insights/publications/2025/06/chinas-cac-answers-questions-on-cross-border-data-transfer-in-april-and-may-guidance',
        title: 'Loeb & Loeb',
        quote:
          'In April’s guidance, the CAC starts by explaining China’s legislation hierarchy for data export, with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law laying the foundation … In April’s guidance, the CAC briefly clarified that important data should be identified based on Appendix G to the Rules of Classification and Grading of Important Data.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Network data security risk assessment measures (CAC draft, 2025) ─────────────
  {
    id: 'document:network-data-security-risk-assessment-measures-draft',
    // The final text of June 2026 (new-rules-2025-5.ts) keeps the bare titles; the draft keeps its
    // own rendering and the Chinese title with its draft marker.
    name: 'Measures for Assessing the Risks of Internet Data Security',
    nameZh: '网络数据安全风险评估办法(征求意见稿)',
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2025-12-06',
    summary:
      'CAC draft on how network data security risk assessments are done, under which processors of important data assess their network data processing every year.',
    relations: [
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:network-data-security-management-regulations', source: 0 },
      { type: 'draft_of', target: 'document:network-data-security-risk-assessment-measures', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.declangfang.com/lists.php/about/26010836826832.html?%2Fpage=548968956',
        title: 'declangfang.com (转载中国网信网)',
        quote:
          '为规范网络数据安全风险评估活动,保障网络数据安全,促进网络数据依法合理有效利用,根据《中华人民共和国数据安全法》《网络数据安全管理条例》等法律法规,国家互联网信息办公室起草了《网络数据安全风险评估办法(征求意见稿)》,现向社会公开征求意见。……意见反馈截止时间为2026年1月5日。\n\n  附件:网络数据安全风险评估办法(征求意见稿)\n\n国家互联网信息办公室\n\n2025年12月6日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.gmt8press.com/content/detail/338748',
        title: 'GMT Eight',
        quote:
          'On December 6th, the Cyberspace Administration of China announced the "Measures for Assessing the Risks of Internet Data Security (Draft for Soliciting Opinions)" for public comments.\nOn December 6, the State Internet Information Office openly solicited opinions on the "Network Data Security Risk Assessment Measures (Draft for Solicitation of Comments)." The draft mentions that network data processors handling important data (hereinafter referred to as important data processors) should conduct a risk assessment of their network data processing activities annually.',
        supports: ['name', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
    ],
  },

  // ───────────── State Council opinions on the foreign-investment environment (2023) ─────────────
  {
    id: 'document:opinions-on-further-optimizing-environment-for-foreign-investment-and-increasing-efforts-to-attract-foreign-investment',
    name: 'Opinions on Further Optimizing the Environment for Foreign Investment and Increasing Efforts to Attract Foreign Investment',
    nameZh: '关于进一步优化外商投资环境加大吸引外商投资力度的意见',
    aliases: [
      'Opinions of the State Council on Further Optimizing the Environment for Foreign Investment and Increasing Efforts to Attract Foreign Investment',
      'Opinions on Further Optimizing the Foreign Investment Environment and Strengthening the Efforts to Attract Foreign Investment',
      'Opinions on Further Optimizing the Foreign Investment Environment and Increasing the Attraction of Foreign Investment',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2023-07-25',
    effective: '2023-07-25',
    summary:
      'State Council’s 24 measures in six areas to attract foreign investment, among them exploring a convenient security-management mechanism for cross-border data flows and pilot lists of general data that may flow freely.',
    sources: [
      {
        url: 'https://appinchina.co/government-documents/opinions-of-the-state-council-on-further-optimizing-the-environment-for-foreign-investment-and-increasing-efforts-to-attract-foreign-investment/',
        title: 'AppInChina',
        quote:
          'Opinions of the State Council on Further Optimizing the Environment for Foreign Investment and Increasing Efforts to Attract Foreign Investment\n\nPromulgation Authorities: State Council of the People’s Republic of China\n\nRelease Date: 2023-07-25\n\nEffective Date: 2023-07-25\n\nSource: https://www.gov.cn/zhengce/content/202308/content_6898048.htm\n\nOriginal Title: 国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见',
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://charteredlaws.com/2023/09/opinions-of-the-state-council-on-further-optimizing-the-environment-for-foreign-investment-and-increasing-efforts-to-attract-foreign-investment-opinions',
        title: 'Chartered Laws',
        quote:
          'The Opinions not only encourage pilot regions to explore a convenient security management mechanism for cross-border data flow which helps promote the safe and orderly transfer of data',
        supports: ['summary'],
      },
      {
        url: 'http://www.chongqinglifeguide.com/web/wenzhang.aspx?cId=133427056340535024',
        title: 'Chongqing Life Guide',
        quote:
          'The State Council recently issued the Opinions on Further Optimizing the Foreign Investment Environment and Strengthening the Efforts to Attract Foreign Investment. … The document puts forward 24 policy measures in six areas',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://eucjic.org/index.php?id=132',
        title: 'EU-China Joint Innovation Center',
        quote:
          'Recently, the State Council issued the Opinions on Further Optimizing the Foreign Investment Environment and Increasing the Attraction of Foreign Investment (hereinafter referred to as the Opinions)',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.zhonglun.com/research/articles/54634.html',
        title: '中伦律师事务所',
        quote:
          '2023年8月13日,国务院发布《关于进一步优化外商投资环境加大吸引外商投资力度的意见》,要求探索便利化的数据跨境流动安全管理机制,支持北京、天津、上海、粤港澳大湾区等地试点探索形成可自由流动的一般数据清单。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── NHC health and medical big data measures (2018) ─────────────
  {
    id: 'document:administrative-measures-for-standards-security-and-services-of-national-health-and-medical-big-data',
    name: 'Administrative Measures for Standards, Security, and Services of National Health and Medical Big Data (Trial)',
    nameZh: '国家健康医疗大数据标准、安全和服务管理办法(试行)',
    aliases: [
      'Administrative Measures on the Standards, Security and Service of National Health and Medical Big Data (Trial)',
      'Measures on Administration of Standard, Security and Service for National Healthcare and Medical Data (Trial Implementation)',
    ],
    // Issued by an NHC notice (国卫规划发〔2018〕23号), not as a ministry order.
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc'],
    // Dated 12 July 2018; announced on 13 September 2018 (China Law & Practice, VCBeat).
    promulgated: '2018-07-12',
    summary:
      'NHC rules on the standards, security and services of health and medical big data, including storage on reliable servers within China and a security evaluation before any transfer abroad.',
    sources: [
      {
        url: 'https://m.yaozui.com/p/658488',
        title: '药最网 (国家卫生健康委通知)',
        quote:
          '国卫规划发〔2018〕23号\n……为加强健康医疗大数据服务管理,促进“互联网+医疗健康”发展,充分发挥健康医疗大数据作为国家重要基础性战略资源的作用,根据相关法律法规,我委研究制定了《国家健康医疗大数据标准、安全和服务管理办法(试行)》(可从国家卫生健康委员会官网下载)。现印发你们,请遵照执行。\n国家卫生健康委员会\n2018年7月12日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/50934',
        title: 'VCBeat',
        quote:
          'the National Health Commission had officially issued the “Notice on Issuing the Administrative Measures for Standards, Security, and Services of National Health and Medical Big Data (Trial)” (hereinafter referred to as the “Notice”).',
        supports: ['name', 'kind', 'issuers'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=7084ad8e-0cf0-4cbd-b724-cf8e205e34e0',
        title: 'Lexology',
        quote:
          'The National Health Commission of the People’s Republic of China (“NHC”) issued the Administrative Measures on the Standards, Security and Service of National Health and Medical Big Data (Trial) (“Measures”) on 14 September 2018. … Big data should be securely stored on reliable servers within the territory of China. If big data needs to be transferred overseas, responsible organisations must undertake a security evaluation procedure.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2018/09/26/china-issues-data-protection-measures-for-the-healthcare-and-medical-industry',
        title: 'China Law & Practice',
        quote:
          'The Measures on Administration of Standard, Security and Service for National Healthcare and Medical Data (Trial Implementation) (Measures) (国家健康医疗大数据标准、安全和服务管理办法(试行))was publicly announced on September 13, although the NHC issued them on July 12 this year.',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── Network security of medical and health institutions (2022) ─────────────
  {
    id: 'document:administrative-measures-for-network-security-of-medical-and-health-institutions',
    name: 'Administrative Measures for Network Security of Medical and Health Institutions',
    nameZh: '医疗卫生机构网络安全管理办法',
    aliases: ['Measures for the Cybersecurity Management of Healthcare Institutions'],
    // Issued by a notice (国卫规划发〔2022〕29号).
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc', 'natcm', 'ndcpa'],
    promulgated: '2022-08-08',
    summary:
      'Network security rules for hospitals and other medical and health institutions: each network graded under the multi-level protection scheme from its planning stage, and data kept and processed in China over its whole life cycle.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 1 },
      { type: 'based_on', target: 'document:data-security-law', source: 1 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 1 },
    ],
    sources: [
      {
        url: 'https://fenq.com/three-departments-strengthen-the-network-security-management-of-medical-and-health-institutions-to-prevent-the-occurrence-of-network-security-incidents/',
        title: 'fenq.com (Titanium Media)',
        quote:
          'the National Health and Health Commission, the National Administration of Traditional Chinese Medicine, and the National Bureau of Disease Control and Prevention issued the "Administrative Measures for Network Security of Medical and Health Institutions". For new networks, the network security protection level should be determined during the planning and reporting stages. … The data life cycle activities should be carried out within the country',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://datacompliancechina.com/laws/healthcare-institutions-cybersecurity-measures/',
        title: 'Data Compliance China – Measures for the Cybersecurity Management of Healthcare Institutions',
        quote:
          'Measures for the Cybersecurity Management of Healthcare Institutions. … 医疗卫生机构网络安全管理办法 … Promulgated by: National Health Commission, National Administration of Traditional Chinese Medicine, and National Disease Control and Prevention Administration. Document No.: 国卫规划发〔2022〕29号. Adopted and promulgated on August 8, 2022. Effective upon promulgation. … Article 1. These Measures are formulated, in order to strengthen cybersecurity management at healthcare institutions … in accordance with the Law on the Promotion of Basic Medical and Health Care, the Cybersecurity Law, the Cryptography Law, the Data Security Law, the Personal Information Protection Law',
        supports: ['aliases', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
    ],
  },

  // ───────────── Data security and PI protection of healthcare institutions (2026) ─────────────
  {
    id: 'document:measures-for-administration-of-data-security-and-personal-information-protection-of-healthcare-institutions',
    name: 'Measures for the Administration of Data Security and Personal Information Protection of Healthcare Institutions (Trial)',
    nameZh: '医疗卫生机构数据安全和个人信息保护管理办法(试行)',
    aliases: ['Measures for Data Security and Personal Information Protection of Healthcare Institutions', 'Healthcare Data Security & PI Measures'],
    // Issued jointly by five agencies under 国卫规划发〔2026〕6号.
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc', 'mps', 'cac', 'natcm', 'ndcpa'],
    promulgated: '2026-02-12',
    effective: '2026-02-12',
    summary:
      'First sector rulebook on data security and personal information protection in hospitals and other healthcare institutions: core/important/general data tied to protection levels, full life-cycle security and limits on facial recognition and AI.',
    relations: [
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
      { type: 'based_on', target: 'document:network-data-security-management-regulations', source: 0 },
    ],
    sources: [
      {
        url: 'https://datacompliancechina.com/laws/healthcare-institutions-data-security-pi-measures/',
        title: 'Data Compliance China',
        quote:
          'Measures for the Administration of Data Security and Personal Information Protection of Healthcare Institutions (Trial).\n\n医疗卫生机构数据安全和个人信息保护管理办法(试行)\n\nPromulgated by: National Health Commission, Ministry of Public Security, Cyberspace Administration of China, National Administration of Traditional Chinese Medicine, and National Disease Control and Prevention Administration. Document No.: 国卫规划发〔2026〕6号. Issued on February 12, 2026. Effective on the date of issuance. … Article 1. These Measures are formulated in accordance with … the Data Security Law of the People’s Republic of China, the Personal Information Protection Law of the People’s Republic of China',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://datacompliancechina.com/posts/china-healthcare-data-rulebook-2026',
        title: 'Data Compliance China',
        quote:
          'China\'s Hospitals Get Their Own Data Rulebook: Reading the 2026 Healthcare Data Security & PI Measures\n\nOn 12 February 2026 five agencies … jointly issued the Measures for the Administration of Data Security and Personal Information Protection of Healthcare Institutions (Trial). It is the first operational, sector-specific rulebook that turns the Data Security Law, PIPL, and the Network Data Security Regulation into concrete hospital obligations: a three-tier core/important/general data classification keyed to MLPS levels and commercial cryptography; a five-pillar full-lifecycle security system … limits on facial recognition and AI',
        supports: ['aliases', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://datacompliancechina.com/domains/health/',
        title: 'Data Compliance China – Health & Medical Data',
        quote:
          'the 2026 Measures for Data Security and Personal Information Protection of Healthcare Institutions, the national health and medical big-data measures, healthcare cybersecurity rules',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Filing of minors' PI compliance audits (CAC, 2025) ─────────────
  {
    id: 'document:announcement-on-reporting-minors-personal-information-protection-compliance-audit-status',
    name: 'Announcement on the Filing of Compliance Audits of the Protection of Minors’ Personal Information',
    nameZh: '关于报送未成年人个人信息保护合规审计情况的公告',
    aliases: [
      'Announcement on Submitting the Compliance Audit Status of Minor Personal Information Protection',
      'Announcement on Reporting Compliance Audit of Minors\' Personal Information Protection',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-12-29',
    // "The Announcement takes effect immediately" (Arnold & Porter).
    effective: '2025-12-29',
    summary:
      'CAC announcement, in effect immediately, requiring companies that process minors’ personal information to file the results of their compliance audits at the end of January each year.',
    sources: [
      {
        url: 'https://www.arnoldporter.com/en/perspectives/advisories/2026/01/china-audits-of-the-processing-of-minors-personal-information',
        title: 'Arnold & Porter',
        quote:
          'On December 29, 2025, the Cyberspace Administration of China (CAC, 国家互联网信息办公室) issued the Announcement on the Filing of Compliance Audits of the Protection of Minors’ Personal Information (the Announcement, 关于报送未成年人个人信息保护合规审计情况的公告), which requires companies to file audit results at the end of January each year on whether their processing of minors’ personal information complies with China’s laws and regulations. The Announcement takes effect immediately',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'name'],
      },
      {
        url: 'https://www.rplawyers.com/?p=7047',
        title: 'RPLawyers',
        quote:
          'On 29 December 2025, the Cyberspace Administration of China (CAC) issued the Announcement on Submitting the Compliance Audit Status of Minor Personal Information Protection (the "Announcement").',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.lushenglawyers.com.cn/awards-press/data-newsletter-2026-january-31-deadline-approaching-companies-must-complete-compliance-audit-reporting-on-minors-personal-information-protection',
        title: 'Lusheng Law Firm',
        quote:
          "The Cyberspace Administration of China (CAC) has issued the Announcement on Reporting Compliance Audit of Minors' Personal Information Protection, launched an online reporting system and published the filling instructions, with the reporting deadline confirmed as January 31 each year.",
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────── Basic Medical and Health Care and Health Promotion Law (2019) ─────────────
  {
    id: 'document:law-on-basic-medical-and-health-care-and-health-promotion',
    name: 'Law on Basic Medical and Health Care and Health Promotion',
    nameZh: '基本医疗卫生与健康促进法',
    aliases: [
      'Law on Promotion of Basic Medical and Health Care',
      'Basic Medical and Health Care and Health Promotion Law',
      'Law of the People\'s Republic of China on Basic Medical Hygiene and Health Promotion',
      'Law of the People’s Republic of China on Basic Healthcare and Health Promotion',
    ],
    zhShortNames: ['卫健法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2019-12-28',
    // Presidential Order No. 38 is dated 28 December 2019 (gxyxh.org); China Justice Observer gives 29 December.
    promulgated: '2019-12-28',
    effective: '2020-06-01',
    summary:
      'Law to develop medical and health care, ensure citizens’ access to basic medical and health services, improve their health and promote the building of a Healthy China.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/law-on-promotion-of-basic-medical-and-health-care-of-china/intro',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          "Law on Promotion of Basic Medical and Health Care of China (2019)\n\n基本医疗卫生与健康促进法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Dec 29, 2019\n\nEffective date Jun 01, 2020\n\nValidity status Valid",
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fbaike.baidu.com%2Fitem%2F%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9F%BA%E6%9C%AC%E5%8C%BB%E7%96%97%E5%8D%AB%E7%94%9F%E4%B8%8E%E5%81%A5%E5%BA%B7%E4%BF%83%E8%BF%9B%E6%B3%95%2F22860967%3FfromModule%3Dlemma_inlink&source=url&to=en',
        title: 'Baidu Baike (machine translation)',
        quote:
          "The Law of the People's Republic of China on Basic Medical and Health Care and Health Promotion is a law formulated in accordance with the Constitution to develop medical and health care, ensure citizens' access to basic medical and health services, improve citizens' health level, and promote the construction of a healthy China.\nOn December 28, 2019, it was adopted at the 15th meeting of the Standing Committee of the 13th National People's Congress and implemented on June 1, 2020.",
        supports: ['name', 'kind', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://en.gxyxh.org/News_read_id_807.shtml',
        title: 'gxyxh.org',
        quote:
          "Law of the People's Republic of China on Basic Medical Hygiene and Health Promotion\n(Adopted at the 15th meeting of the Standing Committee of the 13th National People's Congress on December 28, 2019)\nPresidential Decree of the People's Republic of China\n38th",
        supports: ['aliases', 'adopted', 'promulgated'],
      },
      {
        url: 'http://en.gxyxh.org/News_read_id_807.shtml',
        title: 'gxyxh.org',
        quote: 'President of the People\'s Republic of China Xi Jinping\nDecember 28, 2019',
        supports: ['promulgated'],
      },
      {
        url: 'https://aemclp.com/post/35622.html',
        title: 'aemclp.com (天达共和律师事务所解读)',
        quote:
          '《中华人民共和国基本医疗卫生与健康促进法》(下称“《卫健法》”)在历经了漫长的调研、起草、草案出台及四次审议过程后,终于抢在2019年岁末“靴子落地”,12月28日由第十三届全国人大常委会第十五次会议审议通过,并将于2020年6月1日起正式施行。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://datacompliancechina.com/domains/health/',
        title: 'Data Compliance China – Health & Medical Data',
        quote: 'real-world clinical-data guidance, and the foundational Basic Medical and Health Care and Health Promotion Law.',
        supports: ['aliases'],
      },
      {
        url: 'https://datacompliancechina.com/laws/healthcare-institutions-data-security-pi-measures/',
        title: 'Data Compliance China',
        quote:
          'the Personal Information Protection Law of the People’s Republic of China, the Law of the People’s Republic of China on Basic Healthcare and Health Promotion, the Regulation on Network Data Security Management, and other laws and administrative regulations',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Biosecurity Law (2020) ─────────────
  {
    id: 'document:biosecurity-law',
    name: 'Biosecurity Law',
    nameZh: '生物安全法',
    aliases: ['Biosafety Law of the People\'s Republic of China'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2020-10-17',
    effective: '2021-04-15',
    amended: ['2024-04-26'],
    summary:
      'Framework law on biosecurity: 11 basic systems for biosecurity risk prevention and control, covering among others biotechnology, laboratories and the security of human genetic and biological resources.',
    sources: [
      {
        url: 'https://laitimes.com/en/article/6v9au_7blkq.html',
        title: 'laitimes',
        quote:
          "Biosecurity Law of the People's Republic of China\n\n(Adopted at the 22nd Session of the Standing Committee of the 13th National People's Congress on October 17, 2020 and amended in accordance with the Decision on Amending the Agricultural Technology Promotion Law of the People's Republic of China, the Law of the People's Republic of China on the Protection of Minors, and the Biosecurity Law of the People's Republic of China at the 9th Session of the Standing Committee of the 14th National People's Congress on April 26, 2024)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.foodmatenet.com/tag/biosecurity/',
        title: 'FoodMate',
        quote:
          'On October 17, 2020, the”Biosafety Law of the People’s Republic of China” (hereinafter referred to as the”Biosafety Law”) was deliberated and adopted at the 22nd meeting of the 13th National People’s Congress Standing Committee, and will come into force on April 15, 2021 .',
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://en.people.cn/n3/2021/0416/c90000-9840082.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          "BEIJING, April 15 (Xinhua) -- China's Biosecurity Law went into effect on Thursday … Consisting of 10 chapters and 88 articles, the law stipulates the establishment of 11 basic systems for biosecurity risk prevention and control … It also focuses on potential biosecurity risks in several fields including the research, development and application of biotechnology, laboratory biosafety, human genetic and biological resource safety",
        supports: ['name', 'effective', 'summary'],
      },
      {
        url: 'https://flfgdq.cn/law/%e4%ba%ba%e7%b1%bb%e9%81%97%e4%bc%a0%e8%b5%84%e6%ba%90%e7%ae%a1%e7%90%86%e6%9d%a1%e4%be%8b%e5%ae%9e%e6%96%bd%e7%bb%86%e5%88%99-2023%e5%b9%b4',
        title: 'flfgdq.cn (人类遗传资源管理条例实施细则)',
        quote: '根据《中华人民共和国生物安全法》、《中华人民共和国人类遗传资源管理条例》(以下称《条例》)等有关法律、行政法规,制定本实施细则。',
        supports: ['nameZh'],
      },
      {
        url: 'https://paper.i21st.cn/m/story/148910.html',
        title: '21st Century (21英文报)',
        quote: 'In October last year, China decided to make a new law (法律) on biosecurity (生物安全). The Biosecurity Law will take effect on April 15.',
        supports: ['nameZh', 'effective'],
      },
    ],
  },

  // ───────────── Human Genetic Resources Regulations (State Council, 2019) ─────────────
  {
    id: 'document:regulations-on-administration-of-human-genetic-resources',
    name: 'Regulations on the Administration of Human Genetic Resources',
    nameZh: '人类遗传资源管理条例',
    aliases: ['Regulations on Human Genetic Resources Management'],
    zhShortNames: ['国务院令第717号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2019-03-20',
    promulgated: '2019-05-28',
    effective: '2019-07-01',
    // State Council Order No. 777 moved the competent department from MOST to the health authority, from 1 May 2024.
    amended: ['2024-05-01'],
    summary:
      'State Council regulations on collecting, storing, using and providing abroad China’s human genetic resources: foreign parties need Chinese partners, and opening or providing the information abroad is recorded and security-reviewed where it may affect public health or national security.',
    sources: [
      {
        url: 'http://fxyzyrc.xynu.edu.cn/info/1009/1183.htm',
        title: 'xynu.edu.cn (国务院令第717号)',
        quote:
          '中华人民共和国人类遗传资源管理条例\n国务院\n中华人民共和国国务院令\n第717号\n《中华人民共和国人类遗传资源管理条例》已经2019年3月20日国务院第41次常务会议通过,现予公布,自2019年7月1日起施行。\n总理 李克强\n2019年5月28日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'zhShortNames'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=fd2bb402-33d5-4ba7-85a7-c5383cb11526',
        title: 'Lexology',
        quote:
          '(1) human genetic resources data, regulated under the Biosecurity Law and the Regulations on the Administration of Human Genetic Resources',
        supports: ['name'],
      },
      {
        url: 'https://www.mondaq.com/china/healthcare/1682158/hankun-quick-comment-%7C-the-regulations-on-human-genetic-resources-management-are-revised-again',
        title: 'Mondaq (Han Kun)',
        quote:
          'Hankun • Quick Comment | The Regulations On Human Genetic Resources Management Are Revised Again … 3月15日,中央人民政府官网发布国令第777号《国务院关于修改和废止部分行政法规的决定》（" 《决定》"），明确将《人类遗传资源管理条例》（" 《条例》"）中有关人类遗传资源管理的主管部门由"国务院科学技术行政部门"（" 科技部"）修改为"国务院卫生健康主管部门"（" 卫健委"）。通知显示，相应修改将于2024年5月1日起施行。',
        supports: ['aliases', 'nameZh', 'amended'],
      },
      {
        url: 'http://sunvps.com/a/xingyaotupian/2019/0611/1251.html',
        title: 'sunvps.com (China Daily 双语)',
        quote:
          '该文件称,如果外国组织和由外国实体创建或控制的国内机构需要在中国进行科学研究,它们将不得不与中国合作伙伴合作。\n任何将人类遗传资源信息向公众开放或向外国提供此类信息的行为都应予以记录。如果这种行为有可能影响公共卫生、国家安全或公共利益,就必须对其进行安全审查。',
        supports: ['summary'],
      },
      {
        url: 'https://flfgdq.cn/law/%e4%ba%ba%e7%b1%bb%e9%81%97%e4%bc%a0%e8%b5%84%e6%ba%90%e7%ae%a1%e7%90%86%e6%9d%a1%e4%be%8b%e5%ae%9e%e6%96%bd%e7%bb%86%e5%88%99-2023%e5%b9%b4',
        title: 'flfgdq.cn (人类遗传资源管理条例实施细则)',
        quote: '根据《中华人民共和国生物安全法》、《中华人民共和国人类遗传资源管理条例》(以下称《条例》)等有关法律、行政法规,制定本实施细则。',
        supports: ['nameZh'],
      },
    ],
  },
  {
    // The graph's newsletter entry is the first edition (2022); pages citing the second name it with its edition.
    id: 'document:guide-to-applications-for-security-assessment-of-outbound-data-second-edition',
    name: 'Guide to Declaration for Data Cross-border Transfer Security Assessment (Second Version)',
    nameZh: '数据出境安全评估申报指南(第二版)',
    kind: 'guideline',
    status: 'final',
    promulgated: '2024-03-22',
    effective: '2024-03-22',
    summary:
      'The second edition of the guide to applying for a security assessment of outbound data, published and in force from 22 March 2024 together with the Provisions on Promoting and Regulating Cross-Border Data Flows.',
    relations: [{ type: 'implements', target: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows', source: 0 }],
    sources: [
      {
        url: 'https://www.icourt.cc/prac-document/157293.html',
        title: 'icourt.cc',
        quote:
          '2024年3月22日,《促进和规范数据跨境流动规定》(以下称“数据出境新规”或“新规”)以及配套的《数据出境安全评估申报指南(第二版)》(以下称“CBDT-SA指南(第二版)”)和《个人信息出境标准合同备案指南(第二版)》(以下称“SCC备案指南(第二版)”)发布并生效。 … on March 22, 2024, the Provisions on Facilitating and Regulating Cross-border Transfer of Data (hereinafter referred to as the "Provisions") along with the accompany Guide to Declaration for Data Cross-border Transfer Security Assessment (Second Version) (hereinafter referred to as the "CBDT-SA Guide") and Guide to the Filing of Standard Contract for Cross-border Transfer of Personal Information (Second Version) (hereinafter referred to as the "SCC Guide") are formally issued and effective.',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'effective', 'relations', 'summary'],
      },
    ],
  },
];
