import type { CoreInstrument } from './types';

/**
 * National five-year and sector plans and outlines that pages about China's digital economy,
 * telecoms, data, software, e-commerce, standards and IP policy cite as documents: MIIT's 2021
 * sector plans for the 14th Five-Year period (information and communication, big data, software,
 * integration of informatization and industrialization) and its 2016 big data plan, the 14th
 * Five-Year e-commerce plan, the 2021 National Standardization Development Outline, the IP
 * powerhouse outline (2021-2035), the 14th Five-Year plan for IP protection and use, and the
 * State Council's 13th Five-Year Plan for National Informatization (2016).
 */
export const CORE_PLANS_REPORTS_8: CoreInstrument[] = [
  // ───────────── MIIT, 14th Five-Year Plan for the information and communication industry (November 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-information-and-communication-industry',
    name: '14th Five-Year Plan for the Development of the Information and Communication Industry',
    nameZh: '“十四五”信息通信行业发展规划',
    aliases: [
      '14th Five Year Plan (FYP) for the Information and Communications Industry',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2021-11-16',
    summary:
      'MIIT plan for the information and communication industry in 2021-2025: new digital infrastructure basically built by 2025, 26 development priorities and quantified targets such as 56% 5G user penetration.',
    relations: [{ type: 'based_on', target: 'document:outline-of-14th-five-year-plan', source: 1 }],
    sources: [
      {
        url: 'http://cguiw.com/rd/2021111723336.html',
        title: 'cguiw.com (科技日报)',
        quote:
          '工信部发布《“十四五”信息通信行业发展规划》\n\n2021-11-17 10:25:23 来源:科技日报\n\n11月16日,工信部正式印发《“十四五”信息通信行业发展规划》(以下简称《规划》),明确提出,到2025年,信息通信行业整体规模进一步壮大,发展质量显著提升,基本建成高速泛在、集成互联、智能绿色、安全可靠的新型数字基础设施 … 此外,《规划》还明确给出“十四五”时期信息通信行业发展主要指标,到2025年,每万人拥有26个5G基站,5G用户普及率达到56%等具体指标。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://article.cechina.cn/22/0209/09/20220209094804.htm',
        title: '中国自动化网 (cechina.cn)',
        quote:
          '“十四五”信息通信行业发展规划\n  “十四五”时期是我国全面建成小康社会之后,乘势而上开启全面建设社会主义现代化国家新征程的第一个五年,也是建设网络强国和数字中国、推进信息通信行业高质量发展的关键时期。为贯彻落实《中华人民共和国国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要》,指导信息通信行业未来五年发展,制定本规划。',
        supports: ['nameZh', 'relations'],
      },
      {
        url: 'https://triviumchina.com/2021/11/17/14th-five-year-plan-for-ict/',
        title: 'Trivium China',
        quote: 'Yesterday, MIIT released the 14th Five Year Plan (FYP) for the Information and Communications Industry.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.chnfcs.com/manual/86.html?pagenum=all',
        title: 'chnfcs.com',
        quote:
          'Recently, the Ministry of Industry and Information Technology issued the "14th Five-Year Plan" for the Development of the Information and Communication Industry (hereinafter referred to as the "Plan"). The "Plan" includes four major parts, 26 development priorities, and nearly 30,000 words',
        supports: ['name'],
      },
    ],
  },
  // ───────────── MIIT, 14th Five-Year Plan for the big data industry (November 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-big-data-industry-development',
    name: '14th Five-Year Plan for the Development of the Big Data Industry',
    nameZh: '“十四五”大数据产业发展规划',
    aliases: [
      '“14th Five-Year” Plan for the Development of the Big Data Industry',
      'Development Plan for the Big Data Industry during the "14th Five-Year Plan" Period',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2021-11-30',
    summary:
      'MIIT plan for the big data industry in 2021-2025: the industry to exceed 3 trillion yuan by 2025 with about 25% annual growth, with tasks that include cultivating the data-element market and building data security defences.',
    sources: [
      {
        url: 'https://xncapp.cn/article/zixundongtai/shizhengyaowen/20211207/36915.html',
        title: 'xncapp.cn',
        quote:
          '工业和信息化部日前发布《“十四五”大数据产业发展规划》(以下简称《规划》),提出到2025年,我国大数据产业测算规模突破3万亿元。 … 围绕加快培育数据要素市场、发挥大数据特性优势、夯实产业发展基础、构建稳定高效产业链、打造繁荣有序产业生态、筑牢数据安全保障防线6个方面提出了重点任务',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=26fc8ebcac5a48c3ab2149bc3e021a97',
        title: 'Watson & Band',
        quote:
          'On November 30, the China Ministry of Industry and Information Technology ("MIIT") issued the Development Plan for the Big Data Industry during the "14th Five-Year Plan" Period (the "Plan").',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/14th-five-year-plan-for-the-development-of-the-big-data-industry',
        title: 'CSET, Georgetown University (translation)',
        quote:
          '“14th Five-Year” Plan for the Development of the Big Data Industry\nMinistry of Industry and Information Technology',
        supports: ['name', 'aliases', 'issuers'],
      },
      {
        url: 'http://en.people.cn/n3/2021/1201/c90000-9927057.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          "Xinhua) 17:15, December 01, 2021\n\nBEIJING, Nov. 30 (Xinhua) -- China on Tuesday unveiled a development plan for the big data industry during the 14th Five-Year Plan period (2021-2025).\n\nThe scale of the country's big data industry will likely exceed 3 trillion yuan (about 470 billion U.S. dollars) by the end of 2025, with a compound annual growth rate of around 25 percent, the Ministry of Industry and Information Technology (MIIT) said.",
        supports: ['promulgated', 'summary'],
      },
    ],
  },
  // ───────────── MIIT, Big Data Industry Development Plan (2016-2020) ─────────────
  {
    id: 'document:big-data-industry-development-plan-2016-2020',
    name: 'Big Data Industry Development Plan (2016-2020)',
    nameZh: '大数据产业发展规划(2016-2020年)',
    aliases: ['Development Plan for the Big Data Industry (2016–2020)'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2016-12-18',
    summary:
      'MIIT plan for the big data industry in the 13th Five-Year period, written to carry out the national big data strategy and the State Council’s Action Outline for Promoting the Development of Big Data.',
    relations: [{ type: 'implements', target: 'document:action-outline-for-promoting-development-of-big-data', source: 0 }],
    sources: [
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fwww.kaivps.com%2Fnews-3-467.html&source=url&to=en',
        title: 'kaivps.com (machine translation)',
        quote:
          'Notice of the Ministry of Industry and Information Technology on Printing and Distributing the Big Data Industry Development Plan (2016-2020)\n\nGXBG [2016] No. 412 … In order to implement the 13th Five Year Plan for National Economic and Social Development of the People\'s Republic of China and the Action Plan for Promoting Big Data Development, accelerate the implementation of the national big data strategy, and promote the healthy and rapid development of the big data industry, our Ministry has prepared the Big Data Industry Development Plan (2016-2020). … Ministry of Industry and Information Technology\n\nDecember 18, 2016',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/54347',
        title: 'VCBeat',
        quote:
          "to implement the Outline of the 13th Five-Year Plan for National Economic and Social Development of the People's Republic of China and the Action Outline for Promoting Big Data Development, accelerate the implementation of the national big data strategy, and promote the healthy and rapid development of the big data industry, the Ministry of Industry and Information Technology has formulated the Development Plan for the Big Data Industry (2016–2020).",
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://qingdao.dzwww.com/finance/news/news_hot/201701/t20170118_15447950.htm',
        title: '大众网 (经济参考报)',
        quote:
          '17日,工信部连续发布《信息通信行业发展规划(2016-2020年)》《软件和信息技术服务业发展规划(2016-2020年)》和《大数据产业发展规划(2016-2020年)》。',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },
  // ───────────── MIIT, 14th Five-Year Plan for software and IT services (November 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-software-and-information-technology-service-industry',
    name: '14th Five-Year Plan for the Development of the Software and Information Technology Service Industry',
    nameZh: '“十四五”软件和信息技术服务业发展规划',
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2021-11-30',
    summary:
      'MIIT plan for the software and IT services sector in 2021-2025: software business revenue of enterprises above designated size to exceed 14 trillion yuan by 2025, more than one million industrial apps, and open-source communities with international influence.',
    sources: [
      {
        url: 'http://m.caijing.com.cn/article/239737?target=blank',
        title: '财经网 (上海证券报)',
        quote:
          '来源:上海证券报 2021-12-01 11:00:12 … 工业和信息化部昨天在一天内发布了三份重磅规划——《“十四五”信息化和工业化深度融合发展规划》《“十四五”软件和信息技术服务业发展规划》《“十四五”大数据产业发展规划》。根据这些规划,到2025年,我国规模以上软件企业业务收入要突破14万亿元',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.icvtank.com/newsinfo/577606.html',
        title: 'ICV TANK',
        quote:
          'On November 30, the Ministry of industry and information technology issued the "14th five year plan" for the development of software and information technology service industry',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'https://peoplesdaily.pdnews.cn/tech/er/30001453252',
        title: "People's Daily (Xinhua)",
        quote:
          'China on Tuesday unveiled a development plan for the software and information technology services sector during the 14th Five-Year Plan period (2021-2025). … The country aims to develop more than 1 million industrial applications by 2025 … The country will also build open source communities with international influence',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── MIIT, 14th Five-Year Plan for integrating informatization and industrialization (November 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-deep-integration-of-informatization-and-industrialization',
    name: '14th Five-Year Plan for the Deep Integration of Informatization and Industrialization',
    nameZh: '“十四五”信息化和工业化深度融合发展规划',
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2021-11-30',
    summary:
      'MIIT plan for the deep integration of informatization and industrialization in 2021-2025: the national index of integration of informatization and industrialization to reach 105 by 2025 and industrial internet platform penetration 45%.',
    relations: [{ type: 'based_on', target: 'document:outline-of-14th-five-year-plan', source: 0 }],
    sources: [
      {
        url: 'http://m.yktchina.com/zx/2021/1130/14834.html',
        title: 'yktchina.com',
        quote:
          '为深入贯彻《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的总体要求,11月30日,工业和信息化部连续发布了《“十四五”信息化和工业化深度融合发展规划》《“十四五”软件和信息技术服务业发展规划》《“十四五”大数据产业发展规划》等三个产业发展规划 … 即到2025年,信息化和工业化在更广范围、更深程度、更高水平上实现融合发展,全国两化融合发展指数达到105,企业经营管理数字化普及率达80%,数字化研发设计工具普及率达85%,关键工序数控化率达68%,工业互联网平台普及率达45%。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'http://m.caijing.com.cn/article/239737?target=blank',
        title: '财经网 (上海证券报)',
        quote:
          '来源:上海证券报 2021-12-01 11:00:12 … 工业和信息化部昨天在一天内发布了三份重磅规划——《“十四五”信息化和工业化深度融合发展规划》',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'https://jcipo.org/theme01/3660',
        title: 'JCIPO (Japan-China IP)',
        quote: '【『「十四五」情報化と工業化の深い融合発展計画』の解説】\n\n(2021年11月30日 工業・情報化部HPより)',
        supports: ['name', 'issuers'],
      },
    ],
  },
  // ───────────── MOFCOM, CAC, NDRC, 14th Five-Year Plan for e-commerce (October 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-e-commerce-development',
    name: '14th Five-Year Plan for E-commerce Development',
    nameZh: '“十四五”电子商务发展规划',
    aliases: ['Development Plan for E-Commerce in the 14th Five-Year'],
    kind: 'plan',
    status: 'final',
    issuers: ['mofcom', 'cac', 'ndrc'],
    summary:
      'Joint plan for e-commerce in the 14th Five-Year period that calls for revising the Anti-Monopoly Law and the E-Commerce Law, supporting rules on data security and personal information protection, and better platform governance rules.',
    sources: [
      {
        url: 'https://www.chinatrademonitor.com/china-sets-goals-to-improve-laws-governing-e-commerce/',
        title: 'China Trade Monitor',
        quote:
          'On October 26, China’s Ministry of Commerce, along with the National Development and Reform Commission and the Cyberspace Administration of China, issued the Development Plan for E-Commerce in the 14th Five-Year (link in Chinese). … the document emphasizes accelerating the revision of the Anti-Monopoly Law, promoting the revision of the E-Commerce Law, formulating the supporting regulations for data security, personal information protection and others, and improving rules for platform governance.',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://news.shi-fen.com/internet/202111/54-1152742.html',
        title: 'shi-fen.com',
        quote:
          '日前,商务部、中央网信办、国家发展改革委联合发布了《“十四五”电子商务发展规划》(以下简称《规划》),这为“十四五”时期电子商务发展作出了顶层设计。',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'http://chinadevelopment.com.cn/sh/2021/1029/1750065.shtml',
        title: '中国发展网',
        quote:
          '《“十四五”电子商务发展规划》谱写电子商务高质量发展新篇章 … 《规划》作为“十四五”时期商务领域重点专项规划,深入研判我国电子商务发展现状和趋势、分析面临机遇和挑战,阐明“十四五”时期电子商务发展方向和任务',
        supports: ['nameZh', 'kind', 'status'],
      },
    ],
  },
  // ───────────── CPC Central Committee and State Council, National Standardization Development Outline (October 2021) ─────────────
  {
    id: 'document:national-standardization-development-outline',
    name: 'National Standardization Development Outline',
    nameZh: '国家标准化发展纲要',
    aliases: ['Outline for the Development of National Standardization', 'Outline for the Development of National Standardisation'],
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    promulgated: '2021-10-10',
    summary:
      'Party and State Council outline for standardization: national standards drafted within 18 months on average, and standards for new fields such as the platform economy, the sharing economy and autonomous driving.',
    sources: [
      {
        url: 'http://cdmia.com.cn/news/detail/7586.html',
        title: 'cdmia.com.cn (新华社)',
        quote:
          '新华社北京 10 月 10 日电 近日,中共中央、国务院印发了《国家标准\n化发展纲要》,并发出通知,要求各地区各部门结合实际认真贯彻落实。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://en.icmtia.com/news/639.html',
        title: 'ICMTIA (Xinhua)',
        quote:
          'National Standardization Development Outline\nXinhua News Agency, Beijing, October 10 — Recently, the CPC Central Committee and the State Council issued the "National Standardization Development Outline"',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.breakinglatest.news/news/the-central-committee-of-the-communist-party-of-china-and-the-state-council-issued-the-outline-for-the-development-of-national-standardization-yunnan-information-port/',
        title: 'Breaking Latest News',
        quote:
          'The Central Committee of the Communist Party of China and the State Council issued the “Outline for the Development of National Standardization”',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://sesec.eu/2021/news-events/news/the-future-of-standardisation-chinas-outline-for-its-national-development/',
        title: 'SESEC (Seconded European Standardization Expert in China)',
        quote:
          'On 10 October 2021, the State Council published the Outline for the Development of National Standardisation, requiring all regions and departments to implement it. … In the future, standardization will be promoted in areas such as housing and property services, new energy vehicles, autonomous driving, platform economy and sharing economy. … China will optimize the standard supply, not only by shortening the average development period of national standards to 18 months',
        supports: ['aliases', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── CPC Central Committee and State Council, IP powerhouse outline (September 2021) ─────────────
  {
    id: 'document:outline-for-building-intellectual-property-powerhouse-2021-2035',
    name: 'Outline for Building an Intellectual Property Powerhouse (2021-2035)',
    nameZh: '知识产权强国建设纲要(2021-2035年)',
    aliases: [
      'Guidelines for Building a Powerful Country with Intellectual Property Rights (2021-2035)',
      'Guidelines for Building a Powerful Intellectual Property Nation (2021-2035)',
      'Outline for Building a Powerful Intellectual Property Country (2021-2035)',
      'Outline to Boost China\'s Competitiveness in the Area of Intellectual Property (2021-2035)',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    promulgated: '2021-09-22',
    summary:
      'Fifteen-year Party and State Council outline for making China an IP power: by 2025 patent-intensive industries at 13% of GDP and copyright industries at 7.5%, and by 2035 an IP powerhouse with Chinese characteristics basically built.',
    sources: [
      {
        url: 'http://macaumonthly.net/news/guonei/2021-09-23/425881.html',
        title: '澳门月刊 (中新社)',
        quote:
          '中新社北京9月22日电 中国官方最新发布《知识产权强国建设纲要(2021-2035年)》提出,到2025年,中国知识产权强国建设取得明显成效,到2035年,中国特色、世界水平的知识产权强国基本建成。\n中共中央、国务院近日印发《知识产权强国建设纲要(2021-2035年)》 … 专利密集型产业增加值占GDP比重达到13%,版权产业增加值占GDP比重达到7.5%',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://en.hengboip.com/article/item-164.html',
        title: 'Hengbo IP',
        quote:
          'The Outline for Building an Intellectual Property Powerhouse (2021-2035) issued by the CPC Central Committee and the State Council',
        supports: ['name', 'issuers'],
      },
      {
        url: 'http://www.chinaiptoday.com/post.html?id=1619',
        title: 'China IP Today',
        quote:
          'On September 22, 2021,  the Central Committee of the Communist Party of China and the State Council issued the “Guidelines for Building a Powerful Country with Intellectual Property Rights (2021-2035)” (知识产权强国建设纲要(2021-2035年)).',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://digitalpaper.stdaily.com/http_www.kjrb.com/ywtk/html/2021-09/30/content_525134.htm?div=-1',
        title: 'Science and Technology Daily',
        quote:
          'The roadmap, titled Guidelines for Building a Powerful Intellectual Property Nation (2021-2035), has set a series of goals for IPR.',
        supports: ['aliases'],
      },
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fwww.ah.jcy.gov.cn%2Fjctt%2F202109%2Ft20210924_3381474.shtml&source=url&to=en',
        title: 'Anhui Procuratorate (machine translation)',
        quote: 'The main contents of the Outline for Building a Powerful Intellectual Property Country (2021-2035) are as follows.',
        supports: ['aliases'],
      },
      {
        url: 'https://english.cnipa.gov.cn/art/2022/9/9/art_3038_178652.html',
        title: 'CNIPA',
        quote:
          "this plan is formulated in accordance with the 14th Five-Year Plan (2021–2025) and Long-Range Objectives through the Year 2035 of the People's Republic of China and the Outline to Boost China's Competitiveness in the Area of Intellectual Property (2021-2035).",
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── State Council, 14th Five-Year plan for IP protection and use (October 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-national-intellectual-property-protection-and-utilization',
    name: 'National Plan for the Protection and Utilisation of Intellectual Property Rights During the 14th Five-Year Plan Period',
    nameZh: '“十四五”国家知识产权保护和运用规划',
    aliases: [
      'National Plan for Protection and Application of Intellectual Property Rights During the 14th Five-Year Plan Period',
      '"14th Five-Year Plan" National Intellectual Property Protection and Utilization Plan',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2021-10-09',
    summary:
      'State Council plan, drafted by CNIPA, for IP protection and use in 2021-2025, with expected indicators in eight areas (such as high-value invention patents, overseas invention patent grants and registered IP pledge financing) and 15 special projects.',
    relations: [
      { type: 'based_on', target: 'document:outline-of-14th-five-year-plan', source: 0 },
      { type: 'based_on', target: 'document:outline-for-building-intellectual-property-powerhouse-2021-2035', source: 0 },
    ],
    sources: [
      {
        url: 'https://english.cnipa.gov.cn/art/2022/9/9/art_3038_178652.html',
        title: 'CNIPA',
        quote:
          "Circular of the State Council on Issuing the National Plan for the\n\nProtection and Utilisation of Intellectual Property Rights\n\nDuring the 14th Five-Year Plan Period\n\nGF (2021) No. 20 … The State Council\n\nOctober 9, 2021 … this plan is formulated in accordance with the 14th Five-Year Plan (2021–2025) and Long-Range Objectives through the Year 2035 of the People's Republic of China and the Outline to Boost China's Competitiveness in the Area of Intellectual Property (2021-2035).",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://zhiqiaolianhe.com/guowuyuanshisiwu/?lang=en',
        title: 'zhiqiaolianhe.com (translation)',
        quote:
          'Notice of the State Council on Printing and Distributing the "14th Five-Year Plan" National Intellectual Property Protection and Utilization Plan\n\n\nState Development [2021] No. 20',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://english.cnipr.com/cnipreng2011/iplaws/202112/t20211201_245589.html',
        title: 'CNIPR',
        quote:
          'The State Council recently released the National Plan for Protection and Application of Intellectual Property Rights During the 14th Five-Year Plan Period (henceforth the IP National Plan)',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-10/28/content_5647335.htm',
        title: '中国政府网 – 国务院印发“十四五”国家知识产权保护和运用规划 (新华社)',
        quote:
          '新華社北京10月28日電 國務院日前印發《“十四五”國家知識産權保護和運用規劃》(以下簡稱《規劃》)。',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'http://www.yingyonglm.com/2021/hyxw_1104/6397.html',
        title: 'yingyonglm.com',
        quote:
          '《規劃》由國家知識產權局會同有關部門編制,已于近日由國務院印發實施。 … 并就每萬人口高價值發明專利、海外發明專利授權量、知識產權質押融資登記金額等8個方面提出一系列預期性指標 … 設立了15個專項工程。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── State Council, 13th Five-Year Plan for National Informatization (December 2016) ─────────────
  {
    id: 'document:13th-five-year-plan-for-national-informatization',
    name: '13th Five-Year Plan for National Informatization',
    nameZh: '“十三五”国家信息化规划',
    kind: 'plan',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2016-12-27',
    summary:
      'State Council plan for informatization in 2016-2020: 5G, IPv6, smart manufacturing, cloud computing and the internet of things, open national databases, and cybersecurity legislation with risk alerts and emergency mechanisms.',
    sources: [
      {
        url: 'https://cioage.com/article/528611.html',
        title: 'CIOAge (经济参考报)',
        quote:
          '2016年12月27日,国务院正式印发“十三五”国家信息化规划,计划到2020年信息产业收入规模达26.2万亿元,信息消费规模达到6万亿元,电子商务交易规模超过38万亿元,网络零售额达到10万亿元。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://english.www.gov.cn/policies/latest_releases/2016/12/27/content_281475526646686.htm',
        title: 'english.gov.cn',
        quote:
          'A five-year plan on China’s national informatization (2016-2020) was issued by the State Council on Dec 27.\n\nAccording to the plan, China will put more resources into the development of cutting-edge information technology, including 5G wireless systems, IPv6, smart manufacturing, cloud computing and internet of things. … More integrated national databases, covering information from government, academic institutions and other public sectors, will be set up and open to the public … The plan also focused on cyber security, promoting legislation of relative laws and regulations, setting up risk alerts and an emergency mechanism.',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
    ],
  },
]
