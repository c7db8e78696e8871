/**
 * Curated core layer: more national standards compliance pages cite by code and title — the
 * intelligent-connected-vehicle mandatory standards (GB 44495/44496/44497-2024), critical
 * information infrastructure protection (GB/T 39204-2022), mobile-app personal information
 * collection (GB/T 41391-2022), de-identification (GB/T 37964-2019, GB/T 42460-2023), big data
 * service security (GB/T 35274-2023) and cryptography application (GB/T 39786-2021). Every filled
 * field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_STANDARDS_3: CoreInstrument[] = [
  // ───────────────────────── GB 44495-2024 ─────────────────────────
  {
    id: 'document:technical-requirements-for-vehicle-cybersecurity',
    name: 'Technical Requirements for Vehicle Cybersecurity',
    nameZh: '汽车整车信息安全技术要求',
    aliases: ['Cybersecurity Technical Requirements for Whole Vehicles'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2024-08-23',
    effective: '2026-01-01',
    code: 'GB 44495-2024',
    summary:
      'Mandatory national standard setting requirements for vehicle cybersecurity management systems, basic cybersecurity measures, external connections, communication and data security, and vehicle type determination.',
    sources: [
      {
        url: 'https://www.blueasialabs.com/cn/shouyehuandeng/what-are-the-gb44495-standard-certification-items-',
        title: 'Blue Asia – What are the GB 44495 standard certification items',
        quote:
          'GB 44495-2024, "Cybersecurity Technical Requirements for Whole Vehicles," is a significant mandatory national standard. It forms one of China\'s first mandatory standards for ICVs, alongside GB 44496-2024 ("General Technical Requirements for Vehicle Software Upgrades") and GB 44497-2024 ("Data Recording System for Automated Driving of Intelligent and Connected Vehicles"). Issued by SAMR and SAC on August 23, 2024, it takes effect on January 1, 2026.',
        supports: ['aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.cblueasia.com/xingyexinwen/9163.html',
        title: 'GB 44495-2024《汽车整车信息安全技术要求》',
        quote:
          'GB 44495-2024《汽车整车信息安全技术要求》是中国智能网联汽车领域的“网络安全准生证”。它不再是一个可选项,而是自2026年1月1日起,所有想在中国市场销售的新车型都必须跨越的强制性门槛。',
        supports: ['nameZh', 'code', 'kind', 'effective'],
      },
      {
        url: 'https://sesec.eu/?p=8091',
        title: 'SESEC – three mandatory national standards for the automotive industry',
        quote:
          'At the end of August 2024, the Standardization Administration of China (SAC) issued three mandatory national standards for the automotive industry: - GB 44495-2024: Technical Requirements for Vehicle Cybersecurity … This standard outlines requirements for automotive cybersecurity management systems, basic cybersecurity measures, external connections, communication and data security, and vehicle type determinations.',
        supports: ['name', 'code', 'kind', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB 44496-2024 ─────────────────────────
  {
    id: 'document:general-technical-requirements-for-software-update-of-vehicles',
    name: 'General Technical Requirements for Software Update of Vehicles',
    nameZh: '汽车软件升级通用技术要求',
    aliases: ['General Technical Requirements for Software Updates of Vehicles', 'General Technical Requirements for Vehicle Software Upgrades'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2024-08-23',
    effective: '2026-01-01',
    code: 'GB 44496-2024',
    summary:
      'Mandatory national standard on vehicle makers’ software update management system and the vehicle requirements for software updates, with their test methods.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GB44496-2024',
        title: 'ChineseStandard.net – GB 44496-2024',
        quote:
          'GB 44496-2024: General technical requirements for software update of vehicles … GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 43.020 CCS T 40 General Technical Requirements for Software Update of Vehicles Issued on. AUGUST 23, 2024 Implemented on. JANUARY 1, 2026 Issued by. State Administration for Market Regulation; Standardization Administration of the People’s Republic of China.',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinesestandards.org/standards/GB%2044496-2024',
        title: 'ChineseStandards.org – GB 44496-2024',
        quote: 'GB 44496-2024 ActiveGeneral technical requirements for software update of vehicles 汽车软件升级通用技术要求',
        supports: ['nameZh', 'code', 'status'],
      },
      {
        url: 'https://sesec.eu/?p=8091',
        title: 'SESEC – three mandatory national standards for the automotive industry',
        quote:
          'At the end of August 2024, the Standardization Administration of China (SAC) issued three mandatory national standards for the automotive industry: - GB 44495-2024: Technical Requirements for Vehicle Cybersecurity - GB 44496-2024: General Technical Requirements for Software Updates of Vehicles',
        supports: ['aliases', 'code', 'kind'],
      },
      {
        url: 'https://www.blueasialabs.com/cn/shouyehuandeng/what-are-the-gb44495-standard-certification-items-',
        title: 'Blue Asia – What are the GB 44495 standard certification items',
        quote: 'alongside GB 44496-2024 ("General Technical Requirements for Vehicle Software Upgrades")',
        supports: ['aliases', 'code'],
      },
      {
        url: 'https://chinesestandard.us/products/GB44496-2024',
        title: 'ChineseStandard.us – GB 44496-2024',
        quote:
          'This document specifies the management system requirements and vehicle requirements for software update of vehicles, as well as same type determination and motor vehicle product instructions, and describes the corresponding test methods.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB 44497-2024 ─────────────────────────
  {
    id: 'document:data-storage-system-for-automated-driving',
    name: 'Intelligent and Connected Vehicle – Data Storage System for Automated Driving',
    nameZh: '智能网联汽车 自动驾驶数据记录系统',
    aliases: ['Intelligent and Connected Vehicles—Data Storage System for Automated Driving', 'Data Recording System for Automated Driving of Intelligent and Connected Vehicles'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2024-08-23',
    effective: '2026-01-01',
    code: 'GB 44497-2024',
    summary:
      'Mandatory national standard on the data recording systems of vehicles with automated driving functions: data recording, data elements, data reading and information security requirements.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB%2044497-2024',
        title: 'ChineseStandards.org – GB 44497-2024',
        quote:
          'GB 44497-2024 Active Intelligent and connected vehicle—Data storage system for automated driving 智能网联汽车 自动驾驶数据记录系统 Standard Type GB … Status Active Issue Date 2024-08-23 Implementation 2026-01-01 … Issuing Authority 国家市场监督管理总局、国家标准化管理委员会',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://sesec.eu/?p=8091',
        title: 'SESEC – three mandatory national standards for the automotive industry',
        quote: 'GB 44497-2024: Intelligent and Connected Vehicles—Data Storage System for Automated Driving These standards will take effect on January 1, 2026',
        supports: ['aliases', 'code', 'effective'],
      },
      {
        url: 'https://www.blueasialabs.com/cn/shouyehuandeng/what-are-the-gb44495-standard-certification-items-',
        title: 'Blue Asia – What are the GB 44495 standard certification items',
        quote: 'GB 44497-2024 ("Data Recording System for Automated Driving of Intelligent and Connected Vehicles")',
        supports: ['aliases', 'code'],
      },
      {
        url: 'http://www.80hlw.com/keji/2592528.html',
        title: 'GB 44497-2024自动驾驶数据记录系统 解读',
        quote:
          'GB 44497-2024自动驾驶数据记录系统 是444系列标准中最详细最复杂的一个,全文有43页,远比95-96两个标准要长。虽然后缀是2024,但实施日期是2026年一月一日。',
        supports: ['code', 'effective'],
      },
      {
        url: 'https://www.chinesestandard.us/fr/products/gb44497-2024',
        title: 'ChineseStandard.us – GB 44497-2024',
        quote:
          '4 Technical requirements ... 8 4.1 General... 8 4.2 Data recording requirements for type I system ... 8 4.3 Data recording requirements for type II system ... 10 4.4 Data element requirements ... 11 4.6 Data reading requirements ... 21 4.7 Information security requirements ... 25',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 39204-2022 ─────────────────────────
  {
    id: 'document:cybersecurity-requirements-for-critical-information-infrastructure-protection',
    name: 'Cybersecurity Requirements for Critical Information Infrastructure Protection',
    nameZh: '信息安全技术 关键信息基础设施安全保护要求',
    aliases: ['Information security technology—Cybersecurity requirements for critical information infrastructure protection'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-10-12',
    effective: '2023-05-01',
    code: 'GB/T 39204-2022',
    summary:
      'Recommended national standard on the security requirements operators apply across the life of critical information infrastructure: identification, protection, assessment, monitoring and early warning, active defence and incident handling.',
    sources: [
      {
        url: 'https://bzchaxun.com/view/6104115012000000.html',
        title: 'GB/T 39204-2022 信息安全技术 关键信息基础设施安全保护要求',
        quote:
          'GB/T 39204-2022 信息安全技术 关键信息基础设施安全保护要求 GB/T 39204-2022 Information security technology—Cybersecurity requirements for critical information infrastructure protection 国家标准 中文简体 现行 … 发布日期 2022-10-12 实施日期 2023-05-01 发布单位/组织 国家市场监督管理总局、国家标准化管理委员会',
        supports: ['name', 'nameZh', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://bzchaxun.com/view/6104115012000000.html',
        title: 'GB/T 39204-2022 信息安全技术 关键信息基础设施安全保护要求',
        quote:
          '本文件规定了关键信息基础设施分析识别、安全防护、检测评估、监测预警、主动防御、事件处置等方面的安全要求。 本文件适用于指导运营者对关键信息基础设施进行全生存周期安全保护',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 41391-2022 ─────────────────────────
  {
    id: 'document:basic-requirements-for-collecting-personal-information-in-mobile-internet-applications',
    name: 'Basic Requirements for Collecting Personal Information in Mobile Internet Applications',
    nameZh: '信息安全技术 移动互联网应用程序(App)收集个人信息基本要求',
    aliases: ['Information security technology - Basic requirements for collecting personal information in mobile internet applications'],
    zhShortNames: ['移动互联网应用程序(App)收集个人信息基本要求'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-04-15',
    effective: '2022-11-01',
    code: 'GB/T 41391-2022',
    summary:
      'Recommended national standard on what personal information apps may collect, with the necessary personal information and its use for common types of app services.',
    sources: [
      {
        url: 'https://guifanku.com/727556.html',
        title: '规范库 – GB/T 41391-2022',
        quote:
          '中华人民共和国国家标准 GB/T41391—2022 信息安全技术移动互联网应用程序(App) 收集个人信息基本要求 Information security technology-Basic requirements for collecting personal information in mobile internet applications 2022-04-15发布 2022-11-01实施 国家市场监督管理总局 国家标准化管理委员会 发布',
        supports: ['name', 'nameZh', 'code', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.secrss.com/articles/41731',
        title: '安全内参 – GB/T 41391—2022 标准解读',
        quote:
          '根据2022年4月15日国家市场监督管理总局、国家标准化管理委员会发布的中华人民共和国国家标准公告(2022年第6号),全国信息安全标准化技术委员会归口的10项国家标准正式发布。其中包括了一项个人信息保护方面的重点标准:GB/T 41391—2022《信息安全技术 移动互联网应用程序(App)收集个人信息基本要求》',
        supports: ['nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.secrss.com/articles/41731',
        title: '安全内参 – GB/T 41391—2022 标准解读',
        quote: '中国电子技术标准化研究院联合北京理工大学、中国网络安全审查技术与认证中心等34家单位,研制了《移动互联网应用程序(App)收集个人信息基本要求》。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/English.amp.aspx/GBT41391-2022',
        title: 'ChineseStandard.net – GB/T 41391-2022',
        quote:
          'GB/T 41391-2022: Information security technology - Basic requirements for collecting personal information in mobile internet applications Status: Valid … Sector / Industry: National Standard (Recommended)',
        supports: ['name', 'aliases', 'code', 'kind', 'status'],
      },
      {
        url: 'https://codeofchina.com/standard/GBT41391-2022.html',
        title: 'Codeofchina – GB/T 41391-2022',
        quote:
          'This document specifies the basic requirements for the collection of personal information by Apps, the necessary personal information scope and use requirements of Apps of common service types.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 37964-2019 ─────────────────────────
  {
    id: 'document:guide-for-de-identifying-personal-information',
    name: 'Guide for De-identifying Personal Information',
    nameZh: '信息安全技术 个人信息去标识化指南',
    aliases: ['Information security technology - Guide for de-identifying personal information'],
    zhShortNames: ['个人信息去标识化指南'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2019-08-30',
    effective: '2020-03-01',
    code: 'GB/T 37964-2019',
    summary: 'Recommended national standard on the goals, principles, process and management measures for de-identifying personal information.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT37964-2019',
        title: 'ChineseStandard.net – GB/T 37964-2019',
        quote:
          'Standard ID GB/T 37964-2019 (GB/T37964-2019) Description (Translated English) Information security technology - Guide for de-identifying personal information Sector / Industry National Standard (Recommended) … Date of Issue 2019-08-30 Date of Implementation 2020-03-01',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT37964-2019',
        title: 'ChineseStandard.net – GB/T 37964-2019',
        quote:
          'Regulation (derived from) National Standard Announcement No. 10 of 2019 Proposing organization National Information Security Standardization Technical Committee (SAC/TC 260) Issuing agency(ies) State Administration of Markets and China National Standardization Administration',
        supports: ['issuers'],
      },
      {
        url: 'http://gongliff.cn/anquanbz/2053.html',
        title: 'GB/T 37964-2019 信息安全技术 个人信息去标识化指南',
        quote:
          'GB/T 37964-2019 信息安全技术 个人信息去标识化指南 … 1 范围 本标准描述了个人信息去标识化的目标和原则,提出了去标识化过程和管理措施。',
        supports: ['nameZh', 'zhShortNames', 'code', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 42460-2023 ─────────────────────────
  {
    id: 'document:guide-for-evaluating-effectiveness-of-personal-information-de-identification',
    name: 'Guide for Evaluating the Effectiveness of Personal Information De-identification',
    nameZh: '信息安全技术 个人信息去标识化效果评估指南',
    aliases: ['Information security technology—Guide for evaluating the effectiveness of personal information de-identification'],
    zhShortNames: ['个人信息去标识化效果评估指南'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-03-17',
    effective: '2023-10-01',
    code: 'GB/T 42460-2023',
    summary: 'Recommended national standard grading how well personal information has been de-identified and guiding the evaluation of that effect.',
    sources: [
      {
        url: 'https://yunbiaozhun.com/detail/1269318.html',
        title: 'GB/T 42460-2023 信息安全技术 个人信息去标识化效果评估指南',
        quote:
          '标准编号:GB/T 42460-2023 标准名称:信息安全技术 个人信息去标识化效果评估指南 英文名称:Information security technology—Guide for evaluating the effectiveness of personal information de-identification 发布日期:2023-03-17 实施日期:2023-10-01 归口单位:全国信息安全标准化技术委员会',
        supports: ['name', 'nameZh', 'zhShortNames', 'aliases', 'code', 'promulgated', 'effective'],
      },
      {
        url: 'https://yunbiaozhun.com/detail/1269318.html',
        title: 'GB/T 42460-2023 信息安全技术 个人信息去标识化效果评估指南',
        quote: '本文件提供了个人信息去标识化效果分级与评估的指南。 本文件适用于个人信息去标识化活动,也适用于开展个人信息安全管理、监管和评估。',
        supports: ['summary'],
      },
      {
        url: 'https://www.bzchaxun.com/view/8071134010000000.html',
        title: 'GB/T 42460-2023 信息安全技术 个人信息去标识化效果评估指南',
        quote:
          'GB/T 42460-2023 信息安全技术 个人信息去标识化效果评估指南 GB/T 42460-2023 Information security technology—Guide for evaluating the effectiveness of personal information de-identification 国家标准 中文简体 现行 … 2023-03-17发布2023-10-01实施 国家市场监督管理总局 发布 国家标准化管理委员会',
        supports: ['nameZh', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },

  // ───────────────────────── GB/T 35274-2023 ─────────────────────────
  // The 2023 edition, which replaced GB/T 35274-2017 on 1 March 2024; the bare title and code
  // name this one.
  {
    id: 'document:security-capability-requirements-for-big-data-services',
    name: 'Security Capability Requirements for Big Data Services',
    nameZh: '信息安全技术 大数据服务安全能力要求',
    aliases: ['Information security technology - Security capability requirements for big data services'],
    zhShortNames: ['大数据服务安全能力要求'],
    kind: 'national_standard',
    status: 'final',
    promulgated: '2023-08-06',
    effective: '2024-03-01',
    code: 'GB/T 35274-2023',
    summary:
      'Recommended national standard on the security capabilities big data service providers need: organisational management, security across data processing from collection to destruction, and risk management.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT35274-2023?Redirect',
        title: 'ChineseStandard.net – GB/T 35274-2023',
        quote:
          'GB/T 35274-2023 | English | 499 | … | Information security technology - Security capability requirements for big data services | Valid | … Sector / Industry | National Standard (Recommended) | … Date of Issue | 2023-08-06 | Date of Implementation | 2024-03-01 | Older Standard (superseded by this standard) | GB/T 35274-2017',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://renrendoc.com/paper/322264564.html',
        title: 'G-T 35274-2023信息安全技术 大数据服务安全能力要求',
        quote:
          'G-T 35274-2023信息安全技术 大数据服务安全能力要求_第1页 … 信息安全技术大数据服务安全能力要求2023-08-06发布 … 5大数据组织管理安全能力 … 6大数据处理安全能力 76.1数据收集 76.2数据存储 86.3数据使用 96.4数据加工 6.5数据传输 6.6数据提供 6.7数据公开 6.8数据销毁 7大数据服务安全风险管理能力',
        supports: ['nameZh', 'zhShortNames', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.codeofchina.com/standard/GBT35274-2017.html',
        title: 'Codeofchina – GB/T 35274-2017',
        quote:
          'Chinese Name: 信息安全技术 大数据服务安全能力要求 … Status: superseded Superseded by:GB/T 35274-2023 Information security technology—Security capability requirements for big data services Superseded on:2024-3-1',
        supports: ['nameZh', 'code', 'effective'],
      },
    ],
  },

  // ───────────────────────── GB/T 39786-2021 ─────────────────────────
  // Raised from the State Cryptography Administration's sector standard GM/T 0054-2018, which has
  // the same Chinese title: so the bare 信息系统密码应用基本要求 is not a short name here (a page
  // writing GM/T 0054-2018《信息系统密码应用基本要求》 would be told it is this standard).
  {
    id: 'document:baseline-for-information-system-cryptography-application',
    name: 'Baseline for Information System Cryptography Application',
    nameZh: '信息安全技术 信息系统密码应用基本要求',
    aliases: ['Information security technology - Baseline for information system cryptography application'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2021-03-09',
    effective: '2021-10-01',
    code: 'GB/T 39786-2021',
    summary:
      'Recommended national standard on the cryptography information systems must apply at each security level — physical and environmental, network and communication, device and computing, application and data — and its management.',
    relations: [{ type: 'implements', target: 'document:cryptography-law', source: 2 }],
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT39786-2021',
        title: 'ChineseStandard.net – GB/T 39786-2021',
        quote:
          'GB/T 39786-2021: Information security technology - Baseline for information system cryptography application Status: Valid … Sector / Industry National Standard (Recommended) … Issuing agency(ies) State Administration for Market Regulation, China National Standardization Administration',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT39786-2021',
        title: 'ChineseStandard.net – GB/T 39786-2021',
        quote:
          'Information Security Technology Basic requirements for information system password application Released on 2021-03-09 2021-10-01 implementation',
        supports: ['promulgated', 'effective'],
      },
      {
        url: 'http://gmbz.org.cn/main/postDetail.html?id=20210325021723',
        title: '密码行业标准化技术委员会 – GB/T 39786-2021 发布',
        quote:
          '近日,国家市场监管总局、国家标准化管理委员会发布公告,正式发布国家标准GB/T39786-2021《信息安全技术信息系统密码应用基本要求》,将于2021年10月1日起实施。这是贯彻落实《中华人民共和国密码法》,指导商用密码应用与安全性评估工作的一项基础性标准',
        supports: ['nameZh', 'code', 'kind', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'http://gmbz.org.cn/main/postDetail.html?id=20210325021723',
        title: '密码行业标准化技术委员会 – GB/T 39786-2021 发布',
        quote:
          '该标准从物理和环境安全、网络和通信安全、设备和计算安全、应用和数据安全等四个方面提出了密码应用技术要求,以及管理制度、人员管理、建设运行、应急处置等密码应用管理要求。与GM/T0054-2018《信息系统密码应用基本要求》相比,该标准 … 按照信息系统安全等级分别提出了相应的密码应用要求。',
        supports: ['summary'],
      },
    ],
  },
];
