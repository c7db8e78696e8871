/**
 * Curated core layer: campaign notices and batch releases of 2023–2026 that China TMT pages cite as
 * documents: the CAC's single-theme "Qinglang" (清朗) campaigns of 2024 and 2025 (minors' summer
 * online environment, short-video malicious marketing, self-media false information, incitement of
 * negative emotions) and further batches of MIIT's notices naming apps and SDKs that infringe users'
 * rights (each batch is its own document, cited by its year and batch number). Each fact is quoted
 * from a stored public page that states it.
 */
import type { CoreInstrument } from './types';

export const CORE_FILINGS_15: CoreInstrument[] = [
  // ───────────── Qinglang: minors' summer online environment, 2025 ─────────────
  {
    id: 'document:qinglang-2025-summer-minors-online-environment',
    name: 'Qinglang 2025 Summer Special Campaign to Improve the Online Environment for Minors',
    nameZh: '清朗·2025年暑期未成年人网络环境整治',
    aliases: ['Clear and Bright 2025 Summer Internet Environment Rectification for Minors'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    summary:
      'Two-month CAC campaign for the 2025 summer holiday against online harms to minors: cyberbullying under cover of merchandise or study-partner offers, covert harmful content, luring into dangerous offline acts and profiting from minors’ images.',
    relations: [{ type: 'implements', target: 'document:regulations-on-protection-of-minors-online', source: 0 }],
    sources: [
      {
        url: 'https://www.kankanews.com/detail/LMwVGRqab2z',
        title: '看看新闻 (网信中国)',
        quote:
          '为强化未成年人网络保护,营造良好网络环境,近日,中央网信办印发通知,在全国范围内部署开展为期2个月的“清朗·2025年暑期未成年人网络环境整治”专项行动。\n\n  \n\n落实《未成年人网络保护条例》,本次专项行动将进一步拓展治理深度和范围,持续深入整治网上危害和影响未成年人身心健康的问题乱象',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'https://edu.gmw.cn/2025-07/16/content_38156211.htm',
        title: '光明网 (中国教育报)',
        quote:
          '本次专项行动将聚焦各类新情况新表现,整治实施网络侵害行为、隐蔽传播违法不良信息、诱导参与线下危险活动、利用未成年人形象牟利等四方面问题。包括以未成年人为对象,借绝版“谷子”、明星周边、免费学习搭子等名义,侵扰未成年人,实施网络欺凌等恶性违法行为',
        supports: ['summary'],
      },
      {
        url: 'http://www.meetclass.com/a1/1215.html',
        title: 'meetclass.com (China Daily report)',
        quote:
          'According to a statement released on Tuesday by the Cyberspace Administration of China (CAC), to strengthen the protection of minors online and foster a healthy internet environment, the CAC recently launched a two-month nationwide special campaign Qinglang 2025 Summer Special Campaign to Improve the Online Environment for Minors.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://outlooknewera.com/pcen/info_view.php?VID=67576&tab=mynews',
        title: 'Outlook New Era (Guangming Daily)',
        quote:
          'the Cyberspace Administration of China recently issued a notice to launch a two month special action called "Clear and Bright 2025 Summer Internet Environment Rectification for Minors" nationwide.',
        supports: ['aliases', 'issuers'],
      },
    ],
  },


  // ───────────── Qinglang: malicious marketing in short videos, 2025 ─────────────
  {
    id: 'document:qinglang-rectification-of-short-video-malicious-marketing',
    name: 'Qinglang Campaign to Rectify Malicious Marketing in the Short Video Sector',
    nameZh: '清朗·整治短视频领域恶意营销乱象',
    aliases: ['Clear and Rectify the Chaos of Malicious Marketing in the Short Video Field'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    summary:
      'Three-month CAC campaign from 15 April 2025 against malicious marketing in short videos: staged fake content, false information, content offending public order and good morals, and illicit traffic-driving marketing.',
    sources: [
      {
        url: 'https://outlooknewera.com/en/info_view.php?VID=64711&tab=mynews',
        title: 'Outlook New Era',
        quote:
          'in order to further deepen the governance of malicious marketing in short videos and create a clear online space, the Cyberspace Administration of China (CAC) has launched a three-month special action called "Clear and Rectify the Chaos of Malicious Marketing in the Short Video Field" since April 15th.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://m.yebk.net/t/依约.html',
        title: 'yebk.net (北京市网信办 report)',
        quote:
          '记者4日从北京市网信办获悉,今年4月中旬以来,北京开展“清朗·整治短视频领域恶意营销乱象”专项行动,督促属地网站平台集中整治恶意虚假摆拍、散布虚假信息、违背公序良俗、违规引流营销等恶意营销乱象',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'http://zyql.csrmac.com/article/2025-12-11/89d299910.html',
        title: 'csrmac.com (repost)',
        quote: '自4月15日起,刹住中央网信办开展为期3个月的短视“清朗·整治短视频领域恶意营销乱象”专项行动。',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'https://globaltimes.cn/page/202504/1332132.shtml',
        title: 'Global Times',
        quote:
          "China launches campaign to tackle malicious short-video marketing to foster healthy online environment … Published: Apr 15, 2025 01:46 PM … China's cyberspace administration launched a 3-month campaign to crack down on malicious marketing in the short-video sector to foster a clean and healthy online environment, according to a circular issued by Office of the Central Cyberspace Affairs Commission on Tuesday.",
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Qinglang: false information published by self-media, 2025 ─────────────
  {
    id: 'document:qinglang-rectification-of-self-media-false-information',
    name: 'Qinglang Campaign to Rectify False Information Published by Self-Media',
    nameZh: '清朗·整治‘自媒体’发布不实信息',
    aliases: ['Rectifying Self-Media Publishing Untruthful Information'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    summary:
      'Two-month CAC campaign from 24 July 2025, part of the 2025 Qinglang series, against self-media that maliciously ride hot topics to mislead the public, distort facts (including by AI-generated impersonation or invented information), leave content unlabelled or publish false information in specialist fields.',
    relations: [{ type: 'implements', target: 'document:qinglang-series-special-campaigns-2025', source: 0 }],
    sources: [
      {
        url: 'http://news.fishai.com.cn/news/4530320',
        title: 'FishAI (人民财讯)',
        quote:
          '人民财讯7月29日电,为持续深入整治“自媒体”发布不实信息乱象,进一步规范“自媒体”信息发布行为,按照2025年“清朗”系列专项行动总体安排,中央网信办决定自7月24日起,在全国范围内启动为期2个月的“清朗·整治‘自媒体’发布不实信息”专项行动。通过开展专项行动,集中整治“自媒体”发布不实信息乱象,从严打击恶意蹭炒误导公众、多种手段歪曲事实、不做标注以假乱真、专业领域信息不实等突出问题',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'http://pinguanhome.com/culture/gd/202507/t20250730_2425019.shtml',
        title: 'pinguanhome.com (人民日报 repost)',
        quote:
          '多种手段歪曲事实问题方面,重点整治利用人工智能生成合成技术,仿冒他人,或编造社会民生等领域虚假信息,欺骗公众;歪曲解读关乎公众利益的政策方针、法规文件,宣扬“即将取消”“重大变动”等不实信息,制造噱头等。',
        supports: ['summary'],
      },
      {
        url: 'https://www.trendingonweibo.com/hotwords/china-launches-qinglang-crackdown-fake-police-bulletins-self-media-rumors',
        title: 'Trending on Weibo',
        quote:
          'The campaign, framed by the central Cyberspace Administration of China (CAC) as the “Qinglang” operation – Rectifying Self‑Media Publishing Untruthful Information – targets a litany of false reports that mimic the distinctive blue‑background, white‑text format of official police notices.',
        supports: ['name', 'aliases', 'issuers'],
      },
    ],
  },

  // ───────────── Qinglang: malicious incitement of negative emotions, 2025 ─────────────
  {
    id: 'document:qinglang-rectification-of-malicious-incitement-of-negative-emotions',
    name: 'Qinglang Campaign to Rectify the Malicious Incitement of Negative Emotions',
    nameZh: '清朗·整治恶意挑动负面情绪问题',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-09-22',
    summary:
      'Two-month CAC campaign on social, short-video and live-streaming platforms against inciting extreme group antagonism, spreading panic and anxiety, stirring online violence and over-rendering pessimism.',
    sources: [
      {
        url: 'https://sjb.qlwb.com.cn/qlwb/content/20250923/ArticelA15002FM.htm',
        title: '齐鲁晚报',
        quote:
          '中央网信办专项整治恶意挑动负面情绪问题\n2025年09月23日  来源:齐鲁晚报 … 为整治恶意挑动对立、宣扬暴力戾气等负面情绪问题,营造更加文明理性的网络环境,中央网信办在全国范围内部署开展为期2个月的“清朗·整治恶意挑动负面情绪问题”专项行动。本次专项行动聚焦社交、短视频、直播等平台,全面排查话题、榜单、推荐、弹幕、评论等重点环节,着力整治挑动群体极端对立情绪、宣扬恐慌焦虑情绪、挑起网络暴力戾气、过度渲染消极悲观情绪等4类问题。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.strategicstudyindia.com/2025/11/beijings-war-on-negative-energy.html?m=0',
        title: 'Strategic Study India (China Brief)',
        quote:
          '17 November 2025 … On September 22, the Cyberspace Administration of China (CAC) announced that this year’s “clean and bright” (清朗) campaign would focus on the theme of “rectifying the problem of maliciously inciting negative emotions” (整治恶意挑动负面情绪问题).',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinamediaproject.org/2025/09/26/the-malice-police',
        title: 'China Media Project',
        quote:
          'On September 22, the Cyberspace Administration of China (CAC) announced its latest “Clear and Clean” (清朗) campaign—this time targeting the “malicious incitement of negative emotions” (恶意挑动负面情绪) across social media, short video, and livestreaming platforms. The two-month campaign promises to crack down on everything from “group antagonism” to “excessive rendering of pessimistic emotions.”',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── MIIT notices of apps (SDKs) infringing users' rights, further batches ─────────────
  {
    id: 'document:miit-notice-on-apps-infringing-users-rights-2023-batch-3',
    name: "MIIT Notice on Apps (SDKs) Infringing Users' Rights and Interests (Batch 3 of 2023, Batch 29 Overall)",
    nameZh: '关于侵害用户权益行为的APP(SDK)通报(2023年第3批,总第29批)',
    kind: 'other',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2023-05-06',
    summary:
      'MIIT names 56 apps and SDKs (utility, leisure and short-video apps) that third-party testing found to infringe users’ rights.',
    sources: [
      {
        url: 'http://www.123027.cn/shehui/20230508/1001222554.html',
        title: '123027.cn (中經網 repost)',
        quote:
          '2023-05-08 14:52:49\n\n來源:中經網 … 據“工信微報”微信公眾號消息,工業和信息化部6日晚發布關于侵害用戶權益行為的APP(SDK)通報(2023年第3批,總第29批)。\n\n據介紹,近期,工業和信息化部組織第三方檢測機構對群眾關注的實用工具、休閑娛樂及短視頻等移動互聯網應用程序(APP)及第三方軟件開發工具包(SDK)進行檢查。發現56款APP(SDK)存在侵害用戶權益行為(詳見附件),現予以通報。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  {
    id: 'document:miit-notice-on-apps-infringing-users-rights-2025-batch-4',
    name: "MIIT Notice on Apps (SDKs) Infringing Users' Rights and Interests (Batch 4 of 2025, Batch 49 Overall)",
    nameZh: '关于侵害用户权益行为的APP(SDK)通报(2025年第4批,总第49批)',
    kind: 'other',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2025-08-04',
    summary:
      'Under the four-department 2025 personal information protection campaign, MIIT names 23 apps and SDKs that third-party spot checks found to infringe users’ rights.',
    relations: [{ type: 'implements', target: 'document:announcement-on-2025-personal-information-protection-special-actions', source: 0 }],
    sources: [
      {
        url: 'http://lqdzs.cn/news/314740.html',
        title: 'lqdzs.cn (repost)',
        quote:
          '8月4日,工业和信息化部信息通信管理局发布《关于侵害用户权益行为的APP(SDK)通报(2025年第4批,总第49批)》。依据中央网信办、工业和信息化部、公安部、市场监管总局四部门联合印发的《关于开展2025年个人信息保护系列专项行动的公告》',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'http://www.gdmsci.cn/post/XSL5libt0MZm.html',
        title: 'gdmsci.cn (工信微報 repost)',
        quote:
          '關於侵害用戶權益行為的APP(SDK)通報 (2025年第4批,總第49批) 根據中央網信辦、工業和信息化部、公安部、市場監管總局等四部門聯合發布的《關於開展2025年個人信息保護系列專項行動的公告》 … 近期,經組織第三方檢測機構進行抽查,共發現23款APP及SDK存在侵害用戶權益行為(詳見附件),現予以通報。 … 工業和信息化部信息通信管理局 2025年8月4日',
        supports: ['name', 'nameZh', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
];
