/**
 * Curated core layer: State Council administrative regulations (行政法规 — 条例, 规定 and 办法 issued
 * by State Council order, 国务院令第N号) in force that business, technology, media, finance and trade
 * pages cite and the graph lacked: market-entity registration, foreign exchange, private funds,
 * financing guarantees, illegal fundraising, enterprise information disclosure, express delivery,
 * audiovisual products, films, printing, copyright collective administration and more. Every fact
 * is quoted from a stored public page; the State Council order number is kept in the summary and,
 * where a Chinese quote writes it, as a Chinese short form (国务院令第N号).
 */
import type { CoreInstrument } from './types';

export const CORE_REGS_22: CoreInstrument[] = [
  // ───────────── Regulation on the Administration of the Registration of Market Entities (Order No. 746, 2021) ─────────────
  {
    id: 'document:regulation-on-administration-of-registration-of-market-entities',
    name: 'Regulation on the Administration of the Registration of Market Entities',
    nameZh: '市场主体登记管理条例',
    aliases: ["Administrative Regulations of the People's Republic of China on the Registration of Market Entities", 'Regulation on Market Entity Registration and Administration'],
    zhShortNames: ['国务院令第746号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2021-04-14',
    promulgated: '2021-07-27',
    effective: '2022-03-01',
    summary:
      'State Council regulation (Order No. 746) setting one set of rules for registering companies, partnerships, individual businesses, farmers’ cooperatives and branches of foreign companies that do business for profit in China.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=227018',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Regulation of the People's Republic of China on the Administration of the Registration of Market Entities\n\n中文\nDocument Number:国务院令第746号 Issuing Authority:State Council … 中华人民共和国市场主体登记管理条例 Order of the State Council of the People's Republic of China (No. 746) The Regulation of the People's Republic of China on the Administration of the Registration of Market Entities, as adopted at the 131st executive meeting of the State Council on April 14, 2021, is hereby issued, and shall come into force on March 1, 2022. Premier: Li Keqiang July 27, 2021",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-4055687-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Administrative Regulations of the People's Republic of China on the Registration of Market Entities\n\nOrder of the State Council of the People's Republic of China No.746\n\nJuly 27, 2021 … Article 2 For the purpose of the Regulations, market entities refer to the following natural persons, legal persons and unincorporated organizations who/that engage in business activities for profit within the territory of the People’s Republic of China:\n1. companies, unincorporated enterprise legal persons and their branches;\n2. sole proprietorship enterprises, partnerships and their branches;\n3. specialized farmers' cooperatives and their branches;\n4. individual businesses;\n5. branches of foreign companies",
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.pressreader.com/china/china-daily-hong-kong/20210415/281582358454094',
        title: 'China Daily (Hong Kong)',
        quote:
          'The State Council’s executive meeting chaired by Premier Li Keqiang on Wednesday adopted the draft Regulation on Market Entity Registration and Administration, to provide legal safeguards for cultivating and strengthening market entities',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── Regulations on Foreign Exchange Administration (1996, revised 2008 by Order No. 532) ─────────────
  {
    id: 'document:regulations-on-foreign-exchange-administration',
    name: 'Regulations on Foreign Exchange Administration',
    nameZh: '外汇管理条例',
    aliases: ['Regulations on Foreign Exchange System', 'Regulations on Foreign Exchange Management', 'Administrative Rules of the People’s Republic of China on Foreign Exchanges'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1996-01-29',
    amended: ['1997-01-14', '2008-08-05'],
    summary:
      'China’s basic foreign exchange regulations: made to strengthen foreign exchange administration and keep the balance of payments in equilibrium, and carried out by the State Council’s foreign exchange administration (SAFE) and its branches; revised in 2008 by State Council Order No. 532.',
    sources: [
      {
        url: 'http://www.pbc.gov.cn/english/130721/2832445/index.html',
        title: 'People’s Bank of China',
        quote:
          'Decree No. 532 of the State Council ofthe People’s Republic of\nChina\nThe Regulations on Foreign Exchange System of the People’sRepublic of China, reviewed and passed in the 20th executivemeeting of the State Council on\nAugust 1, 2008\n, are hereby released and shall come into forcesimultaneously. … (Issued in the Decree No. 193 of the State Council on January 29,1996, amended in accordance with the Decision of the State Council to Revisethe Regulations on Foreign Exchange System of the People’s Republic of Chinaon January 14, 1997, and revised and passed in the 20th executivemeeting of the State Council on\nAugust 1, 2008.)',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-235882-T.html?crid=88c5dfc7-0953-c053-f3fe-65336eda3333&prid=6ab02c97-dc5d-ab34-a56b-eba071a2f000',
        title: 'LexisNexis China',
        quote:
          "Regulations of the People's Republic of China on Foreign Exchange Administration (Revised in 2008)\n\nOrder of the State Council No.532\n\nAugust 5, 2008\n\n(Issued by Order No. 193 of the State Council on January 29, 1996, revised in accordance with the Decision of the State Council to Revise the Regulations of the People's Republic of China on Foreign Exchange Administration made on January 14, 1997, and adopted after being revised at the 20th executive meeting of the State Council on August 1, 2008)",
        supports: ['name', 'kind', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://chinalawandpractice.com/2008/10/14/prc-foreign-exchange-administration-regulations-revised',
        title: 'China Law & Practice (CMS)',
        quote:
          "PRC Foreign Exchange Administration Regulations Revised … According to the Foreign Exchange Regulations of the People's Republic of China 《中华人民共和国外汇管理条例》(Regulations) before the recently introduced revision, the foreign exchange administration focused on its outflow in order for China to obtain more foreign exchange reserves.",
        supports: ['nameZh'],
      },
      {
        url: 'https://www.chinalawinsight.com/tags/foreign-exchanges/',
        title: 'King & Wood Mallesons – China Law Insight',
        quote:
          'On August 5, 2008, the Premier of the PRC State Council, Mr. Wen Jiabao, issued the State Council Order No. 532, which promulgates the newly revised “Administrative Rules of the People’s Republic of China on Foreign Exchanges” (hereinafter referred to as the “New Rules”). This document came into force upon its promulgation',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://www.ftftx.com/en/helpdetails.php?id=185&lm=27',
        title: 'ftftx.com (law text)',
        quote:
          'Order of the State Council of the People\'s Republic of China\nNo. 532\nThe "Regulations on Foreign Exchange Management of the People\'s Republic of China" have been revised and passed at the 20th executive meeting of the State Council on August 1, 2008. … Premier Wen Jiabao\nAugust 5th, 2008',
        supports: ['aliases'],
      },
      {
        url: 'http://www.putclub.com/html/major/law/20140123/81768.html',
        title: 'putclub.com (bilingual text)',
        quote:
          '中华人民共和国外汇管理条例\n\nRegulations of the People\'s Republic of China on the Management of Foreign Exchanges\n\n第一条为了加强外汇管理,保持国际收支平衡,促进国民经济健康发展,制定本条例。\n\nArticle 1 These Regulations are hereby formulated to strengthen the management of foreign exchanges, maintain the balance of international payments, and promote the healthy development of the national economy.\n\n第二条国务院外汇管理部门及其分支机构(以下统称外汇管理机关),依法履行外汇管理职责,负责本条例的实施。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ───────────── Regulation on the Supervision and Administration of Private Investment Funds (Order No. 762, 2023) ─────────────
  {
    id: 'document:regulation-on-supervision-and-administration-of-private-investment-funds',
    name: 'Regulation on the Supervision and Administration of Private Investment Funds',
    nameZh: '私募投资基金监督管理条例',
    aliases: ['Regulations on the Supervision and Administration of Private Investment Funds'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2023-07-03',
    effective: '2023-09-01',
    summary:
      'The first State Council regulation on private investment funds: duties of fund managers and custodians, fundraising and investment operations, special rules for venture capital funds, supervision and liability.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/a/china-regulates-private-investment-funds',
        title: 'China Justice Observer',
        quote:
          'On 3 July 2023, China’s State Council issued the “Regulation on the Supervision and Administration of Private Investment Funds” (hereinafter the “Regulation”, 私募投资基金监督管理条例). … The Regulation consists of seven chapters and 62 articles, covering various aspects of supervision and administration of private investment fund business activities, including the scope of application, duties of managers and custodians, fundraising and investment operations, special provisions for venture capital funds, supervision and administration, and legal liabilities.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://en.zclawyer.com/news_details/1747063390429523968.html',
        title: 'Zhong Chuang law firm',
        quote:
          'On July 9, 2023, the State Council officially issued the Regulations on the Supervision and Administration of Private Investment Funds (hereinafter referred to as the "Regulations"), which will come into force on September 1, 2023.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://chinaservicesinfo.com/s/202307/10/WS64ab76ac498ea274927c46bb/china-unveils-regulation-on-private-investment-funds.html',
        title: 'China Daily (chinaservicesinfo.com)',
        quote:
          "BEIJING -- China published a regulation on Sunday concerning the supervision and administration of private investment funds, the country's first administrative regulation on the sector … The regulation, with 62 items in seven chapters, will come into effect on Sept 1, 2023, the State Council said in a statement.",
        supports: ['kind', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Regulation on the Supervision and Administration of Financing Guarantee Companies (Order No. 683, 2017) ─────────────
  {
    id: 'document:regulation-on-supervision-and-administration-of-financing-guarantee-companies',
    name: 'Regulation on the Supervision and Administration of Financing Guarantee Companies',
    nameZh: '融资担保公司监督管理条例',
    aliases: ['Regulations on the Supervision and Administration of Financing Guarantee Companies'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2017-06-21',
    promulgated: '2017-08-02',
    effective: '2017-10-01',
    summary:
      'State Council regulation (Order No. 683) on companies that guarantee borrowings, bond issues and other debt financing: their formation, business rules and supervision by provincial-level regulators.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=300703&lib=law',
        title: 'PKULAW (en.pkulaw.cn)',
        quote:
          'Regulation on the Supervision and Administration of Financing Guarantee Companies [Effective]\n融资担保公司监督管理条例 [现行有效]\n\nOrder of the State Council \n\n\n(No. 683) (第683号)\n\nThe Regulation on the Supervision and Administration of Financing Guarantee Companies, as adopted at the 177th executive meeting of the State Council on June 21, 2017, is hereby issued and shall come into force on October 1, 2017. 《融资担保公司监督管理条例》已经2017年6月21日国务院第177次常务会议通过,现予公布,自2017年10月1日起施行。\nPremier: Li Keqiang 总 理  李克强\nAugust 2, 2017',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.shndlaw.com/post/380',
        title: 'shndlaw.com (law text)',
        quote:
          'Regulations on the Supervision and Administration of Financing Guarantee Companies\nOrder of the State Council of the People\'s Republic of China No.683\nAugust 2, 2017 … Article 2 For the purposes hereof, "financing guarantee" refers to the act of providing a guarantee for the guarantor for its borrowings, issue of bonds and other debt financing … Article 4 Departments designated by the people\'s governments of provinces, autonomous regions and municipalities directly under the Central Government (the "Competent Authorities") shall be responsible for the supervision and administration of the financing guarantee companies within their jurisdictions.',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ───────────── Interim Regulation on Enterprise Information Disclosure (Order No. 654, 2014; revised 2024) ─────────────
  {
    id: 'document:interim-regulation-on-enterprise-information-disclosure',
    name: 'Interim Regulation on Enterprise Information Disclosure',
    nameZh: '企业信息公示暂行条例',
    aliases: [
      'Interim Regulations on Enterprise Information Disclosure',
      'Interim Regulations on Enterprise Information Publicity',
      'Interim Regulations on Disclosure of Enterprise Information',
      'Provisional Regulations on Disclosure of Enterprise Information',
    ],
    zhShortNames: ['国务院令第654号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2014-07-23',
    promulgated: '2014-08-07',
    effective: '2014-10-01',
    amended: ['2024-03-10'],
    summary:
      'State Council regulation (Order No. 654) on the public disclosure of enterprise information, which must be truthful and timely; revised in 2024.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=34767',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Interim Regulation on Enterprise Information Disclosure\n\n中文\nDocument Number:中华人民共和国国务院令第654号 Issuing Authority:State Council … Interim Regulation on Enterprise Information Disclosure Order of the State Council of the People's Republic of China (No. 654) The Interim Regulation on Enterprise Information Disclosure, as adopted at the 57th executive meeting of the State Council on July 23, 2014, is hereby issued, and shall come into force on October 1, 2014. Premier: Li Keqiang August 7, 2014",
        supports: ['name', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5248744-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Interim Regulations on Enterprise Information Disclosure (Revised in 2024)\nInterim Regulations on Enterprise Information Disclosure (Revised in 2024)\nInterim Regulations on Enterprise Information Publicity (Revised in 2024)\nOrder of the State Council of the People's Republic of China No.777\nMarch 10, 2024\n(Promulgated by Order of the State Council of the People's Republic of China No. 654 on August 7, 2014; and revised in accordance with the Decision of the State Council on Amending and Repealing Some Administrative Regulations on March 10, 2024) … Article 3 Enterprise information disclosure shall be truthful and timely.",
        supports: ['aliases', 'amended', 'summary'],
      },
      {
        url: 'http://marsonlaw.com/?p=297',
        title: 'Marson Law (Ishimaru & Associates translation)',
        quote:
          'Interim Regulations on Disclosure of Enterprise Information [Effective]\n企业信息公示暂行条例 (Chinese Original);\n\nOrder of State Council No. 654',
        supports: ['nameZh', 'aliases'],
      },
      {
        url: 'http://www.bilawyers.com/page225?article_id=2423&brd=1',
        title: 'Bilingual Lawyers',
        quote:
          'The Provisional Regulations on Disclosure of Enterprise Information (the “Regulations”) were promulgated on August 7 and shall take effect on Oct. 1, 2014. The Regulations have been approved by the State Council',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── Interim Regulation on Express Delivery (Order No. 697, 2018; revised 2019, 2025) ─────────────
  {
    id: 'document:interim-regulation-on-express-delivery',
    name: 'Interim Regulation on Express Delivery',
    nameZh: '快递暂行条例',
    aliases: ['Interim Regulations on Express Delivery'],
    zhShortNames: ['国务院令第697号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2018-02-07',
    promulgated: '2018-03-02',
    effective: '2018-05-01',
    amended: ['2019-03-02', '2025-04-13'],
    summary:
      'State Council regulation made under the Postal Law to promote the express delivery industry, guarantee delivery safety, protect users’ rights and supervise the industry; revised in 2019 and 2025 (greener, reduced and recyclable packaging).',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3258588-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Interim Regulations on Express Delivery\n\nOrder of the State Council of the People's Republic of China No.697\n\nMarch 2, 2018\n\nThe Interim Regulations on Express Delivery, adopted at the 198th executive meeting of the State Council on February 7, 2018, are hereby promulgated for implementation as of May 1, 2018.",
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=690c12ab5313d620bdfb&lib=law',
        title: 'PKULAW (en.pkulaw.cn)',
        quote:
          'Interim Regulation on Express Delivery (2019 Revision) [Effective]\n快递暂行条例(2019修订) [现行有效] … (2018年3月2日中华人民共和国国务院令第697号公布 根据2019年3月2日《国务院关于修改部分行政法规的决定》修订) … Article 1 For purposes of promoting the sound development of the express delivery industry, guaranteeing express delivery safety, protecting the lawful rights and interests of express delivery users, and strengthening the supervision and administration of the express delivery industry, this Regulation is developed in accordance with the Postal Law of the People\'s Republic of China and other relevant laws.',
        supports: ['name', 'nameZh', 'zhShortNames', 'amended', 'summary', 'relations'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=234501',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Interim Regulation on Express Delivery (2025 Revision) … (Promulgated by Order No. 697 of the State Council of the People's Republic of China on March 2, 2018; revised for the first time in accordance with the Decision of the State Council to Amend Certain Administrative Regulations on March 2, 2019; and revised for the second time in accordance with the Decision of the State Council to Amend the Interim Regulation on Express Delivery on April 13, 2025)",
        supports: ['name', 'amended'],
      },
      {
        url: 'http://www.gdyml.com/display.aspx?id=44562&lib=law',
        title: 'gdyml.com (PKULAW text)',
        quote:
          'The Decision of the State Council to Amend the Interim Regulation on Express Delivery, which was adopted at the 54th executive meeting of the State Council on March 12, 2025, is hereby issued and shall come into force on June 1, 2025. … "The state improves comprehensive support policies and works towards greener, reduced, and recyclable express packaging.',
        supports: ['amended', 'summary'],
      },
    ],
    relations: [{ type: 'based_on', target: 'document:postal-law', source: 1 }],
  },
  // ───────────── Regulations on the Prevention and Handling of Illegal Fundraising (Order No. 737, 2021) ─────────────
  {
    id: 'document:regulations-on-prevention-and-handling-of-illegal-fundraising',
    name: 'Regulations on the Prevention and Handling of Illegal Fundraising',
    nameZh: '防范和处置非法集资条例',
    aliases: ['Regulations on the Prevention and Disposal of Illegal Fundraising'],
    zhShortNames: ['国务院令第737号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2020-12-21',
    promulgated: '2021-01-26',
    effective: '2021-05-01',
    summary:
      'State Council regulation (Order No. 737) defining illegal fundraising (taking funds from the public with promised returns without a licence from the State Council’s financial regulators), making provincial governments responsible for preventing and handling it, and barring words such as “finance” or “wealth management” from business names without approval.',
    sources: [
      {
        url: 'https://jr.sz.gov.cn/sjrb/xxgk/zcfg/zyjrzc/qt/content/post_8565609.html',
        title: 'Shenzhen Municipal Local Financial Supervision Bureau (text from www.gov.cn)',
        quote:
          '防范和处置非法集资条例 政策咨询\n\n时间 : 2021-02-14 11:27来源 : 中国政府网\n\n(2020年12月21日国务院第119次常务会议通过2021年1月26日中华人民共和国国务院令第737号公布自2021年5月1日起施行) … 第二条本条例所称非法集资,是指未经国务院金融管理部门依法许可或者违反国家金融管理规定,以许诺还本付息或者给予其他投资回报等方式,向不特定对象吸收资金的行为。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://conventuslaw.com/report/china-regulations-on-the-prevention-and-handling',
        title: 'Conventus Law',
        quote:
          'On January 26, 2021, the State Council promulgated the Regulations on the Prevention and Handling of Illegal Fundraising (the “Regulations”), which will go into force on May 1, 2021 … Except as otherwise prescribed by law, administrative regulations and the state, an enterprise or individual industrial and commercial household shall not use wordings such as “finance,” “exchange,” “trading center,” “investment management,” “wealth management,” “equity crowdfunding,” or any other word or content in its name or business scope.',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinabankingnews.com/2021/02/18/china-to-launch-crackdown-on-illegal-fundraising-activity-at-start-of-may/',
        title: 'China Banking News',
        quote:
          'The State Council recently issued the “Regulations on the Prevention and Disposal of Illegal Fundraising” (防范和处置非法集资条例), which is scheduled to come into effect on 1 May.',
        supports: ['aliases', 'nameZh'],
      },
      {
        url: 'http://english.www.gov.cn/policies/latestreleases/202102/10/content_WS6023d44dc6d0719374af8ba0.html',
        title: 'english.www.gov.cn',
        quote:
          'China will implement a regulation to prevent and handle illegal fundraising, according to a State Council decree signed by Premier Li Keqiang on Jan 26 and issued on Feb 10. … Provincial-level governments should have overall responsibility for anti-illegal fundraising efforts within their respective administrative regions',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Regulations on the Administration of Audiovisual Products (Order No. 341, 2001) ─────────────
  {
    id: 'document:regulations-on-administration-of-audiovisual-products',
    name: 'Regulations on the Administration of Audiovisual Products',
    nameZh: '音像制品管理条例',
    aliases: ['Administrative Regulations on Audio and Video Products', 'Regulations on the Administration of Audio and Video Products'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2001-12-12',
    promulgated: '2001-12-25',
    effective: '2002-02-01',
    amended: ['2011-03-19', '2013-12-07', '2016-02-06'],
    summary:
      'State Council regulations (Order No. 341) on publishing, producing, reproducing, importing, wholesaling, retailing and renting recorded audio and video products, with the content they may not carry.',
    sources: [
      {
        url: 'http://english.www.gov.cn/archive/lawsregulations/201409/08/content_WS5d148be4c6d02a31718376c7.html',
        title: 'english.www.gov.cn',
        quote:
          '(No 341 Order of the State Council of the People’s Republic of China.The Regulations on the Administration of Audiovisual Products, which were adopted at the 50th Executive Meeting of the State Council on December 12, 2001, are hereby promulgated, and shall come into force on February 1, 2002.)\nPremier: Zhu Rongji\nDecember 25, 2001 … Article 2 The regulations shall apply to such activities as the publication, manufacturing, reproduction, importing, wholesale, retail, leasing, etc., of such audiovisual products as audio tapes, video tapes, gramophone recorders, compact discs, laser discs, etc., where content is recorded.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-1341862-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Administrative Regulations on Audio and Video Products (Revised in 2011)\n\nOrder of the State Council No. 595\n\nMarch 19, 2011\n\n(Promulgated by Order of the State Council No. 341 on December 25, 2001, amended on March 19, 2011 in accordance with the Decisions of the State Council on Revising the Administrative Regulations on Audio and Video Products)',
        supports: ['aliases', 'amended'],
      },
      {
        url: 'https://www.shndlaw.com/index.php/post/628',
        title: 'shndlaw.com (law text)',
        quote:
          "Regulations on the Administration of Audio and Video Products (2016 Revision) … (Promulgated by Order No. 341 of the State Council of the People's Republic of China on December 25, 2001, amended for the first time according to the Decision of the State Council on Amending the Regulations on the Administration of Audio and Video Products on March 19, 2011; revised for the second time in accordance with the Decision of the State Council on Amending Certain Administrative Regulations by the Order No. 645 of the State Council on December 7, 2013; and revised for the third time as per the Decision of the State Council on Amending Some Administrative Regulations on February 6, 2016)",
        supports: ['aliases', 'amended'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158986/decision-of-the-state-council-on-amending-the-regulation-of-audio-visual-products.html',
        title: 'global-regulation.com',
        quote: 'Decision Of The State Council On Amending The Regulation Of Audio-Visual Products\n\nOriginal Language Title: 国务院关于修改《音像制品管理条例》的决定',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Regulations on the Administration of Movies (Order No. 342, 2001) ─────────────
  {
    id: 'document:regulations-on-administration-of-movies',
    name: 'Regulations on the Administration of Movies',
    nameZh: '电影管理条例',
    aliases: ['Film Management Regulations'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2001-12-12',
    promulgated: '2001-12-25',
    effective: '2002-02-01',
    summary:
      'State Council regulations (Order No. 342) on the production, import, export, distribution and projection of films in China, under a licensing system.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/Display.aspx?lib=law&ID=2253',
        title: 'lawinfochina.com',
        quote:
          "Regulations on the Administration of Movies (2001) [Effective]\n电影管理条例(2001) [现行有效]\nOrder of the State Council of the People's Republic of China\n(No. 342)\nThe “Regulations on the Administration of Movies”, which were adopted at the 50th executive meeting of the State Council on December 12, 2001, are hereby promulgated, and shall come into force on February 1, 2002.\nPremier: Zhu Rongji\nDecember 25, 2001 … Article 2 These Regulations shall apply to such activities as the production, import, export, distribution and projection, etc. of the films inside the territory of the People's Republic of China",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2001/12/25/film-management-regulations-revised/',
        title: 'China Copyright and Media',
        quote:
          'State Council of the People’s Republic of China Decree\n\n(No. 342)\n\nThe “Film Management Regulations” were adopted at the 50th executive meeting of the State Council on December 12, 2001 … Article 5: The State shall establish licensing system with for the production, import, export, distribution, and projection of films and public projection of films.',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ───────────── Regulations on the Administration of Printing Industry (Order No. 315, 2001) ─────────────
  {
    id: 'document:regulations-on-administration-of-printing-industry',
    name: 'Regulations on the Administration of Printing Industry',
    nameZh: '印刷业管理条例',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2001-07-26',
    promulgated: '2001-08-02',
    amended: ['2016-02-06', '2017-03-01'],
    summary:
      'State Council regulations (Order No. 315) on the printing of publications, packaging and decoration matter and other printed matter, supervised by the State Council’s publication authority.',
    sources: [
      {
        url: 'https://international.laws.com/china-laws/2007/page/5',
        title: 'international.laws.com',
        quote:
          'The State Council\nRegulations on the Administration of Printing Industry\nNo.315\nRegulations on the Administration of Printing Industry was adopted at the 43rd Executive Meeting of the State Council on July 26,\n2001 and is hereby promulgated, and shall enter into force on the date of promulgation.\nPremier of the State Councils: ZhuRongJi\nAugust 2,2001',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-3234064-T.html?crid=e55804c5-3386-c4c0-a42d-ee2f76fd687e&prid=2c2e1f54-5098-aba2-cfdc-4e487012d40c',
        title: 'LexisNexis China',
        quote:
          "Regulations on the Administration of Printing Industry (Revised in 2017)\n\nOrder of the State Council of the People's Republic of China No.676\n\nMarch 1, 2017\n\n(Promulgated by the Order of the State Council of the People's Republic of China No.315 on August 2, 2001; revised for the first time in accordance with the Decision of the State Council on Revising Certain Administrative Regulations on February 6, 2016 … Article 2 These Regulations apply to the operations of printing publications, printed matters of package and decoration, and other printed matters.",
        supports: ['name', 'amended', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E4%B8%AD%E8%8F%AF%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9C%8B%E5%9C%8B%E5%8B%99%E9%99%A2%E4%BB%A4%EF%BC%88%E7%AC%AC315%E8%99%9F%EF%BC%89/23188590',
        title: 'newton.com.tw (encyclopedia entry)',
        quote:
          '中華人民共和國國務院令第315號是國務院總理朱鎔基於2001年8月2日簽發的命令。\n\n第315號《印刷業管理條例》是為加強印刷業管理,維護印刷業經營者的合法權益和社會公共利益,促進社會主義精神文明和物質文明建設制定。 … 第四條 國務院出版行政部門主管全國的印刷業監督管理工作。',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Regulations on the Collective Administration of Copyright (Order No. 429, 2004) ─────────────
  {
    id: 'document:regulations-on-collective-administration-of-copyright',
    name: 'Regulations on the Collective Administration of Copyright',
    nameZh: '著作权集体管理条例',
    aliases: ['Regulations on Copyright Collective Administration', 'Collective Management of Copyright Regulations'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2004-12-22',
    promulgated: '2004-12-28',
    effective: '2005-03-01',
    amended: ['2011', '2013-12-07'],
    summary:
      'State Council regulations (Order No. 429) made under the Copyright Law on copyright collective administration organisations, which license works, collect royalties and pay them to right holders.',
    relations: [{ type: 'based_on', target: 'document:copyright-law', source: 0 }],
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-2-3912-T.html',
        title: 'LexisNexis China',
        quote:
          "Regulations on the Collective Administration of Copyright\n\nOrder of the State Council of the People's Republic of China (No. 429)\n\nDecember 28, 2004\n\nThe Regulations on the Collective Administration of Copyright, which was adopted at the 74th executive meeting of the State Council on December 22, 2004, is hereby promulgated, and shall come into force on March 1, 2005. … Article 1 These Regulations are formulated in accordance with the Copyright Law of the People's Republic of China (hereinafter referred to as the Copyright Law) so as to regulate the collective administration of copyright",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/regulations-on-the-collective-administration-of-copyright-20131207/intro',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Regulations on the Collective Administration of Copyright (2013)\n\n著作权集体管理条例\n\nType of laws Administrative regulation\n\nIssuing body China\'s State Council … The Regulations on the Collective Administration of Copyright were promulgated in 2004 and amended in 2011 and 2013 respectively. The latest revision entered into force on 7 Dec. 2013. … conclude copyright license contracts with users in its own name, collect royalties from users, transfer royalties to right holders',
        supports: ['name', 'nameZh', 'kind', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'http://www.afdip.com/index.php?ac=article&at=read&did=2193',
        title: 'afdip.com (law text)',
        quote:
          'Regulations on Copyright Collective Administration (2005.3.1) … Decree of the State Council of the People’s Republic China \n\nNo.429 \n\nRegulations on Copyright Collective Administration, adopted at the 74th Executive Meeting of the State Council on December 22, 2004, are hereby Promulgated and shall be effective as of March 1, 2005.',
        supports: ['aliases'],
      },
      {
        url: 'https://chinalawandpractice.com/2005/02/28/state-council-collective-management-of-copyright-regulations',
        title: 'China Law & Practice',
        quote: 'State Council, Collective Management of Copyright Regulations\n\n国务院著作权集体管理条例\n\nFebruary 28, 2005',
        supports: ['aliases', 'nameZh'],
      },
    ],
  },
  // ───────────── Implementing Regulations for the Enterprise Income Tax Law (Order No. 512, 2007) ─────────────
  {
    id: 'document:implementing-regulations-for-enterprise-income-tax-law',
    name: 'Implementing Regulations for the Enterprise Income Tax Law',
    nameZh: '企业所得税法实施条例',
    aliases: ['Implementing Regulations for the PRC Enterprise Income Tax Law'],
    zhShortNames: ['国务院令第512号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2007-12-06',
    effective: '2008-01-01',
    summary:
      'State Council regulations (Order No. 512) implementing the Enterprise Income Tax Law: revenue, deductions, tax treatment of assets, preferential treatment, withholding at source, special tax adjustments and collection.',
    relations: [{ type: 'implements', target: 'document:enterprise-income-tax-law', source: 0 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2008/01/31/implementing-regulations-for-the-prc-enterprise-income-tax-law-2',
        title: 'China Law & Practice',
        quote:
          'Implementing Regulations for the PRC Enterprise Income Tax Law\n\n中华人民共和国企业所得税法实施条例\n\nThe Implementing Regulations clarify enterprise income tax matters in respect of revenue, deductions, tax treatment of assets, tax payable, preferential tax treatment, withholding at source, special tax adjustments, and administration of levy and collection.\n\n(Promulgated by the State Council on December 6 2007 and effective as of January 1 2008.) Order of the State Council No.512\n\n(国务院于二零零七年十二月六日公布,自二零零八年一月一日起施行。)\n\n国务院令第512号 … Article 1: These Regulations have been formulated pursuant to the PRC Enterprise Income Tax Law (the Enterprise Income Tax Law).',
        supports: ['name', 'nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
    ],
  },
  // ───────────── Regulations on Ensuring the Payment of Funds to Small and Medium-sized Enterprises (Order No. 728, 2020; revised by Order No. 802, 2025) ─────────────
  {
    id: 'document:regulations-on-ensuring-payment-of-funds-to-smes',
    name: 'Regulations on Ensuring the Payment of Funds to Small and Medium-sized Enterprises',
    nameZh: '保障中小企业款项支付条例',
    aliases: ['Regulations on Guaranteeing Payment of Funds to Small and Medium-Sized Enterprises'],
    zhShortNames: ['国务院令第802号', '国务院令第728号', '国令第802号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2020-07-05',
    effective: '2020-09-01',
    amended: ['2025-03-17'],
    summary:
      'State Council regulations requiring government organs, public institutions and large enterprises to pay small and medium-sized enterprises on time for goods, works and services (within 60 days for large enterprises after the 2025 revision), with complaint handling and supervision.',
    sources: [
      {
        url: 'https://en.kmabxh.com/PolicyDes/1904334241533079552.html',
        title: 'Kunming association site (text from www.gov.cn)',
        quote:
          'Li Qiang signed a State Council order, promulgating the "Regulations on Guaranteeing Payment of Funds to Small and Medium-Sized Enterprises" … No. 802\n\nThe "Regulations on Ensuring the Payment of Funds to Small and Medium-sized Enterprises" have been revised and adopted at the 43rd executive meeting of the State Council on October 18, 2024, and are hereby promulgated and shall come into force on June 1, 2025. … (Promulgated by Order No. 728 of the State Council of the People\'s Republic of China on July 5, 2020; Amended by Order No. 802 of the State Council of the People\'s Republic of China on March 17, 2025)',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/202503/content_7015401.htm',
        title: 'www.gov.cn',
        quote:
          '發文機關: 國務院 成文日期: 2025年03月17日\n標  題: 保障中小企業款項支付條例\n發文字號: 國令第802號 發佈日期: 2025年03月24日',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'amended'],
      },
      {
        url: 'https://hengtai-law.com/insight/research/data_549.html',
        title: 'Hengtai Law Offices',
        quote:
          '2025年3月17日,国务院公布修订后的《保障中小企业款项支付条例》(国务院令第802号,以下简称“新条例”),新规将于2025年6月1日正式施行。现行条例(国务院令第728号)自2020年9月1日实施以来,对保障中小企业款项支付发挥了重要作用',
        supports: ['nameZh', 'zhShortNames', 'amended', 'effective'],
      },
      {
        url: 'http://english.scio.gov.cn/topnews/2020-07/15/content_76273614.htm',
        title: 'State Council Information Office',
        quote:
          "China's State Council on Tuesday released a regulation on ensuring timely payments to small and medium-sized enterprises (SMEs), according to a decree of the State Council signed by Premier Li Keqiang.\nThe regulation will go into effect on September 1. … the State Council introduced the regulation to ensure that government departments, public institutions, and large enterprises pay SMEs on time",
        supports: ['summary'],
      },
      {
        url: 'http://en.people.cn/n3/2020/0831/c90000-9740073.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          'date 2020-08-31 … China will enforce regulations on ensuring timely payments to small and medium-sized enterprises (SMEs) starting from Sept. 1.',
        supports: ['effective'],
      },
      {
        url: 'https://shine.cn/biz/economy/2503240203',
        title: 'Shanghai Daily (shine.cn)',
        quote:
          'The regulations specifically require that large-scale enterprises pay SMEs within 60 days of the delivery of cargo, projects or services.\nThe new regulations also improve supervision and settling of complaints to ensure timely payments to SMEs',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Regulation on the Administration of Commercial Franchises (Order No. 485, 2007) ─────────────
  {
    id: 'document:regulation-on-administration-of-commercial-franchises',
    name: 'Regulation on the Administration of Commercial Franchises',
    nameZh: '商业特许经营管理条例',
    aliases: ['Regulations for the Administration of Commercial Franchising'],
    zhShortNames: ['国务院令第485号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2007-01-31',
    promulgated: '2007-02-06',
    effective: '2007-05-01',
    summary:
      'State Council regulation (Order No. 485) on commercial franchising, in which an enterprise owning a registered trademark, patent, know-how or other business resource confers it on other business operators, with information disclosure duties on the franchisor and supervision by the commerce authorities.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2007/02/28/regulations-for-the-administration-of-commercial-franchising',
        title: 'China Law & Practice',
        quote:
          'Regulations for the Administration of Commercial Franchising\n\n商业特许经营管理条例\n\nThis law introduces some new regulations with respect to new and existing franchising businesses, and stipulates the requirement of information disclosure by a franchisor to a franchisee. … (Promulgated by the State Council on February 6 2007 and effective as of May 1 2007.) … Order of the State Council No.485\n\n国务院令第485号',
        supports: ['aliases', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=5918',
        title: 'csrcare.com (PKULAW text)',
        quote:
          'Regulation on the Administration of Commercial Franchises Order of the State Council (No. 485) The Regulation on the Administration of Commercial Franchises, which was adopted at the 167th executive meeting of the State Council on January 31, 2007, are hereby promulgated and shall come into force as of May 1, 2007. Premier Wen Jiabao February 6, 2007 … “commercial franchise” … refers to such business operations by which an enterprise owning a registered trademark, enterprise mark, patent, know-how or any other business resource (hereinafter referred to as “franchiser”) confers the said business resource to any other business operator',
        supports: ['name', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://globalsummitryproject.com/RuleofLaw/economic/eco5.html',
        title: 'Global Summitry Project (law text)',
        quote:
          'Article 5 The commercial administrative department of the State Council shall be responsible for supervising and administrating the franchise industry all over the country according to this Regulation.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Regulations on Administration of Registration of Resident Representative Offices of Foreign Enterprises (Order No. 584, 2010) ─────────────
  {
    id: 'document:regulations-on-registration-of-resident-representative-offices-of-foreign-enterprises',
    name: 'Administrative Regulations on the Registration of Resident Representative Offices of Foreign Enterprises',
    nameZh: '外国企业常驻代表机构登记管理条例',
    aliases: ['Regulations on Administration of Registration of Resident Offices of Foreign Enterprises'],
    zhShortNames: ['国务院令第584号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2010-11-10',
    promulgated: '2010-11-19',
    effective: '2011-03-01',
    summary:
      'State Council regulations (Order No. 584) on registering the resident representative offices that foreign enterprises set up in China for non-profit activities related to their business; such offices have no legal-person status.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-1322961-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Administrative Regulations on the Registration of Resident Representative Offices of Foreign Enterprises\n\nOrder of the State Council No. 584\n\nNovember 19, 2010\n\nThe Administrative Regulations … adopted at the 132nd executive meeting of the State Council on November 10, 2010 are hereby promulgated and shall come into effect on March 1, 2011. … "Resident Representative Offices of Foreign Enterprises" … refer to the offices established within the territory of China by foreign enterprises … for the purpose of engaging in non-profit activities in connection with the business of such foreign enterprises. Such Representative Offices have no legal person status.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://360docs.net/doc/7f14002540.html',
        title: '360docs.net (bilingual text)',
        quote:
          'Decree of the State Council of the People’s Republic of ChinaNo. 584中华人民共和国国务院令第584号The Regulations on Administration of Registration of Resident Offices of Foreign Enterprises, which was adopted at the 132nd executive meeting of the State Council on November 10, 2010, is hereby promulgated and shall enter into effect as of March 1, 2011.《外国企业常驻代表机构登记管理条例》已经2010年11月10日国务院第132次常务会议通过,现予公布,自2011年3月1日起施行。',
        supports: ['nameZh', 'aliases', 'zhShortNames'],
      },
    ],
  },
  // ───────────── Implementing Regulations of the Government Procurement Law (Order No. 658, 2015) ─────────────
  {
    id: 'document:implementing-regulations-of-government-procurement-law',
    name: 'Implementing Regulations of the Government Procurement Law',
    nameZh: '政府采购法实施条例',
    aliases: ['Implementing Regulations for the PRC Government Procurement Law'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2014-12-31',
    promulgated: '2015-01-30',
    effective: '2015-03-01',
    summary:
      'State Council regulations (Order No. 658) implementing the Government Procurement Law: publication of procurement information and budgets, supplier eligibility, and a bar on restricting bids to a specific patent, trademark, brand or supplier.',
    relations: [{ type: 'implements', target: 'document:government-procurement-law', source: 0 }],
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-2543064-T.html?crid=a75e1c87-4532-67ed-7e08-a751d4fd7d65&prid=d82f98b3-2df0-a8b0-afd2-2508de054330',
        title: 'LexisNexis China',
        quote:
          'Implementing Regulations of the Government Procurement Law of the People\'s Republic of China\n\nOrder of the State Council No.658\n\nJanuary 30, 2015\n\nThe Implementing Regulations of the Government Procurement Law of the People\'s Republic of China, adopted at the 75th executive meeting of the State Council on December 31, 2014, are hereby promulgated and shall come into force as of March 1, 2015. … Article 1 The Implementing Regulations of the Government Procurement Law of the People\'s Republic of China (hereinafter referred to as the "Regulations") are formulated in accordance with the Government Procurement Law of the People\'s Republic of China',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://chinalawandpractice.com/2015/05/14/state-council-implementing-regulations-for-the-prc-government-procurement-law',
        title: 'China Law & Practice',
        quote:
          'State Council, Implementing Regulations for the PRC Government Procurement Law\n\n国务院中华人民共和国政府采购法实施条例 … Promulgated: 2015-01-30 Effective: 2015-03-01 … The Regulations specify that information on government procurement projects shall be published in designated media (Article 8); that the budgeted amount for a procurement project shall be disclosed in the procurement documents (Article 30) … If the purchaser or procurement agency restricts to or designates a specific patent, trademark, brand or supplier, the same shall constitute use of unreasonable conditions',
        supports: ['aliases', 'nameZh', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Regulations on Promoting the Development of Individual Industrial and Commercial Households (Order No. 755, 2022) ─────────────
  {
    id: 'document:regulations-on-promoting-development-of-individual-industrial-and-commercial-households',
    name: 'Regulations on Promoting the Development of Individual Industrial and Commercial Households',
    nameZh: '促进个体工商户发展条例',
    aliases: ['Regulation on the Promotion of the Development of Individual Industrial and Commercial Households'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2022-09-26',
    promulgated: '2022-10-01',
    effective: '2022-11-01',
    summary:
      'State Council regulations (Order No. 755), built on the earlier regulations on individual businesses: equal market access and fair treatment for individual industrial and commercial households, a reformed annual reporting system, and measures to promote their development.',
    sources: [
      {
        url: 'https://en.skx-ip.com/news/show-1354.html',
        title: 'SKX IP (news)',
        quote:
          'Order of the State Council of the People\'s Republic of China\nNo. 755\nThe "Regulations on Promoting the Development of Individual Industrial and Commercial Households" was adopted at the 190th executive meeting of the State Council on September 26, 2022, and is hereby announced and will come into effect on November 1, 2022.\nPrime Minister Li Keqiang\nOctober 1, 2022',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.leetsai.com/general-corporate-affairs/the-chinese-mainland-issued-the-regulation-on-the-promotion-of-the-development-of-individual-industrial-and-commercial-households',
        title: 'Lee and Li (Leetsai) – Karl Zhang and Teresa Huang',
        quote:
          'On September 26, 2022, the State Council adopted the Regulation on the Promotion of the Development of Individual Industrial and Commercial Households (hereinafter referred to as the “Regulation”) … The state shall implement the principles of equal market access and fair treatment for individual industrial and commercial households. … The market regulatory department of the State Council shall, according to the development characteristics of individual industrial and commercial households, reform and improve the annual reporting system for individual industrial and commercial households',
        supports: ['aliases', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://www.cqn.com.cn/zj/content/2022-10/26/content_8873122.htm',
        title: 'China Quality News (text from the SAMR website)',
        quote:
          '《促进个体工商户发展条例》是为促进个体工商户持续健康发展制定的行政法规,体现了国家对广大个体工商户的关心关爱。《条例》是在原《个体工商户条例》基础上制定的,更加适应当前和今后一个时期个体工商户发展特点',
        supports: ['nameZh', 'kind', 'summary'],
      },
    ],
  },
  // ───────────── Provisions on the Administration of Ground Receiving Facilities for Satellite Television (Order No. 129, 1993) ─────────────
  {
    id: 'document:provisions-on-administration-of-ground-receiving-facilities-for-satellite-television',
    name: 'Provisions on the Administration of Ground Receiving Facilities for Satellite Television Transmissions',
    nameZh: '卫星电视广播地面接收设施管理规定',
    aliases: [
      'Rules for the Administration of Ground-Based Reception Equipment for Satellite Television Broadcasts',
      'Provisions for the Administration of Ground Satellite Television Broadcast Reception Facilities',
    ],
    zhShortNames: ['国务院令第129号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '1993-08-20',
    promulgated: '1993-10-05',
    amended: ['2013-07-18', '2018-09-18'],
    summary:
      'State Council provisions (Order No. 129) putting the production, import, sale, installation and use of satellite TV ground receiving facilities under a licensing system; individuals may not install and use them.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=6fac1a36102b1a77bdfb&lib=law',
        title: 'PKULAW (en.pkulaw.cn)',
        quote:
          "Rules for the Administration of Ground-Based Reception Equipment for Satellite Television Broadcasts (2018 Revision) [Effective]\n卫星电视广播地面接收设施管理规定(2018修订) [现行有效] … Issuing authority: State Council … Level of Authority: Administrative Regulations … (Promulgated by Order No. 129 of the State Council of the People's Republic of China on October 5, 1993; revised for the first time in accordance with the Decision of the State Council on Repealing and Amending Some Administrative Regulations on July 18, 2013; and revised for the second time in accordance with the Decision of the State Council to Amend Certain Administrative Regulations on September 18, 2018) (1993年10月5日中华人民共和国国务院令第129号发布",
        supports: ['nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'http://www.for68.com/new/2006/5/wu1927312017156002793-0.html',
        title: 'for68.com (bilingual text)',
        quote:
          '卫星电视广播地面接收设施管理规定 PROVISIONS ON THE ADMINISTRATION OF GROUND RECEIVING FACILITIES FOR SATELLITE TELEVISION TRANSMISSIONS … 国务院令第129号\n(Approved at the 7th Executive Meeting of the State Council on August 20, 1993, promulgated by Decree No. 129 of the State Council on October 5, 1993, and effective as of the date of promulgation) … Article 3 A licensing system shall be implemented by the State for the production, importation, selling, installation and putting into use of the ground receiving facilities for satellites.',
        supports: ['name', 'nameZh', 'zhShortNames', 'adopted', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.cecc.gov/resources/legal-provisions/provisions-for-the-administration-of-ground-satellite-television',
        title: 'Congressional-Executive Commission on China',
        quote:
          'The following is a partial translation prepared by the Congressional-Executive Commission on China  of the "Provisions for the Administration of Ground Satellite Television Broadcast Reception Facilities," issued by the State Council on October 5, 1993. … Article 9: Individuals may not install and use satellite earth reception equipment.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Regulations on the Supervision and Administration of Cosmetics (Order No. 727, 2020) ─────────────
  {
    id: 'document:regulations-on-supervision-and-administration-of-cosmetics',
    name: 'Regulations on the Supervision and Administration of Cosmetics',
    nameZh: '化妆品监督管理条例',
    aliases: ['Regulations on Supervision and Administration of Cosmetics'],
    zhShortNames: ['国务院令第727号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2020-01-03',
    promulgated: '2020-06-16',
    effective: '2021-01-01',
    summary:
      'State Council regulations (Order No. 727) on producing and selling cosmetics: registration of special cosmetics and filing of ordinary cosmetics, under the supervision of the State Council drug regulator.',
    sources: [
      {
        url: 'https://www.cnpre.com/special/gzwpagepi.php?id=2878',
        title: 'cnpre.com (国资数据中心, law text)',
        quote:
          '化妆品监督管理条例\n国资政策文件 2020-06-16 … 2020年1月3日国务院第77次常务会议通过\n\n2020年6月16日中华人民共和国国务院令第727号公布\n\n自2021年1月1日起施行',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://en.oemobm.com/news/1.html',
        title: 'oemobm.com (law text)',
        quote:
          'No. 727\nThe "Regulations on the Supervision and Administration of Cosmetics" were adopted at the 77th Executive Meeting of the State Council on January 3, 2020, and are hereby promulgated and shall come into force on January 1, 2021.\nPremier Li Keqiang\nJune 16, 2020 … Cosmetics are divided into special cosmetics and ordinary cosmetics. The State shall implement registration management for special cosmetics and filing management for ordinary cosmetics. … Article 5 The State Council\'s drug supervision and administration department is responsible for the national supervision and administration of cosmetics.',
        supports: ['name', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.ryhxgy.cn/EN/Y2020/V50/I12/879',
        title: 'China Surfactant Detergent & Cosmetics (references)',
        quote: 'State Council of the People’s Republic of China. Regulations on Supervision and Administration of Cosmetics (Order No. 727 of State Council)[S]. 2020.',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ───────────── Regulation on the Implementation of the Statistics Law (Order No. 681, 2017) ─────────────
  {
    id: 'document:regulation-on-implementation-of-statistics-law',
    name: 'Regulation on the Implementation of the Statistics Law',
    nameZh: '统计法实施条例',
    aliases: ['Implementing Regulations of the Statistics Law', 'Regulations for the Implementation of the Statistics Law'],
    zhShortNames: ['国务院令第681号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2017-04-12',
    promulgated: '2017-05-28',
    effective: '2017-08-01',
    summary:
      'State Council regulation (Order No. 681) implementing the Statistics Law: statistical survey projects, organisation of surveys, publication of statistical data and the fight against fabricated statistics; it replaced the 1987 implementing rules.',
    relations: [{ type: 'implements', target: 'document:statistics-law', source: 0 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=296656&lib=law',
        title: 'PKULAW (en.pkulaw.cn)',
        quote:
          "Regulation on the Implementation of the Statistics Law of the People's Republic of China (2017) [Effective]\n中华人民共和国统计法实施条例(2017) [现行有效] … Order of the State Council \n\n国务院令\n\n(No. 681) (第681号)\n\nThe Regulation on the Implementation of the Statistics Law of the People's Republic of China, as adopted at the 168th executive meeting of the State Council on April 12, 2017, is hereby issued and shall come into force on August 1, 2017. … Premier: Li Keqiang 总理  李克强\nMay 28, 2017 2017年5月28日 … Article 1 This Regulation is developed in accordance with the Statistics Law of the People's Republic of China",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3090549-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Implementing Regulations of the Statistics Law of the People's Republic of China\n\nOrder of the State Council of the People's Republic of China No.681\n\nMay 28, 2017",
        supports: ['aliases'],
      },
      {
        url: 'http://www.stats.gov.cn/english/LF/SR/202008/t20200803_1780323.html',
        title: 'National Bureau of Statistics of China',
        quote:
          'Regulations for the Implementation of the Statistics Law of the People’s Republic of China\n\nNational Bureau of Statistics of China 2020-08-03 … The Regulations for the Implementation of the Statistics Law of the People’s Republic of China, adopted at the 168th Executive Meeting of the State Council on April 12, 2017, is hereby promulgated and shall be effective as of August 1, 2017.',
        supports: ['aliases', 'adopted', 'effective'],
      },
      {
        url: 'https://law.chuangxiangniao.com/p/5719.html',
        title: 'law.chuangxiangniao.com (law text)',
        quote: '(2017年4月12日国务院第168次常务会议通过 2017年5月28日中华人民共和国国务院令第681号公布 自2017年8月1日起施行)',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://m.zhuangpeitu.com/article/79727704.html',
        title: 'zhuangpeitu.com (policy interpretation)',
        quote:
          '国务院总理李克强日前签署国务院令,公布中华人民共和国统计法实施条例,自2017年8月1日起施行。1987年公布施行的中华人民共和国统计法实施细则同时废止。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Regulations for the Implementation of the Individual Income Tax Law (Order No. 142, 1994) ─────────────
  {
    id: 'document:regulations-for-implementation-of-individual-income-tax-law',
    name: 'Regulations for the Implementation of the Individual Income Tax Law',
    nameZh: '个人所得税法实施条例',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1994-01-28',
    amended: ['2005-12-19', '2008-02-18', '2011-07-19'],
    summary: 'State Council regulations implementing the Individual Income Tax Law (first issued by Order No. 142 in 1994 and revised several times since).',
    relations: [{ type: 'implements', target: 'document:individual-income-tax-law', source: 0 }],
    sources: [
      {
        url: 'https://m.e-book.qq.com/read/1023566934/3',
        title: 'QQ Books (bilingual law text)',
        quote:
          "Regulations for the Implementation of the Individual Income Tax Law of the People's Republic of China\n(1994年1月28日中华人民共和国国务院令第142号发布 根据2005年12月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第一次修订 根据2008年2月18日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第二次修订 根据2011年7月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第三次修订)\n(Promulgated by Decree No. 142 of the State Council of the People's Republic of China on January 28, 1994",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary', 'relations'],
      },
    ],
  },
  // ───────────── Administrative Regulations on Futures Trading (Order No. 489, 2007) ─────────────
  {
    id: 'document:administrative-regulations-on-futures-trading',
    name: 'Administrative Regulations on Futures Trading',
    nameZh: '期货交易管理条例',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2007-03-06',
    amended: ['2012-10-24', '2013-07-18', '2016-02-06', '2017-03-01'],
    summary:
      'State Council regulations (Order No. 489) on trading futures and option contracts, publicly and centrally or in other ways approved by the State Council futures regulator, and on its supervision.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3234045-T.html',
        title: 'LexisNexis China',
        quote:
          "Administrative Regulations on Futures Trading (Revised in 2017)\n\nOrder of the State Council of the People's Republic of China No.676\n\nMarch 1, 2017\n\n(Promulgated by the Order of the State Council of the People's Republic of China No.489 on March 6, 2007; revised for the first time … on October 24, 2012; revised for the second time … on July 18, 2013; revised for the third time … on February 6, 2016; and revised for the fourth time … on March 1, 2017) … the term of futures trading shall refer to the trading that is conducted by means of public centralized trading or in any other manner as may be approved by the futures regulatory authority under the State Council",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158955/regulations-on-futures-trading.html',
        title: 'global-regulation.com',
        quote: 'Regulations On Futures Trading\n\nOriginal Language Title: 期货交易管理条例',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Several Provisions of the State Council on Online Government Services (Order No. 716, 2019) ─────────────
  {
    id: 'document:several-provisions-of-state-council-on-online-government-services',
    name: 'Several Provisions of the State Council on Online Government Services',
    nameZh: '国务院关于在线政务服务的若干规定',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2019-04-26',
    effective: '2019-04-26',
    summary:
      'State Council provisions (Order No. 716) building a national integrated online government service platform led by the General Office of the State Council: services handled online, no repeat submission of data available by sharing, and legal validity of electronic signatures, seals, certificates and archives.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=bbba878199d122f6bdfb&lib=law',
        title: 'PKULAW (en.pkulaw.cn)',
        quote:
          "Several Provisions of the State Council on Online Government Services [Effective]\n国务院关于在线政务服务的若干规定 [现行有效] … Order of the State Council of the People's Republic of China \n\n中华人民共和国国务院令\n\n(No. 716) (第716号)\n\nThe Several Provisions of the State Council on Online Government Services are hereby issued, and shall come into force on the date of issuance. 现公布《国务院关于在线政务服务的若干规定》,自公布之日起施行。\nPremier: Li Keqiang 总 理  李克强\nApril 26, 2019 2019年4月26日 … Article 2 The state shall accelerate the building of a national integrated online government service platform",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinadaily.com.cn/a/201904/30/WS5cc825e1a3104842260b9667.html',
        title: 'China Daily (Xinhua)',
        quote:
          "China's State Council made public a decree Tuesday to prompt the integrated platform building for e-government services … The General Office of the State Council will take charge of the task, according to the decree signed by Premier Li Keqiang. … Government service providers must not require enterprises or individuals to submit information that is already accessible through information sharing. … The decree also confirms the legal validity of electronic signatures, seals, certificates and archives.",
        supports: ['issuers', 'summary'],
      },
    ],
  },
  // ───────────── Regulations on the Administration of Entertainment Places (Order No. 458, 2006) ─────────────
  {
    id: 'document:regulations-on-administration-of-entertainment-places',
    name: 'Regulations on the Administration of Entertainment Places',
    nameZh: '娱乐场所管理条例',
    aliases: ['Regulation on the Administration of Entertainment Venues'],
    zhShortNames: ['国务院令第458号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2006-01-18',
    promulgated: '2006-01-29',
    effective: '2006-03-01',
    amended: ['2016-02-06'],
    summary:
      'State Council regulations (Order No. 458) on for-profit singing, dancing and amusement venues open to the public: culture departments supervise their daily business and public security organs their fire control and public security.',
    sources: [
      {
        url: 'http://news.sina.com.cn/c/2006-02-13/16299089243.shtml',
        title: 'Sina News (China News Service)',
        quote:
          '中新网2月13日电 据中国政府网消息,中国国务院总理温家宝近日签署第458号国务院令,公布《娱乐场所管理条例》,自2006年3月1日起施行。 … 《娱乐场所管理条例》已经2006年1月18日国务院第122次常务会议通过,现予公布,自2006年3月1日起施行。\n\n 总 理 温家宝\n\n 二○○六年一月二十九日 … 第二条 本条例所称娱乐场所,是指以营利为目的,并向公众开放、消费者自娱自乐的歌舞、游艺等场所。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-224681-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Regulations on the Administration of Entertainment Places\n\nOrder of the State Council [2006] No. 458\n\nJanuary 29, 2006\n\nThe Regulations on the Administration of Entertainment Places, which were adopted at the 122nd executive meeting of the State Council on January 18, 2006, are hereby promulgated and shall come into force as of March 1, 2006. … Article 3 The competent departments of culture under the people's government at the county level or above shall be responsible for the supervision and administration on daily business operation of the entertainment places, and the public security organs … on fire control and public security",
        supports: ['name', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=225787',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Regulation on the Administration of Entertainment Venues (2016 Revision) … (Promulgated by the Order No. 458 of the State Council of the People's Republic of China on January 29, 2006; and revised in accordance with the Decision of the State Council on Amending Some Administrative Regulations on February 6, 2016)",
        supports: ['aliases', 'promulgated', 'amended'],
      },
      {
        url: 'https://baike.baidu.hk/item/%E5%A8%9B%E6%A8%82%E5%A0%B4%E6%89%80%E7%AE%A1%E7%90%86%E6%A2%9D%E4%BE%8B/1281936',
        title: 'Baidu Baike (Hong Kong)',
        quote: '中文名\n娛樂場所管理條例\n通過時間\n2006年1月18日\n實施日期\n2006年3月1日\n發佈機構\n中華人民共和國國務院\n發佈日期\n2006年1月29日\n文    號\n國務院令第458號',
        supports: ['nameZh', 'zhShortNames', 'promulgated'],
      },
    ],
  },
  // ───────────── Regulations for the Implementation of the Drug Administration Law (Order No. 360, 2002) ─────────────
  {
    id: 'document:regulations-for-implementation-of-drug-administration-law',
    name: 'Regulations for Implementation of the Drug Administration Law',
    nameZh: '药品管理法实施条例',
    aliases: ['Implementing Regulations of the Drug Administration Law'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2002-08-04',
    effective: '2002-09-15',
    amended: ['2016-02-06', '2019-03-02', '2024-12-06'],
    summary:
      'State Council regulations (Order No. 360) implementing the Drug Administration Law, in force from 15 September 2002 and revised in 2016, 2019 and 2024.',
    relations: [{ type: 'implements', target: 'document:drug-administration-law', source: 0 }],
    sources: [
      {
        url: 'https://www.lehmanlaw.com/resource-centre/laws-and-regulations/pharma/the-regulations-for-implementation-of-the-drug-administration-law-of-the-peoples-republic-of-china-are-hereby-promulgated-and-shall-go-into-effect-as-of-september-15-2002.html',
        title: 'Lehman, Lee & Xu',
        quote:
          "The Regulations for Implementation of the Drug Administration                      Law of the People's Republic of China are hereby promulgated                      and shall go into effect as of September 15, 2002.\n                     \n                     Premier: Zhu Rongji\n                     August 4, 2002 … Article 1 The Regulations are formulated in accordance with                      the Drug Administration Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3200901-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Implementing Regulations of the Drug Administration Law of the People's Republic of China (Revised in 2016)\n\nOrder of the State Council No.666\n\nFebruary 6, 2016\n\n(Promulgated by the Order of the State Council of the People's Republic of China No.360 on August 4, 2002; and revised in accordance with the Decision of the State Council on Revising Certain Administrative Regulations by the Order of the State Council of the People's Republic of China No.666 on February 6, 2016) … Article 2 The pharmaceutical regulatory department under the State Council shall establish state pharmaceutical inspection institute.",
        supports: ['aliases', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://en.krtpharma.com.cn/news_detail/1930430624165150720.html',
        title: 'krtpharma.com.cn (law text)',
        quote:
          "(Promulgated by the State Council Order No. 360 of the People's Republic of China on August 4, 2002; First Amendment based on the State Council's Decision on Amending Certain Administrative Regulations on February 6, 2016; Second Amendment based on the State Council's Decision on Amending Certain Administrative Regulations on March 2, 2019; Third Amendment based on the State Council's Decision on Amending and Repealing Certain Administrative Regulations on December 6, 2024)",
        supports: ['issuers', 'amended'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/3024938/peoples-republic-of-china-pharmaceutical-administration-law-regulations-for-the-implementation-of.html',
        title: 'global-regulation.com',
        quote: "Original Language Title: 中华人民共和国药品管理法实施条例",
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Regulations on the Administration of Foreign-invested Banks (Order No. 478, 2006) ─────────────
  {
    id: 'document:regulations-on-administration-of-foreign-invested-banks',
    name: 'Regulations on the Administration of Foreign-invested Banks',
    nameZh: '外资银行管理条例',
    aliases: ["Administrative Regulations of the People's Republic of China on Foreign-invested Banks"],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2006-11-08',
    promulgated: '2006-11-11',
    effective: '2006-12-11',
    amended: ['2014-07-29', '2014-11-27'],
    summary:
      'State Council regulations (Order No. 478) on wholly foreign-owned banks, Sino-foreign joint venture banks, branches and representative offices of foreign banks in China.',
    sources: [
      {
        url: 'https://international.laws.com/german-laws/page/15',
        title: 'international.laws.com',
        quote:
          "Order of the State Council of the People’s Republic of China\nNo.478\nThe Regulations of the People’s Republic of China on the Administration of Foreign-invested Banks has been adopted at the 155th Executive\nMeeting of the State Council on November 8, 2006 and is hereby promulgated, and shall come into force as of December 11, 2006.\nPremier of the State Council Wen Jiabao\nNovember 11, 2006",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.shndlaw.com/post/184',
        title: 'shndlaw.com (law text)',
        quote:
          "Administrative Regulations of the People's Republic of China on Foreign-invested Banks (Second Revision in 2014)\n\nOrder of the State Council of the People's Republic of China No.657\n\nNovember 27, 2014\n\n(Promulgated under the Order of the State Council of the People's Republic of China No.478 on November 11, 2006, revised for the first time in accordance with the Decision of the State Council on Revising Certain Administrative Regulations on July 29, 2014, and revised for the second time … on November 27, 2014) … 1. a wholly foreign-owned bank … 2. a Sino-foreign joint venture bank … 3. a branch of a foreign bank; and\n4. a representative office of a foreign bank.",
        supports: ['aliases', 'amended', 'summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158919/peoples-republic-of-china-regulations-on-foreign-banks.html',
        title: 'global-regulation.com',
        quote: "People's Republic Of China Regulations On Foreign Banks\n\nOriginal Language Title: 中华人民共和国外资银行管理条例",
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Regulations on the Supervision and Administration of Securities Companies (Order No. 522, 2008) ─────────────
  {
    id: 'document:regulations-on-supervision-and-administration-of-securities-companies',
    name: 'Regulations on the Supervision and Administration of Securities Companies',
    nameZh: '证券公司监督管理条例',
    aliases: ['Rules on Supervision over Securities Companies'],
    zhShortNames: ['国务院令第522号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2008-04-23',
    effective: '2008-06-01',
    amended: ['2014-07-29'],
    summary:
      'State Council regulations (Order No. 522) made under the Company Law and the Securities Law on the supervision of securities companies: prudent operation and good faith towards clients, under the State Council securities regulator.',
    relations: [{ type: 'based_on', target: 'document:securities-law', source: 1 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=dc8cc01dfc70b210bdfb&lib=law',
        title: 'PKULAW (en.pkulaw.cn)',
        quote:
          "Regulations on the Supervision and Administration of Securities Companies (2014 Revision) [Effective]\n证券公司监督管理条例(2014修订) [现行有效] … (Promulgated by the Order No. 522 of the State Council of the People's Republic of China on April 23, 2008; and revised in accordance with the Decision of the State Council on Amending Some Administrative Regulations on July 29) (2008年4月23日中华人民共和国国务院令第522号公布 根据2014年7月29日《国务院关于修改部分行政法规的决定》修订)",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-233199-T.html',
        title: 'LexisNexis China',
        quote:
          "Order of the State Council No. 522\n\nApril 23, 2008\n\nThe Regulations on the Supervision and Administration of Securities Companies, approved by the 6th Executive Meeting of the State Council on April 23, 2008, are hereby promulgated and shall be implemented as of June 1, 2008. … in accordance with the Company Law of the People's Republic of China (hereinafter referred to as the Company Law) and the Securities Law of the People's Republic of China … Article 2 Securities companies shall abide by laws, administrative regulations and the regulations of the securities regulatory body under the State Council, operate the business prudently and perform the obligations of good faith to clients.",
        supports: ['name', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'http://www.sipf.com.cn/NewEN/lawsandregulations/otherlawsandregulations/11/5098.shtml',
        title: 'China Securities Investor Protection Fund',
        quote:
          'Order of the State Council of the People’s Republic of China\nNo.522\n\nThe “Rules on Supervision over Securities Companies” was approved by the 6th Executive Meeting of the State Council on April 23, 2008. The State Council hereby makes an announcement. The Rules will be implemented as of June 1, 2008.',
        supports: ['aliases', 'effective'],
      },
    ],
  },
  // ───────────── Rules for the Implementation of the Tax Collection Administration Law (Order No. 362, 2002) ─────────────
  {
    id: 'document:rules-for-implementation-of-tax-collection-administration-law',
    name: 'Rules for the Implementation of the Law on the Administration of Tax Collection',
    nameZh: '税收征收管理法实施细则',
    aliases: ['Implementing Rules for the PRC Law on the Administration of the Levy and Collection of Taxes'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2002-09-07',
    effective: '2002-10-15',
    amended: ['2012-11-09', '2013-07-18', '2016-02-06'],
    summary:
      'State Council rules (Order No. 362) implementing the Tax Collection Administration Law; with the Law they govern the collection of all taxes by the tax authorities.',
    relations: [{ type: 'implements', target: 'document:tax-collection-administration-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224509',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Rules for the Implementation of the Law of the People's Republic of China on the Administration of Tax Collection (2016 Revision) … (Promulgated by Order No. 362 of the State Council of the People's Republic of China on September 7, 2002; revised for the first time in accordance with the Decision of the State Council on Amending and Abolishing Some Administrative Regulations on November 9, 2012; and revised for the second time … on July 18, 2013; and revised for the third time … on February 6, 2016) … Article 1 These Rules are hereby formulated in accordance with the provisions of the Law of the People's Republic of China on the Administration of Tax Collection",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'relations'],
      },
      {
        url: 'http://iolaw.org.cn/global/en/showNews.aspx?id=48209',
        title: 'Institute of Law, Chinese Academy of Social Sciences',
        quote:
          "Rules for the Implementation of the Law of the People's Republic of China on the Administration of Tax Collection … (Promulgated by Decree No. 362 of the State Council of the People's Republic of China on September 7, 2002, and effective as of October 15, 2002) … Article 2The Law on the Administration of Tax Collection and these Rules apply to the collection of various taxes by tax authorities according to law.",
        supports: ['name', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2012/11/28/implementing-rules-for-the-prc-law-on-the-administration-of-the-levy-and-collection-of-taxes-revised',
        title: 'China Law & Practice',
        quote:
          'Implementing Rules for the PRC Law on the Administration of the Levy and Collection of Taxes (Revised)\n\n中华人民共和国税收征收管理法实施细则 (修正) … (Revised according to the «State Council, Decision on Revising and Repealing Certain Administrative Regulations» promulgated on November 9 2012, and effective as of January 1 2013.)',
        supports: ['aliases', 'nameZh', 'amended'],
      },
    ],
  },
  // ───────────── Regulations on Implementing Customs Administrative Penalty (Order No. 420, 2004) ─────────────
  {
    id: 'document:regulations-on-implementing-customs-administrative-penalty',
    name: 'Regulations on Implementing Customs Administrative Penalty',
    nameZh: '海关行政处罚实施条例',
    aliases: [
      "Regulation of the People's Republic of China on the Implementation of Customs Administrative Punishment",
      'Implementation Regulations of the Customs of the People\'s Republic of China on Administrative Penalties',
    ],
    zhShortNames: ['国务院令第420号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2004-09-01',
    promulgated: '2004-09-19',
    effective: '2004-11-01',
    amended: ['2022-03-29'],
    summary:
      'State Council regulations (Order No. 420) made under the Customs Law on the administrative penalties customs impose for smuggling not prosecuted as a crime and for breaches of customs control.',
    relations: [{ type: 'based_on', target: 'document:customs-law', source: 1 }],
    sources: [
      {
        url: 'http://pkulaw.cn/fulltext_form.aspx?Db=chl&Gid=4216b97ac9a6aadfbdfb',
        title: 'PKULAW (pkulaw.cn)',
        quote:
          "中华人民共和国海关行政处罚实施条例\nRegulation of the People's Republic of China on the Implementation of Customs Administrative Punishment\n【发布部门】 国务院【发文字号】 中华人民共和国国务院令第420号\n【发布日期】 2004.09.19【实施日期】 2004.11.01\n【时效性】 现行有效【效力级别】 行政法规",
        supports: ['nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://english.www.gov.cn/services/doingbusiness/202102/24/content_WS6035f3c3c6d0719374af97b8.html',
        title: 'english.www.gov.cn (text from english.customs.gov.cn)',
        quote:
          'Regulations of the People’s Republic of China on Implementing Customs Administrative Penalty … (Adopted at the 62nd Executive Meeting of the State Council on September 1, 2004, promulgated by Decree No. 420 of the State Council of the People’s Republic of China on September 19, 2004, and effective as of November 1, 2004) … Article 2 These implementing Regulations shall be applicable to the disposition of the smuggling acts which are not investigated for criminal liability in accordance with the law, the acts which violate regulations on Customs control … in accordance with the provisions of the Customs Law of the People’s Republic of China',
        supports: ['name', 'issuers', 'adopted', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.re-code.org/article/1253?categoryid=90',
        title: 'Beijing Re-code Trade Security and Facilitation Research Center',
        quote:
          "Implementation Regulations of the Customs of the People's Republic of China on Administrative PenaltiesRevised in 2022 … (Promulgated under Decree No. 420 of the State Council of the People's Republic of China on September 19, 2004, and revised in accordance with Decision of the State Council on Amending and Repealing Some Administrative Regulations on March 29, 2022)",
        supports: ['aliases', 'amended'],
      },
    ],
  },
  // ───────────── Provisions on the Administrative Punishment of Price-related Violations (1999; revised 2006, 2008, 2010) ─────────────
  {
    id: 'document:provisions-on-administrative-punishment-of-price-related-violations',
    name: 'Provisions on the Administrative Punishment of Price-related Violation',
    nameZh: '价格违法行为行政处罚规定',
    aliases: ['Provisions on Administrative Penalty against Price-related Unlawful Practices'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1999-08-01',
    amended: ['2006-02-21', '2008-01-13', '2010-12-04'],
    summary:
      'Provisions approved by the State Council in 1999 and made under the Price Law on the administrative penalties for price-related violations.',
    relations: [{ type: 'based_on', target: 'document:price-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224500',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Provisions on the Administrative Punishment of Price-related Violation (2010 Revision)\n中文\nIssuing Authority:State Council … Level of Authority\nAdministrative Regulations … (Approved by the State Council on July 10, 1999, promulgated by the State Development and Planning Commission on August 1, 1999, amended for the first time on February 21, 2006 … amended for the second time on January 13, 2008 … and amending for the third time on December 4, 2010 …) Article 1 These Provisions are formulated in accordance with the relevant provisions of the Price Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary', 'relations'],
      },
      {
        url: 'http://www.for68.com/new/2006/5/wu82056175514156002736-0.html',
        title: 'for68.com (bilingual text)',
        quote:
          '价格违法行为行政处罚规定 Provisions on Administrative Penalty against Price-related Unlawful Practices … 颁布日期:19990801  实施日期:19990801  颁布单位:国务院',
        supports: ['nameZh', 'aliases', 'issuers'],
      },
    ],
  },
];
