/**
 * Other names of bodies the gazetteer has, as pages write them, and more bodies TMT pages name.
 *
 * AUTHORITY_VARIANTS_21: "China Customs" (the customs administration's own English short name),
 * the full English name SESEC gives the cybersecurity standards committee TC260, 新闻出版署 for the
 * press and publication administration (its predecessor's name before 新闻出版总署, and its short
 * name today), 人民银行 without 中国, and 浙江省委网信办 (which otherwise reads as the national 网信办).
 *
 * CORE_AUTHORITIES_21: Zhejiang's market regulator and procuratorate, Jiangsu's procuratorate and
 * telecom regulator (its high court is left out on purpose), Fujian's high court, the National
 * Anti-Monopoly Bureau (国家反垄断局, the name SAMR carries for antitrust work since November 2021),
 * the Party's Publicity Department, which the press, film and copyright administrations are names
 * of, and the China Film Administration (国家电影局).
 *
 * Left out: the bare abbreviation "MOFA" (the probe finds it for Japan's, Taiwan's and Korea's
 * foreign ministries too) and "GAPP" (also the Generally Accepted Privacy Principles); "Central
 * Propaganda Department" (Vietnam's party has one by that name); every short form a province shares
 * (省通信管理局, 市场监管局). Every name is quoted from a stored page.
 */
import type { AuthorityVariant, CoreAuthority } from './types';

export const AUTHORITY_VARIANTS_21: readonly AuthorityVariant[] = [
  // The General Administration of Customs calls itself "China Customs" on its English site.
  {
    slug: 'gac',
    aliases: ['China Customs'],
    sources: [
      {
        url: 'http://english.customs.gov.cn/Statics/dba6e250-199a-4f31-b4cf-5d1e1871ac9a.html',
        title: 'General Administration of Customs of the P.R. China – China Customs Statistics',
        quote:
          'China Customs statistics are the country’s official external merchandise trade statistics. China Customs is responsible for trade data collection, processing, compilation and publication.',
        supports: ['aliases'],
      },
    ],
  },
  // TC260's English name as the EU–China standards project (SESEC) writes it since its 2024 renaming.
  {
    slug: 'tc260',
    aliases: [
      'National Technical Committee on Cybersecurity of the Standardization Administration of China',
      'National Technical Committee 260 on Cybersecurity of Standardization Administration of China',
    ],
    sources: [
      {
        url: 'https://sesec.eu/2025/news-events/news/standard-for-security-requirements-on-processing-of-sensitive-personal-information',
        title: 'SESEC – Standard for Security Requirements on Processing of Sensitive Personal Information',
        quote:
          'On April 25, 2025, China’s National Technical Committee on Cybersecurity of the Standardization Administration of China (SAC/TC260) released the national recommended standard, GB/T 45574-2025 Data security technology-Security requirements for processing of sensitive personal information',
        supports: ['aliases'],
      },
      {
        url: 'https://sesec.eu/2025/news-events/news/china-rolls-out-updated-frameworks-for-data-security-and-privacy-standards',
        title: 'SESEC – China rolls out updated frameworks for data security and privacy standards',
        quote:
          'On September 16, 2025, the Secretariat of the National Technical Committee 260 on Cybersecurity of Standardization Administration of China (or TC 260) issued the National Standard System for Data Security (2025 Edition) and the National Standard System for Personal Information Protection (PIP) (2025 Edition).',
        supports: ['aliases'],
      },
    ],
  },
  // 新闻出版署: the State Council body of 1987–2001 and the short name of today's NPPA.
  {
    slug: 'nppa',
    zhShortNames: ['新闻出版署'],
    sources: [
      {
        url: 'https://gwb.tencent.com/community/detail/127508',
        title: '腾讯游戏学堂 – 中国游戏监管史',
        quote:
          '一年后,国务院决定撤消文化部所属国家出版局,成立国家新闻出版署,同时保留国家版权局。就这样,新闻出版署成为了一个独立于文化部之外的国务院直属机构,成为新闻出版、图书和音像电子出版的主管机构。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.wiki2.zh-cn.nina.az/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%96%B0%E9%97%BB%E5%87%BA%E7%89%88%E7%BD%B2.html',
        title: '国家新闻出版署 (Wikipedia mirror)',
        quote: '國家新聞出版署(简称:新聞出版署,英語:National Press and Publication Administration,缩写:NPPA),是中共中央宣傳部對外加掛的牌子',
        supports: ['zhShortNames'],
      },
    ],
  },
  // 人民银行 without 中国, as lists of ministries write it.
  {
    slug: 'pboc',
    zhShortNames: ['人民银行'],
    sources: [
      {
        url: 'https://m.caixin.com/m/2020-11-19/101630287.html',
        title: '财新网 – 中央17个部委建立反不正当竞争部际联席会议制度',
        quote: '联席会议由市场监管总局牵头,还包含中央网信办、教育部、工业和信息化部、公安部、民政部、司法部、人民银行、银保监会、证监会等,共17个部门。',
        supports: ['zhShortNames'],
      },
    ],
  },
  // The Zhejiang Party committee's cyberspace office, which is the Zhejiang Cyberspace Administration.
  {
    slug: 'cac-zhejiang',
    zhShortNames: ['浙江省委网信办'],
    sources: [
      {
        url: 'http://www.cac.gov.cn/2019-05/13/c_1124488270.htm',
        title: '中国网信网 – 浙江省强化基础支撑保障推进网信工作',
        quote: '以浙江省委机构改革为契机,做好浙江省委网信办机构改革“三定”规定起草及相关工作,全面履行网络内容建设、网络安全、信息化协调和世界互联网大会承办等“3+1”工作职能。',
        supports: ['zhShortNames'],
      },
    ],
  },
];

