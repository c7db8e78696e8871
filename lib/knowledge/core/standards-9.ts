/**
 * Curated core layer: data security, personal information and AI labelling standards of 2023–2025
 * that compliance pages cite by code or title — data security risk assessment (GB/T 45577-2025),
 * personal information protection compliance audits (GB/T 46903-2025 and the TC260 practice guide
 * on the same subject), certification of cross-border personal information processing
 * (GB/T 46068-2025), information erasure of electronic products (GB 46864-2025), data interface
 * risk monitoring (GB/T 46796-2025) and the TC260 practice guide on labelling generative AI content
 * (2023); app SDK security (GB/T 43435-2023), pre-installed apps (GB/T 43445-2023), terminals'
 * management of app personal information processing (GB/T 47469-2026) and TC260's 2026 draft
 * practice guide on AI application security. Every filled field is backed by a verbatim quote from
 * a stored public page.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_STANDARDS_9: CoreInstrument[] = [
  // ───────────────────────── GB/T 45577-2025 ─────────────────────────
  {
    id: 'document:data-security-risk-assessment-method',
    name: 'Data Security Technology—Risk Assessment Method for Data Security',
    nameZh: '数据安全技术 数据安全风险评估方法',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2025-04-25',
    effective: '2025-11-01',
    code: 'GB/T 45577-2025',
    summary:
      'Recommended national standard describing how data handlers and third-party assessors carry out data security risk assessments: process, content and methods of analysis and evaluation.',
    sources: [
      {
        url: 'https://www.bzchaxun.com/view/7126026055000000.html',
        title: '标准查询 – GB/T 45577-2025 数据安全技术 数据安全风险评估方法',
        quote:
          'GB/T 45577-2025 数据安全技术 数据安全风险评估方法 GB/T 45577-2025 Data security technology—Risk assessment method for data security 基本信息 本文件适用于指导数据处理者、第三方评估机构开展数据安全风险评估,也可供有关主管监管部门实施数据安全检查评估时参考。',
        supports: ['name', 'nameZh', 'code', 'summary'],
      },
      {
        url: 'https://www.bzchaxun.com/view/7126026055000000.html',
        title: '标准查询 – GB/T 45577-2025 数据安全技术 数据安全风险评估方法',
        quote:
          '中华人民共和国国家标准 GB/T45577—2025 数据安全技术数据安全风险评估方法 Datasecuritytechnology—Riskassessmentmethodfordatasecurity 2025-04-25发布2025-11-01实施 国家市场监督管理总局发布 国家标准化管理委员会',
        supports: ['nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://idataserch.com/docs/ZIrGoHJY',
        title: '数据安全风险评估方法(GBT45577-2025)',
        quote:
          '本文件描述了数据安全风险评估的基本概念、要素关系、分析原理给出了数据安全风险评估的实施流程、评估内容、分析评价方法等。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 46903-2025 ─────────────────────────
  {
    id: 'document:personal-information-protection-compliance-audit-requirements',
    name: 'Data Security Technology—Personal Information Protection Compliance Audit Requirements',
    nameZh: '数据安全技术 个人信息保护合规审计要求',
    aliases: [
      'Data Security Technology- Personal Information Protection Compliance Audit Requirements',
      'Data Security Technology Personal Information Protection Compliance Audit Requirements',
    ],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2025-12-31',
    effective: '2026-07-01',
    code: 'GB/T 46903-2025',
    summary:
      'Recommended national standard on how personal information protection compliance audits under the PIPL are run: principles, audit process, auditors, audit content and methods.',
    relations: [{ type: 'implements', target: 'document:personal-information-protection-law', source: 2 }],
    sources: [
      {
        url: 'https://www.wendangjia.com/dianzi/gb-t-46903-2025.html',
        title: '文档家 – GB/T 46903-2025 标准详情',
        quote:
          'GB/T 46903-2025 即将实施 数据安全技术 个人信息保护合规审计要求 Data security technology—Personal information protection compliance audit requirements 标准内容导航 标准状态 2025-12-31 2026-07-01 标准信息 国家标准委 国家市场监督管理总局、国家标准化管理委员会',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://prod.hsf-prod.magnolia-platform.com/notes/data/2024-posts/Spotlight-on-China--Prepare-for-the-Personal-Information-Protection-Compliance-Audit',
        title: 'Herbert Smith Freehills – Spotlight on China: Prepare for the Personal Information Protection Compliance Audit',
        quote:
          'On July 12, 2024, TC 260, the technical committee responsible for standardization of information security in China, issued the National Standard ‘Data Security Technology- Personal Information Protection Compliance Audit Requirements’ (Draft Standard) as part of a consultation process to solicitate public comments until September 11, 2024.',
        supports: ['aliases', 'kind'],
      },
      {
        url: 'https://conventuslaw.com/featured-content/china-key-points-analysis-and-compliance-response-of-data-security-technology-personal-information-protection-compliance-audit-requirements',
        title: 'Conventus Law – Key Points Analysis of “Data Security Technology Personal Information Protection Compliance Audit Requirements”',
        quote:
          'On July 12, 2024, the National Cybersecurity Standardization Technical Committee (“CNSC”) issued the draft “Data Security Technology Personal Information Protection Compliance Audit Requirements” (“Audit Requirements”) for public comments until September 11, 2024. The Audit Requirements stipulates the audit principles and overall audit requirements for conducting personal information protection compliance audits in accordance with the Personal Information Protection Law, clarifies the audit process specifications, audit personnel requirements, audit implementation methods and steps, specific audit content and audit methods',
        supports: ['aliases', 'summary', 'relations'],
      },
      {
        url: 'https://gaopenglaw.com/content/details11_4852.html',
        title: '高朋律师事务所 – 《个人信息保护合规审计管理办法》解读',
        quote:
          '2024年7月12日,全国信息安全标准化技术委员会发布国家标准《数据安全技术个人信息保护合规审计要求(征求意见稿)》。',
        supports: ['nameZh', 'kind'],
      },
    ],
  },


  // ───────────────────────── GB/T 46068-2025 ─────────────────────────
  {
    id: 'document:security-certification-requirements-for-cross-border-processing-of-personal-information',
    name: 'Data Security Technology – Security Certification Requirements for Cross-border Processing Activities of Personal Information',
    nameZh: '数据安全技术 个人信息跨境处理活动安全认证要求',
    aliases: ['Data Security Technology - Security Certification Requirements for Cross-border Processing Activities of Personal Information'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    effective: '2026-03-01',
    code: 'GB/T 46068-2025',
    summary:
      'Recommended national standard, the basis of personal information protection certification for cross-border transfers: the principles, requirements and data-subject safeguards parties to cross-border processing must meet.',
    relations: [{ type: 'implements', target: 'document:personal-information-protection-law', source: 1 }],
    sources: [
      {
        url: 'https://hunton.sitepilot11.firmseek.com/privacy-and-information-security-law/personal-information-protection-certification-one-data-export-mechanism-in-china',
        title: 'Hunton Andrews Kurth – Personal Information Protection Certification – One Data Export Mechanism in China',
        quote:
          'If a data handler decides to rely on certification, it may also refer to these two guidelines for more details: Cybersecurity Standard Practice Guide—Security Certification Specification for Cross-Border Processing of Personal Information (V2.0) (TC260-PG-20222A)( 关键信息安全标准使用指南), and Data Security Technology - Security Certification Requirements for Cross-border Processing Activities of Personal Information (GB/T 46068—2025) (国家标准|GB/T 46068-2025).',
        supports: ['name', 'aliases', 'code', 'kind'],
      },
      {
        url: 'http://m.hfxdc.cn/p/1183357.html',
        title: '我国个人信息跨境安全管理领域首项国家标准发布 (转载)',
        quote:
          '近日,市场监管总局(国家标准委)批准发布《数据安全技术个人信息跨境处理活动安全认证要求》(GB/T46068-2025)推荐性国家标准,将于2026年3月1日正式实施。该标准由中国网络安全审查认证和市场监管大数据中心牵头编制,是我国个人信息跨境安全管理领域的首项国家标准,规定了跨境处理个人信息时相关方应遵守的基本原则、基本要求和个人信息主体权益保障要求,为规范个人信息跨境处理活动提供了依据。 … 为落实《中华人民共和国个人信息保护法》关于个人信息跨境提供安全管理的要求,国家市场监督管理总局、国家互联网信息办公室联合发布公告,建立个人信息保护认证制度。组织制定该项标准,旨在为个人信息保护认证提供依据标准',
        supports: ['nameZh', 'code', 'kind', 'status', 'issuers', 'effective', 'summary', 'relations'],
      },
    ],
  },

  // ───────────────────────── GB 46864-2025 ─────────────────────────
  {
    id: 'document:technical-requirements-for-information-sanitization-of-electronic-products',
    name: 'Data Security Technology – Technical Requirements for Information Sanitization of Electronic Products',
    nameZh: '数据安全技术 电子产品信息清除技术要求',
    aliases: [
      'Data security technology – Technical requirements for information sanitization of electronic products',
      'Data Security Technology: Technical Requirements for Information Erasure of Electronic Products',
      'Data Security Technology Electronic Product Information Removal Technical Requirements',
    ],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2025-12-02',
    effective: '2027-01-01',
    code: 'GB 46864-2025',
    summary:
      'Mandatory national standard on erasing user data from electronic products with non-volatile storage: built-in erasure functions for makers, erasure and verification duties for recyclers before resale or export.',
    sources: [
      {
        url: 'https://sesec.eu/?p=7269',
        title: 'SESEC – Chinese Released New Mandatory National Standard of Data Security',
        quote:
          'On December 2, 2025, the National Standardization Administration of China (SAC) released a new mandatory national standard, GB 46864-2025 Data security technology – Technical requirements for information sanitization of electronic products. The standard will take effect on 1 January 2027. The standard specifies the basic requirements, functional requirements, and procedural requirements for information sanitization (or erasure) of electronic products. It applies to electronic products with non-volatile storage media that are manufactured and sold within China.',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://max.book118.com/html/2025/1221/8012017135010024.shtm',
        title: '原创力文档 – GB 46864—2025 数据安全技术 电子产品信息清除技术要求',
        quote:
          'ICS35.030CCSL80 GB46864—2025 数据安全技术电子产品信息清除 技术要求 Datasecuritytechnology—Technicalrequirementsforinformation sanitizationofelectronicproducts 2025-12-02发布2027-01-01实施',
        supports: ['nameZh', 'code', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.tropicalhainan.com/afraid-to-sell-your-old-computer-or-phone-new-china-rules-for-data-safety',
        title: 'Tropical Hainan – New China rules for data safety on old phones and computers',
        quote:
          'A new national standard, GB 46864–2025, officially titled Data Security Technology: Technical Requirements for Information Erasure of Electronic Products, has been released. According to published reports, it will come into force on 1 January 2027.',
        supports: ['aliases', 'code', 'effective'],
      },
      {
        url: 'https://www.webull.com.my/news-detail/14016670706091008',
        title: 'Zhitong Caijing (Webull) – mandatory national standard on electronic product information removal',
        quote:
          'On December 2, the mandatory national standard “Data Security Technology Electronic Product Information Removal Technical Requirements” proposed and consolidated by the Central Internet Information Office was approved and issued by the State Administration of Market Supervision and Administration and the National Standardization Administration, and will be officially implemented on January 1, 2027.',
        supports: ['aliases', 'kind', 'issuers', 'effective'],
      },
      {
        url: 'https://www.newsgd.com/node_1299786306/695c5b8eb2.shtml',
        title: 'Newsgd – China releases mandatory national standard on information erasure for electronic products',
        quote:
          'Under the standard, manufacturers are required to provide built-in data erasure functions. … They are also required to use compliant tools to erase user data, verify the effectiveness of erasure before resale, and ensure that devices containing uncleared data are not resold or exported.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 46796-2025 ─────────────────────────
  {
    id: 'document:data-interface-security-risk-monitoring-methods',
    name: 'Data Security Technology — Data Interface Security Risk Monitoring Methods',
    nameZh: '数据安全技术 数据接口安全风险监测方法',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2025-12-02',
    effective: '2026-07-01',
    code: 'GB/T 46796-2025',
    summary:
      'Recommended national standard setting out methods by which data handlers and third-party bodies monitor the security risks of data interfaces.',
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/35907-national-information-security-standardisation-technical-committee-implements-standard-data-interface-security-risk-monitoring-methods-gbt-46796-2025',
        title: 'Digital Policy Alert – standard data interface security risk monitoring methods (GB/T 46796-2025)',
        quote:
          'The standard sets out security risk monitoring methods in relation to data interfaces, aiming to guide data processors in carrying out risk monitoring work. … 2025-12-02 adopted On 2 December 2025, the National Information Security Standardisation Technical Committee (TC260) a… 2026-07-01 in force',
        supports: ['code', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/35907-national-information-security-standardisation-technical-committee-implements-standard-data-interface-security-risk-monitoring-methods-gbt-46796-2025',
        title: 'Digital Policy Alert – standard data interface security risk monitoring methods (GB/T 46796-2025)',
        quote: "the National Information Security Standardisation Technical Committee's standard data interface security risk monitoring methods (GB/T 46796-2025) enters into force.",
        supports: ['code', 'kind'],
      },
      {
        url: 'https://www.mul-e.cn/post/数据安全技术-数据接口安全风险监测方法-全文',
        title: '数据安全技术 数据接口安全风险监测方法 | 全文',
        quote:
          '中华人民共和国国家标准 GB/T 46796-2025 数据安全技术数据接口安全风险监测方法 国家市场监督管理总局 国家标准化管理委员会 … 本文件适用于指导数据处理者、第三方机构开展数据接口安全风险监测工作,主管(监管)部门实施数据接口安全风险监督管理时参考使用。',
        supports: ['nameZh', 'code', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=9ad6a8ffb2a5418a8ed27a02aff9aab7',
        title: 'Watson & Band – TC260 Seeks Comments on the Data Security Technology — Data Interface Security Risk Monitoring Methods',
        quote:
          'On August 6, the National Technical Committee 260 on Cyber-security Standardization Administration of China (TC260) released the national standard "Data Security Technology — Data Interface Security Risk Monitoring Methods (Draft for Comment)" (the "Draft") for public comments until October 1, 2024.',
        supports: ['name', 'kind'],
      },
    ],
  },

  // ─────────── TC260 practice guide: labelling content of generative AI services (2023) ───────────
  {
    id: 'document:practice-guide-method-for-labeling-content-in-generative-ai-services',
    name: 'Practical Guidelines for Cybersecurity Standards – Method for Tagging Content in Generative Artificial Intelligence Services',
    nameZh: '网络安全标准实践指南——生成式人工智能服务内容标识方法',
    aliases: ['Practical Guide to Cybersecurity Standards -- Method for Labeling Content in Generative Artificial Intelligence Services'],
    zhShortNames: ['生成式人工智能服务内容标识方法'],
    kind: 'technical_document',
    status: 'final',
    issuers: ['tc260'],
    promulgated: '2023-08-25',
    summary:
      'TC260 practice guide giving technical guidance on how generative AI service providers tag the text, images, audio and video their services generate.',
    relations: [{ type: 'implements', target: 'document:interim-measures-for-management-of-generative-artificial-intelligence-services', source: 0 }],
    sources: [
      {
        url: 'https://www.insideprivacy.com/artificial-intelligence/labeling-of-ai-generated-content-new-guidelines-released-in-china/',
        title: 'Covington Inside Privacy – Labeling of AI-Generated Content: New Guidelines Released in China',
        quote:
          'On August 25, 2023, China’s National Information Security Standardization Technical Committee (“TC260”) released the final version of the Practical Guidelines for Cybersecurity Standards – Method for Tagging Content in Generative Artificial Intelligence Services (《网络安全标准实践指南——生成式人工智能服务内容标识方法》) (“Tagging Standard”) … Under China’s Interim Administrative Measures for Generative Artificial Intelligence Services (“genAI Regulation”), which took effect on August 15, 2023 and discussed here, service providers must add tags on images, videos, and other content generated by generative artificial intelligence (“genAI”) services',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.insideprivacy.com/artificial-intelligence/labeling-of-ai-generated-content-new-guidelines-released-in-china/',
        title: 'Covington Inside Privacy – Labeling of AI-Generated Content: New Guidelines Released in China',
        quote:
          'To implement such tagging requirements, the Tagging Standard provides detailed technical guidance on how to tag content, including “texts, images, audio, and videos,” generated by genAI services.',
        supports: ['summary', 'relations'],
      },
      {
        url: 'https://www.akingump.com/en/insights/ai-law-and-regulation-tracker/technical-committee-issues-practical-guide-to-cybersecurity-standards-method-for-labeling-content',
        title: 'Akin – Technical Committee Issues Practical Guide to Cybersecurity Standards -- Method for Labeling Content',
        quote:
          'On August 8, 2023, the National Information Security Standardization Technical Committee issued the draft Practical Guide to Cybersecurity Standards -- Method for Labeling Content in Generative Artificial Intelligence Services, available here in Chinese, for public comments by August 11. The guidance provides that text, such as “Generated by Artificial Intelligence” or “AI-Generated” at a minimum, should be continuously displayed where AI-generated content is presented.',
        supports: ['aliases', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 43435-2023 ─────────────────────────
  {
    id: 'document:security-requirements-for-sdk-in-mobile-internet-applications',
    name: 'Information Security Technology—Security Requirements for Software Development Kit (SDK) in Mobile Internet Applications (App)',
    nameZh: '信息安全技术 移动互联网应用程序(App)软件开发工具包(SDK)安全要求',
    aliases: ['Information security technology—Security requirements for software development kit (SDK) in mobile internet applications (App)'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-11-27',
    effective: '2024-06-01',
    code: 'GB/T 43435-2023',
    summary:
      'Recommended national standard, the first on SDKs: security requirements for designing, developing, releasing, operating and ending app SDKs and for the personal information they process.',
    sources: [
      {
        url: 'https://www.gbstd.com/en-us/view/6215111012000000.html',
        title: 'GBSTD – GB/T 43435-2023',
        quote:
          'GB/T 43435-2023 Information security technology—Security requirements for software development kit (SDK) in mobile internet applications (App) Publish Date: 2023-11-27 Implement Date: 2024-06-01 … Standard Type: National standards Standard Status: Active … This document specifies the security requirements for the design, development, release, operation, and termination of mobile Internet application (App) software development kits (SDKs), as well as personal information processing activities.',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://m.ituling.com/a/review/17017056004151071.html',
        title: '图灵 – 每日互动牵头起草的首份SDK国家标准正式发布',
        quote:
          '2023年11月27日,国家市场监督管理总局、国家标准化管理委员会共同宣布,中华人民共和国国家标准公告(2023年第13号)中包含了三项关键国家标准的发布。在这批标准中,特别值得一提的是《信息安全技术 移动互联网应用程序(App)软件开发工具包(SDK)安全要求》的正式出台,这是中国首部针对SDK安全性的国家标准。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 43445-2023 ─────────────────────────
  {
    id: 'document:basic-security-requirements-for-pre-installed-applications-on-smart-mobile-terminals',
    name: 'Information Security Technology—Basic Security Requirements for Pre-installed Applications on Smart Mobile Terminals',
    nameZh: '信息安全技术 移动智能终端预置应用软件基本安全要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-11-27',
    effective: '2024-06-01',
    code: 'GB/T 43445-2023',
    summary:
      'Recommended national standard on apps pre-installed on smart mobile terminals: uninstallability, security technology and personal information requirements, and security management of pre-installation.',
    sources: [
      {
        url: 'https://guifanku.com/875287.html',
        title: '规范库 – GB/T 43445-2023 信息安全技术 移动智能终端预置应用软件基本安全要求',
        quote:
          'ICS 35.030 CCS L 80 B 中华人民共和国国家标准 GB/T 43445-2023 信息安全技术 移动智能终端预置应用 软件基本安全要求 Information security technologyBasic security requirements for pre-installed applications on smart mobile terminals 2023-11-27发布 2024-06-01实施 国家市场监督管理总局 国家标准化管理委员会 发布',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://guifanku.com/875287.html',
        title: '规范库 – GB/T 43445-2023 信息安全技术 移动智能终端预置应用软件基本安全要求',
        quote:
          '目次 前言 1范围 2规范性引用文件 3术语和定义 4安全功能要求 4.1可卸载要求 4.2卸裁安全要求 4.3安全技术要求 4.4个人信息安全要求 5安全管理要求 5.1预置环节安全管理 5.2预置应用软件安全管理 5.3预置应用软件安全信息明示 5.4安全问题响应',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 47469-2026 ─────────────────────────
  {
    id: 'document:management-guidance-for-smart-mobile-terminals-on-app-personal-information-processing',
    name: 'Data Security Technology—Management Guidance for Smart Mobile Terminals on Personal Information Processing of Mobile Internet Applications',
    nameZh: '数据安全技术 移动智能终端的移动互联网应用程序(App)个人信息处理活动管理指南',
    aliases: ['Data security technology—Management guidance for smart mobile terminals on personal information processing of mobile internet applications'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2026-04-30',
    effective: '2026-11-01',
    code: 'GB/T 47469-2026',
    summary:
      'Recommended national standard guiding smart mobile terminals in managing the personal information processing of the mobile apps on them.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2047469-2026',
        title: 'ChineseStandards.org – GB/T 47469-2026',
        quote:
          'GB/T 47469-2026 Upcoming Data security technology—Management guidance for smart mobile terminals on personal information processing of mobile internet applications 数据安全技术 移动智能终端的移动互联网应用程序(App)个人信息处理活动管理指南 Standard Type GBT ICS 35.030 CCS L80 Status Upcoming Issue Date 2026-04-30 Implementation 2026-11-01 Centralized Committee 国家标准委 Issuing Authority 国家市场监督管理总局、国家标准化管理委员会',
        supports: ['name', 'aliases', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ─────────── TC260 practice guide: AI application security guidelines, general principles (draft, 2026) ───────────
  {
    id: 'document:practice-guide-ai-application-security-guidelines-general-principles-draft',
    name: 'Cybersecurity Standard Practice Guide – Artificial Intelligence Application Security Guidelines: General Principles',
    nameZh: '人工智能应用安全指引总则',
    aliases: [
      'cybersecurity standard practice guide – Artificial Intelligence (AI) application security guidelines: general principles',
      'Artificial Intelligence (AI) application security guidelines: general principles',
    ],
    kind: 'technical_document',
    status: 'draft',
    issuers: ['tc260'],
    promulgated: '2026-01-13',
    summary:
      'Draft practice guide of the National Cybersecurity Standardisation Technical Committee giving principles and general security guidance for AI applications across their life cycle, from planning to decommissioning, with five security grades.',
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/37083-national-cybersecurity-standardisation-technical-committee-opened-consultation-on-cybersecurity-standard-practice-guide-on-artificial-intelligence-application-security-guidelines-general-principles',
        title: 'Digital Policy Alert – consultation on the practice guide on AI application security guidelines: general principles',
        quote:
          'On 13 January 2026, the National Cybersecurity Standardisation Technical Committee launched a public consultation on the cybersecurity standard practice guide – Artificial Intelligence (AI) application security guidelines: general principles, until 27 January 2026. The draft sets out general principles and common security guidance for AI applications across their full life cycle, including preliminary planning, design and development, verification and validation, deployment, operation and monitoring, continuous verification and assessment, and retirement and decommissioning.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://reportify.cn/reports/1211780992356978688',
        title: 'Reportify – 人工智能应用安全指引总则',
        quote:
          '人工智能应用安全指引总则 2026-01-22 17:55 报告行业投资评级 * 该文件为一份技术标准实践指南的征求意见稿 … 确定应用的安全分级(分为低、一般、较大、重大、特别重大五级)',
        supports: ['nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
];

/** Other names of standards other files hold, merged onto them in index.ts. */
export const OTHER_NAMES_STANDARDS_9: CoreOtherNames[] = [
  {
    id: 'document:labeling-method-for-content-generated-by-artificial-intelligence',
    aliases: [
      'Cybersecurity Technology — Identification Methods for AI-Generated Synthetic Content',
      'Cybersecurity Technology — Identification Methods for Artificial Intelligence Generated Synthetic Content',
      'Cybersecurity technology—Labelling method for content generated by artificial intelligence',
    ],
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/33155-tc260-adopted-guidelines-on-cybersecurity-protection-for-ai-generated-synthetic-content-identification-metadata',
        title: 'Digital Policy Alert – TC260 adopted guidelines on security protection of AI-generated content identification metadata',
        quote:
          'in alignment with the mandatory national standard GB 45438-2025 Cybersecurity Technology — Identification Methods for AI-Generated Synthetic Content.',
        supports: ['aliases'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/33150-tc260-adopted-guidelines-on-identification-methods-for-ai-generated-synthetic-video-content',
        title: 'Digital Policy Alert – TC260 adopted guidelines on identification methods for AI-generated synthetic video content',
        quote:
          'formulated to implement the Artificial Intelligence Generated Synthetic Content Identification Measures in accordance with the mandatory national standard GB 45438-2025 Cybersecurity Technology — Identification Methods for Artificial Intelligence Generated Synthetic Content.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.dataprotectionreport.com/2024/10/chinas-proposed-ai-labelling-regulations-key-points/',
        title: 'Norton Rose Fulbright Data Protection Report – China’s proposed AI labelling regulations: key points',
        quote:
          'the Cyberspace Administration of China (the CAC) recently issued two draft regulations for public consultation: Measures for Labelling Artificial Intelligence-Generated or Synthetic Content (the Draft AI Labelling Measures) and Cybersecurity technology—Labelling method for content generated by artificial intelligence (the Draft Labelling Method Standard). The Draft Labelling Method Standard is a mandatory national standard',
        supports: ['aliases'],
      },
    ],
  },
];

