import type { AuthorityVariant, CoreInstrument } from './types';

/**
 * Telecoms and online-platform instruments that pages on ICP filing, SIM real-name registration,
 * foreign investment in value-added telecoms, livestream selling and platform rules cite, and that
 * the graph lacked: the 2005 ICP record-filing measures; MIIT's 2013 telephone-user real-name
 * rules, its 2016 opinions against telecoms fraud and its 2024 notice opening value-added telecoms
 * to foreign investment in four pilot areas; SAMR/CAC's 2025 measures on livestreaming e-commerce
 * and on online trading platform rules; and the Product Quality Law, which pages on e-commerce and
 * livestream selling cite beside the consumer and e-commerce laws.
 */
export const CORE_TELECOM_PLATFORM_RULES_2: CoreInstrument[] = [
  // ─────────────────────── ICP record-filing (non-commercial websites) ───────────────────────
  {
    id: 'document:administrative-measures-for-filing-of-non-operational-internet-information-services',
    name: 'Administrative Measures for the Filing of Not-for-profit Internet Information Services',
    nameZh: '非经营性互联网信息服务备案管理办法',
    // Pages translate 非经营性 as non-operational, non-commercial, not-for-profit or non-operating, and 备案 as filing, registration or archival filing.
    aliases: [
      'Measures for the Administration of Filing of Non operational Internet Information Services',
      'Administrative Measures for Filing of Non operational Internet Information Services',
      'Regulations on the Registration and Management of Non-commercial Internet Information Services',
      'Non-commercial Internet Information Service Registration Management Measures',
      'Non-commercial Internet information service filing management measures',
      'measures for the administration of non-commercial Internet information service record filing',
      'Measures for the Archival Administration of Non-operational Internet Information Services',
      'measures for the administration of archival filing of non operating Internet information services',
      'Order No. 33 of the Ministry of Information Industry',
    ],
    zhShortNames: ['信息产业部令第33号'],
    kind: 'departmental_rule',
    status: 'final',
    // Issued by the Ministry of Information Industry, which MIIT replaced in 2008.
    issuers: ['miit'],
    adopted: '2005-01-28',
    promulgated: '2005-02-08',
    effective: '2005-03-20',
    summary:
      'MII (now MIIT) rules under which anyone providing non-commercial internet information services must complete ICP record-filing with the provincial communications administration before operating a website.',
    relations: [
      { type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 1 },
      { type: 'based_on', target: 'document:telecommunications-regulations', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/administrative-measures-for-the-filing-of-not-for-profit-internet-information-services/',
        title: 'AppInChina',
        quote:
          'Chinese Title: 非经营性互联网信息服务备案管理办法\n\nOrder [2005] No. 33 of the Ministry of Information Industry\n\nThe Administrative Measures for the Filing of Not-for-profit Internet Information Services, adopted upon deliberation at the 12th executive meeting of the Ministry of Information Industry of the People’s Republic of China on January 28, 2005, are hereby promulgated, effective on March 20, 2005.\n\nMinister Wang Xudong\n\nFebruary 8, 2005',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://zjnews.zjol.com.cn/05zjnews/system/2005/07/25/006247485.shtml',
        title: '浙江在线',
        quote:
          '中华人民共和国信息产业部令\n第33号\n《非经营性互联网信息服务备案管理办法》已经2005年1月28日中华人民共和国信息产业部第十二次部务会议审议通过,现予发布,自2005年3月20日起施行。\n部长:王旭东\n二00五年二月八日\n第一条 为规范非经营性互联网信息服务备案及备案管理,促进互联网信息服务业的健康发展,根据《互联网信息服务管理办法》、《中华人民共和国电信条例》及其他相关法律、行政法规的规定,制定本办法。 … 拟从事非经营性互联网信息服务的,应当向其住所所在地省通信管理局履行备案手续。 … 未经备案,不得在中华人民共和国境内从事非经营性互联网信息服务。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary', 'relations', 'zhShortNames'],
      },
      {
        url: 'https://hopechilam.com/help/article/329.html',
        title: 'hopechilam.com',
        quote:
          "Administrative Measures for Filing of Non operational Internet Information Services (Order No. 33 of the Ministry of Information Industry)\n\nThe Measures for the Administration of Filing of Non operational Internet Information Services, which were deliberated and adopted at the 12th ministerial meeting of the Ministry of Information Industry of the People's Republic of China on January 28, 2005, are hereby promulgated and shall come into force as of March 20, 2005.",
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://daydaynews.cc/en/technology/amp/3283983.html',
        title: 'daydaynews.cc',
        quote:
          '"Regulations on the Registration and Management of Non-commercial Internet Information Services" has been reviewed and approved at the 12th Ministry of Information Industry of the People\'s Republic of China on January 28, 2005. It is now released and will come into effect on March 20, 2005.\n\nMinister Wang Xudong\n\nFebruary 8, 2005\n\nNon-commercial Internet Information Service Registration Management Measures',
        supports: ['aliases', 'adopted', 'effective'],
      },
      {
        url: 'https://topic.alibabacloud.com/a/font-classtopic-s-color00c1denonfont-font-classtopic-s-color00c1decommercialfont-internet-information-service-filing-management-measures_2_60_20038104.html',
        title: 'Alibaba Cloud topic page',
        quote:
          "Non-commercial Internet information service filing management measures\nSource: Internet\nAuthor: User\nCircular No. 33rd of the Ministry of Information Industry of the People's Republic of China\nThe measures for the administration of non-commercial Internet information service record filing have been reviewed and approved at the January 28, 2005 ministerial meeting",
        supports: ['aliases'],
      },
      {
        url: 'http://net-net.cn/shenzhen/law/law/2015/1113/93.html',
        title: 'net-net.cn',
        quote:
          '非经营性互联网信息服务备案管理办法 Measures for the Archival Administration of Non-operational Internet Information Services Decree of the Ministry of Information Industry of the Peoples Republic of China (No. 33)',
        supports: ['nameZh', 'aliases', 'issuers'],
      },
      {
        url: 'https://www.aslshtxx.cn/vkwzw292',
        title: 'aslshtxx.cn',
        quote:
          "· Internet information service management approach\n\n· measures for the administration of archival filing of non operating Internet information services (Order No. thirty-third of the Ministry of information industry of the People’s Republic of China)",
        supports: ['aliases'],
      },
    ],
  },

  // ─────────────────────── Telephone-user (SIM) real-name registration ───────────────────────
  {
    id: 'document:provisions-on-registration-of-real-identity-information-of-telephone-users',
    name: 'Regulations on the Registration of Real Identity Information of Telephone Users',
    nameZh: '电话用户真实身份信息登记规定',
    aliases: [
      'Telephone User Real Identity Information Registration Regulations',
      'Phone User Identity Information Requirements For Registration',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2013-07-16',
    effective: '2013-09-01',
    summary:
      'MIIT rule (Order No. 25) requiring telecoms operators to register the real identity of fixed-line and mobile phone users when they sign up (the phone and SIM real-name system).',
    relations: [{ type: 'based_on', target: 'document:decision-on-strengthening-network-information-protection', source: 4 }],
    sources: [
      {
        url: 'http://zhglw.cn/a/20130720/75707.html',
        title: 'zhglw.cn (Xinhua)',
        quote:
          '电话用户真实身份信息登记规定》已在中华人民共和国工业和信息化部第2次部务会议审议通过,自2013年9月1日起施行。\n根据《规定》,用户办理固定电话装机、移机、过户,移动电话开户、过户等,应当要求用户出示有效证件、提供真实身份信息,用户拒绝出示有效证件,电信业务经营者不得为其办理入网手续。',
        supports: ['nameZh', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Mobile_phone_real-name_system_in_China',
        title: 'Wikipedia – Mobile phone real-name system in China',
        quote:
          'Later, the Standing Committee of the National People\'s Congress and the MIIT issued the "Decision on Strengthening Network Information Protection", "Regulations on the Protection of Personal Information of Telecommunications and Internet Users" and "Regulations on the Registration of Real Identity Information of Telephone Users", requiring mobile phone users to register with real names',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/159413/phone-user-identity-information-requirements-for-registration.html',
        title: 'Global-Regulation',
        quote:
          'Phone User Identity Information Requirements For Registration\n\nOriginal Language Title: 电话用户真实身份信息登记规定 … (Released July 16, 2013, Ministry of industry and information technology, the 25th since as of September 1, 2013)',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'effective', 'kind'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2013/04/10/telephone-user-real-identity-information-registration-regulations-opinion-seeking-draft/',
        title: 'China Copyright and Media',
        quote: 'Telephone User Real Identity Information Registration Regulations (Opinion-Seeking Draft)',
        supports: ['aliases'],
      },
      {
        url: 'https://zzwb.zynews.cn/html/2013-07/22/content_483323.htm',
        title: '郑州晚报 (中原网)',
        quote: '工信部日前发布了《电话用户真实身份信息登记规定》,要求用户办理固定电话、移动电话时,提供真实身份信息。 … 在去年底,全国人大常委会出台了《关于加强网络信息保护的决定》,从法律上明确了电话用户真实身份信息登记制度。这次的《规定》也是根据人大立法做出的具体的规定。',
        supports: ['nameZh', 'issuers', 'relations'],
      },
    ],
  },

  // ─────────────── MIIT 2016 opinions on telecoms fraud (real-name deadline) ───────────────
  {
    id: 'document:miit-implementation-opinions-on-further-preventing-and-cracking-down-on-communication-information-fraud',
    name: 'Implementation Opinions on Further Preventing and Cracking down on Communication Information Fraud',
    nameZh: '工业和信息化部关于进一步防范和打击通讯信息诈骗工作的实施意见',
    // Pages usually cite it without the ministry's name in front.
    zhShortNames: ['关于进一步防范和打击通讯信息诈骗工作的实施意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    // Issued (印发) on 4 November 2016 and published on 7 November 2016.
    promulgated: '2016-11-04',
    summary:
      'MIIT opinions against telecoms fraud: every phone user to be real-name registered by the end of 2016 or cut off, stricter identity checks for new users, and limits on SIM cards per person.',
    sources: [
      {
        url: 'https://usito.org/news/miit-expands-real-name-registration-requirements',
        title: 'USITO',
        quote:
          'On November 7, the Ministry of Industry and Information Technology (MIIT) released the Implementation Opinions on Further Preventing and Cracking down on Communication Information Fraud (Opinions), which tighten the requirements for real-name registration for mobile phone users … Existing users must register their real name by the end of 2016 and telecom carriers should stop providing services to those failing to register their real name. … One ID has a 5 SIM card maximum.',
        supports: ['name', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://c-jw.com/zonghe/pinglun/2016-11-09/10697.html',
        title: '淄博晨报',
        quote:
          '7日,工业和信息化部发布《工业和信息化部关于进一步防范和打击通讯信息诈骗工作的实施意见》(以下简称《意见》),要求各移动转售企业要对170、171号段全部用户进行回访和身份信息确认,对未登记或登记信息错误的进行补登记,今年年底前实名率达100%。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://kejilie.com/qq/article/a63Ej2.html',
        title: 'kejilie.com (央视网)',
        quote:
          '工信部:2016年底前未实名制电话一律予以停机\n央视网消息:据工业和信息化部网站消息,11月4日,工业和信息化部印发《关于进一步防范和打击通讯信息诈骗工作的实施意见》。该《实施意见》指出,各基础电信企业要加快推进未实名老用户补登记,在2016年底前实名率达到100%。在规定时间内未完成补登记的,一律予以停机。',
        supports: ['zhShortNames', 'kind', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ──────────── Value-added telecoms: 2024 pilot opening to foreign investment ────────────
  {
    id: 'document:notice-on-pilot-work-of-expanding-opening-of-value-added-telecommunications-services',
    name: 'Notice on Carrying Out the Pilot Work of Expanding the Opening of Value-Added Telecommunications Services to Foreign Investment',
    nameZh: '关于开展增值电信业务扩大对外开放试点工作的通告',
    // Pages cite it by its document number too.
    zhShortNames: ['工信部通信函〔2024〕107号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2024-04-10',
    summary:
      'MIIT notice lifting the foreign-ownership caps on IDC, CDN, ISP, online data processing and some information services in pilot zones in Beijing, Shanghai, Hainan and Shenzhen.',
    sources: [
      {
        url: 'https://wxredian.com/art?id=749f98d30cbf1786d37c976bd71d23a1',
        title: 'wxredian.com',
        quote:
          'On April 10, 2024, the Ministry of Industry and Information Technology (“MIIT”) issued the "Notice on Carrying Out the Pilot Work of Expanding the Opening of Value-Added Telecommunications Services to Foreign Investment" (MIIT Communication [2024] No. 107) ("the Notice"), which initiates the pilot work of expanding the opening of value-added telecommunications services in four pilot regions.',
        supports: ['name', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://freewechat.com/a/MjM5OTUwMTc2OA==/2650906869/{{href}}',
        title: 'freewechat.com (工业和信息化部通告)',
        quote:
          '工业和信息化部近日发布通告,部署开展增值电信业务扩大对外开放试点工作。提出将在北京市服务业扩大开放综合示范区、上海自由贸易试验区临港新片区及社会主义现代化建设引领区、海南自由贸易港、深圳中国特色社会主义先行示范区率先开展试点。 … 关于开展增值电信业务扩大对外开放试点工作的通告\n工信部通信函〔2024〕107号',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://freewechat.com/a/MjM5OTUwMTc2OA==/2650906869/{{href}}',
        title: 'freewechat.com (工业和信息化部通告)',
        quote:
          '在获批开展试点的地区取消互联网数据中心(IDC)、内容分发网络(CDN)、互联网接入服务(ISP)、在线数据处理与交易处理,以及信息服务中信息发布平台和递送服务(互联网新闻信息、网络出版、网络视听、互联网文化经营除外)、信息保护和处理服务业务的外资股比限制。',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── Livestreaming e-commerce (SAMR/CAC 2025) ───────────────────────
  {
    id: 'document:supervision-and-management-measures-for-live-streaming-e-commerce',
    name: 'Supervision and Management Measures for Live Streaming E-commerce',
    nameZh: '直播电商监督管理办法',
    // The June 2025 draft was published under the same titles; pages name both alike.
    aliases: [
      'Livestreaming E-commerce Supervision and Administration Measures',
      'Supervision and Management Measures for Live E-commerce',
      'Live-Streaming E-commerce Supervision and Management Measures',
      'Live E-commerce Supervision Management Measures',
      'Regulations for the Supervision and Administration of Livestream E-commerce',
      'Measures for the Supervision and Administration of Live E-commerce',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr', 'cac'],
    adopted: '2025-12-18',
    effective: '2026-02-01',
    summary:
      'SAMR and CAC rules (Order No. 117) on livestream selling: duties of livestreaming e-commerce platforms, livestreaming room operators, livestream marketers and their service agencies, and the practices they must not engage in.',
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/36858-supervision-and-management-measures-for-live-streaming-e-commerce-order-no-117-including-competition-authority-governance-were-adopted',
        title: 'Digital Policy Alert',
        quote:
          'State Administration for Market Regulation and State Internet Information Office adopted Supervision and Management Measures for Live Streaming E-commerce (Order No. 117) including competition authority governance … On 18 December 2025, the State Administration for Market Regulation and the State Internet Information Office adopted the Supervision and Management Measures for Live Streaming E-commerce, which will enter into force on 1 February 2026.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://m.ming7.cn/a/202601/08/WS695f1a68a310d6866eb32a37.html',
        title: 'China Daily (mirror) – Rules for livestreaming e-commerce take effect',
        quote:
          'The Livestreaming E-commerce Supervision and Administration Measures were jointly issued by the State Administration for Market Regulation and the Cyberspace Administration of China, Xinhua News Agency reported on Wednesday.\n\n          The measures apply to livestreaming e-commerce platforms, livestreaming room operators, livestreaming marketers — people who promote products during live broadcasts — and agencies that provide services to those marketers. The document spells out their legal responsibilities, lists banned practices and sets out ways regulators will strengthen supervision.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://huangwazi.com/news/50/17797.html',
        title: 'huangwazi.com',
        quote: '两部门联合公布《直播电商监督管理办法》:平台要保存直播 交易等记录至少三年',
        supports: ['nameZh', 'status'],
      },
      {
        url: 'https://gmteight.com/content/detail/348795',
        title: 'GMTEight',
        quote:
          'Recently, the State Administration for Market Regulation and the Cyberspace Administration of China jointly issued the "Supervision and Management Measures for Live E-commerce", which will be implemented from February 1, 2026.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.futurestradingltd.com/archives/15520',
        title: 'futurestradingltd.com',
        quote:
          'Beijing, June 10 – The State Administration for Market Regulation (SAMR) has released the Live-Streaming E-commerce Supervision and Management Measures (Draft for Public Comment), seeking public input on regulating the booming sector.',
        supports: ['aliases'],
      },
      {
        url: 'https://reportify.ai/news/1168008344967974912',
        title: 'Reportify',
        quote:
          'The State Administration for Market Regulation (SAMR) is set to officially release the "Live E-commerce Supervision Management Measures" to enhance regulatory oversight in the live e-commerce sector',
        supports: ['aliases'],
      },
      {
        url: 'https://www.lexblog.com/2025/07/03/chinese-new-governance-paradigm-for-livestream-sale/',
        title: 'LexBlog',
        quote:
          'China’s State Administration for Market Regulation (“SAMR”) and the Cyberspace Administration of China (“CAC”) jointly issued the Regulations for the Supervision and Administration of Livestream E-commerce (Draft for Comment) (“the Draft Measures”) on June 10, 2025',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.webull.com.my/news-detail/14158794783867904',
        title: 'Webull',
        quote:
          'the General Administration of Market Supervision and the State Internet Information Office jointly issued the “Measures for the Supervision and Administration of Live E-commerce” to strengthen the supervision and management of live e-commerce',
        supports: ['aliases'],
      },
    ],
  },

  // ─────────────────────── Online trading platform rules (SAMR/CAC 2025) ───────────────────────
  {
    id: 'document:measures-for-supervision-and-administration-of-online-trading-platform-rules',
    name: 'Measures for the Supervision and Administration of Online Trading Platform Rules',
    nameZh: '网络交易平台规则监督管理办法',
    aliases: [
      'Measures for the Supervision and Administration of Online Transaction Platform Rules',
      'Regulations on the Supervision and Management of Rules for Online Trading Platforms',
      'Regulations on the Supervision and Management of Platform Rules for Online Trading',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr', 'cac'],
    promulgated: '2025-12-18',
    effective: '2026-02-01',
    summary:
      'SAMR and CAC rules (Order No. 116) on how online trading platforms make, change and enforce their platform rules: disclosure, consultation, transition periods and appeals, and no unreasonable restrictions or fees on merchants or limits on consumers’ rights.',
    sources: [
      {
        url: 'https://www.webull.ca/news-detail/14158826456843264',
        title: 'Webull (Zhitong Finance)',
        quote:
          'Measures for the supervision and administration of online trading platform rules\n\n(Decree No. 116 of the State Administration of Market Supervision and Administration and the State Internet Information Office was issued on December 18, 2025, and will take effect on February 1, 2026)',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://reportify.ai/social-media/760289738646861',
        title: 'Reportify (中国基金报)',
        quote:
          'The article discusses the release of the "Regulations on the Supervision and Management of Platform Rules for Online Trading" by the State Administration for Market Regulation and the National Internet Information Office … 平台不得大数据“杀熟” 《网络交易平台规则监督管理办法》发布\n中国基金报·2026-01-07 02:56',
        supports: ['nameZh', 'aliases', 'issuers', 'status'],
      },
      {
        url: 'https://reportify.ai/news/1206247288515727360',
        title: 'Reportify',
        quote:
          'The newly released "Regulations on the Supervision and Management of Rules for Online Trading Platforms" aims to standardize the formulation, modification, and execution of platform rules, maintain order in online transactions, and protect the legitimate rights and interests of all parties involved in online trading … The regulations prohibit platforms from unreasonably restricting the autonomous business activities of operators, charging unreasonable fees, or limiting consumer rights through platform rules',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://jpkf.svmuu.com/en/newsflash/35063.html',
        title: 'svmuu.com (CCTV News)',
        quote:
          'The State Administration for Market Regulation and the Cyberspace Administration of China have jointly issued the "Measures for the Supervision and Administration of Online Transaction Platform Rules."',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.hk01.com/%E8%B2%A1%E7%B6%93%E5%BF%AB%E8%A8%8A/60310509/%E5%85%A7%E5%9C%B0%E5%8A%A0%E5%BC%B7%E7%9B%A3%E7%AE%A1%E5%B9%B3%E5%8F%B0%E5%8F%8A%E9%9B%BB%E5%95%86%E7%9B%B4%E6%92%AD-%E7%A6%81%E5%AF%A6%E6%96%BD%E5%A4%A7%E6%95%B8%E6%93%9A%E6%AE%BA%E7%86%9F-%E9%99%90%E5%88%B6%E6%B6%88%E8%B2%BB%E8%80%85%E6%AC%8A%E5%88%A9',
        title: 'HK01',
        quote:
          '《辦法》規定了平台在訊息公示、公開徵求意見、過渡期設置、申訴渠道設置等方面的義務，要求平台建立健全平台規則重大事項溝通協商、平台內交易糾紛解決等機制。',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── Product Quality Law (1993) ───────────────────────
  {
    id: 'document:product-quality-law',
    name: 'Product Quality Law',
    nameZh: '产品质量法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1993-02-22',
    promulgated: '1993-02-22',
    effective: '1993-09-01',
    // Amended 8 July 2000 (in force 1 September 2000), then in 2009 and 2018; SAMR published a revised draft in 2023.
    amended: ['2000-07-08', '2009', '2018'],
    summary:
      'China’s basic law on product quality: quality supervision, the liability of producers and sellers for the products they make and sell, and compensation for damage.',
    sources: [
      {
        url: 'https://m.engbus.cn/kaoshi/10/9782.html',
        title: 'engbus.cn (中英对照)',
        quote:
          "中华人民共和国产品质量法Product Quality Law of The People's Republic of China\n\n第一章 总则\nChapter I General Provisions\n\n第一条 为了加强对产品质量的监督管理,明确产品质量责任,保护用户、消费者的合法权益,维护社会经济秩序,制定本法。\nArticle 1 This Law is enacted to strengthen the supervision and control over product quality, to define the liability for product quality, to protect the legitimate rights and interests of users and consumers and to safeguard the socio-economic order.",
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://enread.com/job/law/24287.html',
        title: 'enread.com',
        quote:
          "(Adopted at the 30th Meeting of the Standing1 Committee of the Seventh National People's Congress on February 22, 1993, promulgated2 by Order No. 71 of the President of the People's Republic of China on February 22, 1993, and effective as of September 1, 1993) … Chapter III Liability and Obligation of Producers and Sellers Concerning Product Quality … Chapter IV Compensation for Damage",
        supports: ['kind', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://mmlcgroup.com/china-pql251023/',
        title: 'MMLC Group',
        quote:
          'On 18 September 2023, China\'s State Administration for Market Regulation (SAMR) issued a revised draft of PRC Product Quality Law (the Revised Draft) for public comment by 18 November 2023.\nThe current Product Quality Law (the Current Law) was formulated back in 1993, and amended in 2000, 2009 and 2018.',
        supports: ['name', 'adopted', 'amended', 'status'],
      },
      {
        url: 'https://international.laws.com/china-laws/2006/product-quality-law-of-the-peo',
        title: 'international.laws.com',
        quote:
          'The Decisions of the Standing Committee of the National People’s Congress on Amending the Product Quality Law of the People’s Republic\nof China adopted at the 16th meeting of the Standing Committee of the National People’s Congress on July 8, 2000, are hereby promulgated\nand shall come into force as of the day of September 1, 2000.',
        supports: ['name', 'issuers', 'amended'],
      },
      {
        url: 'http://wtabcd.cn/falv/fa/82/73858.html',
        title: 'wtabcd.cn',
        quote:
          '为了加强对产品质量的监督管理,明确产品质量责任,我\n国于1993年通过了《中华人民共和国产品质量法》(以下简称《产品质量\n法》),并于2000\n年7月通过了《产品质量法》修正案。',
        supports: ['nameZh', 'adopted', 'amended'],
      },
    ],
  },
];

/**
 * Other names of SAMR and MIIT that pages on platforms and telecoms use: machine translations of
 * 市场监管总局, and the Chinese name of MIIT's predecessor, the Ministry of Information Industry.
 */
export const AUTHORITY_VARIANTS_TELECOM_PLATFORM_2: AuthorityVariant[] = [
  {
    slug: 'samr',
    aliases: [
      'General Administration of Market Supervision',
      'State Administration of Market Supervision',
      'State Administration of Market Supervision and Administration',
    ],
    sources: [
      {
        url: 'https://www.webull.ca/news-detail/14158826456843264',
        title: 'Webull (Zhitong Finance)',
        quote:
          'The Zhitong Finance App learned that on January 7, the General Administration of Market Supervision and the State Internet Information Office issued measures to supervise and manage the rules of online trading platforms. … (Decree No. 116 of the State Administration of Market Supervision and Administration and the State Internet Information Office was issued on December 18, 2025',
        supports: ['aliases'],
      },
    ],
  },
  {
    slug: 'miit',
    formerNames: [{ name: 'Ministry of Information Industry', nameZh: '信息产业部' }],
    sources: [
      {
        url: 'http://net-net.cn/shenzhen/law/law/2015/1113/93.html',
        title: 'net-net.cn',
        quote:
          '非经营性互联网信息服务备案管理办法 Measures for the Archival Administration of Non-operational Internet Information Services Decree of the Ministry of Information Industry of the Peoples Republic of China (No. 33)',
        supports: ['formerNames'],
      },
      {
        url: 'http://zjnews.zjol.com.cn/05zjnews/system/2005/07/25/006247485.shtml',
        title: '浙江在线',
        quote:
          '第三条 中华人民共和国信息产业部(以下简称“信息产业部”)对全国非经营性互联网信息服务备案管理工作进行监督指导,省、自治区、直辖市通信管理局(以下简称“省通信管理局”)具体实施非经营性互联网信息服务的备案管理工作。',
        supports: ['formerNames'],
      },
    ],
  },
];
