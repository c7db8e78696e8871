import type { CoreAuthority, CoreInstrument } from './types';

/**
 * The Shanghai legislature, issuer of the city's AI industry regulations. Pages give its
 * announcements as "Standing Committee of the People's Congress of the Shanghai Municipality".
 */
export const CORE_AUTHORITIES_LOCAL_4: CoreAuthority[] = [
  {
    slug: 'shanghai-people-s-congress-standing-committee',
    name: 'Standing Committee of the Shanghai Municipal People’s Congress',
    nameZh: '上海市人民代表大会常务委员会',
    aliases: ["Standing Committee of the People's Congress of the Shanghai Municipality", "Standing Committee of the Shanghai Municipal People's Congress"],
    kind: 'legislature',
    sources: [
      {
        url: 'https://aigovernancecompass.com/newsinfo/1000075.html',
        title: 'AI Governance Compass',
        quote:
          "上海市人民代表大会常务委员会公 \n\nAnnouncement of the Standing Committee of the People's Congress of the Shanghai Municipality",
        supports: ['nameZh', 'aliases'],
      },
      {
        url: 'https://a5qu.com/political_situation/draft_regulations_on_promoting_data_circulation_and_trading_in_pudong_new_area_in_shanghai_soliciting_public_opinion_data_15209.html',
        title: 'a5qu.com',
        quote: "The Fourth Session of the 16th Standing Committee of the Shanghai Municipal People's Congress reviewed the Several Provisions on Promoting Data Circulation and Trading in Pudong New Area.",
        supports: ['name', 'aliases'],
      },
    ],
  },
];

/**
 * Local (provincial and municipal) instruments that pages on China's AI, data and connected-car
 * rules cite and the graph lacked: the Shanghai and Shenzhen AI industry regulations (2022), the
 * Zhejiang public data and digital economy regulations, the Chongqing data regulations, the
 * Guangzhou digital economy regulations, Guizhou's big data regulations (2016, the first local
 * law on big data), the Tianjin FTZ data-export negative list (2024), Guangdong's public data
 * measures (2021), Shanghai's rules on opening public data, Lin-gang's rules on classifying
 * cross-border data, Beijing's and Shenzhen's 2023 AI plans and measures, and the Shenzhen and
 * Beijing laws on intelligent connected and autonomous vehicles. Three entries enrich the
 * newsletters' entries (same id): the Shanghai AI regulations, the Shanghai large-model measures
 * and the Shanghai implementation rules on open public data.
 */
