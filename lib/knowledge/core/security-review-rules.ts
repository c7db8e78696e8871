import type { CoreAuthority, CoreInstrument } from './types';

/**
 * Security-review, export-control and app-service instruments that cybersecurity, app and trade
 * writing cites: the 2018 security-assessment provisions for services with public-opinion
 * attributes, the 2017 trial security-review measures for network products and services, the
 * catalogue of critical network equipment and specialised cybersecurity products, the catalogue of
 * technologies prohibited or restricted from export, MIIT's 2023 notice on app service capability,
 * the 2003 "Document 27" opinions on information security assurance, and GB/T 1.1 (both editions).
 */

/** Issuers the gazetteer lacks: the certification regulator and the 2003 informatization leading group. */
export const CORE_AUTHORITIES_SECURITY_REVIEW: CoreAuthority[] = [
  {
    slug: 'cnca',
    name: 'Certification and Accreditation Administration',
    nameZh: '国家认证认可监督管理委员会',
    abbreviations: ['CNCA'],
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.insideprivacy.com/international/china/chinese-authorities-release-catalog-of-network-and-cybersecurity-products-subject-to-pre-sale-inspection/',
        title: 'Inside Privacy (Covington & Burling)',
        quote:
          'Qualified institutions include institutions jointly confirmed by the Certification and Accreditation Administration, the Ministry of Industry and Information Technology, the MPS and the CAC.',
        supports: ['name'],
      },
      {
        url: 'http://en.vscbcorp.com/NewsDetail.aspx?ID=217',
        title: 'VSCB Newsletter',
        quote: '2023年7月3日依据《中华人民共和国网络安全法》,国家互联网信息办公室会同工业和信息化部、公安部、国家认证认可监督管理委员会等部门更新了《网络关键设备和网络安全专用产品目录》',
        supports: ['nameZh'],
      },
      {
        url: 'https://www.bestao-consulting.com/detail?id=1482',
        title: 'Bestao Consulting',
        quote: 'On 3 July, CAC, MIIT, MPS, and CNCA jointly released the 2023 edition of the Catalogue of Critical Network Equipment and Specialized Cybersecurity Products',
        supports: ['abbreviations'],
      },
    ],
  },
  {
    slug: 'national-informatization-leading-group',
    name: 'National Informatization Leading Group',
    nameZh: '国家信息化领导小组',
    kind: 'party',
    sources: [
      {
        url: 'https://help.aliyun.com/en/govcloud/appendix-2-classified-protection',
        title: 'Alibaba Cloud',
        quote: '"Opinions of the National Informatization Leading Group on Strengthening Information Security" (Zhong Ban Fa [2003] No. 27)',
        supports: ['name'],
      },
      {
        url: 'http://ihrv.cn/article/3000140400',
        title: '电子技术应用 (祺印说信安)',
        quote: '《國家信息化領(lǐng)導(dǎo)小組關(guān)于加強信息安全保障工作的意見》(中辦發(fā)[2003]27號)于2003年7月,由國家信息化領(lǐng)導(dǎo)小組第三次會議審議通過',
        supports: ['nameZh'],
      },
    ],
  },
];

