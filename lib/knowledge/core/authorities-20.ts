/**
 * Provincial and municipal bodies China TMT pages name that the gazetteer lacked: the provincial
 * communications administrations that publish lists of apps infringing users' rights and run
 * telecom data-security rules (Guangdong, Beijing, Shanghai, Chongqing), Guangdong's government
 * services and data administration, two intermediate courts of Shanghai and Beijing, the Shanghai
 * procuratorate and the Beijing public security bureau that pages cite for cybercrime crackdowns.
 *
 * Each name is written in full (北京市通信管理局, never 省通信管理局 or 市公安局, which every
 * province or city shares), and every name is quoted from a stored page.
 */
import type { CoreAuthority } from './types';

const BJCA_DATA_LINES = {
  url: 'https://bjca.miit.gov.cn/zwgk/dxgl/dxhhlwdywscgl/art/2021/art_9ee81ad8db3a40e6b73c71325fb22a53.html',
  title: '北京市通信管理局 – 工信部和公安部联合检查组检查指导北京国际数据专线专项整治工作',
  quote: '联合检查组与北京市通信管理局、北京市公安局以及北京三家基础电信企业进行了座谈交流。北京市通信管理局、北京市公安局分别对国际数据专线专项整治工作开展情况做了专题汇报。',
} as const;

