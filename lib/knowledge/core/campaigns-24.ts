/**
 * Curated core layer: named yearly enforcement campaigns China TMT pages cite by name and year:
 * the National Copyright Administration's four-department "Jianwang" (剑网) campaigns against
 * online infringement and piracy, and specific campaigns of the CAC's 2024 "Qinglang" (清朗) series.
 * Each fact is quoted from a stored public page that states it.
 */
import type { CoreInstrument } from './types';

export const CORE_CAMPAIGNS_24: CoreInstrument[] = [
  // ───────────── Jianwang 2015 ─────────────
  {
    id: 'document:jianwang-2015',
    name: 'Jianwang Operation 2015',
    nameZh: '剑网2015',
    kind: 'campaign',
    status: 'final',
    issuers: ['ncac', 'cac', 'miit', 'mps'],
    promulgated: '2015-06-11',
    summary:
      'Eleventh four-department campaign against online infringement and piracy (June to November 2015), aimed at online music, film and literature sites, cloud storage, mobile internet and online advertising alliances.',
    sources: [
      {
        url: 'http://audio160.com/news/2015/6/2015_1_33006.htm',
        title: 'audio160.com',
        quote:
          '6月11日,“剑网2015”打击网络侵权盗版专项行动今日于厦门正式启动。根据国务院2015年打击侵犯知识产权和制售假冒伪劣商品工作的部署,国家版权局、国家互联网信息办公室、工业和信息化部、公安部定于2015年6月至11月联合开展第十一次打击网络侵权盗版专项治理“剑网行动。\n此次“剑网行动”重点整治网络音乐、网络影视、网络文学网站以及网络云存储空间、移动互联网、网络广告联盟等领域侵权盗版行为。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://english.cnipa.gov.cn/transfer/news/localipinformation/923176.htm',
        title: 'CNIPA (China Daily)',
        quote:
          'The National Copyright Administration and three other ministries and offices jointly launched the Jianwang Operation 2015 last week in Xiamen. Starting in 2005, the annual campaign aims to fight online piracy and infringements. This year, the campaign will focus on online music piracy',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Jianwang 2016 ─────────────
  {
    id: 'document:jianwang-2016',
    name: 'Sword Net 2016',
    nameZh: '剑网2016',
    aliases: ['Sword Net Action 2016'],
    kind: 'campaign',
    status: 'final',
    issuers: ['ncac', 'cac', 'miit', 'mps'],
    promulgated: '2016-07-12',
    summary:
      'Four-department campaign of 2016, run over five months, against online infringement and piracy, aimed at online literature and apps and at regulating online advertising alliances.',
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=f65108f4-9899-425d-80a4-efa18b0bc5dd',
        title: 'Lexology',
        quote:
          "China's National Copyright Administration, the State Internet Information Office, the Ministry of Industry and information and the Ministry of Public Security jointly initiated a special campaign \"Sword Net 2016\" in June.\n\nThis time’s Sword campaign aims to crack down on infringement and piracy of online literature and APPs and to regulate the online advertisement alliance in five months.",
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.cpahkltd.com/EN/info.aspx?n=20160830122129030613',
        title: 'CPA Hong Kong (China Patent Agent)',
        quote:
          "China's Sword Net Action 2016 has kicked off on 12 July. The Sword Net Action as a nationwide campaign against online copyright infringement is now in its 12nd year and the campaign this year will take place within a period of five months.",
        supports: ['aliases', 'promulgated', 'summary'],
      },
      {
        url: 'https://3g.china.com/act/culture/11170621/20161116/30040700.html',
        title: '中华网 (中新网)',
        quote: '今年8月份,国家版权局通报了“剑网2016”专项行动第一批网络侵权盗版案件查办情况',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },

  // ───────────── Jianwang 2017 ─────────────
  {
    id: 'document:jianwang-2017',
    name: 'Jianwang 2017',
    nameZh: '剑网2017',
    aliases: ['Jian Wang 2017', 'Jianwang Campaign 2017'],
    kind: 'campaign',
    status: 'final',
    issuers: ['ncac', 'cac', 'miit', 'mps'],
    promulgated: '2017-07-25',
    summary:
      'Four-department campaign (July to November 2017) against online infringement and piracy, centred on film, TV and news works online, e-commerce platforms and app stores.',
    sources: [
      {
        url: 'http://cflac.org.cn/zgysb/dz/ysb/page_1/201707/t20170728_373080.htm',
        title: '中国艺术报 (cflac.org.cn)',
        quote:
          '国家版权局、国家互联网信息办公室、工业和信息化部、公安部7月25日在京联合启动“剑网2017”专项行动。\n“剑网2017”将聚焦新闻出版影视行业的网络版权保护、电子商务平台和移动互联网应用程序(APP)领域的版权整治',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://english.ipraction.gov.cn/article/TopNews/201801/20180100171600.shtml',
        title: 'China IPR (ipraction.gov.cn)',
        quote:
          'From July to November 2017, the National Copyright Administration of China, the Cyberspace Administration of China, Ministry of Industry and Information Technology and Ministry of Public Security jointly launched the “Jianwang 2017” campaign to combat online infringement and piracy.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://www.unitalen.com/html/report/17100825-1.htm',
        title: 'Unitalen',
        quote:
          'Recently, Jian Wang 2017, an anti-piracy campaign, was officially launched by the National Copyright Administration, National Internet Information Office, Ministry of Industry and Information Technology, as well as Ministry of Public Security of P. R. China.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://en.ncac.gov.cn/copyright/contents/10361/358309.shtml',
        title: 'National Copyright Administration of China',
        quote:
          'On January 16, National Copyright Administration of China, Cyberspace Administration of China, Ministry of Industry and Information Technology and Ministry of Public Security jointly held the briefing on Jianwang Campaign 2017 in Beijing.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Jianwang 2018 ─────────────
  {
    id: 'document:jianwang-2018',
    name: 'Jianwang 2018',
    nameZh: '剑网2018',
    aliases: ['Jian Wang 2018'],
    kind: 'campaign',
    status: 'final',
    issuers: ['ncac', 'cac', 'miit', 'mps'],
    promulgated: '2018-07-16',
    summary:
      'Four-department campaign launched in July 2018 against online infringement and piracy, targeting online reposting, short videos and animation.',
    sources: [
      {
        url: 'http://news.workercn.cn/32842/201807/16/180716171940437.shtml',
        title: '中工网 (Xinhua)',
        quote:
          '新华社北京7月16日电(史竞男、胡梦雪)国家版权局、国家互联网信息办公室、工业和信息化部、公安部16日在京联合启动打击网络侵权盗版“剑网2018”专项行动,将针对网络转载、短视频、动漫等重点领域开展版权专项整治',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.unitalen.com/html/report/18090808-1.htm',
        title: 'Unitalen',
        quote:
          '“Jian Wang 2018” Special Crackdown on Online Copyright Infringement and Piracy … Recently, China’s National Copyright Administration of China (NCAC), State Internet Information Office, Ministry of Industry and Information Technology, and Ministry of Public Security held a joint news briefing to announce the launch of “Jianwang 2018”, a special crackdown campaign against online infringement and piracy.',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Jianwang 2020 ─────────────
  {
    id: 'document:jianwang-2020',
    name: 'Jianwang 2020',
    nameZh: '剑网2020',
    aliases: ['Sword Net 2020', '2020 Sword Net campaign'],
    kind: 'campaign',
    status: 'final',
    issuers: ['ncac', 'miit', 'mps', 'cac'],
    summary:
      'Sixteenth four-department campaign against online infringement and piracy (June to October 2020), focused on five key areas, first among them audiovisual works.',
    sources: [
      {
        url: 'http://yancloud.red/Subject/News/info/id/16592.html',
        title: '人民网-人民日报 (reprint)',
        quote:
          '国家版权局、工业和信息化部、公安部、国家互联网信息办公室四部门联合启动打击网络侵权盗版“剑网2020”专项行动,这是全国持续开展的第十六次打击网络侵权盗版专项行动。\n\n本次专项行动于6月至10月开展,针对网络版权保护面临的新情况新问题,聚焦5个重点领域:一是开展视听作品版权专项整治',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://en.ncac.gov.cn/copyright/contents/10373/339825.shtml',
        title: 'National Copyright Administration of China',
        quote:
          'The National Copyright Administration of China (NCAC), together with the Ministry of Industry and Information Technology (MIIT), the Ministry of Public Security (MPS), and the Cyberspace Administration of China (CAC) recently launched “Jianwang 2020” Campaign against online infringement and piracy that is the 16th round of its kind.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://www.worldipreview.com/news/china-s-sword-net-campaign-to-crack-down-on-online-piracy-19914',
        title: 'World IP Review',
        quote: 'Chinese IP authorities have launched the Sword Net 2020 campaign, aimed at tackling online piracy and copyright infringement.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinadaily.com.cn/a/202006/17/WS5ee9c28aa310834817253ae3.html',
        title: 'China Daily',
        quote:
          'The 2020 Sword Net campaign, jointly initiated by the National Copyright Administration, the Ministry of Industry and Information Technology, the Ministry of Public Security and the Cyberspace Administration of China, is the 16th special action targeting copyright infringement and piracy on the internet since 2005.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Qinglang 2024: Spring Festival ─────────────
  {
    id: 'document:qinglang-2024-spring-festival-online-environment-rectification',
    name: 'Qinglang - 2024 Spring Festival Network Environment Rectification',
    nameZh: '清朗·2024年春节网络环境整治',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    summary:
      'First of the CAC’s ten 2024 Qinglang campaigns: over the Spring Festival, against misleading travel guides, staged bizarre videos, incitement of group confrontation, fabricated content and illegal traffic diversion.',
    sources: [
      {
        url: 'https://czcf.com/news/30368.html',
        title: 'czcf.com (中国网信网 reprint)',
        quote:
          '中央网信办部署开展2024年“清朗”系列专项行动 … 重点开展10项整治任务。\n1.“清朗·2024年春节网络环境整治”专项行动。春节期间,集中整治6方面问题乱象:发布误导性旅游攻略、自导自演有违公序良俗的离奇剧情视频;借热点话题挑起互撕谩骂、煽动群体对立;利用年终盘点、返乡见闻等形式编造不实内容;发布涉色情、赌博、网络水军等违法引流信息',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.xbhy.cn/xwdt-xyxw/5110.html',
        title: 'xbhy.cn (CAC WeChat account, translated)',
        quote:
          'The Cyberspace Administration of China rolls out the 2024 "Qinglang Operation". … 1. "Qinglang - 2024 Spring Festival Network Environment Rectification" Special Action During the Spring Festival, we will focus on rectifying six aspects of the problem: Publishing misleading travel guides',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Qinglang 2024: business environment, infringing information about enterprises ─────────────
  {
    id: 'document:qinglang-optimising-online-business-environment-infringing-information-on-enterprises',
    name: 'Qinglang - Optimising the Internet Business Environment - Correcting Infringement Information Related to Enterprises',
    nameZh: '清朗·优化营商网络环境—整治涉企侵权信息乱象',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    summary:
      'CAC campaign of the 2024 Qinglang series against false information about companies, smears of enterprises and entrepreneurs, and extortion of companies under the guise of “public-opinion supervision”.',
    sources: [
      {
        url: 'https://czcf.com/news/30368.html',
        title: 'czcf.com (中国网信网 reprint)',
        quote:
          '2.“清朗·优化营商网络环境—整治涉企侵权信息乱象”专项行动。重点整治散布传播涉企虚假不实信息,蓄意造谣抹黑企业、企业家,以“舆论监督”名义对企业进行敲诈勒索等问题。',
        supports: ['nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://www.xbhy.cn/xwdt-xyxw/5110.html',
        title: 'xbhy.cn (CAC WeChat account, translated)',
        quote:
          'the Cyberspace Administration of China (CAC) … 2. "Qinglang - Optimising the Internet Business Environment - Correcting Infringement Information Related to Enterprises" Special Action. The focus of the action is to address the problems of spreading and disseminating false and inaccurate information related to enterprises',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://jx.people.com.cn/BIG5/n2/2024/0316/c186330-40777518.html',
        title: '人民网-人民日报',
        quote:
          '記者15日從中央網信辦獲悉: 2024年“清朗”系列專項行動 … 10項整治任務包括:2024年春節網絡環境整治、優化營商網絡環境—整治涉企侵權信息亂象、打擊違法信息外鏈',
        supports: ['issuers'],
      },
    ],
  },
];
