/**
 * The general offices of ministries and regulators as issuers: PRC notices very often come from a
 * ministry's general office (工业和信息化部办公厅关于…的通知, 教育部办公厅印发…), and for the CAC from its
 * secretariat (国家互联网信息办公室秘书局, 中央网信办秘书局) or, for the National Data Administration,
 * its comprehensive department (国家数据局综合司). Pages name these offices as the issuing body; the
 * ministry's name at the head of the office's name is not the ministry itself (page-recogniser.ts),
 * so each office needs its own entry to be found whole. Kinds follow the parent body's. Every name
 * is quoted from a stored page.
 */
import type { AuthorityVariant, CoreAuthority } from './types';

const SECZK_APP_METHOD = {
  url: 'http://www.seczk.com/?type=newsinfo&S_id=1544',
  title: '关于印发《App违法违规收集使用个人信息行为认定方法》的通知(安联智库)',
  quote:
    '国家互联网信息办公室秘书局\n\n工业和信息化部办公厅\n\n公安部办公厅\n\n国家市场监督管理总局办公厅\n\n关于印发《App违法违规收集使用个人信息行为认定方法》的通知\n\n国信办秘字〔2019〕191号',
} as const;

const DATACOMPLIANCE_APP_METHOD = {
  url: 'https://datacompliancechina.com/laws/app-illegal-pi-collection-identification-method/',
  title: 'Data Compliance China – Method for Identifying the Unlawful Collection and Use of Personal Information by Apps',
  quote:
    'Promulgated by: Secretariat of the Cyberspace Administration of China, General Office of the Ministry of Industry and Information Technology, General Office of the Ministry of Public Security, and General Office of the State Administration for Market Regulation. Document No.: 国信办秘字〔2019〕191号.',
} as const;

const PKULAW_APP_METHOD = {
  url: 'http://en.pkulaw.cn/display.aspx?cgid=20707917239546b4bdfb&lib=law',
  title: 'PKULaw',
  quote:
    'Notice by the Secretary Bureau of the Cyberspace Administration of China, the General Office of the Ministry of Industry and Information Technology, the General Office of the Ministry of Public Security and the General Office of the State Administration for Market Regulation of Issuing the Measures for the Determination of the Collection and Use of Personal Information by Apps in Violation of Laws and Regulations [Effective]',
} as const;

const XZZXEDU_ALGORITHM_CAMPAIGN = {
  url: 'http://xzzxedu.org/xzzxedu/“清朗·网络平台算法典型问题治理”专项行动/65137994',
  title: 'xzzxedu.org (encyclopedia entry) – “清朗·网络平台算法典型问题治理”专项行动',
  quote:
    '“清朗·网络平台算法典型问题治理”专项行动是2024年11月12日起至2025年2月14日,中央网络安全和信息化委员会办公室秘书局、工业和信息化部办公厅、公安部办公厅、国家市场监督管理总局办公厅四部门开展的专项行动。',
} as const;

