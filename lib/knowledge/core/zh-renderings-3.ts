/**
 * Curated core layer: what Chinese-language pages (news, law-firm notes, government pages, in
 * simplified and traditional script) write for PRC instruments and authorities that the graph
 * did not recognise. Each entry or short form is quoted from a stored public page that shows it.
 */
import type { AuthorityVariant, CoreInstrument } from './types';

export const AUTHORITY_VARIANTS_ZH_RENDERINGS_3: AuthorityVariant[] = [
  {
    // Chinese pages list the ministry as 科技部 among co-issuers (国家网信办联合国家发展改革委、教育部、科技部…).
    slug: 'most',
    zhShortNames: ['科技部'],
    sources: [
      {
        url: 'https://ja.m.wikipedia.org/wiki/%E4%B8%AD%E8%8F%AF%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E7%A7%91%E5%AD%A6%E6%8A%80%E8%A1%93%E9%83%A8',
        title: '中華人民共和国科学技術部 – Wikipedia (ja)',
        quote:
          '中華人民共和国科学技術部(ちゅうかじんみんきょうわこくかがくぎじゅつぶ)は、中華人民共和国国務院に属する行政部門。科学技術関連事業を管轄する。日本の旧科学技術庁(現:文部科学省)にあたる役所。略称は科技部。',
        supports: ['zhShortNames'],
      },
    ],
  },
];

