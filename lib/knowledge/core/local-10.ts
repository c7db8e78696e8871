import type { CoreInstrument } from './types';

/**
 * Provincial and municipal documents of 2023–2026 on "AI+" (人工智能+), data work, data elements,
 * public data, computing power, digital government and the low-altitude economy that pages cite and
 * the graph lacked: Beijing's AI+ action plan (2024–2025), its data-elements comprehensive pilot
 * zone opinions, public data opinions and "Data Elements ×" plan; the AI+ plans of Jiaxing, Shaanxi,
 * Gansu and Jiangxi, the Guizhou and Jinhua AI plans and Sichuan's draft; Shanxi's data work
 * measures (晋政发〔2024〕14号) and digital government plan; Datong's data industry plan and AI
 * measures; Hohhot's green computing and AI opinions (呼政发〔2025〕11号); and the low-altitude
 * economy rules of Shenzhen (SEZ regulations), Guangdong and Shanghai.
 */
export const CORE_LOCAL_10: CoreInstrument[] = [
  // ───────────── Beijing AI+ action plan (2024–2025) ─────────────
  {
    id: 'document:beijing-ai-plus-action-plan-2024-2025',
    name: 'Beijing Action Plan to Promote "Artificial Intelligence +" (2024-2025)',
    nameZh: '北京市推动“人工智能+”行动计划(2024-2025年)',
    zhShortNames: ['北京市推动“人工智能+”行动计划'],
    kind: 'plan',
    status: 'final',
    issuers: ['beijing-economy-it-bureau'],
    promulgated: '2024-07-26',
    summary:
      "Beijing's plan to speed up the application of AI large models: benchmark projects in robotics, education, health care, culture and transport, and by the end of 2025 3–5 base models, 100 industry models and 1,000 industry cases.",
    relations: [
      { type: 'based_on', target: 'document:implementation-plan-for-beijing-ai-innovation-source-2023-2025', source: 1 },
      { type: 'based_on', target: 'document:several-measures-for-promoting-innovation-and-development-of-general-ai-in-beijing', source: 1 },
    ],
    sources: [
      {
        url: 'https://reportify.ai/news/1205822787231551488',
        title: 'Reportify (每日经济新闻)',
        quote:
          '在此背景下,2024年7月,北京发布《北京市推 动"人工智能+"行动计划(2024—2025年)》,明确提出"率先建设AI原生城市,推动本市成为具有全球 影响力的人工智能创新策源地和应用高地"。',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%8C%97%E4%BA%AC%E5%B8%82%E6%8E%A8%E5%8B%95%E2%80%9C%E4%BA%BA%E5%B7%A5%E6%99%BA%E6%85%A7%2B%E2%80%9D%E8%A1%8C%E5%8B%95%E8%A8%88%E7%95%AB%EF%BC%882024-2025%E5%B9%B4%EF%BC%89/64712683',
        title: 'newton.com.tw (wiki)',
        quote:
          '2024年7月26日,《北京市推動“人工智慧+”行動計畫(2024-2025年)》對外發布。 … 貫徹實施《北京市加快建設具有全球影響力的人工智慧創新策源地實施方案(2023-2025年)》《北京市促進通用人工智慧創新發展的若干措施》等檔案精神 … 市發展改革委、市經濟和信息化局、市科委中關村管委會聯合制定《北京市推動“人工智慧+”行動計畫(2024-2025年)》。',
        supports: ['promulgated', 'issuers', 'relations'],
      },
      {
        url: 'https://information.bz/english/news/view/2024/07/27/6483.html',
        title: 'information.bz (Beijing Youth Daily)',
        quote:
          'Yesterday, the "Beijing Action Plan to Promote "Artificial Intelligence +" (2024-2025)" (hereinafter referred to as the "Action Plan") was released. … the city will rely on the capital\'s advantageous industry resources and scientific and technological innovation capabilities to organize and implement a number of comprehensive and benchmark artificial intelligence major application projects in five fields, including robotics, education, medical care, culture, and transportation.',
        supports: ['name', 'summary'],
      },
      {
        url: 'https://information.bz/english/news/view/2024/07/27/6483.html',
        title: 'information.bz (Beijing Youth Daily)',
        quote:
          'By the end of 2025, the city will implement 5 benchmark application projects that benchmark the world\'s leading level, organize 10 national demonstration application projects, and promote a number of commercial application results with broad application prospects, striving to form 3-5 advanced, usable, and autonomously controllable basic large-scale model products, 100 excellent industry large-scale model products, and 1,000 industry success cases.',
        supports: ['summary'],
      },
      {
        url: 'https://jxj.beijing.gov.cn/jxdt/gzdt/202503/t20250321_4040518.html',
        title: 'Beijing Municipal Bureau of Economy and Information Technology',
        quote:
          '发布《北京市推动“人工智能+”行动计划》,按照“5+10+N”的模式,聚焦五类场景,打造标杆应用工程,面向十大行业,布局示范应用项目,积极培育N个商业化行业应用。',
        supports: ['zhShortNames', 'summary'],
      },
    ],
  },
  // ───────────── Beijing data-elements comprehensive pilot zone opinions (2025) ─────────────
  {
    id: 'document:beijing-opinions-on-data-elements-comprehensive-pilot-zone',
    name: 'Implementation Opinions of Beijing on Building a Comprehensive Pilot Zone for Data Elements and Deepening the Market-Based Allocation of Data Elements',
    nameZh: '关于建设数据要素综合试验区深化数据要素市场化配置改革的实施意见',
    zhShortNames: ['北京市关于建设数据要素综合试验区的实施意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['beijing-municipal-government'],
    promulgated: '2025-06-30',
    summary:
      'Beijing\'s party committee and government opinions on building a comprehensive pilot zone for data elements, with national data management, data resource and data trading centres and trusted data infrastructure basically in place by 2027.',
    sources: [
      {
        url: 'https://app.bjtitle.com/8816/newshow.php?did=65ccb2a29c1b4b8d97c50b96ea8e23bd&newsid=6704767&typeid=68',
        title: 'Beijing Daily app (北京日报)',
        quote:
          '关于建设数据要素综合试验区深化数据要素市场化配置改革的实施意见\n中共北京市委 北京市人民政府\n(二〇二五年六月三十日)',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://app.bjtitle.com/8816/newshow.php?did=65ccb2a29c1b4b8d97c50b96ea8e23bd&newsid=6704767&typeid=68',
        title: 'Beijing Daily app (北京日报)',
        quote:
          '建设国家数据管理中心、国家数据资源中心和国家数据流通交易中心,打造国家数据科技创新策源地和发展高地。\n到2027年,实现数据基础制度建设与实践探索的良性互动,可信数据基础设施基本建成',
        supports: ['summary'],
      },
      {
        url: 'https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/zhengce/zhengcefagui/202511/t20251106_4263516.html',
        title: 'Beijing Municipal People’s Government — policy documents',
        quote: '[發文機構] 中共北京市委;北京市人民政府 … [成文日期] 2025-06-30',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'https://zwfwj.beijing.gov.cn/zwgk/jyta/202510/t20251028_4241915.html',
        title: 'Beijing Municipal Bureau of Government Services and Data Management',
        quote:
          '制定《北京市关于建设数据要素综合试验区的实施意见》《数据要素综合试验区(北京)建设方案》,整体落实国家关于数据要素市场配置化改革系列部署和政策安排',
        supports: ['zhShortNames'],
      },
    ],
  },
  // ───────────── Beijing implementation opinions on public data resources (2025) ─────────────
  {
    id: 'document:beijing-opinions-on-accelerating-development-and-utilization-of-public-data-resources',
    name: 'Implementation Opinions on Accelerating the Development and Utilization of Public Data Resources in Beijing',
    nameZh: '关于加快北京市公共数据资源开发利用的实施意见',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-05-06',
    summary:
      "Beijing's implementation of the central public data opinions: a unified public data catalogue, data quality, registration of public data resources on a registration platform, sharing, opening and authorised operation.",
    relations: [{ type: 'implements', target: 'document:opinions-on-accelerating-development-and-utilization-of-public-data-resources', source: 2 }],
    sources: [
      {
        url: 'https://zwfwj.beijing.gov.cn/zwgk/jyta/202510/t20251028_4241915.html',
        title: 'Beijing Municipal Bureau of Government Services and Data Management',
        quote: '出台《关于加快北京市公共数据资源开发利用的实施意见》《数据要素市场交易标准规范细则》等政策措施',
        supports: ['name', 'nameZh', 'status'],
      },
      {
        url: 'https://www.ctmanga.com/a/zhong-gong-bei-jing-shi-wei-ban-gong-ting-bei-jing-shi-ren-min-zheng-fu-ban-gong-ting-guan-yu-jia-kuai-bei-jing-shi-gong-gong-shu-ju-zi-yuan-kai-fa-li-yong-de-shi-shi-yi-jian.html',
        title: 'ctmanga.com (full text, mirror)',
        quote: '中共北京市委辦公廳 北京市人民政府辦公廳關於加快北京市公共數據資源開發利用的實施意見\n\n(2025年5月6日)',
        supports: ['kind', 'promulgated'],
      },
      {
        url: 'http://www.71.cn/2025/0811/1269306.shtml',
        title: '71.cn (全文)',
        quote:
          '为深入贯彻《中共中央办公厅、国务院办公厅关于加快公共数据资源开发利用的意见》,建立健全本市公共数据资源开发利用制度机制 … (三)开展公共数据资源登记。制定公共数据资源登记制度,对纳入授权运营范围的公共数据资源实行登记管理。建设公共数据资源登记平台',
        supports: ['relations', 'summary'],
      },
      {
        url: 'https://dtzed.com/issues/2025/02/13870',
        title: 'dtzed.com',
        quote:
          '二是夯实公共数据开发利用基础,包括完善公共数据目录、提升公共数据质量、开展公共数据登记等;\n- 三是畅通公共数据开发利用渠道,包括高效开展公共数据共享、有序推动公共数据开放、规范管理公共数据授权运营;',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Beijing "Data Elements ×" implementation plan (2024–2026) ─────────────
  {
    id: 'document:beijing-data-elements-x-implementation-plan-2024-2026',
    name: 'Beijing "Data Elements ×" Implementation Plan (2024-2026)',
    nameZh: '北京市“数据要素×”实施方案(2024—2026年)',
    zhShortNames: ['京大数据发〔2024〕1号', '北京市大数据工作推进小组关于印发《北京市“数据要素×”实施方案(2024—2026年)》的通知'],
    kind: 'plan',
    status: 'final',
    promulgated: '2024-09-27',
    code: '京大数据发〔2024〕1号',
    summary:
      "Beijing's local plan under the national \"Data Elements ×\" three-year action plan, issued by the city's big data work group to pool and share data and build application scenarios.",
    relations: [{ type: 'implements', target: 'document:data-elements-x-three-year-action-plan-2024-2026', source: 0 }],
    sources: [
      {
        url: 'http://e-gov.org.cn/article-188283.html',
        title: '电子政务网 (e-gov.org.cn)',
        quote:
          '北京市大数据工作推进小组关于印发《北京市“数据要素×”实施方案(2024—2026年)》的通知\n\n京大数据发〔2024〕1号 … 北京市大数据工作推进小组\n\n2024年9月27日 … 为贯彻落实国家数据局等17部门联合印发的《“数据要素×”三年行动计划(2024—2026年)》(国数政策〔2023〕11号),充分发挥数据要素的放大、叠加、倍增作用,加快推进数据汇聚共享和场景应用,赋能首都高质量发展,特制定本方案。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code', 'summary', 'relations'],
      },
    ],
  },
  // ───────────── Jiaxing AI+ action plan (2025–2027) ─────────────
  {
    id: 'document:jiaxing-ai-plus-action-plan-2025-2027',
    name: 'Jiaxing Action Plan for Advancing "AI+" (2025-2027)',
    nameZh: '嘉兴市推进“人工智能+”行动计划(2025—2027年)',
    zhShortNames: ['嘉政办发〔2025〕18号', '嘉兴市人民政府办公室关于印发嘉兴市推进“人工智能+”行动计划(2025—2027年)的通知'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-05-13',
    code: '嘉政办发〔2025〕18号',
    summary:
      "Jiaxing's AI+ plan: by 2027 100 benchmark AI-application enterprises, 100 application scenarios, 100 datasets or knowledge bases and AI industry revenue above 100 billion yuan.",
    sources: [
      {
        url: 'https://www.jiaxing.gov.cn/art/2025/5/15/art_1229426374_2554936.html',
        title: 'Jiaxing Municipal People’s Government — normative documents',
        quote:
          '索引号: 002546445/2025-395096 文号: 嘉政办发〔2025〕18号\n发布单位: 市政府办公室 有效性: 有效\n规范性文件统一编号: ZJSP12-2025-0003 成文日期: 2025-05-13',
        supports: ['zhShortNames', 'kind', 'status', 'promulgated', 'code'],
      },
      {
        url: 'https://www.jiaxing.gov.cn/art/2025/5/15/art_1229426374_2554936.html',
        title: 'Jiaxing Municipal People’s Government — normative documents',
        quote:
          '嘉兴市人民政府办公室关于印发嘉兴市推进“人工智能+”行动计划(2025—2027年)的通知 … 到2027年,打造人工智能应用标杆企业100个,选树人工智能应用场景100个,推广“数智优品”100项,形成高质量数据集(语料库)、知识库100个,带动人工智能产业营收规模突破1000亿元',
        supports: ['name', 'nameZh', 'zhShortNames', 'summary'],
      },
    ],
  },
  // ───────────── Shaanxi AI+ action plan (2025–2027) ─────────────
  {
    id: 'document:shaanxi-ai-plus-action-plan-2025-2027',
    name: 'Shaanxi Action Plan for Deepening the "AI+" Initiative (2025-2027)',
    nameZh: '陕西省深入实施“人工智能+”行动方案(2025-2027年)',
    zhShortNames: ['陕发改高技〔2025〕1665号', '陕西省发展和改革委员会关于印发《陕西省深入实施“人工智能+”行动方案(2025-2027年)》的通知'],
    kind: 'plan',
    status: 'final',
    promulgated: '2025-11-14',
    code: '陕发改高技〔2025〕1665号',
    summary:
      "Shaanxi's AI+ plan from the provincial development and reform commission: AI applied in manufacturing, energy, culture and tourism, with intelligent terminal and agent penetration above 70% by 2027.",
    sources: [
      {
        url: 'https://sndrc.shaanxi.gov.cn/zfxxgk/zc/fgwj/sfzggwwj/2025/202511/t20251117_3585861.html',
        title: 'Shaanxi Provincial Development and Reform Commission',
        quote:
          '发文字号: 陕发改高技〔2025〕1665号\n发布机构: 省发展和改革委员会 … 陕西省发展和改革委员会关于印发《陕西省深入实施“人工智能+”行动方案(2025-2027年)》的通知\n来源:高技术处 发布时间:2025-11-17',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'code'],
      },
      {
        url: 'https://sndrc.shaanxi.gov.cn/zfxxgk/zc/fgwj/sfzggwwj/2025/202511/t20251117_3585861.html',
        title: 'Shaanxi Provincial Development and Reform Commission',
        quote:
          '2025年11月14日 … 到2027年,制造、能源、文旅等重点领域智能化发展取得显著成效,新一代智能终端、智能体等普及率超70%',
        supports: ['promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Gansu AI+ action plan (2026) ─────────────
  {
    id: 'document:gansu-ai-plus-action-plan',
    name: 'Notice of the Gansu Provincial People’s Government on Issuing the Action Plan for Deepening the "AI+" Initiative',
    nameZh: '甘肃省人民政府关于印发深入实施“人工智能+”行动方案的通知',
    zhShortNames: ['甘政发〔2026〕1号'],
    kind: 'plan',
    status: 'final',
    promulgated: '2026-01-06',
    code: '甘政发〔2026〕1号',
    summary:
      'Gansu\'s plan for deepening AI+: by 2027 about 70% penetration of new intelligent terminals and agents, and over 60% of government services handled intelligently.',
    sources: [
      {
        url: 'http://gsei.com.cn/html/1275/2026-01-08/content-646625.html',
        title: '甘肃经济信息网 (from the General Office of the provincial government)',
        quote:
          '甘肃省人民政府关于印发深入实施“人工智能+”行动方案的通知 … 甘政发〔2026〕1号 … 现将《深入实施“人工智能+”行动方案》印发给你们,请认真贯彻执行。 … 2026年1月6日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code'],
      },
      {
        url: 'http://gsei.com.cn/html/1275/2026-01-08/content-646625.html',
        title: '甘肃经济信息网 (from the General Office of the provincial government)',
        quote:
          '到2027年,人工智能与重点领域广泛融合,新一代智能终端、智能体应用普及率达70%左右,智能经济核心产业规模快速增长,智能系统、智能装备在企业应用显著增多,政务服务“智能办”占比超60%',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Jiangxi AI+ action plan (2025) ─────────────
  {
    id: 'document:jiangxi-ai-plus-action-plan',
    name: 'Jiangxi Province "AI+" Action Plan',
    nameZh: '江西省“人工智能+”行动方案',
    kind: 'plan',
    status: 'final',
    promulgated: '2025-12-18',
    summary: "Jiangxi's provincial AI+ plan under the State Council's AI+ opinions: by 2030, 5,000 PFlops of intelligent computing, over 5 data-labelling bases, over 30 high-quality industry datasets and over 50 industry application models.",
    relations: [{ type: 'implements', target: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action', source: 0 }],
    sources: [
      {
        url: 'https://www.95890.com/blog-3205667.html',
        title: '95890.com',
        quote:
          '江西省人民政府印发《江西省“人工智能+”行动方案》。方案指出,力争到2030年,全省智算服务规模达到5000PFlops,打造5个以上数据标注基地,构建30个以上高质量行业数据集,形成50个以上行业应用模型 … 为深入贯彻落实《国务院关于深入实施“人工智能+”行动的意见》,深化拓展“人工智能+”行动,结合江西实际,制定本行动方案。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary', 'relations'],
      },
      {
        url: 'https://www.fzaai.cn/newsinfo/10952372.html',
        title: 'fzaai.cn (转自江西省教育厅)',
        quote: '2025年12月18日,省政府印发实施《江西省“人工智能+”行动方案》。',
        supports: ['nameZh', 'promulgated'],
      },
    ],
  },
  // ───────────── Guizhou AI action plan (2025–2027) ─────────────
  {
    id: 'document:guizhou-action-plan-for-high-quality-development-of-ai-2025-2027',
    name: 'Guizhou Action Plan for Promoting the High-Quality Development of Artificial Intelligence (2025-2027)',
    nameZh: '贵州省推动人工智能高质量发展行动方案(2025—2027年)',
    zhShortNames: ['黔府办函〔2024〕69号'],
    kind: 'plan',
    status: 'final',
    code: '黔府办函〔2024〕69号',
    summary:
      "Guizhou's provincial AI plan for 2025–2027, issued by the provincial government's General Office; local plans on industry large models implement it.",
    sources: [
      {
        url: 'https://www.qdn.gov.cn/zwgk_5871642/zfxxgk_5871649/fdzdgknr_5871652/lzyj/gfxwj_5871658/zfbh_5871662/202503/t20250312_87151541.html',
        title: 'Qiandongnan Prefecture People’s Government (黔东南府办函〔2025〕8号)',
        quote:
          '为认真贯彻落实《省人民政府办公厅关于印发〈贵州省推动人工智能高质量发展行动方案(2025—2027年)〉的通知》(黔府办函〔2024〕69号)精神,抢抓行业大模型赋能经济社会高质量发展机遇,加快推动大模型与各行业各领域深度融合',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'code', 'summary'],
      },
    ],
  },
  // ───────────── Jinhua AI innovation action plan (2025) ─────────────
  {
    id: 'document:jinhua-action-plan-for-promoting-innovative-development-of-ai',
    name: 'Jinhua Action Plan for Promoting the Innovative Development of Artificial Intelligence',
    nameZh: '金华市推动人工智能创新发展行动方案',
    zhShortNames: ['金政发〔2025〕12号'],
    kind: 'plan',
    status: 'final',
    code: '金政发〔2025〕12号',
    summary: "Jinhua's municipal AI action plan, issued by the Jinhua government in 2025, which local plans under it implement.",
    sources: [
      {
        url: 'http://www.lkfawjj.com/col/col1229200319/art/2026/art_f5790641a05c4c7b826d55d5deadeafe.html',
        title: 'Dongyang Municipal People’s Government (东政发〔2026〕1号, mirror)',
        quote:
          '为加快推进全市人工智能高质量发展,加快形成新质生产力,赋能经济社会转型升级,根据《金华市人民政府关于印发金华市推动人工智能创新发展行动方案的通知》(金政发〔2025〕12号),结合我市实际,制定本方案。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'code', 'summary'],
      },
    ],
  },
  // ───────────── Sichuan AI+ implementation plan (draft, 2025) ─────────────
  {
    id: 'document:sichuan-plan-implementing-state-council-ai-plus-action-draft',
    name: 'Sichuan Implementation Plan for the State Council\'s "AI+" Action (Draft for Comment)',
    nameZh: '四川省贯彻落实国务院人工智能+行动实施方案',
    kind: 'plan',
    status: 'draft',
    promulgated: '2025-11-18',
    summary:
      "Draft by Sichuan's science and technology department implementing the State Council's AI+ opinions: by 2027 over 200 benchmark application scenarios, 10 industry models and an AI industry above 250 billion yuan.",
    relations: [{ type: 'implements', target: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action', source: 0 }],
    sources: [
      {
        url: 'http://www.sme-s.com/page91?article_id=15895',
        title: 'sme-s.com (四川省科学技术厅 notice)',
        quote:
          '为贯彻落实国务院《关于深入实施“人工智能+”行动的意见》(国发〔2025〕11号),结合四川省实际,科技厅牵头研究起草了《四川省贯彻落实国务院人工智能+行动实施方案(征求意见稿)》,现征求社会公众意见。\n本次征求意见时间为2025年11月18日至2025年11月25日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'relations'],
      },
      {
        url: 'http://www.sme-s.com/page91?article_id=15895',
        title: 'sme-s.com (四川省科学技术厅 notice)',
        quote:
          '到2027年,实现人工智能与重点领域广泛深度融合,新一代智能终端、智能体等应用普及率超70%,形成2—3个具有全国竞争力的细分赛道产业集群,打造10个以上具有全国影响力的行业标杆大模型、研发一批轻量化端侧模型,打造200个以上标杆应用场景,集聚人工智能企业2000家以上、产业规模突破2500亿元',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shanxi data work measures (2024) ─────────────
  {
    id: 'document:shanxi-measures-for-administration-of-data-work',
    name: 'Measures of Shanxi Province for the Administration of Data Work',
    nameZh: '山西省数据工作管理办法',
    zhShortNames: ['晋政发〔2024〕14号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2024-06-25',
    code: '晋政发〔2024〕14号',
    summary:
      'Shanxi\'s province-wide rules for data work — data elements, digital infrastructure, the digital economy, digital society and data security, including public data — with the provincial data administration in charge.',
    sources: [
      {
        url: 'http://www.ushui.net/law/v?id=v79f3v01c102114ddf5b6cd2c8a4c4da37de6a336fcf5eb0267e',
        title: 'ushui.net (Datong data industry plan, full text)',
        quote: '山西省人民政府印发的《山西省数据工作管理办法》(晋政发〔2024〕14号)',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'status'],
      },
      {
        url: 'http://www.96ff.cn/dtszf/zcwj1/202408/a0b5dee4796a443182d55f2b00bed9c4.shtml',
        title: '96ff.cn (mirror of a Datong government page)',
        quote:
          '山西省人民政府關于印發山西省數據工作管理辦法的通知\n晉政發〔2024〕14號\n各市、縣人民政府,省人民政府各委、辦、廳、局:\n現將《山西省數據工作管理辦法》印發給你們,請認真貫徹執行。\n山西省人民政府\n2024年6月25日',
        supports: ['kind', 'promulgated'],
      },
      {
        url: 'https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/czsrmfkbgs_251334/czsrmzf_251337/rfbzcwj/202411/t20241111_2981740.shtml',
        title: 'Changzhi Municipal People’s Government (full text)',
        quote:
          '第二条 本省行政区域内促进数据要素、数字基础设施、数字山西、数字经济、数字社会发展以及数据安全保障等数据相关活动,适用本办法。\n第三条 本办法所称公共数据,是指本省各级党政机关、企事业单位等经依法授权具有公共事务管理和公共服务职能的组织(以下统称公共管理和服务机构),在依法履行公共管理或服务职责过程中收集和产生的数据。',
        supports: ['summary'],
      },
      {
        url: 'https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/czsrmfkbgs_251334/czsrmzf_251337/rfbzcwj/202411/t20241111_2981740.shtml',
        title: 'Changzhi Municipal People’s Government (full text)',
        quote: '第五条 省数据管理部门是数据工作主管部门,负责统筹管理全省数据工作',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shanxi digital government plan (2023–2025) ─────────────
  {
    id: 'document:shanxi-digital-government-construction-plan-2023-2025',
    name: 'Shanxi Digital Government Construction Plan (2023-2025)',
    nameZh: '山西省数字政府建设规划(2023-2025年)',
    zhShortNames: ['晋政办发〔2023〕82号'],
    kind: 'plan',
    status: 'final',
    promulgated: '2023-12-28',
    code: '晋政办发〔2023〕82号',
    summary: "Shanxi's plan for building digital government, issued by the provincial government's General Office to carry out the State Council's 2022 digital government opinions.",
    relations: [{ type: 'implements', target: 'document:guiding-opinions-on-strengthening-digital-government-construction', source: 0 }],
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E5%B1%B1%E8%A5%BF%E7%9C%81%E6%95%B8%E5%AD%97%E6%94%BF%E5%BA%9C%E5%BB%BA%E8%A8%AD%E8%A6%8F%E5%8A%83%EF%BC%882023-2025%E5%B9%B4%EF%BC%89/63969182',
        title: '山西省數字政府建設規劃(2023-2025年) (newton.com.tw)',
        quote:
          '2023年12月28日,山西省人民政府辦公廳印發《山西省數字政府建設規劃(2023-2025年)》。 … 文號:晉政辦發〔2023〕82號 … 《山西省數字政府建設規劃(2023-2025年)》已經省委、省人民政府同意,現印發給你們,請結合實際,認真抓好貫徹落實。\n山西省人民政府辦公廳\n2023年12月28日 … 為全面落實《國務院關於加強數字政府建設的指導意見》(國發〔2022〕14號)及我省“十四五”規劃和2035年遠景目標綱要,加快推進我省數字政府建設,結合實際,編制本規劃。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code', 'summary', 'relations'],
      },
    ],
  },
  // ───────────── Datong data industry three-year plan (2024–2026) ─────────────
  {
    id: 'document:datong-data-industry-three-year-action-plan-2024-2026',
    name: 'Datong Three-Year Action Plan for the Development of the Data Industry (2024-2026)',
    nameZh: '大同市数据产业发展三年行动计划(2024年-2026年)',
    zhShortNames: ['大同市数据产业发展三年行动计划', '同政办发〔2024〕43号', '大同市人民政府办公室关于印发《大同市数据产业发展三年行动计划(2024年-2026年)》的通知'],
    kind: 'plan',
    status: 'final',
    promulgated: '2024-12-11',
    code: '同政办发〔2024〕43号',
    summary:
      "Datong's plan to grow its data industry, build the national data-labelling base and cultivate a data element market, under the central data opinions and Shanxi's data work measures.",
    relations: [
      { type: 'based_on', target: 'document:shanxi-measures-for-administration-of-data-work', source: 1 },
      { type: 'based_on', target: 'document:opinions-on-building-basic-systems-for-data-to-maximize-role-of-data', source: 1 },
    ],
    sources: [
      {
        url: 'http://www.ushui.net/law/v?id=v79f3v01c102114ddf5b6cd2c8a4c4da37de6a336fcf5eb0267e',
        title: 'ushui.net (full text)',
        quote:
          '大同市人民政府办公室关于印发《大同市数据产业发展三年行动计划(2024年-2026年)》的通知\n\n同政办发〔2024〕43号 … 大同市人民政府办公室\n\n2024年12月11日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code'],
      },
      {
        url: 'http://www.ushui.net/law/v?id=v79f3v01c102114ddf5b6cd2c8a4c4da37de6a336fcf5eb0267e',
        title: 'ushui.net (full text)',
        quote:
          '为深入贯彻中共中央国务院印发的《数字中国整体建设布局规划》《关于构建数据基础制度更好发挥数据要素作用的意见》及山西省人民政府印发的《山西省数据工作管理办法》(晋政发〔2024〕14号),进一步壮大我市数据产业,高水平建设国家级数据标注基地,系统培育数据要素市场',
        supports: ['summary', 'relations'],
      },
      {
        url: 'https://www.tjjmwy.com/news/meitibaodao/2276.html',
        title: 'tjjmwy.com (media report: 大同:“算”出一片新天地)',
        quote:
          '先后制定《大同市数据产业发展三年行动计划》《大同市关于加快人工智能领域人才就业的若干措施》《大同市国家级数据标注基地建设实施方案》《大同市促进人工智能产业高质量发展若干措施》等政策文件',
        supports: ['zhShortNames'],
      },
    ],
  },
  // ───────────── Datong AI industry measures (2025) ─────────────
  {
    id: 'document:datong-measures-for-promoting-high-quality-development-of-ai-industry',
    name: 'Several Measures of Datong for Promoting the High-Quality Development of the Artificial Intelligence Industry',
    nameZh: '大同市促进人工智能产业高质量发展若干措施',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-08-18',
    summary:
      "Datong's AI industry support measures: building high-quality datasets and a data-circulation ecosystem on its national data-labelling base, with a cap on the support for a single dataset.",
    sources: [
      {
        url: 'https://www.tjjmwy.com/news/meitibaodao/2276.html',
        title: 'tjjmwy.com (media report: 大同:“算”出一片新天地)',
        quote:
          '先后制定《大同市数据产业发展三年行动计划》《大同市关于加快人工智能领域人才就业的若干措施》《大同市国家级数据标注基地建设实施方案》《大同市促进人工智能产业高质量发展若干措施》等政策文件',
        supports: ['name', 'nameZh', 'status'],
      },
      {
        url: 'http://www.a-water.cn/dtszf/zxgb/202509/cbced2b473e74833b1eba1af7226e874.shtml',
        title: 'a-water.cn (mirror of a Datong government page)',
        quote:
          '現(xiàn)將《大同市促進(jìn)人工智能產(chǎn)業(yè)高質(zhì)量發(fā)展若干措施》印發(fā)給你們,請(qǐng)認(rèn)真貫徹執(zhí)行。\n大同市人民政府\n2025年8月18日',
        supports: ['kind', 'promulgated'],
      },
      {
        url: 'http://www.a-water.cn/dtszf/zxgb/202509/cbced2b473e74833b1eba1af7226e874.shtml',
        title: 'a-water.cn (mirror of a Datong government page)',
        quote:
          '依托國家級(jí)數(shù)據(jù)標(biāo)注基地優(yōu)勢,推進(jìn)高質(zhì)量數(shù)據(jù)集建設(shè)與數(shù)據(jù)流通生態(tài)培育。 … 單個(gè)數(shù)據(jù)集最高不超過300萬元',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Hohhot green computing and AI industry opinions (2025) ─────────────
  {
    id: 'document:hohhot-opinions-on-green-computing-and-ai-industry',
    name: 'Several Opinions of the Hohhot Municipal People’s Government on Promoting the High-Quality Development of the Green Computing Power and Artificial Intelligence Industries',
    nameZh: '呼和浩特市人民政府关于促进绿色算力及人工智能产业高质量发展的若干意见',
    zhShortNames: ['呼政发〔2025〕11号'],
    kind: 'normative_document',
    status: 'final',
    code: '呼政发〔2025〕11号',
    summary:
      "Hohhot's support for its green computing and AI industries: by 2027 an industry above 100 billion yuan growing over 20% a year, 100 high-quality datasets and 300 data products.",
    sources: [
      {
        url: 'http://hhhtsme.cn/News/Detail?Id=24865',
        title: 'hhhtsme.cn (Hohhot SME service site, full text)',
        quote:
          '呼和浩特市人民政府关于促进绿色算力及人工智能产业高质量发展的若干意见\n呼和浩特市人民政府\n关于促进绿色算力及人工智能产业高质量发展的若干意见\n呼政发〔2025〕11号',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'code'],
      },
      {
        url: 'http://hhhtsme.cn/News/Detail?Id=24865',
        title: 'hhhtsme.cn (Hohhot SME service site, full text)',
        quote:
          '到2027年,绿色算力及人工智能产业规模超过1000亿元,年均复合增长率20%以上;形成100个高质量数据集、300个数据产品',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shenzhen SEZ low-altitude economy regulations (2024) ─────────────
  {
    id: 'document:shenzhen-sez-low-altitude-economy-industry-promotion-regulations',
    name: 'Regulations of Shenzhen Special Economic Zone on Promoting the Low-Altitude Economy Industry',
    nameZh: '深圳经济特区低空经济产业促进条例',
    aliases: ['Shenzhen Special Economic Zone Low-Altitude Economic Industry Promotion Ordinance'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shenzhen-people-s-congress-standing-committee'],
    adopted: '2023-12-29',
    promulgated: '2024-01-03',
    effective: '2024-02-01',
    summary:
      "China's first local law on the low-altitude economy: Shenzhen's rules on low-altitude infrastructure, flight services, applications, industry support, innovation and safety for manned and unmanned aircraft.",
    sources: [
      {
        url: 'https://sqzc.gd.gov.cn/rdzt/wlcy/zcsd/content/post_4366262.html',
        title: 'Guangdong enterprise policy portal (粤企政策通), from 深圳人大网',
        quote:
          '《深圳经济特区低空经济产业促进条例》经深圳市第七届人民代表大会常务委员会第二十三次会议于2023年12月29日通过,现予公布,自2024年2月1日起施行。\n\n深圳市人民代表大会常务委员会\n\n2024年1月3日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://sqzc.gd.gov.cn/rdzt/wlcy/zcsd/content/post_4366262.html',
        title: 'Guangdong enterprise policy portal (粤企政策通), from 深圳人大网',
        quote:
          '本条例所称低空经济,是指以民用有人驾驶航空器和无人驾驶航空器的低空飞行活动为牵引,辐射带动航空器研发、生产、销售以及低空飞行活动相关的基础设施建设运营、飞行保障、衍生综合服务等领域产业融合发展的综合经济形态。',
        supports: ['summary'],
      },
      {
        url: 'https://ygacity.com/news/20240104/12048.html',
        title: 'ygacity.com',
        quote:
          '《条例》设九章,共六十一条,包括总则、基础设施、飞行服务、产业应用、产业支持、技术创新、安全管理、法律责任和附则。',
        supports: ['summary'],
      },
      {
        url: 'http://m.xyhln.cn/English/Focus-on-Luohu/ShenzhenVoices/Innovations/content/post_11318899.html',
        title: 'xyhln.cn (mirror of the Luohu District English site)',
        quote:
          'Shenzhen has positioned itself as a pioneer in the low-altitude economy. On February 1, the city implemented the nation\'s first legislation on low-altitude economic development, the "Shenzhen Special Economic Zone Low-Altitude Economic Industry Promotion Ordinance."',
        supports: ['aliases', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Guangdong low-altitude economy action plan (2024–2026) ─────────────
  {
    id: 'document:guangdong-low-altitude-economy-action-plan-2024-2026',
    name: 'Action Plan for Promoting High-quality Development of Low-altitude Economy in Guangdong Province (2024-2026)',
    nameZh: '广东省推动低空经济高质量发展行动方案(2024—2026年)',
    aliases: ['Action Program for Promoting the High-Quality Development of Low Altitude Economy in Guangdong Province (2024-2026)'],
    kind: 'plan',
    status: 'final',
    promulgated: '2024-05-21',
    summary:
      "Guangdong's plan to build a world-leading low-altitude economy hub within three years: a market above 300 billion yuan with Guangzhou, Shenzhen and Zhuhai as its three cores.",
    sources: [
      {
        url: 'https://blog.misdr.net/2024/05/notice-from-general-office-of-guangdong.html',
        title: 'blog.misdr.net (translation, Invest in Zhaoqing)',
        quote:
          'Notice from the General Office of the Guangdong Provincial People’s Government on Issuing the Action Plan for Promoting High-quality Development of Low-altitude Economy in Guangdong Province (2024-2026) … Guangdong Government Office [2024] No. 6 … General Office of the People\'s Government of Guangdong Province\n\nMay 21, 2024',
        supports: ['name', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://www.uingtech.com/en/guang-dong-fa-bu-zhong-bang-zheng-ce-da-zao-3000-yi-ji-di',
        title: 'uingtech.com (translation)',
        quote:
          'Notice of the General Office of the People\'s Government of Guangdong Province on the Issuance of the Action Program for Promoting the High-Quality Development of Low Altitude Economy in Guangdong Province (2024-2026)\nGuangdong Provincial Government Office [2024] No. 6',
        supports: ['aliases'],
      },
      {
        url: 'http://www.xafems.com/archives/43094.html',
        title: 'xafems.com (full text)',
        quote:
          '广东省推动低空经济高质量发展行动方案(2024—2026年)\n低空经济是指以民用有人驾驶和无人驾驶航空器在低空空域内的各类飞行活动为牵引,辐射带动相关领域融合发展的综合经济形态。',
        supports: ['nameZh'],
      },
      {
        url: 'http://m.xyhln.cn/English/Focus-on-Luohu/ShenzhenVoices/Innovations/content/post_11318899.html',
        title: 'xyhln.cn (mirror of the Luohu District English site)',
        quote:
          'The plan aims to establish a world-leading low-altitude economy hub within three years, with a projected market size exceeding 300 billion yuan. It outlines a tri-core structure centered around Guangzhou, Shenzhen, and Zhuhai, fostering industry giants and specialized enterprises.',
        supports: ['summary'],
      },
      {
        url: 'http://www.xafems.com/archives/43094.html',
        title: '广东省推动低空经济高质量发展行动方案(2024—2026年) (text)',
        quote:
          '低空经济规模超过3000亿元,基本形成广州、深圳、珠海三核联动、多点支撑、成片发展的低空经济',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shanghai low-altitude economy action plan (2024–2027) ─────────────
  {
    id: 'document:shanghai-low-altitude-economy-industry-action-plan-2024-2027',
    name: 'Shanghai Action Plan for the High-Quality Development of the Low-Altitude Economy Industry (2024-2027)',
    nameZh: '上海市低空经济产业高质量发展行动方案(2024—2027年)',
    kind: 'plan',
    status: 'final',
    promulgated: '2024-07-25',
    summary:
      "Shanghai's low-altitude plan issued by the municipal General Office: eVTOL, industrial drone and new-energy general aviation makers, low-altitude infrastructure and logistics, and a core industry above 50 billion yuan by 2027.",
    sources: [
      {
        url: 'https://news.yundongzz.com/mrkx/202407/31719.html',
        title: 'yundongzz.com (证券时报e公司 report)',
        quote:
          '市经济信息化委主任张英通报《上海市低空经济产业高质量发展行动方案(2024—2027年)》内容。张英通报上海低空经济行动方案经市政府常务会议审议通过,已由市政府办公厅印发,明确将全面打造低空经济产业创新高地、商业应用高地和运营服务高地,重点支持10家以上电动垂直起降航空器、工业级无人机和新能源通航飞机研发制造领军企业落地发展',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://sheitc.sh.gov.cn/qtzx/20241009/9336828aaeb3481bbf4733c8e607a527.html',
        title: 'Shanghai Municipal Commission of Economy and Informatization (sheitc.sh.gov.cn)',
        quote:
          '到2027年,上海发挥优势,因地制宜,培育领军企业,打造标志性产品,开展场景应用,形成商业模式,联合长三角城市建设全国首批低空省际通航城市,建成全国低空经济产业综合示范引领区,核心产业规模达到500亿元以上。',
        supports: ['summary'],
      },
      {
        url: 'https://www.allbrightlaw.com/JP/10531/ef2fb0e40caaeb30.aspx',
        title: 'AllBright Law Offices (Japanese)',
        quote: '2024年7月25日、上海市人民政府弁公庁は、「上海市低空経済産業の質の高い発展行動案(2024-2027年)」を公布した。',
        supports: ['promulgated'],
      },
      {
        url: 'https://www.prnewswire.com/news-releases/shanghai-plans-for-low-altitude-aviation-industry-302230237.html',
        title: 'PR Newswire (from english.shanghai.gov.cn)',
        quote:
          'At the forefront of low-altitude economic innovation and development worldwide, Shanghai looks to expand the core industrial value of the sector to 50 billion yuan by 2027, according to the action plan.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Jiangsu AI+ action plan (2025) ─────────────
  {
    id: 'document:jiangsu-ai-plus-action-plan',
    name: 'Jiangsu Province "AI+" Action Plan',
    nameZh: '江苏省“人工智能+”行动方案',
    kind: 'plan',
    status: 'final',
    promulgated: '2025-12-29',
    summary:
      "Jiangsu's AI+ plan of 26 measures in seven actions (science, industrial upgrading, emerging industries, consumption, public services, governance, opening up), aiming at an AI industry above one trillion yuan by 2030.",
    sources: [
      {
        url: 'https://js.cri.cn/2026-01-14/ba60b850-f0cf-4ce8-a989-41e483470a14.html',
        title: 'CRI Jiangsu (国际在线江苏频道)',
        quote:
          '1月13日,省政府新闻办召开新闻发布会,正式发布并解读《江苏省“人工智能+”行动方案》(以下简称《行动方案》)。 … 省政府于近期印发了该《行动方案》,旨在对全省推动人工智能与经济社会各领域深度融合做出全面系统部署。\n《行动方案》共26条,包括“人工智能+”与科学研究、产业升级、新兴产业、消费提质、民生服务、社会治理、对外合作七大重点行动。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://m.hxhzn.com/art/2026/1/13/art_46143_11715645.html',
        title: 'hxhzn.com (mirror of a Jiangsu government page)',
        quote: '| 發 文 日 期: | 2025-12-29 |',
        supports: ['promulgated'],
      },
      {
        url: 'https://udn.com/news/story/7333/9265728',
        title: 'United Daily News (udn.com)',
        quote: '行動方案提出，到2030年，江蘇人工智能產業規模超兆元人民幣',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Guangdong opinions on a general AI industry innovation hub (2023) ─────────────
  {
    id: 'document:guangdong-opinions-on-general-ai-industry-innovation-hub',
    name: 'Implementation Opinions of the Guangdong Provincial People’s Government on Accelerating the Building of an Innovation Hub for the General Artificial Intelligence Industry',
    nameZh: '广东省人民政府关于加快建设通用人工智能产业创新引领地的实施意见',
    zhShortNames: ['粤府〔2023〕90号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['guangdong-provincial-government'],
    code: '粤府〔2023〕90号',
    summary:
      "Guangdong's 22 measures for general AI: the largest intelligent computing capacity in China by 2025, a core AI industry above 300 billion yuan, and a Greater Bay Area \"data special zone\" exploring two-way cross-border data flows.",
    sources: [
      {
        url: 'http://zqcn.com.cn/192/46037.html',
        title: 'zqcn.com.cn',
        quote:
          '广东省科技厅厅长王月琴接受记者采访时介绍,广东人工智能核心产业基础扎实,日前出台了《广东省人民政府关于加快建设通用人工智能产业创新引领地的实施意见》,率先提出了探索建设“粤港澳大湾区数据特区”',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://youyongzixun.com/news/show-4090.html',
        title: 'youyongzixun.com (full text)',
        quote: '时间:2023/11/15 17:05:43 作者: 点击數(shù):\n粤府〔2023〕90号',
        supports: ['zhShortNames', 'code'],
      },
      {
        url: 'http://china-gzorsa.org.cn/dcp/News.shtml?p5=114030',
        title: 'Guangzhou Operations Research Society — policy digest',
        quote:
          '《意见》聚焦广东通用人工智能产业创新发展,重点提出22条政策举措,力争在算力、算法、数据、产业、生态等方面取得重大突破,明确提出,到2025年,广东有望实现智能算力规模全国第一、全球领先,全省人工智能核心产业规模突破3000亿元,企业数量超2000家',
        supports: ['summary'],
      },
      {
        url: 'https://aigcdaily.cn/news/a23m3hn2ayd6osi',
        title: 'aigcdaily.cn',
        quote: '着力打造粤港澳大湾区数据特区。加快推进“数字湾区”建设,探索数据跨境双向流通机制。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shenzhen AI pioneer city action plan (2025–2026) ─────────────
  {
    id: 'document:shenzhen-action-plan-for-ai-pioneer-city-2025-2026',
    name: 'Shenzhen Action Plan for Accelerating the Building of an Artificial Intelligence Pioneer City (2025-2026)',
    nameZh: '深圳市加快打造人工智能先锋城市行动计划(2025—2026年)',
    zhShortNames: ['深工信〔2025〕43号'],
    kind: 'plan',
    status: 'final',
    promulgated: '2025-03-03',
    code: '深工信〔2025〕43号',
    summary:
      "Shenzhen's 2025–2026 AI plan from the municipal industry and information technology bureau, building on its national AI pilot zone and innovative application zone to make the city an AI pioneer city.",
    sources: [
      {
        url: 'http://m.qhztzx.com/bigdata/app/trend/Copy_135/967.html',
        title: 'qhztzx.com (前海中泰咨询, full text)',
        quote:
          '市工业和信息化局关于印发《深圳市加快打造人工智能先锋城市行动计划(2025—2026年)》的通知\n\n深工信〔2025〕43号\n\n各有关单位:\n\n《深圳市加快打造人工智能先锋城市行动计划(2025—2026年)》已经市政府同意,现印发实施,请认真组织贯彻落实。\n\n深圳市工业和信息化局\n\n2025年3月3日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code'],
      },
      {
        url: 'http://m.qhztzx.com/bigdata/app/trend/Copy_135/967.html',
        title: 'qhztzx.com (前海中泰咨询, full text)',
        quote:
          '积极建设国家新一代人工智能创新发展试验区和国家人工智能创新应用先导区,加快提升人工智能产业发展能级,全速打造人工智能先锋城市,加快形成新质生产力,现制定本行动计划。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Zhejiang guiding opinions on the AI industry ─────────────
  {
    id: 'document:zhejiang-guiding-opinions-on-accelerating-ai-industry-development',
    name: 'Guiding Opinions of the General Office of the Zhejiang Provincial People’s Government on Accelerating the Development of the Artificial Intelligence Industry',
    nameZh: '浙江省人民政府办公厅关于加快人工智能产业发展的指导意见',
    kind: 'normative_document',
    status: 'final',
    summary:
      "Zhejiang's AI industry guidance: new AI chips, public data opened for data markets, and \"AI computing vouchers\", aiming to be a major global AI industry highland by 2027.",
    sources: [
      {
        url: 'http://cn.chinaebr.com/slxx/show.php?itemid=3223',
        title: 'chinaebr.com (Xinhua report)',
        quote:
          '根据《浙江省人民政府办公厅关于加快人工智能产业发展的指导意见》,浙江将做强人工智能产业链,布局研发新型人工智能芯片 … 在培育数据要素市场方面,浙江将加快一体化智能化公共数据平台建设,有序开发利用公共数据 … 支持有条件的市县探索发放“AI算力券”“智评券”。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://m.jakiff.com/xinxi/16903.html',
        title: 'jakiff.com (full text, mirror)',
        quote: '浙江省人民政府辦公廳發布《浙江省人民政府辦公廳關于加快人工智能產業發展的指導意見》,提出力爭到2027年,成為全球重要的人工智能產業發展新高地。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Zhejiang "AI + Science" action plan (2025–2027) ─────────────
  {
    id: 'document:zhejiang-ai-plus-science-action-plan-2025-2027',
    name: 'Zhejiang Action Plan for Accelerating the Innovative Development of "AI + Science" (2025-2027)',
    nameZh: '浙江省加快推动“人工智能+科学”创新发展行动计划(2025-2027年)',
    zhShortNames: ['浙科发重〔2025〕30号', '浙江省科学技术厅等12部门关于印发《浙江省加快推动“人工智能+科学”创新发展行动计划(2025-2027年)》的通知'],
    kind: 'plan',
    status: 'final',
    promulgated: '2025-07-07',
    code: '浙科发重〔2025〕30号',
    summary:
      'Plan of the Zhejiang science and technology department and other provincial bodies (12 in all) to use AI to change scientific research methods, under the national "AI+" strategy.',
    sources: [
      {
        url: 'https://heec.cahe.edu.cn/news/yaowen/19338.html',
        title: 'China Association of Higher Education (heec.cahe.edu.cn), from the Zhejiang science and technology department',
        quote:
          '浙江省科学技术厅等12部门关于印发《浙江省加快推动“人工智能+科学”创新发展行动计划(2025-2027年)》的通知 … 浙科发重〔2025〕30号 … 为贯彻落实国家“人工智能+”战略和省委、省政府打造人工智能创新发展高地的决策部署,推动人工智能引领科研范式变革,加速各领域科技创新突破',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'code', 'summary'],
      },
      {
        url: 'https://heec.cahe.edu.cn/news/yaowen/19338.html',
        title: 'China Association of Higher Education (heec.cahe.edu.cn), from the Zhejiang science and technology department',
        quote: '省能源局\n\n2025年7月7日',
        supports: ['promulgated'],
      },
    ],
  },
];
