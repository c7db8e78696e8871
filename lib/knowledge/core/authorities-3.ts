/**
 * Local bodies China TMT pages name that the gazetteer lacked: the courts below the Supreme
 * People's Court that decide data, platform and IP cases (IP courts, high courts, intermediate
 * courts), a municipal cyberspace office, a local legislature and the labour ministry that
 * writes the platform-work rules. A national body's name after a place ("Beijing Municipal
 * Cyberspace Administration") is not taken for the national body, so each local office needs
 * its own entry. Every name is quoted from a stored page.
 */
import type { CoreAuthority } from './types';

export const CORE_AUTHORITIES_3: readonly CoreAuthority[] = [
  {
    slug: 'guangzhou-ip-court',
    name: 'Guangzhou Intellectual Property Court',
    nameZh: '广州知识产权法院',
    kind: 'court',
    sources: [
      {
        url: 'http://tnsdb.com/en/index.php/html/Article/show/434.html',
        title: 'Guangzhou Intellectual Property Court Releases Typical Cases on Judicial Protection of Data Rights and Interests',
        quote: 'On September 25, the Guangzhou Intellectual Property Court released a series of typical cases related to the judicial protection of data rights and interests.',
        supports: ['name'],
      },
      {
        url: 'http://www.86wlfy.com/zhishichanquan/93783.html',
        title: '广州知识产权法院是什么级别',
        quote: '广州知识产权法院发布2023年服务和保障科技创新十大典型案例',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'shanghai-ip-court',
    name: 'Shanghai Intellectual Property Court',
    nameZh: '上海知识产权法院',
    kind: 'court',
    sources: [
      {
        url: 'https://www.hshfy.sh.cn/shfy/English/view.jsp?pa=aaWQ9MTAyMDQ0OTc5MCZ4aD0xJmxtZG09RU5fMDMPdcssz',
        title: 'Shanghai High People’s Court (press release)',
        quote:
          'to release the White Paper on Intellectual Property Adjudication by Shanghai Courts (2024) (hereinafter referred to as the “White Paper”), along with the Report on Judicial Protection of Intellectual Property by the Shanghai Intellectual Property Court (2024).',
        supports: ['name'],
      },
      {
        url: 'http://m.ciplawyer.cn/html/ndjxbq/20240719/154054.html',
        title: '2023年上海知识产权法院著作权典型案例及评析 (中国知识产权律师网)',
        quote: '2023年,上海知识产权法院共受理著作权纠纷案件1101件',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'beijing-high-court',
    name: 'Beijing High People’s Court',
    nameZh: '北京市高级人民法院',
    aliases: [
      "Beijing High People's Court",
      "Beijing Higher People's Court",
      'Beijing Higher People’s Court',
      "Beijing Municipal Higher People's Court",
      'Beijing Municipal Higher People’s Court',
      "Beijing Municipal High People's Court",
      'Beijing Municipal High People’s Court',
      "Higher People's Court of Beijing Municipality",
      'Higher People’s Court of Beijing Municipality',
      "Higher People's Court of Beijing",
      'Higher People’s Court of Beijing',
    ],
    kind: 'court',
    sources: [
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=26fcd6b8-686c-4454-a79d-57b9858c5f51',
        title: 'Lexology',
        quote: 'On the morning of April 13, 2016, the Beijing High People’s Court published Guidelines for Adjudication of Network-related IP Cases (the "Guidelines")',
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://www.cpahkltd.com/DE/info.aspx?n=201804301802432575DE',
        title: 'China Patent Agent (H.K.) Ltd.',
        quote: "The Beijing Higher People's Court has published the Guidelines for Adjudication of Copyright Infringement Cases",
        supports: ['aliases'],
      },
      {
        url: 'https://chinalawandpractice.com/2016/10/11/beijing-municipal-higher-peoples-court-guidelines-on-the-trial-of-online-intellectual-property-cases',
        title: 'China Law & Practice',
        quote: "(Issued by the Beijing Municipal Higher People's Court on April 13 2016.) (北京市高级人民法院于二零一六年四月十三日发布。)",
        supports: ['aliases', 'nameZh'],
      },
      {
        url: 'http://english.beijing.gov.cn/investinginbeijing/biz_environment/doing_biz_doc/contract_execution/202006/t20200619_1929065.html',
        title: 'Beijing Municipal Government (english.beijing.gov.cn)',
        quote: "To the Departments of Beijing Municipal High People's Court,",
        supports: ['aliases'],
      },
      {
        url: 'https://www.shndlaw.com/post/1107',
        title: 'shndlaw.com',
        quote: "Issuing Authority: Higher People's Court of Beijing Municipality Notice of the Higher People's Court of Beijing on Issuing the Guiding Opinions (I)",
        supports: ['aliases'],
      },
    ],
  },
  {
    slug: 'shanghai-high-court',
    name: 'Shanghai High People’s Court',
    nameZh: '上海市高级人民法院',
    aliases: ["Shanghai High People's Court", '上海高院'],
    abbreviations: ['SHPC'],
    kind: 'court',
    sources: [
      {
        url: 'https://www.hshfy.sh.cn/shfy/English/view.jsp?pa=aaWQ9MTAyMDQ0OTc5MCZ4aD0xJmxtZG09RU5fMDMPdcssz',
        title: 'Shanghai High People’s Court (press release)',
        quote:
          'Ahead of the 25th World Intellectual Property Day, the Shanghai High People’s Court (hereinafter referred to as the “SHPC”) held a press conference on April 23, 2025',
        supports: ['name', 'aliases', 'abbreviations'],
      },
      {
        url: 'https://www.zhichanli.com/p/1051605913',
        title: '知产力',
        quote: '今天(7月13日),上海市高级人民法院(以下简称上海高院)召开新闻发布会',
        supports: ['nameZh', 'aliases'],
      },
    ],
  },
  {
    slug: 'guangdong-high-court',
    name: 'High People’s Court of Guangdong Province',
    nameZh: '广东省高级人民法院',
    aliases: ["High People's Court of Guangdong Province", '广东高院'],
    kind: 'court',
    sources: [
      {
        url: 'http://chinaiptoday.com/post.html?id=2121',
        title: 'China IP Today',
        quote: 'In the second instance, the High People’s Court of Guangdong Province affirmed that Beijing XX Network Technology Co., Ltd. enjoyed lawful rights to control and legally utilize the microblog data',
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://m.iprdaily.cn/article_36880.html',
        title: 'IPRdaily',
        quote: '广东高院发布2023年度知识产权司法保护十大案件 … 今天,广东省高级人民法院发布《广东法院知识产权司法保护状况白皮书(2023年度)》(下称“白皮书”),并发布十大案件。',
        supports: ['nameZh', 'aliases'],
      },
    ],
  },
  {
    slug: 'zhejiang-high-court',
    name: 'Zhejiang High People’s Court',
    nameZh: '浙江省高级人民法院',
    aliases: ["Zhejiang High People's Court", 'Zhejiang High Court', '浙江高院'],
    kind: 'court',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/typical-cases-2020-on-ip-protection-in-zhejiang-released',
        title: 'China Justice Observer',
        quote:
          'In January 2021, Zhejiang High Court released the typical cases on strengthening judicial protection of intellectual property in 2020. On Jan. 19, Zhejiang High People’s Court released the typical cases',
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://iprdaily.cn/article_26896.html',
        title: 'IPRdaily',
        quote: '原标题:浙江高院发布《关于全面加强知识产权司法保护工作的实施意见》,公布2020年8个知识产权典型案例! 近日,浙江省高级人民法院召开新闻发布会',
        supports: ['nameZh', 'aliases'],
      },
    ],
  },
  {
    slug: 'beijing-no4-intermediate-court',
    name: 'Beijing Fourth Intermediate People’s Court',
    nameZh: '北京市第四中级人民法院',
    aliases: ["Beijing Fourth Intermediate People's Court", '北京四中院'],
    kind: 'court',
    sources: [
      {
        url: 'https://translate.hicom-asia.com/area/beijing-fourth-intermediate-peoples-court/library/8.md',
        title: 'HICOM Asia',
        quote: "The Beijing Fourth Intermediate People's Court functions as a court of second instance for a defined geographical area within Beijing Municipality",
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.163.com/dy/article/KDI0N37D0514CDBK.html?f=post2020_dy_recommends',
        title: '中国青年报 (网易转载)',
        quote: '近日,北京市第四中级人民法院(以下简称“北京四中院”)对外通报个人信息保护类案件审判情况及7个典型案例。',
        supports: ['nameZh', 'aliases'],
      },
    ],
  },
  {
    slug: 'shenzhen-intermediate-court',
    name: 'Intermediate People’s Court of Shenzhen Municipality',
    nameZh: '深圳市中级人民法院',
    aliases: [
      "Intermediate People's Court of Shenzhen Municipality",
    ],
    kind: 'court',
    sources: [
      {
        url: 'https://www.laitimes.com/en/article/h6c5_hiwy.html',
        title: 'laitimes (Red Star News)',
        quote: "the relevant case number was (2019) Yue 03 Min Zhong No. 21753, which was judged by the Intermediate People's Court of Shenzhen Municipality, Guangdong Province.",
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.guodu.cc/05/02/风险揭示/2025-09-11/40045.html',
        title: '国都期货',
        quote: '【案号】广东省深圳市中级人民法院(2023)粤03民终4897号 … 深圳市中级人民法院经审理认为',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'cac-beijing',
    name: 'Beijing Municipal Cyberspace Administration',
    nameZh: '北京市网信办',
    aliases: ['Cyberspace Administration of Beijing Municipality'],
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.itiger.com/hant/news/1169913184',
        title: 'Deep News (itiger.com)',
        quote: 'the Beijing Municipal Cyberspace Administration convened a special work advancement meeting on the afternoon of May 14 at Building C, Xingdi Center in Chaoyang District.',
        supports: ['name'],
      },
      {
        url: 'https://en.wedoany.com/shortnews/173476.html',
        title: 'Wedoany',
        quote: 'The Cyberspace Administration of Beijing Municipality organized a special work promotion meeting on May 18',
        supports: ['aliases'],
      },
      {
        url: 'https://www.itiger.com/news/2636107624',
        title: 'itiger.com',
        quote: '属地备案生成式人工智能大模型运营主体、重点内容传播平台等150余家企业代表参会。 来源:北京市网信办',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'mohrss',
    name: 'Ministry of Human Resources and Social Security',
    nameZh: '人力资源和社会保障部',
    aliases: ['人力资源社会保障部', '人社部'],
    kind: 'ministry',
    sources: [
      {
        url: 'https://en.wikipedia-on-ipfs.org/wiki/Ministry_of_Human_Resources_and_Social_Security',
        title: 'Wikipedia (IPFS mirror)',
        quote:
          'Ministry of Human Resources and Social Security (MOHRSS) of People\'s Republic of China is a ministry under the State Council which is responsible for national labor policies, standards, regulations and managing the national social security.',
        supports: ['name'],
      },
      {
        url: 'https://edu.qingdaonews.com/content/2009-11/13/content_8202155.htm',
        title: '青岛新闻网 (新华社)',
        quote:
          '人力资源和社会保障部12日在上海召开第十二批新职业信息发布会,正式向社会发布中国生产操作和服务业领域近来产生的8个新职业的信息。',
        supports: ['nameZh'],
      },
      {
        url: 'https://www.yicai.com/brief/103095715.html',
        title: '第一财经',
        quote: '中华全国总工会、人力资源社会保障部、中国企业联合会/中国企业家协会、中华全国工商业联合会联合印发《平台劳动规则和算法协商指引(试行)》。',
        supports: ['aliases'],
      },
      {
        url: 'https://user.guancha.cn/main/content?id=1433484',
        title: '观察者网',
        quote: '尹建堃 | 人社部就业促进司原一级巡视员',
        supports: ['aliases'],
      },
    ],
  },
  {
    slug: 'shenzhen-people-s-congress-standing-committee',
    name: 'Standing Committee of Shenzhen Municipal People’s Congress',
    // Not the short form 深圳市人大常委会: pages write it inside the titles of its office's notices, which the graph does not hold.
    nameZh: '深圳市人民代表大会常务委员会',
    aliases: [
      "Standing Committee of Shenzhen Municipal People's Congress",
      "Standing Committee of Shenzhen People's Congress",
      'Standing Committee of Shenzhen People’s Congress',
      "Standing Committee of the People's Congress of Shenzhen Municipality",
      'Standing Committee of the People’s Congress of Shenzhen Municipality',
    ],
    kind: 'legislature',
    sources: [
      {
        url: 'https://enread.com/job/law/32411.html',
        title: 'enread.com',
        quote:
          'the system of deliberation of the Standing Committee of Shenzhen Municipal People‘s Congress, make progress with the deliberation',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.chinatechnews.com/2021/08/15/29869-shenzhen-to-issue-chinas-first-local-regulations-on-artificial-intelligence',
        title: 'China Tech News',
        quote: 'On 14 July 2021, the Standing Committee of Shenzhen People’s Congress released the “Regulations of Shenzhen Special Economic Zone on Promoting the Artificial Intelligence Industry (Draft)”',
        supports: ['aliases'],
      },
      {
        url: 'https://www.airi-navigator.com/governance/1064',
        title: 'AIRI Navigator',
        quote: "This is a binding regulation adopted by the Standing Committee of the People's Congress of Shenzhen Municipality with mandatory language throughout",
        supports: ['aliases'],
      },
      {
        url: 'https://zh.m.wikisource.org/zh-hant/%E6%B7%B1%E5%9C%B3%E7%BB%8F%E6%B5%8E%E7%89%B9%E5%8C%BA%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD%E4%BA%A7%E4%B8%9A%E4%BF%83%E8%BF%9B%E6%9D%A1%E4%BE%8B_(2022%E5%B9%B4)',
        title: '深圳經濟特區人工智能產業促進條例 (2022年) – 維基文庫',
        quote:
          '深圳經濟特區人工智能產業促進條例 制定機關:深圳市人民代表大會常務委員會',
        supports: ['nameZh'],
      },
    ],
  },
];
