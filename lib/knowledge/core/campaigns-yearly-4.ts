/**
 * Curated core layer: the campaign notices and yearly documents China TMT pages cite as
 * documents: the CAC's "Qinglang" (清朗) special campaigns and yearly series, the MIIT and
 * four-department app campaigns and the app filing notice, the State Council's and the NPC
 * Standing Committee's yearly legislative work plans, the yearly Government Work Reports, the
 * Digital China action plan and digital village work points, and the CAC's published list of filed
 * deep synthesis algorithms. Each fact is quoted from a stored public page that states it.
 */
import type { CoreInstrument } from './types';

export const CORE_CAMPAIGNS_YEARLY_4: CoreInstrument[] = [
  // ───────────── Qinglang: 2022 comprehensive governance of algorithms ─────────────
  {
    id: 'document:qinglang-2022-comprehensive-governance-of-algorithms',
    name: 'Clear 2022 Comprehensive Governance of Algorithms',
    nameZh: '清朗·2022年算法综合治理',
    aliases: ['Qinglang • 2022 Algorithm Comprehensive Governance'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2022-04-08',
    summary:
      'CAC-led campaign (April to early December 2022) putting the algorithm recommendation rules into practice: company self-inspection, on-site checks of large platforms, algorithm filing and correction of algorithm abuse.',
    relations: [{ type: 'implements', target: 'document:provisions-on-administration-of-algorithm-recommendation-for-internet-information-services', source: 1 }],
    sources: [
      {
        url: 'https://www.ntv.cn/content/0/803/99803735.html',
        title: '人民网-人民日报',
        quote:
          '中央网信办日前发布通知,牵头开展“清朗·2022年算法综合治理”专项行动。专项行动开展时间为2022年4月8日至12月初,主要包括组织自查自纠、开展现场检查、督促算法备案、压实主体责任、限期问题整改五个方面工作。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://digichina.stanford.edu/work/translation-notice-on-conducting-the-clear-2022-comprehensive-governance-of-algorithms-special-action/',
        title: 'DigiChina (Stanford)',
        quote:
          'Translation: Notice on Conducting the ‘Clear 2022 Comprehensive Governance of Algorithms’ Special Action … to effectively promote the effective implementation of the Internet Information Service Algorithmic Recommendation Management Provisions (hereinafter "the Management Provisions") … the Cyberspace Administration of China (中央网信办) takes the lead in conducting the “Clear 2022 Comprehensive Governance of Algorithms” special action.',
        supports: ['name', 'issuers', 'relations'],
      },
      {
        url: 'https://www.laitimes.com/en/article/3kkcg_419d5.html',
        title: 'laitimes',
        quote:
          'On April 8, 2022, the Cyberspace Administration of China issued a notice to take the lead in carrying out the special action of "Qinglang • 2022 Algorithm Comprehensive Governance", and by the end of this year, it will focus on inspecting large websites, platforms and products with strong public opinion attributes or social mobilization capabilities.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Qinglang: typical algorithm problems on online platforms (2024) ─────────────
  {
    id: 'document:qinglang-governance-of-typical-algorithm-problems-on-online-platforms',
    name: 'Special Action on Governance of Typical Algorithm Problems on Internet Platforms',
    nameZh: '清朗·网络平台算法典型问题治理',
    aliases: ['Governance of Typical Issues of Online Platform Algorithms'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'samr'],
    summary:
      'Four-department campaign (12 November 2024 to 14 February 2025) against algorithmic harms: information cocoons, manipulated trending lists, harm to workers in new forms of employment, and big-data price discrimination against regular customers.',
    sources: [
      {
        url: 'http://xzzxedu.org/xzzxedu/“清朗·网络平台算法典型问题治理”专项行动/65137994',
        title: 'xzzxedu.org (encyclopedia entry)',
        quote:
          '“清朗·网络平台算法典型问题治理”专项行动是2024年11月12日起至2025年2月14日,中央网络安全和信息化委员会办公室秘书局、工业和信息化部办公厅、公安部办公厅、国家市场监督管理总局办公厅四部门开展的专项行动。 … 聚焦网民关切,重点整治同质化推送营造“信息茧房”、违规操纵干预榜单炒作热点、盲目追求利益侵害新就业形态劳动者权益、利用算法实施大数据“杀熟”、算法向上向善服务缺失侵害用户合法权益等重点问题',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.ctol.digital/news/china-algorithm-regulations-protect-workers-users-fairness-online/',
        title: 'CTOL Digital Solutions',
        quote:
          'On November 24, 2024, the Cyberspace Administration of China, in collaboration with three other key government departments, announced a new regulatory framework titled “Clear and Bright - Special Action on Governance of Typical Algorithm Problems on Internet Platforms”.',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://worldofsoftware.org/?p=465173',
        title: 'World of Software',
        quote:
          'the Cyberspace Administration of China, the Ministry of Industry and Information Technology, the Ministry of Public Security, and the State Administration for Market Regulation have jointly issued a notice to enact what they term the “Governance of Typical Issues of Online Platform Algorithms.”',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://ajupress.com/view/20241125075147668',
        title: 'Aju Press',
        quote:
          'Jointly organized by the CAC, the Ministry of Industry and Information Technology, the Ministry of Public Security, and the State Administration for Market Regulation, the initiative urges companies to conduct self-assessments and enhance algorithmic security measures. … The campaign also explicitly bans price discrimination based on algorithms, ensuring that factors like age or income cannot influence the pricing of identical products.',
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Qinglang: rectification of AI technology abuse (2025) ─────────────
  {
    id: 'document:qinglang-rectification-of-ai-technology-abuse',
    name: 'Qinglang Rectification of AI Technology Abuse',
    nameZh: '清朗·整治AI技术滥用',
    aliases: [
      'Qinglang · Curbing AI Technology Abuse',
      'Clear and Rectify the Abuse of AI Technology',
      'Qinglang: AI Misuse Cleanup',
      'Rectification of AI Technology Misuse',
    ],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-04-30',
    summary:
      'Three-month CAC campaign from April 2025 in two phases: first against problems at the AI source, such as generative AI services offered without model filing or registration, then against problems in AI applications; it targets abuse such as AI face-swapping and voice imitation.',
    sources: [
      {
        url: 'https://github.com/chainreactors/picker/blob/d5b075c60281c370c7ff93cd5b419c255d672843/archive/2025/05/10/daily/%E5%98%B6%E5%90%BC%20RoarTalk%20%E2%80%93%20%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8%E8%A1%8C%E4%B8%9A%E7%BB%BC%E5%90%88%E6%9C%8D%E5%8A%A1%E5%B9%B3%E5%8F%B0%2C4hou.com_%E4%B8%AD%E5%A4%AE%E7%BD%91%E4%BF%A1%E5%8A%9E%E5%BC%80%E5%B1%95%20%E2%80%9C%E6%B8%85%E6%9C%97%C2%B7%E6%95%B4%E6%B2%BBAI%E6%8A%80%E6%9C%AF%E6%BB%A5%E7%94%A8%E2%80%9D%20%E4%B8%93%E9%A1%B9%E8%A1%8C%E5%8A%A8.md',
        title: '嘶吼 RoarTalk (4hou.com), archived copy',
        quote:
          '中央网信办于2025年持续部署“清朗”系列专项行动，将“整治AI技术滥用”列为八大重点任务之一，并进一步在全国范围内部署开展为期3个月的“清朗·整治AI技术滥用”专项行动 … 一是违规AI产品。利用生成式人工智能技术向公众提供内容服务，但未履行大模型备案或登记程序。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.lslby.com/en/research/china-ai-qinglang-restrictions-en/',
        title: 'lslby.com',
        quote:
          'April 30, 2025 / Legal Knowledge … Today (April 30), the Cyberspace Administration of China publicly announced the launch of a nationwide 3-month special campaign called “Qinglang · Curbing AI Technology Abuse.” The campaign is divided into two phases: Phase 1 targets 6 types of prominent issues at the AI source, and Phase 2 targets 7 types of prominent issues related to AI applications.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://gmteight.com/content/detail/278189',
        title: 'GMT Eight',
        quote:
          '"Qinglang Rectification of AI Technology Abuse" Special Action Phase I has disposed of more than 3500 illegal AI products such as mini programs, applications, intelligent agents … The special action of "Clear and Rectify the Abuse of AI Technology" has been launched since April 2025.',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.aihubx.org/?p=1102',
        title: 'AIHubX',
        quote:
          'Since April 2025, the Central Cyberspace Affairs Commission has launched a special campaign titled "Qinglang: AI Misuse Cleanup," targeting the rampant abuse of technologies such as AI face-swapping and voice imitation.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://maplegrovereport.com/?p=92761',
        title: 'Maple Grove Report',
        quote:
          'Its immediate predecessor, launched on 30 April 2025 and titled ‘Rectification of AI Technology Misuse,’ ran for three months across two phases.',
        supports: ['aliases', 'promulgated'],
      },
    ],
  },

  // ───────────── The 2025 Qinglang series ─────────────
  {
    id: 'document:qinglang-series-special-campaigns-2025',
    name: '2025 Qinglang Operation',
    nameZh: '2025年“清朗”系列专项行动',
    aliases: ['2025 "Qinglang" operation'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-02-21',
    summary:
      'The CAC’s eight online-ecosystem campaigns for 2025, from Spring Festival content and self-media misinformation to short-video marketing, AI misuse, smears against companies, minors online, live-stream tipping and incitement of negative emotions.',
    sources: [
      {
        url: 'https://www.c114.net.cn/ainews/143907.html',
        title: 'C114通信网',
        quote:
          '网信办发布2025年“清朗”系列专项行动 整治AI技术滥用乱象\n2025-02-21\n\n2025年“清朗”系列专项行动将重点整治网络环境,包括春节网络环境、不实自媒体信息、短视频恶意营销、AI滥用、涉企网络谣言、暑期未成年人网络环境、网络直播打赏乱象及负面情绪煽动等问题。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2025/0222/c90000-20280159.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          'BEIJING, Feb. 21 (Xinhua) -- China\'s cyberspace regulator on Friday unveiled plans that position work to combat artificial intelligence (AI) misuse as a central focus of a 2025 nationwide campaign to address online misconduct. … The CAC is set to launch its 2025 "Qinglang" operation, an annual initiative launched in recent years to create a cleaner, safer online environment.',
        supports: ['name', 'aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── The 2023 Qinglang series and its self-media campaign ─────────────
  {
    id: 'document:qinglang-series-special-campaigns-2023',
    name: '2023 Qinglang Series of Special Actions',
    nameZh: '2023年“清朗”系列专项行动',
    aliases: ['2023 “Qinglang” series of special action plans'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    summary:
      'The CAC’s nine online-ecosystem campaigns for 2023: self-media disorder, troll armies manipulating content, order in key traffic channels, the online business environment for companies, lifestyle-service platforms, short-video content, minors in summer, online hostility and the Spring Festival.',
    sources: [
      {
        url: 'http://whysw.org/m/view.php?aid=81907',
        title: '文化艺术报',
        quote:
          '3月28日上午,国务院新闻办公室举行新闻发布会,国家互联网信息办公室有关负责人介绍了2023年“清朗”系列专项行动的相关情况,专项行动将聚焦“自媒体”乱象、网络水军操纵信息内容、规范重点流量环节网络传播秩序等9方面问题开展整治。 … 具体包括:“清朗·从严整治‘自媒体’乱象”专项行动,“清朗·打击网络水军操纵信息内容”专项行动,“清朗·规范重点流量环节网络传播秩序”专项行动,“清朗·优化营商网络环境 保护企业合法权益”专项行动,“清朗·生活服务类平台信息内容整治”专项行动,“清朗·整治短视频信息内容导向不良问题”专项行动,“清朗·2023年暑期未成年人网络环境整治”专项行动,“清朗·网络戾气整治”专项行动,“清朗·2023年春节网络环境整治”专项行动。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://fenq.com/the-cyberspace-administration-of-china-launched-a-special-campaign-to-rectify-the-chaos-of-self-media',
        title: 'fenq.com',
        quote:
          'The Central Cyberspace Affairs Office recently issued a notice stating that in accordance with the 2023 “Qinglang” series of special action plans, the Central Cyberspace Administration will launch a two-month special action “Qinglang Strictly Rectify ‘We Media’ Chaos”',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  {
    id: 'document:qinglang-strictly-rectify-self-media-chaos-2023',
    name: 'Qinglang Strictly Rectify ‘We Media’ Chaos',
    nameZh: '清朗·从严整治‘自媒体’乱象',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    summary:
      'Two-month CAC campaign in 2023 against self-media rumours, counterfeiting and illegal profit-making, focused on key social, short-video and live-streaming platforms.',
    sources: [
      {
        url: 'http://whysw.org/m/view.php?aid=81907',
        title: '文化艺术报',
        quote:
          '2023年“清朗”系列专项行动 … 具体包括:“清朗·从严整治‘自媒体’乱象”专项行动,“清朗·打击网络水军操纵信息内容”专项行动',
        supports: ['nameZh', 'kind', 'status'],
      },
      {
        url: 'https://fenq.com/the-cyberspace-administration-of-china-launched-a-special-campaign-to-rectify-the-chaos-of-self-media',
        title: 'fenq.com',
        quote:
          'The Central Cyberspace Affairs Office recently issued a notice stating that in accordance with the 2023 “Qinglang” series of special action plans, the Central Cyberspace Administration will launch a two-month special action “Qinglang Strictly Rectify ‘We Media’ Chaos”, focusing on social, short-term Focusing on key platforms such as video and webcasting, resolutely crack down on prominent issues such as “self-media” rumors, counterfeiting, and illegal profit-making',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── CAC notice on "fan circle" chaos (2021) ─────────────
  {
    id: 'document:notice-on-further-strengthening-governance-of-fan-circle-chaos',
    name: 'Notice concerning Further Strengthening Control over the “Fan Circle” Mess',
    nameZh: '关于进一步加强“饭圈”乱象治理的通知',
    aliases: ['Notice on Further Strengthening the Governance of "Rice Circle" Chaos'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2021-08-25',
    summary:
      'Ten CAC measures against celebrity fan-club excess: scrapping celebrity popularity rankings, curbing fan fights and inducements to spend, keeping minors out and regulating fan fundraising.',
    sources: [
      {
        url: 'http://gsdjw.com/news/guonei/275987_2.html',
        title: '中央网信办:取消明星艺人榜单(2)',
        quote:
          '10.规范应援集资行为。及时发现、清理各类违规应援集资信息 … 中央网信办秘书局\n2021年8月25日\n原标题:关于进一步加强“饭圈”乱象治理的通知',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2021/08/25/notice-concerning-further-strengthening-control-over-the-fan-circle-mess/',
        title: 'China Copyright and Media',
        quote:
          'Notice concerning Further Strengthening Control over the “Fan Circle” Mess … 1. Cancel star and artist rankings. Cancel all rankings and lists involving individual stars and artists or groups, prohibit newly adding or covertly uploading individual rankings and related products or functions.',
        supports: ['name', 'summary'],
      },
      {
        url: 'https://equalocean.com/briefing/20210828230073672',
        title: 'EqualOcean',
        quote:
          'Recently, the central network information office issued the notice on Further Strengthening the governance of "rice circle" chaos.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://zzvips.com/news/187308.html',
        title: '服务器之家',
        quote:
          '8月27日,据“网信中国”微信公众号消息,中央网信办发布关于进一步加强“饭圈”乱象治理的通知。 … 1.取消明星艺人榜单 。 … 7.不得诱导粉丝消费。 … 9.严控未成年人参与。\n\n10.规范应援集资行为。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── MIIT notice on app filing (2023) ─────────────
  {
    id: 'document:notice-on-carrying-out-filing-of-mobile-internet-applications',
    name: 'Notice on Carrying out the Filing Work of Mobile Internet Applications',
    nameZh: '关于开展移动互联网应用程序备案工作的通知',
    aliases: [
      'Notice of the Ministry of Industry and Information Technology on the Record-filing of Mobile Internet Apps',
      'Notice of the Ministry of Industry and Information Technology on Carrying out the Filing of Mobile Internet Applications',
      'Notice of the MIIT on the Filing of Mobile Apps',
      'App Filing Notice',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2023-07-21',
    effective: '2023-07-21',
    summary:
      'Requires apps, mini-programs and quick apps that provide internet information services in China to be filed with the provincial communications administration; apps already online had until the end of March 2024.',
    relations: [
      { type: 'implements', target: 'document:anti-telecom-and-online-fraud-law', source: 0 },
      { type: 'implements', target: 'document:measures-for-administration-of-internet-information-services', source: 0 },
    ],
    sources: [
      {
        url: 'https://appinchina.co/government-documents/notice-of-the-ministry-of-industry-and-information-technology-on-the-record-filing-of-mobile-internet-apps/',
        title: 'AppInChina',
        quote:
          'Promulgation Authorities: Ministry of Industry and Information Technology\n\nRelease Date: 2023-07-21\n\nEffective Date: 2023-07-21 … Original Title: 工业和信息化部关于开展移动互联网应用程序备案工作的通知\n\nNotice of the Ministry of Industry and Information Technology on the Record-filing of Mobile Internet Apps … In order to implement the requirements of the Law of the People’s Republic of China Against Telecommunications and Internet Frauds, the Administrative Measures on Internet-based Information Services (Decree No. 292 of the State Council) and other laws and regulations',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://fenq.com/ministry-of-industry-and-information-technology-app-internet-information-services-shall-not-be-engaged-in-without-filing',
        title: 'fenq.com',
        quote:
          'From September 2023 to the end of March 2024, APPs that carried out business before the “Notice” was issued shall go through the filing procedures with the provincial communications administration at the place where their domicile is located. … Notice on Carrying out the Filing Work of Mobile Internet Applications\nMinistry of Industry and Information Technology Information Management [2023] No. 105',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://kokzone.com/2023/09/01/notice-of-the-ministry-of-industry-and-information-technology-on-the-filing-of-mobile-internet-applications',
        title: 'kokzone.com',
        quote:
          'MIIT Information Management [2023] No. 105\n\nNotice of the Ministry of Industry and Information Technology on Carrying out the Filing of Mobile Internet Applications_Documents of the State Council Department_Chinese Government Website (www.gov.cn)',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://britishchamber.cn/new-regulations-on-the-filing-of-mobile-apps',
        title: 'British Chamber of Commerce in China (Global Law Office)',
        quote:
          'The Ministry of Industry and Information Technology (“MIIT”) recently promulgated the Notice of the MIIT on the Filing of Mobile Apps (Gong Xin Bu Xin Guan [2023] No. 105, the “Notice”) … holders of mobile Internet applications (hereinafter referred to as Apps) engaged in Internet information services within the PRC must fulfill the filing formalities in accordance with the relevant regulations',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://appinchina.co/blog/interpretation-of-notice-of-the-ministry-of-industry-and-information-technology-on-the-record-filing-of-mobile-internet-apps/',
        title: 'AppInChina',
        quote:
          'On July 21st 2023, China’s Ministry of Industry and Information Technology issued the “Notice of the Ministry of Industry and Information Technology on the Record-filing of Mobile Internet Apps” (hereinafter referred to as the “App Filing Notice”).',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'http://www.jyu.edu.cn/info/1040/13566.htm',
        title: '嘉应学院',
        quote:
          '根据《工业和信息化部关于开展移动互联网应用程序备案工作的通知》要求,今年4月1日起,对逾期未履行备案手续的境内存量移动互联网应用程序(含APP、小程序、快应用等,以下简称APP),将按照《中华人民共和国反电信网络诈骗法》《互联网信息服务管理办法》等法律法规要求,依法采取下架、关停等处理措施。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────── Four-department special governance of apps (2019) ─────────────
  {
    id: 'document:announcement-on-special-governance-of-illegal-collection-and-use-of-personal-information-by-apps',
    name: 'Announcement on Carrying Out Special Governance on Illegal and Improper Collection and Use of Personal Information by Apps',
    nameZh: '关于开展App违法违规收集使用个人信息专项治理的公告',
    aliases: ['Announcement on Special Governance for the Illegal Collection and Use of Personal Information by App'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'samr'],
    promulgated: '2019-01-25',
    summary:
      'Four-department announcement of a year-long (2019) campaign against illegal and improper collection and use of personal information by apps: assessments of popular apps’ privacy policies, supervision and penalties, and voluntary app personal information security certification.',
    sources: [
      {
        url: 'https://jxxfw.com/periodical/e3f56e5b82416edc4f8333748e60a01c.html',
        title: 'jxxfw.com (论文摘录)',
        quote:
          '1月25日,中央网信办、工业和信息化部、公安部、市场监管总局正式发布《关于开展App违法违规收集使用个人信息专项治理的公告》,对用户数量大、与民众生活密切相关的App隐私政策和个人信息收集使用情况进行评估',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://cqtresearch.com/news/guonei/2019/0125/31044.html',
        title: '中新社',
        quote:
          '中新社北京1月25日电 (记者 刘育英)中共中央网络安全和信息化委员会办公室、中国工业和信息化部、公安部、国家市场监督管理总局四部门25日在北京召开新闻发布会,宣布自2019年1月至12月,在全国范围组织开展App(移动互联网应用程序)违法违规收集使用个人信息专项治理。',
        supports: ['issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://launch-in-china.21yunbox.com/method-for-determining-illegal-and-improper-collection-and-use-of-personal-information-by-apps.html',
        title: '21YunBox',
        quote:
          'In accordance with the “Announcement on Carrying Out Special Governance on Illegal and Improper Collection and Use of Personal Information by Apps” and to provide a reference for the determination of illegal and improper collection and use of personal information by Apps',
        supports: ['name'],
      },
      {
        url: 'http://www.sincy.net.cn/sfdsgdf/3391',
        title: 'sincy.net.cn',
        quote:
          'On the morning of January 25th, four departments, including the Central Network Information Office, the Ministry of Industry and Information Technology, the Ministry of Public Security and the General Administration of Market Supervision, held a press conference and jointly issued the "Announcement on Special Governance for the Illegal Collection and Use of Personal Information by App".',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://ltwysoft.com/newscenter/native/gd/20190126/t20190126_524494325.shtml',
        title: '央广网 (北京青年报)',
        quote:
          '據了解,此次專項治理將重點開展四方面工作:一是組織相關專業機構,對用戶數量大、與民眾生活密切相關的APP隱私政策和個人信息收集使用情況進行評估。二是加強對違法違規收集使用個人信息行為的監管和處罰 … 四是開展自愿性APP個人信息安全認證',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MIIT special rectification of apps infringing users' rights (2019) ─────────────
  {
    id: 'document:notice-on-special-rectification-of-apps-infringing-users-rights-2019',
    name: 'Notice on the Special Rectification Work on Apps Infringing on the Rights and Interests of Users',
    nameZh: '关于开展APP侵害用户权益专项整治工作的通知',
    aliases: [
      'Notice of the Ministry of Industry and Information Technology on the special rectification work of APP infringing on the rights and interests of users',
      'Notice of the Ministry of Industry and Information Technology on the Implementation of the Special Rectification Work on APPs Infringing on the Rights and Interests of Users',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT campaign from November 2019 against apps that collect or use personal information in breach of the rules, over-request permissions, harass users or obstruct account deletion; apps of firms that fail to rectify are taken down.',
    sources: [
      {
        url: 'https://xzca.miit.gov.cn/zwgk/hlwgl/art/2020/art_8fcab11c7f39432a82137a0061cb597a.html',
        title: '西藏自治区通信管理局',
        quote:
          '根据《工业和信息化部关于开展APP侵害用户权益专项整治工作的通知》要求,工业和信息化部按计划、分阶段、稳步推进APP侵害用户权益专项整治行动,专项行动期间,第一批未按要求完成整改的3家企业,已于1月3日依法组织下架。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://appinchina.co/government-documents/notice-of-the-ministry-of-industry-and-information-technology-on-the-special-rectification-work-of-app-infringing-on-the-rights-and-interests-of-users/',
        title: 'AppInChina',
        quote:
          'Notice of the Ministry of Industry and Information Technology on the special rectification work of APP infringing on the rights and interests of users … Release date: 11-06-2019 … At present, APP violates regulations to collect personal information, excessive claims, frequent harassment, and infringement of user rights and other issues',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://www.appinchina.co/government-documents/app-notification-on-infringement-of-user-rights-first-batch/',
        title: 'AppInChina',
        quote:
          'According to the requirements of the “Notice of the Ministry of Industry and Information Technology on the Implementation of the Special Rectification Work on APPs Infringing on the Rights and Interests of Users”, the Ministry of Industry and Information Technology has steadily advanced the special rectification action on APPs infringing on the rights and interests of users. … illegal collection and use of user personal information, unreasonable requests for user permissions, and obstacles to user account logout',
        supports: ['name', 'aliases', 'summary'],
      },
      {
        url: 'https://www.appinchina.co/government-documents/ministry-of-industry-and-information-technology-launches-special-rectification-action-against-app-infringement-of-user-rights/',
        title: 'AppInChina',
        quote:
          'Release date: 2019-11-06 … The focus is on rectifying the collection of user personal information in violation of regulations, the use of user personal information in violation of regulations, unreasonably requesting user permissions, and setting obstacles for user account logout.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── 2025 personal information protection campaigns ─────────────
  {
    id: 'document:announcement-on-2025-personal-information-protection-special-actions',
    name: 'Announcement on Carrying Out the 2025 Series of Special Actions on Personal Information Protection',
    nameZh: '关于开展2025年个人信息保护系列专项行动的公告',
    zhShortNames: ['2025年个人信息保护系列专项行动'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'samr'],
    promulgated: '2025-03-28',
    summary:
      'Four-department announcement of the 2025 campaigns against unlawful personal-information collection by apps, SDKs and smart devices, facial recognition in public places, offline consumption scenarios and related crime.',
    sources: [
      {
        url: 'https://epaper.cena.com.cn/pc/content/202504/01/content_13315.html',
        title: '中国电子报',
        quote:
          '四部门联合开展2025年 个人信息保护系列专项行动\n\n本报讯 近日,中央网信办、工业和信息化部、公安部、市场监管总局等四部门联合发布《关于开展2025年个人信息保护系列专项行动的公告》(以下简称《公告》),明确2025年将进一步深入治理常用服务产品和常见生活场景中存在的违法违规收集使用个人信息典型问题 … 《公告》提出,相关部门将围绕以下六方面重点问题开展系列专项行动:APP(含小程序、公众号、快应用)违法违规收集使用个人信息,SDK违法违规收集使用个人信息,智能终端违法违规收集使用个人信息,公共场所违法违规收集使用人脸识别信息,线下消费场景违法违规收集使用个人信息,个人信息相关违法犯罪案件。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.fjgznews.cn/2025-03/31/content_2192175.htm',
        title: '光泽新闻网 (新华社)',
        quote:
          '四部门开展2025年个人信息保护系列专项行动 … 新华社北京3月28日电 中央网信办、工业和信息化部、公安部、市场监管总局28日发布公告称,2025年,将开展个人信息保护系列专项行动',
        supports: ['zhShortNames', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.datenschutz-notizen.de/chinas-2025-personal-information-protection-campaign-app-enforcement-takeaways-2357710/',
        title: 'Datenschutz-Notizen',
        quote:
          'In March 2025, the Cyberspace Administration of China, together with the Ministry of Industry and Information Technology, the Ministry of Public Security, and the State Administration for Market Regulation, announced a nationwide series of special enforcement actions targeting the unlawful collection and use of personal information.',
        supports: ['issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── MIIT special rectification of the internet industry (2021) ─────────────
  {
    id: 'document:miit-special-rectification-action-for-internet-industry-2021',
    name: 'Special Rectification Action for the Internet Industry',
    nameZh: '互联网行业专项整治行动',
    kind: 'campaign',
    status: 'final',
    issuers: ['miit'],
    summary:
      'Six-month MIIT campaign launched in July on eight kinds of problems in 22 scenarios: disrupting market order (disrupting rivals’ operations), infringing user rights (misleading pop-ups), threatening data security, and breaching resource and licence rules.',
    sources: [
      {
        url: 'http://lingyidao.com/shehui/20210914/559617.html',
        title: 'lingyidao.com',
        quote:
          '工信部今年7月启动了为期半年的互联网行业专项整治行动。主要聚焦扰乱市场秩序,侵害用户权益、威胁数据安全、违反资源和资质管理规定的四个方面、八类问题进行集中整治。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://www.caixinglobal.com/2021-07-26/ministry-launches-six-month-campaign-to-clean-up-internet-platforms-101745723.html',
        title: 'Caixin Global',
        quote:
          'Authorities will clamp down on 22 “specific scenarios” such as disrupting the operations of rival companies, using misleading pop-ups, improper collection of personal data and breaches of internet access rules',
        supports: ['summary'],
      },
      {
        url: 'http://hkjs.com/m_news/359.html',
        title: 'hkjs.com (MIIT news, English)',
        quote:
          'Ministry of Industry and Information Technology (MIIT) launched a special rectification action for the Internet industry',
        supports: ['name', 'kind', 'status'],
      },
    ],
  },

  // ───────────── State Council legislative work plans ─────────────
  {
    id: 'document:state-council-legislative-work-plan-2024',
    name: 'Legislative Work Plan of the State Council for 2024',
    nameZh: '国务院2024年度立法工作计划',
    aliases: ['2024 Legislative Work Plan of the State Council', 'Annual Legislative Plan of the State Council for 2024'],
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2024-05-06',
    summary:
      'The State Council’s legislative agenda for 2024 (draft Private Economy Promotion Law, fair competition review regulation and others), which again listed a draft AI law for submission to the NPC Standing Committee.',
    sources: [
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=https%3A%2F%2Fwww.gov.cn%2Fzhengce%2Fcontent%2F202405%2Fcontent_6950093.htm&source=url&to=en',
        title: 'gov.cn (machine translation)',
        quote:
          'Issued by: General Office of the State Council Written date: May 6, 2024\ntitle: Circular of the General Office of the State Council on Printing and Distributing the Legislative Work Plan of the State Council for 2024\nDocument No.: GBF [2024] No. 23 Date of issue: May 9, 2024 … 2024 Legislative Work Plan of the State Council',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://en.people.cn/n3/2024/0510/c90000-20167776.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          'BEIJING, May 9 (Xinhua) -- The General Office of the State Council has issued an annual legislative plan of the State Council for 2024, outlining seven areas of focus for its legislative work in the year.\n\nIn promoting high-quality development, the document includes specific items such as the draft private economy promotion law.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://www.zsnews.cn/news/index/view/cateid/37/id/727658.html',
        title: '中山网 (新华社)',
        quote:
          '经党中央、国务院同意,国务院办公厅日前印发《国务院2024年度立法工作计划》(以下简称《国务院立法计划》)。 … 一是围绕推动高质量发展,列明民营经济促进法草案、招标投标法修正草案,制定公平竞争审查条例',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://www.moj.gov.cn/pub/sfbgw/zwgkztzl/xxxcgcxjpfzsx/fzsxllqy/202505/t20250528_520173.html',
        title: '司法部 (张凌寒)',
        quote:
          '前不久,《国务院2025年度立法工作计划》公布。与2023、2024年度立法工作计划不同,此次并未将人工智能法草案继续列入预备提请全国人大常委会审议的项目',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:state-council-legislative-work-plan-2025',
    name: 'State Council Legislative Work Plan 2025',
    nameZh: '国务院2025年度立法工作计划',
    aliases: ["State Council's Legislative Work Plan for 2025"],
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    summary:
      'The State Council’s legislative agenda for 2025; it drops the draft AI law from the bills to submit and instead calls for advancing legislation on the healthy development of AI.',
    sources: [
      {
        url: 'https://www.newcet.org/archives/1659.html',
        title: 'newcet.org (Xinhua)',
        quote:
          'The General Office of the State Council issued the "State Council\'s Legislative Work Plan for 2025"\n\n Xinhua News Agency, Beijing, May 14th. With the approval of the CPC Central Committee and the State Council, the General Office of the State Council recently issued the "State Council Legislative Work Plan 2025" (hereinafter referred to as the "State Council Legislative Plan").',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://www.moj.gov.cn/pub/sfbgw/zwgkztzl/xxxcgcxjpfzsx/fzsxllqy/202505/t20250528_520173.html',
        title: '司法部 (张凌寒)',
        quote:
          '前不久,《国务院2025年度立法工作计划》公布。与2023、2024年度立法工作计划不同,此次并未将人工智能法草案继续列入预备提请全国人大常委会审议的项目,而是将表述调整为“推进人工智能健康发展立法工作”。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────── NPC Standing Committee legislative work plans ─────────────
  {
    id: 'document:npcsc-legislative-work-plan-2023',
    name: '2023 Legislative Work Plan of the NPC Standing Committee',
    nameZh: '全国人大常委会2023年度立法工作计划',
    kind: 'plan',
    status: 'final',
    issuers: ['npc-standing-committee'],
    summary:
      'The NPC Standing Committee’s programme of bills for 2023: 18 new bills for first reading and 17 for further deliberation.',
    sources: [
      {
        url: 'http://en.people.cn/n3/2023/0531/c90000-20025962.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          "The Standing Committee of the National People's Congress, China's national legislature, has released its 2023 legislative plan, listing 18 new bills for the first reading.\n\nThe plan also scheduled 17 bills that have been reviewed and will go through further deliberation this year.",
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://imline.cn/news/guonei/2023/12229612H023.html',
        title: 'imline.cn (新华社)',
        quote:
          '——立法工作计划完成率较高。全国人大常委会2023年度立法工作计划安排继续审议、初次审议项目35件,年内将完成27件,完成率为77% … 加强涉外法制建设,制定对外关系法、外国国家豁免法,修改反间谍法、民事诉讼法涉外编。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:npcsc-legislative-work-plan-2024',
    name: '2024 Legislative Work Plan of the NPC Standing Committee',
    nameZh: '全国人大常委会2024年度立法工作计划',
    kind: 'plan',
    status: 'final',
    issuers: ['npc-standing-committee'],
    summary:
      'The NPC Standing Committee’s programme of bills to draft and review in 2024, stressing legislation in key, emerging and foreign-related fields.',
    sources: [
      {
        url: 'http://wnzcw.com/dt/news/2024-05/355.html',
        title: 'wnzcw.com',
        quote:
          '全国人大常委会2024年度立法工作计划\n发布时间:2024-05-11 15:03:43 … 全国人大常委会立法工作的总体要求是:在以习近平同志为核心的党中央坚强领导下 … 加强重点领域、新兴领域、涉外领域立法',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:npcsc-legislative-work-plan-2025',
    name: '2025 Legislative Work Plan of the NPC Standing Committee',
    nameZh: '全国人大常委会2025年度立法工作计划',
    kind: 'plan',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2024-12-13',
    amended: ['2025-04-18'],
    summary:
      'The NPC Standing Committee’s programme of bills for 2025; legislation on the healthy development of AI is to be researched and drafted and put up for review when ready.',
    sources: [
      {
        url: 'http://www.law-lib.com/law/law_view.asp?id=776296',
        title: '法律图书馆',
        quote:
          '全国人大常委会2025年度立法工作计划\n(2024年12月13日第十四届全国人民代表大会常务委员会第35次委员长会议原则通过 2025年4月18日第十四届全国人民代表大会常务委员会第42次委员长会议修改)',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.moj.gov.cn/pub/sfbgw/zwgkztzl/xxxcgcxjpfzsx/fzsxllqy/202505/t20250528_520173.html',
        title: '司法部 (张凌寒)',
        quote:
          '同日公布的《全国人大常委会2025年度立法工作计划》相关表述为“人工智能健康发展等方面的立法项目,由有关方面抓紧开展调研和起草工作,视情安排审议”',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  {
    id: 'document:government-work-report-2025',
    name: '2025 Government Work Report',
    nameZh: '2025年政府工作报告',
    kind: 'report',
    status: 'final',
    issuers: ['state-council'],
    summary:
      'The Premier’s report on the work of the government to the third session of the 14th NPC; it continued the “AI Plus” initiative and backed wide use of large models.',
    sources: [
      {
        url: 'https://aigovernancecompass.com/newsinfo/3142673.html',
        title: 'AI Governance Compass',
        quote:
          'In the digital leap driven by new-quality productive forces, “AI Plus” has been officially incorporated into the 2025 Government Work Report, becoming a key national strategic initiative to promote industrial intelligent upgrading and the modernization of social governance.',
        supports: ['name', 'kind', 'summary'],
      },
      {
        url: 'http://www.gwgpac.org/page91?article_id=3161&pagenum=8',
        title: '绿促会 – 国务院总理李强作的2025年政府工作报告(摘登)(来源:中国政府网)',
        quote:
          '国务院总理李强作的2025年政府工作报告(摘登) 来源:中国政府网 … 持续推进“人工智能+”行动,将数字技术与制造优势、市场优势更好结合起来,支持大模型广泛应用',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://english.scio.gov.cn/pressroom/node_9015084.html',
        title: 'State Council Information Office',
        quote:
          "The State Council Information Office held a press briefing Wednesday in Beijing about the Report on the Work of the Government. … This morning, Premier Li Qiang delivered the government work report at the third session of the 14th National People's Congress (NPC).",
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Digital China 2025 action plan (NDA) ─────────────
  {
    id: 'document:digital-china-construction-action-plan-2025',
    name: 'Action Plan for the Construction of Digital China 2025',
    nameZh: '数字中国建设2025年行动方案',
    kind: 'plan',
    status: 'final',
    issuers: ['nda'],
    summary:
      'National Data Administration plan for 2025 setting targets (digital-economy core industries above 10% of GDP, computing power above 300 EFLOPS) and eight actions including “AI Plus”, infrastructure, the data industry and digital talent.',
    relations: [{ type: 'implements', target: 'document:plan-for-overall-layout-of-building-digital-china', source: 0 }],
    sources: [
      {
        url: 'https://www.forexbnb.com/news/fintech/23514.html',
        title: 'forexbnb.com',
        quote:
          '国家数据局综合司近日印发了《数字中国建设2025年行动方案》(以下简称《行动方案》),旨在指导各地区结合实际认真贯彻落实。 … 深入实施《数字中国建设整体布局规划》。 … 数字经济核心产业增加值占GDP比重 超过10%\n算力规模 超过300EFLOPS',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://ww.china-news-online.com/h5/lang/English/481951.html',
        title: 'China News Online (CCTV)',
        quote:
          'The "Action Plan for the Construction of Digital China in 2025" was recently issued and deployed 8 major actions in the field. … Recently, the Comprehensive Department of the State Administration of Data issued the "Action Plan for the Construction of Digital China 2025" (hereinafter referred to as the "Action Plan")',
        supports: ['name', 'issuers'],
      },
      {
        url: 'http://en.people.cn/n3/2025/0517/c90000-20316186.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          'China has released a 2025 action plan to build a Digital China, outlining key initiatives in areas such as "AI Plus," infrastructure upgrades, the data industry and digital talent development, the National Data Administration said on Friday.',
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Digital village work points (2024) ─────────────
  {
    // Issued with the Ministry of Agriculture and Rural Affairs, which the gazetteer lacks.
    id: 'document:key-points-for-digital-rural-development-2024',
    name: '2024 Key Points for Digital Rural Development',
    nameZh: '2024年数字乡村发展工作要点',
    aliases: ['Key Points of Digital Rural Development in 2024'],
    kind: 'plan',
    status: 'final',
    issuers: ['cac', 'ndrc', 'miit'],
    summary:
      'Yearly work points for the digital countryside: 28 tasks in nine areas, with 2024 targets of more than 200 million rural broadband users and over 630 billion yuan of online farm-produce sales.',
    sources: [
      {
        url: 'https://txsb.xwboo.com/news/131694.html',
        title: '兴旺宝 (“网信中国”微信公众号)',
        quote:
          '近日,中央网信办、农业农村部、国家发展改革委、工业和信息化部联合印发《2024年数字乡村发展工作要点》。 … 农村宽带接入用户数超过2亿,农村地区互联网普及率提升2个百分点,农产品电商网络零售额突破6300亿元 … 《工作要点》部署了9个方面28项重点任务。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://taptechnews.com/6a6521b28495f288.html',
        title: 'TapTechNews',
        quote:
          "the Cyberspace Administration of China, the Ministry of Agriculture and Rural Affairs, the National Development and Reform Commission, and the Ministry of Industry and Information Technology recently jointly issued the '2024 Key Points for Digital Rural Development'.",
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=https%3A%2F%2Fnews.ntv.cn%2Fcontent%2F1%2F221%2F991221704.html&source=url&to=en',
        title: 'Agricultural TV Network (machine translation)',
        quote:
          'Four departments including the Central Cyberspace Office printed and distributed the Key Points of Digital Rural Development in 2024',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://en.people.cn/n3/2024/0516/c90000-20170298.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          'By the end of 2024, the number of rural broadband users will exceed 200 million, internet coverage in rural areas will rise by 2 percentage points, and the online retail sales of agricultural products through e-commerce platforms will surpass 630 billion yuan (88.67 billion U.S. dollars).',
        supports: ['summary'],
      },
    ],
  },

  {
    // Issued with the Ministry of Agriculture and Rural Affairs, which the gazetteer lacks.
    id: 'document:key-points-for-digital-rural-development-2025',
    name: 'Key Points of Digital Rural Development Work in 2025',
    nameZh: '2025年数字乡村发展工作要点',
    kind: 'plan',
    status: 'final',
    issuers: ['cac', 'ndrc', 'miit'],
    summary:
      'Yearly work points for the digital countryside in the last year of the 14th Five-Year Plan: tasks in nine areas, with 5G reaching over 90% of administrative villages by the end of 2025.',
    sources: [
      {
        url: 'https://www.cs.com.cn/xwzx/hg/202505/t20250513_6491127.html',
        title: '中证网 (新华社)',
        quote:
          '新华社北京5月13日电 记者13日从中央网信办获悉,中央网信办、农业农村部、国家发展改革委、工业和信息化部近日联合印发《2025年数字乡村发展工作要点》,锚定强农惠农富农任务目标,部署9个方面重点任务 … 全国行政村5G通达率超过90%',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.upexpert.cn/archives/1701.html',
        title: 'upexpert.cn',
        quote:
          'Recently, the Central Cyberspace Affairs Office, the Ministry of Agriculture and Rural Affairs, the National Development and Reform Commission, and the Ministry of Industry and Information Technology jointly issued the "Key Points of Digital Rural Development Work in 2025" (hereinafter referred to as the "Key Points of Work"). … by the end of 2025, the "14th Five-Year Plan" for digital rural development will be successfully concluded.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── CAC lists of filed deep synthesis algorithms ─────────────
  {
    id: 'document:domestic-deep-synthesis-service-algorithm-filing-list',
    name: 'Domestic Deep Synthesis Service Algorithm Filing List',
    nameZh: '境内深度合成服务算法备案清单',
    kind: 'other',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2023-06-20',
    summary:
      'The CAC’s published list, in batches since June 2023, of deep synthesis algorithms filed under the deep synthesis rules: algorithm name, role, company, product, main use and filing number.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-administration-of-deep-synthesis-of-internet-information-services', source: 0 }],
    sources: [
      {
        url: 'http://www.hangkong.meiriwang.net/xw/2023/0620/12885.html',
        title: '网信中国 (转载)',
        quote:
          '国家网信办发布深度合成服务算法备案清单 百度阿里腾讯字节等大厂在列\n2023-06-20 12:40:58来源:网信中国 … 根据《互联网信息服务深度合成管理规定》,现公开发布境内深度合成服务算法备案信息,具体信息可通过互联网信息服务算法备案系统进行查询。 … 附件\n\n境内深度合成服务算法备案清单(2023年6月)',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/16563-published-third-cac-domestic-deep-synthesis-service-algorithm-filing-list-including-authorisation-to-offer-ai-chatbots-to-the-public',
        title: 'Digital Policy Alert',
        quote:
          'On 5 January 2024, the Cyberspace Administration of China (CAC) published the third batch of its Domestic Deep Synthesis Service Algorithm Filing List. … The published list of filing algorithms for domestic deep synthesis services includes algorithm names, roles, subject names, application products, main uses, record numbers, and explanatory remarks.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://www.ecns.cn/news/society/2023-06-21/detail-ihcqnqaq5155128.shtml',
        title: 'ECNS (Global Times)',
        quote:
          "2023-06-21 09:00:29Global Times … China's cyberspace authorities on Tuesday released a list of domestic deep synthesis service providers with public opinion attributes or social mobilization capabilities.\n\nAmong the 41 providers are Meituan online intelligent customer service algorithm, Kuaishou short video generation and synthesis algorithm, and Baidu's PLATO large model algorithm.",
        supports: ['issuers', 'promulgated', 'summary'],
      },
    ],
  },
];
