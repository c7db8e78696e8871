/**
 * Curated core layer: PRC instruments on AI, personal information, industrial internet and online
 * language use that were issued, put out for comment or took effect in 2026 and that recent pages
 * (law-firm alerts, policy trackers, science and trade press, Chinese news sites) cite, which the
 * graph lacked. Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_RECENT_18: CoreInstrument[] = [
  // ───────────── CAC/NDRC/MIIT implementation opinions on AI agents (May 2026) ─────────────
  {
    id: 'document:implementation-opinions-on-standardized-application-and-innovative-development-of-ai-agents',
    name: 'Implementation Opinions on Standardized Application and Innovative Development of AI Agents',
    nameZh: '智能体规范应用与创新发展实施意见',
    aliases: ['Implementation Opinions on the Standardized Application and Innovative Development of Intelligent Agents'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'ndrc', 'miit'],
    promulgated: '2026-05-08',
    summary:
      'Joint CAC, NDRC and MIIT policy on AI agents, the first national framework dedicated to them: it defines them as systems that perceive, remember, decide, interact and act on their own, and names 19 typical application scenarios.',
    relations: [{ type: 'implements', target: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action', source: 3 }],
    sources: [
      {
        url: 'https://sinocism.notion.site/Q-A-on-the-Implementation-Opinions-on-Standardized-Application-and-Innovative-Development-of-AI-Agen-35a84ece41d780c4b0f3ed8cc9d045c8',
        title: 'Sinocism – Q&A on the Implementation Opinions on Standardized Application and Innovative Development of AI Agents (CAC via Xinhua, translated)',
        quote:
          'Q&A on the Implementation Opinions on Standardized Application and Innovative Development of AI Agents\n原标题:《智能体规范应用与创新发展实施意见》答记者问\nSource: Cyberspace Administration of China (via Xinhua) | Date: 2026-05-08\nRecently, the Cyberspace Administration of China (CAC), the National Development and Reform Commission, and the Ministry of Industry and Information Technology jointly issued the "Implementation Opinions on Standardized Application and Innovative Development of AI Agents" (hereinafter, the "Implementation Opinions").',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://rits.shanghai.nyu.edu/ai/china-issues-first-national-policy-framework-dedicated-to-ai-agents',
        title: 'NYU Shanghai RITS – China Issues First National Policy Framework Dedicated to AI Agents',
        quote:
          'On May 8, 2026, China’s Cyberspace Administration (CAC), the National Development and Reform Commission, and the Ministry of Industry and Information Technology jointly released the Implementation Opinions on the Standardized Application and Innovative Development of Intelligent Agents — the country’s first dedicated policy framework treating AI agents as a distinct class of system requiring its own governance',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.stdaily.com/web/English/2026-05/18/content_518088.html',
        title: 'Science and Technology Daily – China to Promote Innovative Development of AI Agents',
        quote:
          "The guideline defines AI agents as intelligent systems equipped with autonomous perception, memory, decision-making, interaction and execution capabilities, serving as an important form of AI products and services. … •Strengthening application-driven development. Centered on scientific research, industrial development, consumption promotion, people's well-being, and social governance, it sets forth 19 typical application scenarios;",
        supports: ['summary'],
      },
      {
        url: 'https://sinocism.notion.site/Implementation-Opinions-on-the-Standardized-Application-and-Innovative-Development-of-Intelligent-Ag-35a84ece41d78098b2bdef805622ccfd',
        title: 'Sinocism – Implementation Opinions on the Standardized Application and Innovative Development of Intelligent Agents (text and translation)',
        quote:
          '智能体是具备自主感知、记忆、决策、交互与执行能力的智能系统,是人工智能产品及服务的重要形态。 … 为落实国务院《关于深入实施"人工智能+"行动的意见》,促进智能体规范应用与创新发展,制定本实施意见。',
        supports: ['kind', 'summary', 'relations'],
      },
    ],
  },

  // ───────────── MIIT action plan on industrial internet platforms (2026–2028) ─────────────
  {
    id: 'document:action-plan-for-promoting-high-quality-development-of-industrial-internet-platforms-2026-2028',
    name: 'Action Plan for Promoting the High-Quality Development of Industrial Internet Platforms (2026–2028)',
    nameZh: '推动工业互联网平台高质量发展行动方案(2026—2028年)',
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2026-01',
    summary:
      'MIIT plan to grow industrial internet platforms by 2028: more than 450 influential platforms, over 120 million connected industrial devices and platform penetration above 55%.',
    sources: [
      {
        url: 'https://cn.chinadaily.com.cn/a/202601/15/WS6968b35da310942cc499b6d8.html',
        title: '中国日报网 – 每日一词 | 工业互联网平台 industrial internet platforms',
        quote:
          '来源:中国日报网 2026-01-15 17:28 … 工业和信息化部日前印发《推动工业互联网平台高质量发展行动方案(2026—2028年)》。\n\nChina\'s Ministry of Industry and Information Technology has released an action plan for the high-quality development of industrial internet platforms from 2026 to 2028. … 《推动工业互联网平台高质量发展行动方案(2026—2028年)》提出,到2028年,工业互联网平台高质量发展取得积极成效,具有一定影响力的平台超450家',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://ttm.financial/m/news/1141973526',
        title: 'ttm.financial – MIIT issues action plan for industrial internet platforms',
        quote:
          'The Ministry of Industry and Information Technology has recently issued the "Action Plan for Promoting the High-Quality Development of Industrial Internet Platforms (2026-2028)". The plan outlines the goal that by 2028, significant progress will be made in the high-quality development of Industrial Internet platforms, with the number of influential platforms exceeding 450.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN360114441',
        title: '經濟通 – 工信部印發推動工業互聯網平台高質量發展行動方案',
        quote:
          '工信部印發《推動工業互聯網平台高質量發展行動方案（2026－2028年）》，對2028年的目標提出具體規劃，包括培育超450家具有一定影響力的平台，工業設備連接數突破1.2億台（套），平台普及率達到55%以上',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://cn.chinadaily.com.cn/a/202601/15/WS6968b35da310942cc499b6d8.html',
        title: '中国日报网',
        quote:
          '《推动工业互联网平台高质量发展行动方案(2026—2028年)》提出,到2028年,工业互联网平台高质量发展取得积极成效,具有一定影响力的平台超450家;重点平台的数据增值、模型沉淀和人工智能开发应用能力显著提升,工业设备连接数突破1.2亿台(套)。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── CAC draft provisions on personal information collection by apps (January 2026) ─────────────
  {
    id: 'document:provisions-on-collection-and-use-of-personal-information-by-internet-applications-draft',
    name: 'Provisions on the Management of Personal Information Collection and Use by Internet Applications (Draft for Comments)',
    nameZh: '互联网应用程序个人信息收集使用规定(征求意见稿)',
    aliases: [
      'Provisions on the Management of Personal Information Collection and Use by Internet Applications',
      'Draft Provision on the Collection and Use of Personal Information on Internet Applications',
    ],
    zhShortNames: ['互联网应用程序个人信息收集使用规定'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2026-01-10',
    summary:
      'CAC draft rules on internet applications’ collection and use of personal information: among others, account deletion within 15 working days with the collected information deleted or anonymised, and duties for SDKs, distribution platforms and smart terminals.',
    sources: [
      {
        url: 'https://reportify.ai/news/1207422543863091200',
        title: 'Reportify (新华财经) – 《互联网应用程序个人信息收集使用规定(征求意见稿)》公开征求意见',
        quote:
          '《互联网应用程序个人信息收集使用规定(征求意见稿)》公开征求意见\nXin Hua Cai Jing·2026-01-10 09:08\n\n新华财经北京1月10日电据网信中国微信公众号,国家互联网信息办公室10日发布《互联网应用程序个 人信息收集使用规定(征求意见稿)》,向社会公开征求意见。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN360112444',
        title: '經濟通 – 網信辦擬規範互聯網應用程序個人信息收集使用活動',
        quote:
          '為規範互聯網應用程序個人信息收集使用活動，保護個人信息權益，促進個人信息合理利用，國家互聯網信息辦公室起草了《互聯網應用程序個人信息收集使用規定（徵求意見稿）》，於10日向社會公開徵求意見。 … 根據徵求意見稿，互聯網應用程序應當為用戶提供注銷賬號的便捷功能。用戶注銷賬號的，互聯網應用程序應當在15個工作日內完成賬號註銷，刪除已收集的相關個人信息或者進行匿名化處理。',
        supports: ['nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.mondaq.com/china/data-protection/1757078/data-newsletter-%7C-new-regulations-on-personal-information-collection-and-use-by-internet-applications-solicits-public-comments',
        title: 'Mondaq – Data Newsletter: New Regulations on Personal Information Collection and Use by Internet Applications Solicits Public Comments',
        quote:
          'The Cyberspace Administration of China (CAC) has issued the Provisions on the Management of Personal Information Collection and Use by Internet Applications (Draft for Comments). The Provisions focus on the collection and use of personal information by internet applications, particularly clarifying the responsibilities of multiple parties, including software development kits (SDKs), distribution platforms, and smart terminals.',
        supports: ['name', 'aliases', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://webiis08.mondaq.com/china/privacy-protection/1734162/draft-provision-on-the-collection-and-use-of-personal-information-on-internet-applications-enhancements-and-challenges',
        title: 'Mondaq (Llinks Law Offices) – Draft Provision On The Collection And Use Of Personal Information On Internet Applications: Enhancements And Challenges',
        quote:
          'The Draft Provision on the Collection and Use of Personal Information on Internet Applications (the “Draft Provision”) was released by the Cyberspace Administration of China for public consultation in January, 2026, with a consultation period of one month.',
        supports: ['aliases', 'status', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── Law on the Standard Spoken and Written Chinese Language (revised 2025, in force 2026) ─────────────
  {
    id: 'document:law-on-standard-spoken-and-written-chinese-language',
    name: 'Law on the Standard Spoken and Written Chinese Language',
    nameZh: '国家通用语言文字法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2000-10-31',
    amended: ['2025-12-27'],
    summary:
      'The law on Putonghua and standard Chinese characters; its revision in force from 1 January 2026 adds rules for cyberspace: online audiovisual programmes and online games and other online publications must use the national standard language as their basic language.',
    sources: [
      {
        url: 'https://www.bj148.org/zf1/zyjs/202512/t20251230_1678327.html',
        title: '北京普法网（人民法院报）– 规范网络空间用语用字!这部法律时隔25年首次修订',
        quote:
          '2025年12月27日\n  十四届全国人大常委会第十九次会议\n  通过了新修订的\n  《中华人民共和国国家通用语言文字法》\n  共五章、32条\n  自2026年1月1日起施行 … 2000年10月31日,九届全国人大常委会第十八次会议通过了国家通用语言文字法,以法律的形式明确了普通话和规范汉字作为国家通用语言文字的地位,对国家通用语言文字的使用作出了规定。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202601/1352002.shtml',
        title: 'Global Times – New laws and regulations take effect in China from January 2026',
        quote:
          'Also aimed at fostering a healthy online environment, China’s revised Law on the Standard Spoken and Written Chinese Language will take effect to regulate language and script usage in cyberspace. It stipulates those online publications, such as games, should use standard spoken and written Chinese as their primary language.',
        supports: ['name', 'status', 'summary'],
      },
      {
        url: 'http://www.cec100.cn/gn/2025/12-27/10541496.shtml',
        title: 'cec100.cn (中新社) – 國家通用語言文字法修訂:為網絡空間用語用字“立規矩”',
        quote:
          '法律規定,網絡文藝節目、網絡劇、網絡電影等網絡視聽節目以及網絡游戲等網絡出版物應當以國家通用語言文字為基本的用語用字;信息處理和信息技術產品以及政府主辦的或者提供社會公共服務的門戶網站、移動應用程序等互聯網信息平臺中使用的國家通用語言文字,應當符合國家的規範和標準。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── CAC/MIIT/MPS measures on China Cybersecurity Labels (April 2026, in force July 2026) ─────────────
  {
    id: 'document:measures-for-administration-of-china-cybersecurity-labels',
    name: 'Measures for Administration of China Cybersecurity Labels',
    nameZh: '网络安全标识管理办法',
    aliases: ['China Cybersecurity Labeling Management Measures'],
    code: '国信办发文〔2026〕4号',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac', 'miit', 'mps'],
    promulgated: '2026-04-10',
    effective: '2026-07-01',
    summary:
      'Voluntary one- to three-star cybersecurity label for internet-connected products listed in a catalogue, tested against national requirements; misuse of labels or false test results is punished under the Cybersecurity Law.',
    sources: [
      {
        url: 'https://sesec.eu/2026/05/11/official-china-cybersecurity-labeling-measures-issued-with-enhanced-enforcement/',
        title: 'SESEC – Official China Cybersecurity Labeling Measures Issued with Enhanced Enforcement',
        quote:
          'On April 10, 2026, The Cyberspace Administration of China (CAC), the Ministry of Industry and Information Technology (MIIT), and the Ministry of Public Security (MPS) have jointly issued the final version of the China Cybersecurity Labeling Management Measures. The document will take effect on July 1, 2026. … the final measure explicitly states that violations such as falsifying test results or misusing cybersecurity labels will be subject to legal penalties under the Cybersecurity Law',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinascoop.org/?p=4168',
        title: 'China Scoop – Beijing turns cybersecurity into a visible market ranking',
        quote:
          'From July 1, 2026, China’s Measures for Administration of China Cybersecurity Labels will take effect, creating a three-tier label system for products with internet connectivity. The measure was jointly issued by the Cyberspace Administration of China, the Ministry of Industry and Information Technology, and the Ministry of Public Security. … One star represents the basic level, two stars represent the enhanced level, and three stars represent the leading level.',
        supports: ['name', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://bbs.whcdrm.com/archiver/tid-22479.html',
        title: '蔡甸融媒（论坛转载）– 关于印发《网络安全标识管理办法》的通知',
        quote: '蔡甸融媒 发表于 2026-4-13 11:45:02\n\n关于印发《网络安全标识管理办法》的通知 … 国信办发文〔2026〕4号',
        supports: ['nameZh', 'code', 'kind', 'status'],
      },
    ],
  },
];
