/**
 * Curated core layer: PRC documents pages cite that the graph lacked — the Market Access Negative
 * List and the special market-access measures for Hainan, Shenzhen, Hengqin and Nansha, the Pudong
 * comprehensive reform pilot plan (2023–2027), Hohhot's "AI+" in-depth application plan, NFRA's
 * interim measures on microloan companies and MIIT's catalogue of telecommunications equipment under
 * network access licensing. Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_TUNING_GAPS_12: CoreInstrument[] = [
  // ───────────── Market Access Negative List (the national list itself, every edition) ─────────────
  {
    id: 'document:market-access-negative-list',
    name: 'Market Access Negative List',
    nameZh: '市场准入负面清单',
    aliases: ['Negative List for Market Access'],
    kind: 'other',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    summary:
      'The single national list of market access, issued in successive editions by the NDRC and MOFCOM; all kinds of market entities may enter, lawfully and on equal terms, the sectors, fields and businesses outside it.',
    relations: [{ type: 'based_on', target: 'document:opinions-of-state-council-on-implementing-negative-list-system-for-market-access', source: 1 }],
    sources: [
      {
        url: 'https://finance.gucheng.com/201812/3619815.shtml',
        title: '中国财经网 (gucheng.com) – 我国全面实施市场准入负面清单制度',
        quote:
          '国家发展改革委、商务部25日联合发布《市场准入负面清单(2018年版)》。这标志着我国全面实施市场准入负面清单制度,负面清单以外的行业、领域、业务等,各类市场主体皆可依法平等进入。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://knowcat.cn/p/20240617/1288956.html',
        title: 'knowcat.cn (reprint of a 2018 NDRC press conference report)',
        quote:
          '2015年10月,国务院印发《关于实行市场准入负面清单制度的意见》(国发〔2015〕55号,以下简称《意见》),对建立和实施市场准入负面清单制度作出全面安排。国家发展改革委、商务部按照部署要求,牵头开展试点、制定清单等改革工作。',
        supports: ['issuers', 'relations'],
      },
      {
        url: 'https://www.eurobiz.com.cn/understanding-new-rules-for-market-access-in-china/',
        title: 'EURObiz – Understanding New Rules for Market Access in China',
        quote:
          'In 2016, the National Development and Reform Commission (NDRC) and the Ministry of Commerce (MOFCOM) jointly issued the trial Notice on the Release of the Draft Negative List for Market Access (Negative List for Market Access)',
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────── Hainan Free Trade Port: special measures relaxing market access (2021) ─────────────
  {
    id: 'document:opinions-on-special-measures-relaxing-market-access-hainan-free-trade-port',
    name: 'Opinions on Several Special Measures for Relaxing Market Access in Support of the Construction of Hainan Free Trade Port',
    nameZh: '关于支持海南自由贸易港建设放宽市场准入若干特别措施的意见',
    zhShortNames: ['发改体改〔2021〕479号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    code: '发改体改〔2021〕479号',
    summary:
      'NDRC and MOFCOM opinions with 22 measures in five fields that relax market access in the Hainan Free Trade Port, among them support for online sales of prescription drugs.',
    sources: [
      {
        url: 'http://hhygw.cn/dww/ddqc/20210409/64835.html',
        title: 'hhygw.cn (reprint of the full text)',
        quote:
          '國家發展改革委 商務部關于支持海南自由貿易港建設放寬市場準入若干特別措施的意見\n發改體改〔2021〕479號\n海南省人民政府,國務院有關部委、有關直屬機構:',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'code'],
      },
      {
        url: 'https://epaper.gmw.cn/gmrb/html/2021-04/09/nw.D110000gmrb_20210409_1-10.htm',
        title: '光明日报 (2021-04-09)',
        quote:
          '近日,国家发展改革委、商务部联合印发《关于支持海南自由贸易港建设放宽市场准入若干特别措施的意见》(以下简称《意见》)。 … 徐善长介绍,《意见》共包含五大领域22条具体措施。其中,在医疗领域,《意见》提出支持开展互联网处方药销售',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Shenzhen pilot demonstration zone: special measures relaxing market access (2022) ─────────────
  {
    id: 'document:opinions-on-special-measures-relaxing-market-access-shenzhen-pilot-demonstration-zone',
    name: 'Opinions on Several Special Measures for Relaxing Market Access in Shenzhen’s Construction of a Pilot Demonstration Zone of Socialism with Chinese Characteristics',
    nameZh: '关于深圳建设中国特色社会主义先行示范区放宽市场准入若干特别措施的意见',
    kind: 'normative_document',
    status: 'final',
    summary:
      'Special market-access measures for Shenzhen: 24 measures in six fields, among them a data exchange, an electronic components and integrated circuit trading centre, an electronic prescription centre and low-altitude airspace pilots.',
    sources: [
      {
        url: 'https://c.m.163.com/news/a/GUL36UU005129QAF.html',
        title: '网易新闻 (南方都市报)',
        quote:
          '1月26日,国家发改委官网发布《关于深圳建设中国特色社会主义先行示范区放宽市场准入若干特别措施的意见》(下称《意见》),标志着深圳放宽市场准入特别措施正式发布。 … 《意见》内容主要有6大领域,包括24条具体措施',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://c.m.163.com/news/a/GUL36UU005129QAF.html',
        title: '网易新闻 (南方都市报)',
        quote:
          '以数据交易所、市场化运作的电子元器件和集成电路国际交易中心、国际先进技术应用推进中心、深圳电子处方中心、深化粤港澳大湾区低空空域管理试点等涉及深圳科技创新、产业链供应链、航空枢纽建设、湾区协同、数字经济等关键领域',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Hengqin Guangdong-Macao cooperation zone: special measures relaxing market access (2023) ─────────────
  {
    id: 'document:opinions-on-special-measures-relaxing-market-access-hengqin-cooperation-zone',
    name: 'Opinions on Special Measures for Relaxing Market Access in Support of the Hengqin Guangdong-Macao In-Depth Cooperation Zone',
    nameZh: '关于支持横琴粤澳深度合作区放宽市场准入特别措施的意见',
    zhShortNames: ['发改体改〔2023〕1730号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    promulgated: '2023-12',
    code: '发改体改〔2023〕1730号',
    summary:
      'NDRC and MOFCOM opinions on special measures relaxing market access in the Hengqin Guangdong-Macao In-Depth Cooperation Zone, to build a market access system that better promotes the appropriate diversification of Macao’s economy.',
    sources: [
      {
        url: 'https://www.mct.gov.cn/gtb/index.jsp?url=https%3A%2F%2Fwww.mct.gov.cn%2Fpreview%2Fwhhlyqyzcxxfw%2Fyshjxf%2F202401%2Ft20240108_950720.html',
        title: 'Ministry of Culture and Tourism (traditional-script page)',
        quote:
          '國家發展改革委 商務部關於支持橫琴粵澳深度合作區放寬市場准入特別措施的意見\n發布機構:\n國家發展和改革委員會;商務部\n類:\n營商環境\n號:\n發改體改〔2023〕1730號\n發布日期:\n2023年12月26日',
        supports: ['name', 'kind', 'status', 'issuers', 'zhShortNames', 'code', 'promulgated'],
      },
      {
        url: 'https://m.bjx.com.cn/mnews/20231226/1352374.shtml',
        title: '北极星电力网',
        quote: '12月26日,国家发展改革委、商务部发布关于支持横琴粤澳深度合作区放宽市场准入特别措施的意见。',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'http://law.foodmate.net/show-226067.html',
        title: 'law.foodmate.net (full text)',
        quote: '为贯彻党中央、国务院决策部署,构建更好促进澳门经济适度多元发展的市场准入体系和市场环境,坚持改革创新,推动制度型开放',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Guangzhou Nansha: relaxing market access and reforming supervision (2024) ─────────────
  {
    id: 'document:opinions-on-supporting-nansha-in-relaxing-market-access-and-reforming-regulatory-system',
    name: 'Opinions on Supporting Guangzhou Nansha in Relaxing Market Access and Strengthening the Reform of the Regulatory System',
    nameZh: '关于支持广州南沙放宽市场准入与加强监管体制改革的意见',
    zhShortNames: ['南沙意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'mofcom', 'samr'],
    summary:
      'NDRC, MOFCOM and SAMR opinions easing market access in Guangzhou’s Nansha — services trade, cross-border investment and financing, unmanned systems, marine equipment, biomedicine, green technology and seeds — together with regulatory reform.',
    sources: [
      {
        url: 'http://en.jztmaker.com/news_1/10.html',
        title: 'en.jztmaker.com (news, 10 January 2024)',
        quote: 'On January 9, the National Development and Reform Commission, the Ministry of Commerce, and the State Administration for Market Regulation jointly released the "Opinions on Supporting Guangzhou Nansha in Relaxing Market Access and Strengthening Regulatory System Reform" … The measures to ease market access cover a range of areas, including innovation in trade in services, a comprehensive cross-border investment and financing service system for enterprises … they encompass key sectors such as integrated unmanned systems spanning sea, land, and air, high-end marine equipment manufacturing, biopharmaceuticals, green and low-carbon technologies, and the seed industry.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://todaymg.com/a/fa-gai-wei-tong-guo-shou-chuang-xing-gai-ge-ju-cuo-zhao-li-wei-nan-sha-gao-zhi-liang-fa-zhan-zhu-ru-xin-dong-neng.html',
        title: '新京报贝壳财经 (via todaymg.com)',
        quote: '3月22日國家發展改革委副秘書長肖渭明在新聞發佈會上表示,《關於支持廣州南沙放寬市場準入與加強監管體制改革的意見》堅持改革創新、先立後破 … 確保《南沙意見》能夠儘快落地見效',
        supports: ['nameZh', 'zhShortNames'],
      },
    ],
  },

  // ───────────── Pudong New Area comprehensive reform pilot plan (2023–2027) ─────────────
  {
    id: 'document:pudong-new-area-comprehensive-reform-pilot-implementation-plan-2023-2027',
    name: 'Implementation Plan for the Comprehensive Reform Pilot Program of Pudong New Area (2023–2027)',
    nameZh: '浦东新区综合改革试点实施方案(2023-2027年)',
    zhShortNames: ['浦东新区综合改革试点实施方案'],
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    promulgated: '2024-01',
    summary:
      'Plan of the General Offices of the CPC Central Committee and the State Council, for 2023–2027, giving Pudong greater autonomy for reforms in key areas and key links.',
    sources: [
      {
        url: 'https://www.shine.cn/news/metro/2401225073/',
        title: 'Shanghai Daily – China releases plan for Pudong New Area\'s pilot comprehensive reform',
        quote:
          '21:10 UTC+8, 2024-01-22\nThe General Office of the CPC Central Committee and the General Office of the State Council have released a plan for the pilot comprehensive reform of Pudong New Area of Shanghai. … The plan, with a 2023-2027 timeframe, aims to support the high-level reform and opening up of Pudong New Area, as well as efforts to build Pudong into a leading area for socialist modernization.\n\nAccording to the plan, Pudong New Area will be provided with greater autonomy in reforms in "key areas" and "key links".',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://news.online.sh.cn/news/gb/content/2024-09/19/content_10243761.htm',
        title: '东方网 – 深化浦东新区综合改革试点 市政协举行专题通报会',
        quote:
          '1月22日,中共中央办公厅、国务院办公厅印发《浦东新区综合改革试点实施方案(2023—2027年)》。半年多来,浦东新区综合改革试点扎实推进,方案涉及的157项任务已落地76项',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
    ],
  },

  // ───────────── Hohhot "AI+" in-depth application action plan (2024–2026) ─────────────
  {
    id: 'document:hohhot-action-plan-for-ai-plus-in-depth-application-2024-2026',
    name: 'Hohhot Action Plan for Accelerating the In-Depth Application of "Artificial Intelligence+" (2024–2026)',
    nameZh: '加快推进“人工智能+”深度应用行动方案(2024—2026年)',
    zhShortNames: ['呼和浩特市人民政府关于印发加快推进“人工智能+”深度应用行动方案(2024—2026年)的通知', '呼政发〔2024〕24号'],
    kind: 'plan',
    status: 'final',
    promulgated: '2024-07-17',
    code: '呼政发〔2024〕24号',
    summary:
      'Hohhot’s plan to deepen AI use: by the end of 2025, one or two AI application scenarios in each relevant municipal department, more and better public data, and an intelligent computing centre and computing-power scheduling platform in operation.',
    sources: [
      {
        url: 'http://www.alexaskoulis.com/News/Detail?id=24291',
        title: 'alexaskoulis.com (reprint of the Hohhot government notice, traditional script)',
        quote:
          '呼和浩特市人民政府關于印發加快推進“人工智能+”深度應用行動方案(2024—2026年)的通知\n呼和浩特市人民政府\n關于印發加快推進“人工智能+”深度應用行動方案(2024—2026年)的通知\n呼政發〔2024〕24號',
        supports: ['name', 'zhShortNames', 'kind', 'status', 'code'],
      },
      {
        url: 'http://www.alexaskoulis.com/News/Detail?id=24291',
        title: 'alexaskoulis.com (reprint of the Hohhot government notice, traditional script)',
        quote:
          '現將《加快推進“人工智能+”深度應用行動方案(2024—2026年)》印發給你們,請結合實際,認真貫徹落實。\n呼和浩特市人民政府\n2024年7月17日',
        supports: ['nameZh', 'promulgated'],
      },
      {
        url: 'http://www.alexaskoulis.com/News/Detail?id=24291',
        title: 'alexaskoulis.com (reprint of the Hohhot government notice, traditional script)',
        quote:
          '——2025年底,市本級各相關部門基本具備1-2個人工智能技術應用特色場景;各旗縣區、市屬國有企業研究形成本地區、本單位“人工智能+”發展規劃并開展“小切口”應用;公共數據質量、總量大幅提升;智能算力中心及算力資源調度平臺建成并投入運營',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Microloan companies: NFRA interim measures (2024) ─────────────
  {
    id: 'document:interim-measures-for-supervision-and-administration-of-microloan-companies',
    name: 'Interim Measures for the Supervision and Administration of Microloan Companies',
    nameZh: '小额贷款公司监督管理暂行办法',
    aliases: ['Interim Measures for the Supervision and Administration of Micro-Lending Companies'],
    zhShortNames: ['金规〔2024〕26号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nfra'],
    code: '金规〔2024〕26号',
    summary:
      'NFRA’s rules for microloan companies: NFRA writes the supervisory rules and guides and oversees the provincial local financial regulators, which bear overall responsibility for supervision, with an exit mechanism for companies that do not operate properly.',
    sources: [
      {
        url: 'https://jingtian.com/Content/2025/02-05/1650030052.html',
        title: '竞天公诚 – 浅析《小额贷款公司监督管理暂行办法》',
        quote:
          '不久前,国家金融监督管理总局(以下简称“国金局”)发布了《小额贷款公司监督管理暂行办法》(金规〔2024〕26号,以下简称“《暂行办法》”),对于小额贷款公司的监督管理做出了全面且详细的规定。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'code'],
      },
      {
        url: 'https://jingtian.com/Content/2025/02-05/1650030052.html',
        title: '竞天公诚 – 浅析《小额贷款公司监督管理暂行办法》',
        quote:
          '《暂行办法》确立了国金局指导和监督,省级地方金融管理机构负总责,各级派出机构加强协同的监管体系。国金局负责制定监管规则,对省级地方金融管理机构进行业务指导和监督。',
        supports: ['summary'],
      },
      {
        url: 'https://www.itiger.com/news/1115950115',
        title: 'Tiger Brokers (Deep News) – Jiangxi, Shanghai release micro-lending rules',
        quote:
          'to implement the National Financial Regulatory Administration\'s "Interim Measures for the Supervision and Administration of Micro-Lending Companies" (Jin Gui [2024] No. 26), formulated three supporting systems',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1160341764800909312',
        title: 'Reportify (北京商报)',
        quote: 'The National Financial Supervision Administration issued interim measures for the supervision of microloan companies, establishing an exit mechanism for non-normative operations',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Catalogue of telecommunications equipment under network access licensing (MIIT) ─────────────
  {
    id: 'document:catalogue-of-telecommunications-equipment-subject-to-network-access-licensing',
    name: 'Catalogue of Telecommunications Equipment Subject to the Network Access Licensing System',
    nameZh: '实行进网许可制度的电信设备目录',
    aliases: ['Telecommunications Equipment Network Access License Catalogue'],
    kind: 'other',
    status: 'final',
    issuers: ['miit'],
    summary:
      'The list, set by MIIT, of the telecommunications terminal, radio communication and interconnection equipment that must obtain a network access licence.',
    relations: [{ type: 'based_on', target: 'document:telecommunications-regulations', source: 0 }],
    sources: [
      {
        url: 'https://jla-iab.com/En/Scopeofservice/Telecommunicationsequipmentacces/16.html',
        title: 'JLA Testing – Telecommunications Equipment Access License (NAL/CTA)',
        quote:
          'Telecommunications terminal equipment, radio communication equipment and equipment related to internetwork access to public telecommunications networks must meet the standards set by the State and obtain network access licenses. The catalogue of telecommunications equipment subject to the network access licensing system shall be formulated and promulgated for implementation by the department in charge of information industry under The State Council',
        supports: ['name', 'kind', 'status', 'summary', 'relations'],
      },
      {
        url: 'https://www.dms-mark.com/en/NewsDetail/6796051.html',
        title: 'DMS – China network access licence (CTA)',
        quote:
          'For information on whether equipment needs network access permission, please refer to the Telecommunications Equipment Network Access License Catalogue (published regularly by MIIT).',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://m.zhengzhoudaijia.com/articledetail/623.html',
        title: 'zhengzhoudaijia.com (reprinted explainer on network access licences; spam-laden page)',
        quote: '它主要針對那些尚無正式國家標準、行業標準,或未列入《第一批實行進網許可制度的電信設備目錄》的電信新設備。',
        supports: ['nameZh'],
      },
    ],
  },
];
