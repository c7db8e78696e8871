/**
 * Curated core layer: PRC laws (法律, adopted by the NPC or its Standing Committee) that
 * China TMT practice rests on. Every filled field is backed by a verbatim quote from a
 * stored public page (see the `supports` list of each source).
 */
import type { CoreInstrument } from './types';

export const CORE_LAWS: CoreInstrument[] = [
  // ───────────────────────────── Cybersecurity Law ─────────────────────────────
  {
    id: 'document:cybersecurity-law',
    name: 'Cybersecurity Law',
    nameZh: '网络安全法',
    aliases: ['Cyber Security Law', 'Network Security Law'],
    abbreviations: ['CSL'],
    zhShortNames: ['网安法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2016-11-07',
    effective: '2017-06-01',
    amended: ['2025-10-28'],
    summary:
      'Requires network operators to meet security duties and store certain data in China; the 2025 amendment added AI governance and higher penalties.',
    sources: [
      {
        url: 'https://npcobserver.com/legislation/cybersecurity-law/?share=skype',
        title: 'NPC Observer',
        quote: '中华人民共和国网络安全法 … (adopted Nov. 7, 2016, effective June 1, 2017)',
        supports: ['nameZh', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=eef2197b-7401-416c-8f24-4ebe88bec086',
        title: 'Lexology',
        quote:
          'On November 7, 2016, after three readings at the Standing Committee of the National People’s Congress, the Cybersecurity Law of China was finally approved. … This new law, which will take effect from June 1, 2017',
        supports: ['name', 'issuers', 'kind', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://www.wiki3.en-us.nina.az/Cybersecurity_Law_of_the_People%27s_Republic_of_China.html',
        title: "Cybersecurity Law of the People's Republic of China (Wikipedia mirror)",
        quote:
          "This law was enacted by the Standing Committee of the National People's Congress on November 7, 2016, and was implemented on June 1, 2017.[4] It requires network operators to store select data within China and allows Chinese authorities to conduct spot-checks on a company's network operations.",
        supports: ['issuers', 'kind', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=16659653-d5e1-476d-80b1-1a8ed777c357',
        title: 'Lexology',
        quote:
          "The Network Security Law of the People's Republic of China (the \"Network Security Law\") has been adopted by vote at the 24th Session of the Standing Committee of 12th National People's Congress",
        supports: ['aliases'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=25ed0fa1-197c-4e7b-9b8e-60b3aba5106b',
        title: 'Lexology',
        quote:
          'On Nov. 7, 2016, the Standing Committee of the National People’s Congress (NPC) passed China’s first Cyber Security Law (CLS).',
        supports: ['aliases'],
      },
      {
        url: 'https://wiki.gravy.cc/wiki/Personal_Information_Protection_Law_of_the_People%27s_Republic_of_China',
        title: "Personal Information Protection Law of the People's Republic of China (Wikipedia mirror)",
        quote:
          "It is related to, and builds on top of both China's Cybersecurity Law (\"CSL\") and China's Data Security Law (\"DSL\").",
        supports: ['abbreviations'],
      },
      {
        url: 'https://www.mondaq.com/china/new-technology/1700082/key-points-of-chinas-cybersecurity-law-amendments',
        title: 'Mondaq (Llinks Law Offices)',
        quote:
          "On October 28, 2025, the Decision of the Standing Committee of the National People's Congress on Amending the Cybersecurity Law was adopted at the 18th session of the 14th Standing Committee of the National People's Congress, and the amendments will come into effect on January 1, 2026.",
        supports: ['amended'],
      },
      {
        url: 'https://sesec.eu/2025/news-events/news/china-amends-cybersecurity-law-to-strengthen-ai-governance-and-data-protection',
        title: 'SESEC',
        quote:
          'It also mandates state support for AI development and regulation by including provisions to boost innovation in foundational AI theory, algorithms, and key technologies … In addition, the amended law significantly raises the financial stakes for non-compliance.',
        supports: ['summary'],
      },
      {
        url: 'https://www.mondaq.com/china/new-technology/1709436/2025%E5%B9%B4%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8%E6%B3%95%E4%BF%AE%E8%AE%A2%E8%A6%81%E7%82%B9%E8%A7%A3%E8%AF%BB',
        title: 'Mondaq',
        quote:
          '2025年10月28日，第十四届全国人民代表大会常务委员会第十八次会议表决通过了《关于修改〈中华人民共和国网络安全法〉的决定》，修订后的《网络安全法》（"新《网安法》"）将于2026年1月1日起施行。',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────────── Data Security Law ─────────────────────────────
  {
    id: 'document:data-security-law',
    name: 'Data Security Law',
    nameZh: '数据安全法',
    abbreviations: ['DSL'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-06-10',
    effective: '2021-09-01',
    summary:
      'Sets up data classification and grading, data security risk assessment, emergency response and data security review, and data handlers’ protection duties.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3986087-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Data Security Law of the People's Republic of China, which has been adopted at the 29th session of the Standing Committee of the 13th National People's Congress on June 10, 2021, is hereby promulgated and shall come into effect from September 1, 2021.",
        supports: ['name', 'issuers', 'kind', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://sesec.eu/2021/news-events/news/china-introduces-the-data-security-law-to-be-implemented-in-september-2021/',
        title: 'SESEC',
        quote:
          'On 10 June 2021, the Data Security Law (DSL) was passed by the National People’s Congress Standing Committee. It will be effective as of 1 September 2021',
        supports: ['abbreviations', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://www.allenandgledhill.com/sg/publication/articles/18834/china-s-new-data-security-law-imposes-extensive-obligations-on-entities-engaging-in-data-processing-activities-from-1-september-2021',
        title: 'Allen & Gledhill',
        quote:
          'On 10 June 2021, the Standing Committee of China’s National People’s Congress (“NPC”) adopted the Data Security Law of the People’s Republic of China (中华人民共和国数据安全法) (“DSL”) which will come into force on 1 September 2021.',
        supports: ['nameZh', 'abbreviations', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=7d21fea83d8d4fac9e48aa9044e3b54f',
        title: 'Watson & Band',
        quote:
          'The Data Security Law establishes the basic systems for classified and graded data management, data security risk assessment, monitoring and early warning, emergency response and data security review, and clearly defines the data security protection obligations for relevant subjects.',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── Personal Information Protection Law ───────────────────────
  {
    id: 'document:personal-information-protection-law',
    name: 'Personal Information Protection Law',
    nameZh: '个人信息保护法',
    abbreviations: ['PIPL'],
    zhShortNames: ['个保法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-08-20',
    effective: '2021-11-01',
    summary:
      'China’s comprehensive personal information law: lawful bases such as consent, purpose limitation and minimisation, and rules for transfers outside China.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 1 },
      { type: 'based_on', target: 'document:data-security-law', source: 1 },
    ],
    sources: [
      {
        url: 'https://wiki.gravy.cc/wiki/Personal_Information_Protection_Law_of_the_People%27s_Republic_of_China',
        title: "Personal Information Protection Law of the People's Republic of China (Wikipedia mirror)",
        quote:
          "The Personal Information Protection Law of the People's Republic of China (Chinese: 中华人民共和国个人信息保护法; pinyin: Zhōnghuá rénmín gònghéguó gèrén xìnxī bǎohù fǎ) referred to as the Personal Information Protection Law or (\"PIPL\")",
        supports: ['name', 'nameZh', 'abbreviations'],
      },
      {
        url: 'https://wiki.gravy.cc/wiki/Personal_Information_Protection_Law_of_the_People%27s_Republic_of_China',
        title: "Personal Information Protection Law of the People's Republic of China (Wikipedia mirror)",
        quote:
          "The PIPL was adopted on August 20, 2021, and is effective November 1, 2021.[1] It is related to, and builds on top of both China's Cybersecurity Law (\"CSL\") and China's Data Security Law (\"DSL\").",
        supports: ['adopted', 'effective', 'status', 'relations'],
      },
      {
        url: 'https://iapp.org/resources/article/personal-information-protection-law-peoples-republic-of-china-english-translation/',
        title: 'IAPP',
        quote:
          "On August 20, 2021, the top legislative body in the People's Republic of China, the Standing Committee of the National People's Congress, passed the Personal Information Protection Law. The law went into effect Nov. 1, 2021.",
        supports: ['name', 'issuers', 'kind', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://www.pogowasright.org/china-passes-new-personal-data-privacy-law-to-take-effect-nov-1/',
        title: 'PogoWasRight (Reuters)',
        quote:
          'The law states that handling of personal information must have clear and reasonable purpose and shall be limited to the “minimum scope necessary to achieve the goals of handling” data. … It also lays out conditions for which companies can collect personal data, including obtaining an individual’s consent, as well as laying out guidelines for ensuring data protection when data is transferred outside the country.',
        supports: ['summary'],
      },
      {
        url: 'http://www.east-concord.com/zygd/Article/20219/ArticleContent_2493.html',
        title: '华东律师事务所 (east-concord.com)',
        quote: '2021年8月20日,《中华人民共和国个人信息保护法》(以下称“《个保法》”)通过并发布。',
        supports: ['zhShortNames', 'adopted', 'status'],
      },
    ],
  },

  // ───────────────────────────── E-Commerce Law ─────────────────────────────
  {
    id: 'document:e-commerce-law',
    name: 'E-Commerce Law',
    nameZh: '电子商务法',
    aliases: ['Electronic Commerce Law'],
    zhShortNames: ['电商法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2018-08-31',
    effective: '2019-01-01',
    summary:
      'Regulates e-commerce operators and especially platform operators, with duties to protect consumers in online sales of goods and services.',
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/e-commerce-law-of-the-peoples-republic-of-china/',
        title: 'AppInChina',
        quote:
          'Chinese Title: 中华人民共和国电子商务法 … The E-commerce Law of the People’s Republic of China passed by the Fifth Session of the Standing Committee of the 13th National People’s Congress on 31 August 2018 is hereby promulgated and shall be implemented with effect from 1 January 2019.',
        supports: ['name', 'nameZh', 'issuers', 'kind', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://www.tsinghuachinalawreview.law.tsinghua.edu.cn/issues/info/10228',
        title: 'Tsinghua China Law Review',
        quote:
          'After four rounds of debates, on August 31, 2018, the leading legislators of China passed E-Commerce Law of the People’s Republic of China (hereinafter referred to as “ECL”). The law has become effective on January 1, 2019. … ECL imposes relatively heavy obligations and responsibilities on e-commerce businesses, especially on platforms, and provides protection for the relatively disadvantaged e-commerce consumers.',
        supports: ['name', 'adopted', 'effective', 'status', 'summary'],
      },
      {
        url: 'https://m.honghebusiness.net/h-nd-830.html',
        title: 'honghebusiness.net',
        quote:
          "this regulation is formulated in accordance with the Anti Unfair Competition Law of the People's Republic of China (hereinafter referred to as the Anti Unfair Competition Law), the Electronic Commerce Law of the People's Republic of China",
        supports: ['aliases'],
      },
      {
        url: 'http://swt.fujian.gov.cn/xxgk/ztzl/dsfjd/201912/t20191220_5165892.htm',
        title: '福建省商务厅',
        quote:
          "当前位置:首页 > 政务公开 > 专题专栏 > 《电商法》专题(归档)\n2018年8月31日制定的《电子商务法》,是我国建构与互联网时代的社会经济生活相适应的法律体系的重要立法举措。",
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────────────────────── Anti-Monopoly Law ─────────────────────────────
  {
    id: 'document:anti-monopoly-law',
    name: 'Anti-Monopoly Law',
    nameZh: '反垄断法',
    abbreviations: ['AML'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    // sources disagree on wording: Haynes Boone speaks of the "initial enactment in 2008"
    // (the year it took effect), CPI says "originally promulgated in August 2007"; we keep
    // the promulgation month from CPI.
    promulgated: '2007-08',
    amended: ['2022-06-24'],
    summary:
      'China’s antitrust statute regulating monopolistic conduct; the 2022 amendment added rules on data, algorithms and platform rules.',
    sources: [
      {
        url: 'https://www.haynesboone.com/news/alerts/china-revises-its-anti-monopoly-law-14-years-after-its-initial-implementation',
        title: 'Haynes Boone',
        quote:
          'On June 24, 2022, China’s National People’s Congress Standing Committee (the “NPC”) amended the Anti-Monopoly Law (《反垄断法》) for the first time since its initial enactment in 2008 (the “2008 AML”), effective August 1, 2022 (the “2022 AML”).',
        supports: ['name', 'nameZh', 'abbreviations', 'issuers', 'kind', 'amended', 'status'],
      },
      {
        url: 'https://www.competitionpolicyinternational.com/the-amendment-of-chinas-anti-monopoly-law/',
        title: 'Competition Policy International',
        quote:
          'On June 24, 2022, China’s legislature passed the amendment of the Anti-Monopoly Law (“Revised AML”), originally promulgated in August 2007. The Revised AML entered into force a few days ago, on August 1, 2022.',
        supports: ['promulgated', 'amended'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/china-amends-anti-monopoly-law',
        title: 'China Justice Observer',
        quote:
          'The amended law further targets the digital economy by adding provisions on the use of data and algorithms, stipulating that “Operators shall not use data, algorithms, techniques, capital advantages, platform rules, etc. to engage in monopolistic behavior prohibited by this Law.”',
        supports: ['summary'],
      },
      {
        url: 'https://www.dandreapartners.com/china-strengthens-anti-monopoly-supervision-and-compliance-rules/',
        title: "D'Andrea & Partners",
        quote:
          'Since its implementation in 2008, Anti-Monopoly Law of the People’s Republic of China (“Anti-Monopoly Law”) has produced positive effects in regulating monopolistic conduct and the market competition order, as well as protecting the rights and interests of consumers.',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────────── Anti-Unfair Competition Law ───────────────────────────
  {
    id: 'document:anti-unfair-competition-law',
    name: 'Anti-Unfair Competition Law',
    nameZh: '反不正当竞争法',
    abbreviations: ['AUCL'],
    aliases: ['Unfair Competition Law', 'Anti Unfair Competition Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1993-09-02',
    effective: '1993-12',
    amended: ['2017-11-04', '2019-04-23', '2025-06-27'],
    summary:
      'Prohibits unfair competition, incl. commercial bribery; the 2025 revision adds rules on keyword search, data-rights infringement, fake transactions and reviews, and platform accountability.',
    sources: [
      {
        url: 'https://www.mondaq.com/china/arbitration-dispute-resolution/1651178/chinas-revised-anti-unfair-competition-law-to-take-effect-oct-15-2025',
        title: 'Mondaq (Chang Tsi & Partners)',
        quote:
          "Today, June 27, 2025, the third amendment to the Anti-Unfair Competition Law of the PRC was passed by the 16th Session of the Standing Committee of the 14th National People's Congress (NPCSC) and will take effect on October 15, 2025. … China's current Anti-Unfair Competition Law was initially adopted in September 1993 and took effect in December 1993.",
        supports: ['name', 'issuers', 'kind', 'amended', 'effective', 'status'],
      },
      {
        url: 'https://www.shuzhiduo.com/A/QV5ZM6EnJy',
        title: '新华社 (via shuzhiduo.com)',
        quote:
          '中华人民共和国反不正当竞争法 … (1993年9月2日第八届全国人民代表大会常务委员会第三次会议通过 … 2017年11月4日第十二届全国人民代表大会常务委员会第三十次会议修订)',
        supports: ['nameZh', 'adopted', 'amended'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=28800923-860e-4e9c-b04f-4852a7cd0baa',
        title: 'Lexology',
        quote:
          'On April 23, 2019, the Standing Committee of the National People’s Congress (NPCSC) passed the amendments to the PRC Anti-Unfair Competition Law, the second amendments since the implementation of the PRC Anti-Unfair Competition Law in 1993 and the first amendments in 2017.',
        supports: ['name', 'issuers', 'amended'],
      },
      {
        url: 'https://sjgrand.cn/amendments-to-china-anti-unfair-competition-law-2025',
        title: 'SJ Grand',
        quote:
          'The key amendments to China’s Anti-Unfair Competition Law (AUCL), approved on June 27, 2025, and effective from October 15, 2025, introduce significant updates to address evolving market and digital economy challenges.',
        supports: ['abbreviations', 'amended'],
      },
      {
        url: 'https://www.bastillepost.com/global/article/4983983-chinas-revised-anti-unfair-competition-law-to-take-effect-oct-15',
        title: 'Bastille Post (Xinhua)',
        quote:
          'It actively responds to new situations and problems in the current anti-unfair competition efforts, refines the types and identification criteria of unfair competition practices and increases regulations covering areas like keyword search, infringement of data rights, fake transactions, fraudulent reviews, malicious returns, and platform accountability.',
        supports: ['summary'],
      },
      {
        url: 'https://conventuslaw.com/report/key-updates-on-chinas-revised-anti-unfair-competition-law',
        title: 'Conventus Law',
        quote:
          'Article 8 extends the prohibition to include the acceptance of bribes, meaning that both the offering and the acceptance of bribes will constitute commercial bribery.',
        supports: ['summary'],
      },
      {
        url: 'https://www.dandreapartners.com/revision-of-the-unfair-competition-law-interpretation-and-impact/',
        title: "D'Andrea & Partners",
        quote:
          "Revision of the Unfair Competition Law: Interpretation and Impact\n\nOn June 27, 2025, the Chinese legislature passed the third major amendment to the Anti-Unfair Competition Law, which will come into force on October 15, 2025.",
        supports: ['aliases'],
      },
      {
        url: 'https://m.honghebusiness.net/h-nd-830.html',
        title: 'honghebusiness.net',
        quote:
          "this regulation is formulated in accordance with the Anti Unfair Competition Law of the People's Republic of China (hereinafter referred to as the Anti Unfair Competition Law)",
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────────── Advertising Law ─────────────────────────────
  {
    id: 'document:advertizing-law',
    name: 'Advertising Law',
    nameZh: '广告法',
    aliases: ['Advertisement Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1994-10-27',
    amended: ['2015-04-24', '2018-10-26'],
    summary:
      'Governs commercial advertising: bans false or misleading ads and regulates internet ads, e.g. pop-ups that must close with one click.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-2574558-T.html',
        title: 'LexisNexis China',
        quote:
          "The Advertising Law of the People's Republic of China was revised and adopted at the 14th session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on April 24, 2015, and the revised Advertising Law of the People's Republic of China is hereby issued and shall come into force as of September 1, 2015.",
        supports: ['name', 'issuers', 'kind', 'amended', 'status'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-2574558-T.html',
        title: 'LexisNexis China',
        quote:
          "(Adopted at the 10th session of the Standing Committee of the Eighth National People's Congress on October 27, 1994, and revised at the 14th session of the Standing Committee of the 12th National People's Congress on April 24, 2015)",
        supports: ['issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.appinchina.co/government-documents/advertising-law-of-the-peoples-republic-of-china-amended-in-2018/',
        title: 'AppInChina',
        quote:
          'Chinese Title: 中华人民共和国广告法 (2018修正) … amended according to the Decision on Revising 15 Laws Including the Wildlife Conservation Law of the People’s Republic of China at the 6th Session of the Standing Committee of the Thirteenth National People’s Congress on 26 October 2018)',
        supports: ['nameZh', 'amended'],
      },
      {
        url: 'http://www.lungtinlaw.com/article/show_article.php?id=865',
        title: 'Lung Tin',
        quote: "Advertisement Law of the People's Republic of China (as amended on September 1, 2015)",
        supports: ['aliases'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/advertising-law-20181026',
        title: 'China Justice Observer',
        quote:
          'This Law shall apply to commercial advertising activities in China by sellers of goods or service providers to promote their goods or services directly or indirectly through a certain medium and form. … Advertisements shall not contain false or misleading contents, and shall not deceive or mislead consumers.',
        supports: ['summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/advertising-law-20181026',
        title: 'China Justice Observer',
        quote:
          'In an advertisement published on the Internet in the pop-up and other forms, a close mark shall be conspicuously indicated, and closing the advertisement by only one click shall be ensured.',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────── Law on the Protection of Consumer Rights and Interests ───────────────────
  {
    id: 'document:law-on-the-protection-of-consumer-rights-and-interests',
    name: 'Law on the Protection of Consumer Rights and Interests',
    nameZh: '消费者权益保护法',
    // "Consumer Protection Law" is also a phrase name (lib/knowledge/phrase-names.ts): many countries have one.
    aliases: ['Law on Protection of the Rights and Interests of Consumers', 'Consumer Rights Protection Law', 'Consumer Protection Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1993-10-31',
    effective: '1994-01-01',
    amended: ['2009-08-27', '2013-10-25'],
    summary:
      'Sets consumer rights and business duties, incl. seven-day no-reason returns for online and distance sales and protection of consumer personal information.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/consumer-protection-law-including-2013-amendments/?lang=en',
        title: 'China Law Translate',
        quote:
          "The Decision on Amending the PRC Law on the Protection of Consumer Rights and Interests was adopted at the 5th Session of the Standing Committee of the Twelfth National People's Congress on October 25, 2013, and is hereby released to take effect on 15th March, 2014.",
        supports: ['name', 'issuers', 'kind', 'amended', 'status'],
      },
      {
        url: 'https://www.chinalawtranslate.com/consumer-protection-law-including-2013-amendments/?lang=en',
        title: 'China Law Translate',
        quote:
          "People's Republic of China Law on Protection of the Rights and Interests of Consumers … (Adopted at the 4th meeting of the Standing Committee of the Eighth National People's Congress on October 31, 1993, and amended for the first time in accordance with the \"Decision on Amending Some Laws\" adopted at the 10th Meeting of the Standing Committee of the Eleventh National People's Congress on August 27, 2009",
        supports: ['aliases', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.dezshira.com/library/qa/what-does-new-consumer-rights-protection-law-entail-916.html',
        title: 'Dezan Shira & Associates',
        quote:
          'What does the Consumer Rights Protection Law of March 2014 entail? … It also confirms the right of rescission for consumers on products purchased via internet, television, phone or mail, which means the customers have the right to return most products without any specific reasons within 7 days of receiving them.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://m.pinggu.org/bbs/thread-13389858-1-1.html',
        title: 'pinggu.org',
        quote:
          '针对网络购物新情况,新修订的《消费者权益保护法》从新增非现场购物信息披露制度等多方面强化了消费者维权保障。',
        supports: ['nameZh'],
      },
      {
        url: 'http://www.syxj.com.cn/dfpd/shizheng/2013-04/23/content_16437670.htm',
        title: 'syxj.com.cn',
        quote: '現行的《消費者權益保護法》為1993年頒布,1994年1月1日起施行',
        supports: ['effective'],
      },
      {
        url: 'http://webiis05.mondaq.com/china/x/246502/Corporate+Commercial+Law/China+Issues+Draft+Rules+On+Consumer+Protection',
        title: 'Mondaq',
        quote:
          "The Proposed Amendment adds provisions regarding consumer information protection. Consumers are entitled to the protection of their personal information, such as their name, image and privacy when purchasing goods or receiving services.",
        supports: ['summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2014/01/16/what-the-consumer-protection-law-means-for-foreign-businesses',
        title: 'China Law & Practice',
        quote:
          "In 1993, the Standing Committee of the National People's Congress promulgated the current PRC Law on the Protection of the Rights and Interests of Customers (中华人民共和国消费者权益保护法) (Consumer Protection Law).",
        supports: ['aliases', 'nameZh', 'issuers'],
      },
    ],
  },

  // ───────────────────────────── Copyright Law ─────────────────────────────
  {
    id: 'document:copyright-law',
    name: 'Copyright Law',
    nameZh: '著作权法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1990-09-07',
    amended: ['2001-10-27', '2010-02-26', '2020-11-11'],
    summary:
      'Protects copyright and related rights in works; the 2020 (third) amendment revised eligibility, ownership, enforcement and anti-circumvention rules.',
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-3886639-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Decision of the Standing Committee of the National People's Congress on Amending the Copyright Law of the People's Republic of China, adopted at the 23rd Session of the Standing Committee of the 13th National People's Congress of the People's Republic of China on November 11, 2020, is hereby promulgated and shall be implemented as of June 1, 2021",
        supports: ['name', 'issuers', 'kind', 'amended', 'status'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-535929-T.html',
        title: 'LexisNexis China',
        quote:
          "(Adopted at the 15th Session of the Standing Committee of the 7th National People's Congress on September 7, 1990, and amended for the first time in accordance with the Decision on Revising the Copyright Law of the People's Republic of China passed at the 24th Session of the Standing Committee of the 9th National People's Congress on October 27, 2001. … Amended for the second time in accordance with the Decisions on Revising the Copyright Law of the People's Republic of China passed at the 13th meeting of the Standing Committee of the 11th National People's Congress on February 26, 2010)",
        supports: ['issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=34212',
        title: 'lawinfochina.com',
        quote: '全国人民代表大会常务委员会关于修改《中华人民共和国著作权法》的决定(2020)',
        supports: ['nameZh'],
      },
      {
        url: 'https://works.bepress.com/peter_yu/356',
        title: 'Peter K. Yu, Third Amendment to the Chinese Copyright Law',
        quote:
          "On November 11, 2020, the Standing Committee of the National People's Congress of China finally approved the Third Amendment to the Chinese Copyright Law. Covering a wide range of issues from eligibility to ownership and from enforcement to anti-circumvention protection, the new changes took effect on June 1, 2021.",
        supports: ['amended', 'summary'],
      },
    ],
  },

  // ───────────────────────────── Civil Code ─────────────────────────────
  {
    id: 'document:civil-code',
    name: 'Civil Code',
    nameZh: '民法典',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2020-05-28',
    promulgated: '2020-05-28',
    effective: '2021-01-01',
    summary: 'China’s civil code; its Personality Rights book protects rights to name, portrait, reputation and privacy and personal information.',
    sources: [
      {
        url: 'https://www.diacrongroup.com/en/tax-news/xinhua-news-agency-publishes-full-text-of-civil-code/',
        title: 'Diacron Group (Xinhua)',
        quote:
          "The Civil Code of the People's Republic of China was adopted on May 28, 2020 at the third session of the 13th National People's Congress. … The Civil Code will be implemented from January 1, 2021",
        supports: ['name', 'issuers', 'kind', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://kiwix.haohe.fun/content/wikipedia_zh_all_maxi_2024-04/A/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%B0%91%E6%B3%95%E5%85%B8',
        title: '中华人民共和国民法典 (维基百科 mirror)',
        quote: '简称民法典 … 公布日期2020年5月28日 [1] … 施行日期2021年1月1日',
        supports: ['nameZh', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/prc-civil-code-series-04-the-thing-about-part-iv-personality-rights',
        title: 'China Justice Observer',
        quote:
          '“Part IV Personality Rights” is divided into 5 chapters: General Provisions, the Right to Life, the Right to Bodily Integrity and the Right to Health, the Right to a Name, the Portrait Right, the Right to Reputation and the Right to Honor, as well as the Right to Privacy and the Protection of Personal Information.',
        supports: ['summary'],
      },
      {
        url: 'https://asiallians.com/civil-code-series-protection-personal-information-privacy/',
        title: 'Asiallians',
        quote:
          'The Civil Code extends the scope of personal information under Cybersecurity Law by covering “email, health information, whereabouts information.”',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────── General Provisions of the Civil Law ─────────────────────
  {
    id: 'document:general-provisions-of-the-civil-law',
    name: 'General Provisions of the Civil Law',
    nameZh: '民法总则',
    aliases: ['General Provisions of Civil Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2017-03-15',
    promulgated: '2017-03-15',
    effective: '2017-10-01',
    repealed: '2021-01-01',
    summary:
      'The 2017 general part of the planned Civil Code (basic principles, persons, civil rights, juristic acts, agency, liability, limitation); the Civil Code replaced it in 2021.',
    sources: [
      {
        url: 'http://fdi-law.com/en/m/view.php?id=2742',
        title: 'FDI Law',
        quote:
          'The "General Provisions of the Civil Law" has been passed by the Fifth Session of the 12th National People\'s Congress of the People\'s Republic China on March 15, 2017 and is hereby promulgated to take effect on October 1, 2017.',
        supports: ['name', 'issuers', 'kind', 'adopted', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'https://kuaihz.com/tid7/tid314_786877.html',
        title: 'kuaihz.com',
        quote:
          '《中华人民共和国民法总则》是民法典的总则编,规定了民事活动的基本原则和一般规定,在民法典中起统领性作用。共分基本规定、自然人、法人、非法人组织、民事权利、民事法律行为、代理、民事责任、诉讼时效、期间计算和附则11章、206条。 … 中华人民共和国第十二届全国人民代表大会第五次会议2017年3月15日表决通过了《中华人民共和国民法总则》,国家主席习近平签署第66号主席令予以公布,新华社3月18日受权全文播发这部法律。民法总则自2017年10月1日起施行。',
        supports: ['nameZh', 'issuers', 'kind', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.mondaq.com/china/x/581050/Civil+Law/Book+One+Of+The+Chinese+Civil+Code+Chinas+General+Provisions+Of+Civil+Law+Promulgated',
        title: 'Mondaq',
        quote:
          'On 15 March 2017, China\'s General Provisions of Civil Law ("General Provisions") were adopted at the 5th Session of the 12th National People\'s Congress and promulgated the same day. The General Provisions will come into force on 1 October 2017. As "Book One" of the planned Chinese Civil Code, the General Provisions include general principles that are also applicable to the other Books to come.',
        supports: ['aliases', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://fdi-law.com/en/view.php?id=2777',
        title: 'FDI Law',
        quote:
          'The Civil Code of China was adopted by the National People\'s Congress of China on May 28, 2020 and took effect on January 1, 2021. As you may know, The Civil Code compiled and replaced the Marriage Law, the Inheritance Law, the General Principles of the Civil Law, the Adoption Law, the Guarantee Law, the Contract Law, the Property Law, the Tort Liability Law and General Provisions of the Civil Law etc.',
        supports: ['repealed', 'summary'],
      },
    ],
  },

  // ───────────────────────────── National Security Law ─────────────────────────────
  {
    id: 'document:national-security-law',
    name: 'National Security Law',
    nameZh: '国家安全法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2015-07-01',
    promulgated: '2015-07-01',
    effective: '2015-07-01',
    summary:
      'Comprehensive national security law, incl. cybersecurity and national security review of network information technology products and services.',
    sources: [
      {
        url: 'https://www.shndlaw.com/post/578',
        title: 'shndlaw.com',
        quote:
          "The National Security Law of the People's Republic of China, as adopted at the 15th session of the Standing Committee of the Twelfth National People's Congress of the People's Republic of China on July 1, 2015, is hereby issued and shall come into force on the date of issuance.",
        supports: ['name', 'issuers', 'kind', 'adopted', 'status'],
      },
      {
        url: 'http://esafety.cn/anquanfagui.falv/083657106175.html',
        title: 'esafety.cn',
        quote:
          '【颁布日期】:2015-07-01 … 【实施日期】:2015-07-01 … 《中华人民共和国国家安全法》已由中华人民共和国第十二届全国人民代表大会常务委员会第十五次会议于2015年7月1日通过,现予公布,自公布之日起施行。',
        supports: ['nameZh', 'issuers', 'kind', 'adopted', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'https://www.jagranjosh.com/current-affairs/chinas-standing-committee-of-the-npc-passed-national-security-law-1435749314-1',
        title: 'Jagran Josh',
        quote:
          "China's Standing Committee of the National People's Congress (NPC) on 1 July 2015 passed the new National Security Law highlighting cyber security and demanding the establishment of a coordinated, efficient crisis management system.",
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/national-security-law-20150701/intro',
        title: 'China Justice Observer',
        quote:
          'The state shall establish the rules and mechanisms for national security review and supervision, and conduct national security review of foreign investment, particular materials and key technologies, and network information technology products and services that affect or may affect national security',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────────── Counter-Espionage Law ─────────────────────────────
  {
    id: 'document:counter-espionage-law',
    name: 'Counter-Espionage Law',
    nameZh: '反间谍法',
    aliases: ['Counterespionage Law', 'Anti-espionage Law', 'Anti-Spy Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    effective: '2014-11-01',
    amended: ['2023-04-26'],
    summary:
      'China’s law against espionage: it replaced the old national security law in November 2014 and was revised by the NPC Standing Committee in April 2023.',
    sources: [
      {
        url: 'http://www.cfzw.cn/b2/2362',
        title: 'cfzw.cn (Xinhua)',
        quote:
          'Article 1 These Detailed Rules are formulated in accordance with the Anti-Spy Law of the People’s Republic of China (hereinafter referred to as the Anti-Spy Law).',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/china-revises-counter-espionage-law',
        title: 'China Justice Observer',
        quote:
          'On 26 Apr. 2023, China’s legislature, the National People’s Congress Standing Committee, passed the revised Counter-Espionage Law of the People’s Republic of China (中华人民共和国反间谍法).',
        supports: ['name', 'nameZh', 'issuers', 'kind', 'amended', 'status', 'summary'],
      },
      {
        url: 'https://plingno.zinioapps.com/publications/beijing-review/5068/issues/293839/articles',
        title: 'Beijing Review',
        quote:
          'The old national security law, which focused on sabotage and espionage activities, was replaced by the Counterespionage Law that went into force on November 1, 2014.',
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'https://dig.watch/updates/china-to-amend-anti-espionage-law-to-include-cyberattacks-by-foreign-spying-agencies',
        title: 'Digital Watch Observatory',
        quote: 'The anti-espionage law has been in effect since 2014.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────────── Cryptography Law ─────────────────────────────
  {
    id: 'document:cryptography-law',
    name: 'Cryptography Law',
    nameZh: '密码法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2019-10-26',
    effective: '2020-01-01',
    summary:
      'Regulates cryptography in three categories: core and ordinary cryptography (for state secrets) and commercial cryptography for other information.',
    sources: [
      {
        url: 'https://cupdf.com/document/2019-11-china-passes-new-cryptography-law-rajah-amp-tann.html',
        title: 'Rajah & Tann (client update)',
        quote:
          'On 26 October 2019, China’s top legislative body, the Standing Committee of the National People\'s Congress, voted to adopt the Cryptography Law of People’s Republic of China (中华人民共和国密码法) (“Cryptography Law”). The law will come into force on 1 January 2020.',
        supports: ['name', 'nameZh', 'issuers', 'adopted', 'effective', 'status', 'kind'],
      },
      {
        url: 'https://npcobserver.com/2019/10/npcsc-passes-cryptography-law-grants-state-supervision-commission-rulemaking-power-approves-new-free-trade-zone-pilots/',
        title: 'NPC Observer',
        quote:
          'It distinguishes between “core,” “ordinary,” and “commercial” cryptography and subjects the three categories to differential regulation (art. 6). Core and ordinary cryptography is deemed state secrets and will be used to protect state secret information (art. 7), whereas commercial cryptography will be used to protect other information (art. 8).',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── Anti-Telecom and Online Fraud Law ───────────────────────
  {
    id: 'document:anti-telecom-and-online-fraud-law',
    name: 'Anti-Telecom and Online Fraud Law',
    nameZh: '反电信网络诈骗法',
    aliases: ['Anti-Telecommunications Network Fraud Law', 'Law Against Telecommunication Fraud', 'Law Against Telecom and Online Fraud'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2022-09-02',
    promulgated: '2022-09-02',
    effective: '2022-12-01',
    summary:
      'China’s first law against telecom and online fraud, with chapters on telecom, financial and internet governance.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/anti-telecom-and-online-fraud-law-of-china-20220902',
        title: 'China Justice Observer',
        quote:
          'On 2 Sept. 2022, the Standing Committee of the 13th National People’s Congress adopted the Anti-Telecom and Online Fraud Law (反电信网络诈骗法), which will come into effect on 1 Dec. 2022. … This is China’s first law against telecom and online fraud.',
        supports: ['name', 'nameZh', 'issuers', 'kind', 'adopted', 'effective', 'status', 'summary'],
      },
      {
        url: 'https://lawtranslate.com/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%8F%8D%E7%94%B5%E4%BF%A1%E7%BD%91%E7%BB%9C%E8%AF%88%E9%AA%97%E6%B3%95-anti-telecommunications-network-fraud-law-of-the-peoples-repub/',
        title: 'LawTranslate',
        quote: '中华人民共和国反电信网络诈骗法 Anti-Telecommunications Network Fraud Law of the People’s Republic of China',
        supports: ['nameZh', 'aliases'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/anti-telecom-and-online-fraud-law-of-china-20220902',
        title: 'China Justice Observer',
        quote:
          "Issuing body Standing Committee of the National People's Congress … Promulgating date Sep 02, 2022 … Effective date Dec 01, 2022",
        supports: ['issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/anti-telecom-and-online-fraud-law-of-china-20220902',
        title: 'China Justice Observer',
        quote:
          'The Anti-Telecom and Online Fraud Law consists of 50 articles in seven chapters: “General Provisions”, “Telecommunications Governance”, “Finance Governance”, “Internet Governance”, “Comprehensive Measures”, “Legal Liability”, and “Supplementary Provisions”.',
        supports: ['summary'],
      },
      {
        url: 'http://www.chinaiplawyer.com/tag/compliance-rules-for-central-government-owned-businesses/',
        title: 'China IP Lawyer',
        quote:
          "1. Law Against Telecommunication Fraud\n\nPromulgated by the Standing Committee of National People’s Congress\n\nPromulgation date: 2 September 2022\n\nImplementation date: 1 December 2022",
        supports: ['aliases'],
      },
      {
        url: 'https://npcobserver.com/2022/09/07/legislation-summary-chinas-new-law-to-fight-telecom-and-internet-fraud/',
        title: 'NPC Observer',
        quote:
          'The new Law Against Telecom and Online Fraud [反电信网络诈骗',
        supports: ['aliases'],
      },
    ],
  },

  // ─────────────────────── Law on the Protection of Minors ───────────────────────
  {
    id: 'document:law-on-the-protection-of-minors',
    name: 'Law on the Protection of Minors',
    nameZh: '未成年人保护法',
    aliases: ['Law on Protection of Minors'],
    zhShortNames: ['未保法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1991-09-04',
    amended: ['2006-12-29', '2012-10-26', '2020-10-17', '2024-04-26'],
    summary:
      'Protects minors under 18; the 2020 revision added an online protection chapter obliging internet service providers to act against online bullying and addiction.',
    sources: [
      {
        url: 'https://appinchina.co/government-documents/law-of-the-peoples-republic-of-china-on-the-protection-of-minors-amended-in-2024',
        title: 'AppInChina',
        quote:
          'Original Title: 中华人民共和国未成年人保护法 … (Adopted at the 21st Session of the Standing Committee of the Seventh National People’s Congress on 4 September 1991, revised for the first time … on 29 December 2006, amended for the first time … on 26 October 2012, revised for the second time … on 17 October 2020, and amended for the second time … on 26 April 2024',
        supports: ['nameZh', 'issuers', 'kind', 'adopted', 'amended', 'status'],
      },
      {
        url: 'https://news.cgtn.com/news/2020-10-17/China-approves-revised-Law-on-Protection-of-Minors-UF6YE2hxZu/index.html',
        title: 'CGTN',
        quote:
          "China's freshly revised Law on the Protection of Minors was adopted with a vote at the 22nd Session of the Standing Committee of the 13th National People's Congress on Saturday.",
        supports: ['name', 'issuers', 'kind', 'status'],
      },
      {
        url: 'https://govt.chinadaily.com.cn/s/202010/20/WS5f8e9185498eaba5051bbf66/npc-adopts-amendment-to-strengthen-law-to-protect-minors.html',
        title: 'China Daily',
        quote:
          "The amendment to the Law on Protection of Minors was adopted by China's top legislature on October 17, as a new move to strongly safeguard people under the age of 18 by rule of law. … In the new chapter, the law clarifies responsibilities of internet service providers, demanding they take measures to prevent children from experiencing online bullying and being indulged in cyberspace.",
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.spxrmt.com/content/2022/05/17/11280120.html',
        title: '普法 | 新修订的《未成年人保护法》解读 (共青团中央)',
        quote:
          '1991年未保法确立了“四大保护”的法律结构,也就是家庭保护、学校保护、社会保护和司法保护,政府相关职责写在了“社会保护”一章。2006年未保法修订时,在我们最初起草的建议稿中,提出将政府保护单设一章',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ─────────────────────── Law on Guarding State Secrets ───────────────────────
  {
    id: 'document:law-on-guarding-state-secrets',
    name: 'Law on Guarding State Secrets',
    nameZh: '保守国家秘密法',
    aliases: ['State Secrets Law'],
    zhShortNames: ['保密法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1988-09-05',
    amended: ['2010-04-29', '2024-02-27'],
    summary:
      'Governs the protection of state secrets and their classification, imposing a society-wide duty on state organs, enterprises and citizens to guard them.',
    sources: [
      {
        url: 'http://www.mondaq.com/china/export-controls--trade--investment-sanctions/1435500/china-revised-the-state-secrets-law',
        title: 'Mondaq',
        quote:
          "The Law on Guarding State Secrets (\"State Secrets Law\"), originally enacted in 1988 and first revised in 2010, was revised for a second time by the Standing Committee of the National People's Congress (\"NPC\") on February 27, 2024 effective May 1, 2024.",
        supports: ['name', 'aliases', 'issuers', 'kind', 'amended', 'status'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5124547-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "(Adopted at the third session of the Standing Committee of the seventh National People's Congress of the People's Republic of China on September 5, 1988; revised for the first time at the 14th session of the Standing Committee of the 11th National People's Congress of the People's Republic of China on April 29, 2010; and revised for the second time at the eighth session … on February 27, 2024)",
        supports: ['issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://taoshuofa.cn/news-7/1492.html',
        title: 'taoshuofa.cn',
        quote:
          '2024年2月27日,第十四届全国人大常委会第八次会议对《中华人民共和国保守国家秘密法》(以下简称保密法)进行了第二次修订,自2024年5月1日起施行。',
        supports: ['nameZh', 'zhShortNames', 'amended'],
      },
      {
        url: 'http://www.mondaq.com/china/export-controls--trade--investment-sanctions/1435500/china-revised-the-state-secrets-law',
        title: 'Mondaq',
        quote:
          "Revised Article 5 expressly provides that the obligation to protect state secrets is society-wide, encompassing all state organs and military forces, all Party organizations, all people's organizations, all business entities, all social organizations, and all citizens.",
        supports: ['summary'],
      },
      {
        url: 'https://falubang.com/falvguwen/falv/xx9nen.html',
        title: 'falubang.com',
        quote: '国家秘密的密级分为绝密、机密、秘密三级。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────────── National Intelligence Law ─────────────────────────────
  {
    id: 'document:national-intelligence-law',
    name: 'National Intelligence Law',
    nameZh: '国家情报法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2017-06-27',
    // sources disagree: China Justice Observer says "promulgated in 2007"; NPC Observer and
    // Xinhua give adoption on June 27, 2017, which we keep.
    effective: '2017-06-28',
    amended: ['2018-04-27'],
    summary:
      'Governs national intelligence work; intelligence departments may require organisations and citizens to give necessary support, assistance and cooperation.',
    sources: [
      {
        url: 'https://npcobserver.com/legislation/national-intelligence-law',
        title: 'NPC Observer',
        quote:
          'National Intelligence Law of the People’s Republic of China … 中华人民共和国国家情报法 … (adopted June 27, 2017, effective June 28, 2017; amended and effective Apr. 27, 2018)',
        supports: ['name', 'nameZh', 'adopted', 'effective', 'amended', 'status'],
      },
      {
        url: 'http://pacificsentinel.blogspot.com/2017/06/news-story-china-adopts-intelligence-law.html',
        title: 'Pacific Sentinel (Xinhua)',
        quote:
          "The National Intelligence Law was approved at the end of a bi-monthly session of the National People's Congress (NPC) Standing Committee which concluded on Tuesday afternoon.",
        supports: ['name', 'issuers', 'kind', 'status'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/national-intelligence-law-of-the-p-r-c-2017/',
        title: 'China Law Translate',
        quote:
          "(Adopted at the 28th session of the Standing Committee of the 12th National People's Congress on June 27, 2017; amended in accordance with the \"Decision on Amending the P.R.C. Frontier Health and Quarantine Law and Five Other Laws\" by the 2nd session of the Standing Committee of the 13th National People's Congress on April 27, 2018)",
        supports: ['issuers', 'kind', 'adopted', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/btsv1o786ggeb46o2mn0/enchn',
        title: 'China Justice Observer',
        quote:
          'A national intelligence department which conducts intelligence work in accordance with the law may require any relevant department, organization or citizen to give necessary support, assistance or cooperation.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────────── Export Control Law ─────────────────────────────
  {
    id: 'document:export-control-law',
    name: 'Export Control Law',
    nameZh: '出口管制法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2020-10-17',
    promulgated: '2020-10-17',
    effective: '2020-12-01',
    summary:
      'Unified export control regime for dual-use, military and nuclear items (goods, technologies, services), with a control and licensing framework.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/export-control-law-20201017/intro',
        title: 'China Justice Observer',
        quote:
          'The Export Control Law (出口管制法) was promulgated on 17 Oct. 2020 and will enter into force on 1 Dec. 2020.',
        supports: ['name', 'nameZh', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'https://www.haynesboone.com/news/alerts/china-adopts-export-control-law',
        title: 'Haynes Boone',
        quote:
          'The final version of the long-awaited Export Control Law of the People’s Republic of China (the “ECL”) was passed and enacted on October 17, 2020 after submission for review and discussion at the 22nd session of the Standing Committee of the 13th National People’s Congress (“NPC”) of the People’s Republic of China (“PRC”). The ECL will become effective on December 1, 2020.',
        supports: ['name', 'issuers', 'kind', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/export-control-law-20201017/intro',
        title: 'China Justice Observer',
        quote:
          'The types of export control items include goods, technologies and services. … The areas covered by export control items include dual-use items, military products, and nuclear products.',
        supports: ['summary'],
      },
      {
        url: 'https://www.davispolk.com/insights/client-update/new-chinese-law-passed-create-nations-first-comprehensive-export-control',
        title: 'Davis Polk',
        quote:
          'The PRCECL streamlines and consolidates the previously fragmented regulations by … setting out the control and licensing framework,',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────────── Anti-Foreign Sanctions Law ───────────────────────────
  {
    id: 'document:anti-foreign-sanctions-law',
    name: 'Anti-Foreign Sanctions Law',
    nameZh: '反外国制裁法',
    aliases: ['Foreign Anti-sanction Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-06-10',
    promulgated: '2021-06-10',
    effective: '2021-06-10',
    summary:
      'Legal basis for countermeasures against foreign sanctions: a countermeasures list, retaliation by the authorities, a bar on complying with specific foreign sanctions and damages claims for affected Chinese persons.',
    sources: [
      {
        url: 'https://conventuslaw.com/?p=71717',
        title: 'Conventus Law',
        quote:
          'The Standing Committee of the 13th National People\'s Congress voted to adopt the Anti-Foreign Sanctions Law of the People’s Republic of China (hereinafter referred as “AFSL”) at the 29th session on June 10, 2021.',
        supports: ['name', 'issuers', 'kind', 'adopted', 'status'],
      },
      {
        url: 'https://zh.wikipedia.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%8F%8D%E5%A4%96%E5%9B%BD%E5%88%B6%E8%A3%81%E6%B3%95',
        title: '中华人民共和国反外国制裁法 (维基百科)',
        quote: '简称反外国制裁法 … 公布日期2021年6月10日 … 施行日期2021年6月10日',
        supports: ['nameZh', 'promulgated', 'effective'],
      },
      {
        url: 'https://sputniknews.cn/20210610/1033862538.html?modal=feedback',
        title: '俄罗斯卫星通讯社',
        quote:
          '《中华人民共和国反外国制裁法》已由中华人民共和国第十三届全国人民代表大会常务委员会第二十九次会议于2021年6月10日通过,现予公布,自公布之日起施行。',
        supports: ['nameZh', 'issuers', 'kind', 'adopted', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'https://www.garrigues.com/en_GB/tags/foreign-sanctions',
        title: 'Garrigues',
        quote:
          'Similar to the EU’s “Blocking Statute”, the Law created a legal framework that will block the impact of the foreign sanctions on Chinese persons, prohibited relevant persons from following specific foreign sanctions, authorized the Chinese government authorities to launch retaliations and allowed relevant Chinese persons subject to the foreign sanctions to claim damages.',
        supports: ['summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/anti-foreign-sanctions-law-of-the-peoples-repubulic-of-china20210610/intro',
        title: 'China Justice Observer',
        quote:
          'The relevant authorities under the State Council may decide to include in the Countermeasures List the individuals and organizations that have directly or indirectly participated in the formulation, determination and implementation of discriminatory restrictive measures.',
        supports: ['summary'],
      },
      {
        url: 'https://www.gmt8press.com/content/detail/265372',
        title: 'GMT8 Press (MOFCOM)',
        quote:
          "According to the Foreign Anti-sanction Law of the People's Republic of China, the Provision on Unreliable Entity List, and related regulations, the Unreliable Entity List mechanism will include 17 American entities on April 4 and 9, 2025",
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────────── Electronic Signature Law ─────────────────────────────
  {
    id: 'document:electronic-signature-law',
    name: 'Electronic Signature Law',
    nameZh: '电子签名法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2004-08-28',
    promulgated: '2004-08-28',
    effective: '2005-04-01',
    amended: ['2015-04-24', '2019-04-23'],
    summary:
      'Law regulating electronic signatures, adopted in 2004 and in force since April 2005.',
    sources: [
      {
        url: 'https://ssopdot.com/blog/19655.html',
        title: 'ssopdot.com',
        quote:
          'The Electronic Signature Law of the People’s Republic of China (hereinafter referred to as the “Electronic Signature Law”) is a law enacted to regulate electronic signature behavior … The law was reviewed and adopted at the 11th meeting of the Standing Committee of the Tenth National People’s Congress on August 28, 2004, and officially came into effect on April 1, 2005.',
        supports: ['name', 'issuers', 'kind', 'adopted', 'effective', 'status', 'summary'],
      },
      {
        url: 'https://ssopdot.com/blog/19655.html',
        title: 'ssopdot.com',
        quote:
          'The current version is the version reviewed and amended by the Standing Committee of the Thirteenth National People’s Congress on April 23, 2019.',
        supports: ['amended'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3064241-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "(Adopted during the 11th meeting of the Standing Committee of the 10th National People's Congress of the People's Republic of China on August 28, 2004, and amended … at the 14th meeting of the Standing Committee of the 12th National People's Congress of the People's Republic of China on April 24, 2015)",
        supports: ['issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://sbdlawyer.com/product/FaLvFaGui_103296',
        title: 'sbdlawyer.com',
        quote:
          '【发布日期】2004-08-28 … 【生效日期】2005-04-01 … 《中华人民共和国电子签名法》已由中华人民共和国第十届全国人民代表大会常务委员会第十一次会议于2004年8月28日通过,现予公布,自2005年4月1日起施行。',
        supports: ['nameZh', 'issuers', 'kind', 'adopted', 'promulgated', 'effective', 'status'],
      },
    ],
  },

  // ───────────────────────────── Foreign Investment Law ─────────────────────────────
  {
    id: 'document:foreign-investment-law',
    name: 'Foreign Investment Law',
    nameZh: '外商投资法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2019-03-15',
    promulgated: '2019-03-15',
    effective: '2020-01-01',
    summary:
      'Basic law on foreign investment: pre-establishment national treatment plus a negative list; replaced the three former foreign-invested enterprise laws.',
    sources: [
      {
        url: 'https://www.mondaq.com/china/Government-Public-Sector/797636/The-Foreign-Investment-Law-A-New-Chapter-Opens-For-Foreign-Direct-Investment-In-China',
        title: 'Mondaq',
        quote:
          "As had been widely anticipated, the Foreign Investment Law (the \"FIL\", full text in Chinese here, in-house English translation available upon request) was voted into law by China's highest legislative body, the National People's Congress of the People's Republic of China on March 15, 2019.",
        supports: ['name', 'issuers', 'kind', 'adopted', 'status'],
      },
      {
        url: 'https://freewechat.com/a/MjM5NTc5NTU4Ng==/2652156638/2',
        title: '北大法宝 (via freewechat.com)',
        quote:
          "中英文对照版:《中华人民共和国外商投资法》 … The Foreign Investment Law of the People's Republic of China, as adopted at the 2nd Session of the Thirteenth National People's Congress of the People's Republic of China on March 15, 2019, is hereby issued, and shall come into force on January 1, 2020. … March 15, 2019",
        supports: ['nameZh', 'issuers', 'kind', 'adopted', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'http://www.unitalen.com/html/report/19044867-1.htm',
        title: 'Unitalen (Xinhua)',
        quote: '1. Foreign investment is subject to pre-establishment national treatment plus negative list system;',
        supports: ['summary'],
      },
      {
        url: 'https://www.mondaq.com/china/Government-Public-Sector/797636/The-Foreign-Investment-Law-A-New-Chapter-Opens-For-Foreign-Direct-Investment-In-China',
        title: 'Mondaq',
        quote:
          'How it opens up a new chapter in FDI regulation in China is by replacing the main existing rules governing foreign invested enterprises, namely the Sino-Foreign Equity Joint Venture Law the Sino-Foreign Cooperative Joint Venture Law, and the Wholly Foreign-Owned Enterprise Law.',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── Science and Technology Progress Law ───────────────────────
  {
    id: 'document:science-and-technology-progress-law',
    name: 'Science and Technology Progress Law',
    nameZh: '科学技术进步法',
    aliases: ['Law on Scientific and Technological Progress'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1993-07-02',
    amended: ['2007-12-29', '2021-12-24'],
    summary:
      'Framework law promoting scientific and technological progress and innovation, incl. IP enforcement and frontier areas such as AI and semiconductors.',
    sources: [
      {
        url: 'http://en.zjjfpharm.com/news/926.html',
        title: 'zjjfpharm.com (Xinhua)',
        quote:
          "The the People's Republic of China Science and Technology Progress Law shall come into force on January 1, 2022.",
        supports: ['name', 'status'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4179011-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "(Adopted at the 2nd Meeting of the Standing Committee of the Eighth National People's Congress on July 2, 1993, amended for the first time at the 31st Meeting of the Standing Committee of the Tenth National People's Congress on December 29, 2007, and amended for the second time at the 32nd Meeting of the Standing Committee of the Thirteenth National People's Congress on December 24, 2021)",
        supports: ['issuers', 'kind', 'adopted', 'amended', 'status'],
      },
      {
        url: 'https://m.yzwku.com/doc/1092683.html',
        title: '优知文库',
        quote: '中华人民共和国科学技术进步法(2021修订)发文机关:全国人民代表大会常务委员会',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'https://tdaily.news/en/china-to-revise-law-to-promote-sci-tech-innovation.html',
        title: 'tdaily.news (Xinhua)',
        quote:
          'China’s top legislature will revise the Law on Scientific and Technological Progress in 2021 to stimulate scientific and technological innovation, according to a work report.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.mondaq.com:443/china/trademark/1153082/china-npc-passes-2nd-amd-of-law-of-scientific-and-technological-progress',
        title: 'Mondaq',
        quote:
          "As is expected, in the second amendment, unprecedented significance has been attached to the enforcement of intellectual property rights to encourage innovation … And frontier technologies like artificial intelligence and semiconductors have been defined as crucial areas of development in the amendment.",
        supports: ['summary'],
      },
    ],
  },
];
