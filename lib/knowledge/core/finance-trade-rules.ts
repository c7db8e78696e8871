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
      'Administrative Measures for the Payment Services Provided by Non-financial Institutions',
      'Administrative Measures on Payment Services Provided by Non-financial Institutions',
      'Measures for the Administration of Payment Services by Non-financial Institutions',
      'Measures for the Administration of Payment Services of Non-Financial Institutions',
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
      'The PBOC’s 2010 licensing regime for non-bank payment services (online payment, prepaid cards, bank-card acquiring), each needing a Payment Business License; repealed by the PBOC’s Detailed Rules under the 2023 non-bank payment regulations.',
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-1308772-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Administrative Measures for the Payment Services of Non-financial Institutions\n\nOrder of the People's Bank of China [2010] No. 2\n\nJune 14, 2010\n\nThe Administrative Measures for the Payment Services of Non-financial Institutions, which were formulated by the People's Bank of China in accordance with the Law of the People's Republic of China on the People's Bank of China and other laws and regulations and adopted at the 7th president executive meeting on May 19, 2010, are hereby promulgated, and shall come into effect as of September 1, 2010.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.xqexn.cn/en/3688253/3689009/3788474/3926128/index.html',
        title: 'People’s Bank of China (English site, mirror)',
        quote:
          "Order No. 2 [2010] of the People's Bank of China-Administrative Measures for the Payment Services Provided by Non-financial Institutions … the People's Bank of China has formulated the Administrative Measures for the Payment Services Provided by Non-financial Institutions, which were adopted at the 7th governor's executive meeting on May 19, 2010, are hereby promulgated, and shall come into force on September 1, 2010.",
        supports: ['aliases', 'kind', 'issuers', 'adopted', 'effective'],
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
        url: 'http://ysznh.com/Personalitysignature/ktrassurdx.html',
        title: 'ysznh.com',
        quote:
          '"Measures for the Administration of Payment Services of Non-Financial Institutions" [issued by the People\'s Bank of China Order [2010] No. 2]',
        supports: ['aliases'],
      },
      {
        url: 'https://www.mpaypass.com.cn/news/202101/21121549.html',
        title: '移动支付网 (mpaypass)',
        quote:
          '比对条例与2010年发布的《非金融机构支付服务管理办法》(以下简称“10年2号文”或“2号文”)和2015年发布的《非银行支付机构网络支付业务管理办法》(以下简称“15年43号文”或“43号文”)中关键条款的异同。',
        supports: ['nameZh', 'promulgated'],
      },
      {
        url: 'http://m.nisiyiwa.com/en/3688241/3688663/3688678/5421921/index.html',
        title: 'People’s Bank of China (English site, mirror)',
        quote:
          'In December 2023, the State Council issued the Regulations on the Supervision and Administration of Non-bank Payment Institutions … the People’s Bank of China (PBOC) recently released the Detailed Rules for the Implementation of the Regulations on the Supervision and Administration of Non-bank Payment Institutions (hereinafter referred to as the Detailed Rules), which has come into force on the date of issuance. The Administrative Measures for the Payment Services Provided by Non-financial Institutions (PBOC Order No.2 [2010]) … have been repealed simultaneously.',
        supports: ['aliases', 'summary'],
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
      'The PBOC’s first comprehensive data-security rules for the business areas it supervises (payments and clearing, credit reporting, anti-money laundering and others): data classification, life-cycle protection, risk monitoring.',
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

];
