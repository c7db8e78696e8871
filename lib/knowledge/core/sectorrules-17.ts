/**
 * Curated core layer: departmental rules and sector rules that TMT pages (law-firm alerts, news,
 * regulators' and trade pages) cite and that the graph lacked — the former CBIRC's interim measures
 * on internet loans of commercial banks (2020) and its measures on consumer rights protection of
 * banking and insurance institutions (2022); the PBOC, CBIRC and CSRC measures on customer due
 * diligence and retention of customer identity information and transaction records (2022); SAMR's
 * measures on the list of seriously illegal and dishonest entities (2021) and its provisions on
 * compulsory product certification (as revised in 2022); SAPPRFT's provisions on private network and
 * targeted communication audiovisual programme services (IPTV, internet TV, 2016); and MIIT's interim
 * measures on sales filing of radio transmission equipment (2018).
 *
 * OTHER_NAMES_SECTORRULES_17 adds English titles pages write for entries the core layer already holds
 * (the internet advertising measures, the NFRA data security measures and the 2002 interim internet
 * publishing provisions); index.ts merges them onto those entries with `withOtherNames`.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_SECTORRULES_17: CoreInstrument[] = [

  // ───────────── Banking and insurance: consumer protection ─────────────
  {
    id: 'document:measures-for-protection-of-consumer-rights-and-interests-of-banking-and-insurance-institutions',
    name: 'Measures for the Protection of Consumer Rights and Interests of Banking and Insurance Institutions',
    nameZh: '银行保险机构消费者权益保护管理办法',
    aliases: [
      'Measures for the Protection of Consumer’s Rights and Interests in Banking and Insurance Institutions',
      'Banking and Insurance Institution Consumer Rights and Interests Protection Administrative Measures',
      'Measures on Consumer Rights Protection for Banking and Insurance Institutions',
      'Administrative Measures for the Protection of Consumer Rights and Interests of Banking and Insurance Institutions',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nfra'],
    promulgated: '2022-12-30',
    effective: '2023-03-01',
    summary:
      'Rules of the former banking and insurance regulator on how banks and insurers protect consumers’ rights, with principle-based provisions on corporate governance, information disclosure and dispute resolution.',
    sources: [
      {
        url: 'https://grandwaylaw.com/en/Legalupdate/3972.html',
        title: 'Grandway Law Offices – CBIRC Releases Measures to Enhance Protection of Consumer’s Rights',
        quote:
          'On December 30, 2022, China Banking and Insurance Regulatory Commission (“CBIRC”) released the Measures for the Protection of Consumer’s Rights and Interests in Banking and Insurance Institutions (“Measures”), which will come into effect on March 1, 2023.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinabankingnews.com/2023/01/03/chinas-banking-regulator-issues-new-consumer-rights-protection-rules/',
        title: 'China Banking News – China’s Banking Regulator Issues New Consumer Rights Protection Rules',
        quote:
          'On 30 December CBIRC issued the “Banking and Insurance Institution Consumer Rights and Interests Protection Administrative Measures” (银行保险机构消费者权益保护管理办法), which are scheduled to to come into effect on 1 March 2023.',
        supports: ['nameZh', 'aliases', 'effective'],
      },
      {
        url: 'https://techinsights.linklaters.com/post/102i6q2/china-extra-compliance-burden-for-regulated-fintechs-and-other-financial-service',
        title: 'Linklaters TechInsights – China: extra compliance burden for regulated fintechs and other financial service providers',
        quote:
          'the China Banking and Insurance Regulatory Commission (CBIRC) released its finalised Measures on Consumer Rights Protection for Banking and Insurance Institutions on 30 December 2022 (Measures). The Measures will take effect on 1 March 2023 … Compared with the consultation drafts, the finalised version further lifts certain detailed operational requirements, and incorporates principle-based provisions on key issues including corporate governance, information disclosure, dispute resolution.',
        supports: ['aliases', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.searchfx.cc/industry/detail/147',
        title: 'searchfx.cc – CBIRC issues Administrative Measures for the Protection of Consumer Rights and Interests of Banking and Insurance Institutions',
        quote:
          'The China Banking and Insurance Regulatory Commission has issued the "Administrative Measures for the Protection of Consumer Rights and Interests of Banking and Insurance Institutions" … which will come into effect on March 1, 2023.',
        supports: ['name', 'aliases'],
      },
    ],
  },

  // ───────────── Financial institutions: customer due diligence ─────────────
  {
    id: 'document:measures-for-customer-due-diligence-and-retention-of-customer-identity-information-and-transaction-records-by-financial-institutions',
    name: 'Administrative Measures for the Customer Due Diligence Investigation and Retention of Customer Identity Information and Transaction Records by Financial Institutions',
    nameZh: '金融机构客户尽职调查和客户身份资料及交易记录保存管理办法',
    aliases: ['Administrative Measures for Customer Due Diligence and Customer Identity Information and Transaction Record Preservation of Financial Institutions'],
    zhShortNames: ['中国人民银行、中国银行保险监督管理委员会、中国证券监督管理委员会令〔2022〕第1号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc', 'nfra', 'csrc'],
    adopted: '2021-10-29',
    promulgated: '2022-01-19',
    summary:
      'Anti-money-laundering rules of the central bank and the banking and securities regulators on how financial institutions carry out customer due diligence and keep customer identity information and transaction records.',
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-4178581-T.html?eng=0',
        title: 'LexisNexis China (lexiscn.com)',
        quote:
          'Administrative Measures for the Customer Due Diligence Investigation and Retention of Customer Identity Information and Transaction Records by Financial Institutions\n\nOrder of the People\'s Bank of China, the China Banking and Insurance Regulatory Commission and the China Securities Regulatory Commission [2022] No.1\n\nJanuary 19, 2022',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-4178581-T.html?eng=0',
        title: 'LexisNexis China (lexiscn.com)',
        quote:
          'which were deliberated and adopted at the tenth executive meeting of the People\'s Bank of China ("PBC") in 2021 on October 29, 2021 and reviewed and signed by the China Banking and Insurance Regulatory Commission ("CBIRC") and the China Securities Regulatory Commission ("CSRC"), are hereby promulgated … to prevent and constrain money-laundering and terrorism-financing activities, standardize the customer due diligence investigation and retention of customer identity information and tran',
        supports: ['issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-chinese-1-4173999-T.html',
        title: '律商网 (LexisNexis China) – 金融机构客户尽职调查和客户身份资料及交易记录保存管理办法',
        quote:
          '金融机构客户尽职调查和客户身份资料及交易记录保存管理办法\n\n中国人民银行、中国银行保险监督管理委员会、中国证券监督管理委员会令[2022]第1号\n\n2022年1月19日',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.meritsandtree.com/index/journal/detail?id=2447',
        title: '植德律师事务所 – 金融资管月报(第25期)',
        quote:
          '发文字号:中国人民银行、中国银行保险监督管理委员会、中国证券监督管理委员会令〔2022〕第1号\n\n发布日期:2022年01月19日\n\n施行日期:2022年03月01日(暂缓实施)\n\n效力层级:部门规章',
        supports: ['zhShortNames', 'kind', 'promulgated'],
      },
      {
        url: 'https://www.laitimes.com/en/article/2kol9_2ykal.html',
        title: 'laitimes.com',
        quote:
          'Recently, the three departments of Chinese Min min Bank, China Banking and Insurance Regulatory Commission and China Securities Regulatory Commission jointly issued the Administrative Measures for Customer Due Diligence and Customer Identity Information and Transaction Record Preservation of Financial Institutions.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── SAMR: credit supervision ─────────────
  {
    id: 'document:measures-for-administration-of-list-of-seriously-illegal-and-dishonest-entities-in-market-regulation',
    name: 'Market Regulation Measures on the Management of the List of the Untrustworthy with Serious Violations',
    nameZh: '市场监督管理严重违法失信名单管理办法',
    zhShortNames: ['国家市场监督管理总局令第44号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2021-07-30',
    effective: '2021-09-01',
    summary:
      'SAMR order under which market regulators put parties given heavier administrative penalties for serious violations on a list published through the national enterprise credit information publicity system.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/samr-blacklist/',
        title: 'China Law Translate – Market Regulation Measures on the Management of the List of the Untrustworthy with Serious Violations',
        quote:
          'Promulgation Date: 2021-7-30\nTitle: Market Regulation Measures on the Management of the List of the Untrustworthy with Serious Violations  \nDocument Number:国家市场监督管理总局令第44号\nPromulgating Entities: State Administration for Market Regulation … receive a heavier administrative punishment from the departments for market regulation, the market regulation departments are to enter them in the List of the Untrustworthy with Serious Violations in accordance with these Measures, publicly display them on the National Enterprise Credit Information Publicity System',
        supports: ['name', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://dz.jjckb.cn/www/pages/webpage2009/html/2021-08/03/content_76173.htm',
        title: '经济参考报 – 信用监管再升级 三部规章规范性文件出炉',
        quote:
          '市场监管总局日前公布《市场监督管理严重违法失信名单管理办法》《市场监督管理行政处罚信息公示规定》《市场监督管理信用修复管理办法》等3个部门规章和规范性文件,自2021年9月1日起施行。',
        supports: ['nameZh', 'issuers', 'effective'],
      },
    ],
  },

  // ───────────── SAMR: compulsory product certification ─────────────
  {
    id: 'document:provisions-on-administration-of-compulsory-product-certification',
    name: 'Provisions on the Administration of Compulsory Product Certification',
    nameZh: '强制性产品认证管理规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2009-07-03',
    amended: ['2022-09-29'],
    summary:
      'Rules on China Compulsory Certification (CCC): products the state lists must be certified and bear the certification mark before they are delivered, sold, imported or used in business, under SAMR’s supervision.',
    sources: [
      {
        url: 'http://ccaiisp.cn/cms/a/Provisions-on-the-Administration-of-Compulsory-Product-Certification.html',
        title: 'ccaiisp.cn – Provisions on the Administration of Compulsory Product Certification',
        quote:
          'Provisions on the Administration of Compulsory Product Certification\n\nThese Provisions were published by Order No. 117 of  the General Administration of Quality Supervision, Inspection and Quarantine on 3rd July, 2009, and revised by Order No. 61 of the State Administration of Market Regulation on 29th September, 2022) … be given an indication of the certification sign before they are delivered, sold, imported or used in other business activities.\n\nArticle 3 The State Administration of Market Regulation (hereinafter referred to as SAMR) shall administer the compulsory product certification throughout the country',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://developers.weixin.qq.com/minigame/product/material/ITkeji/yinshipingshebei.html',
        title: '微信开放文档 – 小游戏类目资质:音视频设备',
        quote:
          '《强制性产品认证管理规定》第二条\n为保护国家安全、防止欺诈行为、保护人体健康或者安全、保护动植物生命或者健康、保护环境,国家规定的相关产品必须经过认证(以下简称强制性产品认证),并标注认证标志后,方可出厂、销售、进口或者在其他经营活动中使用。',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'http://ccaiisp.cn/cms/a/Compulsory-Product-Certification-System.html',
        title: 'ccaiisp.cn – Compulsory Product Certification System',
        quote:
          'according to laws and regulations like the Regulations on Certification and Accreditation, the Provisions on the Administration of Compulsory Product Certification, and the Administrative Measures for Compulsory Products Certification Bodies, Inspection Institutions, and Laboratories, to regulate the implementation of the CCC certification.',
        supports: ['name'],
      },
    ],
  },

  // ───────────── Audiovisual: IPTV and internet TV ─────────────
  {
    id: 'document:provisions-on-administration-of-private-network-and-targeted-communication-audiovisual-program-services',
    name: 'Provisions on the Administration of Private Network and Targeted Communication Audiovisual Program Services',
    nameZh: '专网及定向传播视听节目服务管理规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nrta'],
    adopted: '2015-11-23',
    promulgated: '2016-04-25',
    effective: '2016-06-01',
    summary:
      'SAPPRFT Order No. 6 regulating audiovisual programme services over private networks and targeted communication, a category that groups IPTV, private-network mobile TV and internet TV.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/display.aspx?id=22892&lib=law',
        title: 'LawInfoChina – Provisions on the Administration of Private Network and Targeted Communication Audiovisual Program Services',
        quote:
          'Provisions on the Administration of Private Network and Targeted Communication Audiovisual Program Services [Revised]\n专网及定向传播视听节目服务管理规定 [已被修订]\nOrder of the State Administration of Press, Publication, Radio, Film and Television \n\n\n(No. 6) (第6号)\n\nThe Provisions on the Administration of Private Network and Targeted Communication Audiovisual Program Services, as deliberated and adopted at the executive meeting of the State Administration of Press, Publication, Radio, Film and Television on November 23, 2015, are hereby issued and shall come into force as of June 1, 2016.\nDirector General of the State Administration of Press, Publication, Radio, Film and Television: Cai Fuchao … April 25, 2016',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.the9c.com/en-US/p/XroHAGPd',
        title: 'the9c.com – Policy interpretation: differentiated management of network audio-visual services',
        quote:
          'From the point of view of management, it classifies the private network mobile TV, IPTV and Internet TV into one category, which is distinguished from the online video business on PC and mobile',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Radio: sales filing of radio transmission equipment ─────────────
  {
    id: 'document:implementation-measures-for-sales-filing-of-radio-transmission-equipment-interim',
    name: 'Implementation Measures for the Record of Radio Transmitting Equipment Sales (Provisional)',
    nameZh: '无线电发射设备销售备案实施办法(暂行)',
    zhShortNames: ['工信部无〔2018〕285号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2018-12-26',
    effective: '2019-03-01',
    summary:
      'MIIT measures requiring sellers of radio transmitting equipment to file their sales with the provincial radio regulator within 10 working days of sale, through a unified national sales filing platform.',
    sources: [
      {
        url: 'http://www.dy1.cn/%e4%b8%8a%e6%b5%b7%e8%8a%b1%e5%8d%83%e5%9d%8a/3460',
        title: 'dy1.cn – sales filing of radio transmitting equipment',
        quote:
          'From March 1st, all kinds of entities that sell radio transmitting equipment in China need to go through the sales filing formalities with the provincial radio regulatory agency where they are registered within 10 working days from the date of sale.\nThis is a clear requirement for the sales link of radio transmitting equipment in the "Implementation Measures for the Record of Radio Transmitting Equipment Sales (Provisional)" (hereinafter referred to as the "Measures") recently issued by the Ministry of Industry and Information Technology.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.tatapei.cn/news/detail/41993',
        title: 'tatapei.cn – 《無線電發射設備銷售備案實施辦法(暫行)》解讀',
        quote:
          '為加強無線電發射設備管理,規范無線電發射設備銷售備案的實施及監督,切實維護空中電波秩序,2018年12月26日,工業和信息化部發布了《無線電發射設備銷售備案實施辦法(暫行)》(下稱《辦法》)。',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.cpooo.com/products/389841123.html',
        title: 'cpooo.com – 无线电发射设备销售备案',
        quote:
          '提出了建立***统一的无线电发射设备销售备案信息平台,并规定了监督检查要求。本《办法》自2019年3月1日起施行。',
        supports: ['effective', 'summary'],
      },
      {
        url: 'http://jzfwg.com/jxw/3238/3239/content_1915384.html',
        title: 'jzfwg.com – 开展无线电发射设备销售备案的通告',
        quote:
          '无线电发射设备销售备案实施办法(暂行)》(工信部无〔2018〕285号)有关规定,为了加强无线电发射设备销售市场管理,维护空中电波秩序',
        supports: ['nameZh', 'zhShortNames'],
      },
      {
        url: 'http://www.globaltimes.cn/content/1141170.shtml',
        title: 'Global Times – temporary implementation measures on radio transmitter sales',
        quote:
          'China\'s Ministry of Industry and Information Technology\n(MIIT) released the measures on January 10, under which sellers have to submit their sales record to the provincial-level radio administrative authorities within 10 working days from the date of sale.',
        supports: ['summary'],
      },
    ],
  },
];

export const OTHER_NAMES_SECTORRULES_17: CoreOtherNames[] = [
  {
    id: 'document:measures-for-administration-of-internet-advertising',
    aliases: ['Internet Advertisement Regulations'],
    sources: [
      {
        url: 'https://www.chinaiplawyer.com/china-laws-and-regulations-update-in-april-2023/',
        title: 'China IP Lawyer – China Laws and Regulations Update in April 2023',
        quote:
          '1. Internet Advertisement Regulations\n\nPromulgated by State Administration for Market Regulation\n\nPromulgation date: 20 March 2023\n\nImplementation date: 1 May 2023\n\nDocument number: SAMR Order 72',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:measures-for-data-security-management-of-banking-and-insurance-institutions',
    aliases: ['Banking and Insurance Institutions Data Security Management Measures'],
    sources: [
      {
        url: 'https://linklaters.com/th-th/insights/blogs/digilinks/2025/january/china-embracing-a-new-era-of-data-security-in-financial-industry',
        title: 'Linklaters Digilinks – China: Embracing a new era of data security in financial industry',
        quote:
          'After a swift progression from draft to enactment, mainland China’s National Financial Regulatory Administration (NFRA) released the Banking and Insurance Institutions Data Security Management Measures (Measures) on 27 December 2024. The Measures took immediate effect.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:interim-provisions-on-administration-of-internet-publishing',
    aliases: ['Tentative Internet Publishing Administrative Measures'],
    sources: [
      {
        url: 'https://capedge.com/filing/1723935/0001193125-18-056029/STG-F1',
        title: 'CapEdge – F-1 filing, Regulations Relating to Online Publishing',
        quote:
          'On June 27, 2002, the General Administration of Press and Publication, or GAPP (currently known as the State Administration of Press, Publication, Radio, Film and Television, or the SAPPRFT) and the MIIT jointly promulgated the Tentative Internet Publishing Administrative Measures, or the Internet Publishing Measures, which took effect on August 1, 2002.',
        supports: ['aliases'],
      },
    ],
  },
];
