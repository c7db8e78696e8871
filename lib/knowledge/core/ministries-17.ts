import type { CoreInstrument } from './types';

/**
 * National notices, opinions and action plans of 2024–2026 on computing power, telecoms
 * infrastructure, AI in industry and the data economy that pages about China's digital policy cite:
 * MIIT's 2025 computing power interconnection action plan and computing power infrastructure
 * challenge campaign, the eleven-department 2024 notice on coordinated development of new
 * information infrastructure, the twelve-department 5G “Sailing” upgrade plan, the 2024 SME digital
 * empowerment plan, the 2024 plan on data security capability in industry, the eight-department
 * “AI + manufacturing” opinions and MIIT's industrial internet and AI action plan, and the National
 * Data Administration's 2026 draft guidelines on data property rights registration.
 */
export const CORE_MINISTRIES_17: CoreInstrument[] = [
  // ───────────── Computing power interconnection (MIIT, May 2025) ─────────────
  {
    id: 'document:computing-power-interconnection-action-plan',
    name: 'Computing Power Interconnection Action Plan',
    nameZh: '算力互联互通行动计划',
    aliases: ['Action Plan for Computing Power Interconnection'],
    zhShortNames: ['工信部信管〔2025〕119号'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2025-05-21',
    code: '工信部信管〔2025〕119号',
    summary:
      'MIIT plan to standardise the interconnection of public computing resources across different entities and architectures, with a system of standards, identifiers and rules by 2026 and nationwide standardised interconnection of public computing power by 2028.',
    sources: [
      {
        url: 'https://reconnectchina.univie.ac.at/items/683ae927cd9db96a0e2b46c1',
        title: 'ReConnect China – 工业和信息化部关于印发《算力互联互通行动计划》的通知',
        quote:
          '工业和信息化部关于印发《算力互联互通行动计划》的通知 … (1)  工信部信管〔2025〕119号 … (3)  现将《算力互联互通行动计划》印发给你们,请结合实际认真抓好落实。\n\n(4)  工业和信息化部\n\n(5)  2025年5月21日',
        supports: ['nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://gmt8press.com/latest/detail/323691',
        title: 'GMT Eight – MIIT: Explore building a system of interconnected computing power Internet',
        quote:
          'The Ministry of Industry and Information Technology issued the "Computing Power Interconnection Action Plan" to explore the construction of a computing power interconnected system.',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://gmt8press.com/latest/detail/323689',
        title: 'GMT Eight – MIIT: Construct regional and industry computing power interconnection platform',
        quote:
          'The Ministry of Industry and Information Technology has issued the "Action Plan for Computing Power Interconnection". It proposes to build a multi-level computing power interconnection platform.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.stdaily.com/web/English/2025-06/24/content_359491.html',
        title: 'Science and Technology Daily – Plan to Promote Computing Power Connectivity',
        quote:
          'The plan seeks to standardize the integration of public computing resources across different entities and architectures, improving both the efficiency of resource use and the quality of service. … By 2026, the plan aims to establish a comprehensive framework of standards, identifiers and operational rules to support nationwide interconnection. … By 2028, China expects to achieve full-scale standardized interconnection of public computing power',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Computing power infrastructure challenge campaign (MIIT General Office, 2025) ─────────────
  {
    id: 'document:computing-power-infrastructure-enhancement-challenge-campaign',
    name: 'Computing Power Infrastructure Enhancement Challenge Campaign',
    nameZh: '算力强基揭榜行动',
    zhShortNames: ['工信厅通信函〔2025〕55号'],
    kind: 'campaign',
    status: 'final',
    issuers: ['miit'],
    code: '工信厅通信函〔2025〕55号',
    summary:
      'Campaign launched by a notice of the MIIT General Office inviting qualified companies and research institutes to take on 22 listed compute-related technologies by 2026, with subsidies and other government support.',
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/china-compute-challenge-campaign/',
        title: 'CSET (Georgetown) – translation: China compute challenge campaign',
        quote:
          'Notice of the Office of the Ministry of Industry and Information Technology on Organizing and Launching the Computing Power Infrastructure Enhancement Challenge Campaign\nCommunication of the Office of the Ministry of Industry and Information Technology [2025], No. 55 (工信厅通信函〔2025〕55号) … we hereby launch the Computing Power Infrastructure Enhancement Challenge Campaign (算力强基揭榜行动).',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/china-compute-challenge-campaign/',
        title: 'CSET (Georgetown) – translation: China compute challenge campaign',
        quote:
          'The following Chinese government announcement lists 22 compute-related technologies that it wishes to make progress on by 2026, and invites qualified companies and research institutes to apply for subsidies and other government support in developing these technologies.',
        supports: ['summary'],
      },
      {
        url: 'https://epaper.cena.com.cn/pc/content/202507/15/content_14326.html',
        title: '中国电子报 – 信息化和工业化融合2025年工作要点',
        quote: '组织开展算力强基揭榜行动,有序推进算力中心建设布局优化,深化算力与行业融合应用。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────── Coordinated development of new information infrastructure (MIIT and ten others, 2024) ─────────────
  {
    id: 'document:notice-on-promoting-coordinated-development-of-new-information-infrastructure',
    name: 'Notice on Matters Related to Promoting the Coordinated Development of New Information Infrastructure',
    nameZh: '关于推动新型信息基础设施协调发展有关事项的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'cac'],
    summary:
      'Notice of MIIT, the CAC and other departments on developing new information infrastructure in a coordinated way, with seven main tasks (“1 overall planning and 6 coordinations”), including coordinated construction of data centre clusters and new energy bases.',
    sources: [
      {
        url: 'https://goodhao.com.cn/en/9-9-1',
        title: 'goodhao.com.cn – Circular of MIIT and other eleven departments (English text)',
        quote:
          'On September 4, the Ministry of Industry and Information Technology (MIIT) and other eleven departments issued the Notice on Matters Related to Promoting the Coordinated Development of New Information Infrastructure. It states, among other things, that it supports the coordinated construction of data center clusters and new energy bases',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://javascriptjump.com/?Q=S95L.html',
        title: 'javascriptjump.com (转载: 中新社)',
        quote:
          '中国工业和信息化部、中央网信办近日印发《关于推动新型信息基础设施协调发展有关事项的通知》,提出了“1统筹6协调”等7方面主要工作。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },


  // ───────────── SME digital empowerment special action plan (MIIT, MOF, PBOC, NFRA, December 2024) ─────────────
  {
    id: 'document:sme-digital-empowerment-special-action-plan-2025-2027',
    name: 'Special Action Plan for the Digital Empowerment of Small and Medium-sized Enterprises (2025–2027)',
    nameZh: '中小企业数字化赋能专项行动方案(2025—2027年)',
    kind: 'plan',
    status: 'final',
    issuers: ['miit', 'mof', 'pboc', 'nfra'],
    promulgated: '2024-12-12',
    summary:
      'Plan of MIIT, the Ministry of Finance, the PBOC and the financial regulator to push the digital transformation of SMEs to 2027, centred on a pilot of about 100 cities and AI and data services for SMEs.',
    sources: [
      {
        url: 'http://big5.china.com.cn/gate/big5/ds.china.com.cn/web/zcfb/detail2_2024_12/18/4476571.html',
        title: '中国网 数字中国 – 中小企业数字化赋能专项行动方案(2025—2027年)',
        quote:
          '現將《中小企業數字化賦能專項行動方案(2025—2027年)》印發給你們,請抓好貫徹落實。\n工業和資訊化部\n財政部\n中國人民銀行\n金融監管總局\n2024年12月12日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://big5.china.com.cn/gate/big5/ds.china.com.cn/web/zcfb/detail2_2024_12/18/4476571.html',
        title: '中国网 数字中国 – 中小企业数字化赋能专项行动方案(2025—2027年)',
        quote:
          '以中小企業數字化轉型城市試點為抓手,“點線面”結合推進數字化改造,加速人工智慧創新應用和深度賦能,充分激活數據要素價值,著力提升供給質效和服務保障水準,實施中小企業數字化賦能專項行動。到2027年,中小企業數字化轉型“百城”試點取得紮實成效',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Data security capability in industry (MIIT, February 2024) ─────────────
  {
    id: 'document:implementation-plan-for-improving-data-security-capability-in-industrial-sector-2024-2026',
    name: 'Implementation Plan for Improving Data Security Capabilities in the Industrial Sector (2024–2026)',
    nameZh: '工业领域数据安全能力提升实施方案(2024—2026年)',
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT plan to have a data security protection system for industry basically in place by the end of 2026, with classified and graded data protection at more than 45,000 companies and at least 100 data security standards.',
    sources: [
      {
        url: 'http://coloradmin.cn/o/1486724.html',
        title: 'coloradmin.cn – 【解读】工信部数据安全能力提升实施方案',
        quote:
          '近日,工信部印发《工业领域数据安全能力提升实施方案(2024-2026年)》,提出到2026年底,我国工业领域数据安全保障体系基本建立,基本实现各工业行业规上企业数据安全要求宣贯全覆盖。数据安全保护意识普遍提高,开展数据分类分级保护的企业超4.5万家',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://coloradmin.cn/o/1486724.html',
        title: 'coloradmin.cn – 【解读】工信部数据安全能力提升实施方案',
        quote: '立项研制数据安全国家、行业、团体等标准规范不少于100项。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── “AI + manufacturing” special action (MIIT and seven others, January 2026) ─────────────
  {
    id: 'document:implementation-opinions-on-ai-plus-manufacturing-special-action',
    name: 'Implementation Opinions on the “Artificial Intelligence + Manufacturing” Special Action',
    nameZh: '“人工智能+制造”专项行动实施意见',
    aliases: [
      'Implementation Opinion on the “Artificial Intelligence + Manufacturing” Special Action',
      'Opinions on the Implementation of the Special Action of “Artificial Intelligence + Manufacturing”',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'cac', 'ndrc', 'moe', 'mofcom', 'samr', 'nda'],
    summary:
      'Opinions of MIIT and seven other departments to integrate AI into manufacturing, with targets such as deep use of 3–5 general large models in manufacturing, 100 high-quality industrial datasets and 500 typical application scenarios.',
    sources: [
      {
        url: 'https://aigovernancecompass.com/newsinfo/3142467.html',
        title: 'AI Governance Compass – Notice on Issuing the Implementation Opinions on the “Artificial Intelligence + Manufacturing” Special Action',
        quote:
          'Notice on Issuing the Implementation Opinions on the “Artificial Intelligence + Manufacturing” Special Action\nNo. 279 [2025] of the Ministry of Industry and Information Technology',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://sesec.eu/miit-releases-implementation-opinion-on-ai-manufacturing',
        title: 'SESEC – MIIT Releases Implementation Opinion on “AI + Manufacturing”',
        quote:
          'the Ministry of Industry and Information Technology (MIIT) and 7 other departments has jointly issued the Implementation Opinion on the “Artificial Intelligence + Manufacturing” Special Action. … Cyberspace Administration of China (CAC)\n  • National Development and Reformation Commission (NDRC)\n  • Ministry of Education (MOE)\n  • Ministry of Commerce (MOC)\n  • State-owned Assets Supervision and Administration Commission of the State Council (SASAC)\n  • State Administration for Market Regulation (SAMR)\n  • National Data Administration (NDA)',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://e.ccement.com/news/content/67850133199975001.html',
        title: 'China Cement Net – circular of eight departments on the “AI + Manufacturing” opinions',
        quote:
          'On January 7, the website of the Ministry of Industry and Information Technology issued a circular of eight departments on the issuance of the Opinions on the Implementation of the Special Action of "Artificial Intelligence + Manufacturing".',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.163.com/dy/article/KIRP7CUB0514R9KE.html',
        title: '网易 – “人工智能+制造”专项行动实施意见',
        quote:
          '工业和信息化部、中央网信办、国家发展改革委等八部门日前联合印发《“人工智能+制造”专项行动实施意见》。 … 推动3至5个通用大模型在制造业深度应用,形成特色化、全覆盖的行业大模型,打造100个工业领域高质量数据集,推广500个典型应用场景。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Industrial internet and AI integration action plan (MIIT General Office, December 2025) ─────────────
  {
    id: 'document:action-plan-for-integration-and-empowerment-of-industrial-internet-and-ai',
    name: 'Action Plan for the Integration and Empowerment of Industrial Internet and Artificial Intelligence',
    nameZh: '工业互联网和人工智能融合赋能行动方案',
    aliases: ['Action Plan for Empowering Industrial Internet and Artificial Intelligence Integration'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2025-12-30',
    summary:
      'MIIT plan to integrate AI and the industrial internet, using industrial internet networks, data and platforms for AI applications in industry and AI to upgrade industrial internet facilities and services.',
    sources: [
      {
        url: 'https://aigovernancecompass.com/newsinfo/3142468.html',
        title: 'AI Governance Compass – Notice of the General Office of MIIT on Issuing the Action Plan for Empowering Industrial Internet and Artificial Intelligence Integration',
        quote:
          'Notice of the General Office of the Ministry of Industry and Information Technology on Issuing the Action Plan for Empowering Industrial Internet and Artificial Intelligence Integration … General Office of the Ministry of Industry and Information Technology\n\nDecember 30, 2025',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://aigovernancecompass.com/newsinfo/3142468.html',
        title: 'AI Governance Compass – Notice of the General Office of MIIT on Issuing the Action Plan for Empowering Industrial Internet and Artificial Intelligence Integration',
        quote:
          'AI accelerates the upgrading of Industrial Internet facilities, capability optimization, and service innovation. In turn, the Industrial Internet provides interconnected channels, data resources, and platform hubs for AIs industrial applications.',
        supports: ['summary'],
      },
      {
        url: 'https://lcbackerblog.blogspot.com/2026/01/industrial-internet-joins-hands-with.html',
        title: 'Law at the End of the Day (Larry Catá Backer) – Industrial Internet Joins Hands with AI',
        quote:
          'The Chinese Ministry of Industry and Information Technology (工業和信息化部近) has issued its "Action Plan for the Integration and Empowerment of Industrial Internet and Artificial Intelligence" 《工業互聯網和人工智能融合賦能行動方案》.',
        supports: ['name', 'nameZh', 'issuers'],
      },
    ],
  },
];