export const CORE_SECURITY_REVIEW_RULES: CoreInstrument[] = [
  // ───────────── Security assessment of services with public-opinion attributes (CAC and MPS, 2018) ─────────────
  {
    id: 'document:provisions-on-security-assessment-of-internet-information-services-with-public-opinion-attributes',
    name: 'Provisions on the Security Assessment of Internet Information Services that have Public Opinion Properties or the Capacity for Social Mobilization',
    nameZh: '具有舆论属性或社会动员能力的互联网信息服务安全评估规定',
    aliases: [
      'Provisions on the Security Assessment of Internet-based Information Services with Attribute of Public Opinions or Capable of Social Mobilization',
      'Provisions on the Security Assessment for Internet Information Services with Characteristics of Public Opinions or Capable of Social Mobilization',
      'Regulations for the Security Assessment of Internet Information Services Having Public Opinion Properties or Social Mobilization Capacity',
      'Provisions on Security Assessment of Internet Information Services with Public Opinion Attribute or Social Mobilization Capability',
      'Provisions for the security assessment of Internet information services with public opinion or social mobilization capabilities',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac', 'mps'],
    promulgated: '2018-11-15',
    effective: '2018-11-30',
    summary:
      'CAC and MPS rules requiring providers of forums, blogs, microblogs, chat groups, public accounts, short video, livestreaming and mini programs to run security self-assessments when they launch such services or functions, adopt new technologies or grow markedly in users, and to file the reports with the cyberspace and public security authorities.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/provisions-on-the-security-assessment-of-internet-information-services-that-have-public-opinion-properties-or-the-capacity-for-social-mobilization/',
        title: 'China Law Translate',
        quote:
          'Provisions on the Security Assessment of Internet Information Services that have Public Opinion Properties or the Capacity for Social Mobilization\n\nSource: http://www.cac.gov.cn/2018-11/15/c_1123716072.htm',
        supports: ['name', 'kind', 'status'],
      },
      {
        url: 'https://appinchina.co/government-documents/provisions-on-the-security-assessment-of-internet-based-information-services-with-attribute-of-public-opinions-or-capable-of-social-mobilization',
        title: 'AppInChina',
        quote:
          'Provisions on the Security Assessment of Internet-based Information Services with Attribute of Public Opinions or Capable of Social Mobilization\n\nPromulgation Authorites: Cyberspace Administration of China, The Ministry of Public Security\n\nRelease Date:  2018- 11-15 \n\nEffective On: 2018- 11-30\n\nChinese Name: 具有舆论属性或社会动员能力的互联网信息服务安全评估规定',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=d190ab08b1ae01dcbdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          'Provisions on the Security Assessment for Internet Information Services with Characteristics of Public Opinions or Capable of Social Mobilization [Effective]\n具有舆论属性或社会动员能力的互联网信息服务安全评估规定 [现行有效]',
        supports: ['nameZh', 'aliases', 'status'],
      },
      {
        url: 'https://digichina.stanford.edu/work/new-rules-target-public-opinion-and-mobilization-online-in-china-translation',
        title: 'DigiChina (Stanford University)',
        quote:
          'This translation is by Rogier Creemers. During the DigiChina editorial process, a translation available at China Law Translate was also consulted. –Ed.\nRegulations for the Security Assessment of Internet Information Services Having Public Opinion Properties or Social Mobilization Capacity',
        supports: ['aliases'],
      },
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fga.sz.gov.cn%2FZWGK%2FZCFG%2FSZZCFGS%2FJD_WLGL%2Fcontent%2Fpost_11289160.html&source=url&to=en',
        title: 'Shenzhen Public Security Bureau (machine translation)',
        quote: 'Provisions on Security Assessment of Internet Information Services with Public Opinion Attribute or Social Mobilization Capability\n\nSource: Shenzhen Public Security Bureau',
        supports: ['aliases'],
      },
      {
        url: 'https://www.appinchina.co/government-documents/provisions-for-the-security-assessment-of-internet-information-services-with-public-opinion-or-social-mobilization-capabilities/',
        title: 'AppInChina',
        quote: 'Provisions for the security assessment of Internet information services with public opinion or social mobilization capabilities\n\nRelease Date: November 15, 2018',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'https://freewechat.com/a/MzAxNTEwMjcwMQ==/2650995557/2',
        title: '言之有范 (WeChat)',
        quote: '国家网信办15日发布《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》,该规定自2018年11月30日起施行。',
        supports: ['nameZh', 'effective'],
      },
      {
        url: 'https://app100.cn/news/content/31.html',
        title: 'app100.cn',
        quote:
          '明确了具有舆论属性或社会动员能力的互联网信息服务的具体情形,包括:开办论坛、博客、微博客、聊天室、通讯群组、公众账号、短视频、网络直播、信息分享、小程序等信息服务或者附设相应功能 … 各互联网信息服务提供者自行或者委托第三方 … 开展安全评估,并将安全评估报告通过全国互联网安全管理服务平台,提交所在地地市级以上网信部门和公安机关。',
        supports: ['summary'],
      },
      {
        url: 'https://digichina.stanford.edu/work/new-rules-target-public-opinion-and-mobilization-online-in-china-translation',
        title: 'DigiChina (Stanford University)',
        quote:
          'Such businesses will, from the end of this month, be required to conduct security self-assessments when they bring new services online, expand the functionality of their existing services, introduce new technologies or applications, experience a significant increase in user base, are used to spread unlawful information, or any other circumstance identified by the cybersecurity authorities.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Trial security-review measures for network products and services (CAC, 2017) ─────────────
  // Replaced by the Cybersecurity Review Measures from 1 June 2020. No relation type says "replaced by"
  // from the older instrument's side, so the succession is recorded as the repeal date only.
  {
    id: 'document:measures-for-security-review-of-network-products-and-services-trial',
    name: 'Measures for the Security Review of Network Products and Services (Trial)',
    nameZh: '网络产品和服务安全审查办法(试行)',
    aliases: [
      'Measures for Security Reviews of Network Products and Services (Trial Implementation)',
      'Measures for the Security Review of Network Products and Services (for trial implementation)',
      'Security Review Measures for Network Products and Services (Trial)',
      'Measures for the National Security Review of Network Products and Services (Provisional)',
      'Security Review Measures for Networking Products and Services (Pilot)',
      'Interim Security Review Measures for Network Products and Services',
      'Network Product and Service Security Review Measures (Trial)',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2017-05-02',
    effective: '2017-06-01',
    repealed: '2020-06-01',
    summary:
      'CAC trial measures subjecting important network products and services bought for networks and information systems that bear on national security, and by critical information infrastructure operators, to a review of their security and controllability.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2017/07/06/measures-for-security-reviews-of-network-products-and-services-trial-implementation',
        title: 'China Law & Practice',
        quote:
          'Measures for Security Reviews of Network Products and Services (Trial Implementation)\n\n网络产品和服务安全审查办法 (试 行)\n\nReviews of network products and services focus on their security and controllability.\n\n(Promulgated by the Cyberspace Administration of China on May 2 2017, and effective as of June 1 2017.)\n\n(国家互联网信息办公室于二零一七年五月二日发布,自二零一七年六月一日起施行。 )',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.mondaq.com/china/x/594904/Security/Han+Kun+Cybersecurity+and+Data+Compliance+Series+IV+The+Unveiling+of+Cybersecurity+Reviews',
        title: 'Mondaq (Han Kun Law Offices)',
        quote:
          'On May 2, 2017, the Cyberspace Administration of China ("CAC") issued a trial version of the Measures for the Security Review of Network Products and Services (Trial)("Trial Measures"), which are slated to become effective on June 1.',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.huntonprivacyblog.com/2017/05/03/china-publishes-final-measures-for-security-reviews-of-network-products-and-services/',
        title: 'Hunton Privacy Blog',
        quote:
          'On May 2, 2017, the Cyberspace Administration of China published the final version of the Measures for the Security Review of Network Products and Services (for trial implementation) (the “Measures”), after having published a draft for public comment in February. … The Measures will come into effect on June 1, 2017, together with the Cybersecurity Law.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.cms-lawnow.com/ealerts/2017/05/china-publishes-security-review-measures-for-network-products-and-services?cc_lang=en',
        title: 'CMS Law-Now',
        quote:
          'The Cyberspace Administration of China (“CAC”) published the Security Review Measures for Network Products and Services (Trial) (the “Measures”) on 2 May 2017.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/measures-for-the-national-security-review-of-network-products-and-services-provisional/',
        title: 'China Law Translate',
        quote:
          'Measures for the National Security Review of Network Products and Services (Provisional)\n\n\nArticle 1: These Measures are drafted on the basis of the "People\'s Republic of China National Security Law", the "People\'s Republic of China Cybersecurity Law", and other laws and regulations, so as to increase the security and containability of network products and services',
        supports: ['aliases'],
      },
      {
        url: 'https://www.leetsai.com/others/security-review-measures-for-networking-products-and-services-pilotmainland-china',
        title: 'Lee, Tsai & Partners',
        quote:
          'On May 2, 2017, the State Internet Information Office promulgated the Security Review Measures for Networking Products and Services (Pilot) (the “Measures”), which serve as an accompanying measure to the National Security Law and the Network Security Law and has come into effect on June 1, 2017.',
        supports: ['aliases'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2017/05/02/interim-security-review-measures-for-network-products-and-services/',
        title: 'China Copyright and Media',
        quote:
          'Interim Security Review Measures for Network Products and Services\n\nPosted on Updated on\n\nThis translation was kindly provided by Paul Triolo … Article 2 Important network products and services procured for use in networks and information systems that touch on national security are subject to a cybersecurity review.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.chinalawinsight.com/tags/cybersecurity-review-measures/',
        title: 'China Law Insight (King & Wood Mallesons)',
        quote:
          'The Review Measures to be implemented as of 1 June 2020 will replace the Measures for the Security Review of Network Products and Services (for Trial Implementation) (“Trial Measures”).',
        supports: ['repealed'],
      },
      {
        url: 'https://brusselsprivacyhub.eu/publications/wp623.html',
        title: 'Brussels Privacy Hub',
        quote:
          'China’s Cybersecurity Review Measures (“Review Measures”) were released on April 13, 2020 and will take effect on June 1, 2020. The Review Measures will replace the Network Product and Service Security Review Measures (Trial) that have been in effect since 2017.',
        supports: ['aliases', 'repealed'],
      },
      {
        url: 'https://www.huntonprivacyblog.com/2017/05/03/china-publishes-final-measures-for-security-reviews-of-network-products-and-services/',
        title: 'Hunton Privacy Blog',
        quote:
          'Pursuant to the Measures, critical network products and services used in network and information systems relating to national security are subject to a network security review. Any network product or service purchased by operators of key information infrastructure will also be subject to a network security review, if such product or service might affect national security.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Catalogue of critical network equipment and specialised cybersecurity products (2017, updated 2023) ─────────────
  // One entry for the catalogue: the first batch of June 2017, replaced by the updated catalogue of 3 July 2023.
  {
    id: 'document:catalogue-of-critical-network-equipment-and-specialized-cybersecurity-products',
    name: 'Catalogue of Critical Network Equipment and Specialized Cybersecurity Products',
    nameZh: '网络关键设备和网络安全专用产品目录',
    aliases: [
      'Catalog of Critical Network Equipment and Specialized Cybersecurity Products (First Batch)',
      'Catalog of Critical Network Equipment and Network Security Products (First Batch)',
    ],
    zhShortNames: ['网络关键设备和网络安全专用产品目录(第一批)'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'cnca'],
    // The first batch's annex is dated 1 June 2017 and took effect on issue; the CAC published it on 9 June.
    promulgated: '2017-06-01',
    effective: '2017-06-01',
    amended: ['2023-07-03'],
    summary:
      'List, under Article 23 of the Cybersecurity Law, of the critical network equipment (routers, switches, rack servers, PLCs) and specialised cybersecurity products that must pass security certification or testing by a qualified body before they are sold or provided.',
    sources: [
      {
        url: 'https://www.jdsupra.com/legalnews/the-cyberspace-administration-of-china-32171/',
        title: 'JD Supra (Dechert LLP)',
        quote:
          'On June 9, 2017, the CAC released on its website an "Announcement on Releasing the \'Catalog of Critical Network Equipment and Specialized Cybersecurity Products (First Batch)\'", with the Catalog being attached to the Announcement as an annex and dated June 1, 2017. The June 1 date on the Catalog annex indicates that, as a legal matter, the Catalog took effect as of June 1',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'http://en.vscbcorp.com/NewsDetail.aspx?ID=217',
        title: 'VSCB Newsletter',
        quote:
          '2023年7月3日依据《中华人民共和国网络安全法》,国家互联网信息办公室会同工业和信息化部、公安部、国家认证认可监督管理委员会等部门更新了《网络关键设备和网络安全专用产品目录》,现予以公布,自印发之日起施行。\n\n2017年国家互联网信息办公室、工业和信息化部、公安部、国家认证认可监督管理委员会联合发布的《关于发布〈网络关键设备和网络安全专用产品目录(第一批)〉的公告》(2017年第1号)中的网络关键设备和网络安全专用产品目录同步废止。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'amended', 'promulgated'],
      },
      {
        url: 'https://www.bestao-consulting.com/detail?id=1482',
        title: 'Bestao Consulting',
        quote:
          'On 3 July, CAC, MIIT, MPS, and CNCA jointly released the 2023 edition of the Catalogue of Critical Network Equipment and Specialized Cybersecurity Products … The first edition of the Catalogue was released in 2017, with the aim of supporting the implementation of Article 23 of the Cybersecurity Law, which stipulates that critical network equipment and specialized cybersecurity products shall be certified, or meet the requirements of security inspection prior to being sold or provided to the Chinese market.',
        supports: ['name', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.insideprivacy.com/international/china/chinese-authorities-release-catalog-of-network-and-cybersecurity-products-subject-to-pre-sale-inspection/',
        title: 'Inside Privacy (Covington & Burling)',
        quote:
          'On June 9, 2017, the Cyberspace Administration of China (“CAC”), together with three other agencies, released a Catalog of Critical Network Equipment and Network Security Products (First Batch) (“the Catalog,” original Chinese version available here).  It specifies network products that must be certified before they can be marketed in China.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://www.bestao-consulting.com/detail?id=1482',
        title: 'Bestao Consulting',
        quote:
          '1 | Critical Network Equipment | Routers | Throughput of the Whole System (Bi-direction) ≥ 12 Tbps; Routing Table Capacity of the Whole System ≥ 550,000 pieces |\n2 | Switches | Throughput of the Whole System ≥ 30 Tbps; Packet Forwarding Rate of the Whole System ≥ 10 Gbps | |\n3 | Servers (Rack) | Number of CPUs ≥ 8; Number of Cores of a Single CPU ≥ 14; Memory Capacity ≥ 256GB | |\n4 | Programmable Logic Controllers (PLC Equipment)',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Catalogue of technologies prohibited or restricted from export (MOFCOM and MOST) ─────────────
  // One entry for the catalogue in force: MOFCOM-MOST Order No. 12 of 2008, as adjusted in 2020 (which
  // added the AI and recommendation technologies), revised in 2023 and adjusted again in 2025.
  {
    id: 'document:catalogue-of-technologies-prohibited-or-restricted-from-export',
    name: 'Catalogue of Technologies Prohibited or Restricted from Export',
    nameZh: '中国禁止出口限制出口技术目录',
    aliases: [
      'Catalogue of Technologies Prohibited and Restricted from Export',
      'Catalogue of Technologies Prohibited from Export or Subject to Export Restrictions',
      'Catalog of Prohibited or Restricted Technology Exports',
      'Catalog of Technologies Prohibited or Restricted from Export',
      'Catalogue of Technologies Subject to Export Prohibitions and Restrictions',
      'Directory of Technologies Prohibited or Restricted from Export in China',
      'Technology Prohibited and Restricted from Export by China Catalogue',
    ],
    // Written without the book-title marks in running text.
    zhShortNames: ['禁止、限制出口技术目录'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom', 'most'],
    promulgated: '2008-09-16',
    // 28 August 2020 (Announcement No. 38), 21 December 2023 (revision), 15 July 2025 (Announcement No. 28 of 2025).
    amended: ['2020-08-28', '2023-12-21', '2025-07-15'],
    summary:
      'MOFCOM and MOST list of technologies whose export is banned or needs a licence; its 2020 adjustment added AI technologies such as speech synthesis, AI interactive interfaces and data-driven personalised recommendation.',
    sources: [
      {
        url: 'http://guoqi.org/listing/lawsshow_pi.php?id=3577',
        title: 'guoqi.org',
        quote: '(2008年9月16日商务部、科技部令第12号公布根据2020年8月28日商务部、科技部公告第38号修订)\n一、禁止出口技术参考原则',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://www.cov.com/en/news-and-insights/insights/2023/12/china-revises-catalogue-of-technologies-prohibited-or-restricted-from-export',
        title: 'Covington & Burling',
        quote:
          'On December 21, 2023, China’s Ministry of Commerce (“MOFCOM”) and Ministry of Science and Technology (“MOST“) jointly issued a revised Catalogue of Technologies Prohibited or Restricted from Export (the “Catalogue”[1]). The Catalogue was last updated in August 2020, and a draft revision was published for public comments in December 2022.',
        supports: ['name', 'issuers', 'amended'],
      },
      {
        url: 'http://www.zhenghe.cn/ZCT/PolicyReadDetail?id=3e948e48-36e0-4a20-af2c-33eb471eb4b2',
        title: '政合网 (商务部)',
        quote:
          '7月15日,商务部会同科技部调整发布《中国禁止出口限制出口技术目录》(商务部 科技部公告2025年28号,以下简称《目录》)。自公布之日起实施。 … 《目录》禁止出口的技术不得出口,限制出口的技术实行许可证管理。 … 2001年,商务部会同科技部以部令形式发布《目录》,并分别于2008年、2020年和2023年对部分内容进行调整、修订。',
        supports: ['nameZh', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.steptoeinternationalcomplianceblog.com/2020/09/china-updates-its-catalogue-of-technologies-prohibited-and-restricted-from-export/',
        title: 'Steptoe International Compliance Blog',
        quote:
          'On August 28, China’s Ministry of Commerce and Ministry of Science and Technology jointly released a newly revised Catalogue of Technologies Prohibited and Restricted from Export (“Catalogue”), which is the second revision since the creation of the Catalogue in 2001.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.besthub.dev/articles/will-tiktok-s-core-algorithm-face-export-bans-china-s-new-tech-export-controls-explained-e1caa6ed25eb',
        title: 'besthub.dev (IT Architects Alliance)',
        quote:
          'On August 28, the Ministry of Commerce together with the Ministry of Science and Technology released an updated “Catalogue of Technologies Prohibited from Export or Subject to Export Restrictions,” explicitly listing “personalized push technology based on data analysis.”',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/revisions-to-the-content-of-the-catalog-of-prohibited-or-restricted-technology-exports',
        title: 'CSET (Georgetown University)',
        quote:
          'Revisions to the Content of the Catalog of Prohibited or Restricted Technology Exports\nI: Prohibited Exports Section [omitted from translation]1\nII: Restricted Exports Section',
        supports: ['aliases'],
      },
      {
        url: 'https://syncedreview.com/2020/08/31/the-chinese-government-restricts-ai-technology-exports-to-stop-the-selling-of-tiktok/',
        title: 'Synced',
        quote:
          'The restricted section now includes the computer service industry spearheaded by the emerging AI technologies, such as AI speech synthesis, AI-backed interactive interface, personalized recommendation system powered on data analysis, and more.',
        supports: ['summary'],
      },
      {
        url: 'http://www.shixunjie.cn/weishangzixun/35458.html',
        title: '中新网 (转载)',
        quote: '中新网北京12月21日电 (记者 李晓宇)中国商务部、科学技术部21日修订发布《中国禁止出口限制出口技术目录》。 修订后,目录由164项压缩为134项',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'https://ipmarch.cn/en/NewsDetail/6020521.html',
        title: 'IP March',
        quote:
          "on July 15, 2025, the Ministry of Commerce and the Ministry of Science and Technology published an updated version of 'Catalog of Technologies Prohibited or Restricted from Export' which took effect immediately.",
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://www.mondaq.com/china/mining/1658182/chinas-battery-technology-export-restrictions-cathode-lithium-gallium',
        title: 'Herbert Smith Freehills Kramer (Mondaq)',
        quote:
          'On 15 July 2025, China\'s Ministry of Commerce ("MOFCOM") and Ministry of Technology jointly issued an amendment ("Amendment") of the Catalogue of Technologies Subject to Export Prohibitions and Restrictions (《中国禁止出口限制出口技术目录》) ("Catalogue") which took effect immediately upon publication.',
        supports: ['aliases', 'nameZh', 'amended'],
      },
      {
        url: 'https://en.ckhq.net/html/7b0e3ac9d358cfa0b3bc3fe038da4f59.html',
        title: 'Observer News (ckhq.net)',
        quote:
          'The Ministry of Commerce and the Ministry of Science and Technology recently adjusted and released the "Directory of Technologies Prohibited or Restricted from Export in China" (hereinafter referred to as the "Directory")',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://enread.com/job/law/31777.html',
        title: 'enread.com',
        quote:
          'Article 2 Technology that is prohibited from export as listed in the Technology Prohibited and Restricted from Export by China Catalogue (to be promulgated separately) shall not be exported.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.haianda.com/a/chanpinzhongxin/xingchejiluyi/514.html',
        title: 'haianda.com (商务部发言人)',
        quote: '相关稀土技术早在2001年就被列入我国禁止、限制出口技术目录。',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── MIIT notice on the service capability of mobile internet applications (2023) ─────────────
  {
    id: 'document:notice-on-further-improving-service-capability-of-mobile-internet-applications',
    name: 'Notice on Further Improving the Service Capability of Mobile Internet Apps',
    nameZh: '关于进一步提升移动互联网应用服务能力的通知',
    aliases: [
      'Notice of the Ministry of Industry and Information Technology on Further Improving the Service Capability of Mobile Internet Apps',
      'Notice on Further Increasing Mobile Internet Application Service Capability',
      'Notice on Further Improving the Service Capacity of Mobile Internet Applications',
      'Gong Xin Bu Xin Guan Han [2023] No. 26',
    ],
    // The document number, as Chinese pages cite the notice.
    zhShortNames: ['工信部信管函〔2023〕26号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2023-02-06',
    effective: '2023-02-06',
    summary:
      'MIIT notice of 26 measures on apps across their whole chain (developers and operators, distribution platforms, SDKs, terminals and access providers): regulated installation and uninstallation, a better service experience and stronger personal information protection.',
    sources: [
      {
        url: 'https://appinchina.co/government-documents/notice-of-the-ministry-of-industry-and-information-technology-on-further-improving-the-service-capability-of-mobile-internet-apps/',
        title: 'AppInChina',
        quote:
          'Notice of the Ministry of Industry and Information Technology on Further Improving the Service Capability of Mobile Internet Apps\n\nPromulgation Authorities: Ministry of Industry and Information Technology\n\nRelease Date: 2023-02-06\n\nEffective Date: 2023-02-06\n\n\nOriginal Title: 工业和信息化部关于进一步提升移动互联网应用服务能力的通知 (工信部信管函〔2023〕26号)\n\nNotice of the Ministry of Industry and Information Technology on Further Improving the Service Capability of Mobile Internet Apps (Gong Xin Bu Xin Guan Han [2023] No. 26)',
        supports: ['name', 'nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/app-notice/',
        title: 'China Law Translate',
        quote:
          'Notice on Further Increasing Mobile Internet Application Service Capability\n\nPromulgation Date: 2023-2-6\nTitle: 工业和信息化部关于进一步提升移动互联网应用服务能力的通知\nDocument Number:工信部信管函〔2023〕26号\nExpiration date: \nPromulgating Entities: Ministry of Industry and Information Technology',
        supports: ['nameZh', 'aliases', 'zhShortNames', 'issuers', 'promulgated'],
      },
      {
        url: 'http://english.scio.gov.cn/m/pressroom/2023-06/09/content_86815155_11.htm',
        title: 'State Council Information Office',
        quote: 'We noticed that the MIIT recently issued a notice on further improving the service capacity of mobile internet applications, aiming to optimize the services and enhance user experience.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://paper.ce.cn/pc/content/202303/01/content_269763.html',
        title: '经济日报',
        quote: '工信部近日印发通知,出台26条措施,通过规范安装App卸载行为、优化服务体验、加强个人信息保护等,提升移动互联网应用服务能力。其中,聚焦App安装卸载等提出12条措施,围绕App开发运营者、分发平台等提出14条措施。',
        supports: ['summary'],
      },
      {
        url: 'https://www.longangz.com/en/articles/app-governance-new-rules-enforcement',
        title: 'Longan Law Firm',
        quote:
          'Unlike previous regulations that only mentioned app developers and platforms, this notice further delves into the upstream and downstream of the entire mobile internet industry, including regulation of the full life cycle of APP developers and operators, distribution platforms, SDKs (Software Development Kits), terminals, and access enterprises.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── "Document 27": opinions on information security assurance (2003) ─────────────
  {
    id: 'document:opinions-of-national-informatization-leading-group-on-strengthening-information-security-assurance',
    name: 'Opinions of the National Informatization Leading Group on Strengthening Information Security',
    nameZh: '国家信息化领导小组关于加强信息安全保障工作的意见',
    aliases: ['Zhong Ban Fa [2003] No. 27'],
    // The document number under which the General Offices forwarded it, as Chinese pages cite it.
    zhShortNames: ['中办发[2003]27号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['national-informatization-leading-group'],
    // Adopted at the group's third meeting in July 2003; the General Offices forwarded it later that year.
    adopted: '2003-07',
    summary:
      'The first programmatic document of China’s information security work: it set the overall requirements for an information security assurance system and made graded (classified) protection of information systems a basic system, with priority for basic networks and important information systems.',
    sources: [
      {
        url: 'https://help.aliyun.com/en/govcloud/appendix-2-classified-protection',
        title: 'Alibaba Cloud',
        quote:
          '"Opinions of the National Informatization Leading Group on Strengthening Information Security" (Zhong Ban Fa [2003] No. 27) states: "It is necessary to focus on protecting basic information networks and important information systems related to national security, the economy, and social stability, and to promptly establish a classified protection system for information security."',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://safe.it168.com/a2008/1018/208/000000208388.shtml',
        title: 'IT168',
        quote:
          '2003年中央办公厅、国务院办公厅转发的《国家信息化领导小组关于加强信息安全保障工作的意见》(中办发[2003]27号)明确指出,“要重点保护基础信息网络和关系国家',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://law.lawtime.cn/d362968368062.html',
        title: '法律快车 (重庆市加强信息安全保障工作意见)',
        quote: '根据《中共中央办公厅、国务院办公厅转发〈国家信息化领导小组关于加强信息安全保障工作的意见〉的通知》(中办发[2003]27号)要求和全国信息安全保障工作会议精神',
        supports: ['nameZh', 'zhShortNames', 'kind'],
      },
      {
        url: 'http://ihrv.cn/article/3000140400',
        title: '电子技术应用 (祺印说信安)',
        quote:
          '《國家信息化領(lǐng)導(dǎo)小組關(guān)于加強信息安全保障工作的意見》(中辦發(fā)[2003]27號)于2003年7月,由國家信息化領(lǐng)導(dǎo)小組第三次會議審議通過,這次會議是專門研究信息安全問題的一次會議。首次為我們明確了此后一段時期我國信息安全保障工作的總體要求、主要原則和重點任務(wù),對加強信息安全保障工作做出了重要部署,要求建立國家信息安全保障體系。',
        supports: ['adopted', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── GB/T 1.1-2020 ─────────────
  {
    id: 'document:directives-for-standardization-part-1-rules-for-structure-and-drafting-of-standardizing-documents',
    name: 'Directives for Standardization – Part 1: Rules for the Structure and Drafting of Standardizing Documents',
    nameZh: '标准化工作导则 第1部分:标准化文件的结构和起草规则',
    aliases: ['Directives for Standardization—Part 1: Structure and Drafting of Standardization Documents'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2020-03-31',
    effective: '2020-10-01',
    code: 'GB/T 1.1-2020',
    summary:
      'The basic national standard for drafting standards: the structure of standardizing documents, the principles and requirements for drafting them, and the rules for their names, divisions, elements and layout; it replaced the 2009 edition.',
    relations: [{ type: 'amends', target: 'document:directives-for-standardization-part-1-structure-and-drafting-of-standards-2009', source: 0 }],
    sources: [
      {
        url: 'https://guifanku.com/839701.html',
        title: '规范库 – GB/T 1.1-2020',
        quote:
          'ICS 01.120 00V SOO 中华人民共和国国家标准 GB/T 1.1-2020 代替GB/T1.1-2009 标准化工作导则 第1部分:标准化文件的结构和起草规则 Directives for standardization- Part 1:Rules for the structure and drafting of standardizing documents (ISO/IEC Directives,Part 2 2018 Principles and rules for the structure and drafting of ISO and IEC documents NEQ) 2020-03-31发布 2020-10-01实施 国家市场监督管理总局 国家标准化管理委员会 发布',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%201.1-2020',
        title: 'ChineseStandards.org – GB/T 1.1-2020',
        quote:
          'GB/T 1.1-2020\n\nActive\n\nDirectives for standardization—Part 1: Rules for the structure and drafting of standardizing documents\n\n标准化工作导则 第1部分:标准化文件的结构和起草规则\n\nStandard Type\nGBT … Issue Date\n2020-03-31\nImplementation\n2020-10-01',
        supports: ['name', 'nameZh', 'code', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'http://en.tc578.org.cn/contents/7/96.html',
        title: 'TC578',
        quote:
          'GB/T 1.1—2020, *Directives for Standardization—Part 1: Structure and Drafting of Standardization Documents*, is the most fundamental standard for guiding the standard writing work. It establishes the structure of standardization documents as well as the overall principles and requirements for document drafting.',
        supports: ['aliases', 'code', 'summary'],
      },
      {
        url: 'http://whxmwk.com/qualitymana/detail/id/15199.html',
        title: 'whxmwk.com',
        quote: '內容為“本文件確立了標準化文件的結構及其起草的總體原則和要求,并規(guī)定了文件名稱、層次、要素的編寫和表述規(guī)則以及文件的編排格式。”',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── GB/T 1.1-2009 ─────────────
  // The previous edition, replaced by GB/T 1.1-2020 (the entry above); its title differs from the 2020 one.
  {
    id: 'document:directives-for-standardization-part-1-structure-and-drafting-of-standards-2009',
    name: 'Directives for Standardization – Part 1: Structure and Drafting of Standards',
    nameZh: '标准化工作导则 第1部分:标准的结构和编写',
    aliases: ['Directives for standardization -- Part 1: The structure and drafting of standards'],
    kind: 'national_standard',
    status: 'final',
    // Issued by the AQSIQ, whose functions passed to SAMR in 2018, and the SAC.
    issuers: ['samr', 'sac'],
    promulgated: '2009-06-17',
    effective: '2010-01-01',
    code: 'GB/T 1.1-2009',
    summary:
      'Previous edition of the basic national standard for drafting standards: the structure, drafting rules and layout of national, industry and local standards; replaced by GB/T 1.1-2020.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT1.1-2009',
        title: 'ChineseStandard.net – GB/T 1.1-2009',
        quote:
          'GB/T 1.1-2009 NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 01.120 A 00 Replacing GB/T 1.1-2000, GB/T 1.2-2002 Directives for standardization - Part 1: Structure and drafting of standards (ISO/IEC Directives - Part 2:2004, Rules for the structure and drafting of International Standard, NEQ) ISSUED ON: JUNE 17, 2009 IMPLEMENTED ON: JANUARY 01, 2010 Issued by: General Administration of Quality Supervision, Inspection and Quarantine; Standardization Administration of PRC.',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://m.mydoc123.com/p-196365.html',
        title: 'mydoc123 – GB/T 1.1-2009 (PDF preview)',
        quote:
          'GB T 1.1-2009 标准化工作导则.第1部分 标准的结构和编写.pdf … 囝园中华人民共和国国家标准GBT 1120092000,GBT 12 2002标准化工作导则第1部分:标准的结构和编写Directives for standardization-Part 1:Structure and drafting of standards',
        supports: ['nameZh', 'code', 'kind'],
      },
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT1.1-2020',
        title: 'ChineseStandard.net – GB/T 1.1-2020',
        quote: 'GB/T 1.1-2009 | English | 690 |\nAdd to Cart\n|\n0-9 seconds. Auto-delivery\n|\nDirectives for standardization -- Part 1: The structure and drafting of standards\n| Obsolete |',
        supports: ['aliases', 'code', 'status'],
      },
      {
        url: 'http://whxmwk.com/qualitymana/detail/id/15199.html',
        title: 'whxmwk.com',
        quote: '標準名稱由09版的《標準化工作導則 第1部分:標準的結構和編寫》改為GB/T 1. 1-2020《標準化工作導則 第1部分:標準化文件的結構和起草規(guī)則》',
        supports: ['summary'],
      },
      {
        url: 'https://zhonghanhe.b2b168.com/shop/supply/134363364.html',
        title: 'zhonghanhe.b2b168.com',
        quote:
          'GB/T 1.1-2009 标准化工作导则 *1部分:标准的结构和编写 … GB/T 1的本部分规定了标准的结构、起草表述规则和编排格式,并给出了有关表述样式。 本部分适用于国家标准、行业标准和地方标准以及国家标准化指导性技术文件的编写',
        supports: ['code', 'summary'],
      },
    ],
  },
];
