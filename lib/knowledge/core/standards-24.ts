/**
 * Curated core layer: national standards on personal information, biometric data, payment data,
 * risk assessment and the cybersecurity workforce that data and cybersecurity compliance pages cite
 * by code or title — the national standard on the personal information processing rules (privacy
 * policies) of internet platforms, products and services (GB/T 44588-2024), information security
 * risk assessment (GB/T 20984-2022), biometric information protection (GB/T 40660-2021), voiceprint,
 * gait and genetic recognition data (GB/T 41807-2022, GB/T 41773-2022, GB/T 41806-2022), internet
 * payment service data (GB/T 42015-2022), the competence of cybersecurity practitioners
 * (GB/T 42446-2023) and the capability of classified protection (等保) assessment organisations
 * (GB/T 36959-2018). Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_STANDARDS_24: CoreInstrument[] = [
  // ───────────────────────── GB/T 44588-2024 ─────────────────────────
  {
    id: 'document:personal-information-processing-rules-of-internet-platforms-products-and-services',
    name: 'Data Security Technology—Personal Information Processing Rules of Internet Platforms, Products and Services',
    nameZh: '数据安全技术 互联网平台及产品服务个人信息处理规则',
    zhShortNames: ['隐私政策国标'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2024-09-29',
    effective: '2025-04-01',
    code: 'GB/T 44588-2024',
    summary:
      'Recommended national standard on how internet platforms, products and services draft, publish and revise their personal information processing rules (privacy policies), detailing the Network Data Security Management Regulations’ requirements.',
    sources: [
      {
        url: 'https://www.dehenglaw.com/CN/tansuocontent/0008/032592/7.aspx?MID=0902&AID=',
        title: '德恒探索 – 《网数条例》下隐私政策的撰写要求——国标GB/T 44588-2024之问答式解读',
        quote:
          '2024年9月29日,国家市场监督管理总局和国家标准化管理委员会发布了推荐性国家标准GB/T 44588-2024 《数据安全技术 互联网平台及产品服务个人信息处理规则》(以下简称“《隐私政策国标》”),自2025年4月1日起实施。',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.dehenglaw.com/CN/tansuocontent/0008/032592/7.aspx?MID=0902&AID=',
        title: '德恒探索 – 《网数条例》下隐私政策的撰写要求——国标GB/T 44588-2024之问答式解读',
        quote:
          '《网数条例》提出了“个人信息处理规则应当集中公开展示、易于访问并置于醒目位置”,《隐私政策国标》在此基础上进一步深化,将抽象的要求拆解细化,为其实践提供了明确指引。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 20984-2022 ─────────────────────────
  {
    id: 'document:information-security-risk-assessment-method',
    name: 'Information Security Technology—Risk Assessment Method for Information Security',
    nameZh: '信息安全技术 信息安全风险评估方法',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-04-15',
    effective: '2022-11-01',
    code: 'GB/T 20984-2022',
    summary:
      'Recommended national standard (replacing the 2007 edition) setting out the concepts, risk factors, analysis principles, process and methods of information security risk assessment across the information system life cycle.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT20984-2022',
        title: 'ChineseStandard.net – GB/T 20984-2022 PDF in English',
        quote:
          'GB/T 20984-2022English470 Add to Cart 0-9 seconds. Auto-delivery. Information security technology -- Risk assessment method for information security Valid … GB/T 20984-2022 NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.030 CCS L 80 Replacing GB/T 20984-2007 Information security technology - Risk assessment method for information security ISSUED ON: APRIL 15, 2022 IMPLEMENTED ON: NOVEMBER 01, 2022 Issued by: State Administration for Market Regulation; Standardization Administration of the PRC.',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.biao-zhun.cn/124531.html',
        title: '标准网 – GB/T 20984—2022 信息安全技术信息安全风险评估方法',
        quote:
          'GB/T 20984—2022 信息安全技术信息安全风险评估方法 … GB/T 20984描述了信息安全风险评估的基本概念﹑风险要素关系、风险分析原理、风险评估实施o程和评估方法,以及风险评估在信息系统生命周期不同阶段的实施要点和工作形式。',
        supports: ['nameZh', 'code', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 40660-2021 ─────────────────────────
  {
    id: 'document:general-requirements-for-biometric-information-protection',
    name: 'Information Security Technology—General Requirements for Biometric Information Protection',
    nameZh: '信息安全技术 生物特征识别信息保护基本要求',
    aliases: ['Information security technology - General requirements of biometric information protection'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2021-10-11',
    effective: '2022-05-01',
    code: 'GB/T 40660-2021',
    summary:
      'Recommended national standard setting the basic principles and security requirements for controllers collecting, storing, using, sharing, transferring, disclosing and deleting biometric information.',
    sources: [
      {
        url: 'http://www.bzgfw.com/standard-page169049.html',
        title: 'bzgfw.com – GB/T 40660-2021 信息安全技术 生物特征识别信息保护基本要求',
        quote:
          '《信息安全技术 生物特征识别信息保护基本要求》(GB/T 40660-2021),该标准的归口单位为全国信息安全标准化技术委员会,英文名为Information security technology—General requirements for biometric information protection。\n《信息安全技术 生物特征识别信息保护基本要求》(GB/T 40660-2021)是在2021-10-11发布,在2022-05-01开始实施。',
        supports: ['name', 'nameZh', 'code', 'kind', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT40660-2021',
        title: 'ChineseStandard.net – GB/T 40660-2021 PDF English',
        quote:
          'GB/T 40660-2021 GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.030 CCS L 80 Information security technology - General requirements of biometric information protection ISSUED ON: OCTOBER 11, 2021 IMPLEMENTED ON: MAY 01, 2022 Issued by: State Administration for Market Regulation; Standardization Administration of the People’s Republic of China. … This document stipulates the basic principles and security requirements that various types of biometric information controllers shall follow when conducting biometric information processing activities such as collection, storage, use, entrusted processing, sharing, transfer, public disclosure and deletion.',
        supports: ['aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 41807-2022 ─────────────────────────
  {
    id: 'document:security-requirements-of-voiceprint-recognition-data',
    name: 'Information Security Technology—Security Requirements of Voiceprint Recognition Data',
    nameZh: '信息安全技术 声纹识别数据安全要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-10-12',
    effective: '2023-05-01',
    code: 'GB/T 41807-2022',
    summary:
      'Recommended national standard setting security requirements for data processors collecting, storing, using, transmitting, providing, disclosing and deleting voiceprint recognition data.',
    sources: [
      {
        url: 'https://www.guifanku.com/727583.html',
        title: '规范库 – GB/T 41807-2022 信息安全技术 声纹识别数据安全要求',
        quote:
          'ICS35.030 CCS L80 G E 中华人民共和国国家标准 GB/T41807-2022 信息安全技术 声纹识别数据安全要求 Information security technology- Security requirements of voiceprint recognition data 2022-10-12发布 2023-05-01实施 国家市场监督管理总局 国家标准化管理委员会 发布',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://bzfyw.com/standard/GBT41807-2022.html',
        title: 'bzfyw.com – GB/T 41807-2022 Information security technology - Security requirements of voiceprint recognition data',
        quote:
          'GB/T 41807-2022 Information security technology - Security requirements of voiceprint recognition data\n1 Scope\nThis document specifies the security requirements for data processors in such activities as the collection, storage, use, transmission, provision, disclosure and deletion of voiceprint recognition data.',
        supports: ['name', 'code', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 41773-2022 ─────────────────────────
  {
    id: 'document:security-requirements-of-gait-recognition-data',
    name: 'Information Security Technology—Security Requirements of Gait Recognition Data',
    nameZh: '信息安全技术 步态识别数据安全要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-10-12',
    effective: '2023-05-01',
    code: 'GB/T 41773-2022',
    summary:
      'Recommended national standard setting security requirements for collecting, storing, transmitting, using, processing, providing, disclosing and deleting gait recognition data.',
    sources: [
      {
        url: 'https://www.guifanku.com/qitaguifan/727565.html',
        title: '规范库 – GB/T 41773-2022 信息安全技术 步态识别数据安全要求',
        quote:
          'ICS35.030 CCS L 80 GB 中华人民共和国国家标准 GB/T41773-2022 信息安全技术步态识别数据安全要求 Information security technology-Security requirements of gait recognition data 2022-10-12发布 2023-05-01实施 国家市场监督管理总局 发布 国家标准化管理委员会',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://bzpt.com/gb/213378.html',
        title: '标准平台 – GB/T 41773-2022 信息安全技术 步态识别数据安全要求',
        quote:
          '标准号:GB/T 41773-2022\n标准名称:信息安全技术 步态识别数据安全要求 … 本文件规定了步态识别数据收集、存储、传输、使用、加工、提供、公开、删除等数据处理活动的安全要求。',
        supports: ['nameZh', 'code', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 41806-2022 ─────────────────────────
  {
    id: 'document:security-requirements-of-genetic-recognition-data',
    name: 'Information Security Technology—Security Requirements of Genetic Recognition Data',
    nameZh: '信息安全技术 基因识别数据安全要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['sac'],
    promulgated: '2022-10-12',
    effective: '2023-05-01',
    code: 'GB/T 41806-2022',
    summary:
      'Recommended national standard setting security requirements for processing genetic recognition data and associated information, from collection and storage to provision, disclosure and deletion.',
    sources: [
      {
        url: 'https://www.biaozhun.org/guojia/245440.html',
        title: '标准网 – GB/T 41806-2022 信息安全技术 基因识别数据安全要求',
        quote:
          '标准名称:信息安全技术 基因识别数据安全要求\n  • 标准号:GB/T 41806-2022\n    中国标准分类号:L80\n  • 发布日期:2022-10-12\n    国际标准分类号:35.030\n  • 实施日期:2023-05-01\n    技术归口:全国信息安全标准化技术委员会\n  • 代替标准:\n    主管部门:国家标准化管理委员会 … 本文件规定了基因识别数据及关联信息的收集、存储、使用、加工、传输、提供、公开、删除等数据处理活动的安全要求。',
        supports: ['nameZh', 'code', 'kind', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.gbstd.com/en-us/view/5132010013000000.html',
        title: 'gbstd.com – GB/T 41806-2022 Information security technology—Security requirements of genetic recognition data',
        quote:
          'GB/T 41806-2022 Information security technology—Security requirements of genetic recognition data\n\nPublish Date: 2022-10-12 Implement Date: 2023-05-01 … Standard Status: Active',
        supports: ['name', 'code', 'kind', 'status', 'promulgated', 'effective'],
      },
    ],
  },

  // ───────────────────────── GB/T 42015-2022 ─────────────────────────
  {
    id: 'document:data-security-requirements-for-internet-payment-services',
    name: 'Information Security Technology—Data Security Requirements for Internet Payment Services',
    nameZh: '信息安全技术 网络支付服务数据安全要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-10-12',
    effective: '2023-05-01',
    code: 'GB/T 42015-2022',
    summary:
      'Recommended national standard setting security requirements for internet payment service providers’ data processing, from collection and storage to provision, disclosure, deletion and export.',
    sources: [
      {
        url: 'https://www.bzchaxun.com/view/8053102010000000.html',
        title: '标准查询 – GB/T 42015-2022 信息安全技术 网络支付服务数据安全要求',
        quote:
          'GB/T 42015-2022 信息安全技术 网络支付服务数据安全要求\n\nGB/T 42015-2022 Information security technology—Data security requirements for internet payment services\n\n国家标准 中文简体 现行 … 发布日期\n2022-10-12\n实施日期\n2023-05-01\n发布单位/组织\n国家市场监督管理总局、国家标准化管理委员会\n归口单位\n全国信息安全标准化技术委员会(SAC/TC 260)\n适用范围\n本文件规定了网络支付服务收集、存储、传输、使用、加工、提供、公开、删除、出境等数据处理活动的安全要求。',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 42446-2023 ─────────────────────────
  {
    id: 'document:basic-requirements-for-competence-of-cybersecurity-workforce',
    name: 'Information Security Technology—Basic Requirements for Competence of Cybersecurity Workforce',
    nameZh: '信息安全技术 网络安全从业人员能力基本要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-03-17',
    effective: '2023-10-01',
    code: 'GB/T 42446-2023',
    summary:
      'Recommended national standard classifying cybersecurity practitioners and setting the knowledge and skills each category should have, for organisations using, training, evaluating and managing them.',
    sources: [
      {
        url: 'https://www.bzchaxun.com/view/6133210012000000.html',
        title: '标准查询 – GB/T 42446-2023 信息安全技术 网络安全从业人员能力基本要求',
        quote:
          'GB/T 42446-2023 信息安全技术 网络安全从业人员能力基本要求\nGB/T 42446-2023 Information security technology—Basic requirements for competence of cybersecurity workforce\n国家标准\n中文简体\n现行 … 发布日期\n2023-03-17\n实施日期\n2023-10-01\n发布单位/组织\n国家市场监督管理总局、国家标准化管理委员会\n归口单位\n全国信息安全标准化技术委员会(SAC/TC 260)\n适用范围\n本文件确立了网络安全从业人员分类,规定了各类从业人员具备的知识和技能要求。本文件适用于各类组织对网络安全从业人员的使用、培养、评价、管理等。',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 36959-2018 ─────────────────────────
  {
    id: 'document:capability-requirements-for-classified-protection-assessment-organizations',
    name: 'Information Security Technology—Capability Requirements and Evaluation Specification for Assessment Organization of Classified Protection of Cybersecurity',
    nameZh: '信息安全技术 网络安全等级保护测评机构能力要求和评估规范',
    kind: 'national_standard',
    status: 'final',
    code: 'GB/T 36959-2018',
    summary:
      'Recommended national standard of the classified protection (等保) family setting the capability requirements and evaluation criteria for organisations that test and assess systems under the cybersecurity classified protection scheme.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2036959-2018',
        title: 'ChineseStandards.org – GB/T 36959-2018',
        quote:
          'GB/T 36959-2018\nActiveInformation security technology —Capability requirements and evaluation specification for assessment organization of classified protection of cybersecurity\n信息安全技术 网络安全等级保护测评机构能力要求和评估规范\nApplication Summary AI generated\nThis standard specifies the capability requirements and evaluation criteria for organizations that conduct assessment and testing of cybersecurity classified protection systems in China.',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'summary'],
      },
    ],
  },
];
