import type { AuthorityVariant, CoreAuthority, CoreInstrument } from './types';

/**
 * Beijing's data bureau, co-issuer of the Beijing FTZ negative list. Without it pages' "Beijing
 * Municipal Government Services and Data Management Bureau" left "Beijing Municipal Government" to
 * match the city government.
 */
export const CORE_AUTHORITIES_PLANS_FTZ_3: CoreAuthority[] = [
  {
    slug: 'beijing-government-services-data-bureau',
    name: 'Beijing Municipal Government Services and Data Management Bureau',
    nameZh: '北京市政务服务和数据管理局',
    aliases: ['Beijing Municipal Government Service and Data Management Bureau', 'Beijing Municipal Government Services and Data Administration Bureau'],
    kind: 'government',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2024/10/15/the-data-outbound-negative-list-of-the-beijing-free-trade-zone',
        title: 'China Law & Practice (Lifeng Partners)',
        quote:
          'On August 30, 2024, the Beijing Municipal Cyberspace Administration (the "Beijing CAC"), the Beijing Municipal Bureau of Commerce, the Beijing Municipal Government Services and Data Management Bureau jointly released the first scenario-based, field-level data outbound negative list',
        supports: ['name'],
      },
      {
        url: 'https://mmlcgroup.com/china-negative-lists/',
        title: 'MMLC Group',
        quote: 'the Beijing Cyberspace Administration, Beijing Municipal Bureau of Commerce, and Beijing Municipal Government Service and Data Management Bureau jointly issued',
        supports: ['aliases'],
      },
      {
        url: 'https://woodburnglobal.com/post/china-releases-updated-rules-and-negative-list-for-cross-border-data-transfers-in-beijing-pilot-free',
        title: 'Woodburn Accountants & Advisors',
        quote: 'the Beijing Municipal Internet Information Office, Beijing Municipal Commerce Bureau, and the Beijing Municipal Government Services and Data Administration Bureau jointly issued',
        supports: ['aliases'],
      },
      {
        url: 'https://dtzed.com/issues/2025/02/13870',
        title: 'dtzed.com',
        quote: '2025年2月5日,为深入贯彻中共中央办公厅、国务院办公厅《关于加快公共数据资源开发利用的意见》,加快本市公共数据资源高效开发利用 … 北京市政务服务和数据管理局制定了《关于加快北京市公共数据资源开发利用的实施意见(征求意见稿)》',
        supports: ['nameZh'],
      },
    ],
  },
];

/**
 * National plans, National Data Administration documents, free-trade-zone data-export negative
 * lists and Beijing's digital economy regulations that pages on cross-border data, the data
 * economy and regional policy cite and the rest of the layer lacked. The Beijing regulations
 * entry enriches the newsletters' entry (same id) with its Chinese title, issuer and dates.
 */