export const CORE_AUTHORITIES_20: readonly CoreAuthority[] = [
  // Guangdong's telecom regulator under the MIIT: names and takes down apps that infringe users' rights.
  {
    slug: 'guangdong-communications-administration',
    name: 'Guangdong Communications Administration',
    nameZh: '广东省通信管理局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.scmp.com/print/tech/policy/article/3117772/guangdong-authority-orders-tencent-xpeng-other-tech-firms-amend-apps',
        title: 'South China Morning Post – Guangdong authority orders Tencent, Xpeng, other tech firms to amend apps over cybersecurity concerns',
        quote:
          'The Guangdong Communications Administration in November and December last year ordered 201 of those apps to be rectified for infringing user rights and posing as cybersecurity risks',
        supports: ['name'],
      },
      {
        url: 'https://gdca.miit.gov.cn/xwdt/gzdt/art/2023/art_0cc603a209a64ed1a07d669a596314f2.html',
        title: '广东省通信管理局 – 广东省通信管理局关于下架12款侵害用户权益APP的通报',
        quote: '按照工业和信息化部《关于进一步提升移动互联网应用服务能力的通知》(工信部信管函〔2023〕26号)等工作部署,广东省通信管理局持续开展APP隐私合规和数据安全专项整治行动。',
        supports: ['nameZh'],
      },
    ],
  },
  // Beijing's telecom regulator: issued the implementation rules for data security in Beijing's telecom sector (2023).
  {
    slug: 'beijing-communications-administration',
    name: 'Beijing Communications Administration',
    nameZh: '北京市通信管理局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.mondaq.com:443/china/data-protection/1363806/china-monthly-data-protection-update-august-2023',
        title: 'Mondaq – China Monthly Data Protection Update (August 2023)',
        quote:
          'On July 24, the Beijing Communications Administration issued the Implementation Rules for Data Security Management in the Telecommunications Field in Beijing, which will take effect from the date of issuance.',
        supports: ['name'],
      },
      { ...BJCA_DATA_LINES, supports: ['nameZh'] },
      {
        url: 'http://tele.hczyw.com/2021/1210/25245.html',
        title: '慧聪通信网 – 工信部公安部联合检查指导北京国际数据专线专项整治',
        quote: '2021年7月以来,北京市通信管理局严格落实工业和信息化部、公安部联合开展的国际数据专线专项整治各项工作要求',
        supports: ['nameZh'],
      },
    ],
  },
  // Shanghai's telecom regulator: publishes app rectification notices and a telecom business-environment plan.
  {
    slug: 'shanghai-communications-administration',
    name: 'Shanghai Communications Administration',
    nameZh: '上海市通信管理局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://english.shanghai.gov.cn/en-BusinessEnvironmentActionPlan/20260206/b7df155747d748a7875d4e2f0bd73ab9.html',
        title: 'english.shanghai.gov.cn – Shanghai unveils plan to improve telecom business environment',
        quote:
          'The 15-point action plan released by the Shanghai Communications Administration aims to foster an innovation-driven industry ecosystem that provides efficient services, promotes fair competition, and ensures reliable collaborative governance.',
        supports: ['name'],
      },
      {
        url: 'http://acfechina.org/article/detail-1006',
        title: 'acfechina.org – 上海市通信管理局 App 侵害用户权益“回头看”通报',
        quote: '上述App和应用系统应在2022年1月21日前落实整改工作。逾期不整改的,我局将依法依规组织开展处置工作。\n附件:“回头看”仍存在问题的应用软件及其系统名单\n上海市通信管理局\n2021年12月22日',
        supports: ['nameZh'],
      },
    ],
  },
  // Chongqing's telecom regulator (a municipality; DataGuidance writes "Provincial").
  {
    slug: 'chongqing-communications-administration',
    name: 'Chongqing Provincial Communications Administration',
    nameZh: '重庆市通信管理局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.dataguidance.com/news/chongqing-administration-releases-list-apps-violating',
        title: "DataGuidance – Chongqing: Administration releases list of apps violating users' rights",
        quote:
          'The Chongqing Provincial Communications Administration published, on 20 July 2022, a notice addressed to apps violating the rights and interests of users in Sichuan and Chongqing',
        supports: ['name'],
      },
      {
        url: 'https://wap.miit.gov.cn/qzqd/zqstxglj/qlqd/xzjc/art/2020/art_cd87b33812aa468fa2f7a9138ed78bd9.html',
        title: '工业和信息化部 – 重庆市通信管理局权责清单(行政检查)',
        quote: '重庆市通信管理局 |\n行政检查 |\n对本行政区域内电信网码号资源使用情况实施检查',
        supports: ['nameZh'],
      },
    ],
  },
  // Guangdong's provincial data body: leads the province's digital government and public-data work.
  {
    slug: 'guangdong-government-services-data-administration',
    name: 'Guangdong Provincial Government Affairs Data Administration',
    nameZh: '广东省政务服务数据管理局',
    aliases: ['广东政数局'],
    kind: 'government',
    sources: [
      {
        url: 'https://www.newsgd.com/node_99363c4f3b/991d7bd6cf.shtml',
        title: 'Newsgd.com – Guangdong issues three-year plan to seek for a digital GBA',
        quote:
          'According to Yang Pengfei, director of the Guangdong Provincial Government Affairs Data Administration, Guangdong plans to use Guangdong-Macao In-depth Cooperation Zone in Hengqin',
        supports: ['name'],
      },
      {
        url: 'https://macaudailytimes.com.mo/guangdong-issues-three-year-plan-for-digitalization.html',
        title: 'Macau Daily Times – Guangdong issues three-year plan for digitalization',
        quote: 'According to Wei Wentao, spokesperson for the Guangdong Provincial Government Affairs Data Administration, this public service platform offers residents and expats living in GBA over 70 frequently used services',
        supports: ['name'],
      },
      {
        url: 'http://www.leizhou.gov.cn/xwdt/ttxw/content/post_1663330.html',
        title: '雷州市人民政府 – 数字政府|广东省数字政府改革建设成果',
        quote: '根据新的形势发展要求,广东省政务服务数据管理局梳理提炼出数字政府改革建设“12345+N”工作业务体系。',
        supports: ['nameZh'],
      },
      {
        url: 'http://www.newct.cn/news/shownews.php?id=414',
        title: 'newct.cn – 广东省级数据中台归集数据已超258亿条',
        quote: '4月21日,广东省政务服务数据管理局(以下简称“广东政数局”)召开了今年的第一场新闻通气会',
        supports: ['nameZh', 'aliases'],
      },
    ],
  },
  // Intermediate court of Shanghai; hears appeals from the Pudong, Xuhui, Minhang and other district courts.
  {
    slug: 'shanghai-no1-intermediate-court',
    name: 'Shanghai No. 1 Intermediate People’s Court',
    nameZh: '上海市第一中级人民法院',
    aliases: ["Shanghai No. 1 Intermediate People's Court", 'Shanghai First Intermediate People’s Court', "Shanghai First Intermediate People's Court"],
    kind: 'court',
    sources: [
      {
        url: 'http://www.hshfy.sh.cn/shfy/English/MapView.jsp?pa=aaWQ9MzYzMTQ1JnhoPTEmbG1kbT1sbTkzOQPdcssPdcssz',
        title: 'Shanghai Courts – Jurisdiction: Shanghai No. 1 Intermediate People’s Court',
        quote:
          'Shanghai No. 1 Intermediate People’s Court\n\nContents\n\nField\n\nInformation\n\nEntry Name\n\nCourt Name\n\nShanghai First Intermediate People’s Court … Chinese Name\n\n上海市第一中级人民法院',
        supports: ['name', 'aliases', 'nameZh'],
      },
      {
        url: 'http://www.hshfy.sh.cn/shfy/English/view.jsp?pa=aaWQ9MjAxNzYxNjQmeGg9MSZsbWRtPUVOXzAzz',
        title: 'Shanghai Courts – Shanghai No. 1 Intermediate Court Briefs on Improving the Quality of Trials',
        quote:
          'On June 29, 2020, the Shanghai No. 1 Intermediate People’s Court (hereinafter referred to as the “Shanghai No. 1 Intermediate Court”) held a press conference',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.dianshango.com/24543.html',
        title: 'dianshango.com – 网络平台类型与法律责任(上海一中院法官文章)',
        quote: '毛海波 上海市第一中级人民法院商事审判庭副庭长',
        supports: ['nameZh'],
      },
    ],
  },
  // Intermediate court of eastern Beijing (Dongcheng, Chaoyang, Fengtai and other districts).
  {
    slug: 'beijing-no2-intermediate-court',
    name: "Second Intermediate People's Court of Beijing Municipality",
    nameZh: '北京市第二中级人民法院',
    aliases: ['Second Intermediate People’s Court of Beijing Municipality'],
    kind: 'court',
    sources: [
      {
        url: 'http://bj2zy.chinacourt.org/fyjj/index_en.php',
        title: "Beijing No. 2 Intermediate People's Court – Brief Introduction",
        quote:
          "Established in April 1995 with the approval of the Standing Committee of the Beijing Municipal People's Congress, the Second Intermediate People's Court of Beijing Municipality accepts major cases of first instance",
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://www.chinacourt.org/article/detail/2004/11/id/140788.shtml',
        title: '中国法院网 – 北京市第二中级人民法院行政审判庭简介',
        quote: '北京市第二中级人民法院行政庭成立于1995年5月。',
        supports: ['nameZh'],
      },
    ],
  },
  // Shanghai's provincial-level procuratorate: prosecutes personal-information crimes in the city.
  {
    slug: 'shanghai-procuratorate',
    name: "Shanghai People's Procuratorate",
    nameZh: '上海市人民检察院',
    aliases: ['Shanghai People’s Procuratorate'],
    kind: 'procuratorate',
    sources: [
      {
        url: 'https://www.shine.cn/news/in-focus/2201110672/',
        title: 'SHINE – Shanghai procurators share case files on a digital platform',
        quote:
          "Procurators from different districts in Shanghai can share and access cases and information in other districts through a digital data-sharing platform, according to the Shanghai People's Procuratorate.",
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.shine.cn/2019shlianghui/d6/',
        title: 'SHINE – Lianghui 2019',
        quote: "Today we will take a look at the two annual reports from Shanghai Higher People's Court and Shanghai People's Procuratorate.",
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://zz.sh.cn/zixun/guona/20190103/17659.html',
        title: '上海网 – 上海检察院:侵犯公民个人信息案件数逐年攀升(中新网)',
        quote: '中新网上海1月3日电 (记者 李姝徵)上海市人民检察院3日发布打击民生犯罪相关情况。',
        supports: ['nameZh'],
      },
    ],
  },
  // Beijing's police: its network security corps leads the city's crackdowns on cybercrime.
  {
    slug: 'beijing-public-security-bureau',
    name: 'Beijing Municipal Public Security Bureau',
    nameZh: '北京市公安局',
    aliases: ['Beijing Public Security Bureau'],
    kind: 'government',
    sources: [
      {
        url: 'http://chinascope.org/archives/5298',
        title: 'Chinascope – Beijing Police Handled Over One Million Illegal Internet Postings in 2012',
        quote:
          'According to the Beijing Municipal Public Security Bureau, its Internet security authorities organized rounds of crackdowns on Internet related crimes in 2012 to ensure order in cyberspace.',
        supports: ['name'],
      },
      {
        url: 'https://www.chinadaily.com.cn/a/202011/05/WS5fa3c906a31024ad0ba835ea.html',
        title: 'China Daily – Beijing police catch over 860 over online crime support',
        quote:
          'the capital\'s police have also increased efforts to cut off the chains and industries where the violators obtained technological services, according to a statement of the Beijing Public Security Bureau.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.chinadaily.com.cn/china/2014-10/09/content_18710228.htm',
        title: 'China Daily – Beijing police target rising Internet crime across 900,000 sites',
        quote: 'The Beijing Public Security Bureau has launched several campaigns since 2011, targeting online offenses, maintaining cyber security and cleaning up the Internet environment',
        supports: ['aliases'],
      },
      { ...BJCA_DATA_LINES, supports: ['nameZh'] },
    ],
  },
  // Fujian's telecom regulator: publishes batches of apps infringing users' rights.
  {
    slug: 'fujian-communications-administration',
    name: 'Fujian Provincial Communications Administration',
    nameZh: '福建省通信管理局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.dataguidance.com/news/fujian-communications-administration-launches-special',
        title: "DataGuidance – Fujian: Communications Administration launches special action to rectify apps infringing user's rights",
        quote:
          "the Fujian Provincial Communications Administration had issued a notice on launching a special rectification action for Fujian apps infringing users' rights and interests from 26 April 2021 to 31 December 2021.",
        supports: ['name'],
      },
      {
        url: 'http://m.hxnews.com/news/fj/fj/202205/13/2067963.shtml',
        title: '海峡网(福建日报·新福建) – 关注!福建省通报2022年第1批侵害用户权益App',
        quote: '福建日报·新福建客户端5月12日讯(记者 李珂)12日,福建省通信管理局公开通报了2022年第1批福建省侵害用户权益App。',
        supports: ['nameZh'],
      },
    ],
  },
  // Tianjin's provincial-level court.
  {
    slug: 'tianjin-high-court',
    name: "Tianjin Higher People's Court",
    nameZh: '天津市高级人民法院',
    aliases: ['Tianjin Higher People’s Court'],
    kind: 'court',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Tianjin_Maritime_Court',
        title: 'Wikipedia – Tianjin Maritime Court',
        quote: "The Tianjin Maritime Court is a middle-level court, and it falls under the appellate jurisdiction of Tianjin Higher People's Court",
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://epaper.tianjinwe.com/tjrb/html/2026-02/27/content_143098_3174629.htm',
        title: '天津日报 – 天津市高级人民法院工作报告',
        quote: '天津市高级人民法院院长 李静\n\n  各位代表:\n\n  我代表天津市高级人民法院向大会报告工作,请予审议,并请市政协委员和列席同志提出意见。',
        supports: ['nameZh'],
      },
    ],
  },
  // Chongqing's provincial-level procuratorate.
  {
    slug: 'chongqing-procuratorate',
    name: "People's Procuratorate of Chongqing Municipality",
    nameZh: '重庆市人民检察院',
    aliases: ['People’s Procuratorate of Chongqing Municipality', '重庆市检察院'],
    kind: 'procuratorate',
    sources: [
      {
        url: 'http://en.people.cn/90785/7809928.html',
        title: "People's Daily Online – 473 Chongqing officials prosecuted",
        quote:
          '"This year with the municipal government increasing its investment in areas important to people\'s well-being, we will increase our scrutiny on the key segments," an official from the People\'s Procuratorate of Chongqing Municipality was quoted by local media as saying.',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://epaper.cqrb.cn/cqrb/2026-02/09/004/content_rb_356590.htm',
        title: '重庆日报 – 重庆市人民检察院工作报告',
        quote: '各位代表:\n现在,我代表重庆市人民检察院向大会报告工作,请予审议,并请各位政协委员提出意见。',
        supports: ['nameZh'],
      },
      {
        url: 'https://www.spp.gov.cn/spp/zdgz/202305/t20230529_615318.shtml',
        title: '最高人民检察院(检察日报) – 川渝检察机关服务成渝地区双城经济圈建设掠影',
        quote: '今年1月,重庆市检察院、四川省检察院共同签署会议纪要,聚焦共同推进成渝金融法院的法律监督工作',
        supports: ['aliases'],
      },
    ],
  },
  // Shenzhen's government services and data body (政务服务数据管理局 until its 2024 renaming to 政务服务和数据管理局).
  {
    slug: 'shenzhen-government-services-data-bureau',
    name: 'Shenzhen Municipal Government Services Data Bureau',
    nameZh: '深圳市政务服务和数据管理局',
    aliases: ['深圳市政务服务数据管理局'],
    kind: 'government',
    sources: [
      {
        url: 'http://www.eyeshenzhen.com/content/2022-03/17/content_24999817.htm',
        title: 'EyeShenzhen (Shenzhen Daily) – Majority of government services accessible online',
        quote: 'Wang Zhuomin, deputy head of the Shenzhen Municipal Government Services Data Bureau, said at a press conference that all administrative services of 31 municipal government departments',
        supports: ['name'],
      },
      {
        url: 'https://www.sz.gov.cn/szzt2010/wgkzl/jggk/lsqkgk/content/post_12456518.html',
        title: '深圳市人民政府 – 深圳市政务服务和数据管理局2024年工作总结和2025年工作计划',
        quote: '深圳市政务服务和数据管理局2024年工作总结和2025年工作计划\n\n信息来源:深圳市政务服务和数据管理局',
        supports: ['nameZh'],
      },
      {
        url: 'http://www.sz.gov.cn/szzsj/gkmlpt/content/7/7039/post_7039400.html',
        title: '深圳市人民政府 – 深圳市政务服务数据管理局关于市六届人大七次会议第20190320号建议答复的函',
        quote: '深圳市政务服务数据管理局关于市六届人大七次会议第20190320号建议答复的函',
        supports: ['aliases'],
      },
    ],
  },
];
