import type { CoreInstrument } from './types';

/**
 * Provincial and municipal plans and measures of 2023–2025 on data elements, AI, computing power and
 * the low-altitude economy that pages cite and the graph lacked: Shanghai's data-element industry
 * action plan (沪府办发〔2023〕14号); Beijing's 2023 implementation opinions on data elements and the
 * digital economy, its plan for the data-elements pilot zone, its detailed rules on data-market
 * transaction standards and its work plan on large models in government affairs; Hangzhou's measures
 * on the whole AI industry chain and its 2025 AI innovation highland plan; Chongqing's AI+ action plan
 * (渝府办发〔2025〕60号), its scenario-driven AI action plan (渝经信发〔2023〕49号) and its plan on AI
 * for megacity governance (渝城治办〔2025〕7号); Hubei's low-altitude economy action plan; Fujian's
 * new-infrastructure three-year action plan; Shandong's 2025 opinions on releasing data value; Tianjin's
 * AI innovation action plan (2025–2027); and the 2021 data-element market allocation reform action plans
 * of Guangdong (粤府函〔2021〕151号) and Guangzhou (穗府函〔2021〕224号).
 */
export const CORE_LOCAL_19: CoreInstrument[] = [
  // ───────────── Shanghai data-element industry action plan (2023) ─────────────
  {
    id: 'document:shanghai-data-element-industry-innovation-action-plan-2023-2025',
    name: 'Action Plan for Promoting the Innovation and Development of the Data Factor Industry Based on the New Track of Digital Economy (2023-2025)',
    nameZh: '立足数字经济新赛道推动数据要素产业创新发展行动方案(2023-2025年)',
    aliases: ['Action Plan for Promoting Data Factor Industry Innovation and Development Based on the New Digital Economy Track (2023-2025)'],
    zhShortNames: ['沪府办发〔2023〕14号'],
    code: '沪府办发〔2023〕14号',
    kind: 'plan',
    status: 'final',
    issuers: ['shanghai-municipal-government'],
    promulgated: '2023-07-22',
    summary: "Shanghai's plan for the data factor industry by 2025: a data market system and a national-level data exchange, a data industry of 500 billion yuan, 1,000 data-business firms, 1,000 high-quality data sets and 1,000 branded data products.",
    sources: [
      {
        url: 'https://english.shanghai.gov.cn/en-Bulletin/20231208/cd4f9201ca67426e9bb58555d4d9cad9.html',
        title: 'Shanghai Municipal People’s Government (english.shanghai.gov.cn)',
        quote:
          'Action Plan for Promoting the Innovation and Development of the Data Factor Industry Based on the New Track of Digital Economy (2023-2025)\n\nenglish.shanghai.gov.cn\n\nDecember 1, 2023\n\n(July 22, 2023)\n\nSMPG GO G [2023] No. 14',
        supports: ['name', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://english.shanghai.gov.cn/en-Bulletin/20231208/cd4f9201ca67426e9bb58555d4d9cad9.html',
        title: 'Shanghai Municipal People’s Government (english.shanghai.gov.cn)',
        quote:
          'By 2025, this Municipality shall basically establish a data market system, and the status of a national-level Data Exchange; fully release the momentum of the data factor industry so as to enable the scale of the data industry to reach 500 billion yuan, with a compound annual growth rate of 15 percent, and introduce and cultivate 1,000 enterprises of digital commerce. This Municipality shall also build up a super node for the integrated application of digital chain, and form 1,000 high-quality data sets, create 1,000 name brand data products',
        supports: ['summary'],
      },
      {
        url: 'http://www.tongji-ec.com.cn/page167?article_id=610',
        title: 'tongji-ec.com.cn (full text of the notice)',
        quote:
          '上海市人民政府办公厅关于印发《立足数字经济新赛道推动数据\n要素产业创新发展行动方案(2023-2025年)》的通知\n沪府办发〔2023〕14号\n各区人民政府,市政府各委、办、局:\n经市政府同意,现将《立足数字经济新赛道推动数据要素产业创新发展行动方案(2023-2025年)》印发给你们,请认真按照执行。\n上海市人民政府办公厅\n2023年7月22日',
        supports: ['nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.tongji-ec.com.cn/page167?article_id=610',
        title: 'tongji-ec.com.cn (full text of the notice)',
        quote:
          '到2025年,数据要素市场体系基本建成,国家级数据交易所地位基本确立;数据要素产业动能全面释放,数据产业规模达5000亿元,年均复合增长率达15%,引育1000家数商企业;建成数链融合应用超级节点,形成1000个高质量数据集,打造1000个品牌数据产品',
        supports: ['summary'],
      },
      {
        url: 'https://en.foresightnews.pro/shanghai-government-issues-action-plan-for-promoting-data-factor-industry-innovation-and-development-in-the-new-digital-economy-deepening-the-application-of-blockchain-technology/',
        title: 'Foresight News',
        quote:
          'Foresight News reports that the Shanghai Municipal People’s Government Office has issued the “Action Plan for Promoting Data Factor Industry Innovation and Development Based on the New Digital Economy Track (2023-2025)”.',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ───────────── Beijing plan for the data-elements comprehensive pilot zone (2025) ─────────────
  {
    id: 'document:beijing-data-elements-comprehensive-pilot-zone-construction-plan',
    name: 'Plan for Building the Comprehensive Pilot Zone for Data Elements (Beijing)',
    nameZh: '数据要素综合试验区(北京)建设方案',
    kind: 'plan',
    status: 'final',
    summary:
      "Beijing's construction plan for its national comprehensive pilot zone for data elements, issued with the city's implementation opinions on the zone to carry out the national reform of data-element market allocation.",
    sources: [
      {
        url: 'https://zwfwj.beijing.gov.cn/zwgk/jyta/202510/t20251028_4241915.html',
        title: 'Beijing Municipal Bureau of Government Services and Data Management',
        quote:
          '制定《北京市关于建设数据要素综合试验区的实施意见》《数据要素综合试验区(北京)建设方案》,整体落实国家关于数据要素市场配置化改革系列部署和政策安排',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Beijing detailed rules on data-market transaction standards ─────────────
  {
    id: 'document:beijing-data-element-market-transaction-standards-detailed-rules',
    name: 'Detailed Rules on Standards and Specifications for Data Element Market Transactions (Beijing)',
    nameZh: '数据要素市场交易标准规范细则',
    kind: 'normative_document',
    status: 'final',
    summary: 'Beijing rules setting standards and specifications for transactions on the data-element market, issued among its basic data policies.',
    sources: [
      {
        url: 'https://zwfwj.beijing.gov.cn/zwgk/jyta/202510/t20251028_4241915.html',
        title: 'Beijing Municipal Bureau of Government Services and Data Management',
        quote:
          '(一)基础制度体系持续完善。一是遵循“一区三中心”数据发展思路和定位,出台《关于加快北京市公共数据资源开发利用的实施意见》《数据要素市场交易标准规范细则》等政策措施',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Beijing work plan on large models in government affairs ─────────────
  {
    id: 'document:beijing-government-affairs-large-model-coordinated-construction-work-plan',
    name: 'Beijing Work Plan for the Coordinated Construction and Application of Large Models in Government Affairs',
    nameZh: '政务领域大模型统筹建设应用工作方案',
    kind: 'plan',
    status: 'final',
    summary: "Beijing's work plan, part of its top-level design for AI+, for building and applying large models across government affairs in a coordinated way.",
    sources: [
      {
        url: 'https://zwfwj.beijing.gov.cn/zwgk/jyta/202510/t20251028_4241915.html',
        title: 'Beijing Municipal Bureau of Government Services and Data Management',
        quote:
          '二是加强“人工智能+”顶层设计。出台全国首个省级“人工智能+”行动计划,围绕政务服务、空间计算、广电传媒、能源保障等领域组织推动一批标杆应用场景,同步制定政务领域大模型统筹建设应用工作方案、有关管理办法和大模型技术选型指引等标准规范。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Hangzhou AI innovation highland implementation plan (2025) ─────────────
  {
    id: 'document:hangzhou-ai-innovation-highland-implementation-plan-2025',
    name: 'Hangzhou Implementation Plan for Accelerating the Building of an Artificial Intelligence Innovation Highland (2025 Edition)',
    nameZh: '杭州市加快建设人工智能创新高地实施方案(2025年版)',
    kind: 'plan',
    status: 'final',
    promulgated: '2025-06-13',
    summary:
      'Hangzhou’s 2025 plan for building an artificial intelligence innovation highland, aiming among others at two foundation models of international first-class level and more than 25 vertical industry models of major influence.',
    sources: [
      {
        url: 'http://www.bjdljx.cn/subsidy_info/TVRZNE13PT0=',
        title: 'bjdljx.cn (mirror of the Hangzhou notice)',
        quote:
          '現將《杭州市加快建設人工智能創新高地實施方案(2025年版)》印發給你們,請結合實際認真貫徹落實。\n杭州市人民政府\n2025年6月13日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'http://www.bjdljx.cn/subsidy_info/TVRZNE13PT0=',
        title: 'bjdljx.cn (mirror of the Hangzhou notice)',
        quote: '培育具有國際一流水平的基礎大模型2個、具有行業重大影響力的垂直應用大模型25個以上。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Chongqing AI+ action plan (2025) ─────────────
  {
    id: 'document:chongqing-ai-plus-action-plan',
    name: 'Chongqing Action Plan for Promoting "Artificial Intelligence+"',
    nameZh: '重庆市推动“人工智能+”行动方案',
    zhShortNames: ['渝府办发〔2025〕60号'],
    code: '渝府办发〔2025〕60号',
    kind: 'plan',
    status: 'final',
    promulgated: '2025-12-13',
    summary:
      "Chongqing's plan implementing the State Council's AI+ opinions, pairing AI with Digital Chongqing: over 70% uptake of new intelligent terminals and agents by 2026 and over 80% by 2027 across six key fields.",
    relations: [{ type: 'implements', target: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action', source: 0 }],
    sources: [
      {
        url: 'https://www.mpaypass.com.cn/download/202512/17142653.html',
        title: 'mpaypass.com.cn (移动支付网, full text)',
        quote:
          '重庆市人民政府办公厅关于印发《重庆市推动“人工智能+” 行动方案》的通知(渝府办发〔2025〕60号) … 重庆市人民政府办公厅\n\n2025年12月13日 … 为贯彻落实《国务院关于深入实施“人工智能+”行动的意见》(国发〔2025〕11号),推动人工智能(AI)和数字重庆双向赋能,加快建设全国人工智能应用高地,制定本行动方案。',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.mpaypass.com.cn/download/202512/17142653.html',
        title: 'mpaypass.com.cn (移动支付网, full text)',
        quote:
          '到2026年,AI和数字重庆双向赋能取得显著成效,形成一批AI赋能综合应用场景,新一代智能终端、智能体等普及率超过70%。到2027年,AI和科技、产业、治理、民生、消费、开放等6大重点领域广泛深度融合,新一代智能终端、智能体等应用普及率超过80%',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Chongqing scenario-driven AI action plan (2023) ─────────────
  {
    id: 'document:chongqing-scenario-driven-ai-industry-action-plan-2023-2025',
    name: 'Chongqing Action Plan for Driving the High-Quality Development of the Artificial Intelligence Industry with Scenarios (2023–2025)',
    nameZh: '重庆市以场景驱动人工智能产业高质量发展行动计划(2023—2025年)',
    zhShortNames: ['渝经信发〔2023〕49号'],
    code: '渝经信发〔2023〕49号',
    kind: 'plan',
    status: 'final',
    promulgated: '2023-07-24',
    summary:
      "Chongqing's plan, issued by its economy and IT commission with the city's cyberspace office and other departments, to build a scenario-innovation system for AI and a national AI innovation application pilot zone by 2025.",
    sources: [
      {
        url: 'https://ashea.com.cn/caijing/2023/0726/791191.html',
        title: 'ashea.com.cn (news mirror with the full notice)',
        quote:
          '关于印发重庆市以场景驱动人工智能产业高质量发展行动计划(2023—2025年)的通知\n渝经信发〔2023〕49号\n重庆市经济和信息化委员会\n中共重庆市委网络安全和信息化委员会办公室',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://ashea.com.cn/caijing/2023/0726/791191.html',
        title: 'ashea.com.cn (news mirror with the full notice)',
        quote:
          '《行动计划》提出,到2025年,重庆将基本形成多维度、多层次、多元化的人工智能场景创新体系,成功创建国家人工智能创新应用先导区。 … 重庆市卫生健康委员会 重庆市大数据应用发展管理局\n2023年7月24日',
        supports: ['promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Chongqing action plan on AI for megacity governance (2025) ─────────────
  {
    id: 'document:chongqing-ai-megacity-governance-action-plan-2025-2027',
    name: 'Chongqing Action Plan for Empowering the Modern Governance of a Megacity with Artificial Intelligence (2025–2027)',
    nameZh: '重庆市人工智能赋能超大城市现代化治理行动计划(2025—2027年)',
    zhShortNames: ['渝城治办〔2025〕7号'],
    code: '渝城治办〔2025〕7号',
    kind: 'plan',
    status: 'final',
    promulgated: '2025-03-11',
    summary:
      "Chongqing's plan to apply AI to city governance, such as intelligent scenarios for water, power and gas lifelines, with at least seven AI application scenarios built by 2027.",
    sources: [
      {
        url: 'https://m.bjx.com.cn/mnews/20250312/1431508.shtml',
        title: 'bjx.com.cn (北极星, from the Chongqing Municipal Bureau of Urban Management)',
        quote:
          '3月11日,重庆市城市治理委员会办公室数字重庆建设领导小组办公室关于印发《重庆市人工智能赋能超大城市现代化治理行动计划(2025—2027年)》的通知(渝城治办〔2025〕7号)。其中明确,加快AI赋能城市运营维护一体管控,构建供水、用电、燃气智能应用场景',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://m.bjx.com.cn/mnews/20250312/1431508.shtml',
        title: 'bjx.com.cn (北极星, from the Chongqing Municipal Bureau of Urban Management)',
        quote: '重庆市人工智能赋能超大城市现代化治理行动计划(2025—2027年)\n\n2025-03-12 09:12 来源:重庆市城市管理局 \n\n3月11日 … 到2027年,完成7个以上AI赋能应用场景建设。',
        supports: ['promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Hubei low-altitude economy action plan (2024) ─────────────
  {
    id: 'document:hubei-low-altitude-economy-action-plan-2024-2027',
    name: 'Hubei Province Action Plan for Accelerating the High-Quality Development of the Low-Altitude Economy (2024–2027)',
    nameZh: '湖北省加快低空经济高质量发展行动方案(2024—2027年)',
    kind: 'plan',
    status: 'final',
    summary:
      'Hubei’s plan for the low-altitude economy, with 16 key tasks in four areas: an industry of over 100 billion yuan by 2027, more than 30 general airports and 600 take-off and landing sites.',
    sources: [
      {
        url: 'http://baokang.cjyun.org/p/220019.html',
        title: 'baokang.cjyun.org (Hubei county news site)',
        quote:
          '近日,《湖北省加快低空经济高质量发展行动方案(2024—2027年)》(以下简称《行动方案》)发布。《行动方案》提出,2027年,力争湖北全省低空经济产业规模突破1000亿元,建成30个以上通用机场和600个以上起降场地等。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://baokang.cjyun.org/p/220019.html',
        title: 'baokang.cjyun.org (Hubei county news site)',
        quote: '《行动方案》部署了四方面16项重点任务,着力打造“四张网”“三大集群”“六种新业态”。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Fujian new infrastructure three-year action plan (2023) ─────────────
  {
    id: 'document:fujian-new-infrastructure-three-year-action-plan-2023-2025',
    name: 'Fujian Province Three-Year Action Plan for New Infrastructure Construction (2023–2025)',
    nameZh: '福建省新型基础设施建设三年行动计划(2023—2025年)',
    kind: 'plan',
    status: 'final',
    promulgated: '2023-07-04',
    summary: "Fujian's plan for new infrastructure by 2025: 120,000 5G base stations, 98 Tbps of inter-provincial internet bandwidth and over 300 PFLOPS of high-performance computing.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E7%A6%8F%E5%BB%BA%E7%9C%81%E6%96%B0%E5%9E%8B%E5%9F%BA%E7%A4%8E%E8%A8%AD%E6%96%BD%E5%BB%BA%E8%A8%AD%E4%B8%89%E5%B9%B4%E8%A1%8C%E5%8B%95%E8%A8%88%E7%95%AB%EF%BC%882023%E2%80%942025%E5%B9%B4%EF%BC%89/63179238',
        title: 'newton.com.tw (wiki)',
        quote:
          '經省委和省政府研究同意,現將《福建省新型基礎設施建設三年行動計畫(2023—2025年)》印發給你們,請認真組織實施。\n福建省人民政府辦公廳\n2023年7月4日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'http://dvbcn.com/p/140021.html',
        title: 'DVBCN – 福建省新型基础设施建设三年行动计划(2023—2025年)',
        quote:
          '福建省人民政府办公厅印发的《福建省新型基础设施建设三年行动计划(2023—2025年)》已对外公示 … 到2025年,全省建成5G基站12万个,5G用户普及率70%。',
        supports: ['summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E7%A6%8F%E5%BB%BA%E7%9C%81%E6%96%B0%E5%9E%8B%E5%9F%BA%E7%A4%8E%E8%A8%AD%E6%96%BD%E5%BB%BA%E8%A8%AD%E4%B8%89%E5%B9%B4%E8%A1%8C%E5%8B%95%E8%A8%88%E7%95%AB%EF%BC%882023%E2%80%942025%E5%B9%B4%EF%BC%89/63179238',
        title: 'newton.com.tw (wiki)',
        quote:
          '我省每萬人擁有5G基站30個,網際網路省際出口頻寬達98Tbps,高性能計算峰值算力超300PFLOPS',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shandong implementation opinions on data value and the digital economy (2025) ─────────────
  {
    id: 'document:shandong-opinions-on-releasing-data-value-and-digital-economy-2025',
    name: 'Implementation Opinions of the General Office of the Shandong Provincial People’s Government on Accelerating the Release of Data Value and Promoting the High-Quality Development of the Digital Economy',
    nameZh: '山东省人民政府办公厅关于加快释放数据价值加力推进数字经济高质量发展的实施意见',
    aliases: [
      "Implementation Opinions of the General Office of the People's Government of Shandong Province on Accelerating the Release of Data Value and Strengthening the Promotion of High Quality Development of the Digital Economy",
    ],
    zhShortNames: ['关于加快释放数据价值加力推进数字经济高质量发展的实施意见'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-07-31',
    summary:
      'Shandong’s guidance on a digital economy built on data: supplying, circulating, operating and using data elements around its national data-elements comprehensive pilot zone, and developing AI with computing-power, model and corpus vouchers.',
    sources: [
      {
        url: 'https://reconnectchina.univie.ac.at/items/688d54a5cd9db96a0e28ba7d',
        title: 'ReConnect China (University of Vienna)',
        quote:
          '山东省人民政府办公厅关于加快释放数据价值加力推进数字经济高质量发展的实施意见\n\nEnglish title (machine-translated)\nOpinions of the Shandong Provincial People\'s Government Office on Accelerating the Release of Data Value and Promoting High-Quality Development of the Digital Economy.\nPublished\n2025-07-31\nType\nLaw, regulation or policy',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://www.xtjcxh.org/974.html',
        title: 'xtjcxh.org (reprint of the Shandong government’s explanation)',
        quote:
          '近日,山东省人民政府办公厅印发《关于加快释放数据价值加力推进数字经济高质量发展的实施意见》(以下简称《实施意见》) … 以国家数据要素综合试验区建设为契机,围绕数据“供得出、流得动、用得好”,从强化数据要素优质供给、促进数据要素高效流通、推动数据要素合规运营、加快数据要素开发利用等方面,明确了释放数据价值的具体措施。',
        supports: ['zhShortNames', 'summary'],
      },
      {
        url: 'https://en.taibo.cn/p/25980241',
        title: 'en.taibo.cn (from the Shandong Provincial People’s Government website)',
        quote:
          "Implementation Opinions of the General Office of the People's Government of Shandong Province on Accelerating the Release of Data Value and Strengthening the Promotion of High Quality Development of the Digital Economy … Implement incentive policies for \"computing power coupons,\" \"model coupons,\" \"corpus coupons,\" and \"innovation coupons,\" and strengthen the supply of core elements of artificial intelligence.",
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ───────────── Tianjin AI innovation action plan (2025) ─────────────
  {
    id: 'document:tianjin-ai-innovation-development-action-plan-2025-2027',
    name: 'Tianjin Action Plan for Promoting the Innovative Development of Artificial Intelligence (2025–2027)',
    nameZh: '天津市促进人工智能创新发展行动方案(2025—2027年)',
    kind: 'plan',
    status: 'final',
    summary:
      "Tianjin's plan for \"AI + Xinchuang\": 100 key core technologies, 30 benchmark AI application scenarios and over 100 billion yuan of revenue for core AI firms by 2027, in 19 tasks.",
    sources: [
      {
        url: 'http://m.fwsight.com/shenghuo/218638.html',
        title: 'fwsight.com (news mirror)',
        quote:
          '天津市人民政府办公厅印发《天津市促进人工智能创新发展行动方案(2025-2027年)》。其中明确工作目标:充分发挥本市信创链条完备、应用场景丰富的资源禀赋优势,一体推进研发攻关、应用示范、产业集聚,打造“人工智能(AI)+信创”新优势',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://m.fwsight.com/shenghuo/218638.html',
        title: 'fwsight.com (news mirror)',
        quote:
          '到2027年,攻克100项关键核心技术,在图形处理器(GPU)、AI操作系统、AI服务器、具身智能等领域技术水平位居全国前列,培育30个人工智能应用标杆场景,人工智能基础核心企业营业收入突破1000亿元',
        supports: ['summary'],
      },
      {
        url: 'http://www.youyongwang.cn/4app/3542/a1289907.html',
        title: 'youyongwang.cn (C114 report, mirror)',
        quote:
          '近日,天津市人民政府辦公廳印發《天津市促進人工智能創新發展行動方案(2025—2027年)》(以下簡稱《方案》)。\n《方案》提出,到2027年,攻克100項關鍵核心技術,培育30個人工智能應用標桿場景,人工智能基礎核心企業營業收入突破1000億元',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'http://www.youyongwang.cn/4app/3542/a1289907.html',
        title: 'youyongwang.cn (C114 report, mirror)',
        quote: '《方案》從夯實底層技術,提升核心能力;開展“人工智能+”行動,賦能千行百業;培育優質企業和平臺載體,推動產業集聚發展;強化要素供給,優化發展環境等四方面發布19項重點任務。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Guangdong data-element market allocation reform action plan (2021) ─────────────
  {
    id: 'document:guangdong-data-element-market-allocation-reform-action-plan',
    name: 'Guangdong Province Action Plan for the Reform of the Market-Based Allocation of Data Elements',
    nameZh: '广东省数据要素市场化配置改革行动方案',
    zhShortNames: ['粤府函〔2021〕151号'],
    code: '粤府函〔2021〕151号',
    kind: 'plan',
    status: 'final',
    issuers: ['guangdong-provincial-government'],
    promulgated: '2021-07-05',
    summary:
      "Guangdong's plan, the first in China on the market-based allocation of data elements, of 24 tasks in five areas: releasing public data, activating social data, pooling and applying data, data trading and circulation, and data security.",
    sources: [
      {
        url: 'https://credit.gz.gov.cn/cxwhn/zcfg/gz/content/post_7948164.html',
        title: 'Credit Guangzhou (Guangzhou Municipal People’s Government)',
        quote:
          '根据《中共中央 国务院关于构建更加完善的要素市场化配置体制机制的意见》、《广东省人民政府关于印发广东省数据要素市场化配置改革行动方案的通知》(粤府函〔2021〕151号)等要求,结合我市实际,制定本行动方案。',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%BB%A3%E6%9D%B1%E7%9C%81%E6%95%B8%E6%93%9A%E8%A6%81%E7%B4%A0%E5%B8%82%E5%A0%B4%E5%8C%96%E9%85%8D%E7%BD%AE%E6%94%B9%E9%9D%A9%E8%A1%8C%E5%8B%95%E6%96%B9%E6%A1%88/57976133',
        title: 'newton.com.tw (wiki)',
        quote:
          '2021年7月,《廣東省數據要素市場化配置改革行動方案》正式印發。作為全國首份數據要素市場化配置改革檔案,《行動方案》明確五大方面24項任務,從釋放公共數據資源價值、激發社會數據資源活力、加強數據資源匯聚融合與創新套用、促進數據交易流通、強化數據安全保護等方面著力。',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
      {
        url: 'http://shao168.com/hj/ztzl/ggzyjy/ztbxx/zcfg/content/post_3566336.html',
        title: '广东省人民政府关于印发广东省数据要素市场化配置改革行动方案的通知 (转载)',
        quote: '粵府函〔2021〕151號 … 廣東省人民政府\n2021年7月5日',
        supports: ['code', 'promulgated'],
      },
    ],
  },
  // ───────────── Guangzhou data-element market allocation reform action plan (2021) ─────────────
  {
    id: 'document:guangzhou-data-element-market-allocation-reform-action-plan',
    name: 'Guangzhou Action Plan for the Reform of the Market-Based Allocation of Data Elements',
    nameZh: '广州市数据要素市场化配置改革行动方案',
    zhShortNames: ['穗府函〔2021〕224号'],
    code: '穗府函〔2021〕224号',
    kind: 'plan',
    status: 'final',
    promulgated: '2021-11-24',
    summary:
      "Guangzhou's plan, under Guangdong's action plan, to turn data from a resource into a production factor and build a unified, open, law-based, secure and efficient data-element market.",
    relations: [{ type: 'implements', target: 'document:guangdong-data-element-market-allocation-reform-action-plan', source: 0 }],
    sources: [
      {
        url: 'https://credit.gz.gov.cn/cxwhn/zcfg/gz/content/post_7948164.html',
        title: 'Credit Guangzhou (Guangzhou Municipal People’s Government)',
        quote:
          '穗府函〔2021〕224号\n广州市人民政府关于印发广州市数据要素市场化配置改革行动方案的通知\n各区人民政府,市政府各部门、各直属机构:\n现将《广州市数据要素市场化配置改革行动方案》印发给你们,请认真贯彻执行。执行过程中遇到的问题,请径向市政务服务数据管理局反映。\n广州市人民政府\n2021年11月24日 … 根据《中共中央 国务院关于构建更加完善的要素市场化配置体制机制的意见》、《广东省人民政府关于印发广东省数据要素市场化配置改革行动方案的通知》(粤府函〔2021〕151号)等要求',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'promulgated', 'relations'],
      },
      {
        url: 'https://credit.gz.gov.cn/cxwhn/zcfg/gz/content/post_7948164.html',
        title: 'Credit Guangzhou (Guangzhou Municipal People’s Government)',
        quote:
          '为进一步促进数据由资源向要素转化,推进数据要素市场化配置改革 … 力争“十四五”期间率先构建“统一、开放、法治、安全、高效”的数据要素市场体系',
        supports: ['summary'],
      },
    ],
  },
];