export const CORE_PLANS_FTZ_RULES_3: CoreInstrument[] = [
  // ───────────── Beijing FTZ data-export negative list (2024) ─────────────
  {
    id: 'document:beijing-ftz-data-export-negative-list-2024',
    name: 'Management List (Negative List) for Cross-border Data Transfer in the China (Beijing) Pilot Free Trade Zone (2024 Edition)',
    nameZh: '中国(北京)自由贸易试验区数据出境管理清单(负面清单)(2024版)',
    aliases: [
      'China (Beijing) Pilot Free Trade Zone Data Export Management Negative List (2024 Edition)',
      'China (Beijing) Pilot Free Trade Zone, List for the Administration of the Cross-Border Transfer of Data (Negative List) (2024 Edition)',
      'China (Beijing) Pilot Free Trade Zone Cross-Border Data Transfer List (Negative List)',
      'Data Export Management List (Negative List) for the Beijing Pilot Free Trade Zone',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['beijing-government-services-data-bureau'],
    promulgated: '2024-08-30',
    effective: '2024-08-30',
    summary: 'Beijing FTZ list of data in five sectors (automotive, pharmaceuticals, retail, civil aviation, artificial intelligence) whose export still requires compliance procedures; data not on the list may be exported freely by companies in the zone.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows', source: 1 }],
    sources: [
      {
        url: 'https://china-briefing.com/news/beijing-data-negative-list-to-facilitate-data-export-in-free-trade-zone',
        title: 'China Briefing',
        quote:
          'The 2024 data negative list — the Management List (Negative List) for Cross-border Data Transfer in the China (Beijing) Pilot Free Trade Zone (2024 Edition) — catalogs specific types and volumes of data in five different industries that require certain compliance procedures to be exported. Data not included in the data negative list can be freely exported by companies located in the Beijing FTZ. \n\nBoth the trial implementation measures and the 2024 data negative list took effect upon their release on August 30, 2024.',
        supports: ['name', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://mmlcgroup.com/china-negative-lists/',
        title: 'MMLC Group',
        quote:
          'On August 26, 2024, based on the Provisions on Promoting and Regulating Cross-border Data Flow and other related documents, the Beijing Cyberspace Administration, Beijing Municipal Bureau of Commerce, and Beijing Municipal Government Service and Data Management Bureau jointly issued the China (Beijing) Pilot Free Trade Zone Negative List for Data Export Management Measures (Trial) and the China (Beijing) Pilot Free Trade Zone Data Export Management Negative List (2024 Edition)',
        supports: ['aliases', 'relations'],
      },
      {
        url: 'https://chinalawandpractice.com/2024/10/15/the-data-outbound-negative-list-of-the-beijing-free-trade-zone',
        title: 'China Law & Practice (Lifeng Partners)',
        quote:
          'On August 30, 2024, the Beijing Municipal Cyberspace Administration (the "Beijing CAC"), the Beijing Municipal Bureau of Commerce, the Beijing Municipal Government Services and Data Management Bureau jointly released the first scenario-based, field-level data outbound negative list of the China (Beijing) Pilot Free Trade Zone (the "Beijing FTZ"), the China (Beijing) Pilot Free Trade Zone, List for the Administration of the Cross-Border Transfer of Data (Negative List) (2024 Edition) (中国(北京)自由贸易试验区数据出境管理清单(负面清单)(2024版))',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/22352-implemented-beijing-pilot-free-trade-zone-cross-border-data-transfer-list',
        title: 'Digital Policy Alert',
        quote:
          'On 30 August 2024, the Beijing Municipal Cyberspace Administration along with the Municipal Bureau of Commerce, the Municipal Government Services, and the Data Management Bureau published and implemented the “China (Beijing) Pilot Free Trade Zone Cross-Border Data Transfer List (Negative List)” and the “ Measures for Pilot Free Trade Zone Cross-Border Data Transfer Negative List (Trial)”.',
        supports: ['aliases', 'promulgated', 'effective'],
      },
      {
        url: 'https://woodburnglobal.com/post/china-releases-updated-rules-and-negative-list-for-cross-border-data-transfers-in-beijing-pilot-free',
        title: 'Woodburn Accountants & Advisors',
        quote:
          'On August 30, 2024, the Beijing Municipal Internet Information Office, Beijing Municipal Commerce Bureau, and the Beijing Municipal Government Services and Data Administration Bureau jointly issued the 2024 edition of the Data Export Management List (Negative List) for the Beijing Pilot Free Trade Zone, along with corresponding Administrative Measures.',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'https://www.tahota.com/CN/article.aspx?KeyID=be1d18b11364d800&mdid=a0e7af4c81ffb246',
        title: '泰和泰律师事务所',
        quote:
          '8月30日,北京市网信办等发布中国(北京)自由贸易试验区《数据出境负面清单管理办法(试行)》《数据出境管理清单(负面清单)(2024版)》。 … 《负面清单》涵盖汽车、医药、零售、民航、人工智能等5个领域,详细列明23个业务场景和198个具体字段。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shanghai FTZ and Lin-gang data-export negative list (2024 edition) ─────────────
  {
    id: 'document:shanghai-ftz-lingang-data-export-negative-list-2024',
    name: 'China (Shanghai) Pilot Free Trade Zone and Lingang Special Area Data Outbound Management List (Negative List) (2024 Edition)',
    nameZh: '中国(上海)自由贸易试验区及临港新片区数据出境管理清单(负面清单)(2024版)',
    aliases: ['Data Export Management List for the China (Shanghai) Pilot Free Trade Zone and Lingang New Area (2024 Edition)'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac-shanghai'],
    promulgated: '2025-02-08',
    summary:
      'Shanghai FTZ and Lin-gang list of important data and personal information in reinsurance, international shipping and commerce whose export still needs a security assessment, standard contract filing or certification; companies registered in the two areas may export data not on it without those procedures.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows', source: 2 }],
    sources: [
      {
        url: 'https://www.worldports.org/shanghai-free-trade-zone-negative-list-for-cross-border-data-flow-achieves-initial-results-four-use-cases-formed',
        title: 'World Ports (Xinhua)',
        quote:
          'since the announcement of the “China (Shanghai) Pilot Free Trade Zone and Lingang Special Area Data Outbound Management List (Negative List) (2024 Edition)” (hereinafter referred to as the “Negative List”) on February 8, Pudong New Area has formed four use cases of the negative list in the reinsurance and pharmaceutical fields',
        supports: ['name', 'status'],
      },
      {
        url: 'https://www.sinobravo.cn/en/insights/opinion/80.html',
        title: 'Sinobravo',
        quote:
          'On February 8, 2025, the Shanghai Cyberspace Administration, along with other departments, jointly released the Data Export Management List for the China (Shanghai) Pilot Free Trade Zone and Lingang New Area (2024 Edition) and related management measures. … The newly introduced Negative List covers three key sectors: reinsurance, international shipping, and commerce (retail, catering, and accommodation). It includes two types of data—important data and personal information—spanning six specific scenarios and 84 data items.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.kwm.com/cn/zh/insights/latest-thinking/negative-list-for-data-exit-in-shanghai-ftz-exploration-practice-and-outlook.html',
        title: '金杜律师事务所 (King & Wood Mallesons)',
        quote:
          '上海市互联网信息办公室、中国(上海)自由贸易试验区管委会等5部门制定了《中国(上海)自由贸易试验区及临港新片区数据出境负面清单管理办法(试行)》(“《管理办法》”)、《中国(上海)自由贸易试验区及临港新片区数据出境管理清单(负面清单)(2024版)》(“《负面清单》”) … 自2024年3月22日《促进和规范数据跨境流动规定》(“数据跨境新规”)发布以来,自贸区被授权可自行制定区内需要纳入数据出境安全评估、个人信息出境标准合同、个人信息保护认证管理范围的数据清单。',
        supports: ['nameZh', 'kind', 'issuers', 'relations'],
      },
      {
        url: 'https://faccent.com/news/shanghai-data-negative-list-export/index.html',
        title: 'China Briefing (reprint)',
        quote:
          'The new Negative List applies to companies registered in the Shanghai Free Trade Zone (FTZ) Pilot Area and the Lingang New Area operating in certain industries.\n\nCompanies based in one of these two areas export data not included in the Shanghai Negative List will be exempted from undergoing the data export compliance procedures',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── 14th Five-Year Plan Outline (NPC, 2021) ─────────────
  {
    id: 'document:outline-of-14th-five-year-plan',
    name: 'Outline of the 14th Five-Year Plan for National Economic and Social Development and Long-Range Objectives for 2035',
    nameZh: '国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
    aliases: [
      "Outline of the People's Republic of China 14th Five-Year Plan for National Economic and Social Development and Long-Range Objectives for 2035",
      'Outline of the 14th Five-Year Plan (2021 – 2025) for National Economic and Social Development and the Long-Range Objectives Through the Year 2035',
      'Outline of the 14th Five-Year Plan (2021-2025) for National Economic and Social Development and the Long-Range Objectives Through the Year 2035',
      "Outline of the 14th Five-Year Plan for National Economic and Social Development of the People's Republic of China and the Long-Range Objectives Through the Year 2035",
      'Outline of the 14th Five-Year Plan',
    ],
    zhShortNames: ['“十四五”规划和2035年远景目标纲要'],
    kind: 'plan',
    status: 'final',
    issuers: ['npc'],
    adopted: '2021-03-11',
    summary:
      'China\'s national plan for economic and social development in 2021–2025, with long-range objectives to 2035, in 19 parts and 65 chapters covering among others smart cities and new urbanization; its progress is measured by indicators such as the share of digital-economy core industries in GDP.',
    sources: [
      {
        url: 'https://docslib.org/doc/8639836/outline-of-the-peoples-republic-of-china-14th-five-year-plan-for',
        title: 'CSET translation (docslib.org)',
        quote:
          "The following document is China's 14th Five-Year Plan, covering the years 2021-2025, as passed by the Chinese parliament, the National People's Congress, in March 2021. … Title Outline of the People's Republic of China 14th Five-Year Plan for National Economic and Social Development and Long-Range Objectives for 2035 中华人民共和国国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要",
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'adopted'],
      },
      {
        url: 'http://acbnews.com.au/chinaagency/20210315-60513.html',
        title: '中新社 (acbnews.com.au)',
        quote: '十三届全国人大四次会议11日举行闭幕会,“十四五”规划和2035年远景目标纲要获表决通过。至此,中国未来5年至15年发展定下总路线图。',
        supports: ['zhShortNames', 'status', 'issuers', 'adopted'],
      },
      {
        url: 'http://ccprjournal.com.cn/news/10034.htm',
        title: 'China City Planning Review',
        quote:
          'Full Text of the Outline of the 14th Five-Year Plan Released\nOn Mar. 13, 2021, the Outline of the 14th Five-Year Plan (2021 – 2025) for National Economic and Social Development and the Long-Range Objectives Through the Year 2035 (hereinafter referred to as the Outline) was officially released … The Outline consists of 19 parts and 65 chapters, including smart city construction, new urbanization development, green ecological construction and territorial and spatial planning and other important content.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://daybreak.ng/?p=72843',
        title: "People's Daily (daybreak.ng)",
        quote:
          'China officially unveiled the Outline of the 14th Five-Year Plan (2021-2025) for National Economic and Social Development and the Long-Range Objectives Through the Year 2035 last month',
        supports: ['aliases'],
      },
      {
        url: 'https://newsflash.city/2401/d4da11c4600f92d0.html',
        title: 'Mondo Social (newsflash.city)',
        quote:
          'the mid-term assessment report on the implementation of the "Outline of the 14th Five-Year Plan for National Economic and Social Development of the People\'s Republic of China and the Long-Range Objectives Through the Year 2035" that the implementation of the "Outline" is progressing well … the proportion of added value of core industries in the digital economy in GDP',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ───────────── Greater Bay Area Outline Development Plan (2019) ─────────────
  {
    id: 'document:outline-development-plan-for-guangdong-hong-kong-macao-greater-bay-area',
    name: 'Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area',
    nameZh: '粤港澳大湾区发展规划纲要',
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    promulgated: '2019-02-18',
    summary:
      'Central blueprint for the Greater Bay Area of Hong Kong, Macao and nine Guangdong cities: deeper Guangdong–Hong Kong–Macao cooperation, with objectives for 2022 and 2035 such as an international innovation and technology hub.',
    sources: [
      {
        url: 'https://www.dsedt.gov.mo/en_US/web/public/pg_rc_ghmba?fid=670abb9c9b958c1906592639ea906be478f09904',
        title: 'Macao SAR Economic and Technological Development Bureau',
        quote:
          'On 18 February 2019, the Central Committee of the Communist Party of China and the State Council announced the Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area, which all regions and authorities are requested to implement with earnestness based on the actual situation.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://news.hexun.com/2019-02-18/196165989.html',
        title: '新华社 (hexun.com)',
        quote: '新华社北京2月18日电中共中央、国务院印发了《粤港澳大湾区发展规划纲要》,并发出通知,要求各地区各部门结合实际认真贯彻落实。',
        supports: ['nameZh', 'status', 'issuers'],
      },
      {
        url: 'https://m.news.shi-fen.com/china/201902/50-200827.html',
        title: '央视网 (shi-fen.com)',
        quote:
          '中共中央、国务院今天印发了《粤港澳大湾区发展规划纲要》。 … 本规划是指导粤港澳大湾区当前和今后一个时期合作发展的纲领性文件 … 规划近期至2022年,远期展望到2035年。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://economists-pick-research.hktdc.com/business-news/article/Regulatory-Alert-China/Outline-Development-Plan-for-Guangdong-Hong-Kong-Macao-Greater-Bay-Area-Promulgated/bacn/en/1/1X2ZLGH7/1X0AGJXI.htm',
        title: 'HKTDC Research',
        quote:
          'The Central Government promulgated the Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area on 18 February 2019. The basic principles of the Plan include that the Greater Bay Area is to be driven by innovation and led by reform',
        supports: ['name', 'promulgated'],
      },
      {
        url: 'https://chinaservicesinfo.com/s/201902/19/WS5c6b6b8d498e27e3380388e9/bay-area-plan-envisions-hub-of-innovation.html',
        title: 'China Daily (chinaservicesinfo.com)',
        quote:
          'The much-anticipated development plan outline for the Guangdong-Hong Kong-Macao Greater Bay Area was unveiled on Monday, aiming to turn the 11-city cluster into a globally influential innovation and technology hub … The plan, released by the Central Committee of the Communist Party of China and the State Council',
        supports: ['issuers', 'summary'],
      },
    ],
  },
  // ───────────── Trusted Data Space Development Action Plan (NDA, 2024) ─────────────
  {
    id: 'document:trusted-data-space-development-action-plan-2024-2028',
    name: 'Trusted Data Space Development Action Plan (2024–2028)',
    nameZh: '可信数据空间发展行动计划(2024—2028年)',
    zhShortNames: ['可信数据空间发展行动计划'],
    kind: 'plan',
    status: 'final',
    issuers: ['nda'],
    promulgated: '2024-11',
    summary:
      'National Data Administration plan to build more than 100 trusted data spaces by 2028, with breakthroughs in their operation, technology, ecology, standards and security.',
    sources: [
      {
        url: 'https://szzg.gov.cn/2025/english/digitalnews/202504/t20250409_5002095.htm',
        title: 'Digital China Summit',
        quote:
          'At the end of last year, the National Data Administration released the Trusted Data Space Development Action Plan (2024–2028), which outlines the goal to achieve breakthroughs in operations, technology, ecology, standards, and security of trusted data spaces, build more than 100 trusted data spaces and develop a series of data space solutions and best practices by 2028.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://german.news.cn/20241125/2cf8c937288f4d17b93d4d4971f22a6d/c.html',
        title: 'Xinhua (German)',
        quote:
          'BEIJING, 23. November 2024 (Xinhuanet) -- China strebt an, bis 2028 mehr als 100 vertrauenswürdige Datenmatrizen zu erstellen, die eine Reihe von Datenmatrixlösungen und bewährten Verfahren bilden, teilte die Nationale Datenverwaltung (NDA) am Samstag mit.\nDieses Ziel wurde laut NDA in einen neu herausgegebenen Aktionsplan für die Entwicklung vertrauenswürdiger Datenmatrizen (2024–2028) aufgenommen.',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'https://www.anyong.net/industrynews/2810.html',
        title: 'anyong.net',
        quote: '国家数据局发布的《可信数据空间发展行动计划(2024—2028年)》(下称《行动计划》),并非一份孤立的政策文本',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
    ],
  },
  // ───────────── Public data resource registration measures (NDRC, NDA, 2025) ─────────────
  {
    id: 'document:interim-measures-for-registration-and-administration-of-public-data-resources',
    name: 'Interim Measures for the Registration and Administration of Public Data Resources',
    nameZh: '公共数据资源登记管理暂行办法',
    aliases: ['Interim Measures for the Registration and Management of Public Data Resources'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'nda'],
    promulgated: '2025-01-08',
    effective: '2025-03-01',
    summary:
      'NDRC and National Data Administration measures setting up a nationwide registration system for public data resources (data held by Party and government organs and public institutions), with mandatory registration of data in authorised operation.',
    relations: [{ type: 'based_on', target: 'document:opinions-on-accelerating-development-and-utilization-of-public-data-resources', source: 1 }],
    sources: [
      {
        url: 'https://datacompliancechina.com/laws/public-data-registration-interim-measures.md',
        title: 'Data Compliance China',
        quote:
          'title_en: "Interim Measures for the Registration and Administration of Public Data Resources"\ntitle_zh: "公共数据资源登记管理暂行办法" … issuing_body: "National Development and Reform Commission (NDRC) and National Data Administration (NDA)"\nadopted_date: 2025-01-08\neffective_date: 2025-03-01 … Registration is mandatory for public data resources that fall within authorized-operation scope',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://datacompliancechina.com/laws/public-data-registration-interim-measures/',
        title: 'Data Compliance China',
        quote:
          'Document No.: Fa Gai Shu Ju Gui [2025] No. 26 (发改数据规〔2025〕26号).\nIssued January 8, 2025. Effective March 1, 2025. … pursuant to the Opinions of the CPC Central Committee and the State Council on Building a Fundamental Data System to Better Leverage the Role of Data as a Factor of Production and the Opinions of the General Office of the CPC Central Committee and the General Office of the State Council on Accelerating the Development and Utilization of Public Data Resources',
        supports: ['promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.cnsonews.com.cn/lang/English/61202.html',
        title: 'CCTV News (cnsonews.com.cn)',
        quote:
          'the National Development and Reform Commission and the National Data Administration officially issued three policy documents including the "Interim Measures for the Registration and Management of Public Data Resources", which for the first time made it clear that public data should be registered like land and other factor resources',
        supports: ['aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/czsrmfkbgs_251334/czsrmzf_251337/LZXX/202410/t20241014_2970185.shtml',
        title: '长治市人民政府 (国家发展改革委征求意见)',
        quote:
          '(一)公共数据资源,是指各级党政机关、企事业单位依法履职或提供公共服务过程中产生的具有利用价值的数据集合。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Beijing digital economy promotion regulations (2022) ─────────────
  {
    id: 'document:regulations-on-promotion-of-digital-economy-in-beijing',
    name: 'Regulations for Promoting Digital Economy in Beijing',
    nameZh: '北京市数字经济促进条例',
    aliases: ['Regulation of Beijing Municipality on the Promotion of Digital Economy', 'Regulations of Beijing Municipality on Promoting Digital Economy'],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['beijing-people-s-congress-standing-committee'],
    adopted: '2022-11-25',
    promulgated: '2022-11-25',
    effective: '2023-01-01',
    summary:
      "Beijing's local regulation on the digital economy: digital infrastructure, data resources and their convergence, opening and trading, digital industrialisation, industrial digitalisation, smart city construction and digital economy security.",
    sources: [
      {
        url: 'https://english.beijing.gov.cn/investinginbeijing/InvestmentSpecial/DigitalEconomy/PolicesAndInterpretations/202412/t20241225_3973236.html',
        title: 'Beijing Municipal Government (english.beijing.gov.cn)',
        quote:
          "The Regulations for Promoting Digital Economy in Beijing, adopted at the 45th Meeting of the Standing Committee of the 15th Beijing Municipal People's Congress on November 25, 2022, is hereby released and shall come into effect as of January 1, 2023.\n\nStanding Committee of Beijing Municipal People's Congress\n\nNovember 25, 2022",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=40119',
        title: 'lawinfochina.com',
        quote:
          "Regulation of Beijing Municipality on the Promotion of Digital Economy [Effective]\n北京市数字经济促进条例 [现行有效]\nAnnouncement of the Standing Committee of the People's Congress of Beijing Municipality",
        supports: ['nameZh', 'aliases', 'status', 'issuers'],
      },
      {
        url: 'http://saipeng.org.cn/ind/hc/3360.html',
        title: '北京市人民代表大会常务委员会公告〔十五届〕第89号 (saipeng.org.cn)',
        quote:
          '《北京市数字经济促进条例》已由北京市第十五届人民代表大会常务委员会第四十五次会议于2022年11月25日通过,现予公布,自2023年1月1日起施行。\n\n北京市人民代表大会常务委员会\n\n2022年11月25日',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.mingsure.com/hyzxen/1408.jhtml',
        title: 'Mingsure IP',
        quote:
          "On November 25th, the 45th meeting of the Standing Committee of the 15th Beijing Municipal People's Congress passed the Regulations of Beijing Municipality on Promoting Digital Economy (hereinafter referred to as the Regulations). The Regulations consist of nine chapters, including digital infrastructure, data resources, digital industrialization, industrial digitalization, smart city construction, digital economy security, safeguard measures and so on. The Regulations will come into force on January 1, 2023.",
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://m.gkzhan.com/news/detail/151294.html',
        title: '智慧城市网 (北京人大常委会)',
        quote: '《条例》规定了信息网络基础设施、算力基础设施、新技术基础设施等的建设要求,规定了数据汇聚、利用、开放、交易等规则。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Lin-gang Special Area Overall Plan (State Council, 2019) ─────────────
  {
    id: 'document:overall-plan-for-lin-gang-special-area-of-shanghai-ftz',
    name: 'Overall Plan for Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone',
    nameZh: '中国(上海)自由贸易试验区临港新片区总体方案',
    aliases: ['Overall Plan for the Lingang New Area of the China (Shanghai) Pilot Free Trade Zone'],
    zhShortNames: ['临港新片区总体方案'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2019-07-27',
    summary:
      'State Council plan setting up the Lin-gang Special Area (Lingang New Area) of the Shanghai FTZ south of the Dazhi river, benchmarked against the most competitive free trade zones: easy investment, free movement of goods, easy capital flows, open transport, free practice for professionals and fast information links.',
    sources: [
      {
        url: 'https://shanghai.gov.cn/nw48074/20200824/0001-48074_108688.html',
        title: 'Shanghai Municipal Government (shanghai.gov.cn)',
        quote:
          'Notice of the State Council on Printing and Distributing the Overall Plan for Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone\n(No. 15 [2019])\nThe people’s governments of all provinces, autonomous regions and municipalities directly under the Central Government, all ministries and commissions of and departments directly under the State Council,\nThe Overall Plan for Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone, approved by the State Council, is hereby printed and distributed to you for earnest compliance.\nThe State Council\nJuly 27, 2019',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://china-trade-research.hktdc.com/business-news/article/Facts-and-Figures/China-Shanghai-Pilot-Free-Trade-Zone/ff/en/1/1X000000/1X0A2U8A.htm',
        title: 'HKTDC Research',
        quote:
          'Under the Overall Plan for the Lingang New Area of the China (Shanghai) Pilot Free Trade Zone, promulgated on 6 August 2019, a new area of the SHFTZ (the Lingang New Area) is to be set up to the south of the Dazhi river, east of Jinhui Port and south of Xiaoyangshan Island and Pudong International Airport in Shanghai.',
        supports: ['aliases', 'status', 'summary'],
      },
      {
        url: 'http://www.herich.com.cn/zixun/caijingshishi/2021-08-13/512759.html',
        title: 'herich.com.cn (上海市人民政府)',
        quote:
          '为加快推进中国(上海)自由贸易试验区临港新片区(以下简称“临港新片区”)建设,根据《中国(上海)自由贸易试验区临港新片区总体方案》(以下简称《总体方案》)和《上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》,制定本规划。',
        supports: ['nameZh', 'zhShortNames'],
      },
      {
        url: 'http://news.qtv.com.cn/system/2019/08/20/015455541.shtml',
        title: '澎湃新闻 (qtv.com.cn)',
        quote:
          '上海自贸试验区临港新片区总体方案正式发布并于今日揭牌 … 临港新片区将对标国际上公认的竞争力最强的自由贸易园区,实现新片区与境外之间投资经营便利、货物自由进出、资金流动便利、运输高度开放、人员自由执业、信息快捷联通',
        supports: ['zhShortNames', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Data labelling industry opinions (NDRC, NDA and others, 2024) ─────────────
  {
    id: 'document:implementation-opinions-on-promoting-high-quality-development-of-data-labelling-industry',
    name: 'Implementation Opinions on Promoting the High-Quality Development of the Data Labeling Industry',
    nameZh: '关于促进数据标注产业高质量发展的实施意见',
    aliases: [
      'Implementation Opinions of the National Development and Reform Commission and Other Ministries on Promoting the High-Quality Development of the Data Labeling Industry',
      'Implementation Opinions on Promoting the High-Quality Development of the Data Annotation Industry',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'nda', 'mof'],
    summary:
      'Four-department opinions (NDRC, National Data Administration, Ministry of Finance, Ministry of Human Resources and Social Security) to grow the data labelling industry that supports AI: over 20% average annual growth by 2027 and data labelling bases.',
    sources: [
      {
        url: 'https://www.cnsonews.com.cn/lang/English/29837.html',
        title: 'CCTV News (cnsonews.com.cn)',
        quote:
          'the National Development and Reform Commission, the National Data Administration, the Ministry of Finance, and the Ministry of Human Resources and Social Security jointly issued the "Implementation Opinions on Promoting the High-Quality Development of the Data Labeling Industry" (hereinafter referred to as the "Opinions"). … by 2027, the level of professionalization, intelligence and scientific and technological innovation capabilities of data labeling will significantly improve, the scale of the industry will jump significantly, with an average annual compound growth rate of more than 20%.',
        supports: ['name', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/china-ndrc-data-labeling-opinions',
        title: 'CSET (Georgetown University)',
        quote:
          'The following document is a Chinese government policy designed to encourage the growth data labeling industry, an important enabler for the AI sector. The policy endorses government intervention in the market to create data labeling “bases” … Implementation Opinions of the National Development and Reform Commission and Other Ministries on Promoting the High-Quality Development of the Data Labeling Industry\nNDRC-National Data Administration (发改数据) [2024] Document No. 1822',
        supports: ['name', 'aliases', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://metrologyexpo.com.cn/?p=2202',
        title: 'metrologyexpo.com.cn',
        quote:
          '近日,国家发展改革委、国家数据局、财政部、人力资源社会保障部四部门联合发布了《关于促进数据标注产业高质量发展的实施意见》(发改数据〔2024〕1822号),旨在通过深化需求牵引、增强创新驱动、培育繁荣生态、优化支撑体系等措施,推动数据标注产业的高质量发展。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://aibase.com/news/14666',
        title: 'AIbase',
        quote:
          'Recently, the National Development and Reform Commission and other departments jointly issued the "Implementation Opinions on Promoting the High-Quality Development of the Data Annotation Industry." This policy aims to promote the professionalization and intelligence of the data annotation industry to foster innovation and application in artificial intelligence.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },
];

/** The Beijing legislature as pages name it when they quote the regulations' promulgation notice. */
export const AUTHORITY_VARIANTS_PLANS_FTZ_3: AuthorityVariant[] = [
  {
    slug: 'beijing-people-s-congress-standing-committee',
    aliases: ["Standing Committee of the 15th Beijing Municipal People's Congress", "Standing Committee of the People's Congress of Beijing Municipality"],
    zhShortNames: ['北京市第十五届人民代表大会常务委员会'],
    sources: [
      {
        url: 'https://english.beijing.gov.cn/investinginbeijing/InvestmentSpecial/DigitalEconomy/PolicesAndInterpretations/202412/t20241225_3973236.html',
        title: 'Beijing Municipal Government (english.beijing.gov.cn)',
        quote:
          "The Regulations for Promoting Digital Economy in Beijing, adopted at the 45th Meeting of the Standing Committee of the 15th Beijing Municipal People's Congress on November 25, 2022, is hereby released",
        supports: ['aliases'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=40119',
        title: 'lawinfochina.com',
        quote: "Announcement of the Standing Committee of the People's Congress of Beijing Municipality \n\n\n(No. 89 of the Fifteenth People's Congress)",
        supports: ['aliases'],
      },
      {
        url: 'http://saipeng.org.cn/ind/hc/3360.html',
        title: '北京市人民代表大会常务委员会公告〔十五届〕第89号 (saipeng.org.cn)',
        quote: '《北京市数字经济促进条例》已由北京市第十五届人民代表大会常务委员会第四十五次会议于2022年11月25日通过,现予公布,自2023年1月1日起施行。',
        supports: ['zhShortNames'],
      },
    ],
  },
];
