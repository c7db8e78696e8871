/**
 * Curated core layer: the media, culture, games and platform instruments China TMT pages cite —
 * SAMR's 2021 platform classification and responsibility drafts and its later platform fee and
 * pricing rules, the live-streaming opinions and notices (2020–2022), the fan-circle and
 * entertainment-celebrity notices, MCN (online performance brokerage) measures, minors and
 * online culture, game approval and anti-addiction notices, NRTA's micro-drama notices, app
 * filing and pre-installation rules, and the State Council's commercial performance regulation.
 * Every fact is quoted from a stored public page.
 */
import type { CoreAuthority, CoreInstrument } from './types';

export const CORE_AUTHORITIES_MEDIA_GAMES_4: readonly CoreAuthority[] = [
  {
    slug: 'sta',
    name: 'State Taxation Administration',
    nameZh: '国家税务总局',
    aliases: ['State Administration of Taxation'],
    abbreviations: ['STA'],
    kind: 'regulator',
    sources: [
      {
        url: 'http://cryer.org.uk/State_Taxation_Administration',
        title: 'State Taxation Administration Explained (Wikipedia mirror)',
        quote:
          'The State Taxation Administration (STA; Chinese: 国家税务总局) is a ministerial-level department within the government of the People\'s Republic of China. It is under the direction of the State Council, and is responsible for the collection of taxes and enforces the state revenue laws. Previously known as State Administration of Taxation.',
        supports: ['name', 'nameZh', 'aliases', 'abbreviations'],
      },
      {
        url: 'https://china.shushin.io/economic/taxlaw/tax-administration',
        title: 'China Legal Notes – Tax Administration',
        quote:
          'State Taxation Administration (STA) 国家税务总局\nThe STA is a direct subordinate to the State Council, responsible for managing nationwide collection of taxes, social insurance premiums, and relevant non-tax revenue.',
        supports: ['name', 'nameZh', 'abbreviations'],
      },
    ],
  },
  {
    slug: 'central-civilization-office',
    name: 'Central Civilization Office',
    nameZh: '中央文明办',
    kind: 'party',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/Opinions-on-Strengthening-Regulation-of-Online-Livestreaming-Tipping-for-the-Protection-of-Minors-/',
        title: 'China Law Translate – Opinions on Strengthening Regulation of Online Livestreaming Tipping for the Protection of Minors',
        quote:
          'Opinions on Strengthening Protections for Minors in Online Livestreaming Tipping of the Central Civilization Office, the Ministry of Culture and Tourism, the State Administration of Radio and Television, and the State Internet Information Office',
        supports: ['name'],
      },
      {
        url: 'https://e-chinaedu.cn/html/yaowen/2022/05-07/c_7447.shtml',
        title: '四部门:禁止未成年人参与直播打赏 严控未成年人从事主播',
        quote:
          '中央文明办、文化和旅游部、国家广播电视总局、国家互联网信息办公室近日发布了《关于规范网络直播打赏 加强未成年人保护的意见》',
        supports: ['nameZh'],
      },
    ],
  },
];

