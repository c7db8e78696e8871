/**
 * Curated core layer: sector rules and notices that TMT pages (law-firm alerts, regulatory-affairs
 * consultancies, trade press, Chinese news and government pages) cite and that the graph lacked —
 * the Ministry of Public Security’s 2020 guiding opinions on the classified protection and critical
 * information infrastructure systems, its 2008 inspection specification for classified protection
 * and its 2019 rules on electronic data forensics; the NMPA’s guidance on AI medical devices and
 * medical device cybersecurity and the State Council’s medical device regulations; the banking
 * regulator’s digital transformation opinions (2022) and digital finance implementation plan (2025),
 * the PBOC’s digital finance action plan (2024) and its financial industry standards on mobile
 * financial apps and AI algorithms; the NHC’s health informatization plan and its notice on the use of
 * electronic medical records (2025); and the Ministry of Education’s notices on harmful apps (2018)
 * and mobile phones (2021) in primary and secondary schools.
 *
 * OTHER_NAMES_SECTORS_19 adds English titles pages write for the NMPA medical device software
 * guidance the core layer already holds; index.ts merges them onto it with `withOtherNames`.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_SECTORS_19: CoreInstrument[] = [
  // ───────────── Ministry of Public Security: classified protection and CII ─────────────
  {
    id: 'document:guiding-opinions-on-implementing-cybersecurity-multi-level-protection-system-and-cii-security-protection-system',
    name: 'Guiding Opinions on Implementing the Cybersecurity Multi-Level Protection System and Critical Information Infrastructure Security Protection System',
    nameZh: '贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度的指导意见',
    aliases: [
      'Guiding Opinions on Implementing the Classified Protection System for Cyber Security and the System for Protection of the Security of Critical Information Infrastructures',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mps'],
    promulgated: '2020-07-22',
    summary:
      'MPS guidance for key sectors and departments on fully carrying out the classified (multi-level) protection system and the critical information infrastructure protection system, with networks at Level II or above filed with the public security organs.',
    sources: [
      {
        url: 'http://link.sov5.org/l/qggN6L7yVj',
        title: 'link.sov5.org (copy of an English translation) – Guiding Opinions on Implementing the Cybersecurity Multi-Level Protection System and Critical Information Infrastructure Security Protection System',
        quote:
          'the Ministry of Public Security has researched and formulated the “Guiding Opinions on Implementing the Cybersecurity Multi-Level Protection System and Critical Information Infrastructure Security Protection System”. These are hereby issued to you, please earnestly consult and implement them in combination with the work reality in your sectors and your departments.\n\nMinistry of Public Security\n\n22 July 2020',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/362-further-perfecting-comprehensive-prevention-and-control-system-for-national-cyber-security',
        title: 'Shanghai Foreign Investment Development Board – Further Perfecting Comprehensive Prevention and Control System for National Cyber Security',
        quote:
          'The Ministry of Public Security has formulated and recently issued the Guiding Opinions on Implementing the Classified Protection System for Cyber Security and the System for Protection of the Security of Critical Information Infrastructures (the "Opinions"). … Cyberspace is graded at five different levels based on the importance and the harmfulness after being damaged. The operator of cyberspace at or above Grade II shall file a record with the public security organ.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://aq.juming.cn/show/273.html',
        title: 'aq.juming.cn (from the MPS Cybersecurity Bureau) – 贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度',
        quote:
          '为深入贯彻党中央有关文件精神和《网络安全法》,指导重点行业、部门全面落实网络安全等级保护制度和关键信息基础设施安全保护制度,近日,公安部制定出台了《贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度的指导意见》',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:specification-for-public-security-organs-inspection-of-information-security-classified-protection',
    name: 'Specification for Public Security Organs’ Inspection of Information Security Classified Protection (Trial)',
    nameZh: '公安机关信息安全等级保护检查工作规范(试行)',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mps'],
    promulgated: '2008',
    summary:
      'MPS specification for how public security organs at or above the prefecture level inspect operators’ implementation of information security classified protection: yearly for Level 3 systems and every six months for Level 4 systems.',
    relations: [{ type: 'based_on', target: 'document:administrative-measures-for-graded-protection-of-information-security', source: 0 }],
    sources: [
      {
        url: 'https://cn-sec.com/archives/1212006.html',
        title: 'cn-sec.com (from the WeChat account 祺印说信安) – 闲话等级保护:公安机关如何监督检查等级保护落实情况?',
        quote:
          '在2008年还有一些我们能够直接看得到的政策文件,其中有一个是规范公安机关的文件,那就是《公安机关信息安全等级保护检查工作规范(试行)》(公信安【2008】736号)。\n该规范的制定依据还是《信息安全等级保护管理办法》,其目的和作用是为规范公安机关公共信息网络安全监察部门开展信息安全等级保护检查工作。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://cn-sec.com/archives/1212006.html',
        title: 'cn-sec.com (from the WeChat account 祺印说信安) – 闲话等级保护:公安机关如何监督检查等级保护落实情况?',
        quote:
          '信息安全等级保护检查工作不是任何层级的公安都参与的一项工作,而是由市(地)级以上公安机关公共信息网络安全监察部门负责实施。每年对第三级信息系统的运营使用单位信息安全等级保护工作检查一次,每半年对第四级信息系统的运营使用单位信息安全等级保护工作检查一次。',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:rules-on-obtainment-of-electronic-data-as-evidence-by-public-security-authorities-in-handling-criminal-cases',
    name: 'Rules of Obtainment of Electronic Data as Evidence by Public Security Authorities in Handling Criminal Cases',
    nameZh: '公安机关办理刑事案件电子数据取证规则',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mps'],
    promulgated: '2019-01-02',
    summary:
      'MPS rules on how public security organs collect and extract, examine (including investigative experiments), and inspect and appraise the electronic data of criminal cases, so that the data gathered stays authentic and complete.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=7320e564fbcfb6d0bdfb&lib=law',
        title: 'PKULAW (English) – Rules of Obtainment of Electronic Data as Evidence by Public Security Authorities in Handling Criminal Cases',
        quote:
          'Rules of Obtainment of Electronic Data as Evidence by Public Security Authorities in Handling Criminal Cases [Effective]\n公安机关办理刑事案件电子数据取证规则 [现行有效]',
        supports: ['name', 'nameZh', 'status'],
      },
      {
        url: 'https://www.chinalawtranslate.com/%E5%85%AC%E5%AE%89%E6%9C%BA%E5%85%B3%E5%8A%9E%E7%90%86%E5%88%91%E4%BA%8B%E6%A1%88%E4%BB%B6%E7%94%B5%E5%AD%90%E6%95%B0%E6%8D%AE%E5%8F%96%E8%AF%81%E8%A7%84%E5%88%99/',
        title: 'China Law Translate – 公安机关办理刑事案件电子数据取证规则',
        quote:
          '【颁布时间】2019-1-2\n【标题】公安机关办理刑事案件电子数据取证规则\n【发文号】\n【失效时间】\n【颁布单位】公安部',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.chinalawtranslate.com/%E5%85%AC%E5%AE%89%E6%9C%BA%E5%85%B3%E5%8A%9E%E7%90%86%E5%88%91%E4%BA%8B%E6%A1%88%E4%BB%B6%E7%94%B5%E5%AD%90%E6%95%B0%E6%8D%AE%E5%8F%96%E8%AF%81%E8%A7%84%E5%88%99/',
        title: 'China Law Translate – 公安机关办理刑事案件电子数据取证规则',
        quote:
          '第二条 公安机关办理刑事案件应当遵守法定程序,遵循有关技术标准,全面、客观、及时地收集、提取涉案电子数据,确保电子数据的真实、完整。\n\n第三条 电子数据取证包括但不限于:\n\n(一)收集、提取电子数据;\n\n(二)电子数据检查和侦查实验;\n\n(三)电子数据检验与鉴定。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── NMPA and the State Council: medical devices, AI and software ─────────────
  {
    id: 'document:regulations-on-supervision-and-administration-of-medical-devices',
    name: 'Regulations on the Supervision and Administration of Medical Devices',
    nameZh: '医疗器械监督管理条例',
    aliases: ['State Council Order No. 739'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2000-01-04',
    amended: ['2014-02-12', '2017-05-04', '2020-12-21'],
    summary:
      'The State Council’s regulations on the research, production, distribution and use of medical devices in China and their supervision, under the national medical products regulator.',
    sources: [
      {
        url: 'https://cnpre.com/sadclist/lawsshow_pi.php?id=2889',
        title: 'cnpre.com – 医疗器械监督管理条例',
        quote:
          '2000年1月4日中华人民共和国国务院令第276号公布\n2014年2月12日国务院第39次常务会议修订通过\n根据2017年5月4日《国务院关于修改〈医疗器械监督管理条例〉的决定》修订\n2020年12月21日国务院第119次常务会议修订通过\n第一章总则\n第一条为了保证医疗器械的安全、有效,保障人体健康和生命安全,促进医疗器械产业发展,制定本条例。\n第二条在中华人民共和国境内从事医疗器械的研制、生产、经营、使用活动及其监督管理,适用本条例。\n第三条国务院药品监督管理部门负责全国医疗器械监督管理工作。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://translate.hicom-asia.com/area/state-council-order-seven-three-nine',
        title: 'HI-COM – State Council Order Seven Three Nine',
        quote:
          'State Council Order No. 739, officially titled the Regulations on the Supervision and Administration of Medical Devices, aims to strengthen regulatory oversight throughout the entire lifecycle of medical devices in China, ensuring product safety and effectiveness.',
        supports: ['name', 'aliases', 'kind', 'issuers'],
      },
    ],
  },
  {
    id: 'document:guiding-principles-for-classification-and-definition-of-artificial-intelligence-medical-software-products',
    name: 'Guiding Principles for the Classification and Definition of Artificial Intelligence Medical Software Products',
    nameZh: '人工智能医用软件产品分类界定指导原则',
    aliases: [
      'Guiding Principles for Classification and Definition of Artificial Intelligence Medical Software Products',
      'Guiding Principles for Classifying and Defining Artificial Intelligence Medical Software Products',
      'Guiding Principles for the Classification and Determination of Artificial Intelligence Medical Software Products',
      'Artificial Intelligence Medical Software Classification Guideline',
    ],
    kind: 'guideline',
    status: 'final',
    issuers: ['nmpa'],
    summary:
      'NMPA principles on when AI medical software is a medical device (its core function processes medical device data for a medical purpose) and whether it falls in Class II or, when it assists decision-making, Class III.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-supervision-and-administration-of-medical-devices', source: 2 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2021/08/13/national-medical-products-administration-guiding-principles-for-classifying-and-defining-artificial-intelligence-medical-software-products',
        title: 'China Law & Practice – National Medical Products Administration, Guiding Principles for Classifying and Defining Artificial Intelligence Medical Software Products',
        quote:
          'National Medical Products Administration, Guiding Principles for Classifying and Defining Artificial Intelligence Medical Software Products\n\n国家药品监督管理局人工智能医用软件产品分类界定指导原则',
        supports: ['nameZh', 'aliases', 'kind', 'issuers'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/42107',
        title: 'VCBeat – China’s NMPA Unveils New Regulatory Framework for AI Medical Software',
        quote:
          'On July 8, the National Medical Products Administration (NMPA) released on its official website the “Notice of the National Medical Products Administration on Issuing the Guiding Principles for the Classification and Determination of Artificial Intelligence Medical Software Products (No. 47 of 2021),” formally issuing the “Guiding Principles for the Classification and Determination of Artificial Intelligence Medical Software Products”',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://topic.echemi.com/a/the-state-food-and-drug-administration-issued-guidelines-for-the-classification-and-definition-of-artificial-intelligence-medical-software-products_172845.html',
        title: 'echemi – guidelines for the classification and definition of artificial intelligence medical software products',
        quote:
          'Guiding Principles for Classification and Definition of Artificial Intelligence Medical Software Products\n\n    First, the purpose\n\n    In order to guide the determination of the management attributes and management categories of artificial intelligence medical software products, these principles are formulated in accordance with the "Regulations on the Supervision and Administration of Medical Devices"',
        supports: ['name', 'aliases', 'relations'],
      },
      {
        url: 'https://www.qualtechs.com/en-gb/new-guidelines-on-artificial-intelligence-medical-software-classification--august-2021',
        title: 'Qualtech – New Guidelines on Artificial Intelligence Medical Software Classification',
        quote:
          'China\'s Center for Medical Device Evaluation (CMDE) has issued the “Artificial Intelligence Medical Software Classification Guideline” on July 8, 2021, to direct manufacturers for the classification and the corresponding clinical data and regulatory submission.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.pacificbridgemedical.com/news-brief/china-finalized-classification-guidelines-for-ai-medical-devices/',
        title: 'Pacific Bridge Medical – China Finalized Classification Guidelines for AI Medical Devices',
        quote:
          'the product will be considered a medical device if its core function is the processing and analysis of medical device data, and its intended use is for medical purposes.\nWhether an AI medical device is a Class II or Class III medical device depends on its intended use. Class III AI devices are used to support medical decision making',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:guiding-principles-for-registration-review-of-artificial-intelligence-medical-devices',
    name: 'Guiding Principles for the Registration Review of Artificial Intelligence Medical Devices',
    nameZh: '人工智能医疗器械注册审查指导原则',
    aliases: ['Guideline for Artificial Intelligence in Medical Devices Registration'],
    kind: 'guideline',
    status: 'final',
    issuers: ['nmpa'],
    promulgated: '2022-03-09',
    summary:
      'NMPA guidance for registering AI medical devices — Class II and III standalone AI software and devices with AI software components — on their life-cycle processes, registration dossiers and technical review.',
    sources: [
      {
        url: 'https://chinameddevice.com/digital-health-nmpa-ai/',
        title: 'ChinaMedDevice – Digital Health: NMPA AI, software and cybersecurity guidelines',
        quote:
          'The NMPA released three guidelines in a single day, March 9, 2022 in an effort to regulate and support the rapid development in digital health:\n- Guideline for Artificial Intelligence in Medical Devices Registration\n- Guideline for Medical Device Software Registration\n- Guideline for Medical Device Cybersecurity',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://djk.zhaoyishi.net/quote/show.php?itemid=959',
        title: 'zhaoyishi.net – 国家药监局发布4项指导原则',
        quote:
          '《人工智能医疗器械注册审查指导原则》:适用于人工智能医疗器械的注册申报,包括第二类、第三类人工智能独立软件和含有人工智能软件组件的医疗器械(包括体外诊断医疗器械);适用于自研软件的注册申报,现成软件组件参照执行,不适用于外部软件环境。',
        supports: ['nameZh', 'kind', 'summary'],
      },
      {
        url: 'https://www.ciopharma.com/library/view/7083',
        title: 'ciopharma.com – 人工智能医疗器械注册审查指导原则',
        quote:
          '人工智能 医疗器械 注册 审查指导原则\n本指导原则旨在指导 注册申请人建立人工智能医疗器械生\n存周期过程和 准备 人工智能 医疗器械注册申报资料,同时规范\n人工智能 医疗器械 的 技术审评要求',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  {
    id: 'document:guiding-principles-for-technical-review-of-cybersecurity-registration-of-medical-devices-2017',
    name: 'Guiding Principles on the Technical Reviews of the Cybersecurity Registration of Medical Devices',
    nameZh: '医疗器械网络安全注册技术审查指导原则',
    kind: 'guideline',
    status: 'final',
    issuers: ['nmpa'],
    promulgated: '2017-01',
    summary:
      'The former CFDA’s first guidance on the cybersecurity of networked Class II and III medical devices in registration, stressing the confidentiality, integrity and availability of the data they generate and use; a draft second version followed in 2020.',
    sources: [
      {
        url: 'http://www.cms-lawnow.com/ealerts/2017/02/guiding-principles-concerning-the-cybersecurity-of-connected-medical-devices-published',
        title: 'CMS Law-Now – Guiding principles concerning the cybersecurity of connected medical devices published',
        quote:
          'The China Food and Drug Administration (“CFDA”) recently published the Guiding Principles on the Technical Reviews of the Cybersecurity Registration of Medical Devices (《医疗器械网络安全注册技术审查指导原则》) (“Guiding Principles”) to implement the principles of the PRC Cybersecurity Law.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://www.cms-lawnow.com/ealerts/2017/02/guiding-principles-concerning-the-cybersecurity-of-connected-medical-devices-published',
        title: 'CMS Law-Now – Guiding principles concerning the cybersecurity of connected medical devices published',
        quote:
          'The Guiding Principles apply to the registration of Type II and Type III medical devices that can be connected to networks (e.g. fixed line and mobile networks) to conduct electronic data exchanges or remote control … According to the Guiding Principles, a key aspect concerning the cybersecurity of medical devices is the confidentiality, integrity and availability of the data generated and used.',
        supports: ['summary'],
      },
      {
        url: 'https://chinameddevice.com/cybersecurity-guideline/',
        title: 'ChinaMedDevice – NMPA Cybersecurity Guideline Asks for Feedback',
        quote:
          'NMPA published “Draft Technical Guideline on Medical Device Cybersecurity” on September 8, 2020. Feedbacks need to be submitted to NMPA by October 19, 2020. It is the second version after the January 2017 issue.',
        supports: ['promulgated', 'summary'],
      },
    ],
  },
  {
    id: 'document:guiding-principles-for-registration-review-of-medical-device-cybersecurity-2022',
    name: 'Guiding Principles for the Registration Review of Medical Device Cybersecurity (2022 Revision)',
    nameZh: '医疗器械网络安全注册审查指导原则(2022年修订版)',
    aliases: ['Medical Device Cybersecurity Registration Review Guidelines (Revised, 2022)', 'Guideline for Medical Device Cybersecurity'],
    kind: 'guideline',
    status: 'final',
    issuers: ['nmpa'],
    promulgated: '2022-03-09',
    summary:
      'NMPA guidance on the cybersecurity life cycle of medical devices and the cybersecurity part of registration dossiers, for Class II and III software and devices with data exchange, remote access and control or user access functions.',
    relations: [{ type: 'amends', target: 'document:guiding-principles-for-technical-review-of-cybersecurity-registration-of-medical-devices-2017', source: 3 }],
    sources: [
      {
        url: 'https://www.bradyknowsmedical.com/documents-download/medical-device-cybersecurity-registration-review-guidelines-revised-2022/',
        title: 'Brady Knows Medical – Medical Device Cybersecurity Registration Review Guidelines (Revised, 2022)',
        quote:
          'Medical Device Cybersecurity Registration Review Guidelines (Revised, 2022)\n\n\n2022-03-29\n\nThe guidelines aim to guide registration applicants to standardize the medical device cybersecurity life cycle process and preparation of medical device cybersecurity registration document',
        supports: ['name', 'aliases', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://chinameddevice.com/digital-health-nmpa-ai/',
        title: 'ChinaMedDevice – Digital Health: NMPA AI, software and cybersecurity guidelines',
        quote:
          'The NMPA released three guidelines in a single day, March 9, 2022 in an effort to regulate and support the rapid development in digital health:\n- Guideline for Artificial Intelligence in Medical Devices Registration\n- Guideline for Medical Device Software Registration\n- Guideline for Medical Device Cybersecurity',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'http://djk.zhaoyishi.net/quote/show.php?itemid=959',
        title: 'zhaoyishi.net – 国家药监局发布4项指导原则',
        quote:
          '《医疗器械网络安全注册审查指导原则(2022年修订版)》:适用于医疗器械网络安全的注册申报,包括具备电子数据交换、远程访问与控制、用户访问三种功能当中一种及以上功能的第二、三类独立软件和含有软件组件的医疗器械(包括体外诊断医疗器械);适用于自研软件、现成软件的注册申报。',
        supports: ['nameZh', 'kind', 'summary'],
      },
      {
        url: 'https://wenku.csdn.net/doc/1xjct1vvp3',
        title: 'CSDN 文库 – 2022医疗器械网络安全审查新规定',
        quote:
          '医疗器械网络安全注册审查指导原则(2022年修订版)是在2017年版本的基础上进行的重要更新,针对医疗器械软件的安全保障提出了更为详尽的规定。新版本将网络安全能力的要求从19条增加到22条',
        supports: ['nameZh', 'relations'],
      },
      {
        url: 'http://hongyuanyixiezixun.com/fuwuxiangmu/guoleiyiliaoqixiezhucezixun/2022/0413/3321.html',
        title: '宏远医械咨询 – 医疗器械网络安全注册审查指导原则《2022年修订版》',
        quote:
          '医疗器械咨询据国家药监局发布《医疗器械网络安全注册审查指导原则(2022年修订版)》本指导原则旨在指导注册申请人规范医疗器械网络安全生存周期过程和准备医疗器械网络安全注册申报资料,同时规范医疗器械网络安全的技术审评要求',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Banking and insurance regulator: digital transformation and digital finance ─────────────
  {
    id: 'document:guiding-opinions-on-digital-transformation-of-banking-and-insurance-industry',
    name: 'Guidance on Digital Transformation of Banking and Insurance Industries',
    nameZh: '关于银行业保险业数字化转型的指导意见',
    aliases: ['Guidance Opinions Concerning Banking and Insurance Sector Digital Transformation'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nfra'],
    promulgated: '2022-01-10',
    summary:
      'The former banking and insurance regulator’s opinions on digitalising banks’ and insurers’ operations, including data governance, model and algorithm risk management and data security.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-to-encourage-digitalization-of-banking-and-insurance-industries',
        title: 'China Justice Observer – China to Encourage Digitalization of Banking and Insurance Industries',
        quote:
          'On 26 Jan. 2022, China Banking and Insurance Regulatory Commission (CBIRC) issued the “Guidance on Digital Transformation of Banking and Insurance Industries” (hereinafter “the Guidance”, 关于银行业保险业数字化转型的指导意见) … 3. Financial institutions are required to improve their data governance systems so as to realize systematic, automated, and intelligent data governance;\n  4. Financial institutions are required to establish a comprehensive management framework for model and algorithmic risk; and,\n  5. Financial institutions should enhance data security',
        supports: ['name', 'nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.chinabankingnews.com/2022/03/27/cbirc-calls-for-big-chinese-banks-to-provide-risk-control-technology-to-smaller-lenders/',
        title: 'China Banking News – CBIRC Calls for Big Chinese Banks to Provide Risk Control Technology to Smaller Lenders',
        quote:
          'CBIRC recently issued the “Guidance Opinions Concerning Banking and Insurance Sector Digital Transformation” (关于银行业保险业数字化转型的指导意见), which states that “driving the digital transformation of banking and insurance institutions is one of the key drivers of achieving the high-quality development of finance.”',
        supports: ['nameZh', 'aliases'],
      },
      {
        url: 'https://shui5.cn/article/17/150712.html',
        title: '税屋 (shui5.cn) – 中国银保监会办公厅关于银行业保险业数字化转型的指导意见',
        quote:
          '中国银保监会办公厅关于银行业保险业数字化转型的指导意见 银保监办发[2022]2号 2022-01-10 各银保监局,各政策性银行、大型银行、股份制银行、外资银行、直销银行',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
    ],
  },
  {
    id: 'document:implementation-plan-for-high-quality-development-of-digital-finance-in-banking-and-insurance-industry',
    name: 'Implementation Plan for the High-Quality Development of Digital Finance in the Banking and Insurance Industry',
    nameZh: '银行业保险业数字金融高质量发展实施方案',
    kind: 'plan',
    status: 'final',
    issuers: ['nfra'],
    promulgated: '2025-12-26',
    summary:
      'NFRA plan with 33 tasks for banks’ and insurers’ digital finance over five years: governance, services, AI and other technologies (“AI + finance”), data elements, risk management and digital supervision.',
    sources: [
      {
        url: 'https://www.webull.com.my/news-detail/14092671638782976',
        title: 'Webull (Zhitong Finance) – China Financial Supervision and Administration: main goal of digital finance development in the banking and insurance industry',
        quote:
          'Zhitongcaijing·12/26/2025 10:17:03 … The Zhitong Finance App learned that on December 26, the General Office of the State Financial Supervision and Administration issued a notice on the “Implementation Plan for the High-Quality Development of Digital Finance in the Banking and Insurance Industry”.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.kjjrw.com.cn/system/2026/01/16/015402043.shtml',
        title: '科技金融网 (kjjrw.com.cn) – 银行业保险业数字金融高质量发展实施方案',
        quote:
          '2025年12月26日,国家金融监督管理总局印发《银行业保险业数字金融高质量发展实施方案》(以下简称《方案》),旨在引领银行业保险业落实金融“五篇大文章”部署,推动全行业数字化转型',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.cfn.cn/index/tushuo/eyesCfnNewsDetail/id/62715.shtml',
        title: '中国金融新闻网 (cfn.cn) – 国家金融监督管理总局发布《银行业保险业数字金融高质量发展实施方案》',
        quote:
          '金融监管总局近日发布《银行业保险业数字金融高质量发展实施方案》(以下简称《方案》)。\n\n\n《方案》分为总体要求、工作任务、组织保障和监督管理3个部分,从数字金融治理、数字金融服务、数字技术应用、数据要素开发、风险管理和监管数字化智能化转型等方面提出了33项工作任务。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://www.cfn.cn/index/tushuo/eyesCfnNewsDetail/id/62715.shtml',
        title: '中国金融新闻网 (cfn.cn) – 国家金融监督管理总局发布《银行业保险业数字金融高质量发展实施方案》',
        quote: '三是充分发挥人工智能等新技术创新引领作用。加快发展“人工智能+金融”,探索前沿技术应用',
        supports: ['summary'],
      },
    ],
  },

  {
    id: 'document:jr-t-0092-2019-financial-mobile-application-software-security-management-specification',
    name: 'Financial Mobile Application Software Security Management Specification',
    nameZh: '移动金融客户端应用软件安全管理规范',
    code: 'JR/T 0092-2019',
    kind: 'industry_standard',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2019-09-27',
    effective: '2019-09-27',
    summary:
      'Financial industry standard setting the security requirements of mobile financial client apps and the management requirements for designing, developing, maintaining and releasing them.',
    sources: [
      {
        url: 'https://yunbiaozhun.com/detail/1075633.html',
        title: '云标准 (yunbiaozhun.com) – JR/T 0092-2019《移动金融客户端应用软件安全管理规范》',
        quote:
          '标准编号:JR/T 0092-2019\n\n标准名称:《移动金融客户端应用软件安全管理规范》\n\n发布日期:2019-09-27\n\n实施日期:2019-09-27\n\n归口单位:全国金融标准化技术委员会\n\n批准发布部门:中国人民银行',
        supports: ['nameZh', 'code', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://yunbiaozhun.com/detail/1075633.html',
        title: '云标准 (yunbiaozhun.com) – JR/T 0092-2019《移动金融客户端应用软件安全管理规范》',
        quote: '本标准规定了移动金融客户端应用软件的安全要求,以及客户端应用软件设计、开发、维护和发布的管理要求。',
        supports: ['summary'],
      },
      {
        url: 'http://guifan.ocsyun.com/ocsstandardinfo/info_342184',
        title: 'ocsyun 规范 – JR/T 0092-2019 移动金融客户端应用软件安全管理规范',
        quote:
          'JR/T 0092-2019 移动金融客户端应用软件安全管理规范\n\nFinancial mobile application software security management specification\n基本信息\n  • 标准号:\n    JR/T 0092-2019\n  • 名称:\n    移动金融客户端应用软件安全管理规范\n  • 英文名称:\n    Financial mobile application software security management specification\n  • 状态:\n    现行',
        supports: ['name', 'nameZh', 'code', 'status'],
      },
    ],
  },
  {
    id: 'document:jr-t-0221-2021-evaluation-specification-of-artificial-intelligence-algorithm-in-financial-application',
    name: 'Evaluation Specification for Applications of Artificial Intelligence Algorithms in Financial Applications',
    nameZh: '人工智能算法金融应用评价规范',
    code: 'JR/T 0221-2021',
    kind: 'industry_standard',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2021-03-26',
    effective: '2021-03-26',
    summary:
      'Financial industry standard on evaluating AI algorithms used in finance for security, interpretability, accuracy and performance, for financial institutions, algorithm providers and assessment bodies.',
    sources: [
      {
        url: 'https://www.bestao-consulting.com/detail?id=843',
        title: 'Bestao Consulting – PBOC issues AI algorithm financial application evaluation standard',
        quote:
          'On 26 March 2021, the People\'s Bank of China issued the financial sector standard Evaluation Specification for Applications of Artificial Intelligence Algorithms in Financial Applications, which will be implemented from the date of its issuance.\nThe standard is applicable to financial institutions, algorithm providers, third-party security assessment agencies, etc. that carry out artificial intelligence algorithm financial applications. The financial application evaluation framework of artificial intelligence algorithm is established from the aspects of security, interpretability, accuracy and performance',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://nongxinyin.com/nxyx/2023-09/27/article_2023092716434225411.html',
        title: '农信银资金清算中心 – 金融标准 为民利企:人工智能算法金融应用评价规范',
        quote: '人工智能算法金融应用评价规范JR/T 0221—2021\n适用范围\n本标准规定了人工智能算法在金融领域应用的基本要求评价方法、判定准则。',
        supports: ['nameZh', 'code', 'kind', 'summary'],
      },
    ],
  },
  {
    id: 'document:jr-t-0287-2023-guidelines-for-information-disclosure-of-artificial-intelligence-algorithms-in-financial-applications',
    name: 'Guidelines for Information Disclosure of Artificial Intelligence Algorithms in Financial Applications',
    nameZh: '人工智能算法金融应用信息披露指南',
    code: 'JR/T 0287-2023',
    kind: 'industry_standard',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2023-11-08',
    summary:
      'Financial industry standard guiding how financial institutions disclose information on the AI algorithms behind their products and services, to make them more explainable and transparent to consumers.',
    sources: [
      {
        url: 'http://science.china.com.cn/2024-07/16/content_42863407.htm',
        title: '中国网科学 – 人工智能算法金融应用信息披露指南',
        quote:
          '中国人民银行于2023年11月8日发布了金融行业标准《人工智能算法金融应用信息披露指南》(JR/T 0287-2023)(以下简称《指南》),《指南》由中国金融认证中心(CFCA)、多家商业银行以及业内头部机构联合参与编制。\n《指南》的发布有助于指导金融机构在使用人工智能算法提供金融产品和服务时,规范地开展算法信息披露活动,增强人工智能算法的可解释性和透明度,有利于维护金融消费者合法权益。',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── National Health Commission: health informatization and medical records ─────────────
  {
    id: 'document:14th-five-year-plan-for-national-health-informatization',
    name: '14th Five-Year Plan for National Health Informatization',
    nameZh: '“十四五”全民健康信息化规划',
    kind: 'plan',
    status: 'final',
    issuers: ['nhc', 'natcm', 'ndcpa'],
    summary:
      'Plan of the health commission and the TCM and disease control administrations to build, by 2025, a unified and interconnected national health information platform system, with public medical and health institutions connected to it.',
    sources: [
      {
        url: 'https://www.vcbeathealth.com/article/37740',
        title: 'VCBeat – National Health Informatization on the Horizon: Electronic Medical Records Poised as Core Infrastructure?',
        quote:
          'Recently, the National Health Commission, the National Administration of Traditional Chinese Medicine, and the National Bureau of Disease Control and Prevention jointly issued the "14th Five-Year Plan for National Health Informatization," aiming to initially establish a unified, authoritative, and interconnected support and guarantee system for the national health information platform by 2025, basically achieving full connectivity between public medical and health institutions and the national health information platform.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://ychlks.com/yyxglfj/hygq/202212/a92b9ac799614e72891f4f3231cd1548.shtml',
        title: 'ychlks.com – 《“十四五”全民健康信息化规划》解读',
        quote:
          '国家卫生健康委联合国家中医药局和国家疾控局根据全民健康信息化工作面临的新形势新任务,坚持“统筹集约、共建共享,服务导向、业务驱动,开放融合、创新发展,规范有序、安全可控”的基本原则,以引领支撑卫生健康事业高质量发展为主题,编制印发《“十四五”全民健康信息化规划》',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },
  {
    id: 'document:notice-on-further-strengthening-management-of-use-of-electronic-medical-record-information-in-medical-institutions',
    name: 'Notice on Further Strengthening the Management of the Use of Electronic Medical Record Information in Medical Institutions',
    nameZh: '关于进一步加强医疗机构电子病历信息使用管理的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc'],
    promulgated: '2025-06-30',
    summary:
      'Health commission notice on medical institutions’ use of electronic medical record information: graded, least-privilege access, no unlawful collection, transfer or leaking of patient information, confidentiality agreements with outside service providers and traceable use.',
    relations: [{ type: 'cites', target: 'document:administrative-measures-for-network-security-of-medical-and-health-institutions', source: 1 }],
    sources: [
      {
        url: 'https://www.g-medon.com/Item/71652.aspx',
        title: '环球医学 (g-medon.com) – 国家卫健委等部门发文 加强医疗机构电子病历信息使用管理',
        quote:
          '时间:2025年07月03日 … 6月30日,国家卫健委等部门发布《关于进一步加强医疗机构电子病历信息使用管理的通知》(简称《通知》),进一步加强医疗机构电子病历信息使用管理工作。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.cn-witmed.com/list/5/15548.html',
        title: 'cn-witmed.com – 关于进一步加强医疗机构电子病历信息使用管理的通知',
        quote:
          '进一步落实医疗质量安全核心制度、医疗机构病历管理规定、电子病历系统功能和应用管理规范、医疗卫生机构网络安全管理办法等有关要求,现就进一步加强医疗机构电子病历信息使用管理工作通知如下',
        supports: ['relations'],
      },
      {
        url: 'https://www.g-medon.com/Item/71652.aspx',
        title: '环球医学 (g-medon.com) – 国家卫健委等部门发文 加强医疗机构电子病历信息使用管理',
        quote:
          '落实分级管理要求,遵循最小可用原则,明确临床诊疗、教学、管理等相关人员分级访问权限和时限。\n\n《通知》明确,规范电子病历信息使用。医疗机构需规范相关人员使用权限和行为,不得违规收集、传输或泄露患者信息。加强短期人员培训与管理,确保权限与职责匹配,并与外部服务商签订保密协议。保障全流程可追溯',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Ministry of Education: apps and phones in schools ─────────────
  {
    id: 'document:notice-on-strictly-prohibiting-harmful-apps-from-entering-primary-and-secondary-schools',
    name: 'Notice on Strictly Prohibiting Harmful Apps from Entering Primary and Secondary Schools',
    nameZh: '关于严禁有害APP进入中小学校园的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['moe'],
    promulgated: '2018-12-25',
    summary:
      'Ministry of Education notice ordering a full screening of the apps entering primary and secondary schools, strict review and daily supervision of learning apps, and a filing-and-review system for them (“every app that enters is reviewed”).',
    sources: [
      {
        url: 'http://hztrustsoft.com.cn/news/show-197.aspx',
        title: 'hztrustsoft.com.cn – 教育部:严禁有害APP进入中小学校园',
        quote:
          '2018年12月25日,教育部发布《教育部办公厅关于严禁有害APP进入中小学校园的通知》,通知要求,立即开展全面排查,严格审查进入校园的学习类APP,加强学习类APP日常监管、探索学习类APP管理使用的长效机制。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://edu.online.sh.cn/education/gb/content/2019-01/07/content_9165942.htm',
        title: '上海热线 – 这类APP教育部已明令禁止 学生家长慎重安装',
        quote:
          '近日,教育部办公厅印发《关于严禁有害APP进入中小学校园的通知》,要求开展全面排查,建立学习类APP进校园备案审查制度,坚决防止有害APP进入中小学校园。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://fx361.cc/page/2019/0318/4985007.shtml',
        title: 'fx361 – 教育部办公厅印发《关于严禁有害APP进入中小学校园的通知》',
        quote:
          '各地要建立学习类APP进校园备案审查制度,按照“凡进必审”“谁选用谁负责”“谁主管谁负责”的原则建立“双审查”责任制。',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:notice-on-strengthening-management-of-mobile-phones-of-primary-and-secondary-school-students',
    name: 'Notice on Strengthening the Management of Mobile Phones of Primary and Secondary School Students',
    nameZh: '关于加强中小学生手机管理工作的通知',
    zhShortNames: ['教基厅函〔2021〕3号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['moe'],
    promulgated: '2021-01-15',
    summary:
      'Ministry of Education notice under which primary and secondary school students in principle may not bring personal mobile phones to school, and teachers may not use phones to set homework.',
    sources: [
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/zhengceku/2021-02/01/content_5584120.htm',
        title: 'gov.cn – 教育部办公厅关于加强中小学生手机管理工作的通知',
        quote:
          '標       題: 教育部辦公廳關於加強中小學生手機管理工作的通知\n  • 發文機關:教育部辦公廳\n  • 發文字號:教基廳函〔2021〕3號\n  • 來       源:教育部網站\n  • 主題分類:科技、教育\\教育\n  • 公文種類:通知\n  • 成文日期:2021年01月15日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/zhengceku/2021-02/01/content_5584120.htm',
        title: 'gov.cn – 教育部办公厅关于加强中小学生手机管理工作的通知',
        quote:
          '一、有限帶入校園。學校應當告知學生和家長,原則上不得將個人手機帶入校園。 … 加強課堂教學和作業管理,不得用手機佈置作業或要求學生利用手機完成作業。',
        supports: ['summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/quicktake-moe-blocks-phones-in-schools/',
        title: 'China Law Translate – Quicktake: MOE blocks phones in schools',
        quote:
          'TLDR: China’s Ministry of Education has largely banned mobile phones in elementary through high schools.\nSource: http://www.moe.gov.cn/srcsite/A06/s7053/202101/t20210126_511120.html',
        supports: ['issuers', 'summary'],
      },
    ],
  },
];

export const OTHER_NAMES_SECTORS_19: CoreOtherNames[] = [
  {
    id: 'document:guiding-principles-for-registration-review-of-medical-device-software-2022',
    aliases: ['Guideline for Medical Device Software Registration Review', 'Technical review guideline for the registration of medical device software'],
    sources: [
      {
        url: 'https://www.qualtechs.com/en-gb/china-guidelines-for-medical-device-cybersecurity-medical-device-software-and-ai-medical-device-registration--revised-edition-2022',
        title: 'Qualtech – China: Guidelines for Medical Device Cybersecurity, Medical Device Software, and AI Medical Device Registration (Revised Edition 2022)',
        quote:
          '2. Guideline for Medical Device Software Registration Review\nScope of application: it is applicable to the registration and application of medical device software, including class II and III that exist as software only and medical devices containing (including in vitro diagnostic medical devices)',
        supports: ['aliases'],
      },
      {
        url: 'https://www.cisema.com/en/digital-health-alert-3-new-china-regulatory-guidelines-released/',
        title: 'CISEMA – Digital Health Alert: 3 New China Regulatory Guidelines Released',
        quote:
          'On March 9, 2022, the CMDE (Center for Medical Device Evaluation) of the NMPA (National Medical Products Administration) issued the following 3 regulatory guidelines concerning digital health:\n\nTechnical review guideline for the registration of medical device software (No.9-2022)',
        supports: ['aliases'],
      },
    ],
  },
];
