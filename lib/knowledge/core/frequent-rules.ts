import type { CoreInstrument } from './types';

/**
 * PRC instruments that China TMT pages (law-firm alerts, news, government pages) cite often and the
 * rest of the layer lacked: payments, consumer protection, export control, e-commerce, content,
 * financial data and the general laws TMT pages name beside them.
 */
export const CORE_FREQUENT_RULES: CoreInstrument[] = [
  // ───────────── Non-bank payment institutions (State Council, 2023) ─────────────
  {
    id: 'document:regulations-on-supervision-and-administration-of-non-bank-payment-institutions',
    name: 'Regulations on the Supervision and Administration of Non-Bank Payment Institutions',
    nameZh: '非银行支付机构监督管理条例',
    aliases: [
      'Regulations on the Supervision and Management of Non-Bank Payment Institutions',
      'Regulation on the Supervision and Administration of Non-Banking Payment Institutions',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2023-11-24',
    promulgated: '2023-12-09',
    effective: '2024-05-01',
    summary:
      'State Council regulation on non-bank payment institutions, with rules for payment accounts (opened in the user’s real name), reserve funds and payment instructions.',
    relations: [{ type: 'based_on', target: 'document:e-commerce-law', source: 0 }],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5062360-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Order of the State Council of the People’s Republic of China No. 768\n\nDecember 9, 2023\n\nThe Regulations on the Supervision and Management of Non-Bank Payment Institutions, adopted at the 19th executive meeting of the State Council on November 24, 2023, are now promulgated and will come into force on May 1, 2024. … Article 1 These Regulations are formulated in accordance with the Law of the People's Republic of China on the People's Bank of China, the E-Commerce Law of the People's Republic of China, and other laws to regulate the activities of non-bank payment institutions",
        supports: ['aliases', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://guoqi.org/s/sdata/wikipedia_laws.php?id=11857',
        title: '非银行支付机构监督管理条例 (guoqi.org)',
        quote:
          '中华人民共和国国务院令\n第768号\n《非银行支付机构监督管理条例》已经2023年11月24日国务院第19次常务会议通过,现予公布,自2024年5月1日起施行。\n总理李强\n2023年12月9日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://bactf.com/news/china_politics/202409/2651998.html',
        title: 'bactf.com',
        quote:
          'The Regulations also clearly clearly stipulate the management regulations such as payment accounts, reserve funds, and payment instructions. The payment account is required to open it with the real name of the user.',
        supports: ['summary'],
      },
      {
        url: 'https://www.vixio.com/insights/pc-china-seeks-modernise-non-bank-payment-sector-new-regulations',
        title: 'Vixio',
        quote:
          'Last month, the State Council (China’s Cabinet) adopted a new decree entitled "Regulations on the Supervision and Administration of Non-bank Payment Institutions".',
        supports: ['name', 'issuers'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=231350',
        title: 'csrcare.com',
        quote:
          "Regulation on the Supervision and Administration of Non-Banking Payment Institutions\nOrder of the State Council of the People's Republic of China\n(No. 768)\nThe Regulation on the Supervision and Administration of Non-Banking Payment Institutions, as adopted at the 19th executive meeting of the State Council on November 24, 2023, is hereby issued and shall come into force on May 1, 2024.",
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────── Consumer rights law implementing regulations (State Council, 2024) ─────────────
  {
    id: 'document:regulations-for-implementation-of-law-on-protection-of-consumer-rights-and-interests',
    name: 'Regulation on the Implementation of the Law on the Protection of Consumer Rights and Interests',
    nameZh: '消费者权益保护法实施条例',
    aliases: [
      'Implementation Regulations of the Consumer Rights Protection Law',
      // Pages write the law's full title inside the regulation's; without these the law's
      // state-prefixed title would be the longer match and take the mention.
      "Regulation on the Implementation of the Law of the People's Republic of China on the Protection of Consumer Rights and Interests",
      "Implementation Regulations on the Law of the People's Republic of China on the Protection of Consumer Rights and Interests",
      "Implementing Rules for the Law of the People's Republic of China on Protection of Rights and Interests of Consumers",
      "Implementing Regulation for the Law of the People's Republic of China on the Protection of Consumer Rights and Interests",
    ],
    // The full title with the state prefix, for the same reason (中华人民共和国消费者权益保护法 is longer than 消费者权益保护法实施条例).
    zhShortNames: ['中华人民共和国消费者权益保护法实施条例'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2024-02-23',
    promulgated: '2024-03-15',
    effective: '2024-07-01',
    summary:
      'State Council regulation implementing the consumer rights law: duties of business operators, online consumption (no forced purchases by technical means, no price discrimination, duties of live-streaming platforms) and prepaid consumption.',
    relations: [{ type: 'implements', target: 'document:law-on-the-protection-of-consumer-rights-and-interests', source: 1 }],
    sources: [
      {
        url: 'https://chinajusticeobserver.com/a/china-issues-new-regulation-on-consumer-protection',
        title: 'China Justice Observer',
        quote:
          'On 15 Mar. 2024, Premier Li Qiang signed the Order No. 778 of the State Council, issuing the “Regulation on the Implementation of the Law of the People’s Republic of China on the Protection of Consumer Rights and Interests (Consumer Law)” (中华人民共和国消费者权益保护法实施条例, hereinafter the “Regulation”), which came into force on 1 July 2024.',
        supports: ['name', 'nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5193558-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Order of the State Council of the People's Republic of China No. 778\n\nMarch 15, 2024\n\nThe Implementation Regulations on the Law of the People's Republic of China on the Protection of Consumer Rights and Interests, which have been adopted at the 26th executive meeting of the State Council on February 23, 2024, are hereby promulgated and shall become effective as of July 1, 2024. … Article 1 These Regulations are formulated in accordance with the Law of the People's Republic of China on the Protection of Consumer Rights and Interests",
        supports: ['aliases', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://szb.nanhaitoday.com/epaper/zjsb/html/2024-03/20/content_1906.htm',
        title: '南海日报 (新华社电)',
        quote:
          '国务院总理李强日前签署国务院令,公布《中华人民共和国消费者权益保护法实施条例》(以下简称《条例》),自2024年7月1日起施行。\n《条例》共7章53条,主要规定了以下内容:一是细化和补充经营者义务相关规定。二是完善网络消费相关规定。规定经营者不得利用技术手段,强制或者变相强制消费者购买商品或者接受服务。直播营销平台经营者应当建立健全消费者权益保护制度。三是强化预付式消费经营者义务。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/china-issues-new-regulation-on-consumer-protection',
        title: 'China Justice Observer',
        quote:
          'It clarifies that operators shall not force consumers to purchase commodities or accept services and shall not engage in “price discrimination” or “discrimination with big data”. Live-streaming marketing platform operators shall fulfill their obligations to protect consumer rights and interests according to the law.',
        supports: ['summary'],
      },
      {
        url: 'https://www.lwxsd.com/pcen/info_view.php?tab=mynews&VID=49337',
        title: 'lwxsd.com',
        quote:
          "Premier Li Qiang recently signed a State Council order announcing the Implementation Regulations of the Consumer Rights Protection Law of the People's Republic of China (hereinafter referred to as the \"Regulations\"), which will come into effect on July 1, 2024.",
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.roedl.com/insights/newsletter-china/2024-04/implementing-rules-consumer-protection-law-released',
        title: 'Rödl & Partner',
        quote:
          'Against this background, to improve the legal protection for consumers, the Implementing Rules for the Law of the People’s Republic of China on Protection of Rights and Interests of Consumers (“Implementing Rules”) were released by the State Council on March 15, 2024 and will come into effect on July 1, 2024.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://kw-legal.com/en/2024/05/06/14003en',
        title: 'KW Legal',
        quote:
          'The “Implementing Regulation for the Law of the People’s Republic of China on the Protection of Consumer Rights and Interests” will come into effect on July 1, 2024.',
        supports: ['aliases', 'effective'],
      },
    ],
  },

  // ───────────── Dual-use items export control regulations (State Council, 2024) ─────────────
  {
    id: 'document:regulations-on-export-control-of-dual-use-items',
    name: 'Regulations on the Export Control of Dual-Use Items',
    nameZh: '两用物项出口管制条例',
    aliases: ['Regulation on Export Control of Dual-Use Items'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2024-09-30',
    effective: '2024-12-01',
    summary:
      'State Council regulation detailing the Export Control Law for dual-use goods, technologies and services: licensing, end-use and end-user controls and restricted-party lists; it replaced the separate export control regulations on nuclear, missile and biological dual-use items, among others.',
    relations: [{ type: 'implements', target: 'document:export-control-law', source: 2 }],
    sources: [
      {
        url: 'https://engage.hoganlovells.com/knowledgeservices/insights-and-analysis/china-issues-the-regulations-on-the-export-control-of-dual-use-items',
        title: 'Hogan Lovells',
        quote:
          'On September 30, 2024, China’s State Council issued the Regulations on the Export Control of Dual-use Items (the “Regulations”), which will take effect on December 1, 2024. This marks the first time the Chinese government has introduced a comprehensive administrative regulation on the export control of dual-use items, signifying a significant legislative development in China’s export control following the enactment of the Export Control Law on December 1, 2020 (“ECL”).',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://engage.hoganlovells.com/knowledgeservices/insights-and-analysis/china-issues-the-regulations-on-the-export-control-of-dual-use-items',
        title: 'Hogan Lovells',
        quote:
          'The Regulations consist of six chapters, setting forth the details for the scope of application of the dual-use items, control policies, specific control measures (licensing, management on end-use and end-user and restricted party lists), supervision and inspection, and legal liabilities for violation of the Regulations.',
        supports: ['summary'],
      },
      {
        url: 'https://zwgw.net/world/639550.html',
        title: '环球网 (zwgw.net)',
        quote:
          '10月24日,商务部举行例行记者会。有媒体提问称,日前,《中华人民共和国两用物项出口管制条例》发布。 … 他表示,出口管制是国际通行做法,此次出台条例是对出口管制法的细化,目的是整合现行分散的制度规定,确保政策规定更加统一、规范、透明,增强可操作性。',
        supports: ['nameZh', 'kind', 'relations', 'summary'],
      },
      {
        url: 'https://jdsupra.com/legalnews/china-issues-regulation-on-export-7477680',
        title: 'Orrick (JD Supra)',
        quote:
          'China has issued the Regulation on Export Control of Dual-Use Items (the “Regulation”), which will take effect on December 1, 2024. … After the Regulation comes into force on December 1, 2024, the following existing regulations in the field of export control of Dual-Use Items will be repealed and replaced by the Regulation.\n- Regulation on Export Control of Nuclear Dual-Use Items and Related Technologies (published on January 26, 2007);\n- Regulation on Export Control of Missiles and Related Items and Technologies (published on August 22, 2002);\n- Regulation on Export Control of Biological Dual-Use Items and Related Equipment and Technologies (published on October 14, 2002); and',
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'https://www.tradecommissioner.gc.ca/en/market-industry-info/search-country-region/country/canada-china-export/compliance/dual-use-export-control-regulations.html',
        title: 'Trade Commissioner Service (Canada)',
        quote:
          "On November 15, 2024, China released the first unified Export Control List of Dual-Use Items of the People's Republic of China under the Regulations on the Export Control of Dual-Use Items framework.",
        supports: ['name'],
      },
    ],
  },

  // ───────────── Administrative Measures for Online Trading (SAIC, 2014; repealed 2021) ─────────────
  {
    id: 'document:administrative-measures-for-online-trading',
    name: 'Administrative Measures for Online Trading',
    nameZh: '网络交易管理办法',
    aliases: ['Administrative Measures for Online Transaction'],
    kind: 'departmental_rule',
    status: 'final',
    // Issued by the State Administration for Industry and Commerce (Order No. 60), merged into the SAMR
    // in 2018; the SAMR's 2021 Measures for the Supervision and Administration of Online Transactions replaced it.
    issuers: ['samr'],
    promulgated: '2014-01-26',
    effective: '2014-03-15',
    repealed: '2021-05-01',
    summary:
      'The SAIC’s 2014 rules on selling goods and services over the internet and the duties of online sellers and service providers; replaced in 2021 by the SAMR’s online transactions measures.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-issues-measures-for-supervision-of-online-transactions',
        title: 'China Justice Observer',
        quote:
          'On 15 Mar. 2021, the State Administration for Market Regulation (SAMR) issued the Measures. The Measures shall come into force as of 1 May 2021. The Administrative Measures for Online Transaction (网络交易管理办法) promulgated in the Order No.60 by the former State Administration for Industry and Commerce on 26 Jan. 2014 shall be abolished at the same time.',
        supports: ['aliases', 'nameZh', 'kind', 'issuers', 'promulgated', 'repealed', 'summary'],
      },
      {
        url: 'https://m.163.com/money/article/9L02R5RL00254TI5.html',
        title: '网易 (新华网)',
        quote:
          '新华网北京2月13日电 国家工商行政管理总局13日在其官方网站发布了《网络交易管理办法》,该办法将于2014年3月15日起施行,此前出台的《网络商品交易及有关服务行为管理暂行办法》同时废止。 … 《网络交易管理办法》明确提出了网络商品经营者和有关服务经营者所应承担的义务,以及违反这一管理办法所应承担的法律责任。',
        supports: ['nameZh', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://sesec.eu/2021/news-events/news/administrative-measures-for-online-trading-supervision-to-be-implemented-in-china/',
        title: 'SESEC',
        quote:
          'On 15 March 2021, the State Administration for Market Regulation (SAMR) issued the Administrative Measures for Online Trading Supervision. The document, an important departmental rule formulated to fulfil the requirements of the E-Commerce Law of the People’s Republic of China, will start to be implemented on 1 May 2021 – replacing the Administrative Measures for Online Trading published in 2014 to regulate online trading',
        supports: ['name', 'repealed', 'summary'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/314-online-transactions-to-be-standardized',
        title: 'Shanghai Invest',
        quote:
          'Since the E-Commerce Law of the People’s Republic of China has taken effect since 1st Jan 2019, SAMR further amended the original “Administrative Measures for Online Trading” and make this Draft for Comments.',
        supports: ['name'],
      },
    ],
  },
  // ───────────── NPC Standing Committee decision on network information protection (2012) ─────────────
  {
    id: 'document:decision-on-strengthening-network-information-protection',
    name: 'Decision on Strengthening Network Information Protection',
    nameZh: '全国人民代表大会常务委员会关于加强网络信息保护的决定',
    aliases: [
      'Decision of the Standing Committee of the National People’s Congress on Strengthening Network Information Protection',
      'Decision on Strengthening Online Information Protection',
      'Decision on Strengthening Internet Information Protection',
      'Decision of the Standing Committee of the National People’s Congress on Strengthening Internet Information Protection',
    ],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2012-12-28',
    effective: '2012-12-28',
    summary:
      'NPC Standing Committee decision, with the force of law, that protects electronic information identifying citizens or touching their privacy and requires internet users to identify themselves by their real names to service providers; the starting point of China’s data protection framework.',
    sources: [
      {
        url: 'https://jxxfw.com/periodical/67742ae9109cbcd7d82661eb9692484f.html',
        title: 'jxxfw.com',
        quote:
          '全国人大常委会2012年12月28日表决通过的《全国人民代表大会常务委员会关于加强网络信息保护的决定》(以下简称《决定》),《决定》自公布之日起施行。 … Decision of the Standing Committee of the National People’s Congress on Strengthening Network Information Protection (hereinafter referred to as “the Decision”) passed by the Standing Committee of the National People’s Congress on December 28, 2012 The Decision took effect on the day of its promulgation.',
        supports: ['name', 'nameZh', 'aliases', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.qwxb.com.cn/china/2012-12/28/content_16065900.htm',
        title: 'Xinhua (China Daily reprint)',
        quote:
          'The decision on strengthening online information protection, which has the same legal effect as a law, was adopted by lawmakers at the closing meeting of a five-day session of the Standing Committee of the National People\'s Congress (NPC). … The 12-article decision includes an identity management policy requiring Internet users to use their real names to identify themselves to service providers, including Internet or telecommunications operators.',
        supports: ['kind', 'issuers', 'summary'],
      },
      {
        url: 'http://www.loc.gov/law/foreign-news/article/china-npc-decision-on-network-information-protection/',
        title: 'Library of Congress – Global Legal Monitor',
        quote:
          '(Jan. 4, 2013) On December 28, 2012, the Standing Committee of China’s National People’s Congress (NPC, China’s top legislative body) passed the Decision on Strengthening Network Information Protection. … Article 1 of the Decision states that the state protects electronic data by which the individual identities of citizens can be identified or that involve citizens’ individual privacy.',
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://www.dlapiperdataprotection.com/?t=law&c=CN',
        title: 'DLA Piper – Data Protection Laws of the World',
        quote:
          'In addition to the PRC Cybersecurity Law, the following form the backbone of general data protection rules currently in the PRC:\n\n  • The Decision on Strengthening Online Information Protection, effective from December 28, 2012 (Decision) and',
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=82c50ef3-e6fd-4a45-bc40-934988205173',
        title: 'Lexology',
        quote:
          'The effort to build up a regulatory framework was initiated by the promulgation of the Decision on Strengthening Internet Information Protection (‘the NPC Decision’) by the Standing Committee of the National People’s Congress (NPC) in December 2012, which took immediate effect.',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://www.diplointernetgovernance.org/profiles/blogs/the-decision-of-the-standing-committee-of-the-national-people-s',
        title: 'Diplo Internet Governance Community',
        quote:
          'The Decision of the Standing Committee of the National People’s Congress on Strengthening Internet Information Protection\n\n(unofficial English translation)',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Interim Provisions on the Administration of Internet Culture (Ministry of Culture) ─────────────
  {
    id: 'document:interim-provisions-on-administration-of-internet-culture',
    name: 'Interim Provisions on the Administration of Internet Culture',
    nameZh: '互联网文化管理暂行规定',
    aliases: [
      'Interim Provisions for the Administration of Internet Culture',
      'Interim Administrative Provisions on Internet Culture',
      'Provisional Regulations for the Administration of Internet Culture',
      'Provisional Internet Culture Management Regulations',
    ],
    kind: 'departmental_rule',
    status: 'final',
    // Issued by the Ministry of Culture (Decree No. 27 of 2003, reissued as Order No. 51 in 2011), whose
    // remit passed to the Ministry of Culture and Tourism in 2018; the gazetteer lists only the latter.
    issuers: ['mct'],
    promulgated: '2003-05-10',
    effective: '2003-07-01',
    amended: ['2004-07-01', '2011-02-17', '2017-12-15'],
    summary:
      'Ministry of Culture rules for internet cultural products (such as music, films, cartoons and online games made for the internet): commercial providers need a provincial Network Culture Business License and must keep prohibited content out.',
    relations: [{ type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 1 }],
    sources: [
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/ipotaoic645',
        title: 'AsianLII',
        quote:
          "INTERIM PROVISIONS ON THE ADMINISTRATION OF INTERNET CULTURE\n\nThe Ministry of Culture\n\nDecree of the Ministry of Culture of the People's Republic of China\n\nNo. 27\n\nThe Interim Provisions on the Administration of Internet Culture, which were examined and adopted at the ministerial affairs meeting of the Ministry of Culture on March 4, 2003, are hereby promulgated, and shall come into force on July 1, 2003.\n\nSun Jiazheng, Minister of the Ministry of Culture\n\nMay 10, 2003",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?id=8618&lib=law',
        title: 'lawinfochina.com (PKULaw)',
        quote:
          "Interim Provisions on the Administration of Internet Culture(2011 Revision) [Revised]\n互联网文化管理暂行规定(2011修订) [已被修订]\nOrder of the Ministry of Culture\nThe Interim Provisions on the Administration of Internet Culture were deliberated and adopted at the executive meeting of the Ministry of Culture on February 11, 2011, which are hereby promulgated and shall come into force on April 1, 2011.\nMinister Cai Wu\nFebruary 17, 2011 … Article 1 These Provisions are formulated in accordance with the Decision of the Standing Committee of the National People's Congress on Safeguarding the Internet Security, the Measures for the Administration of Internet Information Services",
        supports: ['name', 'nameZh', 'issuers', 'amended', 'relations'],
      },
      {
        url: 'https://appinchina.co/government-documents/interim-provisions-for-the-administration-of-internet-culture-revised-in-2017',
        title: 'AppInChina',
        quote:
          'Interim Provisions for the Administration of Internet Culture (Revised in 2017) … Promulgation Authorities: Ministry of Culture\n\nRelease Date: 2017-12-15 … (Adopted at the executive meeting of the Ministry of Culture on February 11, 2011, effective April 1, 2011, and revised in accordance with the Decision of Ministry of Culture on Abolishing and Revising Some Departmental Rules (Decree No.57 of the Ministry of Culture) promulgated on December 15, 2017)',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/159725/interim-provisions-on-the-administration-of-internet-culture.html',
        title: 'Global-Regulation',
        quote: 'Interim Provisions On The Administration Of Internet Culture\n\nOriginal Language Title: 互联网文化管理暂行规定',
        supports: ['name', 'nameZh'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-1419450-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Interim Administrative Provisions on Internet Culture (2011)\n\nOrder of the Ministry of Culture No. 51\n\nFebruary 17, 2011\n\nThe Interim Administrative Provisions on Internet Culture were reviewed and ratified at the ministerial affairs meeting of the Ministry of Culture on February 11, 2011, are hereby promulgated, and shall come into force on April 1, 2011.',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/toolkits/china-internet-content-compliance',
        title: 'China Justice Observer',
        quote:
          '4. Provisional Regulations for the Administration of Internet Culture (2017)\nThis Regulations aim to regulate the activities that provide Internet cultural products and services. There are two categories of Internet cultural products. One refers to music, television series, movies, cartoons, manga, and online games that are specially produced for the Internet.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://chinacopyrightandmedia.wordpress.com/2004/07/',
        title: 'China Copyright and Media',
        quote:
          'Provisional Internet Culture Management Regulations\n\n(Promulgated on 10 May 2003 as Ministry of Culture Decree No. 27, revised on 1 July 2004 as Ministry of Culture Decree No. 32)',
        supports: ['aliases', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://developers.weixin.qq.com/miniprogram/en/product/material/wenyu/yinyue.html',
        title: 'WeChat Mini Program documentation',
        quote:
          "Article 2 of the Interim Provisions on the Administration of Internet Culture For the purpose of these Provisions, \"Internet cultural products\" means cultural products produced, disseminated and circulated through the Internet … To apply for engaging in commercial Internet cultural activities, an application shall be filed with the cultural administrative department of the people's government of the province, autonomous region, or municipality directly under the Central Government … If approved, the Network Culture Business License shall be issued",
        supports: ['name', 'summary'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/12061-implemented-revised-interim-regulations-on-the-administration-of-internet-culture-including-content-moderation-regulation',
        title: 'Digital Policy Alert',
        quote:
          'On 12 December 2017, the revised Interim Regulations on the Administration of Internet Culture were adopted and implemented by the Ministry of Culture. Under the Regulations, entities carrying out commercial Internet cultural activities in China are prohibited from providing cultural products that oppose the fundamental principles in the Constitution',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── JR/T 0171-2020 Personal financial information protection (PBOC) ─────────────
  {
    id: 'document:personal-financial-information-protection-technical-specification',
    name: 'Personal Financial Information Protection Technical Specification',
    nameZh: '个人金融信息保护技术规范',
    code: 'JR/T 0171-2020',
    kind: 'industry_standard',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2020-02-13',
    effective: '2020-02-13',
    summary:
      'PBOC financial industry standard on protecting personal financial information through its life cycle (collection, transmission, storage, use, deletion), with data graded C1 to C3 by sensitivity.',
    sources: [
      {
        url: 'https://www.cfstc.org/en/2932554/2976206/index.html',
        title: 'China Financial Standards Technical Committee',
        quote:
          'On February 13, 2020, the People\'s Bank of China officially released the financial industry standard "JR/T 0171-2020 Personal Financial Information Protection Technical Specification". The standard specifies the security protection requirements for personal financial information in all aspects of the life cycle, including collection, transmission, storage, use, deletion and destruction.',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://m.bzxz.net/en/137434343677b9816.html',
        title: 'bzxz.net',
        quote:
          'Standard ID: JR/T 0171-2020\n\nStandard Name:Personal financial information protection technical specification\n\nChinese Name: 个人金融信息保护技术规范\n\nStandard category:Financial Industry Standard (JR)\n\nstate:in force\n\nDate of Release2020-02-13\n\nDate of Implementation:2020-02-13',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.insideprivacy.com/international/china/china-releases-personal-financial-information-protection-technical-specification/',
        title: 'Covington – Inside Privacy',
        quote:
          'PBOC issued the Personal Financial Information Protection Technical Specification (“Financial Information Specification”) on February 13, 2020 … Such information shall be classified as C3, C2, C1, in order of decreasing sensitivity, evaluated on the basis of the harm or damages suffered after unauthorized access.',
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Interim Provisions on Anti-Unfair Competition on the Internet (SAMR, 2024) ─────────────
  {
    id: 'document:interim-provisions-on-anti-unfair-competition-on-the-internet',
    name: 'Interim Provisions on Anti-Unfair Competition on the Internet',
    nameZh: '网络反不正当竞争暂行规定',
    aliases: ['Interim Provisions on Online Anti-Unfair Competition', 'interim provisions on Internet Anti-unfair Competition', 'Order No. 91 of the State Administration for Market Regulation'],
    zhShortNames: ['国家市场监督管理总局令第91号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2024-05-06',
    effective: '2024-09-01',
    summary:
      'SAMR rules on unfair competition online: counterfeiting and false publicity on the internet, reverse order brushing, unlawful data acquisition, fake orders and cash rebates for good reviews, and platforms’ duty to manage competition on them.',
    relations: [
      { type: 'based_on', target: 'document:anti-unfair-competition-law', source: 0 },
      { type: 'based_on', target: 'document:e-commerce-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://m.honghebusiness.net/h-nd-830.html',
        title: 'honghebusiness.net',
        quote:
          "Interim Provisions on Anti Unfair Competition on the Internet\n(Promulgated by Order No. 91 of the State Administration for Market Regulation on May 6, 2024, effective from September 1, 2024)\nChapter 1 General Provisions\nArticle 1: In order to prevent and stop online unfair competition, maintain a fair market order, encourage innovation … this regulation is formulated in accordance with the Anti Unfair Competition Law of the People's Republic of China (hereinafter referred to as the Anti Unfair Competition Law), the Electronic Commerce Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations', 'aliases'],
      },
      {
        url: 'https://www.yzwku.com/doc/1298353.html',
        title: '优知文库 (中英文对照版)',
        quote:
          '网络反不正当竞争暂行规定(2024年5月6日国家市场监督管理总局令第91号公布自2024年9月1日起施行) … 网络反不正当竞争暂行规定InterimProvisionsonAnti-UnfairCompetitionontheInternet制定机关:国家市场监督管理总局发文字号:国家市场监督管理总局令第91号公布日期:2024.05.06施行日期:2024.09.01效力位阶:部门规章',
        supports: ['name', 'nameZh', 'kind', 'issuers', 'promulgated', 'effective', 'zhShortNames'],
      },
      {
        url: 'https://www.laitimes.com/en/article/6rze6_78bon.html',
        title: 'laitimes.com',
        quote:
          'In order to prevent and stop unfair competition online, maintain the market order of fair competition, encourage innovation, protect the legitimate rights and interests of business operators and consumers, and promote the healthy and sustainable development of the digital economy, the State Administration for Market Regulation recently issued the "Interim Provisions on Online Anti-Unfair Competition" (hereinafter referred to as the "Provisions").',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://phheddy.com/the-state-administration-for-market-regulation-issued-the-interim-suger-baby-regulations-on-anti-unfair-competition-on-the-internet-which-will-come-into-effect-on-september-1',
        title: 'phheddy.com',
        quote:
          'It clarifies the new manifestations of traditional unfair competition behaviors in the Internet environment such as counterfeiting, confusion, and false propaganda, and lists new types of unfair competition online such as reverse order brushing and illegal data acquisition',
        supports: ['summary'],
      },
      {
        url: 'https://wjsjsj.com/News/1971.html',
        title: 'wjsjsj.com',
        quote:
          'the General Administration of Market Supervision recently promulgated the interim provisions on Internet Anti-unfair Competition (hereinafter referred to as the provisions), which will enter into force on September 1, 2024.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Trademark Law (1982) ─────────────
  {
    id: 'document:trademark-law',
    name: 'Trademark Law',
    nameZh: '商标法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1982-08-23',
    effective: '1983-03-01',
    amended: ['1993-02-22', '2001-10-27', '2013-08-30', '2019-04-23'],
    summary:
      'China’s law on registering and protecting trademarks; its 2019 amendment lets bad-faith applications filed without intent to use be rejected and raised punitive damages for infringement to five times.',
    sources: [
      {
        url: 'http://www.chinaiplawyer.com/tag/china-trademark-law/',
        title: 'Bridge IP Law Commentary',
        quote:
          'Trademark Law of the People’s Republic of China\n( Adopted at the 24th Session of the Standing Committee of the Fifth National People ‘s Congress on August 23, 1982, as amended according to the “Decision on the Revision of the Trademark Law of the People’s Republic of China” adopted at the 30th Session of the Standing Committee of the Seventh National People’s Congress on February 22, 1993, and the “Decision on the Revision of the Trademark Law of the People’s Republic of China” adopted at the 24th Session of the Standing Committee of the Ninth National People’s’ Congress on October 27 2001, and amended for the third time',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.wipo.int/wipolex/en/details.jsp?id=13198',
        title: 'WIPO Lex',
        quote:
          'Trademark Law of the People\'s Republic of China (as amended up to Decision of August 30, 2013, of the Standing Committee of National People\'s Congress on Amendments to the Trademark Law of the People\'s Republic of China) … Date of entry into force of original text:March 1, 1983\nDate of Text (Enacted):August 23, 1982 … 中华人民共和国商标法(根据2013年8月30日全国人民代表大会常务委员会《关于修改〈中华人民共和国商标法〉的决定》修正)',
        supports: ['name', 'nameZh', 'issuers', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://www.thetmca.com/effective-november-1-amendment-of-prc-trademark-law-aims-to-combat-bad-faith-applications/',
        title: 'The Trademark & Copyright Alliance (thetmca.com)',
        quote:
          'On April 23, 2019, the Standing Committee of the National People’s Congress of the People’s Republic of China promulgated the fourth revision of the Trademark Law of the People’s Republic of China which will come into effect on November 1, 2019. This is the fourth amendment of the PRC Trademark Law after the amendments made in the years of 1993, 2001 and 2013.',
        supports: ['issuers', 'amended'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=b498c152-8893-4fca-817d-4203a4303e99',
        title: 'Lexology',
        quote:
          'Under the Amended Trademark Law, trademark registrations that are registered without the intention to use the trademark will be considered as bad-faith registrations of trademarks. … In addition, the Amended Trademark Law increases the maximum penalty for deliberate trademark infringement from three times to five times the actual loss suffered by the victim (or the profit of the infringer).',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Company Law (1993; revised 2023) ─────────────
  {
    id: 'document:company-law',
    name: 'Company Law',
    nameZh: '公司法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1993-12-29',
    effective: '1994-07-01',
    amended: ['1999-12-25', '2004-08-28', '2005-10-27', '2013-12-28', '2018-10-26', '2023-12-29'],
    summary:
      'China’s law on limited liability and joint-stock companies; the 2023 revision, in force from 1 July 2024, makes shareholders pay subscribed capital in full within five years of the company’s establishment and says more about directors.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5073561-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Order of the President of the People's Republic of China No. 15\n\nDecember 29, 2023\n\nThe Company Law of the People's Republic of China has been revised and adopted by the Seventh Session of the Standing Committee of the 14th National People's Congress of the People's Republic of China on December 29, 2023, and is hereby promulgated and shall come into effect on July 1, 2024. … (Adopted at the Fifth Session of the Standing Committee of the Eighth National People's Congress on December 29, 1993; amended for the first time",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://china-tax.net/company-law-2/prc-company-law-2.html',
        title: 'china-tax.net',
        quote:
          "(Adopted at the 5th Session of the Standing Committee of the 8th National People's Congress on December 29, 1993. Revised for the first time on December 25, 1999 … Revised for the second time on August 28, 2004 … Revised at the 18th Session of the 10th National People's Congress of the People's Republic of China on October 27, 2005. Revised for the third time on December 28, 2013 … adopted at the Sixth Session of the Standing Committee of the 13th National People's Congress on October 26, 2018.",
        supports: ['adopted', 'amended'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Company_Law_of_the_People%27s_Republic_of_China',
        title: 'Wikipedia',
        quote:
          "The Company Law of the People's Republic of China is a law which was passed by the National People's Congress of the PRC on 29 December 1993 and came into force on 1 July 1994. It has been amended several times since then. The law regulates limited liability and joint stock companies.",
        supports: ['name', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://kkmp.legal/en/news/chinas-new-company-law-is-live',
        title: 'KKMP Legal',
        quote:
          'the provisions of the State Council on the implementation of the registered capital registration management system of the Company Law (国务院关于实施〈中华人民共和国公司法〉注册资本登记管理制度的规定). … References in the Company Law to the directors of companies have increased from 216 under the previous version to 281 under the revised Company Law.',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'https://www.rsa-tax.com/single-post/china-revised-company-law-effective-from-july-2024',
        title: 'RSA Tax',
        quote:
          "The revised Company Law of the People's Republic of China (2023 edition) was officially endorsed during the seventh session of the Standing Committee of the 14th National People's Congress, with a promulgation date of January 2, 2024. The enactment becomes effective from July 1, 2024 … emphasizing that shareholders must fully pay the subscribed capital within five years from the company's establishment date",
        supports: ['issuers', 'amended', 'summary'],
      },
    ],
  },
];