export const CORE_LOCAL_RULES_4: CoreInstrument[] = [
  // ───────────── Shanghai AI industry regulations (2022) — enriches the newsletters' entry ─────────────
  {
    id: 'document:regulations-of-shanghai-on-promoting-development-of-ai-industry',
    name: 'Regulations of Shanghai Municipality on Promoting the Development of the Artificial Intelligence Sector',
    nameZh: '上海市促进人工智能产业发展条例',
    aliases: [
      'Regulation of the Shanghai Municipality on Promoting the Development of the Artificial Intelligence Industry',
      'Regulation of Shanghai Municipality on Promoting the Development of Artificial Intelligence Industries',
      'Regulations for the Promotion of the Development of the Artificial Intelligence Industry in Shanghai Municipality',
    ],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shanghai-people-s-congress-standing-committee'],
    adopted: '2022-09-22',
    effective: '2022-10-01',
    summary:
      'Shanghai’s regulation promoting the AI industry — including public computing resource platforms and an AI ethics expert committee — the first provincial-level regulation of its kind.',
    sources: [
      {
        url: 'https://english.shanghai.gov.cn/en-LocalRules/20240913/4395d1563dd548b39406cbe8833c9ef6.html',
        title: 'Shanghai Municipal People’s Government (English)',
        quote:
          "Regulations of Shanghai Municipality on Promoting the Development of the Artificial Intelligence Sector\n\n(September 22,2022)\n\nNo.127\n\n(Adopted at the 44th Session of the Standing Committee of the 15th Shanghai Municipal People's Congress on September 22, 2022)",
        supports: ['name', 'kind', 'status', 'adopted'],
      },
      {
        url: 'https://aigovernancecompass.com/newsinfo/1000075.html',
        title: 'AI Governance Compass',
        quote:
          "Level of Authority Provincial Local Regulations … 《上海市促进人工智能产业发展条例》已由上海市第十五届人民代表大会常务委员会第四十四次会议2022922日通过,现予公布,2022101日起施行 \n\nThe Regulation of the Shanghai Municipality on Promoting the Development of the Artificial Intelligence Industry, as adopted at the 44th session of the Standing Committee of the Fifteenth People's Congress of the Shanghai Municipality on September 22, 2022, is hereby issued and shall come into force on October 1, 2022.",
        supports: ['nameZh', 'aliases', 'kind', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://sinotalks.com/sinoexpress/20220928-invtech-china-artificial-intelligence-industries/',
        title: 'SinoTalks',
        quote:
          'The Regulation of Shanghai Municipality on Promoting the Development of Artificial Intelligence Industries (effective October 1, 2022) is China’s first provincial-level regulation on the promotion of artificial intelligence industries. … 《上海市促进人工智能产业发展条例》(自2022年10月1日起施行)是中国首部人工智能产业促进方面的省级地方性法规。',
        supports: ['nameZh', 'aliases', 'effective', 'summary'],
      },
      {
        url: 'https://www.airi-navigator.com/governance/1128',
        title: 'AIRI Navigator',
        quote: 'Official name: Regulations for the Promotion of the Development of the Artificial Intelligence Industry in Shanghai Municipality',
        supports: ['aliases'],
      },
      {
        url: 'http://en.people.cn/n3/2022/0923/c90000-10150808.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          "The regulation, China's first provincial-level one in the AI sector, is to go into effect on Oct. 1. … Local authorities will promote the building and use of public computing resource platforms … The regulation also stipulates that an expert committee on AI-related ethics should be established",
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shenzhen SEZ AI industry regulations (2022) ─────────────
  {
    id: 'document:regulations-for-promotion-of-ai-industry-in-shenzhen-special-economic-zone',
    name: 'Regulations for the Promotion of the Artificial Intelligence Industry in Shenzhen Special Economic Zone',
    nameZh: '深圳经济特区人工智能产业促进条例',
    aliases: [
      'Shenzhen Special Economic Zone Artificial Intelligence Industry Promotion Regulations',
      'Regulations of Shenzhen Special Economic Zone on Promoting the Artificial Intelligence Industry',
      'Regulations on the Promotion of Artificial Intelligence Industry of Shenzhen Special Economic Zone',
    ],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shenzhen-people-s-congress-standing-committee'],
    adopted: '2022-08-30',
    promulgated: '2022-09-05',
    summary:
      "Shenzhen's AI industry law, the first special AI industry legislation in China: public data and computing power for AI, trial use of low-risk AI products not yet covered by standards, and an AI ethics committee.",
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/regulations-for-the-promotion-of-the-artificial-intelligence-industry-in-shenzhen-special-economic-zone',
        title: 'CSET, Georgetown University (translation)',
        quote:
          'Regulations for the Promotion of the Artificial Intelligence Industry in Shenzhen Special Economic Zone\n(Adopted at the 11th session of the Standing Committee of the Seventh People’s Congress of Shenzhen Municipality on August 30, 2022)',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted'],
      },
      {
        url: 'https://qh.sz.gov.cn/en/news/content/post_11894033.html',
        title: 'Qianhai Authority (Shenzhen)',
        quote:
          'to fulfill the requirements of the "Shenzhen Special Economic Zone Artificial Intelligence Industry Promotion Regulations" and the "Action Plan for Accelerating the High-Quality Development and High-Level Application of Artificial Intelligence in Shenzhen (2023-2024)"',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinatechnews.com/2021/08/15/29869-shenzhen-to-issue-chinas-first-local-regulations-on-artificial-intelligence',
        title: 'China Tech News',
        quote: 'On 14 July 2021, the Standing Committee of Shenzhen People’s Congress released the “Regulations of Shenzhen Special Economic Zone on Promoting the Artificial Intelligence Industry (Draft)”',
        supports: ['aliases'],
      },
      {
        url: 'https://syncedreview.com/2021/06/30/shenzhen-rolls-out-chinas-first-general-ai-regulation/',
        title: 'Synced',
        quote: 'On June 28, Shenzhen promulgated the draft of Regulations on the Promotion of Artificial Intelligence Industry of Shenzhen Special Economic Zone',
        supports: ['aliases'],
      },
      {
        url: 'http://www.eyeshenzhen.com/content/2022-11/02/content_25433836.htm',
        title: 'Eye Shenzhen (Shenzhen Daily)',
        quote:
          'The set of regulations promoting the AI industry, which came into effect yesterday, is the first special legislation of its kind in China … Testing, experiments and trial use are permitted in Shenzhen for low-risk AI products and services that have not yet been standardized by the national or local governments … It is stipulated that the government must create a public data resource system for the AI industry … Higher learning institutions, scientific research organizations and firms are encouraged and supported to build AI computing infrastructure … directs the city government to set up an AI ethics committee.',
        supports: ['summary'],
      },
      {
        url: 'https://zh.m.wikisource.org/zh-hant/%E6%B7%B1%E5%9C%B3%E7%BB%8F%E6%B5%8E%E7%89%B9%E5%8C%BA%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E4%BA%A7%E4%B8%9A%E4%BF%83%E8%BF%9B%E6%9D%A1%E4%BE%8B_(2022%E5%B9%B4)',
        title: '深圳經濟特區人工智能產業促進條例 (2022年) – 維基文庫',
        quote:
          '深圳經濟特區人工智能產業促進條例 制定機關:深圳市人民代表大會常務委員會 2022年9月5日 發布於深圳市第七屆人民代表大會常務委員會公告(第六十四號) |\n(2022年8月30日深圳市第七屆人民代表大會常務委員會第十一次會議通過)',
        supports: ['nameZh', 'issuers', 'adopted', 'promulgated'],
      },
    ],
  },
  // ───────────── Chongqing data regulations (2022) ─────────────
  {
    id: 'document:chongqing-data-regulations',
    name: 'Chongqing Data Regulations',
    nameZh: '重庆市数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-03-30',
    effective: '2022-07-01',
    summary:
      'Chongqing’s comprehensive local data regulation on data processing and security, data resources and legal responsibility, made under the Data Security Law.',
    sources: [
      {
        url: 'https://www.dataguidance.com/news/chongqing-municipal-peoples-congress-passes-chongqing',
        title: 'OneTrust DataGuidance',
        quote:
          "The Chongqing Municipal People's Government announced, on 31 March 2022, that the Standing Committee of the Fifth Chongqing Municipal People's Congress voted to pass the Chongqing Data Regulations on 30 March 2022. … the Regulations provisions cover, among other things, data processing, data security, data resources, and legal responsibility. … the Regulations have established and improved data processing and data security rules and systems under the Data Security Law … the Regulations will come into force on 1 July 2022.",
        supports: ['name', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://big5.news.cn/gate/big5/cq.news.cn/2022-07/01/c_1128795600.htm',
        title: '新华网 (traditional-script gateway)',
        quote: '新華網重慶7月1日電(韓夢霖)7月1日,《重慶市數據條例》 (以下簡稱《條例》)正式實施,這是全國第三部專門在“數據”領域&&的綜合性地方法規。',
        supports: ['nameZh', 'kind', 'effective'],
      },
    ],
  },
  // ───────────── Zhejiang digital economy regulations (2020) ─────────────
  {
    id: 'document:zhejiang-digital-economy-promotion-regulations',
    name: 'Regulations of Zhejiang Province on Promoting Digital Economy',
    nameZh: '浙江省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2020-12-24',
    effective: '2021-03-01',
    summary:
      "Zhejiang's regulation on the digital economy — digital infrastructure, data resources and the digitalisation of industry — the first provincial-level law on the digital economy in China.",
    sources: [
      {
        url: 'https://investornewsletter.net/2020/12/29/zhejiang-province-approves-chinas-first-local-law-focusing-on-the-digital-economy/',
        title: 'investornewsletter.net (South China Morning Post reprint)',
        quote:
          'Titled “Regulations of Zhejiang Province on Promoting Digital Economy”, the document lays out guidelines for the development of data sharing, digital infrastructure and the digitalisation of its industries. The law, which takes effect in March 2021',
        supports: ['name', 'summary'],
      },
      {
        url: 'http://databanker.cn/point/290579.html',
        title: '数据观 (浙江人大)',
        quote:
          '12月24日上午,浙江省十三届人大常委会第二十六次会议审议通过了《浙江省数字经济促进条例》。该《条例》将于2021年3月1日起施行,是全国第一部以促进数字经济发展为主题的地方性法规。 … 《浙江省数字经济促进条例》已于2020年12月24日经浙江省第十三届人民代表大会常务委员会第二十六次会议通过,现予公布,自2021年3月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2020/1230/c90000-9804534.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          'The regulation, which takes effect on March 1, 2021, makes Zhejiang the first provincial-level region in China to legislate for digital economy development.',
        supports: ['effective', 'summary'],
      },
    ],
  },
  // ───────────── Guangzhou digital economy regulations (2022) ─────────────
  {
    id: 'document:guangzhou-digital-economy-promotion-regulations',
    name: 'Guangzhou Digital Economy Promotion Regulations',
    nameZh: '广州市数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-12-31',
    promulgated: '2022-04-06',
    effective: '2022-06-01',
    summary: "Guangzhou's local regulation promoting the digital economy, in force from 1 June 2022.",
    sources: [
      {
        url: 'https://gba.investhk.gov.hk/en/supporting-policies/guangzhou-digital-economy-promotion-regulations/',
        title: 'InvestHK (Greater Bay Area)',
        quote:
          'The "Guangzhou Digital Economy Promotion Regulations" (the Regulations) will be implemented on June 1. The "Regulations" depict a panoramic blueprint for the development of Guangzhou\'s digital economy.',
        supports: ['name', 'status', 'summary'],
      },
      {
        url: 'https://gzdaily.dayoo.com/pc/html/2022-04/13/content_879_789248.htm',
        title: '广州日报',
        quote:
          '广州市第十五届人民代表大会常务委员会第六十二次会议于2021年12月31日通过的《广州市数字经济促进条例》,业经广东省第十三届人民代表大会常务委员会第四十一次会议于2022年3月29日批准,现予公布,自2022年6月1日起施行。\n\n  广州市人民代表大会常务委员会\n\n  2022年4月6日',
        supports: ['nameZh', 'kind', 'adopted', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────── Guizhou big data regulations (2016, revised 2025) ─────────────
  {
    id: 'document:guizhou-big-data-development-and-application-promotion-regulations',
    name: 'Guizhou Provincial Big Data Development and Application Promotion Regulations',
    nameZh: '贵州省大数据发展应用促进条例',
    aliases: ['Guizhou Province Big Data Development and Application Promotion Regulations'],
    kind: 'local_regulation',
    status: 'final',
    adopted: '2016-01-15',
    amended: ['2025-12-03'],
    summary: "Guizhou's regulation promoting the development and application of big data, China's first local regulation on big data (2016, revised in 2025).",
    sources: [
      {
        url: 'https://www.chinadaily.com.cn/business/tech/2016-01/15/content_23108368.htm',
        title: 'China Daily',
        quote:
          "New regulations on big data for Guizhou province\n\nBy Fan Feifei ( Updated: 2016-01-15 17:03\n\nThe regulation on promoting Guizhou province's big data development and application was approved by the 20th plenary session of the 12th Guizhou provincial people's congress standing committee on Friday.\n\nThis marks the first local regulation about big data across the nation.",
        supports: ['kind', 'status', 'adopted', 'summary'],
      },
      {
        url: 'http://news.hgjy100.com/caijing/33442.html',
        title: 'hgjy100.com (贵州省人大常委会公告转载)',
        quote:
          '《贵州省大数据发展应用促进条例》已于2025年12月3日经贵州省第十四届人民代表大会常务委员会第二十次会议修订通过,现予公布,自2026年1月1日起施行。 … (2016年1月15日贵州省第十二届人民代表大会常务委员会第二十次会议通过2025年12月3日贵州省第十四届人民代表大会常务委员会第二十次会议修订)',
        supports: ['nameZh', 'adopted', 'amended'],
      },
      {
        url: 'https://reportify.ai/news/1205941967163363328',
        title: 'Reportify',
        quote:
          'The newly revised Guizhou Provincial Big Data Development and Application Promotion Regulations marks the first local legislation on big data in China',
        supports: ['name', 'summary'],
      },
      {
        url: 'https://headlinez.news/?p=138737',
        title: 'headlinez.news',
        quote:
          'The regulations, formally known as the “Guizhou Province Big Data Development and Application Promotion Regulations,” were approved during the Second Twentieth Meeting of the Standing Committee of the Fourteenth People’s Congress of Guizhou Province',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── Lin-gang cross-border data classification measures (2024) ─────────────
  {
    id: 'document:lingang-measures-for-classification-and-graded-management-of-cross-border-data',
    name: 'Measures for Classification and Graded Management of Cross-Border Data Transfer in the Lingang New Area (Trial Implementation)',
    nameZh: '临港新片区数据跨境流动分类分级管理办法(试行)',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2024-01-19',
    summary:
      'Lin-gang New Area rules sorting cross-border data into three levels: core data (barred from cross-border transfer), important data and general data.',
    sources: [
      {
        url: 'https://leglobal.law/2024/03/22/china-shanghai-pilot-free-trade-zones-lingang-new-area-released-measures-for-cross-border-data-transfer-classification-and-graded-management/',
        title: 'L&E Global',
        quote:
          'During the International Data Economy Industry Innovation Conference on 19 January 2024, the Measures for Classification and Graded Management of Cross-Border Data Transfer in the Lingang New Area (Trial Implementation) (the “Measures“) were released. The Measures classify cross-border data into three levels: core data, important data, and general data, with core data being strictly prohibited from cross-border transfer.',
        supports: ['name', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://dzb.whb.cn/2024-02-07/2/detail-841081.html',
        title: '文汇报',
        quote: '前不久举行的国际数据经济产业创新大会上,《临港新片区数据跨境流动分类分级管理办法(试行)》对外发布,将跨境数据分为核心数据、重要数据、一般数据3个级别进行分级管理。',
        supports: ['nameZh', 'kind', 'summary'],
      },
    ],
  },
  // ───────────── Tianjin FTZ data-export negative list (2024 edition) ─────────────
  {
    id: 'document:tianjin-ftz-data-export-negative-list-2024',
    name: 'List of China (Tianjin) Pilot Free Trade Zone for Management of Outbound Data Transfers (Negative List) (2024 Edition)',
    nameZh: '中国(天津)自由贸易试验区数据出境管理清单(负面清单)(2024版)',
    aliases: [
      'China (Tianjin) Pilot Free Trade Zone Data Transfer Management List (Negative List) (2024 Edition)',
      'China (Tianjin) Pilot Free Trade Zone Data Exit Management List (Negative List)',
    ],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2024-05-08',
    summary:
      'The first FTZ data-export negative list: 13 categories and 46 sub-categories of data whose export from the Tianjin FTZ still needs a security assessment, standard contract or certification; other data is exempt.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows', source: 1 }],
    sources: [
      {
        url: 'https://www.cbbc.org/news-insights/china-digital-economy-monthly-policy-updates-june-2024',
        title: 'China-Britain Business Council (LexisNexis)',
        quote:
          "On May 8, 2024, the Administrative Committee for China (Tianjin) Pilot Free Trade Zone and the Tianjin Commission of Commerce formulated and released the List of China (Tianjin) Pilot Free Trade Zone for Management of Outbound Data Transfers (Negative List) (2024 Edition), marking the nation's first Negative List for managing outbound data transfers released by a free trade zone. … enterprises in the Tianjin FTZ are exempt from the said requirements when the data provided outside China is not listed in the Negative List.",
        supports: ['name', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://secrss.com/articles/65971',
        title: '安全内参 (天津自贸试验区管委会通知)',
        quote:
          '依据《促进和规范数据跨境流动规定》等有关文件规定,中国(天津)自由贸易试验区管理委员会、天津市商务局会同有关部门制定了《中国(天津)自由贸易试验区数据出境管理清单(负面清单)(2024版)》,现正式印发,请遵照执行。\n中国(天津)自由贸易试验区管理委员会\n天津市商务局\n2024年5月8日',
        supports: ['nameZh', 'kind', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.laitimes.com/en/article/6qxda_779ns.html',
        title: 'laitimes (TEDA)',
        quote:
          'On May 9, the Administrative Committee of the Tianjin Pilot Free Trade Zone and the Tianjin Municipal Bureau of Commerce jointly announced the "China (Tianjin) Pilot Free Trade Zone Data Transfer Management List (Negative List) (2024 Edition)"',
        supports: ['aliases'],
      },
      {
        url: 'http://en.zclawyer.com/news/2442.html',
        title: 'Zhong Cheng Law Firm',
        quote:
          'Viewpoint | Understanding the basic concepts of data compliance from the "China (Tianjin) Pilot Free Trade Zone Data Exit Management List (Negative List)"\nPublished:\n2024-06-03',
        supports: ['aliases'],
      },
      {
        url: 'https://invest.teda.gov.cn/contents/185/3448.html',
        title: 'TEDA (Tianjin Economic-Technological Development Area)',
        quote:
          'The China (Tianjin) Pilot Free Trade Zone (FTZ) on Thursday released a pioneering data exit management negative list to facilitate the cross-border data flows of companies.\n\nThe list includes 13 main classes and 46 sub-classes of outbound data that require safety assessment',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Guangdong public data measures (2021) ─────────────
  {
    id: 'document:guangdong-provincial-measures-for-administration-of-public-data',
    name: 'Guangdong Provincial Measures for the Administration of Public Data',
    nameZh: '广东省公共数据管理办法',
    aliases: ['Guangdong Provincial Public Data Management Measures'],
    kind: 'local_government_rule',
    status: 'final',
    issuers: ['guangdong-provincial-government'],
    effective: '2021-11-25',
    summary:
      "Guangdong government rules on sharing, opening and using public data, the first to bring public service providers' data within public data and to define what may be traded as data.",
    sources: [
      {
        url: 'https://www.laitimes.com/en/article/2dal_2diw.html',
        title: 'laitimes (21st Century Business Herald)',
        quote:
          'The Guangdong Provincial Measures for the Administration of Public Data were promulgated, clarifying the target of data transactions for the first time … Recently, the Guangdong Provincial Public Data Management Measures (hereinafter referred to as the "Measures") were issued and will be formally implemented on November 25, 2021, to further regulate the sharing, openness and utilization of public data … the first time in China to explicitly include public service provider data into the scope of public data',
        supports: ['name', 'aliases', 'status', 'effective', 'summary'],
      },
      {
        url: 'http://www.peopledata.com.cn/html/NEWS/POLICY/2290.html',
        title: '人民数据 (人民邮电报)',
        quote:
          '日前,广东省人民政府发布《广东省公共数据管理办法》(以下简称《办法》),《办法》将于11月25日起正式实施。\n\n  这是广东省首部数据层面的政府规章 … 三是明确数据交易的标的',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────── Shanghai interim measures on opening public data (2019) ─────────────
  {
    id: 'document:interim-measures-for-opening-of-public-data-in-shanghai',
    name: 'Interim Measures for the Opening of Public Data in Shanghai',
    nameZh: '上海市公共数据开放暂行办法',
    aliases: [
      'Temporary Measures for the Opening of Public Data in Shanghai',
      'Interim Procedures of Shanghai Municipality for Open Public Data',
      'Interim Procedures of Shanghai Municipality on Open Public Data',
    ],
    kind: 'local_government_rule',
    status: 'final',
    issuers: ['shanghai-municipal-government'],
    promulgated: '2019-08-29',
    effective: '2019-10-01',
    summary: "Shanghai government rules on opening public data to society, the first local government rules in China on opening public data.",
    sources: [
      {
        url: 'http://english.sheitc.sh.gov.cn/news/683937.htm',
        title: 'Shanghai Municipal Commission of Economy and Informatization',
        quote:
          'Recently, the Interim Measures for the Opening of Public Data in Shanghai (hereinafter referred to as the "Measures") have been deliberated and approved by the Executive Meeting of the Municipal Government and will be formally implemented on October 1 this year.\n\nOverall considerations\n\n      As the first local government regulation aiming at the opening of public data in China',
        supports: ['name', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://service.shanghai.gov.cn/sheninfo/newsdetail.aspx?Id=53e11c3a-9e0a-4028-a7ed-f90bb5da2b58',
        title: 'Shanghai Municipal People’s Government (press release)',
        quote:
          'Up to now, the “Temporary Measures for the Opening of Public Data in Shanghai" (hereinafter referred to as the "Measures") has been reviewed and approved by the municipal government executive meeting. It will be officially implemented since October 1 this year.',
        supports: ['aliases'],
      },
      {
        url: 'http://hxglod.com/202307th/20230625/7e917451caaa4bba848f8ed8968ee095.html',
        title: 'Shanghai government notice (English, mirror)',
        quote:
          'With a view to implementing the Regulations of Shanghai Municipality on Data and the Interim Procedures of Shanghai Municipality for Open Public Data … in accordance with the Regulations of Shanghai Municipality on Data and the Interim Procedures of Shanghai Municipality on Open Public Data',
        supports: ['aliases'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%85%AC%E5%85%B1%E6%95%B8%E6%93%9A%E9%96%8B%E6%94%BE%E6%9A%AB%E8%A1%8C%E8%BE%A6%E6%B3%95/23750083',
        title: '牛頓百科 (newton.com.tw)',
        quote: '2019年8月29日,上海市人民政府令第21號公布《上海市公共數據開放暫行辦法》,自2019年10月1日起施行。 … 發布單位:上海市人民政府',
        supports: ['kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://sheitc.sh.gov.cn/gg/20220914/5b58744a4f4740fb8da5d003cd9b6d23.html',
        title: '上海市经济和信息化委员会',
        quote: '为贯彻落实《上海市数据条例》《上海市公共数据开放暂行办法》等有关法律法规,加快推进本市公共数据更高水平开放',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Shanghai implementation rules on open public data (2022) — enriches the newsletters' entry ─────────────
  {
    id: 'document:implementation-rules-on-access-to-public-data-in-shanghai',
    name: 'Implementation Rules of Shanghai Municipality on Open Public Data',
    nameZh: '上海市公共数据开放实施细则',
    kind: 'normative_document',
    status: 'final',
    issuers: ['shanghai-economy-informatization-commission', 'cac-shanghai'],
    promulgated: '2022-12-31',
    summary: 'Shanghai rules on opening public data to society — access, use and security of opened public data — implementing the Shanghai Data Regulations and the municipal interim procedures for open public data.',
    relations: [
      { type: 'implements', target: 'document:shanghai-data-regulations', source: 0 },
      { type: 'implements', target: 'document:interim-measures-for-opening-of-public-data-in-shanghai', source: 0 },
    ],
    sources: [
      {
        url: 'http://hxglod.com/202307th/20230625/7e917451caaa4bba848f8ed8968ee095.html',
        title: 'Shanghai government notice (English, mirror)',
        quote:
          'Notice of Shanghai Municipal Economy and Information Technology Commission and Municipal Internet Information Office on Issuing the Implementation Rules of Shanghai Municipality on Open Public Data\n(December 31, 2022)\nSMEITC D [2022] No. 12\nAll departments concerned:\nWith a view to implementing the Regulations of Shanghai Municipality on Data and the Interim Procedures of Shanghai Municipality for Open Public Data … promoting and standardizing the opening, access, utilization and security management of public data',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'http://e-gov.org.cn/article-186292.html',
        title: '电子政务网',
        quote: '开放机制更加完善,实施《上海市公共数据开放实施细则》,健全开放清单动态调整机制,完善公共数据开放分类分级机制',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Shanghai large-model measures (2023) — enriches the newsletters' entry ─────────────
  {
    id: 'document:several-measures-for-promoting-innovation-and-development-of-ai-large',
    name: 'Shanghai Measures to Promote the Innovation and Development of Artificial Intelligence Large Models (2023-2025)',
    nameZh: '上海市推动人工智能大模型创新发展若干措施(2023-2025年)',
    kind: 'normative_document',
    status: 'final',
    issuers: ['shanghai-economy-informatization-commission'],
    summary:
      "Shanghai's eleven measures for large AI models: an innovation support plan, a testing and evaluation centre, intelligent computing power, chip ecosystems and shared corpus data.",
    sources: [
      {
        url: 'https://www.binance.com/en/news/flash/7895948',
        title: 'Binance News (Foresight News)',
        quote:
          "the Shanghai Municipal Commission of Economy and Informatization, the Municipal Development and Reform Commission … have jointly formulated and issued the 'Shanghai Measures to Promote the Innovation and Development of Artificial Intelligence Large Models (2023-2025)'. The measures include implementing a large model innovation support plan, establishing a large model testing and evaluation center, implementing a large model intelligent computing acceleration plan, building an intelligent chip hardware and software collaborative ecosystem, and promoting the joint construction and sharing of corpus data resources.",
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://awingyg.com/20/RpAOYOR.shtml',
        title: '中新网 (转载)',
        quote: '2023年,上海发布《上海市推动人工智能大模型创新发展若干措施(2023-2025年)》,其内容涵盖实施大模型创新扶持计划、实施大模型示范应用推进计划等11条措施。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ───────────── Beijing general AI measures (2023) ─────────────
  {
    id: 'document:several-measures-for-promoting-innovation-and-development-of-general-ai-in-beijing',
    name: 'Several Measures for Promoting the Innovation and Development of General Artificial Intelligence in Beijing',
    nameZh: '北京市促进通用人工智能创新发展的若干措施',
    // China Justice Observer writes "… of Artificial General Intelligence (general AI) in Beijing": the words before the bracket are kept.
    aliases: [
      'Several Measures to Promote the Innovation and Development of General Artificial Intelligence in Beijing',
      'Several Measures to Promote the Innovation and Development of Artificial General Intelligence',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['beijing-municipal-government'],
    promulgated: '2023-05-23',
    summary: 'Beijing measures for general AI: a public computing power centre, open basic training data sets, large-model research and applications in government and medical services.',
    relations: [{ type: 'implements', target: 'document:implementation-plan-for-beijing-ai-innovation-source-2023-2025', source: 0 }],
    sources: [
      {
        url: 'https://www.gatesee.com/post/status/3782407',
        title: 'gatesee.com (Beijing Municipal People’s Government notice, translated)',
        quote:
          'Beijing Government Office [2023] No. 15 … With the approval of the municipal government, the "Several Measures for Promoting the Innovation and Development of General Artificial Intelligence in Beijing" are hereby issued to you … General Office of Beijing Municipal People\'s Government\nMay 23, 2023 … In order to implement the "Implementation Plan for Beijing to Accelerate the Construction of a Globally Influential Artificial Intelligence Innovation Source (2023-2025)"',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/beijing-promotes-artificial-intelligence-development',
        title: 'China Justice Observer',
        quote:
          'On 23 May 2023, the Beijing Municipal Government (hereinafter the Beijing) issued the “Several Measures to Promote the Innovation and Development of Artificial General Intelligence (general AI) in Beijing” (hereinafter the Measures, 北京市促进通用人工智能创新发展的若干措施). … Beijing will take the lead in establishing a Public Computing Power Center … Beijing will establish open basic training data sets … Beijing will promote the construction of a general AI technology system such as large-scale models. … Beijing will facilitate the application of general AI technologies in innovative scenarios, such as providing opportunities for AI to be used in government services, medical services, and other fields.',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.laitimes.com/en/article/5jsqs_608np.html',
        title: 'laitimes (Window of the Capital)',
        quote:
          'On May 30, at the major results release meeting of the closing ceremony of the 2023 Zhongguancun Forum, the "Implementation Plan for Beijing to Accelerate the Construction of a Source of Artificial Intelligence Innovation with Global Influence (2023-2025)" and "Several Measures to Promote the Innovation and Development of General Artificial Intelligence in Beijing" were released.',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── Beijing AI innovation source implementation plan (2023–2025) ─────────────
  {
    id: 'document:implementation-plan-for-beijing-ai-innovation-source-2023-2025',
    name: 'Implementation Plan for Beijing to Accelerate the Construction of a Globally Influential Artificial Intelligence Innovation Source (2023-2025)',
    nameZh: '北京市加快建设具有全球影响力的人工智能创新策源地实施方案(2023-2025年)',
    aliases: [
      'Implementation Plan for Accelerating the Construction of Artificial Intelligence Innovation Source with Global Influence in Beijing (2023-2025)',
      'Implementation Plan for Beijing to Accelerate the Construction of a Source of Artificial Intelligence Innovation with Global Influence (2023-2025)',
      'Implementation Plan for Beijing to Accelerate the Construction of a Globally Influential Artificial Intelligence Innovation Center (2023-2025)',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['beijing-municipal-government'],
    promulgated: '2023-05-21',
    summary: "Beijing's plan to build a globally influential source of AI innovation by 2025, with a larger scale of core AI industries.",
    sources: [
      {
        url: 'http://www.blqh.cn/category/rsetgedr',
        title: 'blqh.cn (Beijing Municipal People’s Government notice, translated)',
        quote:
          'Jing Zheng Fa [2023] No.14 … The "Implementation Plan for Accelerating the Construction of Artificial Intelligence Innovation Source with Global Influence in Beijing (2023-2025)" is hereby printed and distributed to you, please earnestly implement it.\nthe people’s government of beijing city\nMay 21, 2023',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.gatesee.com/post/status/3782407',
        title: 'gatesee.com (Beijing Municipal People’s Government notice, translated)',
        quote: 'In order to implement the "Implementation Plan for Beijing to Accelerate the Construction of a Globally Influential Artificial Intelligence Innovation Source (2023-2025)"',
        supports: ['name'],
      },
      {
        url: 'https://www.laitimes.com/en/article/5jsqs_608np.html',
        title: 'laitimes (Window of the Capital)',
        quote:
          'the "Implementation Plan for Beijing to Accelerate the Construction of a Source of Artificial Intelligence Innovation with Global Influence (2023-2025)" … basically build a source of artificial intelligence innovation with global influence by 2025. … The scale of core industries will reach 300 billion yuan',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://tendenzblick.net/beijing-aims-to-accelerate-development-of-ai-within-3-years/',
        title: 'tendenzblick.net',
        quote: 'the Implementation Plan for Beijing to Accelerate the Construction of a Globally Influential Artificial Intelligence Innovation Center (2023-2025) on May 30.',
        supports: ['aliases'],
      },
      {
        url: 'https://zibentongdao.blogchina.com/761025719.html',
        title: '博客中国',
        quote: '同一天,北京市政府正式发布《北京市加快建设具有全球影响力的人工智能创新策源地实施方案(2023-2025年)》(以下简称《实施方案》)。',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },
  // ───────────── Shenzhen AI action plan (2023–2024) ─────────────
  {
    id: 'document:shenzhen-action-plan-for-high-quality-development-and-high-level-application-of-ai-2023-2024',
    name: 'Action Plan for Accelerating the High-quality Development and High-level Application of Artificial Intelligence in Shenzhen (2023-2024)',
    nameZh: '深圳市加快推动人工智能高质量发展高水平应用行动方案(2023—2024年)',
    kind: 'plan',
    status: 'final',
    promulgated: '2023-05-31',
    summary:
      'Shenzhen plan to build city-level intelligent computing platforms and a 100-billion-yuan AI fund group, to make the city a national AI pilot zone and a global AI pioneer city.',
    sources: [
      {
        url: 'https://www.breakinglatest.news/business/shenzhen-increase-financial-investment-to-form-an-artificial-intelligence-fund-group-with-a-scale-of-100-billion-yuan/',
        title: 'Breaking Latest News',
        quote:
          'On May 31, the General Office of the Shenzhen Municipal Committee of the Communist Party of China and the General Office of the Shenzhen Municipal People’s Government issued the “Action Plan for Accelerating the High-quality Development and High-level Application of Artificial Intelligence in Shenzhen (2023-2024)”. … form an artificial intelligence fund group with a scale of 100 billion yuan.',
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://difang.gmw.cn/sz/2023-05/31/content_36600218.htm',
        title: '光明网 (深圳发布)',
        quote:
          '中共深圳市委办公厅深圳市人民政府办公厅关于印发《深圳市加快推动人工智能高质量发展高水平应用行动方案(2023—2024年)》的通知 … 中共深圳市委办公厅\n\n  深圳市人民政府办公厅\n\n  2023年5月31日 … 举全市之力打造国家新一代人工智能创新发展试验区和国家人工智能创新应用先导区,努力创建全球人工智能先锋城市 … (一)建设城市级智能算力平台。',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Shenzhen SEZ intelligent connected vehicles regulations (2022) ─────────────
  {
    id: 'document:regulations-of-shenzhen-special-economic-zone-on-administration-of-intelligent-connected-vehicles',
    name: 'Regulations of Shenzhen Special Economic Zone on the Administration of Intelligent Connected Vehicles',
    nameZh: '深圳经济特区智能网联汽车管理条例',
    aliases: ['Regulations on the Administration of Intelligent Connected Vehicles in the Shenzhen Special Economic Zone'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shenzhen-people-s-congress-standing-committee'],
    adopted: '2022-06-23',
    effective: '2022-08-01',
    summary:
      "Shenzhen's law on intelligent connected vehicles — road testing, market access, registration, use, cybersecurity and data protection, accidents — the first local legislation in China to regulate them.",
    sources: [
      {
        url: 'http://sf.sz.gov.cn/fggzywyb/content/post_11216374.html',
        title: 'Shenzhen Municipal Bureau of Justice (official translation)',
        quote:
          '深圳经济特区智能网联汽车管理条例\n\nRegulations of Shenzhen Special Economic Zone on the Administration of Intelligent Connected Vehicles\n\n(Adopted at the 10th Session of the Standing Committee of the 7th People’s Congress of Shenzhen Municipality on June 23, 2022) … These Regulations shall apply to road tests, demonstration applications, market access, registration, use management and other related activities of intelligent connected vehicles within the Shenzhen Special Economic Zone.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://ms.chinajusticeobserver.com/law/x/regulations-of-shenzhen-special-economic-zone-on-the-administration-of-smart-and-connected-vehicles-20220623/chn',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          '深圳经济特区智能网联汽车管理条例\n\nJenis undang-undang Peraturan tempatan\n\nBadan pengeluar Jawatankuasa Tetap Kongres Rakyat Perbandaran Shenzhen\n\nTarikh yang memberangsangkan Jun 23, 2022\n\nTarikh kuat kuasa Aug 01, 2022 … 第六章 网络安全和数据保护',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://legacy.dataguidance.com/node/583051',
        title: 'OneTrust DataGuidance',
        quote:
          "The Regulations on the Administration of Intelligent Connected Vehicles in the Shenzhen Special Economic Zone ('the Shenzhen Regulation on Vehicles') was passed at third trial by the Standing Committee of the Shenzhen Municipal People's Congress … the Shenzhen Regulations on Vehicles will be the first regional legislation to regulate the management of intelligent connected vehicles.",
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ───────────── Beijing autonomous vehicle regulation (2024) ─────────────
  {
    id: 'document:beijing-autonomous-vehicle-regulation',
    name: 'Beijing Autonomous Vehicle Regulation',
    nameZh: '北京市自动驾驶汽车条例',
    aliases: ['Beijing Autonomous Vehicle Regulations'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['beijing-people-s-congress-standing-committee'],
    adopted: '2024-12-31',
    effective: '2025-04-01',
    summary:
      "Beijing's law on Level 3 and higher autonomous vehicles: technology innovation, infrastructure planning and construction, road access management and safety assurance.",
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/beijing-passes-autonomous-vehicle-regulation',
        title: 'China Justice Observer',
        quote:
          'On 31 Dec. 2024, the Standing Committee of the Beijing Municipal People’s Congress, the local legislature, passed the “Beijing Autonomous Vehicle Regulation” (北京市自动驾驶汽车条例, hereinafter the “Regulation”), which will come into force on 1 Apr. 2025. … It outlines regulations for autonomous vehicle technology innovation, infrastructure planning and construction, road access management, and safety assurance, providing clear expectations for market entities dealing with Level 3 and above autonomous vehicles.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2024/1231/c90000-20260549.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          "Beijing on Tuesday approved new regulations on autonomous vehicles, set to take effect on April 1, 2025 … The regulations, passed by the Standing Committee of Beijing Municipal People's Congress",
        supports: ['status', 'issuers', 'effective'],
      },
      {
        url: 'https://registry.deploy.report/regulations/china-beijing-av',
        title: 'DEPLOY registry',
        quote:
          "The Beijing Autonomous Vehicle Regulations, passed by the Standing Committee of the Beijing Municipal People's Congress in December 2024 and effective 1 April 2025",
        supports: ['aliases'],
      },
    ],
  },
];