export const CORE_ZH_RENDERINGS_3: CoreInstrument[] = [
  // ───────────── MIIT "524" campaign notice (2021) ─────────────
  {
    id: 'document:notice-on-carrying-out-information-and-communication-services-perception-improvement-action',
    name: 'Notice on Carrying out Information and Communication Services Perception Improvement Action',
    nameZh: '关于开展信息通信服务感知提升行动的通知',
    aliases: [
      'Notice on Carrying out the Action to Enhance the Perception of Information and Communication Services',
      'Notice on Launching Awareness-raising Action for Information and Communication Services',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT campaign (to March 2022) to improve telecom and internet services: clearer tariff, privacy-policy and app pop-up displays, and a "double list" of personal information collected and shared with third parties.',
    sources: [
      {
        url: 'https://zhengce.qizhidao.com/article-hgzc/1456915347012694017.html',
        title: '工业和信息化部关于开展信息通信服务感知提升行动的通知',
        quote:
          '工业和信息化部关于开展信息通信服务感知提升行动的通知\n\n来源:\n工信部 … 为推动信息通信行业进一步改善服务质量,提升服务水平,工业和信息化部决定自即日起到2022年3月底,开展信息通信服务感知提升行动(简称“524”行动)。',
        supports: ['nameZh', 'issuers', 'kind', 'status'],
      },
      {
        url: 'http://hkjs.com/node/704.html?l=zh-cn',
        title: 'What are the actions to improve the perception of information and communication services?',
        quote:
          'Recently, the Ministry of Industry and Information Technology responded to the “524” action in the “Notice on Carrying out the Action to Enhance the Perception of Information and Communication Services” … the Ministry of Industry and Information Technology has responded to the "Notice on Carrying out Information and Communication Services Perception Improvement Action" (hereinafter referred to as the "Notice")',
        supports: ['name', 'aliases', 'issuers'],
      },
      {
        url: 'http://retudi.cn/c3/2294',
        title: 'retudi.cn',
        quote:
          'On November 8, the Ministry of Industry and Information Technology interpreted the "Notice on Launching Awareness-raising Action for Information and Communication Services".',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://aif.amtbbs.org/?p=1401',
        title: 'aif.amtbbs.org',
        quote:
          '工业和信息化部近日印发通知,决定自2021年11月1日起到2022年3月底,开展信息通信服务感知提升行动(简称“524”行动)。 … 优化资费套餐设置展示方式 … 隐私政策和权限调用展示方式 … APP开屏弹窗信息展示方式 … 建立个人信息保护“双清单”: 建立已收集个人信息清单 与第三方共享个人信息清单',
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Digital economy and common prosperity (NDRC and NDA, 2023) ─────────────
  {
    id: 'document:implementation-plan-for-promoting-common-prosperity-through-digital-economy',
    name: 'Implementation Plan for Promoting Common Prosperity through the Digital Economy',
    nameZh: '数字经济促进共同富裕实施方案',
    aliases: ['Implementation Plan for Promoting Common Prosperity through Digital Economy'],
    zhShortNames: ['发改数据〔2023〕1770号'],
    kind: 'plan',
    status: 'final',
    issuers: ['ndrc', 'nda'],
    promulgated: '2023-12-23',
    summary:
      'NDRC and National Data Administration plan to use the digital economy to narrow regional, urban-rural and group gaps and equalise basic public services, with targets for 2025 and 2030.',
    sources: [
      {
        url: 'http://www.ningdu.gov.cn/ndxrmzfyyh/c120322/202401/20407b8159db494598c5ff537b33b3c1.shtml',
        title: '国家发展改革委 国家数据局关于印发《数字经济促进共同富裕实施方案》的通知',
        quote:
          '国家发展改革委 国家数据局关于印发\n《数字经济促进共同富裕实施方案》的通知\n发改数据〔2023〕1770号 … 我们研究制定了《数字经济促进共同富裕实施方案》。现印发给你们,请认真组织实施,加快推进各项任务。\n国家发展改革委\n国 家 数 据 局\n2023年12月23日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://newsflash.city/2401/6f40c037b6c10a33.html',
        title: 'newsflash.city',
        quote:
          'the National Development and Reform Commission (NDRC) and the National Data Administration (NDDA) issued the Implementation Plan for Promoting Common Prosperity through the Digital Economy (hereinafter referred to as the "Plan")',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://ecocloud.cn/en/article-detail/bmz9PpEB',
        title: 'ecocloud.cn',
        quote:
          'We studied and formulated the Implementation Plan for Promoting Common Prosperity through Digital Economy. It is hereby issued to you. Please organize and implement it carefully and accelerate the promotion of various tasks.\nNational Development and Reform Commission\nNational data bureau\nDecember 23, 2023',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinaconnect.com.pk/china-releases-plan-to-promote-common-prosperity-through-digital-economy/',
        title: 'China Connect',
        quote:
          'By 2025, positive progress shall be made in closing the gaps between regions, urban and rural areas, different population groups as well as in basic public services through the development of digital economy.\n\nBy 2030, substantial progress will be achieved in promoting common prosperity through the digital economy',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Government data sharing (State Council, 2025) ─────────────
  {
    id: 'document:regulation-on-government-data-sharing',
    name: 'Regulation on Government Data Sharing',
    nameZh: '政务数据共享条例',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    effective: '2025-08-01',
    summary:
      'State Council regulation on sharing data among government departments: unified catalogue management, no repeated collection where shared data meets the need, and one national integrated government big-data system.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.smartcity.team/?p=15377',
        title: 'smartcity.team',
        quote:
          '根据《中华人民共和国网络安全法》、《中华人民共和国数据安全法》、《中华人民共和国个人信息保护法》等法律,制定《政务数据共享条例》。\n2025年6月,国务院总理李强签署国务院令,公布《政务数据共享条例》,自2025年8月1日起施行。 … 规定政务数据实行统一目录管理 … 规定通过共享获取政务数据能够满足履职需要的,政府部门不得重复收集 … 规定整合构建全国一体化政务大数据体系',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.twobirds.com/en/insights/2025/china/china-cybersecurity-and-data-protection-monthly-update-july-2025-issue',
        title: 'Bird & Bird – China Cybersecurity and Data Protection: Monthly Update, July 2025',
        quote:
          'The State Council promulgated the Regulation on Government Data Sharing, aiming to promote the secure, orderly, and efficient sharing and utilization of government data, enhancing the government’s digital governance capabilities and public service efficiency. The Regulation takes the nationwide integrated government big‑data system as its technical base, implements unified catalogue management',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Personal information on large online platforms (CAC and MPS draft, 2025) ─────────────
  {
    id: 'document:provisions-on-protection-of-personal-information-on-large-online-platforms-draft',
    name: 'Provisions on the Protection of Personal Information on Large Online Platforms',
    nameZh: '大型网络平台个人信息保护规定',
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac', 'mps'],
    promulgated: '2025-11-22',
    summary: 'CAC and MPS draft on personal information processing by large online platforms, whose service providers must designate a person responsible for personal information protection.',
    relations: [
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
      { type: 'based_on', target: 'document:network-data-security-management-regulations', source: 0 },
    ],
    sources: [
      {
        url: 'https://forum.rdfzer.com/t/topic/9465',
        title: '国家互联网信息办公室、公安部关于《大型网络平台个人信息保护规定(征求意见稿)》公开征求意见的通知 (转载中国网信网)',
        quote:
          '根据《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》《中华人民共和国网络安全法》《网络数据安全管理条例》等法律法规,国家互联网信息办公室、公安部起草了《大型网络平台个人信息保护规定(征求意见稿)》,现向社会公开征求意见。 … 意见反馈截止时间为2025年12月22日。\n\n附件:《大型网络平台个人信息保护规定(征求意见稿)》\n\n国家互联网信息办公室 公安部\n\n2025年11月22日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://app.anfangnews.com/tags.php?tag=%E7%BD%91%E7%BB%9C%E5%B9%B3%E5%8F%B0',
        title: '安防新闻',
        quote:
          '国家互联网信息办公室、公安部起草了《大型网络平台个人信息保护规定(征求意见稿)》,于22日向社会公开征求意见。根据征求意见稿,大型网络平台服务提供者应按照法律法规有关规定指定个人信息保护负责人',
        supports: ['nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://cm.twobirds.com/en/insights/2026/china/china-cybersecurity-and-data-protection-monthly-update--december-2025-issue',
        title: 'Bird & Bird – China Cybersecurity and Data Protection: Monthly Update, December 2025',
        quote:
          'the Cyberspace Administration of China (“CAC”) and the Ministry of Public Security (“MPS”) requested public comments on the Provisions on the Protection of Personal Information on Large Online Platforms(Draft for Comments), aiming to standardize personal information processing activities on large online platforms',
        supports: ['name', 'status', 'issuers'],
      },
    ],
  },

  // ───────────── Anthropomorphic AI interaction services (CAC draft, 2025) ─────────────
  {
    id: 'document:interim-measures-for-management-of-anthropomorphic-ai-interactive-services-draft',
    name: 'Interim Measures for the Management of Anthropomorphic AI Interactive Services',
    nameZh: '人工智能拟人化互动服务管理暂行办法',
    aliases: [
      'Interim Measures for the Administration of Anthropomorphic Interactive Services Using Artificial Intelligence',
      'Interim Measures for the Administration of Anthropomorphic Interactive Artificial Intelligence Services',
      'Interim Measures for the Management of Anthropomorphic AI Interaction Services',
    ],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2025-12-27',
    summary:
      'CAC draft on AI services that simulate human personalities and interact emotionally with users, requiring providers to be able to recognise users’ states.',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Interim_Measures_for_the_Management_of_Anthropomorphic_AI_Interactive_Services',
        title: 'Wikipedia – Interim Measures for the Management of Anthropomorphic AI Interactive Services',
        quote:
          'The Interim Measures for the Management of Anthropomorphic AI Interactive Services () are a set of draft regulations proposed by the Cyberspace Administration of China (CAC) to govern artificial intelligence services that simulate human personalities and engage in emotional interaction with users. The draft was released for public comment on December 27, 2025',
        supports: ['name', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.aispectrumindia.com/news/11/420/china-releases-draft-rules-for-ai-powered-human-like-interaction-services.html',
        title: 'AI Spectrum India',
        quote:
          'The Cyberspace Administration of China (CAC) has released a draft of the “Interim Measures for the Administration of Anthropomorphic Interactive Services Using Artificial Intelligence” for public consultation',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/36409-cyberspace-administration-closes-consultation-on-draft-interim-measures-for-the-administration-of-anthropomorphic-interactive-artificial-intelligence-services-including-design-requirements',
        title: 'Digital Policy Alert',
        quote:
          'On 25 January 2026, the Cyberspace Administration of China closes a consultation on the draft Interim Measures for the Administration of Anthropomorphic Interactive Artificial Intelligence Services, including design requirements.',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://www.dimuthuwayaman.com/blog/china-draft-rules-anthropomorphic-ai-interaction',
        title: 'dimuthuwayaman.com',
        quote:
          'On December 27, 2025, China\'s Cyberspace Administration of China (CAC) released a draft of the "Interim Measures for the Management of Anthropomorphic AI Interaction Services" for public comment.',
        supports: ['aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.stheadline.com/zh-hans/realtime-china/3530558/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E7%94%A8%E6%88%B7%E5%9B%BE%E8%87%AA%E6%AE%8B%E9%A1%BB%E7%9C%9F%E4%BA%BA%E6%8E%A5%E7%AE%A1%E5%AF%B9%E8%AF%9D-%E7%BD%91%E4%BF%A1%E5%8A%9E%E8%A7%84%E8%8C%83%E6%8B%9F%E4%BA%BA%E5%8C%96%E4%BA%92%E5%8A%A8%E6%9C%8D%E5%8A%A1',
        title: '星岛头条 (Sing Tao) – 人工智能︱用户图自残须真人接管对话 网信办规范拟人化互动服务',
        quote:
          '网信办昨刊发《人工智能拟人化互动服务管理暂行办法（征求意见稿）》，指出服务提供者应具备用户状态识别能力',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
    ],
  },

  // ───────────── GB/T 38671-2020, remote face recognition systems ─────────────
  {
    id: 'document:technical-requirements-for-remote-face-recognition-system',
    name: 'Technical Requirements for Remote Face Recognition System',
    nameZh: '远程人脸识别系统技术要求',
    aliases: ['Information Security Technology - Technical Requirements for Remote Face Recognition System'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2020-04-28',
    effective: '2020-11-01',
    code: 'GB/T 38671-2020',
    summary:
      'Recommended national standard on the functions, performance, security and security-assurance requirements of systems that authenticate identity by face recognition remotely on the server side.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT38671-2020',
        title: 'ChineseStandard.net – GB/T 38671-2020',
        quote:
          'GB/T 38671-2020 GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Information Security Technology - Technical Requirements for Remote Face Recognition System ISSUED ON: APRIL 28, 2020 IMPLEMENTED ON: NOVEMBER 1, 2020 Issued by: State Administration for Market Regulation; Standardization Administration of the People’s Republic of China. … This Standard stipulates the functions, performance, security requirements and security assurance requirements of information system that adopts face recognition technology for remote identity authentication on the server side.',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://xgzy.net/fwc/a/MjM5ODI5MzI0NA==/2651389400/1',
        title: '中伦视界 – 最高院人脸识别司法解释解读 (转载)',
        quote: '具体定义可参照国家标准《GB/T 38671-2020 信息安全技术 远程人脸识别系统技术要求》中对“人脸识别”的表述',
        supports: ['nameZh', 'code', 'kind'],
      },
    ],
  },
];
