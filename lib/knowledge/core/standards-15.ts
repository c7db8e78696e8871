/**
 * Curated core layer: standards, standard-system guides and technical guidelines of 2022–2026 that
 * data, personal information, AI and connected-vehicle pages cite — the privacy-policy national
 * standard for internet platforms (GB/T 44588-2024), telecom and internet user PI protection
 * (GB/T 43506-2023), app personal information security testing (GB/T 42582-2023), machine learning
 * algorithm security assessment (GB/T 42888-2023), software supply chain security (GB/T 43698-2024),
 * telecom data security (GB/T 42447-2023), app life-cycle security management (GB/T 42884-2023),
 * the TC260 draft guideline for identifying important data, TC260's ethical
 * security guidelines for AI applications (1.0, 2026), MIIT's Internet of Vehicles cybersecurity and data
 * security standard system guide (2022), the draft mandatory standard on combined driver
 * assistance systems, the industry data security compliance guidelines of 2024 and the CAC's
 * guidelines on cybersecurity incident classification (annex to the 2025 reporting measures). Every filled
 * field is backed by a verbatim quote from a stored public page. OTHER_NAMES_STANDARDS_15 adds English
 * renderings pages use for the automobile data export security guidelines held in sector-data-rules-5.ts.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_STANDARDS_15: CoreInstrument[] = [

  // ───────────────────────── GB/T 43506-2023 ─────────────────────────
  {
    id: 'document:telecom-and-internet-service-user-personal-information-protection-requirements',
    name: 'Telecom and Internet Service—User Personal Information Protection Requirements',
    nameZh: '电信和互联网服务 用户个人信息保护技术要求',
    kind: 'national_standard',
    status: 'final',
    code: 'GB/T 43506-2023',
    summary:
      'Recommended national standard setting technical requirements for protecting users’ personal information in telecom and internet services, from collection and storage to use and sharing.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2043506-2023',
        title: 'ChineseStandards.org – GB/T 43506-2023',
        quote:
          'GB/T 43506-2023\nActiveTelecom and internet service—User personal information protection requirements\n电信和互联网服务 用户个人信息保护技术要求\nApplication Summary AI generated\nThis standard specifies the technical requirements for protecting user personal information in telecom and internet services, covering collection, storage, use, and sharing.',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'summary'],
      },
    ],
  },

  // ─────────── TC260 draft: guideline for identification of important data (2022) ───────────
  {
    id: 'document:guideline-for-identification-of-important-data-draft',
    name: 'Information Security Technology – Guideline for Identification of Critical Data (Draft for Comment)',
    nameZh: '信息安全技术 重要数据识别指南',
    aliases: ['Information Security Technology - Guideline for Identification of Critical Data'],
    kind: 'national_standard',
    status: 'draft',
    issuers: ['tc260'],
    summary:
      'TC260 draft national standard giving the basic principles of and considerations for identifying important (critical) data and the format for describing it, also a reference for regions and authorities drawing up catalogues of such data.',
    sources: [
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=af69a7384db0437982f0567298e81fe3',
        title: 'Watson & Band – NISSTC Seeks Comments on the Information Security Technology - Guideline for Identification of Critical Data',
        quote:
          'Recently, the secretariat of the National Information Security Standardization Technical Committee ("NISSTC") issued the Information Security Technology - Guideline for Identification of Critical Data (Draft for Comment) (the "Draft for Comment") for public comments by March 13, 2022. The Draft for Comment sets out the basic principles of and considerations for identification of critical data as well as the format for describing critical data. … but also serves as a reference document for various regions and authorities to formulate specific catalogues of critical data',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://siduwenku.com/view/5019',
        title: '思度文库 – 信息安全技术 重要数据识别指南(征求意见稿)',
        quote:
          'ICS 35.030 CCS L80 中华人民共和国国家标准 GB/T XXXXX—XXXX 信息安全技术 重要数据识别指南 Information security technology - Guideline for identification of critical data (征求意见稿) (本稿完成时间:2022 年 1 月 7 日) … 本文件由全国信息安全标准化技术委员会(SAC/TC260)提出并归口。',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers'],
      },
    ],
  },

  // ─────────── TC260: Ethical security guidelines for AI applications 1.0 (2026) ───────────
  {
    id: 'document:ai-application-ethical-security-guidelines-1-0',
    name: 'Ethical Security Guidelines for Artificial Intelligence Applications 1.0',
    nameZh: '人工智能应用伦理安全指引 1.0',
    kind: 'technical_document',
    status: 'final',
    issuers: ['tc260'],
    promulgated: '2026-05-19',
    summary:
      'TC260 guidelines on the ethical security of AI applications: concepts and principles, and guidance for developers, service providers and users, released after a public consultation in spring 2026.',
    sources: [
      {
        url: 'https://chinaaidaily.com/article/ai-ethics-safety-guideline-1-0-released-854745',
        title: 'China AI Daily – 《人工智能应用伦理安全指引 1.0》正式发布',
        quote:
          '2026年5月19日,在中国网络文明大会人工智能赋能网络文明建设分论坛上,全国网络安全标准化技术委员会(网安标委)正式发布了《人工智能应用伦理安全指引 1.0》(以下简称《指引》)。 … 《指引》明确了人工智能应用伦理安全理念与原则,涵盖了开发、服务提供和应用使用等环节的安全指引。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/latest_message.php?access=show_detail&id=509323',
        title: 'LexisNexis China – TC260 releases the Ethical Security Guidelines for AI Applications 1.0 (Draft for Comment)',
        quote:
          'Recently, the National Technical Committee 260 on Cybersecurity of the Standardization Administration of China (TC260) has released the Ethical Security Guidelines for Artificial Intelligence Applications 1.0 (Draft for Comment) (the "Draft") for public consultation. The deadline for submitting comments is April 26, 2026. The Draft focuses on ethical security requirements in AI application activities.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────── MIIT: IoV cybersecurity and data security standard system guide (2022) ───────────
  {
    id: 'document:iov-cybersecurity-and-data-security-standard-system-construction-guidelines',
    name: 'Guidelines for the Construction of the Internet of Vehicles Cybersecurity and Data Security Standard System',
    nameZh: '车联网网络安全和数据安全标准体系建设指南',
    kind: 'guideline',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2022-02-25',
    code: '工信厅科〔2022〕5号',
    summary:
      'MIIT roadmap for Internet of Vehicles cybersecurity and data security standards: an initial standard system with 50+ urgently needed standards by end-2023 and a fuller system of 100+ standards by 2025.',
    sources: [
      {
        url: 'https://sme-s.com/page91?article_id=1973',
        title: '工业和信息化部办公厅关于印发车联网网络安全和数据安全标准体系建设指南的通知 (转载)',
        quote:
          '发文机关:工业和信息化部办公厅\n标 题:工业和信息化部办公厅关于印发车联网网络安全和数据安全标准体系建设指南的通知\n发文字号:工信厅科〔2022〕5号\n成文日期:2022-02-25\n发布日期:2022-03-07',
        supports: ['nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://cs.com.cn/xwzx/hg/202203/t20220307_6247874.html',
        title: '中证网 – 工信部:到2023年底初步构建起车联网网络安全和数据安全标准体系',
        quote:
          '近日,工业和信息化部办公厅印发《车联网网络安全和数据安全标准体系建设指南》。 根据《指南》,到2023年底,初步构建起车联网网络安全和数据安全标准体系。重点研究基础共性、终端与设施网络安全、网联通信安全、数据安全、应用服务安全、安全保障与支撑等标准,完成50项以上急需标准的研制。到2025年,形成较为完善的车联网网络安全和数据安全标准体系。完成100项以上标准的研制',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://www.china-briefing.com/news/china-internet-of-vehicles-new-guidelines-set-framework-for-industry-standards/?share=twitter',
        title: 'China Briefing – China’s Internet of Vehicles: New Guidelines Set Framework for Industry Standards',
        quote:
          'On March 7, 2022, China’s Ministry of Industry and Information Technology (MIIT) issued the Guidelines for the Construction of the Internet of Vehicles Cybersecurity and Data Security Standard System (the “guidelines”) (link in Chinese). This document acts as a roadmap for addressing the cybersecurity and data security needs of China’s Internet of Vehicles (IoV) network',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────── Draft mandatory standard: combined driver assistance systems ───────────
  {
    id: 'document:icv-safety-requirements-of-combined-driver-assistance-system-draft',
    name: 'Intelligent and Connected Vehicle — Safety Requirements of Combined Driver Assistance System',
    nameZh: '智能网联汽车 组合驾驶辅助系统安全要求',
    aliases: [
      'Safety Requirements for Combined Driving Assistance Systems of Intelligent Connected Vehicles',
      'Safety Requirements for Combined Driving Assistance Systems in Intelligent Connected Vehicles',
    ],
    kind: 'national_standard',
    status: 'draft',
    issuers: ['miit'],
    promulgated: '2025-09-17',
    summary:
      'Draft mandatory national standard on combined driver assistance systems of intelligent connected vehicles: activation only within predefined operational conditions, and safety requirements for single-lane, multi-lane and pilot assistance covering human-machine interaction, functional safety, cybersecurity and data recording.',
    sources: [
      {
        url: 'https://www.c114pro.com/travelnews/111491.html',
        title: 'C114 – MIIT consults on mandatory standard for combined driving assistance systems',
        quote:
          'On September 17, the Ministry of Industry and Information Technology initiated a public consultation on a mandatory national standard titled "Safety Requirements for Combined Driving Assistance Systems in Intelligent Connected Vehicles." The draft standard outlines clear safety benchmarks for intelligent connected vehicle products, specifying that the system should only be activated within predefined operational conditions. For various functions, including single-lane, multi-lane, and pilot assistance, the draft proposes comprehensive safety technical requirements. These encompass human-machine interaction, functional safety, anticipated functional safety, cybersecurity, and data recording',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.yswbank.com/shidapeizipingtai/17584.html',
        title: '工信部就智能网联汽车组合驾驶辅助相关标准公开征求意见 (转载)',
        quote:
          '工信部就智能网联汽车组合驾驶辅助相关标准公开征求意见\n\nadmin 2025-09-17 贵阳配资网 1 次浏览 0个评论\n\n  9月17日 ,工业和信息化部公开对《智能网联汽车组合驾驶辅助系统安全要求》强制性国家标准,向社会征求意见 。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.bestao-consulting.com/index/news/detail/id/788.html?language=en',
        title: 'Bestao Consulting – MIIT calls for comments on the final draft of the mandatory standard on combined driver assistance systems',
        quote:
          'On April 15, 2026, the Science and Technology Department of the Ministry of Industry and Information Technology (MIIT) issued notice to call for public comments on the final draft for review on the mandatory national standard Intelligent and connected vehicle — Safety requirements of combined driver assistance system (hereinafter referred to as “the Standard”), and the public consultation period will last from April 16 to April 22 of 2026.',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://topcarnews.net/en/draft-for-approval-of-mandatory-national-standard-for-safety-requirements-for-combined-driving-assistance-systems-of-intelligent-connected-vehicles-completed-s16270.html',
        title: 'Gasgoo (topcarnews) – Draft for approval of mandatory national standard for combined driving assistance systems completed',
        quote:
          'Proposed and managed by the Ministry of Industry and Information Technology (MIIT), the document—titled "Safety Requirements for Combined Driving Assistance Systems of Intelligent Connected Vehicles"—was completed on April 15. It applies to M and N category vehicles equipped with these systems, establishing a unified framework for safety design, testing, and type approval.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────── Industry data security compliance guidelines (2024) ───────────
  {
    id: 'document:industry-and-information-technology-data-security-compliance-guidelines',
    name: 'Guidelines for Data Security Compliance in the Industrial and Information Technology Sector',
    nameZh: '工业和信息化领域数据安全合规指引',
    kind: 'guideline',
    status: 'final',
    promulgated: '2024-11-19',
    summary:
      'Compliance guidelines drawn up by the Industrial Information Security Industry Development Alliance and 16 national trade bodies to guide data handlers in industry and IT in carrying out data processing under the Data Security Law and related rules.',
    relations: [{ type: 'implements', target: 'document:data-security-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csteelnews.com/xwzx/znzz/202411/t20241126_94830.html',
        title: '中国冶金报 – 《工业和信息化领域数据安全合规指引》发布',
        quote:
          '11月19日,《工业和信息化领域数据安全合规指引》(下称《指引》)在2024年世界互联网大会“互联网之光”博览会上正式发布。 … 《指引》由工业信息安全产业发展联盟联合中国钢铁工业协会等16家全国性行业组织共同编制,旨在贯彻落实《数据安全法》《网络数据安全管理条例》《工业和信息化领域数据安全管理办法(试行)》等法律政策要求,引导工业和信息化领域数据处理者规范开展数据处理活动。',
        supports: ['nameZh', 'kind', 'status', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://reportify.ai/social-media/675801099150832',
        title: 'Reportify – Guidelines for Data Security Compliance in the Industrial and Information Technology Sector',
        quote:
          'Core Viewpoint - The article discusses the "Guidelines for Data Security Compliance in the Industrial and Information Technology Sector" released by the Ministry of Industry and Information Technology, which provides practical guidance for data processors to conduct comprehensive, accurate, and standardized data security compliance management',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 42582-2023 ─────────────────────────
  {
    id: 'document:app-personal-information-security-testing-and-evaluation-specification',
    name: 'Information Security Technology—Personal Information Security Testing and Evaluation Specification in Mobile Internet Applications (App)',
    nameZh: '信息安全技术 移动互联网应用程序(App)个人信息安全测评规范',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-05-23',
    effective: '2023-12-01',
    code: 'GB/T 42582-2023',
    summary:
      'Recommended national standard on how apps’ personal information security is tested against GB/T 35273-2020: the evaluation process and test methods, for third-party evaluators, regulators and app operators’ self-assessment.',
    relations: [{ type: 'implements', target: 'document:personal-information-security-specification', source: 0 }],
    sources: [
      {
        url: 'https://www.bzchaxun.com/view/7116032011000000.html',
        title: '标准查询 – GB/T 42582-2023 信息安全技术 移动互联网应用程序(App)个人信息安全测评规范',
        quote:
          'GB/T 42582-2023 信息安全技术 移动互联网应用程序(App)个人信息安全测评规范\n\nGB/T 42582-2023 Information security technology—Personal information security testing and evaluation specification in mobile internet applications (App)\n\n国家标准 中文简体 现行 … 发布日期\n2023-05-23\n实施日期\n2023-12-01\n发布单位/组织\n国家市场监督管理总局、国家标准化管理委员会\n归口单位\n全国信息安全标准化技术委员会(SAC/TC 260)\n适用范围\n本文件规定了依据GB/T 35273—2020开展移动互联网应用程序个人信息安全测评的测评流程以及对各项安全要求进行测评的方法。',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.spc.org.cn/online/80a27939ce835c3b18caa58a12cd20c2.html',
        title: '中国标准在线服务网 – 信息安全技术 移动互联网应用程序(App)个人信息安全测评规范',
        quote:
          '本文件适用于指导第三方测评机构对移动互联网应用程序个人信息安全进行测评,以及主管监管部门对移动互联网应用程序个人信息安全进行监督管理,移动互联网应用程序运营者开展个人信息安全自评时参照执行。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 42888-2023 ─────────────────────────
  {
    id: 'document:assessment-specification-for-security-of-machine-learning-algorithms',
    name: 'Information Security Technology—Assessment Specification for Security of Machine Learning Algorithms',
    nameZh: '信息安全技术 机器学习算法安全评估规范',
    aliases: [
      'Information Security Technology-Security Specification and Assessment Methods for Machine Learning Algorithms',
      'Assessment Specification for Security of Machine Learning Algorithms',
    ],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-08-06',
    effective: '2024-03-01',
    code: 'GB/T 42888-2023',
    summary:
      'Recommended national standard setting security requirements and assessment methods for machine learning algorithm technologies and services, and the process for assessing their security across the algorithm life cycle.',
    sources: [
      {
        url: 'https://www.codeofchina.com/standard/GBT42888-2023.html',
        title: 'Code of China – GB/T 42888-2023',
        quote:
          'Standard No.: GB/T 42888-2023\nEnglish Name: Information security technology—Assessment specification for security of machine learning algorithms\nChinese Name: 信息安全技术 机器学习算法安全评估规范\nChinese Classification: L80    Data encryption\nProfessional Classification: GB    National Standard\nSource Content Issued by: SAMR; SAC\nIssued on: 2023-08-06\nImplemented on: 2024-3-1\nStatus: valid',
        supports: ['name', 'aliases', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.codeofchina.com/standard/GBT42888-2023.html',
        title: 'Code of China – GB/T 42888-2023',
        quote:
          'This document specifies the security requirements and assessment methods for machine learning algorithmic technologies and services, as well as the process for assessing the security of machine learning algorithms. This document is applicable to guiding machine learning algorithm providers in ensuring security throughout the machine learning algorithm lifecycle',
        supports: ['summary'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/china-ml-algorithm-security-draft-standard/',
        title: 'CSET – Information Security Technology-Security Specification and Assessment Methods for Machine Learning Algorithms (draft translation)',
        quote:
          'Information Security Technology-Security Specification and Assessment Methods for Machine Learning Algorithms\n\n信息安全技术 机器学习算法安全评估规范\n\nMarch 1, 2023\n\nRead our original translation of a draft Chinese national standard for the security of machine learning (ML) algorithms.',
        supports: ['aliases', 'nameZh', 'kind'],
      },
    ],
  },

  // ───────────────────────── GB/T 43698-2024 ─────────────────────────
  {
    id: 'document:software-supply-chain-security-requirements',
    name: 'Cybersecurity Technology—Software Supply Chain Security Requirements',
    nameZh: '网络安全技术 软件供应链安全要求',
    kind: 'national_standard',
    status: 'final',
    promulgated: '2024-04-25',
    effective: '2024-11-01',
    code: 'GB/T 43698-2024',
    summary:
      'Recommended national standard on software supply chain security, including security requirements for software acquirers (users).',
    sources: [
      {
        url: 'https://github.com/Threekiii/Awesome-Laws',
        title: 'Awesome-Laws (GitHub) – 网络安全法律法规、国家标准知识库:2024 年新发布',
        quote:
          '| GB/T 43698-2024   | 网络安全技术 软件供应链安全要求                                              | 2024-04-25 | 2024-11-01 |',
        supports: ['name', 'nameZh', 'code', 'kind', 'promulgated', 'effective'],
      },
      {
        url: 'https://wavecn.com/content.php?id=433',
        title: 'wavecn – 解读即将实施的 GB/T 43698-2024 《网络安全技术 软件供应链安全要求》(中篇)',
        quote:
          '继续解读即将实施的 GB/T 43698-2024 《网络安全技术 软件供应链安全要求》[1](以下主要简称为“标准”或“GB/T 43698”)。\n\n中篇聚焦在标准中的第7章,即需方安全要求 … 软件需方主要是软件的用户,一般意义上的“甲方”。',
        supports: ['nameZh', 'code', 'status', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 42447-2023 ─────────────────────────
  {
    id: 'document:data-security-guidelines-for-telecom-field',
    name: 'Information Security Technology—Data Security Guidelines for Telecom Field',
    nameZh: '信息安全技术 电信领域数据安全指南',
    aliases: ['Data Security Guidelines for Telecom Field'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-03-17',
    effective: '2023-10-01',
    code: 'GB/T 42447-2023',
    summary:
      'Recommended national standard giving security principles and general measures for data processing in the telecom field, with measures for collection, storage, use, transmission, provision, disclosure and destruction of telecom data.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT42447-2023',
        title: 'ChineseStandard.net – GB/T 42447-2023 PDF in English',
        quote:
          'Information security technology -\nData security guidelines for telecom field\nISSUED ON: MARCH 17, 2023\nIMPLEMENTED ON: OCTOBER 01, 2023\nIssued by: State Administration for Market Regulation;\nStandardization Administration of the People’s Republic of China. … This document provides security principles and general security measures for carrying\nout data processing activities in the telecom field, as well as corresponding security\nmeasures that should be taken during the implementation of data collection, storage,\nuse and processing, transmission, provision, disclosure, destruction, etc.',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT42447-2023',
        title: 'ChineseStandard.net – GB/T 42447-2023 PDF in English',
        quote: 'GB/T 42447-2023 | English | 200 |\nAdd to Cart\n|\n0-9 seconds. Auto-delivery.\n|\nInformation security technology -- Data security guidelines for telecom field\n| Valid |',
        supports: ['name', 'aliases', 'code', 'status'],
      },
      {
        url: 'https://max.book118.com/html/2024/0620/7141102105006123.shtm',
        title: '原创力文档 – GB/T 42447-2023 信息安全技术 电信领域数据安全指南',
        quote:
          '中华人民共和国国家标准GB/T42447—2023\n\n信息安全技术电信领域数据安全指南\n\nInformationsecuritytechnology—Datasecurityguidelinesfortelecomfield\n\n2023-03-17发布',
        supports: ['nameZh', 'code', 'kind', 'promulgated'],
      },
    ],
  },

  // ───────────────────────── GB/T 42884-2023 ─────────────────────────
  {
    id: 'document:guidelines-for-life-cycle-security-management-of-mobile-internet-applications',
    name: 'Information Security Technology—Guidelines for Life Cycle Security Management of Mobile Internet Applications (App)',
    nameZh: '信息安全技术 移动互联网应用程序(App)生命周期安全管理指南',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-08-06',
    effective: '2024-03-01',
    code: 'GB/T 42884-2023',
    summary:
      'Recommended national standard on managing app security across the life cycle — requirements analysis, design, testing, listing, operation, updates and termination — with risk data and vulnerability management.',
    sources: [
      {
        url: 'https://guifanku.com/784969.html',
        title: '规范库 – GB/T 42884—2023 信息安全技术 移动互联网应用程序(App)生命周期安全管理指南',
        quote:
          'ICS35.030 CCS L80 GB 中华人民共和国国家标准 GB/T42884—2023 信息安全技术移动互联网应用程序(App) 生命周期安全管理指南 Information security technology-Guidelines for life cycle security management of mobile Internet applications(App) 2023-08-06发布 2024-03-01实施 国家市场监督管理总局 国家标准化管理委员会 发布 GB/T42884-2023 目 次 前言 Ⅲ 1范围 2规范性引用文件 3术语和定义 1 4缩略语 2 5概述 2 5.1App存在的安全问题2 5.2App生命周期安全管理 .2 6生命周期阶段管理过程 3 6.1需求分析阶段 3 6.2开发设计阶段 4 6.3测试验证阶段 5 6.4上架发布阶段 6 6.5安装运行阶段 6.6更新维护阶段 7 6.7终止运营阶段8 6.8其他安全支持过程 .8 7风险监测管理过程 9 7.1风险数据管理9 7.2安全漏洞管理',
        supports: ['name', 'nameZh', 'code', 'kind', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT42884-2023',
        title: 'ChineseStandard.net – GB/T 42884-2023',
        quote:
          'GB/T 42884-2023: Information security technology - Guidelines for life cycle security management of mobile Internet applications(App) Status: Valid',
        supports: ['name', 'code', 'status'],
      },
    ],
  },

  // ─────────── CAC: guidelines on cybersecurity incident classification (annex, 2025) ───────────
  {
    id: 'document:guidelines-on-cybersecurity-incident-classification',
    name: 'Guidelines on Cybersecurity Incident Classification',
    nameZh: '网络安全事件分级指南',
    aliases: ['Cybersecurity Incident Classification Guidelines'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-09-11',
    effective: '2025-11-01',
    summary:
      'Annex to the CAC Measures on National Cybersecurity Incident Reporting grading incidents as particularly major, major, relatively major or general by outage, data, personal information and economic-loss thresholds; operators use it to decide whether and how fast to report.',
    relations: [{ type: 'based_on', target: 'document:measures-for-national-cybersecurity-incident-reporting', source: 0 }],
    sources: [
      {
        url: 'https://www.lw.com/en/insights/china-cac-announces-new-cybersecurity-incident-reporting-measures',
        title: 'Latham & Watkins – China’s CAC Announces New Cybersecurity Incident Reporting Measures',
        quote:
          'The Guidelines on Cybersecurity Incident Classification (the Guidelines), appended to the Measures, categorize incidents based on their severity and impact into four levels, as follows: particularly major; major; relatively major; and general cybersecurity incidents. The Guidelines provide both qualitative and quantitative thresholds in defining each of these levels',
        supports: ['name', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'http://www.qdubb.cn/html/2025/yunlingyaowen_0916/141638.html',
        title: '國家網絡安全事件報告管理辦法 (轉載自“網信中國”)',
        quote:
          '國家網絡安全事件報告管理辦法\n\n(2025年9月11日 國家互聯網信息辦公室) … 第四條 網絡運營者在發現或獲知涉及本單位的網絡安全事件時,應當按照《網絡安全事件分級指南》(見附件)進行研判,屬于較大以上網絡安全事件的,按以下程序報告:',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://cbltranslations.com/en-us/china-law/privacy/cybersecurity-incident-reporting-rules-translated/',
        title: 'CBL Translations – Cybersecurity incident reporting rules (translated)',
        quote:
          'Section 4 A network service provider shall review any cybersecurity incident pursuant to the Cybersecurity Incident Classification Guidelines upon becoming aware of the incident, and report any major, critical or significantly critical incident pursuant to the following procedures:',
        supports: ['aliases'],
      },
      {
        url: 'https://freshfromchina.com/cyberspace-administration-issues-national-cybersecurity-incident-reporting-measures',
        title: 'Fresh from China – Cyberspace Administration issues National Cybersecurity Incident Reporting Measures',
        quote:
          'Scope and timing: 国家互联网信息办公室 (CAC) released the Measures on Sept 11, 2025, which take effect on November 1, 2025 … Clear severity thresholds: The Classification Guide defines four levels (particularly major / major / relatively large / general) with concrete thresholds — personal data leaks of 100 million, 10 million, and 1 million people and direct economic-loss benchmarks of ¥100,000,000, ¥20,000,000, and ¥5,000,000 respectively.',
        supports: ['promulgated', 'effective', 'summary'],
      },
    ],
  },
];

/** Other English renderings of entries other files hold, merged onto them in index.ts. */
export const OTHER_NAMES_STANDARDS_15: CoreOtherNames[] = [
  {
    id: 'document:automobile-data-outbound-security-guidelines-2026',
    aliases: ['Guidelines on the Security of Automotive Data Cross-border Transfer (2026 Edition)'],
    sources: [
      {
        url: 'http://english.news18a.com/news/english_229416.html',
        title: 'news18a – Guidelines on the Security of Automotive Data Cross-border Transfer (2026 Edition)',
        quote:
          'Recently, eight government departments—including the Ministry of Industry and Information Technology (MIIT) and the Cyberspace Administration of China (CAC)—jointly issued the "Guidelines on the Security of Automotive Data Cross-border Transfer (2026 Edition)," aiming to facilitate efficient, convenient, and secure cross-border flows of automotive data.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:automobile-data-outbound-security-guidelines-2025-draft',
    aliases: ['Automotive Data Export Security Guidelines (2025 Edition)'],
    sources: [
      {
        url: 'https://reportify.ai/news/1132219489602113536',
        title: 'Reportify – automotive data export security guidelines draft',
        quote:
          'Core Viewpoint - The acceleration of Chinese autonomous driving companies\' overseas expansion raises concerns about automotive data security, prompting the release of the "Automotive Data Export Security Guidelines (2025 Edition)" draft for public consultation',
        supports: ['aliases'],
      },
    ],
  },
];
