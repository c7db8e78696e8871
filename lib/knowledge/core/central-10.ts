import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

/**
 * Central documents on computing power, platforms, digital government and data that pages about
 * China's digital economy cite: the NDRC's 2020 guiding opinions on a national integrated big data
 * center system and the 2023 implementation opinions on the “East Data, West Computing” project and a
 * national integrated computing power network; the NDRC-led 2021 several opinions on the platform
 * economy; the State Council General Office's 2021 opinions on government data sharing and 2022
 * construction guide for a national integrated government big data system; the State Council's 2024
 * guiding opinions on “efficiently getting one thing done”; the 2024 opinions on enterprise data
 * resources; and the General Office's 2025 implementation opinions on cultivating and opening
 * scenarios. OTHER_NAMES_CENTRAL_10 adds the renderings and numbers pages give the State Council's
 * “AI+” opinions and the “Data Elements ×” action plan.
 */
export const CORE_CENTRAL_10: CoreInstrument[] = [
  // ───────────── National integrated big data center collaborative innovation system (NDRC and others, December 2020) ─────────────
  {
    id: 'document:guiding-opinions-on-national-integrated-big-data-center-collaborative-innovation-system',
    name: 'Guiding Opinions on Accelerating the Construction of a National Integrated Big Data Center Collaborative Innovation System',
    nameZh: '关于加快构建全国一体化大数据中心协同创新体系的指导意见',
    zhShortNames: ['发改高技〔2020〕1922号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'cac', 'miit', 'nea'],
    code: '发改高技〔2020〕1922号',
    summary:
      'Opinions of the NDRC, the cyberspace office, MIIT and the energy administration, issued with State Council approval, to optimise the layout of data centres and build an integrated national system of data centres, cloud resources, data flows, applications and security, with targets for 2025.',
    sources: [
      {
        url: 'https://xinyuezhai.com/fwc/a/MzI3MTkwMzM0Nw==/2247562685/1',
        title: 'xinyuezhai.com (转载: 战术导弹技术)',
        quote:
          '关于加快构建全国一体化大数据中心协同创新体系的指导意见\n\n发改高技〔2020〕1922号\n\n\n各省、自治区、直辖市及计划单列市人民政府,新疆生产建设兵团,国务院各部委、各直属机构:\n\n\n数据是国家基础战略性资源和重要生产要素。加快构建全国一体化大数据中心协同创新体系,是贯彻落实党中央、国务院决策部署的具体举措。以深化数据要素市场化配置改革为核心,优化数据中心建设布局 … 经国务院同意,现提出以下意见。',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://jxylab.com/xw/zcdt/1005661.html',
        title: 'jxylab.com (中国产业经济信息网)',
        quote:
          '12月28日,国家发改委发布《关于加快构建全国一体化大数据中心协同创新体系的指导意见》的通知,该指导意见由国家发改委、中央网信办、工信部、国家能源局联合提出。 … 指导意见提出的发展目标为:到2025年,全国范围内数据中心形成布局合理、绿色集约的基础设施一体化格局。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── “East Data, West Computing” and the national integrated computing power network (NDRC, NDA and others, December 2023) ─────────────
  {
    id: 'document:implementation-opinions-on-east-data-west-computing-and-national-integrated-computing-power-network',
    name: 'Implementation Opinions on Deepening the Implementation of the “East Data, West Computing” Project and Accelerating the Construction of a National Integrated Computing Power Network',
    nameZh: '深入实施“东数西算”工程 加快构建全国一体化算力网的实施意见',
    zhShortNames: ['加快构建全国一体化算力网的实施意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'nda'],
    summary:
      'Opinions of the NDRC, the National Data Administration and three other departments to build a national integrated computing power network around the national hub nodes of the “East Data, West Computing” project, with targets for the end of 2025 such as over 60% of new computing power in hub regions and over 80% green power in new hub data centres.',
    sources: [
      {
        url: 'https://zyrm.hnjjbs.com/jingji/202312/68007.html',
        title: 'zyrm.hnjjbs.com (新华社)',
        quote:
          '国家数据局26日发布消息,国家发展改革委、国家数据局等五部门近日联合印发《深入实施“东数西算”工程 加快构建全国一体化算力网的实施意见》,提出到2025年底综合算力基础设施体系初步成型等一系列目标。 … 意见提出到2025年底的一系列目标,包括国家枢纽节点地区各类新增算力占全国新增算力的60%以上 … 国家枢纽节点新建数据中心绿电占比超过80%',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.icaiban.com/p/145233.html',
        title: 'icaiban.com – 2024年全国数据工作会议',
        quote:
          '4)數(shù)據(jù)基礎(chǔ)設(shè)施建設(shè)有力推進(jìn)。持續(xù)實(shí)施“東數(shù)西算”工程,制定加快構(gòu)建全國一體化算力網(wǎng)的實(shí)施意見,開展數(shù)據(jù)基礎(chǔ)設(shè)施布局研究。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Several opinions on the platform economy (NDRC and others, December 2021) ─────────────
  {
    id: 'document:several-opinions-on-promoting-healthy-and-sustainable-development-of-platform-economy',
    name: 'Several Opinions on Promoting the Healthy and Sustainable Development of the Platform Economy',
    nameZh: '国家发展改革委等部门关于推动平台经济规范健康持续发展的若干意见',
    zhShortNames: ['关于推动平台经济规范健康持续发展的若干意见', '发改高技〔2021〕1872号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'samr', 'miit'],
    promulgated: '2021-12-24',
    code: '发改高技〔2021〕1872号',
    summary:
      'Opinions of the NDRC, SAMR, MIIT and other departments to put in place rules suited to the platform economy, among them a revised Anti-Monopoly Law, supporting rules for the data and personal information laws, rules against unfair online competition and rules on platform pricing.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/Several-Opinions-on-Promoting-the-Healthy-and-Sustainable-Development-of-the-Platform-Economy/',
        title: 'China Law Translate',
        quote:
          'Several Opinions on Promoting the Healthy and Sustainable Development of the Platform Economy\n\nPromulgation Date: 2021-12-24\nTitle: 国家发展改革委等部门关于推动平台经济规范健康持续发展的若干意见\nDocument Number:发改高技〔2021〕1872号\nExpiration date: \nPromulgating Entities:国家发展和改革委员会 国家市场监督管理总局 工业和信息化部等',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/Several-Opinions-on-Promoting-the-Healthy-and-Sustainable-Development-of-the-Platform-Economy/',
        title: 'China Law Translate',
        quote:
          'to establish and complete a system of rules suited to the development of the platform economy and optimize the environment for the devel',
        supports: ['summary'],
      },
      {
        url: 'https://www.mct.gov.cn/gtb/index.jsp?url=https%3A%2F%2Fwww.mct.gov.cn%2Fpreview%2Fwhhlyqyzcxxfw%2Fzhgl%2F202201%2Ft20220126_930710.html',
        title: '文化和旅游部 (转载)',
        quote:
          '一、健全完善規則制度\n\n  (一)完善治理規則。\n\n  修訂《反壟斷法》,完善數據安全法、個人信息保護法配套規則。制定出台禁止網絡不正當競爭行為的規定。細化平台企業數據處理規則。制定出台平台經濟領域價格行為規則,推動行業有序健康發展。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Government data sharing coordination mechanism (State Council General Office, 2021) ─────────────
  {
    id: 'document:opinions-on-government-data-sharing-coordination-mechanism',
    name: 'Opinions of the General Office of the State Council on Establishing and Improving the Government Data Sharing Coordination Mechanism and Accelerating the Orderly Sharing of Data',
    nameZh: '国务院办公厅关于建立健全政务数据共享协调机制加快推进数据有序共享的意见',
    zhShortNames: ['关于建立健全政务数据共享协调机制加快推进数据有序共享的意见', '国办发〔2021〕6号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    code: '国办发〔2021〕6号',
    summary:
      'State Council General Office opinions on a government data sharing coordination mechanism with clear duties, to remedy weak sharing mechanisms and poor matching of data supply and demand; provinces and cities implement them with plans of their own.',
    sources: [
      {
        url: 'https://www.luan.gov.cn/public/6608171/9936701.html',
        title: '六安市人民政府办公室 – 六政办秘〔2022〕28号',
        quote:
          '根据《国务院办公厅关于建立健全政务数据共享协调机制加快推进数据有序共享的意见》(国办发〔2021〕6号)、《安徽省人民政府办公厅关于印发安徽省进一步建立健全政务数据共享协调机制加快推进数据有序共享行动方案的通知》(皖政办〔2021〕17号)精神,结合我市实际,特制定本方案。 … 建立健全职责清晰、权威高效的政务数据共享协调机制,着力解决政务数据共享机制不健全、供需对接不顺畅',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'kind', 'status', 'summary'],
      },
    ],
  },

  // ───────────── National integrated government big data system construction guide (State Council General Office, September 2022) ─────────────
  {
    id: 'document:national-integrated-government-big-data-system-construction-guide',
    name: 'Construction Guide for the National Integrated Government Big Data System',
    nameZh: '全国一体化政务大数据体系建设指南',
    aliases: ['National Integrated Government Big Data System Construction Guide'],
    kind: 'guideline',
    status: 'final',
    summary:
      'Guide released by the State Council to form, by the end of 2023, a national integrated government big data system with three types of platforms, led by the national government affairs big data platform as the general hub of government data management.',
    relations: [
      { type: 'based_on', target: 'document:opinions-on-government-data-sharing-coordination-mechanism', source: 0 },
      { type: 'based_on', target: 'document:guiding-opinions-on-strengthening-digital-government-construction', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.ipzhihu.com/NewsDetail/3748095.html',
        title: 'ipzhihu.com (全文转载)',
        quote:
          '全国 一体化政务大数据体系建设指南\n党中央、 国务院高度重视政务大数据体系建设 。 … 落实中央全面 深化改革委员会第十七次会议精神、《国务院办公厅关于 建立健全政务数据共享协调机制加快推进数据有序共享的 意见》 ( 国办发〔 2021 〕6 号 ) 和《国务院关于加强数字 政府建设的指导意见》 ( 国发〔2022〕14 号 ) 部署要求 , 整合构建标准统一 、布局合理、管理协同 、安全可靠的全 国一体化政务大数据体系',
        supports: ['nameZh', 'kind', 'status', 'relations'],
      },
      {
        url: 'https://english.www.gov.cn/policies/latestreleases/202210/28/content_WS635b9af9c6d0a757729e1e00.html',
        title: 'english.www.gov.cn – China to build integrated govt big data system',
        quote:
          'The State Council released a notice on Oct 28, aimed at navigating the construction of a national integrated government big data system. … By the end of 2023, the national integrated government big data system will be formed. … The national integrated government big data system includes three types of platforms: the national government affairs big data platform, acting as the general hub of government affairs data management in China; a provincial-level platform',
        supports: ['name', 'summary'],
      },
      {
        url: 'https://reportify.ai/reports/958919355167674368',
        title: 'reportify.ai – 数字政府一体化建设白皮书(2024年) (中国信通院)',
        quote:
          'The "National Integrated Government Big Data System Construction Guide" provides a detailed blueprint for digital government construction, emphasizing unified management and data sharing',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── “Efficiently getting one thing done” (State Council, January 2024) ─────────────
  {
    id: 'document:guiding-opinions-on-efficiently-getting-one-thing-done',
    name: 'Guiding Opinions of the State Council on Further Optimizing Government Services, Improving Administrative Efficiency and Promoting the “Efficient Completion of One Thing”',
    nameZh: '国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见',
    aliases: ['Guiding Opinions on Further Optimizing Government Services, Improving Administrative Efficiency, and Promoting "Efficient Completion of One Thing"'],
    zhShortNames: ['关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见', '国发〔2024〕3号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2024-01-09',
    code: '国发〔2024〕3号',
    summary:
      'State Council guiding opinions on getting government service matters done efficiently as “one thing”, with a first list of 13 key service items and a highly efficient government service system basically established by 2027.',
    sources: [
      {
        url: 'https://www.nmg.gov.cn/zwgk/zfxxgk/zfxxgkml/gzxzgfxwj/rlzyggfw/202405/W020240508520517839851/files/basic-html/index.html',
        title: '内蒙古自治区人民政府 – 内政发〔2024〕15号',
        quote:
          '为深入贯彻落实《国务院关于进一步优化政务服务提升行政\n效能推动“高效办成一件事”的指导意见》(国发〔2024〕3 号)\n精神,持续优化全区政务服务,全面提升行政效能,推动“高效\n办成一件事”',
        supports: ['nameZh', 'zhShortNames', 'code', 'issuers', 'kind', 'status'],
      },
      {
        url: 'http://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/zhengce/gwywj/202401/t20240116_3537512.html',
        title: '北京市人民政府 – 国务院文件',
        quote:
          '[發文機構] 國務院\n  3. [聯合發文單位]\n  4. [實施日期]\n  5. [成文日期] 2024-01-09\n  6. [發文字號] 國發〔2024〕3號',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'https://newsflash.city/2402/756cfa0ece42872b.html',
        title: 'newsflash.city',
        quote:
          'In January 2024, the "Guiding Opinions on Further Optimizing Government Services, Improving Administrative Efficiency, and Promoting "Efficient Completion of One Thing" (hereinafter referred to as the "Guiding Opinions") was issued',
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://en.people.cn/n3/2024/0117/c90000-20123162.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          'By 2027, a highly-efficient government services system that is universally accessible, intelligent, convenient, equitable and inclusive will be basically established, covering key services for both enterprises and individuals, according to the guideline.\nIt also specifies the first list of 13 key government service items to be improved.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Enterprise data resources (NDA and others, December 2024) ─────────────
  {
    id: 'document:opinions-on-promoting-development-and-utilization-of-enterprise-data-resources',
    name: 'Opinions on Promoting the Development and Utilization of Enterprise Data Resources',
    nameZh: '促进企业数据资源开发利用的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nda', 'cac', 'miit', 'mps'],
    summary:
      'Opinions of the National Data Administration, the cyberspace office, MIIT, the Ministry of Public Security and SASAC, with 13 measures in five areas, treating data that enterprises form or lawfully obtain in production and operation as a key resource for their development.',
    sources: [
      {
        url: 'https://goodnav.net/ainews/4655.html',
        title: 'GoodNav',
        quote:
          '国家数据局、中央网信办、工业和信息化部、公安部、国务院国资委于12月25日发布了《促进企业数据资源开发利用的意见》(以下简称《意见》)。\n《意见》明确提出,企业在生产和经营过程中所形成或合法获取的数据是其发展的一项关键资源。 … 《意见》从五个方面提出了13条具体的措施',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Scenario cultivation and opening (State Council General Office, November 2025) ─────────────
  {
    id: 'document:implementation-opinions-on-accelerating-scenario-cultivation-and-opening',
    name: 'Implementation Opinions on Accelerating Scenario Cultivation and Openness to Promote Large-Scale Application of New Scenarios',
    nameZh: '国务院办公厅关于加快场景培育和开放推动新场景大规模应用的实施意见',
    zhShortNames: ['关于加快场景培育和开放推动新场景大规模应用的实施意见', '国办发〔2025〕37号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2025-11-07',
    code: '国办发〔2025〕37号',
    summary:
      'State Council General Office opinions that identify 22 priority areas for cultivating and opening application scenarios in five key fields, to speed up the large-scale application of new scenarios.',
    sources: [
      {
        url: 'http://www.ditan360.com/about/info-189406.html',
        title: 'ditan360.com – 重庆市加快场景培育和开放推动新场景大规模应用实施方案(征求意见稿)',
        quote:
          '为贯彻落实《国务院办公厅关于加快场景培育和开放推动新场景大规模应用的实施意见》(国办发〔2025〕37号),培育扩大场景有效供给,促进场景资源开放和公平高效配置,推动新场景大规模应用',
        supports: ['nameZh', 'zhShortNames', 'code', 'issuers', 'kind', 'status'],
      },
      {
        url: 'https://reportify.cn/news/1185525356434690048',
        title: 'reportify.cn (21世纪经济报道)',
        quote:
          '21世纪经济报道·2025-11-11 07:17\n\n11月7日,国务院办公厅对外印发《关于加快场景培育和开放推动新场景大规模应用的实施意见》',
        supports: ['zhShortNames', 'issuers', 'promulgated'],
      },
      {
        url: 'https://en.caapa.org/News_detial/1989221332714037248.html',
        title: 'CAAPA',
        quote:
          'On November 7, the General Office of the State Council issued the "Implementation Opinions on Accelerating Scenario Cultivation and Openness to Promote Large-Scale Application of New Scenarios." Focusing on five key areas—building a batch of application scenarios in new fields and emerging tracks, and developing a batch of new business models for industrial transformation and upgrading—the document identifies 22 priority areas for scenario cultivation and openness.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },
];

/** Renderings and document numbers pages give central documents another file holds. */
export const OTHER_NAMES_CENTRAL_10: CoreOtherNames[] = [
  {
    id: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action',
    aliases: [
      'Opinions of the State Council on Deepening the Implementation of the “Artificial Intelligence+” Initiative',
      'Opinions on Deeply Implementing the ‘Artificial Intelligence (AI)+’ Initiative',
      'Guo Fa [2025] No. 11',
      'Guofa [2025] No. 11',
      'State Council [2025] Document No. 11',
    ],
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/china-ai-plus-opinions-2025',
        title: 'CSET (Georgetown) – translation',
        quote:
          'Opinions of the State Council on Deepening the Implementation of the “Artificial Intelligence+” Initiative\nState Council [2025] Document No. 11',
        supports: ['aliases'],
      },
      {
        url: 'https://uniteddaily.my/en/1947f6e0-4348-4d24-8a50-2f1cd601f115',
        title: 'United Daily (Malaysia)',
        quote:
          'This document, titled \'Opinions on Deeply Implementing the ‘Artificial Intelligence (AI)+’ Initiative,\' first states that China should fully leverage its advantages',
        supports: ['aliases'],
      },
      {
        url: 'https://www.scqcyz.cn/en/news/2.html',
        title: 'scqcyz.cn',
        quote:
          'State Council Opinions on Deeply Implementing the "Artificial Intelligence+" Action\n\nSource: State Council Document No.: Guo Fa [2025] No. 11 Date: August 21, 2025 Release Date: August 26, 2025',
        supports: ['aliases'],
      },
      {
        url: 'https://en.taibo.cn/p/25980362',
        title: 'en.taibo.cn',
        quote: 'Opinions of the State Council on Deepening the Implementation of the "Artificial Intelligence+" Action\n\nGuofa [2025] No. 11',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:data-elements-x-three-year-action-plan-2024-2026',
    zhShortNames: ['国数政策〔2023〕11号'],
    sources: [
      {
        url: 'http://www.zrcfjt.com/article/36/951.html',
        title: 'zrcfjt.com (转载)',
        quote: '国家数据局等部门关于印发《“数据要素×”三年行动计划(2024—2026年)》的通知\n\n国数政策〔2023〕11号',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:plan-for-overall-layout-of-building-digital-china',
    aliases: ['Overall Layout Plan for the Development of a Digital China'],
    sources: [
      {
        url: 'https://www.chinabankingnews.com/2023/02/28/digital-china-development-plan-calls-for-greater-state-coordination-of-economic-development/',
        title: 'China Banking News',
        quote:
          'The Central Committee of the Communist Party of China (CPC) and the State Council recently jointly released the “Overall Layout Plan for the Development of a Digital China” (数字中国建设整体布局规划).',
        supports: ['aliases'],
      },
    ],
  },
];