export const CORE_AUTHORITIES_21: readonly CoreAuthority[] = [
  // Zhejiang's market regulator (also its intellectual property office): enforces competition rules on the province's platforms.
  {
    slug: 'zhejiang-amr',
    name: 'Zhejiang Provincial Administration for Market Regulation',
    nameZh: '浙江省市场监督管理局',
    aliases: ['浙江省市场监管局'],
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.zj.gov.cn/art/2020/8/18/art_1568590_54540931.html',
        title: 'Zhejiang Provincial People’s Government – Government Structure: Zhejiang Provincial Administration for Market Regulation',
        quote:
          'Zhejiang Provincial Administration for Market Regulation is an agency directly under the provincial government. It is at the departmental level and is also known as Zhejiang Provincial Intellectual Property Administration.',
        supports: ['name'],
      },
      {
        url: 'https://zscqyjs.zjamr.zj.gov.cn/api/othing/cms/tzggDetail/2/58dd07efda034a62bc9972ea52d1d244.html',
        title: '浙江知识产权在线 (浙江省市场监督管理局) – 浙江知识产权保护工作成绩喜人',
        quote: '据了解,今年以来,浙江省市场监督管理局(知识产权局)以数字化改革为引领,扎实推进知识产权保护各项工作',
        supports: ['nameZh'],
      },
      {
        url: 'http://www.tibet.cn/cn/instant/local/202301/t20230111_7343695.html',
        title: '中国西藏网 (杭州日报) – 浙江公布2022年度反不正当竞争典型案例',
        quote: '为鼓励和保护公平竞争,制止不正当竞争行为,保护经营者和消费者的合法权益,维护公平竞争市场环境,1月10日,浙江省市场监管局发布了15件2022年度反不正当竞争典型案例。',
        supports: ['aliases'],
      },
    ],
  },
  // Zhejiang's provincial-level procuratorate.
  {
    slug: 'zhejiang-procuratorate',
    name: 'People’s Procuratorate of Zhejiang',
    nameZh: '浙江省人民检察院',
    aliases: ["People's Procuratorate of Zhejiang"],
    kind: 'procuratorate',
    sources: [
      {
        url: 'http://english.zj.gov.cn/art/2017/9/22/art_5798_2249010.html',
        title: 'Zhejiang Provincial People’s Government – Guidelines Issued by People’s Procuratorate of Zhejiang to Construct a Beautiful Province',
        quote: 'On September 19, People’s Procuratorate of Zhejiang issued 18 guidelines on their procuratorial performance to construct beautiful Zhejiang',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://peopleweekly.cn/html/2020/gongyi_0410/28659.html',
        title: '人民周刊 – 诸暨检察院个人信息保护公益诉讼',
        quote: '对此,诸暨市人民检察院认为其符合公益诉讼立案条件,逐级向上级检察院汇报后,浙江省人民检察院同意对该案立案。',
        supports: ['nameZh'],
      },
    ],
  },
  // Jiangsu's provincial-level procuratorate (Jiangsu's high court is not listed here on purpose).
  {
    slug: 'jiangsu-procuratorate',
    name: 'People’s Procuratorate of Jiangsu Province',
    nameZh: '江苏省人民检察院',
    aliases: ["People's Procuratorate of Jiangsu Province", '江苏省检察院'],
    kind: 'procuratorate',
    sources: [
      {
        url: 'http://www.chinatoday.com.cn/english/society/2014-02/28/content_599823.htm',
        title: 'China Today – Jiangsu Province Procuratorates: Safeguard Justice and Serve the People',
        quote: 'The above is an extract from a statement that the People’s Procuratorate of Jiangsu Province made at the news conference it held on January 9.',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://big5.cri.cn/gate/big5/js.cri.cn/2018-01-29/89c7246e-155c-662c-f3ac-4d4df1a19d2c.html',
        title: '国际在线 (江苏) – 江苏省人民检察院工作报告',
        quote: '1月28日,江蘇省第十三屆人民代表大會第一次會議舉行第二次全體會議,聽取江蘇省人民檢察院檢察長劉華作《江蘇省人民檢察院工作報告》。',
        supports: ['nameZh'],
      },
      {
        url: 'https://ycth.jsjc.gov.cn/lianluo/201804/t20180426_379546.shtml',
        title: '江苏检察网 (检察日报) – 刘华:两高工作报告充分体现司法机关服务大局意识',
        quote: '3月10日,江苏省代表团举行全体会议,审议两高工作报告。全国人大代表、江苏省检察院检察长刘华在审议时说',
        supports: ['aliases'],
      },
    ],
  },
  // Jiangsu's telecom regulator under the MIIT: licenses internet services and names apps that infringe users' rights.
  {
    slug: 'jiangsu-communications-administration',
    name: 'Jiangsu Communication Administration',
    nameZh: '江苏省通信管理局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://interfax.com/newsroom/top-stories/67949/',
        title: 'Interfax – Jiangsu Cable receives ICP, ISP licenses',
        quote:
          'The Jiangsu Communication Administration has granted Jiangsu Broadcasting Television Network Corp. Ltd. (Jiangsu Cable) Internet content provider (ICP) and Internet service provider (ISP) licenses, an official with the local telecom authority told Interfax on July 17.',
        supports: ['name'],
      },
      {
        url: 'https://jsca.miit.gov.cn/gzcy/gggs/art/2025/art_fb60ec47ba8e4a3497adfbf317dccb52.html',
        title: '江苏省通信管理局 – 关于侵害用户权益行为的移动互联网应用程序通报(2025年第5批)',
        quote: '江苏省通信管理局高度重视用户权益保护工作,依据《个人信息保护法》《网络安全法》《电信条例》《电信和互联网用户个人信息保护规定》等法律法规,持续整治移动互联网应用程序侵害用户权益的违规行为。',
        supports: ['nameZh'],
      },
    ],
  },
  // Fujian's provincial-level court.
  {
    slug: 'fujian-high-court',
    name: 'Fujian Provincial High People’s Court',
    nameZh: '福建省高级人民法院',
    aliases: ["Fujian Provincial High People's Court"],
    kind: 'court',
    sources: [
      {
        url: 'https://www.hrichina.org/en/content/833',
        title: 'Human Rights in China – Veteran Fuzhou Lawyer Sues Judicial Bureau to Assert Right to Practice',
        quote: 'To this date, the Fujian Provincial High People’s Court has taken no action on the appeal that they filed in October 2006.',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.xmnn.cn/news/fjxw/202302/t20230203_62022.html',
        title: '厦门网 (福建日报) – 福建省高级人民法院工作报告',
        quote: '现在,我代表福建省高级人民法院向大会报告工作,请予审议,并请省政协各位委员和其他列席人员提出意见。',
        supports: ['nameZh'],
      },
      {
        url: 'http://www.legaldaily.com.cn/rdlf/content/2020-01/16/content_8102557.htm',
        title: '法治网 (福建人大网) – 关于福建省高级人民法院工作报告的决议',
        quote: '原标题:关于福建省高级人民法院工作报告的决议\n\n(2020年1月15日福建省第十三届人民代表大会第三次会议通过)',
        supports: ['nameZh'],
      },
    ],
  },
  // The name SAMR carries for antitrust enforcement since 18 November 2021 (a vice-minister heads it).
  {
    slug: 'national-anti-monopoly-bureau',
    name: 'National Anti-Monopoly Bureau',
    nameZh: '国家反垄断局',
    aliases: ['National Anti-monopoly Bureau'],
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-establishes-special-anti-monopoly-enforcement-agency',
        title: 'China Justice Observer – China Establishes Special Anti-Monopoly Enforcement Agency',
        quote: 'On 18 Nov. 2021, China’s National Anti-Monopoly Bureau was officially inaugurated.',
        supports: ['name'],
      },
      {
        url: 'https://news.cgtn.com/news/2021-11-18/China-inaugurates-national-anti-monopoly-bureau-15hJZa8osGA/index.html',
        title: 'CGTN – China inaugurates national anti-monopoly bureau',
        quote: 'China inaugurated its new National Anti-monopoly Bureau on Thursday in the same building as the State Administration for Market Regulation (SAMR) in Beijing.',
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://tongcheng.cjyun.org/p/42309.html',
        title: '长江云 – 国家反垄断局正式挂牌',
        quote: '2021年11月18日,在国家市场监督管理总局办公大楼,国家反垄断局正式挂牌。',
        supports: ['nameZh'],
      },
    ],
  },
  // The Party's Publicity Department: the NPPA, the National Copyright Administration and the China Film Administration are its outward names.
  {
    slug: 'publicity-department',
    name: 'Publicity Department of the Central Committee of the Chinese Communist Party',
    nameZh: '中国共产党中央委员会宣传部',
    aliases: ['Publicity Department of the Chinese Communist Party', '中央宣传部'],
    kind: 'party',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Publicity_Department_of_the_Chinese_Communist_Party',
        title: 'Wikipedia – Publicity Department of the Chinese Communist Party',
        quote:
          '= Publicity Department of the Chinese Communist Party =\n\nInfobox\n- Agency Name: Publicity Department of the Central Committee of the Chinese Communist Party\n- Nativename A: 中国共产党中央委员会宣传部',
        supports: ['name', 'nameZh', 'aliases'],
      },
      {
        url: 'http://paper.wenweipo.com/2020/10/31/CN2010310012.htm',
        title: '香港文匯報 – 中共中央舉行首場新聞發布會',
        quote: '中央宣傳部副部長、國務院新聞辦公室主任徐麟在主持發布會時指出,建立中共中央新聞發布制度',
        supports: ['aliases'],
      },
    ],
  },
  // The film regulator: an outward name of the Publicity Department since the 2018 reform (国家电影局).
  {
    slug: 'china-film-administration',
    name: 'China Film Administration',
    nameZh: '国家电影局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.globaltimes.cn/page/202111/1238598.shtml',
        title: 'Global Times – Chinese film authority encourages films of correct values, international exchanges in industry 14th five-year plan',
        quote:
          'China Film Administration released 14th five-year plan (2021-25) for the film industry, encouraging the industry to create more works promoting correct values and traditional culture while reiterating that they should boycott vulgar contents.',
        supports: ['name'],
      },
      {
        url: 'http://image.chinawriter.com.cn/n1/2018/0321/c418185-29881412.html',
        title: '中国作家网 (新华网) – 中央宣传部统一管理新闻出版、电影工作',
        quote: '(十二)中央宣传部统一管理电影工作。为更好发挥电影在宣传思想和文化娱乐方面的特殊重要作用,发展和繁荣电影事业,将国家新闻出版广电总局的电影管理职责划入中央宣传部。中央宣传部对外加挂国家电影局牌子。',
        supports: ['nameZh'],
      },
    ],
  },
];
