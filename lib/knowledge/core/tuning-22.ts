import type { CoreAuthority, CoreInstrument } from './types';

/**
 * PRC documents and bodies that pages on data, health data, e-commerce and blockchain rules cite and
 * the graph lacked: the central plan for Shenzhen's comprehensive reform pilot (2020–2025), the
 * National Data Administration's draft opinions on data circulation service institutions, the CAC's
 * filing lists of domestic blockchain information services; and three bodies the gazetteer lacked: the
 * National Bureau of Statistics, the Jiangsu High People's Court and the Shenzhen Municipal Health
 * Commission.
 *
 * Left out: the bare English name "National Bureau of Statistics" (Nigeria, Tanzania and others have
 * a body of that name; it would need the phrase-name gate), and "关于规范电子商务经营者税收管理的公告",
 * for which no stored page states an issuer, number or date.
 */
export const CORE_TUNING_22: CoreInstrument[] = [
  // ───────────── Shenzhen comprehensive reform pilot (2020–2025) ─────────────
  {
    id: 'document:shenzhen-comprehensive-reform-pilot-implementation-plan-2020-2025',
    name: 'Implementation Plan for the Comprehensive Reform Pilot of Shenzhen Building a Pilot Demonstration Zone of Socialism with Chinese Characteristics (2020–2025)',
    nameZh: '深圳建设中国特色社会主义先行示范区综合改革试点实施方案(2020-2025年)',
    aliases: ['implementation plan of comprehensive pilot reform (2020-2025) for building Shenzhen into a pilot demonstration area of socialism with Chinese characteristics'],
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    promulgated: '2020-10-11',
    summary:
      'The central plan that lets Shenzhen run a comprehensive reform pilot by authorising it, through lists of powers, to reform key fields on its own: 27 reform measures and a first batch of 40 authorised items.',
    sources: [
      {
        url: 'http://laqyhz.xinhua08.com/a/20201013/1958757_2.shtml',
        title: '新华08网 – 中共中央办公厅 国务院办公厅印发《深圳建设中国特色社会主义先行示范区综合改革试点实施方案(2020-2025年)》(2)',
        quote: '中共中央办公厅 国务院办公厅印发《深圳建设中国特色社会主义先行示范区综合改革试点实施方案(2020-2025年)》(2)',
        supports: ['nameZh', 'issuers', 'kind', 'status'],
      },
      {
        url: 'https://kuaihz.com/tid5/tid498_830153.html',
        title: 'kuaihz.com – 深圳综合改革试点实施方案',
        quote:
          '10月11日,中办、国办印发《深圳建设中国特色社会主义先行示范区综合改革试点实施方案(2020-2025年)》(下称“《实施方案》”)。 … 支持深圳实施综合改革试点,以清单批量授权方式赋予深圳在重要领域和关键环节改革上更多自主权,一揽子推出27条改革举措和40条首批授权事项。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://www.eyeshenzhen.com/content/2021-01/07/content_23872115.htm',
        title: 'Eye on Shenzhen (Shenzhen Daily) – Pilot reforms drive city to deepen reform',
        quote:
          'Great progress has been made in building Shenzhen into a pilot demonstration area of socialism with Chinese characteristics since China unveiled a detailed plan on implementing pilot reforms in the city Oct. 11, 2020, Shenzhen Special Zone Daily reported.\n\nShenzhen, granted with greater autonomy in the reform of important areas, will advance higher-level reform and opening up towards higher goals, according to the plan set for the 2020-2025 period.',
        supports: ['name', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.eyeshenzhen.com/content/2021-02/22/content_23988417.htm',
        title: 'Eye on Shenzhen (Shenzhen Daily) – Key reform tasks laid out for 2021',
        quote:
          'push forward comprehensive pilot programs around 27 reform measures and the first batch of 40 authorization items arranged in the implementation plan of comprehensive pilot reform (2020-2025) for building Shenzhen into a pilot demonstration area of socialism with Chinese characteristics',
        supports: ['name', 'aliases', 'summary'],
      },
    ],
  },

  // ───────────── NDA: data circulation service institutions (draft, December 2025) ─────────────
  {
    id: 'document:opinions-on-cultivating-data-circulation-service-institutions-draft',
    name: 'Opinions on Cultivating Data Circulation Service Institutions and Accelerating the Marketization and Valorization of Data Elements (Draft for Comment)',
    nameZh: '关于培育数据流通服务机构 加快推进数据要素市场化价值化的意见(征求意见稿)',
    kind: 'normative_document',
    status: 'draft',
    issuers: ['nda'],
    promulgated: '2025-12-26',
    summary:
      'The National Data Administration’s draft opinions on data exchanges, data circulation platform enterprises and data merchants: clearer roles, better services and supervision of the bodies that broker data trading; comments were taken from 26 December 2025 to 4 January 2026.',
    sources: [
      {
        url: 'https://www.secrss.com/articles/86461',
        title: '安全内参 – 国家数据局综合司关于《关于培育数据流通服务机构 加快推进数据要素市场化价值化的意见(征求意见稿)》公开征求意见',
        quote:
          '我们研究起草了《关于培育数据流通服务机构 加快推进数据要素市场化价值化的意见(征求意见稿)》,现向社会公开征求意见。\n\n此次征求意见的时间为2025年12月26日至2026年1月4日。欢迎社会各界人士提出意见,请通过电子邮件方式将意见发送至shujushichangchu@nda.gov.cn。\n\n感谢您的参与和支持!\n\n附件:《关于培育数据流通服务机构 加快推进数据要素市场化价值化的意见(征求意见稿)》\n\n国家数据局综合司\n\n2025年12月26日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.secrss.com/articles/86461',
        title: '安全内参 – 关于培育数据流通服务机构 加快推进数据要素市场化价值化的意见(征求意见稿)',
        quote:
          '数据流通服务机构是链接数据供需双方,促进数据流通交易,推进数据要素市场化价值化的重要主体,包括数据交易所(中心)、数据流通服务平台企业、数据商等。当前,各类数据流通服务机构竞相发展,在优化数据资源配置、拓展数据应用场景、激发数据市场活力等方面发挥了积极作用,但也存在功能定位尚不清晰、服务能力仍有短板、监督管理亟待完善等新情况新问题。',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ───────────── CAC: filing lists of domestic blockchain information services ─────────────
  {
    id: 'document:domestic-blockchain-information-service-filing-list',
    name: 'Domestic Blockchain Information Service Filing List',
    nameZh: '境内区块链信息服务备案清单',
    zhShortNames: ['区块链信息服务备案清单'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    summary:
      'The batches in which the CAC publishes the names and filing numbers of domestic blockchain information services filed under its 2019 blockchain provisions; the first batch (March 2019) listed 197 services, and a filing is a registration, not an endorsement.',
    sources: [
      {
        url: 'http://hufeng.ink/2019/04/01/RecordOfBlockchain/',
        title: 'hufeng.ink – 首批公告!《境内区块链信息服务备案清单(第一批)》的解读',
        quote:
          '首批公告!《境内区块链信息服务备案清单(第一批)》的解读\n2019年3月30日17:04分,国家互联网信息办公室发布了第一批境内区块链信息服务备案编号的公告,为区块链行业的规范发展注入了新的动力。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://data.winndoo.cn/zixun/detail/34626.html',
        title: '证券日报 (via winndoo) – 网信办首批区块链信息服务备案:不得用于商业目的',
        quote:
          '日前,国家互联网信息办公室官网发布公告,披露第一批共197个境内区块链信息服务名称及备案编号。 … 网信办表示,备案仅是对主体区块链信息服务相关情况的登记,不代表对其机构、产品和服务的认可,并强调,任何机构和个人不得用于任何商业目的。',
        supports: ['issuers', 'summary'],
      },
    ],
  },
];

/**
 * Bodies the gazetteer lacked. The statistics bureau goes in as "China National Bureau of Statistics":
 * the matcher would read its full English title "… of the People's Republic of China" as the bare
 * "National Bureau of Statistics" too, which other countries' bureaus share.
 */
export const CORE_AUTHORITIES_TUNING_22: readonly CoreAuthority[] = [
  // The State Council's statistics agency: pages cite its figures on e-commerce, the digital economy and data.
  {
    slug: 'nbs',
    name: 'China National Bureau of Statistics',
    nameZh: '国家统计局',
    kind: 'government',
    sources: [
      {
        url: 'http://www.bloomberg.com/quote/CNRSCYOY:IND',
        title: 'Bloomberg – China Retail Sales Value YoY',
        quote:
          'The removal of the data has been confirmed by the official source, China National Bureau of Statistics (NBS). According to NBS, January data was never available as the reporting of January data is exempted officially.',
        supports: ['name'],
      },
      {
        url: 'http://chinanews.com.cn/cj/2010/09-10/2526337.shtml',
        title: '中国新闻网 – 国家统计局解释周六发布数据原因',
        quote: '中新网9月10日电 据国家统计局网站消息,国家统计局新闻处负责人解释11日(周六)发布数据的原因,称是应公众要求,缩短数据生产与发布时间的间隔,尽快与大家分享统计调查结果,无其他原因。',
        supports: ['nameZh'],
      },
    ],
  },
  // Jiangsu's high court: pages cite its rulings on copyright, platforms and short dramas.
  {
    slug: 'jiangsu-high-court',
    name: 'Jiangsu High People’s Court',
    nameZh: '江苏省高级人民法院',
    kind: 'court',
    sources: [
      {
        url: 'https://js.cri.cn/2022-03-31/d9961d05-c0c2-5859-360b-17b97d28689a.html',
        title: '国际在线 江苏 – 江苏高院发布第三批弘扬中华优秀传统文化典型案例',
        quote:
          '国际在线江苏报道:为立足社会生活,讲好中国法治故事,3月30日,江苏省高级人民法院、中国法学会案例法学研究会江苏研究基地发布第三批江苏法院弘扬中华优秀传统文化的典型案例。',
        supports: ['name', 'nameZh'],
      },
      {
        url: 'https://eservice.kangxin.com/html/1/393/6429.html',
        title: 'Kangxin Partners – Intellectual property judicial protection in Jiangsu courts (2024)',
        quote:
          'In 2024, courts across Jiangsu accepted a total of 37,445 intellectual property cases, a year-on-year decrease of 3.98%. … Focusing on the requirement of “accelerating the development of new productive forces,” the Provincial High People’s Court issued 12 judicial measures',
        supports: ['name'],
      },
    ],
  },
  // Shenzhen's health authority: it drafted the city's health data measures.
  {
    slug: 'shenzhen-health-commission',
    name: 'Shenzhen Municipal Health Commission',
    nameZh: '深圳市卫生健康委员会',
    aliases: ['Public Hygiene and Health Commission of Shenzhen Municipality', 'Shenzhen Health Commission'],
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.sz.gov.cn/en_szgov/govt/agencies/p/content/post_11259162.html',
        title: 'Shenzhen Government Online – Public Hygiene and Health Commission of Shenzhen Municipality',
        quote:
          'Public Hygiene and Health Commission of Shenzhen Municipality\nFrom: Shenzhen Government Online\nUpdated: 2024-04-25 22:04\n\nMain duties:\n\n\n1. Draft local regulations, rules, policies, and plans for health development, and organize their implementation.',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.scmp.com/news/china/society/article/3093803/china-coronavirus-shenzhen-makes-it-easier-people-report-health',
        title: 'South China Morning Post – Coronavirus in China: Shenzhen makes it easier for people to report health concerns',
        quote:
          'Their aim is to “provide transparency on future health crises and eradicate rumours and false information”, and will allow people to “safely report health issues through established hotlines”, the Shenzhen Health Commission said on Saturday.',
        supports: ['aliases'],
      },
      {
        url: 'https://ehs.cn/law/111580.html',
        title: 'EHS 法规库 – 深圳市新型冠状病毒感染的肺炎重点场所预防控制指引',
        quote: '市新型冠状病毒感染的肺炎疫情防控指挥部办公室疫情防控组\n深圳市卫生健康委员会\n2020年1月31日',
        supports: ['nameZh'],
      },
    ],
  },
];