export const CORE_AUTHORITIES_OFFICES_19: readonly CoreAuthority[] = [
  {
    slug: 'general-office-of-miit',
    name: 'General Office of the Ministry of Industry and Information Technology',
    nameZh: '工业和信息化部办公厅',
    kind: 'ministry',
    sources: [
      { ...DATACOMPLIANCE_APP_METHOD, supports: ['name'] },
      {
        url: 'http://en.camdi.org/news/4739',
        title: 'CAMDI – Circular of the General Office of the Ministry of Industry and Information Technology on Issuing the Work Plan …',
        quote:
          'Circular of the General Office of the Ministry of Industry and Information Technology on Issuing the Work Plan for Soliciting Institutions to Undertake Key Tasks of Innovations in the New Generation Artificial Intelligence Industry',
        supports: ['name'],
      },
      { ...SECZK_APP_METHOD, supports: ['nameZh'] },
      { ...XZZXEDU_ALGORITHM_CAMPAIGN, supports: ['nameZh'] },
    ],
  },
  {
    slug: 'general-office-of-moe',
    name: 'General Office of the Ministry of Education',
    nameZh: '教育部办公厅',
    kind: 'ministry',
    sources: [
      {
        url: 'https://www.lexiscn.com/latest_message.php?id=324764',
        title: 'LexisNexis China – MOE to Work Together with Cyberspace Regulators on Rectifying the Chaotic Situation of School Apps',
        quote:
          'The General Office of the Ministry of Education ("MOE") has recently issued the 2019 Key Tasks on Educational Informatization and Cybersecurity (the "Key Tasks").',
        supports: ['name'],
      },
      {
        url: 'http://www.zhongshewang.cn/portal.php?aid=292&mod=view',
        title: '中社网 – 教育部办公厅印发通知,加强中小学人工智能教育',
        quote: '近日,教育部办公厅印发通知,探索中小学人工智能教育实施途径,加强中小学人工智能教育。',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'general-office-of-mps',
    name: 'General Office of the Ministry of Public Security',
    nameZh: '公安部办公厅',
    kind: 'ministry',
    sources: [
      { ...DATACOMPLIANCE_APP_METHOD, supports: ['name'] },
      { ...PKULAW_APP_METHOD, supports: ['name'] },
      { ...SECZK_APP_METHOD, supports: ['nameZh'] },
      { ...XZZXEDU_ALGORITHM_CAMPAIGN, supports: ['nameZh'] },
    ],
  },
  {
    slug: 'general-office-of-samr',
    name: 'General Office of the State Administration for Market Regulation',
    nameZh: '国家市场监督管理总局办公厅',
    kind: 'regulator',
    sources: [
      { ...DATACOMPLIANCE_APP_METHOD, supports: ['name'] },
      { ...PKULAW_APP_METHOD, supports: ['name'] },
      { ...SECZK_APP_METHOD, supports: ['nameZh'] },
      { ...XZZXEDU_ALGORITHM_CAMPAIGN, supports: ['nameZh'] },
    ],
  },
  {
    slug: 'cac-secretariat',
    name: 'Secretariat of the Cyberspace Administration of China',
    nameZh: '国家互联网信息办公室秘书局',
    aliases: ['Secretary Bureau of the Cyberspace Administration of China'],
    kind: 'regulator',
    sources: [
      { ...DATACOMPLIANCE_APP_METHOD, supports: ['name'] },
      { ...PKULAW_APP_METHOD, supports: ['aliases'] },
      {
        url: 'http://junhe.com/legal-updates/1423',
        title: 'JunHe',
        quote:
          'On March 12, 2021, the Secretary Bureau of the Cyberspace Administration of China (“CAC”), the Ministry of Industry and Information Technology, the Ministry of Public Security and the State Administration for Market Regulation (“Four Ministries”) jointly issued the Regulations on the Scope of Necessary Personal Information for Common Types',
        supports: ['aliases'],
      },
      { ...SECZK_APP_METHOD, supports: ['nameZh'] },
    ],
  },
  {
    slug: 'general-office-of-mofcom',
    name: 'General Office of the Ministry of Commerce',
    nameZh: '商务部办公厅',
    kind: 'ministry',
    sources: [
      {
        url: 'http://en.cndsn.com.cn/direct-selling-focus/industry-focus/2019/0416/4161.html',
        title: 'China Direct Selling News – Notice of the Ministry of Commerce will carry out review and registration work for the direct selling industry',
        quote:
          'It is reported that on April 9th, the Ministry of Commerce issued the Notice of the General Office of the Ministry of Commerce on the review and registration of direct sales filing products, direct sales trainers and direct sellers.',
        supports: ['name'],
      },
      {
        url: 'http://lsbar.com/law/10865',
        title: '律师吧 – 商务部办公厅关于核查违法直销培训活动的通知',
        quote: '商务部办公厅关于核查违法直销培训活动的通知 … 颁布单位:商务部办公厅',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'general-office-of-mct',
    name: 'General Office of the Ministry of Culture and Tourism',
    nameZh: '文化和旅游部办公厅',
    kind: 'ministry',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/protectingkidsonline/',
        title: 'China Law Translate – Opinions of the General Office of the Ministry of Culture and Tourism on Strengthening the Protection of Minors in the Online Cultural Market',
        quote: 'Opinions of the General Office of the Ministry of Culture and Tourism on Strengthening the Protection of Minors in the Online Cultural Market',
        supports: ['name'],
      },
      {
        url: 'https://wallstreetcn.com/articles/3646275',
        title: '华尔街见闻 – 文化和旅游部办公厅关于加强网络文化市场未成年人保护工作的意见',
        quote: '文化和旅游部办公厅关于加强网络文化市场未成年人保护工作的意见提出,网络文化市场主体不得以打赏排名、虚假宣传等方式炒作网络表演者收入',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'general-office-of-nrta',
    name: 'General Office of the State Administration of Radio and Television',
    nameZh: '国家广播电视总局办公厅',
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/content-regulation/',
        title: 'China Law Translate – Notice on Further Strengthening the Management of Cultural Programs and their Staff',
        quote:
          'Title: 国家广播电视总局办公厅关于进一步加强文艺节目及其人员管理的通知\nDocument Number:广电办发〔2021〕267号\nExpiration date: \nPromulgating Entities: General Office of the State Administration of Radio and Television',
        supports: ['name', 'nameZh'],
      },
      {
        url: 'https://www.95890.com/blog-1428451.html',
        title: '风君子博客 – 广电总局:严肃、扎实开展“小程序”类网络微短剧专项整治',
        quote: '国家广播电视总局办公厅发布关于进一步加强网络微短剧管理实施创作提升计划有关工作的通知。',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'nda-comprehensive-department',
    name: 'Comprehensive Department of the State Administration of Data',
    nameZh: '国家数据局综合司',
    kind: 'regulator',
    sources: [
      {
        url: 'https://ww.china-news-online.com/h5/lang/English/481951.html',
        title: 'china-news-online.com (CCTV News, English)',
        quote:
          'CCTV News: Recently, the Comprehensive Department of the State Administration of Data issued the "Action Plan for the Construction of Digital China 2025" (hereinafter referred to as the "Action Plan"), requiring all regions to conscientiously implement it in light of actual conditions.',
        supports: ['name'],
      },
      {
        url: 'https://www.forexbnb.com/news/fintech/23514.html',
        title: 'forexbnb.com',
        quote: '国家数据局综合司近日印发了《数字中国建设2025年行动方案》(以下简称《行动方案》),旨在指导各地区结合实际认真贯彻落实。',
        supports: ['nameZh'],
      },
    ],
  },
];

/** Chinese other names of the offices above. */
export const AUTHORITY_VARIANTS_OFFICES_19: readonly AuthorityVariant[] = [
  {
    slug: 'cac-secretariat',
    zhShortNames: ['中央网络安全和信息化委员会办公室秘书局', '中央网信办秘书局'],
    sources: [
      { ...XZZXEDU_ALGORITHM_CAMPAIGN, supports: ['zhShortNames'] },
      {
        url: 'http://gsdjw.com/news/guonei/275987_2.html',
        title: '中央网信办:取消明星艺人榜单(2)',
        quote: '10.规范应援集资行为。及时发现、清理各类违规应援集资信息 … 中央网信办秘书局\n2021年8月25日\n原标题:关于进一步加强“饭圈”乱象治理的通知',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'general-office-of-samr',
    zhShortNames: ['国家市场监管总局办公厅'],
    sources: [
      {
        url: 'https://www.autoju.com/tag/ota%e6%8a%80%e6%9c%af%e5%8f%ac%e5%9b%9e/feed/',
        title: '车聚网',
        quote: '近日，国家市场监管总局办公厅发布了一则《关于进一步加强汽车远程升级（OTA）技术召回监管的通知》。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'general-office-of-mct',
    zhShortNames: ['文旅部办公厅'],
    sources: [
      {
        url: 'https://3news.cn/yaowen/2021/1202/601809.html',
        title: '中国网财经 – 文旅部办公厅印发《关于加强网络文化市场未成年人保护工作的意见》',
        quote: '中国网财经12月2日讯 据文旅部网站消息,文旅部办公厅印发《关于加强网络文化市场未成年人保护工作的意见》(以下简称《意见》)。',
        supports: ['zhShortNames'],
      },
    ],
  },
];
