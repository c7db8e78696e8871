import type { CoreInstrument } from './types';

/**
 * Financial, trade and civil-society instruments China TMT pages cite beside the data laws:
 * payments licensing, anti-money laundering, the PBOC's and the NFRA's financial data-security
 * rules, financial consumer protection, credit reporting, the Foreign Trade Law and Customs Law,
 * and the law on overseas NGOs' activities.
 */
export const CORE_FINANCE_TRADE_RULES: CoreInstrument[] = [
  // ───────────── Payment services of non-financial institutions (PBOC, 2010) ─────────────
  {
    id: 'document:administrative-measures-for-payment-services-of-non-financial-institutions',
    name: 'Administrative Measures for the Payment Services of Non-financial Institutions',
    nameZh: '非金融机构支付服务管理办法',
    aliases: [
      'Administrative Measures on Payment Services Provided by Non-financial Institutions',
      'Measures for the Administration of Payment Services by Non-financial Institutions',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2010-05-19',
    promulgated: '2010-06-14',
    effective: '2010-09-01',
    // Repealed when the PBOC issued the Detailed Rules implementing the 2023 non-bank payment
    // regulations (2024); no stored page gives the day, so `repealed` stays empty.
    summary:
      'The PBOC’s 2010 regime for non-bank payment services (online payment, issuance and acceptance of prepaid cards, bank-card acquiring), each needing a Payment Business License.',
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-1308772-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Administrative Measures for the Payment Services of Non-financial Institutions\n\nOrder of the People's Bank of China [2010] No. 2\n\nJune 14, 2010\n\nThe Administrative Measures for the Payment Services of Non-financial Institutions, which were formulated by the People's Bank of China in accordance with the Law of the People's Republic of China on the People's Bank of China and other laws and regulations and adopted at the 7th president executive meeting on May 19, 2010, are hereby promulgated, and shall come into effect as of September 1, 2010.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://news.everychina.com/wz4115f5/decree_of_the_people_s_bank_of_china_no_2_2010.html',
        title: 'EveryChina News',
        quote:
          "the People s Bank of China (referred to as the PBC hereinafter) formulated Administrative Measures on Payment Services Provided by Non-financial Institutions, which was approved by the 7th meeting of the PBC governor s office convened on May 19, 2010. The Measures will be effective since September 1, 2010. … (1)On-line payment;\n(2)Issuance and acceptance of prepaid cards;\n(3)Acquisition of bankcards; … Article 3 In order to provide payment services, a non-financial institution should obtain a Payment Business License",
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.techintroduce.com/technology/measures-for-the-administration-of-payment-service/',
        title: 'techintroduce.com',
        quote: 'Measures for the Administration of Payment Services by Non-financial Institutions\n\nReleaseinformation\n\nOrderofthePeople’sBankofChina',
        supports: ['aliases'],
      },
      {
        url: 'https://www.mpaypass.com.cn/news/202101/21121549.html',
        title: '移动支付网 (mpaypass)',
        quote:
          '比对条例与2010年发布的《非金融机构支付服务管理办法》(以下简称“10年2号文”或“2号文”)和2015年发布的《非银行支付机构网络支付业务管理办法》(以下简称“15年43号文”或“43号文”)中关键条款的异同。',
        supports: ['nameZh', 'promulgated'],
      },
    ],
  },

  // ───────────────────────────── Anti-Money Laundering Law ─────────────────────────────
  {
    id: 'document:anti-money-laundering-law',
    name: 'Anti-Money Laundering Law',
    nameZh: '反洗钱法',
    // No abbreviation: "AML" and "AML Law" name the Anti-Monopoly Law on TMT pages.
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2006-10-31',
    promulgated: '2006-10-31',
    effective: '2007-01-01',
    // Revised on 8 November 2024, in force since 1 January 2025.
    amended: ['2024-11-08'],
    summary:
      'China’s anti-money-laundering statute (2006, revised 2024): financial institutions and certain non-financial institutions must keep AML internal controls, do customer due diligence, keep records and report large and suspicious transactions.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224505',
        title: 'csrcare.com',
        quote:
          "Anti-Money Laundering Law of the People's Republic of China Order of the President (No. 56) The Anti-Money Laundering Law of the People's Republic of China, which was adopted at the 24th meeting of the Standing Committee of the 10th National People's Congress of the People's Republic of China, is hereby promulgated and shall come into force on January 1, 2007. President of the People's Republic of China Hu Jingtao October 31, 2006",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.zritc.com/xtyd/fxqjy/fxqfg/201104/t20110419_86914.html',
        title: '中融信托 (zritc.com)',
        quote:
          '中华人民共和国反洗钱法\n(2006年10月31日第十届全国人民代表大会常务委员会第二十四次会议通过)\n\n中华人民共和国主席令第五十六号\n\n《中华人民共和国反洗钱法》已由中华人民共和国第十届全国人民代表大会常务委员会第二十四次会议于2006年10月31日通过,现予公布,自2007年1月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/china-revises-anti-money-laundering-law',
        title: 'China Justice Observer',
        quote:
          'On 8 Nov. 2024, the Standing Committee of the National People’s Congress (China’s top legislature) passed the newly amended Anti-Money Laundering (AML) Law of the People’s Republic of China, which came into effect on 1 Jan. 2025. … Financial institutions and certain non-financial institutions established within China are required to establish AML internal control systems, conduct customer due diligence, maintain customer identity information and transaction records, and implement reporting systems for large transactions and suspicious transactions.',
        supports: ['name', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://junhe.com/legal-updates/2874',
        title: 'JunHe',
        quote:
          '2024年11月8日,第十四届全国人大常委会表决通过新修订的《中华人民共和国反洗钱法》,并规定自2025年1月1日起施行。此次修订是该法2006年颁布18年来的首次重大修改',
        supports: ['nameZh', 'issuers', 'amended'],
      },
    ],
  },

  // ───────────── PBOC data security in its business areas (2025) ─────────────
  {
    id: 'document:measures-for-administration-of-data-security-in-business-areas-of-pboc',
    name: "Measures for the Administration of Data Security in the Business Areas of the People's Bank of China",
    nameZh: '中国人民银行业务领域数据安全管理办法',
    aliases: [
      "Data Security Management Measures for the Business Areas of the People's Bank of China",
      'Administrative Measures for Data Security in Business Fields',
      "Administrative Measures for Data Security Management in the People's Bank of China's Business Areas",
      "Administrative Measures on Data Security in the People's Bank of China Business Areas",
      'Administrative Measures on Data Security in the Business Areas supervised by the PBOC',
    ],
    zhShortNames: ['中国人民银行令〔2025〕第3号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    // Sources disagree on the issue date (1 May: HSF, MMLC, Norton Rose; 7 May: secrss; 9 May:
    // Linklaters), so `promulgated` stays empty.
    effective: '2025-06-30',
    summary:
      'The PBOC’s first comprehensive data-security rules for the business areas it supervises (payments and clearing, credit reporting, anti-money laundering and others): data classification, security management and technical rules, risk monitoring.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
      { type: 'based_on', target: 'document:network-data-security-management-regulations', source: 0 },
    ],
    sources: [
      {
        url: 'https://ldyouke.cn/index.php/index/index/news_detail/id/241.html',
        title: 'ldyouke.cn',
        quote:
          '近日,中国人民银行发布《中国人民银行业务领域数据安全管理办法》(中国人民银行令〔2025〕第3号,以下简称《办法》),自2025年6月30日起施行。\n《办法》适用范围聚焦于金融机构以及经中国人民银行批准设立或者认定的其他机构在中国境内开展的中国人民银行业务领域数据相关处理活动。其中,中国人民银行业务领域是指由中国人民银行承担监督和管理职责的货币信贷、宏观审慎、跨境人民币、银行间市场、金融业综合统计、支付清算、人民币发行流通、经理国库、征信和信用评级、反洗钱等业务领域。 … 第一条 为规范中国人民银行业务领域数据的安全管理并促进开发利用,根据《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《中华人民共和国中国人民银行法》《网络数据安全管理条例》等法律、行政法规,制定本办法。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://m.shulifoto.com/en/articles/5191',
        title: 'shulifoto.com',
        quote:
          "On 9 May 2025, the People's Bank of China (PBoC) issued the Measures for the Administration of Data Security in the Business Areas of the People's Bank of China (《中国人民银行业务领域数据安全管理办法》) (the \"PBoC Data Measures\") which shall take effect on 30 June 2025. … The PBoC Data Measures are PBoC's first comprehensive regulation specifically addressing data security under PBoC's business areas.",
        supports: ['name', 'nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://reportify.ai/tags/product?tagValue=%E4%B8%AD%E5%9B%BD%E4%BA%BA%E6%B0%91%E9%93%B6%E8%A1%8C%E4%B8%9A%E5%8A%A1%E9%A2%86%E5%9F%9F%E6%95%B0%E6%8D%AE',
        title: 'Reportify (Zheng Quan Ri Bao)',
        quote:
          'The People\'s Bank of China (PBOC) has issued the "Data Security Management Measures for the Business Areas of the People\'s Bank of China," effective from June 30, 2025, to enhance data security in financial institutions [1][2] - The measures consist of seven chapters and fifty-six articles, covering data resource classification, security management regulations, technical security provisions, risk monitoring, and supervisory responsibilities',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.hsfkramer.com/fr/notes/data/2025-posts/chinas-financial-institutions-face-new-data-security-mandate',
        title: 'Herbert Smith Freehills Kramer',
        quote:
          "the People's Bank of China (PBOC) finally issued the Administrative Measures for Data Security in Business Fields (中国人民银行业务领域数据安全管理办法)(Measures) on May 1, 2025, which will come into effect on June 30, 2025",
        supports: ['aliases', 'nameZh', 'issuers', 'effective'],
      },
      {
        url: 'https://mmlcgroup.com/pboc-data-management-rules/',
        title: 'MMLC Group',
        quote:
          'On 1 May 2025, the PBC issued the “Administrative Measures for Data Security Management in the People’s Bank of China’s Business Areas” (hereinafter referred to as “the Measures”), to curb the risks associated with illegal use, leakage, and misuse of financial data. The Measures will go into effect on 30 June 2025.',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'https://www.linklaters.com/en/insights/blogs/digilinks/2025/june/china--navigating-the-central-banks-new-data-security-measures',
        title: 'Linklaters',
        quote:
          'China’s central bank, the People’s Bank of China, released the finalised Administrative Measures on Data Security in the People’s Bank of China Business Areas (“PBoC Measures”) on 9 May 2025. Financial institutions (“FI”) and other entities that are subject to the PBoC Measures must ensure compliance by 30 June 2025.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.nortonrosefulbright.com/en-zw/knowledge/publications/6aa879cc/pbocs-first-data-privacy-and-security-regulations-issued',
        title: 'Norton Rose Fulbright',
        quote:
          'On 1 May 2025, the People’s Bank of China (the PBOC) issued the Administrative Measures on Data Security in the Business Areas supervised by the PBOC (the PBOC Data Rules) which took effect on 30 June 2025.',
        supports: ['aliases', 'issuers', 'effective'],
      },
    ],
  },

  // ───────────── NFRA data security of banking and insurance institutions (2024) ─────────────
  {
    id: 'document:measures-for-data-security-management-of-banking-and-insurance-institutions',
    name: 'Measures for Data Security Management of Banking and Insurance Institutions',
    nameZh: '银行保险机构数据安全管理办法',
    aliases: [
      'Administrative Measures for Data Security of Banking and Insurance Institutions',
      'Data Security Management Measures for Banking and Insurance Institutions',
      'Data Security Management Measures for Banks and Insurance Institutions',
    ],
    // Issued by an NFRA notice (金规〔2024〕24号), not as an order: a normative document.
    kind: 'normative_document',
    status: 'final',
    issuers: ['nfra'],
    promulgated: '2024-12-27',
    effective: '2024-12-27',
    summary:
      'NFRA rules on data security at banks and insurers: data security governance, classification and grading (core, important, sensitive and other general data), personal information protection, risk monitoring and supervision.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://conventuslaw.com/report/china-enhancing-data-security-in-banking-and-insurance-an-analysis-of-recent-regulatory-developments',
        title: 'Conventus Law',
        quote:
          'The National Financial Regulatory Administration (“NFRA”) has introduced the Measures for Data Security Management of Banking and Insurance Institutions (“2024 FinSec Measures”; effective 27 December 2024), nine months after having consulted public opinions in March 2024. … The 2024 FinSec Measures build upon a robust legal framework that includes:\n- Cybersecurity Law of the People’s Republic of China (“2016 CSL”)\n- Data Security Law of the People’s Republic of China (“2021 DSL”)\n- Personal Information Protection Law of the People’s Republic of China (“2021 PIPL”)',
        supports: ['name', 'status', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://nortonrosefulbright.com/en/knowledge/publications/717d1997/nfras-first-data-privacy-and-security-regulations-issued',
        title: 'Norton Rose Fulbright',
        quote:
          'On 27 December 2024, the National Financial Regulatory Administration (the NFRA) released the Administrative Measures for Data Security of Banking and Insurance Institutions (the NFRA Data Rules), which came into effect on the same day. … Depending on the importance and sensitivity of the data, all data is further graded into four levels i.e. core data, important data, sensitive data and other general data.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://mondaq.com/china/finance-and-banking/1582032/%E9%93%B6%E8%A1%8C%E4%BF%9D%E9%99%A9%E6%9C%BA%E6%9E%84%E6%95%B0%E6%8D%AE%E5%AE%89%E5%85%A8%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95%E5%90%88%E8%A7%84%E8%A6%81%E7%82%B9',
        title: 'Mondaq',
        quote:
          '2024年12月27日,国家金融监督管理总局( "金融监管总局")正式发布了《银行保险机构数据安全管理办法》(" 《办法》")。同年3月,金融监管总局曾就该《办法》发布征求意见稿,引起业内广泛关注和讨论。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://weishian.cn/home/NewsDetail/15-593-1',
        title: 'weishian.cn',
        quote:
          '2024年12月27日,国家金融监督管理总局正式发布《银行保险机构数据安全管理办法》(以下简称《办法》),此次发布的正式文件是在同年3月22日发布的征求意见稿上的进一步完善。 … 《办法》共9章81条。包括总则、数据安全治理、数据分类分级、数据安全管理、数据安全技术保护、个人信息保护、数据安全风险监测与处置、监督管理及附则。',
        supports: ['nameZh', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://gmteight.com/content/detail/217804',
        title: 'GMT Eight',
        quote:
          'The original text states: Circular on Issuing Data Security Management Measures for Banking and Insurance Institutions by the China Banking and Insurance Regulatory Commission Jin-Gui [2024] No. 24',
        supports: ['aliases', 'kind'],
      },
      {
        url: 'https://webull.com/news/12032094194230272',
        title: 'Webull (Zhitong Finance)',
        quote:
          'Notice of the State Financial Supervision and Administration on Issuing Data Security Management Measures for Banks and Insurance Institutions\n\nGold Standard [2024] No. 24',
        supports: ['aliases', 'kind'],
      },
    ],
  },

  // ───────────── PBOC financial consumer protection (2020) ─────────────
  {
    id: 'document:pboc-implementing-measures-for-protection-of-financial-consumers-rights-and-interests',
    name: "Implementing Measures of the People's Bank of China for Protection of Financial Consumers' Rights and Interests",
    nameZh: '中国人民银行金融消费者权益保护实施办法',
    aliases: [
      "People's Bank of China Financial Consumer Rights and Interests Protection Implementation Measures",
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2020-09-01',
    promulgated: '2020-09-15',
    effective: '2020-11-01',
    summary:
      'PBOC rules protecting the rights and interests of financial consumers, in force from 1 November 2020.',
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/implementing-measures-of-the-peoples-bank-of-china-for-protection-of-financial-consumers-rights-and-interests-2/',
        title: 'AppInChina',
        quote:
          'Chinese Title: 中国人民银行金融消费者权益保护实施办法\n\nDecree [2020] No. 5 of the People’s Bank of China\n\nThe Implementing Measures of the People’s Bank of China for Protection of Financial Consumers’ Rights and Interests, adopted upon deliberation at the 6th executive meeting of the People’s Bank of China (“PBC”) in 2020 on September 1, 2020, are hereby promulgated, effective November 1, 2020.\n\nYi Gang, Governor\n\nSeptember 15, 2020',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.chinabankingnews.com/2020/09/21/chinese-central-bank-leads-launch-of-new-protections-for-financial-consumers/',
        title: 'China Banking News',
        quote:
          'PBOC recently issued the “People’s Bank of China Financial Consumer Rights and Interests Protection Implementation Measures,” (中国人民银行金融消费者权益保护实施办法) which will come into effect on 1 November 2020.',
        supports: ['aliases', 'nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────────── Foreign Trade Law ─────────────────────────────
  {
    id: 'document:foreign-trade-law',
    name: 'Foreign Trade Law',
    nameZh: '对外贸易法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1994-05-12',
    promulgated: '1994-05-12',
    effective: '1994-07-01',
    // Revised 2004, amended 2016 and 2022, revised again on 27 December 2025 (in force 1 March 2026).
    amended: ['2004-04-06', '2016-11-07', '2022-12-30', '2025-12-27'],
    summary:
      'China’s basic foreign-trade statute: trade in goods, technology and services, trade-related IP protection, foreign-trade order, investigations and remedies; revised in 2004 and again in 2025.',
    sources: [
      {
        url: 'http://www.lehmanlaw.com/resource-centre/laws-and-regulations/international-trade/foreign-trade-law-of-the-peoples-republic-of-china-1994.html',
        title: 'Lehman, Lee & Xu',
        quote:
          "Adopted at the Seventh Meeting of the Standing Committee of the Eighth National People's Congress on May 12, 1994, promulgated by Order No.22 of the President of the People's Republic of China on May 12, 1994, and effective as of July 1, 1994",
        supports: ['kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://text.123docz.net/document/4484218-ad-china-act-supp4.htm',
        title: 'WTO notification G/ADP/N/1/CHN/2/Suppl.4 (123docz)',
        quote:
          "Decree of the President of\nThe People's Republic of China\n(No.15)\nThe Foreign Trade Law of the People's Republic of China, adopted as amended at the\nEighth Session of the Standing Committee of the tenth National People's Congress on 6\nApril 2004, is hereby promulgated and shall come into effect as of 1 July 2004.",
        supports: ['name', 'kind', 'issuers', 'amended'],
      },
      {
        url: 'https://www.10100.com/article/66092208',
        title: '10100.com',
        quote:
          '中华人民共和国对外贸易法\n(1994年5月12日第八届全国人民代表大会常务委员会第七次会议通过 2004年4月6日第十届全国人民代表大会常务委员会第八次会议第一次修订 根据2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议《关于修改〈中华人民共和国对外贸易法〉等十二部法律的决定》第一次修正 根据2022年12月30日第十三届全国人民代表大会常务委员会第三十八次会议《关于修改〈中华人民共和国对外贸易法〉的决定》第二次修正 2025年12月27日第十四届全国人民代表大会常务委员会第十九次会议第二次修订)',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://webadmin.fohb.gov.cn/info/2022-10/20221019163300_874.html',
        title: 'fohb.gov.cn',
        quote:
          "revised at the 8th Session of the Standing Committee of the 10th National People's Congress and promulgated by Order No. 15 of the President of the People's Republic of China on 6 April 2004, and effective as of 1 July 2004.) … PART FIVE PRODUCTION OF INTELLECTUAL PROPERTY RIGHTS RELATED TO FOREIGN TRADE\nPART SIX FOREIGN TRADE ORDER\nPART SEVEN FOREIGN TRADE INVESTIGATION\nPART EIGHT FOREIGN TRADE REMEDIES … For the purposes of this Law, the term “foreign trade” shall refer to the import and export of goods and technology and trade in international services.",
        supports: ['amended', 'summary'],
      },
    ],
  },

  // ───────────────────────────── Customs Law ─────────────────────────────
  {
    id: 'document:customs-law',
    name: 'Customs Law',
    nameZh: '海关法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1987-01-22',
    promulgated: '1987-01-22',
    effective: '1987-07-01',
    // The five amendments to 2017 (LexisNexis); a later one (2021) is not listed: no stored page gives it.
    amended: ['2000-07-08', '2013-06-29', '2013-12-28', '2016-11-07', '2017-11-04'],
    summary:
      'China’s customs statute: Customs supervises the goods, articles and means of transport entering or leaving the territory, collects customs duties and other taxes and fees, and combats smuggling.',
    sources: [
      {
        url: 'https://spanish.lehmanlaw.com/centro-de-busqueda/leyes-y-regulaciones/customs-importexport-and-trading/customs-law-of-the-peoples-republic-of-china-1987.html',
        title: 'Lehman, Lee & Xu',
        quote:
          "(Adopted at the 19th Meeting of the Standing                        Committee of the Sixth National People's Congress on January                        22, 1987,Promulgated by Order No. 51 of the President of                        the People's Republic of China on January 22, 1987, and                        effective as of July 1, 1987)",
        supports: ['kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3195476-T.html',
        title: 'LexisNexis China',
        quote:
          "Customs Law of the People's Republic of China (Amended in 2017) … (Adopted at the 19th Meeting of the Standing Committee of the Sixth National People's Congress on January 22, 1987; amended for the first time according to the Decision on Revising the Customs Law of the People's Republic of China made at the 16th Meeting of the Standing Committee of the Ninth National People's Congress on July 8, 2000; amended for the second time … on June 29, 2013; amended for the third time … on December 28, 2013; amended for the fourth time … on November 7, 2016; and amended for the fifth time … on November 4, 2017)",
        supports: ['name', 'kind', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.szchinasea.com/customs-law-of-the-peoples-republic-of-china/31/?lang=en',
        title: 'szchinasea.com',
        quote:
          'The Customs shall, in accordance with this Law and other related laws and regulations, exercise control over the inbound and outbound means of transport, goods, traveller’s luggage, and postal items and other articles (hereinafter referred to as inbound and outbound means of transport, goods and articles); collect Customs duties and other taxes and fees; prevent smuggling',
        supports: ['summary'],
      },
      {
        url: 'https://zh.m.wikisource.org/wiki/%E5%85%A8%E5%9B%BD%E4%BA%BA%E6%B0%91%E4%BB%A3%E8%A1%A8%E5%A4%A7%E4%BC%9A%E5%B8%B8%E5%8A%A1%E5%A7%94%E5%91%98%E4%BC%9A%E5%85%B3%E4%BA%8E%E4%BF%AE%E6%94%B9%E3%80%8A%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%B5%B7%E5%85%B3%E6%B3%95%E3%80%8B%E7%9A%84%E5%86%B3%E5%AE%9A',
        title: '维基文库 (Wikisource)',
        quote:
          '全国人民代表大会常务委员会关于修改《中华人民共和国海关法》的决定\n(2000年7月8日第九届全国人民代表大会常务委员会第十六次会议通过 2000年7月8日中华人民共和国主席令第三十五号公布 自2001年1月1日起施行) … 海关依照本法和其他有关法律、行政法规,监管进出境的运输工具、货物、行李物品、邮递物品和其他物品(以下简称进出境运输工具、货物、物品),征收关税和其他税、费,查缉走私',
        supports: ['nameZh', 'issuers', 'amended', 'summary'],
      },
    ],
  },

  // ───────────── Overseas NGOs' activities in mainland China (2016) ─────────────
  {
    id: 'document:law-on-administration-of-activities-of-overseas-ngos-in-mainland-china',
    name: 'Law on the Administration of Activities of Overseas Nongovernmental Organizations in the Mainland of China',
    nameZh: '境外非政府组织境内活动管理法',
    aliases: [
      "Law on Administration of Foreign NGOs' Activities within China",
      'Law on the Management of the Activities of Overseas NGOs within Mainland China',
      // Written here with the qualifier its sources give; the matcher also finds the bare "Law on …" form.
      'Law of the People’s Republic of China on the Administration of Domestic Activities of Foreign Non-Governmental Organizations',
      'Law on the Administration of Domestic Activities of Overseas Non-governmental Organizations',
      "Law of the People's Republic of China on the Administration of Activities of Overseas Non-Governmental Organizations within the Territory of China",
      "Administrative Law on Overseas NGOs' Activities within China",
      'Overseas NGO Law',
    ],
    zhShortNames: ['境外NGO管理法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2016-04-28',
    promulgated: '2016-04-28',
    effective: '2017-01-01',
    summary:
      'Regulates foreign NGOs’ activities in mainland China: they register a representative office with the public security authorities or file a temporary activity, and may not engage in or fund profit-making or political activities.',
    sources: [
      {
        url: 'http://zqb.cyol.com/html/2016-04/29/nw.D110000zgqnb_20160429_2-06.htm',
        title: '中国青年报 (China Youth Daily, Xinhua)',
        quote:
          '十二届全国人大常委会第二十次会议28日下午表决通过《中华人民共和国境外非政府组织境内活动管理法》。 法律自2017年1月1日起施行。 … 境外非政府组织在中国境内不得从事或者资助营利性活动、政治活动,不得非法从事或者资助宗教活动。',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Law_on_Administration_of_Foreign_NGOs%27_Activities_within_China',
        title: 'Wikipedia',
        quote:
          "= Law on Administration of Foreign NGOs' Activities within China = … Short Title: Law of the People's Republic of China on Administration of Foreign NGOs' Activities within China … The law was adopted by the Standing Committee of the National People's Congress on 28 April 2016. It was signed by President Xi Jinping on the same day and came into effect on 1 January 2017. … The law requires them to register with the Ministry of Public Security (MPS) or its provincial-level equivalents before establishing an office within mainland China, or register with the MPS if they want to carry out a \"temporary activity\".",
        supports: ['aliases', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinadevelopmentbrief.org/reports/china-passes-first-law-on-overseas-ngos/',
        title: 'China Development Brief',
        quote:
          'On April 28th, the Standing Committee of the National People’s Congress approved the People’s Republic of China’s Law on the Management of the Activities of Overseas NGOs within Mainland China with 147 votes in favour, 1 contrary vote and 1 abstention. The law will come into force on the 1st of January 2017.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.leetsai.com/other-areas/law-of-the-peoples-republic-of-china-on-the-administration-of-domestic-activities-of-foreign-non-governmental-organizationsmainland-china',
        title: 'leetsai.com',
        quote:
          'On April 28, 2016, the National People’s Congress adopted the Law of the People’s Republic of China on the Administration of Domestic Activities of Foreign Non-Governmental Organizations (hereinafter, the “Law”), which will go into effect on January 1, 2017.',
        supports: ['aliases', 'adopted', 'effective'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=395fbfde-954c-4f08-84d2-67111584409a',
        title: 'Lexology',
        quote:
          'China’s law on the Administration of Domestic Activities of Overseas Non-governmental Organizations (the Overseas NGO Law), which was passed by the Standing Committee of the NPC on April 28, 2016, became effective as of Jan 1, 2017.',
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=adb93a7f-bba0-4467-a157-63c3e6c2614c',
        title: 'Lexology',
        quote:
          "On April 28, 2016, the PRC Administrative Law on Overseas NGOs’ Activities within China(《中华人民共和国非政府组织境内活动管理法》) (“Overseas NGOs Law”) was passed through the 20th meeting of the Standing Committee of the 12th National People's Congress.",
        supports: ['aliases', 'issuers', 'adopted'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=a12e12f4-0352-4092-9cef-033afa4b48d8',
        title: 'Lexology',
        quote:
          '2016年4月28日,第十二届全国人大常委会第二十次会议审议通过《中华人民共和国境外非政府组织境内活动管理法》(“《境外NGO管理法》”或“”)。《境外NGO管理法》将于2017年1月1日起生效实施,是中国首次就境外非政府组织在华活动进行管理、监督和提供服务保障进行的立法。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://m.1she.com/b-144884.html',
        title: '1she.com',
        quote:
          "Law of the People's Republic of China on the Administration of Activities of Overseas Non-Governmental Organizations within the Territory of China, the first of its kind in the country, was adopted at the 20th Session of the Standing Committee of the Twelfth National People's Congress on April 28, 2016",
        supports: ['aliases', 'issuers', 'adopted'],
      },
      {
        url: 'https://www.asaecenter.org/resources/articles/an_plus/2017/april/chinas-overseas-ngo-law-next-steps-for-associations/',
        title: 'ASAE',
        quote:
          "China's Overseas NGO Law: Next Steps for Associations … China's new law governing nongovernmental organizations—formally, the \"Law of the People's Republic of China on Administration of Activities of Overseas Nongovernmental Organizations in the Mainland of China\"—was approved by the National People's Congress in April 2016 and became effective on January 1, 2017.",
        supports: ['name', 'aliases', 'status', 'effective'],
      },
    ],
  },

  // ───────────── Credit reporting industry (State Council, 2013) ─────────────
  {
    id: 'document:regulation-on-administration-of-credit-investigation-industry',
    name: 'Regulation on the Administration of Credit Investigation Industry',
    nameZh: '征信业管理条例',
    aliases: [
      'Administrative Regulations on the Credit Reporting Industry',
      'Regulations for the Administration of the Credit Information Collection Industry',
    ],
    // Pages also cite it by its State Council order number.
    zhShortNames: ['国务院令第631号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2012-12-26',
    promulgated: '2013-01-21',
    effective: '2013-03-15',
    summary:
      'State Council regulation of the credit reporting industry: credit reporting agencies, rules for collecting and providing enterprises’ and individuals’ credit information, objections and complaints, and the financial credit information database.',
    sources: [
      {
        url: 'https://www.pkulaw.com/en_law/35e4ed9808a83769bdfb.html',
        title: 'PKULaw',
        quote:
          'Order of the State Council\n  • 国务院令\n\n  • (No. 631)\n  • (第631号)\n\n  • The Regulation on the Administration of Credit Investigation Industry, as adopted at the 228th executive meeting of the State Council on December 26, 2012, is hereby issued, and shall come into force on March 15, 2013.\n  • 《征信业管理条例》已经2012年12月26日国务院第228次常务会议通过,现予公布,自2013年3月15日起施行。\n  • Premier: Wen Jiabao\n  • 总理 温家宝\n  • January 21, 2013',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-1638327-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Administrative Regulations on the Credit Reporting Industry\n\nOrder of the State Council No. 631\n\nJanuary 21, 2013\n\nThe Administrative Regulations on the Credit Reporting Industry, which were adopted at the 228th executive meeting of the State Council on December 26, 2012, are hereby promulgated and shall take effect as of March 15, 2013.',
        supports: ['aliases', 'kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2013/03/08/state-council-regulations-for-the-administration-of-the-credit-information-collection-industry',
        title: 'China Law & Practice',
        quote:
          'State Council, Regulations for the Administration of the Credit Information Collection Industry\n国务院征信业管理条例 … Promulgated: January 21 2013\nEffective: March 15 2013',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.qmbk.com/jingyan/202105/164023.shtml',
        title: 'qmbk.com',
        quote:
          '《征信业管理条例》是为规范征信活动,保护当事人合法权益,引导、促进征信业健康发展,推进社会信用体系建设制定 … 1、经2012年12月26日国务院第228次常务会议通过,2013年1月21日中华人民共和国国务院令第631号公布。\n\n2、该《条例》分总则、征信机构、征信业务规则、异议和投诉、金融信用信息基础数据库、监督管理、法律责任、附则8章47条,自2013年3月15日起施行。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Credit reporting business (PBOC, 2021) ─────────────
  {
    id: 'document:measures-for-administration-of-credit-reporting-services',
    name: 'Measures for the Administration of Credit Reporting Services',
    nameZh: '征信业务管理办法',
    aliases: ['Administrative Measures for Credit Reporting Services'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2021-09-17',
    // PBOC Order No. 4 [2021] is dated 27 September 2021; the PBOC published it on 30 September (Global Law Office).
    promulgated: '2021-09-27',
    effective: '2022-01-01',
    summary:
      'PBOC rules for the credit reporting business under the Regulation on the Administration of the Credit Reporting Industry: the scope of credit information and how it is collected, kept, processed, provided and used, with information subjects’ rights and security.',
    relations: [
      { type: 'based_on', target: 'document:regulation-on-administration-of-credit-investigation-industry', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
    ],
    sources: [
      {
        url: 'http://en.pccm-credit.com/?m=20240419',
        title: 'pccm-credit.com',
        quote:
          'Order No. 4 [2021] of the People’s Bank of China\n\nThe Measuresfor the Administration of Credit Reporting Services, adopted on September 17, 2021 at the ninth executive meeting of the People’s Bank of China in 2021, is hereby issued   and shall come into force as of January 1, 2022.\n\nYi Gang, Governor of the People’s Bank of China\n\nSeptember 27, 2021 … Article 1 This Measures is formulated in accordance with the Law of the People Republic of China on the People Bank of China, the Personal Information Protection Law of the People Republic of China, the Regulation on the Administration of Credit Reporting Industry, and other applicable laws and regulations',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://zhiqingwang.shzq.org/shzq/6916313725792572675.html',
        title: 'zhiqingwang.shzq.org',
        quote:
          '《征信业务管理办法》是为了规范征信业务及其相关活动,保护信息主体合法权益而制定的管理办法。该办法于2021年9月27日由中国人民银行行长易纲签署并公布,自2022年1月1日起施行。 … 2021年9月17日,《征信业务管理办法》已在中国中国人民银行2021年第9次行务会议上审议通过,现予发布,自2022年1月1日起施行。',
        supports: ['nameZh', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.glo.com.cn/Content/2021/10-09/1424019153.html',
        title: 'Global Law Office',
        quote:
          '中国人民银行(以下简称“央行”)于2021年9月30日发布了《征信业务管理办法》(以下简称“《办法》”),对于信用信息的范围、采集、整理、保存、加工、对外提供、使用、安全及跨境流动等进行了系统性规定,重点强调了信用信息的安全保护与合规使用,保护信息主体的合法权益。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://www.lawinfochina.com/Search/DisplayInfo.aspx?lib=news&id=32626',
        title: 'lawinfochina.com (PKULaw)',
        quote:
          "The People's Bank of China (PBC) recently issued the Administrative Measures for Credit Reporting Services, effective from January 1, 2022.\nThe document serves as the supporting system of the Regulation on the Administration of the Credit Reporting Industry",
        supports: ['aliases', 'issuers', 'effective', 'relations'],
      },
    ],
  },
];
