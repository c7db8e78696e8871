import type { CoreInstrument } from './types';

/**
 * Finance, fintech and sector instruments that pages on payments, virtual currency, online
 * lending, anti-money laundering, internet insurance, platform workers, education and online
 * drug sales cite and that the graph lacked: the 2021 notice of ten departments on virtual
 * currency trading and the 2017 announcement on token offerings; the 2016 interim measures on
 * P2P lending information intermediaries; the PBOC's 2015 measures on online payment business; the PBOC's 2021 measures
 * on AML/CFT supervision and its 2016 measures on large-value and suspicious transaction reports;
 * the CBIRC's 2020 measures on internet insurance; the 2021 guiding opinions on workers in new
 * forms of employment; the 2021 "double reduction" opinions; and SAMR's 2022 measures on online
 * drug sales.
 */
export const CORE_FINANCE_7: CoreInstrument[] = [
  // ───────────── Virtual currency trading (ten departments, 2021) ─────────────
  {
    id: 'document:notice-on-further-preventing-and-resolving-risks-of-virtual-currency-trading-and-speculation',
    name: 'Notice on Further Preventing and Resolving the Risks of Virtual Currency Trading and Speculation',
    nameZh: '关于进一步防范和处置虚拟货币交易炒作风险的通知',
    aliases: [
      'Notice on Further Preventing and Disposing of Risks in Virtual Currency Trading and Speculation',
      'Notice on Further Prevention and Disposal of the Risk of Speculation in Virtual Currency Trading',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['pboc', 'cac'],
    promulgated: '2021-09-15',
    summary:
      'Notice of the PBOC, the CAC and eight other authorities stating that virtual currencies such as Bitcoin, Ethereum and Tether are not legal tender and treating overseas exchanges’ internet services to Chinese residents as illegal financial activity.',
    sources: [
      {
        url: 'https://www.pbc.gov.cn/en/3688110/3688172/5552468/2025121116132332435/index.html',
        title: "People's Bank of China",
        quote:
          'In accordance with the Notice on Further Preventing and Resolving the Risks of Virtual Currency Trading and Speculation jointly issued by the PBOC and nine other departments in 2021, the authorities have taken firm actions to crack down on speculations in virtual currency trading',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://www.cms-lawnow.com/ealerts/2021/09/china-imposes-strict-bans-on-virtual-currencies',
        title: 'CMS Law-Now',
        quote:
          "On 15 September 2021, the People's Bank of China, the Cyberspace Administration of China and eight other authorities jointly issued the 'Notice on Further Preventing and Disposing of Risks in Virtual Currency Trading and Speculation', which states that virtual currencies, such as Bitcoin, Ethereum and Tether, are not legal tender … In particular, the provision of services by overseas virtual currency exchanges to Chinese residents through the Internet is also considered an illegal financial activity.",
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.haynesboone.com/news/alerts/china-intensifies-regulations-on-cryptocurrency-trading-and-mining',
        title: 'Haynes Boone',
        quote:
          'The People’s Bank of China (“PBOC”) posted the Notice on Further Prevention and Disposal of the Risk of Speculation in Virtual Currency Trading (“Notice”) (关于进一步防范和处置虚拟货币交易炒作风险的通知) on its website on September 24, 2021. This Notice is marked effective as of September 15, 2021.',
        supports: ['aliases', 'nameZh', 'promulgated', 'summary'],
      },
      {
        url: 'https://scholarmate.com/S/MVos4k',
        title: 'scholarmate.com',
        quote: '2021年9月,人民银行、中央网信办等十部门联合发布《关于进一步防范和处置虚拟货币交易炒作风险的通知》(以下简称《通知》)',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },

  // ───────────── Token offerings (seven departments, 2017) ─────────────
  {
    id: 'document:announcement-on-preventing-financing-risks-of-token-offerings',
    name: 'Announcement on Preventing Token Fundraising Risks',
    nameZh: '关于防范代币发行融资风险的公告',
    aliases: ['Announcement on Preventing Financing Risks Related to Token Offerings', 'Circular on Preventing the Risks of Financing via Token Offerings'],
    kind: 'normative_document',
    status: 'final',
    // The former SAIC, CBRC and CIRC co-issued it; their functions now sit with SAMR and NFRA.
    issuers: ['pboc', 'cac', 'miit', 'samr', 'nfra', 'csrc'],
    promulgated: '2017-09-04',
    summary:
      'Announcement of the PBOC and six other departments calling token offerings (ICOs) illegal public fundraising, ordering all of them to stop and barring trading platforms, financial institutions and payment institutions from token and virtual-currency business.',
    sources: [
      {
        url: 'https://thelawreviews.co.uk/edition/the-virtual-currency-regulation-review-edition-1/1176640/china',
        title: 'The Law Reviews: The Virtual Currency Regulation Review (China)',
        quote:
          'These include the promulgation on 4 September 2017 of the Announcement on Preventing Token Fundraising Risks (2017 Announcement), which led to a more stringent regulatory approach towards virtual currencies',
        supports: ['name', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=b6762fd3-ff67-404b-9906-8c63a76f29d9',
        title: 'Lexology',
        quote:
          "The People's Bank of China together with the China Securities Regulatory Commissions and five other governmental departments issued the Circular on Preventing the Risks of Financing via Token Offerings (“Circular”) on 4 September 2017. … Token offerings (including initial coin offers “ICO”) are unapproved and are therefore illegal public fundraising. … Trading platforms are prohibited from trading tokens or “virtual currencies”. Financial institutions and non-bank payment agencies are prohibited from providing services such as account opening, registration, trading, liquidation, settlement related to token offerings",
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.webstonne.com/pbcBTCnews.html',
        title: "The People's Bank of China (PBC) had a regulatory talk with banks and payment institutions (webstonne.com)",
        quote:
          'Banks and payment institutions are to strictly follow regulatory requirements in the Notice on Guarding Against the Bitcoin Risks, the Announcement on Preventing Financing Risks Related to Token Offerings, etc.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.nameidi.com/n/wgeg6y39.html',
        title: '中国证监会 (nameidi.com)',
        quote:
          '中国人民银行 中央网信办 工业和信息化部 工商总局 银监会 证监会 保监会关于防范代币发行融资风险的公告\n中国证监会 www.csrc.gov.cn 时间:2017-09-04 来源:证监会',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://scholarmate.com/S/8GUsVC',
        title: 'scholarmate.com',
        quote: '2017年9月4日,在中国人民银行等七部委联合发布的《关于防范代币发行融资风险的公告》(以下简称94《公告》)明确提出,代币发行融资(ICO)行为涉嫌非法集资、非法发行证券以及非法发售代币票券等违法犯罪活动,任何组织和个人应立即停止从事ICO。',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
    ],
  },


  // ───────────── Online payment business of non-bank payment institutions (PBOC, 2015) ─────────────
  {
    id: 'document:administrative-measures-for-online-payment-business-of-non-bank-payment-institutions',
    name: 'Administrative Measures for Online Payment Business of Non-bank Payment Institutions',
    nameZh: '非银行支付机构网络支付业务管理办法',
    aliases: [
      'Administrative Measures for Internet Payment Services of Non-banking Payment Institutions',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2015-12-28',
    effective: '2016-07-01',
    summary:
      'PBOC rules on the online payment business of licensed non-bank payment institutions: real-name payment accounts in three classes with annual limits, and no securities, credit, wealth-management or similar business.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/online-payment-business-of-non-bank-payment-institurions-20151228',
        title: 'China Justice Observer',
        quote:
          'The Administrative Measures for Online Payment Business of Non-bank Payment Institutions entered into force on 1 July 2016. … Payment institutions shall not operate (or operate in a disguised form) businesses such as securities, insurance, credit, financing, wealth management, guarantee, trust, currency exchange, cash deposit, and withdrawal, etc.',
        supports: ['name', 'status', 'aliases', 'effective', 'summary'],
      },
      {
        url: 'https://jxxfw.com/conference/ca01b9f837bdcd7fc087a406760c0137.html',
        title: 'jxxfw.com',
        quote:
          '中国人民银行公告[2015]第43号为规范非银行支付机构网络支付业务,防范支付风险,保护当事人合法权益,中国人民银行制定了《非银行支付机构网络支付业务管理办法》,现予发布实施。2015年12月28日',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.chinalawinsight.com/2016/01/articles/finance/prc-regulators-new-attempt-to-put-payment-institutions-on-a-levelling-playfield-with-banks/',
        title: 'King & Wood Mallesons (China Law Insight)',
        quote:
          'People’s Bank of China (PBOC) promulgated the Administrative Measures for Internet Payment Services of Non-banking Payment Institutions (the “New Non-banking Internet Payment Measures”) on December 28, 2015. The New Non-banking Internet Payment Measures also introduce three categories of payment accounts',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── AML/CFT supervision of financial institutions (PBOC, 2021) ─────────────
  {
    id: 'document:measures-for-supervision-and-administration-of-aml-and-ctf-of-financial-institutions',
    name: 'Measures for the Supervision and Administration of Anti-Money Laundering and Counter-Terrorist Financing of Financial Institutions',
    nameZh: '金融机构反洗钱和反恐怖融资监督管理办法',
    zhShortNames: ['中国人民银行令〔2021〕第3号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2021-04-12',
    promulgated: '2021-04-15',
    effective: '2021-08-01',
    summary:
      'PBOC rules on supervising financial institutions’ AML and counter-terrorist-financing work, widening the institutions covered to development financial institutions, consumer finance companies, loan companies, non-bank payment institutions and other financial service companies.',
    sources: [
      {
        url: 'http://pd35.cn/education/fanxiqianzhishi/flfg.html?id=57764',
        title: 'pd35.cn (text of the measures)',
        quote:
          '中國人民銀行令〔2021〕第3號\n《金融機構反洗錢和反恐怖融資監督管理辦法》已經2021年4月12日中國人民銀行2021年第3次行務會議審議通過,現予發布,自2021年8月1日起施行。\n行 長 易綱\n2021年4月15日',
        supports: ['kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://financialinstitutions.bakermckenzie.com/2021/09/15/china-expands-anti-money-laundering-obligations-with-measures-for-the-supervision-and-administration-of-aml-ctf-of-financial-institutions/',
        title: 'Baker McKenzie – Financial Institutions Insights',
        quote:
          'The People’s Bank of China (PBOC) promulgated The Measures for the Supervision and Administration of Anti-Money Laundering and Counter-Terrorist Financing (AML/CTF) of Financial Institutions (Measures), which came into effect on 01 August 2021. The new Measures have widened the scope of applicable institutions by adding developmental financial institutions, consumer finance companies, loan companies, non-banking payment institutions and many other types of financial service companies.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.ctzg.com/html/fxqzl/20221213/130159.html',
        title: '财通资管 (ctzg.com)',
        quote: '也和《金融机构反洗钱和反恐怖融资监督管理办法》(中国人民银行令〔2021〕第3号)一致',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
    ],
  },

  // ───────────── Large-value and suspicious transaction reports (PBOC, 2016) ─────────────
  {
    id: 'document:measures-for-administration-of-financial-institutions-reporting-of-large-value-and-suspicious-transactions',
    name: "Measures for the Administration of Financial Institutions' Reporting of High-Value Transactions and Suspicious Transactions",
    nameZh: '金融机构大额交易和可疑交易报告管理办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2016-12-09',
    promulgated: '2016-12-28',
    effective: '2017-07-01',
    summary:
      'PBOC rules, revised in 2016 from its 2006 order, on financial institutions\' reporting of high-value and suspicious transactions.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=287800&lib=law',
        title: 'pkulaw.cn',
        quote:
          "Measures for the Administration of Financial Institutions' Reporting of High-Value Transactions and Suspicious Transactions (2016 Revision) [Revised]\n金融机构大额交易和可疑交易报告管理办法(2016修订) [已被修订] … the People's Bank of China (“PBC”) has revised the Measures for the Administration of Financial Institutions' Reporting of High-Value Transactions and Suspicious Transactions (Order No. 2 [2006], PBC), which, as adopted at the 9th governor's executive meeting on December 9, 2016, are hereby issued, and shall come into force on July 1, 2017.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=287800&lib=law',
        title: 'pkulaw.cn',
        quote: 'Governor: Zhou Xiaochuan 行 长  周小川\nDecember 28, 2016 2016年12月28日',
        supports: ['promulgated'],
      },
    ],
  },

  // ───────────── Internet insurance business (CBIRC, 2020) ─────────────
  {
    id: 'document:measures-for-regulation-of-internet-insurance-business',
    name: 'Measures for the Regulation of Internet Insurance Business',
    nameZh: '互联网保险业务监管办法',
    aliases: [ 'Measures on Internet Insurance Business'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nfra'],
    adopted: '2020-09-01',
    promulgated: '2020-12-07',
    effective: '2021-02-01',
    summary:
      'CBIRC order regulating internet insurance business, bringing significant changes to the regime of the Interim Measures promulgated in 2015.',
    sources: [
      {
        url: 'https://conventuslaw.com/?p=69055',
        title: 'Conventus Law',
        quote:
          "The Measures for the Regulation of Internet Insurance Business ('Measures') were published by the China Banking and Insurance Regulatory Commission ('CBIRC') on 7th December, 2020, and takes effect on 1st February, 2021.",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://m.dgqydl.net/gqxx-show-321.html',
        title: 'dgqydl.net (来源:银保监会)',
        quote:
          '互联网保险业务监管办法\n\n中国银行保险监督管理委员会令(2020年第13号)\n\n《互联网保险业务监管办法》已于2020年9月1日经中国银保监会2020年第11次委务会议通过。现予公布,自2021年2月1日起施行。\n\n主席 郭树清\n\n2020年12月7日',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.nortonrosefulbright.com/en/knowledge/publications/2abd53d5/new-measures-on-internet-insurance-business',
        title: 'Norton Rose Fulbright',
        quote:
          'the China Banking and Insurance Regulatory Commission (CBIRC) officially promulgated the Measures on Internet Insurance Business (in Chinese:《互联网保险业务监管办法》, the New Measures), which will introduce significant changes to the existing regime on internet insurance business activities. The New Measures will take effect from February 1, 2021. … the Interim Measures on Internet Insurance Business (in Chinese: 《互联网保险业务监管暂行办法》) (the Interim Measures) which were promulgated in 2015',
        supports: ['aliases', 'nameZh', 'effective', 'summary'],
      },
    ],
  },


  // ───────────── "Double reduction" (CPC and State Council general offices, 2021) ─────────────
  {
    id: 'document:opinions-on-further-reducing-burden-of-homework-and-off-campus-training-in-compulsory-education',
    name: "Opinions on Further Reducing the Students' Assignment Burden and the Off-Campus Training Burden in Compulsory Education",
    nameZh: '关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    summary:
      'The 2021 "double reduction" opinions of the CPC Central Committee and State Council general offices: less homework for compulsory-education pupils and continued regulation of off-campus tutoring.',
    sources: [
      {
        url: 'https://discovery.researcher.life/article/the-problems-encountered-in-the-implementation-of-the-double-reduction-policy-and-suggestions/75f4291e292d37d8a10699c6d47e7c6a',
        title: 'R Discovery (abstract)',
        quote:
          'China published the Opinions on Further Reducing the Students\' Assignment Burden and the Off-Campus Training Burden in Compulsory Education in July 2021 in an effort to alleviate the academic burden of Chinese primary and secondary students. With the execution of the "Double Reduction" policy, however, numerous problems emerged.',
        supports: ['aliases', 'summary', 'name'],
      },
      {
        url: 'https://scholarmate.com/S/rvtFR6',
        title: 'scholarmate.com',
        quote:
          '2021年7月,中共中央办公厅、国务院办公厅印发的《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》(以下简称《意见》)要求,切实提升学校育人水平,持续规范校外培训,有效减轻义务教育阶段学生过重作业负担和校外培训负担。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Online drug sales (SAMR, 2022) ─────────────
  {
    id: 'document:measures-for-supervision-and-administration-of-online-drug-sales',
    name: 'Measures for the Supervision and Administration of Online Drug Sales',
    nameZh: '药品网络销售监督管理办法',
    aliases: ['Provisions for Supervision and Administration of Online Drug Sales', 'Measures for the Supervision and Administration of Drug Online Sales'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2022-08-03',
    effective: '2022-12-01',
    summary:
      'SAMR rules (Decree No. 58) regulating online drug sales and online drug trading platform services, with a real-name system for online retail of prescription drugs.',
    sources: [
      {
        url: 'https://equalocean.com/analysis/2022120219265/amp',
        title: 'EqualOcean',
        quote:
          '《Measures for the Supervision and Administration of Online Drug Sales》formulated by State Administration for Market Regulation (SAMR) and National Medical Products Administration (NMPA) will be enforced from December 1, 2022. … On the aspect of prescription medicinal products, the new law stipulates the implementation of real-name system in online retails of prescription medicinal products',
        supports: ['name', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://english.nmpa.gov.cn/2022-12/29/c_844427.htm',
        title: 'National Medical Products Administration',
        quote:
          'Provisions for Supervision and Administration of Online Drug Sales\n(Promulgated by Decree No. 58 of the State Administration for Market Regulation on August 3, 2022, these Provisions shall go into effect as of December 1, 2022.) … in order to regulate online drug sales and online drug transaction platform services, and safeguard the drug safety of the public.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://topic.echemi.com/a/measures-for-the-supervision-and-administration-of-drug-network-sales_249313.html',
        title: 'echemi.com',
        quote:
          'Measures for the Supervision and Administration of Drug Online Sales (promulgated by Order No.\n    58 of the State Administration for Market Regulation on August 3, 2022 and effective as of December 1, 2022)',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinalawandpractice.com/2022/09/19/state-administration-for-market-regulation-measures-for-oversight-of-the-sale-of-pharmaceuticals-online',
        title: 'China Law & Practice',
        quote: 'State Administration for Market Regulation, Measures for Oversight of the Sale of Pharmaceuticals Online\n国家市场监督管理总局药品网络销售监督管理办法',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },
];