export const CORE_MEDIA_GAMES_4: CoreInstrument[] = [
  // ───────────── SAMR platform classification and grading (draft, 2021) ─────────────
  {
    id: 'document:guidelines-for-internet-platform-categorization-and-grading-draft',
    name: 'Guidelines for Internet Platform Categorization and Grading',
    nameZh: '互联网平台分类分级指南',
    aliases: [
      'Guidelines for Classification and Grading of Internet Platforms',
      'Internet Platform Categorisation and Grading Guidelines',
      'Guide to classification and grading of Internet platforms',
    ],
    kind: 'guideline',
    status: 'draft',
    issuers: ['samr'],
    promulgated: '2021-10-29',
    summary:
      'SAMR draft sorting internet platforms into six categories by what they connect (sales, life services, social and entertainment, information, finance, computing) and three grades — super, large, small and medium — with super platforms from 500 million annual active users.',
    sources: [
      {
        url: 'https://www.samr.gov.cn/hd/zjdc/art/2023/art_c0086d02fcc544ea9506c997b3ac93c1.html',
        title: '国家市场监督管理总局 – 关于对《互联网平台分类分级指南(征求意见稿)》《互联网平台落实主体责任指南(征求意见稿)》公开征求意见的公告',
        quote:
          '关于对《互联网平台分类分级指南(征求意见稿)》《互联网平台落实主体责任指南(征求意见稿)》公开征求意见的公告 … 发布时间:2021-10-29 17:48 … 国家市场监督管理总局组织起草了《互联网平台分类分级指南(征求意见稿)》《互联网平台落实主体责任指南(征求意见稿)》,现向社会征求意见。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://digichina.stanford.edu/work/translation-guidelines-for-internet-platform-categorization-and-grading-draft-for-comment-oct-2021/',
        title: 'DigiChina – Translation: Guidelines for Internet Platform Categorization and Grading (Draft for Comment)',
        quote:
          'The State Administration for Market Regulation on October 29, 2021, published a pair of draft regulatory documents on the platform economy that set out a typology for platforms, categorizing them by sector and function and grading them by scale and impact. These Guidelines lay out that typology. … TRANSLATION\n\nGuidelines for Internet Platform Categorization and Grading (Draft for Comment)',
        supports: ['name', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/3691-consultation-opened-on-guidelines-for-implementing-subject-responsibilities-on-internet-platforms-draft',
        title: 'Digital Policy Alert – Consultation opened on Guidelines for Implementing Subject Responsibilities on Internet Platforms (Draft)',
        quote:
          'The draft guidelines detail the responsibilities of internet platforms depending on their classification according to the Guidelines for Classification and Grading of Internet Platforms (Draft). For example, companies classified as super platforms on account of having more than 500 million active annual users, a range of services, and a market value of over CNH 1 trillion will have additional responsibilities',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.chinabankingnews.com/2021/11/18/china-plans-to-divide-internet-platforms-into-three-grades-of-increasing-responsibility-based-on-scale/',
        title: 'China Banking News – China Plans to Divide Internet Platforms into Three Grades of Increasing Responsibility Based on Scale',
        quote:
          'The State Administration for Market Regulation (SAMR) recently issued the draft versions of the “Internet Platform Categorisation and Grading Guidelines” (互联网平台分类分级指南(征求意见稿)) … The draft Guidelines propose dividing online platforms into the three grades of “super-grade,” “large-scale” and “small and medium,” with the threshold for “super-grade” set at annual active users of 500 million or more.',
        supports: ['aliases', 'nameZh', 'issuers', 'status', 'summary'],
      },
      {
        url: 'https://www.ianbrown.tech/2021/11/01/chinas-new-platform-guidelines/',
        title: 'Ian Brown – China’s new platform guidelines',
        quote:
          'Guide to classification and grading of Internet platforms\n\n(Draft for comments) … the platform is divided into the following six categories (see Table 1).\n\nTable 1  Platform Classification\n\nPlatform categoryConnection propertiesThe main function\nNetwork sales platformConnect people with goodsTrading function\nLife services platformConnect people and servicesService features\nSocial entertainment platformConnect people with peopleSocial entertainment features\nInformation information platformConnect people and informationInformation function\nFinancial services platformConnect people with moneyFinancing function\nCompute Applications class platform',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://deimos.orientaldaily.com.my/news/tech/2021/10/30/447034',
        title: 'Oriental Daily News (Malaysia)',
        quote:
          '超大用户规模,即平台上年度在中国的年活跃用户不低于5亿',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── SAMR platforms' primary responsibility (draft, 2021) ─────────────
  {
    id: 'document:guidelines-for-implementing-primary-responsibility-of-internet-platforms-draft',
    name: 'Guidelines for Implementing the Primary Responsibility of Internet Platforms',
    nameZh: '互联网平台落实主体责任指南',
    aliases: [
      'Guidelines for Implementing Subject Responsibilities on Internet Platforms',
      'Internet Platform Guidelines for the Implementation of Main Duties',
    ],
    kind: 'guideline',
    status: 'draft',
    issuers: ['samr'],
    promulgated: '2021-10-29',
    summary:
      'SAMR draft setting out internet platform operators’ duties according to their grade — fair competition, equal treatment, an open ecosystem, data security — with more for super-large platforms.',
    relations: [{ type: 'cites', target: 'document:guidelines-for-internet-platform-categorization-and-grading-draft', source: 2 }],
    sources: [
      {
        url: 'https://www.samr.gov.cn/hd/zjdc/art/2023/art_c0086d02fcc544ea9506c997b3ac93c1.html',
        title: '国家市场监督管理总局 – 关于对《互联网平台分类分级指南(征求意见稿)》《互联网平台落实主体责任指南(征求意见稿)》公开征求意见的公告',
        quote:
          '关于对《互联网平台分类分级指南(征求意见稿)》《互联网平台落实主体责任指南(征求意见稿)》公开征求意见的公告 … 发布时间:2021-10-29 17:48 … 国家市场监督管理总局组织起草了《互联网平台分类分级指南(征求意见稿)》《互联网平台落实主体责任指南(征求意见稿)》,现向社会征求意见。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://digichina.stanford.edu/work/translation-guidelines-for-internet-platform-categorization-and-grading-draft-for-comment-oct-2021/',
        title: 'DigiChina – Translation: Guidelines for Internet Platform Categorization and Grading (Draft for Comment)',
        quote:
          'The companion Guidelines for Implementing the Primary Responsibility of Internet Platforms (Draft for Comment) outline responsibilities for platforms according to the typology.',
        supports: ['name', 'status', 'summary'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/3691-consultation-opened-on-guidelines-for-implementing-subject-responsibilities-on-internet-platforms-draft',
        title: 'Digital Policy Alert – Consultation opened on Guidelines for Implementing Subject Responsibilities on Internet Platforms (Draft)',
        quote:
          "On 29 October 2021, China's State Administration for Market Supervision (SAMR) published and opened a consultation on the Guidelines for Implementing Subject Responsibilities on Internet Platforms (Draft). The draft guidelines detail the responsibilities of internet platforms depending on their classification according to the Guidelines for Classification and Grading of Internet Platforms (Draft). For example, companies classified as super platforms on account of having more than 500 million active annual users, a range of services, and a market value of over CNH 1 trillion will have additional responsibilities, e.g. in the areas of fair competition and data security.",
        supports: ['aliases', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://www.chinabankingnews.com/2021/11/18/china-plans-to-divide-internet-platforms-into-three-grades-of-increasing-responsibility-based-on-scale/',
        title: 'China Banking News – China Plans to Divide Internet Platforms into Three Grades of Increasing Responsibility Based on Scale',
        quote:
          'the “Internet Platform Guidelines for the Implementation of Main Duties” (互联网平台落实主体责任指南(征求意见稿)) for the solicitation of opinions from the public.\n\nThe draft Guidelines divide China’s online platforms into six main categories and three main grades, while also stipulating that platforms must implement responsibilities with regard to fair competition, equal regulation and open ecosystems that vary depending upon size.',
        supports: ['aliases', 'nameZh', 'summary'],
      },
    ],
  },

  // ───────────── Live streaming: seven-department guiding opinions (2021) ─────────────
  {
    id: 'document:guiding-opinions-on-strengthening-standardized-management-of-webcasting',
    name: 'Guiding Opinions on Strengthening the Standardized Management of Webcasting',
    nameZh: '关于加强网络直播规范管理工作的指导意见',
    aliases: ['Guiding Opinions on Network Live Broadcast Regulations and Managements'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'mct', 'samr', 'nrta'],
    promulgated: '2021-02-09',
    summary:
      'Opinions of the CAC and six other bodies on live streaming: platform responsibility lists, real-name hosts, classified and graded management of host accounts, rules on tipping (none from minors) and a youth mode.',
    sources: [
      {
        url: 'https://www.foodmatenet.com/2021/02/seven-national-departments-jointly-issued-theguiding-opinions-on-strengthening-the-standardized-management-of-webcasting/',
        title: 'Seven national departments jointly issued the “Guiding Opinions on Strengthening the Standardized Management of Webcasting”',
        quote:
          'On the 9th, seven departments including the National Internet Information Office and the National Anti-Pornography Working Group Office jointly issued the”Guiding Opinions on Strengthening the Standardized Management of Webcasting” (hereinafter referred to as the”Opinions”), aiming to further strengthen webcasting Positive guidance and standardized management of the industry, focusing on regulating online rewarding behaviors, promoting the classification and grading management of anchor accounts',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://www.foodmatenet.com/2021/02/seven-national-departments-jointly-issued-theguiding-opinions-on-strengthening-the-standardized-management-of-webcasting/',
        title: 'Seven national departments jointly issued the “Guiding Opinions on Strengthening the Standardized Management of Webcasting”',
        quote:
          'the National Internet Information Office, the National Anti-Pornography and Illegal Work Group Office, the Ministry of Industry and Information Technology, the Ministry of Public Security, the Ministry of Culture and Tourism, the State Administration for Market Regulation, and the State Administration of Radio and Television Jointly formulate and implement the”Opinions.”',
        supports: ['issuers'],
      },
      {
        url: 'http://www.dpzfv.cn/article/info-820.html',
        title: '關于印發《關于加強網絡直播規范管理工作的指導意見》的通知 (转载)',
        quote:
          '國信辦發文 〔2021〕 3號 … 國家互聯網信息辦公室、全國“掃黃打非”工作小組辦公室、工業和信息化部、公安部、文化和旅游部、國家市場監督管理總局、國家廣播電視總局等七部委聯合發布《關于加強網絡直播規范管理工作的指導意見》。 … 2021年2月9日',
        supports: ['kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://gxem.cn/index.html',
        title: 'gxem.cn',
        quote:
          '日前,国家互联网信息办公室等七部门联合发布《关于加强网络直播规范管理工作的指导意见》(以下简称《意见》),提到重点规范网络打赏行为,推进主播账号分类分级管理等内容。《意见》明确应当向未成年人用户提供青少年模式',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/399-guiding-opinions-on-network-live-broadcast-regulations-and-managements',
        title: 'Shanghai Invest – Guiding Opinions on Network Live Broadcast Regulations and Managements',
        quote:
          'seven departments have issued this Guiding Opinions on Network Live Broadcast Regulations and Managements together on February 9th, 2021. … Implement the list of entity responsibilities for network live broadcast platform … Implement the network real-name account registration and standardize the use of account name. Network performers shall not publish Internet news information beyond the scope of permission, shall not accept the recharging and rewarding from minors',
        supports: ['aliases', 'promulgated', 'summary'],
      },
    ],
  },


  // ───────────── Fan circles (CAC, 2021) ─────────────,

  // ───────────── Entertainment celebrities online (CAC, 2021) ─────────────
  {
    id: 'document:notice-on-further-strengthening-regulation-of-online-information-about-entertainment-celebrities',
    name: 'Notice on Efforts Related to Further Strengthening Regulation of Online Information about Entertainment Celebrities',
    nameZh: '关于进一步加强娱乐明星网上信息规范相关工作的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2021-10-26',
    summary:
      'CAC notice of 15 measures in four areas (content orientation, information display, account management, public-opinion mechanisms) on online information about entertainers: endorsements shown in principle only in advertising slots, hierarchical management of celebrity-related accounts, and joint punishment so that law-breaking or immoral entertainers cannot make a comeback online.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/celebrity-information/print/',
        title: 'China Law Translate – Notice on Efforts Related to Further Strengthening Regulation of Online Information about Entertainment Celebrities',
        quote:
          'Notice on Efforts Related to Further Strengthening Regulation of Online Information about Entertainment Celebrities\n\nby China Law Translate | 2021/11/23 9:09 AM\n\nPromulgation Date: 2021-10-26\nTitle: Notice on Efforts Related to Further Strengthening Regulation of Online Information about Entertainment Celebrities\nDocument Number:\nExpiration date: \nPromulgating Entities: Cybersecurity Administration',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.tianshui.com.cn/news/guonei/2021112320272977344.htm',
        title: '天水在线 – 中央网信办加强娱乐明星网上信息规范 (新华网)',
        quote:
          '中央网信办近日印发《关于进一步加强娱乐明星网上信息规范相关工作的通知》,提出对违法失德明星艺人采取联合惩戒措施,全网统一标准,严防违法失德明星艺人转移阵地、“曲线复出”。 … 通知从内容导向、信息呈现、账号管理、舆情机制等4个方面提出15项具体工作措施 … 对于明星广告代言、品牌合作、商业推广等商业活动类信息,原则上仅在各网站平台广告位置呈现',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://www.referchina.com/2021/11/Chinas_top_internet_regulator_to_establish_negative_list_on____49945.html',
        title: 'ReferChina – China’s top internet regulator to establish negative list on celebrity-related content',
        quote:
          'The notice released by Cyberspace Administration of China (CAC) on Tuesday listed 15 measures in four aspects … Platforms should manage celebrity-related accounts under hierarchical management',
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Tipping and minors (four departments, 2022) ─────────────
  {
    id: 'document:opinions-on-regulating-online-live-streaming-tipping-and-strengthening-protection-of-minors',
    name: 'Opinions on Strengthening Regulation of Online Livestreaming Tipping for the Protection of Minors',
    nameZh: '关于规范网络直播打赏 加强未成年人保护的意见',
    aliases: ['Opinions on Strengthening Protections for Minors in Online Livestreaming Tipping'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['central-civilization-office', 'mct', 'nrta', 'cac'],
    promulgated: '2022-05-07',
    summary:
      'Four-department opinions barring minors from tipping live streamers, tightly restricting minors as hosts, upgrading the youth mode and keeping minors off live streams after 10 p.m.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:law-on-the-protection-of-minors', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/Opinions-on-Strengthening-Regulation-of-Online-Livestreaming-Tipping-for-the-Protection-of-Minors-/',
        title: 'China Law Translate – Opinions on Strengthening Regulation of Online Livestreaming Tipping for the Protection of Minors',
        quote:
          'Opinions on Strengthening Regulation of Online Livestreaming Tipping for the Protection of Minors\n\nPromulgation Date: 2022-5-7 … Promulgating Entities: Ministry of Culture and Tourism, State Administration of Radio and Television, State Internet Information Office, et al. … Opinions on Strengthening Protections for Minors in Online Livestreaming Tipping of the Central Civilization Office, the Ministry of Culture and Tourism, the State Administration of Radio and Television, and the State Internet Information Office … The following opinions are now issued on the basis of the PRC Cybersecurity Law, the PRC Law on the Protection of Minors, and other laws and regulations',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://e-chinaedu.cn/html/yaowen/2022/05-07/c_7447.shtml',
        title: '四部门:禁止未成年人参与直播打赏 严控未成年人从事主播',
        quote:
          '中央文明办、文化和旅游部、国家广播电视总局、国家互联网信息办公室近日发布了《关于规范网络直播打赏 加强未成年人保护的意见》(以下简称《意见》)。《意见》提出,禁止未成年人参与直播打赏、严控未成年人从事主播、优化升级“青少年模式”、建立专门服务团队、规范重点功能应用、加强高峰时段管理、加强网络素养教育等工作举措。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://economictimes.indiatimes.com/tech/technology/china-to-bar-minors-from-tipping-livestreamers/articleshow/91392347.cms?from=mdr',
        title: 'The Economic Times – China to bar minors from tipping livestreamers',
        quote:
          "China's broadcasting regulator on Saturday put forward new rules that bar minors from tipping livestreamers and also require online platforms to prevent such users from watching livestreaming services after 10 p.m.",
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MCN agencies (MCT, 2021) ─────────────
  {
    id: 'document:administrative-measures-for-online-performance-brokerage-agencies',
    name: 'Administrative Measures for Online Performance Brokerage Agencies',
    nameZh: '网络表演经纪机构管理办法',
    zhShortNames: ['文旅市场发〔2021〕91号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mct'],
    promulgated: '2021-08-30',
    effective: '2021-08-30',
    summary:
      'MCT measures for MCN agencies and streamer guilds: a commercial performance licence, verification and management of signed streamers, no inducing users to spend by fake purchases or lead tipping, and an 18-month transition.',
    relations: [
      { type: 'based_on', target: 'document:regulations-on-administration-of-commercial-performances', source: 0 },
      { type: 'based_on', target: 'document:interim-provisions-on-administration-of-internet-culture', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/online-performance-talent-agents/',
        title: 'China Law Translate – Online performance management establishments',
        quote:
          'Promulgation Date: 2021-8-30 Title: 文化和旅游部关于印发《网络表演经纪机构管理办法》的通知 Document Number:文旅市场发〔2021〕91号 Expiration date: Promulgating Entities: Ministry of Culture and Tourism … Article 1: These Measures are formulated on the basis of the "Regulations on For-profit Performances" , "The Detailed Implementation Regulations for the Regulations for For-profit Performances", "The Temporary Provisions on the Administration of Internet Culture" and other relevant provisions',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/mct-to-regulate-online-performance-brokerage-agencies',
        title: 'China Justice Observer – MCT to Regulate Online Performance Brokerage Agencies',
        quote:
          'On 30 Aug. 2021, the “Administrative Measures for Online Performance Brokerage Agencies” (hereinafter “the Measures”, 网络表演经纪机构管理办法) issued by the Ministry of Culture and Tourism (MCT) entered into force. The Measures sets out stricter requirements over the business qualification, control over the performance content, online anchor management, and internal staff management of online performance brokerage agencies. The Measures also grants an 18-month transition period.',
        supports: ['name', 'nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://hzmskj.com/ss/20133.html',
        title: '文旅部:网络表演经纪机构不得以带头打赏等诱导消费 (中新网)',
        quote:
          '《办法》所称的网络表演经纪机构,行业内俗称“MCN机构”“主播公会”,是指依法从事网络表演经纪活动的经营单位。 … 《办法》明确规定网络表演经纪机构不得以虚假消费、带头打赏等方式诱导用户消费,不得以打赏排名、虚假宣传等方式炒作网络表演者收入。',
        supports: ['summary'],
      },
      {
        url: 'http://www.caheb.gov.cn/system/2022/10/14/030194097.shtml',
        title: '河北网信网 – 关于延长《网络表演经纪机构管理办法》政策缓冲期的公告',
        quote:
          '2021年我部印发了《网络表演经纪机构管理办法》(以下简称《办法》),要求网络表演经纪机构从事演出经纪活动,应当依法取得营业性演出许可证。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────── Minors in the online cultural market (MCT, 2021) ─────────────
  {
    id: 'document:opinions-on-strengthening-protection-of-minors-in-online-cultural-market',
    name: 'Opinions on Strengthening the Protection of Minors in the Online Cultural Market',
    nameZh: '关于加强网络文化市场未成年人保护工作的意见',
    aliases: ['Guidelines on Enhancing Protection of Minors in the Online Cultural Market'],
    zhShortNames: ['办市场发〔2021〕211号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mct'],
    promulgated: '2021-11-29',
    summary: 'MCT opinions on minors in the online cultural market: operators must identify users, protect personal information, block harmful content, not profit from “internet celebrity children”, regulate tipping and not open live-streaming accounts for under-16s.',
    relations: [{ type: 'implements', target: 'document:law-on-the-protection-of-minors', source: 0 }],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/protectingkidsonline/',
        title: 'China Law Translate – Opinions of the General Office of the Ministry of Culture and Tourism on Strengthening the Protection of Minors in the Online Cultural Market',
        quote:
          "Opinions of the General Office of the Ministry of Culture and Tourism on Strengthening the Protection of Minors in the Online Cultural Market\n\nPromulgation Date: 2021-11-29 … Document Number:办市场发〔2021〕211号 … Promulgating Entities: Office of the Ministry of Culture and Tourism … The following working opinions are formulated so as to implement the \"Law of the People's Republic of China on the Protection of Minors\"",
        supports: ['name', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://zwgk.mct.gov.cn/zfxxgkml/zcfg/zcjd/202112/t20211202_929536.html',
        title: '文化和旅游部 – 文化和旅游部发布《关于加强网络文化市场未成年人保护工作的意见》',
        quote:
          '文化和旅游部近日发布《关于加强网络文化市场未成年人保护工作的意见》。 … 要压实市场主体责任,包括切实强化用户识别、严格保护个人信息、坚决阻断有害内容、严禁借“网红儿童”牟利、有效规范“金钱打赏”、持续优化功能设置',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/452-enhanced-protection-for-minors-in-the-online-cultural-industry',
        title: 'Shanghai Invest – Enhanced Protection for Minors in the Online Cultural Industry',
        quote:
          'Online cultural service providers shall not provide account registration services of live webcast publishers for minors under the age of 16',
        supports: ['summary'],
      },
      {
        url: 'http://readke.com/c/12213K15H021.html',
        title: 'Chinese Authorities Caution over Online Content Featuring Children (TMTPost)',
        quote:
          'The Ministry of Culture and Tourism of China has recently released the Guidelines on Enhancing Protection of Minors in the Online Cultural Market, which prohibits exploiting children for online content for profit.',
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────── Game live streaming on audio-visual platforms (2022) ─────────────
  {
    id: 'document:notice-on-strengthening-management-of-game-live-streaming-on-online-audio-visual-platforms',
    name: 'Notice on Strengthening the Management of Game Live Streaming on Online Audio-Visual Platforms',
    nameZh: '关于加强网络视听节目平台游戏直播管理的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2022-04',
    summary:
      'Notice of the NRTA’s online audio-visual department and the Publicity Department’s publishing bureau: no live streaming of unapproved games, conduct rules for game streamers, no airtime for law-breaking or immoral people, minors’ protection and filing of game-streaming programmes.',
    sources: [
      {
        url: 'http://tlbanli.com/newsdetail.aspx?id=1163',
        title: 'tlbanli.com',
        quote:
          '4月15日,国家广播电视总局网络视听节目管理司和中共中央宣传部出版局发布关于加强网络视听节目平台游戏直播管理的通知。严格履行分类报审报备制度。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://app.bjtitle.com/8816/newshow.php?newsid=6137536&typeid=13',
        title: '广电总局、中宣部:严禁违法失德人员利用直播发声出镜 (新华财经)',
        quote:
          '新华财经 2022-04-15 12:13\n\n国家广电总局网络视听节目管理司、中宣部出版局联合发布通知,加强网络视听节目平台游戏直播管理:①严禁网络视听平台传播违规游戏,各类网络视听节目均不得直播未经主管部门批准的网络游戏;②加强游戏直播内容播出管理;③加强游戏主播行为规范引导;④严禁违法失德人员利用直播发声出镜;⑤督促网络直播平台建立并实行未成年人保护机制;⑥严格履行分类报审报备制度。',
        supports: ['issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://nikopartners.com/nrta-issues-notice-on-game-live-streaming-in-china/',
        title: 'Niko Partners',
        quote:
          'China’s National Radio and Television Administration issued a notice on April 12, 2022 (Published April 15), called “Strengthening the Management of Game Live Streaming on Online Audio-Visual Platforms”. The notice states that game live streaming platforms, short video platforms and other types of audio-visual platforms are prohibited from broadcasting video games without having obtained a license (ISBN).',
        supports: ['name', 'kind', 'status'],
      },
    ],
  },

  // ───────────── Celebrity advertising endorsements (SAMR and six others, 2022) ─────────────
  {
    id: 'document:guiding-opinions-on-further-regulating-celebrity-advertising-endorsement-activities',
    name: 'Guiding Opinions on Further Regulating Celebrity Advertising Endorsement Activities',
    nameZh: '关于进一步规范明星广告代言活动的指导意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'cac', 'mct', 'nrta', 'csrc'],
    promulgated: '2022-10-31',
    summary:
      'SAMR-led seven-department opinions on celebrity endorsements, combining competition, industry management, enforcement, self-regulation and public oversight so that law-breaking or immoral stars are rejected by the market.',
    sources: [
      {
        url: 'https://sputniknews.cn/20221101/1045167766.html',
        title: '俄罗斯卫星通讯社 – 中国市场监管部门规范名人广告代言活动 (01.11.2022)',
        quote:
          '北京 - 俄罗斯卫星通讯社, 1920, 01.11.2022 … 中国市场监管总局会同中央网信办、文化和旅游部、广电总局、银保监会、证监会、国家电影局等七部门联合印发《关于进一步规范明星广告代言活动的指导意见》,自公布之日起实施。 … 综合运用市场竞争、行业管理、监管执法、行业自律、社会监督等多种措施,构建起规范明星广告代言活动的治理体系 … 形成德艺双馨明星被市场认可、违法失德明星被市场抵制的良性循环。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/Guiding-Opinions-on-Further-Regulating-Celebrity-Advertising-Endorsement-Activities/',
        title: 'Guiding Opinions on Further Regulating Celebrity Advertising Endorsement Activities – China Law Translate',
        quote: 'Guiding Opinions on Further Regulating Celebrity Advertising Endorsement Activities\n\nPromulgation Date: 2022-10-31\nTitle: Guiding Opinions on Further Regulating Celebrity Advertising Endorsement Activities',
        supports: ['name', 'status', 'promulgated'],
      },
    ],
  },


  // ───────────── Micro-short dramas: tiered review (NRTA, 2025) ─────────────
  {
    id: 'document:notice-on-coordinating-development-and-security-of-online-micro-short-drama-industry',
    name: 'Notice on Further Coordinating Development and Security to Promote the Healthy and Prosperous Development of the Online Micro-Short Drama Industry',
    nameZh: '关于进一步统筹发展和安全促进网络微短剧行业健康繁荣发展的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2025-02-05',
    summary:
      'NRTA notice setting a tiered review of micro-dramas by subject and budget — “key” (1 million yuan or more) and “ordinary” (300,000 to 1 million) dramas reviewed by broadcasting authorities, smaller ones by the platforms — and barring distribution of any without a licence or filing number.',
    relations: [
      { type: 'based_on', target: 'document:regulations-on-administration-of-radio-and-television', source: 1 },
      { type: 'based_on', target: 'document:provisions-on-administration-of-internet-audio-visual-program-services', source: 1 },
    ],
    sources: [
      {
        url: 'https://mlwch.com/keywords/2/%E7%BD%91%E7%BB%9C%E5%89%A7.html',
        title: 'mlwch.com – 国家广播电视总局再发通知:落实“分类分层审核”制度',
        quote:
          '2月5日,国家广播电视总局发布《关于进一步统筹发展和安全促进网络微短剧行业健康繁荣发展的通知》,要求落实“分类分层审核”制度。根据微短剧行业发展实际,按照国产网络剧片分级监管、重点监管原则:对微短剧按三类分三个层级进行审核管理',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://anqing.hnxfqy.com/post/ngSg_83078.html',
        title: '国家广播电视总局:落实微短剧“分类分层审核”制度 (中新网转载)',
        quote:
          '国家广播电视总局办公厅《关于进一步加强网络微短剧管理 实施创作提升计划有关工作的通知》(广电办发〔2022〕345号)印发以来 … 根据《广播电视管理条例》《互联网视听节目服务管理规定》《关于国产网络剧片发行许可服务管理有关事项的通知》等规定,现就进一步统筹发展和安全,促进包括“小程序”类微短剧在内的微短剧行业健康繁荣发展通知如下',
        supports: ['issuers', 'relations'],
      },
      {
        url: 'https://stock360.hkej.com/stockConnect/dealerReportDetail/3992458',
        title: '信報 – 國家廣播電視總局發布微短劇通知 (2025年2月5日)',
        quote:
          '2025年2月5日\n新華社報道,國家廣播電視總局正式發布「關於進一步統籌發展和安全促進網絡微短劇行業健康繁榮發展」的通知,要求落實「分類分層審核」制度。 … 網絡視聽平台不得上線傳播未標註許可證或備案號的微短劇,也不得為其引流、推送。',
        supports: ['issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://sixthtone.com/news/1016616/china%E2%80%99s-ultrashort-dramas-must-now-clear-official-review',
        title: 'Sixth Tone – China’s Ultrashort Dramas Must Now Clear Official Review',
        quote:
          'The three-tier system is based on theme and investment, dividing them into “key micro-dramas” — 1 million yuan ($137,000) or more, “regular micro-dramas” (300,000 to 1 million yuan), and “other micro-dramas” (under 300,000 yuan).\n\n    Key and regular micro-dramas must be reviewed by provincial-level radio and television authorities before release. Smaller productions fall under the supervision of streaming platforms',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://12zfw2.a899.cn/html/78f099072.html',
        title: '南方网 (reprint) – 广电总局:落实微短剧“分类分层审核”制度',
        quote:
          '据国家广播电视总局网站2月5日消息 … “重点微短剧”(符合特殊题材、总投资额度达到100万元及以上、长短视频平台招商主推或在各终端首页首屏推荐播出、自愿按重点微短剧申报等几种条件之一)、“普通微短剧”(总投资额度在30万元(含)—100万元之间且非重点推荐)均应报省级以上广电主管部门进行规划备案和成片审查',
        supports: ['summary'],
      },
      {
        url: 'https://www.devdiscourse.com/article/entertainment/3253177-china-tightens-grip-on-popular-micro-dramas-with-licensing-rules',
        title: 'Devdiscourse – China Tightens Grip on Popular Micro Dramas with Licensing Rules',
        quote:
          "In a move aimed at regulating the burgeoning genre of micro dramas, China will now require a licensing protocol, authorities announced. This decision, said to ensure 'healthy and prosperous development,' seeks to exercise tighter control over online content dissemination.",
        supports: ['name', 'summary'],
      },
    ],
  },

  // ───────────── Mobile game publishing approval (SAPPRFT, 2016) ─────────────
  {
    id: 'document:notice-on-administration-of-publishing-services-of-mobile-games',
    name: 'Notice on the Administration of Publishing Services of Mobile Games',
    nameZh: '关于移动游戏出版服务管理的通知',
    aliases: ['Notice on the Administration of Mobile Game Publication Services'],
    kind: 'normative_document',
    status: 'final',
    effective: '2016-07-01',
    summary:
      'SAPPRFT notice requiring approval before any mobile game is published online in China, with a simplified procedure for domestic casual games without sensitive subjects and fresh applications for new versions and spin-offs.',
    relations: [{ type: 'implements', target: 'document:provisions-on-administration-of-network-publishing-services', source: 1 }],
    sources: [
      {
        url: 'http://www.mondaq.com/china/gaming/561732/china-sapprft-issued-implementation-rules-to-streamline-the-approval-process-of-mobile-games',
        title: 'Mondaq – China: SAPPRFT Issued Implementation Rules To Streamline The Approval Process Of Mobile Games',
        quote:
          'the State Administration of Press, Publication, Radio, Film and Television ("SAPPRFT", "国家新闻出版广电总局") promulgated the Notice on the Administration of Publishing Services of Mobile Games ("Notice", 《关于移动游戏出版服务管理的通知》) to set out the pre-approval requirements of publishing mobile games in China. The Notice will take effect on July 1, 2016',
        supports: ['name', 'nameZh', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'http://www.hk-lawyer.org/content/sapprft-reigns-mobile-gaming-industry',
        title: 'Hong Kong Lawyer – SAPPRFT Reigns in Mobile Gaming Industry',
        quote:
          'On 24 May 2016, the SAPPRFT issued the Notice on the Administration of Mobile Game Publication Services, which will take effect 1 July 2016. The notice fleshes out the Provisions on Administration of Web Publishing Services 2016 … mobile games can be published in China only after completing an approval procedure with the SAPPRFT … The game does not involve sensitive subjects such as politics, the military, ethnicity or religion and has no plot or has only a simple story line.\n  • The game is of a casual genre. … The notice requires a game publishing services unit to complete a new application procedure for new versions of mobile games, including updates and spin-offs',
        supports: ['aliases', 'effective', 'summary', 'relations'],
      },
    ],
  },

  // ───────────── Online game anti-addiction system (eight departments, 2007) ─────────────
  {
    id: 'document:notice-on-protecting-minors-and-implementing-online-game-anti-addiction-system',
    name: 'Notice on Protecting the Physical and Mental Health of Minors and Implementing the Online Game Anti-addiction System',
    nameZh: '关于保护未成年人身心健康 实施网络游戏防沉迷系统的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nppa', 'central-civilization-office', 'moe', 'mps'],
    promulgated: '2007-04',
    summary:
      'Eight-department notice (press and publication, Central Civilization Office, education, public security and others) that introduced the anti-addiction system for online games, later made a condition of game approval.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/real-name-verification-for-anti-addiction-of-online-games-20111001/chn',
        title: 'China Laws Portal (CJO) – 关于启动网络游戏防沉迷实名验证工作的通知',
        quote:
          '2007年4月,新闻出版总署、中央文明办、教育部、公安部、信息产业部、共青团中央、中华全国妇女联合会、中国关心下一代工作委员会等八部委联合发出《关于保护未成年人身心健康 实施网络游戏防沉迷系统的通知》(以下简称:“防沉迷通知”)。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.appinchina.co/government-documents/notice-about-starting-online-game-anti-addiction-real-name-verification/',
        title: 'AppInChina – Notice about starting online game anti-addiction real-name verification',
        quote:
          'On April 2007, eight ministries and commissions, including the General Administration of Press and Publication, the Central Civilization Office, the Ministry of Education, the Ministry of Public Security, the Ministry of Information Industry, the Communist Youth League Central Committee, the All-China Women’s Federation, and the China Care for the Next Generation Working Committee, jointly issued the “Notice on protecting the physical and mental health of minors and implementing the online game anti-addiction system”',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.appinchina.co/government-documents/notice-about-starting-online-game-anti-addiction-real-name-verification/',
        title: 'AppInChina – Notice about starting online game anti-addiction real-name verification',
        quote:
          'Since the “Notice of Addiction Prevention” was issued, with the joint efforts of relevant departments, all sectors of society and national online game operation companies, the implementation of the online game anti addiction system has achieved remarkable results. … The approval process of online games has set the anti-addiction system as a necessary condition for pre-approval',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Real-name verification for game anti-addiction (GAPP and others, 2011) ─────────────
  {
    id: 'document:notice-on-launching-real-name-verification-for-online-game-anti-addiction',
    name: 'Notice on Launching the Real-Name Verification for Anti-addiction of Online Games',
    nameZh: '关于启动网络游戏防沉迷实名验证工作的通知',
    zhShortNames: ['新出联〔2011〕10号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nppa'],
    effective: '2011-10-01',
    summary:
      'GAPP and seven other bodies start real-name checks for the online game anti-addiction system from 1 October 2011: operators submit players’ identity data to the MPS citizen ID centre, and players found to give false identities are put under anti-addiction limits.',
    relations: [{ type: 'cites', target: 'document:notice-on-protecting-minors-and-implementing-online-game-anti-addiction-system', source: 0 }],
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/real-name-verification-for-anti-addiction-of-online-games-20111001/chn',
        title: 'China Laws Portal (CJO) – The Notice on Launching the Real-Name Verification for Anti-addiction of Online Games (2011)',
        quote:
          'The Notice on Launching the Real-Name Verification for Anti-addiction of Online Games (2011)\n\n关于启动网络游戏防沉迷实名验证工作的通知\n\nType of laws Government policy\n\nIssuing body General Administration of Press and Publication\n\nPromulgating date Oct 01, 2011\n\nEffective date Oct 01, 2011 … 关于启动网络游戏防沉迷实名验证工作的通知\n新出联〔2011〕10号 … 八部委联合发出《关于保护未成年人身心健康 实施网络游戏防沉迷系统的通知》',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'http://news.imosi.com/news/20111010/30462.shtml',
        title: '谋思网 – 网游实名验证10月起实施',
        quote:
          '国家新闻出版总署等八部门日前联合印发《关于启动网络游戏防沉迷实名验证工作的通知》,网络游戏防沉迷实名验证于10月1日起在全国范围内正式实施。\n通知规定,公安部所属全国公民身份证号码查询服务中心,需承担全国网络游戏防沉迷实名验证工作。按照规定,网游企业需要按照流程及时报送需验证的用户身份信息,并且要严格将经过实名验证被确认为“提供虚假身份信息”的用户纳入网络游戏防沉迷系统。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },


  // ───────────── Commercial performances (State Council, 2005) ─────────────
  {
    id: 'document:regulations-on-administration-of-commercial-performances',
    name: 'Regulation on the Administration of Commercial Performances',
    nameZh: '营业性演出管理条例',
    aliases: ['Administrative Regulations on Commercial Performances', 'Regulations on For-profit Performances'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2005-07-07',
    effective: '2005-09-01',
    amended: ['2008-07-22', '2013-07-18', '2016-02-06', '2020-11-29'],
    summary:
      'State Council regulation on for-profit live art performances for the public, supervised by the culture department; its commercial performance licence is what online performance brokerage agencies must hold.',
    sources: [
      {
        url: 'https://international.laws.com/china-laws/2005/regulation-for-the-administrat',
        title: 'International Laws – Regulation for the Administration of Commercial Performances',
        quote:
          'Order of the State Council of People’s Republic of China\nNo. 439\nThe Regulation for the Administration of Commercial Performances was adopted at the 84th executive meeting of the State Council on\nMarch 23, 2005., which is hereby promulgated and shall come into force as of September 1, 2005.\nPremier Wen Jiabao\nJuly 7, 2005 … The “commercial performances” as mentioned in this Regulation refer to the art performances activities on site hold for the general\npublic for commercial profit purposes. … The competent department of culture of the State Council shall be responsible for the supervision and management of the commercial\nperformances throughout the country.',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3888786-T.html?eng=0',
        title: 'LexisNexis China – Administrative Regulations on Commercial Performances (Revised in 2020)',
        quote:
          "Administrative Regulations on Commercial Performances (Revised in 2020) … (Promulgated by the Order of the State Council of the People's Republic of China No.439 on July 7, 2005; revised for the first time according to the Decision of the State Council on the Revision of the Administrative Regulations on Commercial Performances of July 22, 2008; revised for the second time … on July 18, 2013; and revised for the third time … on February 6, 2016; and revised for the fourth time according to the Decision of the State Council on Revising and Repealing Certain Administrative Regulations on November 29, 2020)",
        supports: ['aliases', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'http://www.liser.cn/news_24/1488.html',
        title: 'liser.cn – Regulation on the Administration of Commercial performances',
        quote:
          'Regulation on the Administration of Commercial performances\n\n(Promulgated by Order No.439 of the State Council of the People\'s Republic of China on July 7, 2005; revised for the first time in accordance with the Decision of the State Council on Amending the Regulation on the Administration of Commercial Performances on July 22, 2008',
        supports: ['name', 'issuers'],
      },
      {
        url: 'http://www.caheb.gov.cn/system/2022/10/14/030194097.shtml',
        title: '河北网信网 – 关于延长《网络表演经纪机构管理办法》政策缓冲期的公告',
        quote:
          '2021年我部印发了《网络表演经纪机构管理办法》(以下简称《办法》),要求网络表演经纪机构从事演出经纪活动,应当依法取得营业性演出许可证。',
        supports: ['summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/159063/commercial-performance-regulations.html',
        title: 'Global-Regulation – Commercial Performance Regulations',
        quote: 'Commercial Performance Regulations\n\nOriginal Language Title: 营业性演出管理条例',
        supports: ['nameZh'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/online-performance-talent-agents/',
        title: 'China Law Translate – Online performance management establishments',
        quote:
          'Online performance management establishments applying for for-profit performance permits shall be implemented in accordance with requirements, and provisions on materials, foreign investment provisions, and so forth for permit applications in articles 6, 10, and 11 of the "Regulations on For-profit Performances"',
        supports: ['aliases', 'summary'],
      },
    ],
  },

  // ───────────── App filing (MIIT, 2023) ─────────────,

  // ───────────── App pre-installation and distribution (MIIT, 2016) ─────────────
  {
    id: 'document:provisions-on-pre-installation-and-distribution-of-mobile-smart-terminal-apps',
    name: 'Tentative Provisions for the Administration of the Pre-installation and Distribution of Application Software of Mobile Smart Terminals',
    nameZh: '移动智能终端应用软件预置和分发管理暂行规定',
    aliases: [
      'Interim Provisions on Pre-installation and Distribution of Apps in Mobile Smart Terminals',
      'Provisional Administrative Provisions on the Pre-installation and Distribution of Mobile Smart Terminal Application Software',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2016-12-16',
    effective: '2017-07-01',
    summary:
      'MIIT rules on apps pre-installed by device makers and distributed by app stores: every app except basic functional software (system components, phone and SMS, browser, app store) must be uninstallable, and users must be told what data an app collects.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:telecommunications-regulations', source: 0 },
      { type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 0 },
    ],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2017/03/09/tentative-provisions-for-the-administration-of-the-pre-installation-and-distribution-of-application-software-of-mobile-smart-terminals',
        title: 'China Law & Practice – Tentative Provisions for the Administration of the Pre-installation and Distribution of Application Software of Mobile Smart Terminals',
        quote:
          "Tentative Provisions for the Administration of the Pre-installation and Distribution of Application Software of Mobile Smart Terminals\n\n移动智能终端应用软件预置和分发管理暂行规定\n\nScrutiny on mobile apps tightened.\n\n(Issued by the Ministry of Industry and Information Technology on December 16 2016 and effective as of July 1 2017.) … These Provisions have been formulated pursuant to relevant provisions such as the Standing Committee of the National People's Congress, Decision on Strengthening the Protection of Online Information, the PRC Cybersecurity Law, the PRC Telecommunications Regulations and the Measures for the Administration of Internet Information Services",
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/pre-installation-and-distribution-of-mobile-smart-app-20161216/enchn',
        title: 'China Laws Portal (CJO) – Provisional Administrative Provisions on the Pre-installation and Distribution of Mobile Smart Terminal Application Software (2017)',
        quote:
          'Provisional Administrative Provisions on the Pre-installation and Distribution of Mobile Smart Terminal Application Software (2017)\n\n移动智能终端应用软件预置和分发管理暂行规定\n\nType of laws Departmental rule\n\nIssuing body Ministry of Industry and Information Technology\n\nPromulgating date Dec 16, 2016\n\nEffective date Jul 01, 2017',
        supports: ['aliases', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://usito.org/news/pre-installed-application-interim-provisions',
        title: 'USITO – Pre-Installed Application Interim Provisions',
        quote:
          'the Ministry of Industry and Information Technology (MIIT) released the Interim Provisions on Pre-installation and Distribution of Apps in Mobile Smart Terminals, which goes into effect July 1, 2017. … Manufacturers and Internet information service providers must also ensure that aside from basic functional software, all apps can be uninstalled … basic components of the operating system (internet browser), applications that ensure normal operations (Bluetooth, GPS), basic communication applications (dialing, text message), and application downloading channels (app stores). … app developers must notify all customers of the data that is being collected and used.',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Cultural programmes and performers (NRTA, 2021) ─────────────
  {
    id: 'document:notice-on-further-strengthening-management-of-cultural-programs-and-their-staff',
    name: 'Notice on Further Strengthening the Management of Cultural Programs and their Staff',
    nameZh: '关于进一步加强文艺节目及其人员管理的通知',
    zhShortNames: ['广电办发〔2021〕267号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2021-09-02',
    summary:
      'NRTA notice to broadcasters and online audio-visual platforms: reject performers and guests who break the law or public morals, curb fandom excess, and tighten control of programme genres, segments and performers’ pay.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/content-regulation/',
        title: 'China Law Translate – Notice on Further Strengthening the Management of Cultural Programs and their Staff',
        quote:
          "Notice on Further Strengthening the Management of Cultural Programs and their Staff\n\nPromulgation Date: 2021-9-2\nTitle: 国家广播电视总局办公厅关于进一步加强文艺节目及其人员管理的通知\nDocument Number:广电办发〔2021〕267号\nExpiration date: \nPromulgating Entities: General Office of the State Administration of Radio and Television … to strictly correct artists; violations of law and morality, the madness of fandom, and other such issues … I. Resolutely reject persons who violate laws and morality. Radio and television bodies, and online audiovisual platforms, are to take strict control of the selection of programs' performers and guests",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://gnews.org/1507352/',
        title: 'GNews – The CCP’s cultural management agency to restrict national cultural and entertainment',
        quote:
          'On the morning of September 2, the State Administration of Radio and Television (SARFT), the top agency of the CCP that manages the cultural sector, issued a notice to resolutely resist illegal and unethical personnel and to firmly oppose the flow-only theory. Eight requirements were put forward to the relevant local administrative agencies across the country, such as strict selection of talents, strict control of program genres, strict control of program segments, vigorous promotion of revolutionary culture and excellent traditional culture, strict regulations on film remuneration, and enhanced management',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Live-streaming marketing supervision (SAMR, 2020) ─────────────
  {
    id: 'document:guiding-opinions-on-strengthening-supervision-of-online-live-marketing-activities',
    name: 'Guiding Opinions on Strengthening the Supervision of Web Live Marketing Activities',
    nameZh: '关于加强网络直播营销活动监管的指导意见',
    aliases: ['Guidelines on Strengthening Supervision of Online Livestreaming Marketing Activities'],
    zhShortNames: ['国市监广〔2020〕175号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2020-11-05',
    summary:
      'SAMR opinions assigning legal responsibility in live-stream selling: platforms liable as e-commerce platforms or as advertisement publishers, and merchants under the e-commerce, consumer, advertising and pricing laws.',
    sources: [
      {
        url: 'http://blog.galalaw.com/post/102glpd/released-guidelines-on-strengthening-supervision-of-online-livestreaming-marketi',
        title: 'GALA Law – Released: Guidelines on Strengthening Supervision of Online Livestreaming Marketing Activities',
        quote:
          'The final version of the Guidelines on Strengthening Supervision of Online Livestreaming Marketing Activities was issued on November 5, 2020 (“Guidelines”) by China’s State Administration for Market Regulation. … If an online platform provides links or other services for merchant or live streamers, and also publicizes and promotes livestreaming marketing activities that constitute advertisements, then it shall be liable under the Advertising Law as an advertising publisher or agent.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://blog.galalaw.com/post/102glpd/released-guidelines-on-strengthening-supervision-of-online-livestreaming-marketi',
        title: 'GALA Law – Released: Guidelines on Strengthening Supervision of Online Livestreaming Marketing Activities',
        quote:
          'then it shall be liable under the E-commerce Law as an e-commerce platform operator.\n\n\nAny merchant promoting products through online livestreaming is subject to the E-commerce Law, Anti-Unfair Competition Law, Product Quality Law, Food Safety Law, Law of the Protection of Consumer Rights and Interests, Advertising Law, Pricing Law',
        supports: ['summary'],
      },
      {
        url: 'https://www.mylawcn.com/q/5c2c8f0ac6ef3.html',
        title: 'mylawcn.com',
        quote:
          '根据《市场监管总局关于加强网络直播营销活动监管的指导意见》(国市监广〔2020〕175号)相关规定,应严格规范网络直播营销行为',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://sips.asia/knowledge/legislation-and-policy/translation-samr-guiding-opinions-on-strengthening-the-supervision-of-web-live-marketing-activities/',
        title: 'SIPS – Translation: SAMR Guiding Opinions on Strengthening the Supervision of Web Live Marketing Activities',
        quote:
          'Translation: SAMR Guiding Opinions on Strengthening the Supervision of Web Live Marketing Activities … Market supervision bureaus (departments and commissions) of all provinces, autonomous regions, municipalities directly under the Central Government and Xinjiang Production and Construction Corps',
        supports: ['name', 'issuers'],
      },
    ],
  },

  // ───────────── Platform fee compliance (SAMR, 2025) ─────────────
  {
    id: 'document:compliance-guidelines-for-fee-practices-of-online-transaction-platforms',
    name: 'Compliance Guidelines for Fee Practices of Online Transaction Platforms',
    nameZh: '网络交易平台收费行为合规指南',
    kind: 'guideline',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2025-07-31',
    effective: '2025-07-31',
    summary:
      'SAMR guidelines on what online trading platforms charge merchants (commissions, membership, technical service, information service and marketing fees): past versions of fee rules kept for three years, and eight unreasonable practices banned, such as charging twice or charging without service.',
    relations: [
      { type: 'based_on', target: 'document:price-law', source: 0 },
      { type: 'based_on', target: 'document:e-commerce-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.cnsoe.com/listing/lawsshow_pi.php?id=17223',
        title: '市场监管总局关于发布《网络交易平台收费行为合规指南》的公告',
        quote:
          '市场监管总局关于发布《网络交易平台收费行为合规指南》的公告\n《网络交易平台收费行为合规指南》已经市场监管总局局务会议通过,现予公告,自发布之日起施行。\n市场监管总局\n2025年7月31日\n网络交易平台收费行为合规指南\n为了规范和引导网络交易平台经营者收费行为,维护经营者合法权益,促进平台经济持续健康发展,依据《中华人民共和国价格法》《中华人民共和国电子商务法》等法律法规,制定本指南。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://dzb.zzrbnews.com/news/82788',
        title: '郑州日报 – 市场监管总局发布《网络交易平台收费行为合规指南》 (新华社)',
        quote:
          '市场监管总局7月31日发布并施行《网络交易平台收费行为合规指南》(以下简称《指南》),进一步规范网络交易平台向平台内经营者收取佣金、抽成、会员费、技术服务费、信息服务费、营销推广费等收费行为。 … 明确收费规则历史版本保存时间,完整保存修改后的版本生效之日前三年的全部历史版本。\n\n《指南》规定平台不得向平台内经营者重复收费,不得只收费不服务、少服务',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/latest_message.php?id=490827',
        title: 'LexisNexis China – Compliance Guidelines for Fee Practices of Online Transaction Platforms',
        quote:
          'The State Administration for Market Regulation (SAMR) has recently issued the Compliance Guidelines for Fee Practices of Online Transaction Platforms (the "Guidelines"), effective immediately. … The Guidelines further prohibit eight types of unreasonable fee practices, including "imposing duplicate charges."',
        supports: ['name', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Platform pricing rules (NDRC, SAMR, CAC, 2025) ─────────────
  {
    id: 'document:internet-platform-price-behavior-rules',
    name: 'Internet Platform Price Behavior Rules',
    nameZh: '互联网平台价格行为规则',
    aliases: ['Internet Platform Price Conduct Rules'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ndrc', 'samr', 'cac'],
    promulgated: '2025-12-20',
    effective: '2026-04-10',
    summary:
      'NDRC, SAMR and CAC rules on prices on internet platforms: platforms may not force merchants to cut prices, match other channels’ prices or use automatic price-tracking; no big-data price discrimination or exaggerated subsidies; in force for five years.',
    sources: [
      {
        url: 'http://en.people.cn/n3/2025/1222/c90000-20404939.html',
        title: 'People’s Daily Online – China issues rules to regulate pricing practices of internet platforms',
        quote:
          'date 2025-12-22 China issues rules to regulate pricing practices of internet platforms … BEIJING, Dec. 20 (Xinhua) -- China released new rules on Saturday to regulate pricing practices of internet platforms … The rules, jointly issued by the National Development and Reform Commission, the State Administration for Market Regulation, and the Cyberspace Administration of China … The rules will take effect on April 10, 2026.',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.fjwanke.com/article/103115662025122306.shtml',
        title: '人民网 – 三部门联合发布《互联网平台价格行为规则》 (转载)',
        quote:
          '近日,国家发展改革委、市场监管总局、国家网信办联合发布《互联网平台价格行为规则》(以下简称《行为规则》)。 … 明确平台经营者不得对平台内经营者的价格行为进行不合理限制或者附加不合理条件。 … 《行为规则》将于2026年4月10日起实施',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://en.5iter.com/keji/72415.html',
        title: '5iter – Internet Platform Price Behavior Rules officially implemented',
        quote:
          'Today, the "Internet Platform Price Behavior Rules" jointly formulated by the National Development and Reform Commission, the State Administration for Market Regulation, and the Cyberspace Administration of China were officially implemented.For the first time in the form of departmental regulations, the new regulations clearly prohibit price chaos such as big data ripening and exaggerated subsidy amounts.',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://www.webull.com/news/14056778693690368',
        title: 'Webull (Zhitong Finance)',
        quote:
          'The National Development and Reform Commission, the General Administration of Market Supervision, and the State Internet Information Office issued the “Internet Platform Price Conduct Rules”.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/36337-state-administration-for-market-regulation-rules-on-internet-platform-pricing-behaviour-including-unilateral-conduct-regulation-enter-into-force',
        title: 'Digital Policy Alert – Rules on internet platform pricing behaviour enter into force',
        quote:
          'In particular, operators may not require businesses to lower prices or offer discounts, limit prices to match other sales channels, or mandate the use of automated price-tracking systems. … The regulations will remain in effect for five years.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Live-streaming marketing measures (seven departments, 2021): enriches the newsletter entry ─────────────
  {
    id: 'document:measures-for-administration-of-live-webcast-marketing-interim',
    name: 'Administrative Measures for Livestreaming Marketing (for Trial Implementation)',
    nameZh: '网络直播营销管理办法',
    aliases: [
      'Measures for the Management of Webcast Marketing (for Trial Implementation)',
      'Trial Measures on Management of Internet Live Marketing',
    ],
    zhShortNames: ['网络直播营销管理办法(试行)'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'mps', 'mofcom', 'mct', 'sta', 'samr', 'nrta'],
    promulgated: '2021-04-23',
    effective: '2021-05-25',
    summary:
      'Seven-department measures on live-stream selling: duties of live-streaming marketing platforms (security assessment, filing or licensing, platform rules, protection of minors, consumers and personal information) and of room operators and marketers, who must be at least 16.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/administrative-measures-for-livestreaming-marketing-for-trial-implementation',
        title: 'China Justice Observer – Administrative Measures for Livestreaming Marketing (for Trial Implementation)',
        quote:
          'On 23 April 2021, “Administrative Measures for Livestreaming Marketing (for Trial Implementation)” (the “Measures”, 网络直播营销管理办法(试行)) were jointly released by the Cyberspace Administration of China, the Ministry of Public Security, Ministry of Commerce, Ministry of Culture and Tourism, State Taxation Administration, State Administration for Market Regulation and National Radio and Television Administration. The Measures came into force as of 25 May 2021. … The Measures also strengthens the administration of livestreaming marketing platforms, and provides in detail the security assessment, record-filing or licensing, technical support, platform rules',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.changguoli.com.cn/tag/%E5%8D%97%E4%BA%AC%E5%A4%9C%E7%94%9F%E6%B4%BB%E4%BA%A4%E6%B5%81',
        title: 'changguoli.com.cn (reposted Legal Daily article)',
        quote:
          'on April 23rd, the State Internet Information Office, the Ministry of Public Security, the Ministry of Commerce, the Ministry of Culture and Tourism, the State Taxation Administration of The People’s Republic of China, the State Administration of Market Supervision, and the State Administration of Radio, Film and Television jointly issued the Measures for the Management of Webcast Marketing (for Trial Implementation), which will take effect on May 25th.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/413-trial-measures-on-management-of-internet-live-marketing',
        title: 'Shanghai Invest – Trial Measures on Management of Internet Live Marketing',
        quote:
          'Seven departments of the State have recently issued together the Trial Measures on Management of Internet Live Marketing, stating eight kinds of prohibitions for the Internet market environment. It’s regulated in the Measures that the live publishers of live marketing activities shall be specifically divided into operators and salesmen, the performers shall be over 16-year-old',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://www.021gmd.com/html/news/202104/24/35141.shtml',
        title: '泉州經濟網 – 國家七部門聯合發布《網絡直播營銷管理辦法(試行)》',
        quote:
          '《辦法》要求,直播營銷平臺應當建立健全賬號及直播營銷功能注冊注銷、信息安全管理、營銷行為規范、未成年人保護、消費者權益保護、個人信息保護、網絡和數據安全管理等機制、措施。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Online games draft measures (NPPA, 2023): enriches the newsletter entry ─────────────
  {
    id: 'document:measures-for-administration-of-online-games-draft',
    name: 'Measures for the Administration of Online Games',
    nameZh: '网络游戏管理办法',
    aliases: ['Online Game Administrative Measures', 'Measures for the Management of Online Games'],
    zhShortNames: ['网络游戏管理办法(草案征求意见稿)'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['nppa'],
    promulgated: '2023-12-22',
    summary:
      'NPPA draft rules for online games: publishing and operating entities, approval within 60 days, servers in China, no daily-login or first top-up rewards, mandatory spending limits and no lucky draws for minors.',
    sources: [
      {
        url: 'https://www.laitimes.com/en/article/688qq_6ol1l.html',
        title: 'laitimes – The State Press and Publication Administration is soliciting public comments on the Measures for the Administration of Online Games',
        quote:
          'The National Press and Publication Administration issued a notice on publicly soliciting opinions on the "Measures for the Administration of Online Games (Draft for Solicitation of Comments)", which mentions that online games must not set up inducing rewards such as daily login, first top-up, and continuous top-up.',
        supports: ['name', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://webiis06.mondaq.com/china/gaming/1407212/chinas-regulator-released-draft-regulation-to-reestablish-regulatory-framework-for-video-game-industry',
        title: 'Mondaq – China’s Regulator Released Draft Regulation To Reestablish Regulatory Framework For Video Game Industry',
        quote:
          'One Dec 22, 2023, the NPPA released the long-awaited draft Online Game Administrative Measures ("Draft Measures") to solicit public comments by Jan 22, 2024. … the NPPA imposes regulatory duties on two entities: a game publishing entity ("Publishing Entity") that must have an Internet Publishing Permit ("IPP") in order to file an application for the ISBN to the NPPA and a game operating entity ("Operating Entity")',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://ggshuji.net/news/310924.html',
        title: '国家新闻出版署就《网络游戏管理办法(草案征求意见稿)》公开征求意见',
        quote:
          '12月22日消息,国家新闻出版署就《网络游戏管理办法(草案征求意见稿)》公开征求意见。 意见稿第十八条拟规定,限制游戏过度使用和高额消费。网络游戏不得设置每日登录、首次充值、连续充值等诱导性奖励。',
        supports: ['nameZh', 'zhShortNames', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.dailymail.co.uk/wires/reuters/article-12892601/China-issues-draft-rules-online-game-management.html?ns_mchannel=rss&ns_campaign=1490&ito=1490',
        title: 'Reuters (via Daily Mail) – China issues draft rules for online game management',
        quote:
          'Online games need to set spending limits and ban daily login rewards, according to the draft rules released by the National Press and Publication Administration on Friday. … prohibits online games from offering probability-based luck draw features to minors.\n\nOnline game approvals are required to be processed by regulators within 60 days, according to the draft, adding that game publishers are required to store servers within China.',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://taiwannews.org/news44.html',
        title: 'taiwannews.org – Draft Of The Measures For The Management Of Online Games',
        quote:
          'Recently, the National Press and Publication Administration published a draft of The Measures For The Management Of Online Games for public comments.',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
];
