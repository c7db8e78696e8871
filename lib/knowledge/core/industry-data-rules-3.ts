import type { CoreInstrument, DocumentTitleZh } from './types';

/**
 * Sector data and technology rules outside internet content that pages on connected vehicles,
 * industrial data and computing infrastructure cite, and that the graph lacked: MIIT's 2021 notice
 * on network and data security of the Internet of Vehicles, the 2025 MIIT/SAMR notice on access,
 * recall and OTA upgrades of intelligent connected vehicles, the 2024 national standard on vehicle
 * data, MIIT's 2024 rules on data security risk assessment in the industry and IT sector, and the
 * 2023 action plan for computing power infrastructure. Also the Chinese title of MIIT's 2021
 * opinions on ICV manufacturers and product access, which the newsletters name in English only.
 */
export const CORE_INDUSTRY_DATA_RULES_3: CoreInstrument[] = [
  // ─────────────────────── ICV access, recall and OTA upgrades (2025) ───────────────────────
  {
    id: 'document:notice-on-further-strengthening-access-recall-and-ota-upgrade-management-of-intelligent-connected-vehicles',
    name: 'Notice on Further Strengthening the Administration of Automobile Product Admission, Recall, and Over-The-Air Software Upgrade for Intelligent and Connected Vehicles',
    nameZh: '关于进一步加强智能网联汽车产品准入、召回及软件在线升级管理的通知',
    // Each page words admission/access, recall and OTA upgrade management its own way.
    aliases: [
      'Notice on Further Strengthening the Management of Market Access, Recalls, and Over-the-Air (OTA) Software Updates for Intelligent Connected Vehicle Products',
      'Notice on Further Strengthening the Management of Market Access, Recalls, and Over-the-Air (OTA) Software Updates for Intelligent Connected Vehicles',
      'Notice on Strengthening the Admission, Recall, and Software Over-the-Air Upgrade Management of Intelligent Connected Vehicles',
      'Further Strengthening the Market Access, Recall, and Over-the-Air Software Upgrade Management of Intelligent Connected Vehicle Products',
    ],
    zhShortNames: ['工信部45号文'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'samr'],
    promulgated: '2025-02-25',
    summary:
      'MIIT/SAMR notice tightening product access and recall rules for intelligent connected vehicles with combined driver-assistance systems and regulating manufacturers’ over-the-air software upgrades.',
    sources: [
      {
        url: 'https://cms-lawnow.com/en/ealerts/2025/03/miit-and-samr-further-strengthening-the-administration-of-automobile-product-admission-recall-and-ota-software-upgrade-for-intelligent-and-connec',
        title: 'CMS Law-Now',
        quote:
          'On 25 February 2025, the PRC Ministry of Industry and Information Technology (“MIIT”) and the State Administration for Market Regulation (“SAMR”) jointly issued the Notice on Further Strengthening the Administration of Automobile Product Admission, Recall, and Over-The-Air Software Upgrade for Intelligent and Connected Vehicles (Gong Xing Bu Lian Tong Zhuang [2025] No. 45, “Notice”). The purpose of this Notice is to enhance the administration of product admission and recall for Intelligent and Connected Vehicle (“ICV”) products equipped with Combined Driver Assistance Systems (“CDAS”) and Over-The-Air (“OTA”) upgrade functions.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.haiwen-law.com/94/1934',
        title: '海问律师事务所',
        quote:
          '通知草案落实了《缺陷汽车产品召回管理条例》《关于进一步加强智能网联汽车产品准入、召回及软件在线升级管理的通知》(工信部联通装〔2025〕45号,“工信部45号文”)相关要求,与《广告法》《反不正当竞争法》衔接。',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://www.bestao-consulting.com/detail?id=1787',
        title: 'Bestao Consulting',
        quote:
          'On February 25, 2025, the Ministry of Industry and Information Technology (MIIT) and the State Administration for Market Regulation (SAMR) jointly issued the Notice on Further Strengthening the Management of Market Access, Recalls, and Over-the-Air (OTA) Software Updates for Intelligent Connected Vehicle Products.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'http://wicvc.com/art/2025/4/14/art_2164_11073.html',
        title: 'World Intelligent Connected Vehicles Conference',
        quote:
          'the Ministry of Industry and Information Technology (MIIT), in collaboration with the State Administration for Market Regulation (SAMR), has issued the Notice on Further Strengthening the Management of Market Access, Recalls, and Over-the-Air (OTA) Software Updates for Intelligent Connected Vehicles(hereinafter referred to as the Notice).',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://mmlcgroup.com/ota-vehicle-regs/',
        title: 'MMLC Group',
        quote:
          'on 25 February 2025, the Ministry of Industry and Information Technology (MIIT) and the State Administration for Market Regulation (SAMR) have jointly issued the Notice on Strengthening the Admission, Recall, and Software Over-the-Air Upgrade Management of Intelligent Connected Vehicles (hereinafter referred to as the Notice).',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.bestao-consulting.com/detail?id=1799&status=china_compliance',
        title: 'Bestao Consulting',
        quote:
          'the Ministry of Industry and Information Technology (MIIT) and the State Administration for Market Regulation (SAMR) jointly issued the notice “Further Strengthening the Market Access, Recall, and Over-the-Air Software Upgrade Management of Intelligent Connected Vehicle Products”, on February 25, 2025.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
    ],
  },
  // ─────────────────────── GB/T 44464-2024 General requirements of vehicle data ───────────────────────
  {
    id: 'document:general-requirements-of-vehicle-data',
    name: 'General Requirements of Vehicle Data',
    nameZh: '汽车数据通用要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2024-08-23',
    effective: '2024-08-23',
    code: 'GB/T 44464-2024',
    summary:
      'Recommended national standard setting general requirements for data that vehicles generate and collect, including personal information protection, protection of key data and audit assessment.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2044464-2024',
        title: 'GB/T 44464-2024 General requirements of vehicle data',
        quote:
          'GB/T 44464-2024\n\nActive\n\nGeneral requirements of vehicle data\n\n汽车数据通用要求\n\nStandard Type\nGBT\nICS\n43.020\nCCS\nT40\nStatus\nActive\nIssue Date\n2024-08-23\nImplementation\n2024-08-23\nCentralized Committee\n工业和信息化部\nIssuing Authority\n国家市场监督管理总局、国家标准化管理委员会',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'code'],
      },
      {
        url: 'https://sesec.eu/?p=8247',
        title: 'SESEC',
        quote:
          'On August 23, 2024, the National Technical Committee of Auto Standardization (SAC/TC114) released GB/T 44464-2024 General Requirements of Vehicle Data (hereinafter referred to as the General Requirements). This recommended national standard specifies the general requirements for data generated and collected during the research, design, and manufacturing of vehicles, including personal information protection, key data protection, audit assessment, experimental requirements, and corresponding test methods.',
        supports: ['name', 'kind', 'code', 'summary'],
      },
    ],
  },
  // ─────────────────────── MIIT data security risk assessment rules (2024) ───────────────────────
  {
    id: 'document:implementation-rules-for-data-security-risk-assessment-in-industry-and-information-technology-sectors',
    name: 'Implementation Rules for Data Security Risk Assessment in the Industry and Information Technology Sectors (Trial)',
    nameZh: '工业和信息化领域数据安全风险评估实施细则(试行)',
    aliases: ['Implementing Rules for Data Security Risk Assessments in the Field of Industry and Information Technology (for Trial Implementation)'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2024-05-10',
    effective: '2024-06-01',
    summary:
      'MIIT rules requiring processors of important and core data in the industry and IT sectors to carry out a data security risk assessment at least once a year and report it to the local regulator.',
    relations: [{ type: 'implements', target: 'document:measures-for-data-security-management-in-industry-and-information', source: 1 }],
    sources: [
      {
        url: 'https://sesec.eu/2024/news-events/news/another-step-by-miit-to-manage-industrial-data-security',
        title: 'SESEC: Another step by MIIT to manage industrial data security',
        quote:
          'Recently, China’s Ministry of Industry and Information Technology (MIIT) rolled out the Implementation Rules for Data Security Risk Assessment in the Industry and Information Technology Sectors (Trial) (referred to as the Rules), effective from June 1, 2024. The document aims to standardize mandatory data security risk assessments concerning key and core data within these sectors.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'http://chinamomentum.com/article/35088.html',
        title: '工信部印发《工业和信息化领域数据安全风险评估实施细则(试行)》',
        quote:
          '5月24日,工信部于其官网发布《工业和信息化领域数据安全风险评估实施细则(试行)》(简称《实施细则》)。\n《实施细则》在《工业和信息化领域数据安全管理办法(试行)》第三十一条(工业和信息化领域重要数据和核心数据处理者应当自行或委托第三方评估机构,每年对其数据处理活动至少开展一次风险评估,及时整改风险问题,并向本地区行业监管部门报送风险评估报告)的基础上,进一步细化了数据安全风险评估相关内容。',
        supports: ['nameZh', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://desk33.com/d-1542539.html',
        title: '【中英文对照版】工业和信息化领域数据安全风险评估实施细则(试行).docx',
        quote:
          '工业和信息化部关于印发工业和信息化领域数据安全风险评估实施细则(试行)的通知(工信部网安(2024)82号)',
        supports: ['nameZh', 'issuers', 'kind'],
      },
      {
        url: 'https://desk33.com/d-1542539.html',
        title: '【中英文对照版】工业和信息化领域数据安全风险评估实施细则(试行).docx',
        quote: '发文字号:工怙郡网安(2024)82号公布日期:2024.05.10施行日期:2024.06.01效力位阶:部门规定性文件',
        supports: ['promulgated', 'effective', 'kind'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=025faad73fcc43e2863f44729a7023c7',
        title: 'Watson & Band: MIIT to Regulate Data Security Risk Assessments in the Field of Industry and Information Technology',
        quote:
          'On October 9, the Ministry of Industry and Information Technology (MIIT) drafted the Implementing Rules for Data Security Risk Assessments in the Field of Industry and Information Technology (for Trial Implementation) (Draft for Comment) (the "Draft"), which is currently open for public comments until November 8, 2023.',
        supports: ['aliases'],
      },
    ],
  },
  // ─────────────────────── Computing power infrastructure action plan (2023) ───────────────────────
  {
    id: 'document:action-plan-for-high-quality-development-of-computing-power-infrastructure',
    name: 'Action Plan for the High-Quality Development of Computing Power Infrastructure',
    nameZh: '算力基础设施高质量发展行动计划',
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2023-10-08',
    summary:
      'Plan of six departments led by MIIT to expand China’s computing, network and storage capacity, including intelligent computing for AI, while making data centres greener, with targets for 2025.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-charts-future-in-tech-big-moves-in-computing-power-infrastructure',
        title: 'China Justice Observer',
        quote:
          'On 8 Oct. 2023, six Chinese government departments, including the Ministry of Industry and Information Technology, released the “Action Plan for the High-Quality Development of Computing Power Infrastructure” (算力基础设施高质量发展行动计划, hereinafter the “Plan”)\n\nThe highlights of the Plan are as follows.\n\n  • The computing power infrastructure in the Plan refers to a novel productivity that integrates information computing power, network capacity, and data storage, primarily aimed at providing services to society.\n  • By 2025, in terms of computing power, the computing scale is expected to exceed 300 EFLOPS, with intelligent computing accounting for 35%.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/china_compute_infrastructure_action_plan',
        title: 'CSET translation: Action Plan for the High-Quality Development of Computing Power Infrastructure',
        quote:
          'The plan urges the expansion of compute in China, particularly of supercomputing and “intelligent compute” optimized for AI applications. But the policy also emphasizes improving the energy efficiency and lowering the carbon footprint of computing power infrastructure such as data centers.',
        supports: ['summary'],
      },
    ],
  },
];

/** Chinese titles of newsletter documents in this area that the graph names in English only. */
export const TITLES_ZH_INDUSTRY_DATA_3: DocumentTitleZh[] = [
  {
    id: 'document:opinions-on-strengthening-management-of-intelligent-and-connected',
    nameZh: '关于加强智能网联汽车生产企业及产品准入管理的意见',
    url: 'https://m.douchai.cn/document/280240488.html',
    title: '《关于加强智能网联汽车生产企业及产品准入管理的意见》解读',
    quote:
      '《关于加强智能网联汽车生产企业及产品准入管理的意见》解 读 本文旨在解读国家有关加强智能网联汽车生产企业及产品准入 管理的意见,从意见的背景、主要内容和意义三个方面进行分 析',
  },
];
