/**
 * Curated core layer: more national laws (法律) in force that business, trade, labour and legal
 * pages on China cite — audit and accountants, trade unions, lawyers, stamp tax, commodity
 * inspection, maritime and choice-of-law rules, international criminal judicial assistance and
 * environmental protection. Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_LAWS_22B: CoreInstrument[] = [
  // ───────────────────────── Audit Law (1994) ─────────────────────────
  {
    id: 'document:audit-law',
    name: 'Audit Law',
    nameZh: '审计法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1994-08-31',
    amended: ['2006-02-28', '2021-10-23'],
    summary:
      'Sets up state audit oversight: audit institutions of the State Council and local governments audit public revenue and expenditure and the finances of state-owned financial institutions and enterprises.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4588070-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Audit Law of the People's Republic of China (Amended in 2021) … (Adopted at the 9th Meeting of the Standing Committee of the Eighth National People's Congress on August 31, 1994; amended for the first time in accordance with the Decision on Amending the Audit Law of the People's Republic of China adopted at the 20th Meeting of the Standing Committee of the Tenth National People's Congress on February 28, 2006; and amended for the second time in accordance with the Decision on Amending the Audit Law of the People's Republic of China adopted at the 31st Meeting of the Standing Committee of the Thirteenth National People's Congress on October 23, 2021)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4588070-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'The State Council and the local people\'s governments at or above the county level each shall establish an audit institution.',
        supports: ['summary'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-224591-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The government revenues and expenditures of all the departments of the State Council, of the local people's governments at all levels and their departments, the financial revenues and expenditures of State-owned financial institutions, enterprises and public institutions",
        supports: ['summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158824/peoples-republic-of-china-audit-law.html',
        title: 'Global-Regulation',
        quote: "People's Republic Of China Audit Law\n\nOriginal Language Title: 中华人民共和国审计法",
        supports: ['name', 'nameZh'],
      },
    ],
  },
  // ───────────────────────── Law on Certified Public Accountants (1993) ─────────────────────────
  {
    id: 'document:law-on-certified-public-accountants',
    name: 'Law on Certified Public Accountants',
    nameZh: '注册会计师法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1993-10-31',
    effective: '1994-01-01',
    amended: ['2014-08-31'],
    summary:
      'Governs certified public accountants and public accounting firms: the national CPA examination and registration, audit business rules and the institutes of CPAs.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224508',
        title: 'csrcare.com',
        quote:
          "Law of the People's Republic of China on Certified Public Accountants (2014 Amendment)\n中文\nIssuing Authority:Standing Committee of the National People's Congress … Level of Authority\nLaws … Status\nEffective … (Adopted at the Fourth Meeting of the Standing Committee of the Eighth National People's Congress on October 31, 1993, and amended at the Tenth Session of the Standing Committee of the Twelfth National People's Congress on August 31,2014",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224508',
        title: 'csrcare.com',
        quote:
          'Chapter II Examination and Registration\nChapter III Business Scope and Rules\nChapter IV Public Accounting Firm\nChapter V Institute of Certified Public Accountants',
        supports: ['summary'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=f10cdab93ff4e0fbbdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          "Law of the People's Republic of China on Certified Public Accountants [Revised]\n中华人民共和国注册会计师法 [已被修订]",
        supports: ['name', 'nameZh'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-232276-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Adopted at the fourth meeting of the Standing Committee of the National People's Congress of the Eighth Session on October 31, 1993, the Law of the People' s Republic of China on Certified Public Accountants is hereby promulgated and shall be implemented as of January 1, 1994.",
        supports: ['adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Trade Union Law (1992) ─────────────────────────
  {
    id: 'document:trade-union-law',
    name: 'Trade Union Law',
    nameZh: '工会法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1992-04-03',
    amended: ['2001-10-27'],
    summary:
      'Defines the status, rights and duties of trade unions — mass organisations of workers under the All-China Federation of Trade Unions — and workers’ right to join and organise them.',
    sources: [
      {
        url: 'http://wap.iamlk.cn/article/article/id/23548',
        title: 'iamlk.cn',
        quote:
          "中华人民共和国工会法\nThe Trade Union Law of the People's Republic of China\n\n1992年4月3日第七届全国人民代表大会第五次会议通过(Adopted 3 April 1992 at the 5th Session of the 7th National People's Congress.)",
        supports: ['name', 'nameZh', 'kind', 'issuers', 'adopted'],
      },
      {
        url: 'https://enread.com/job/law/31735.html',
        title: 'enread.com',
        quote:
          "The Decision of the Standing1 Committee of the National People's Congress on Amending2 the Trade Union Law of the People's Republic of China, adopted at the 24th Meeting of the Standing Committee of the Ninth National People's Congress of the People's Republic of China on October 27,2001",
        supports: ['name', 'status', 'amended'],
      },
      {
        url: 'https://enread.com/job/law/31735.html',
        title: 'enread.com',
        quote:
          "The All China Federation5 of Trade Union and all the trade union organizations under it represent the interests of the workers and staff members and safeguard the legitimate6 rights and interests of the workers and staff members according to law.",
        supports: ['summary'],
      },
      {
        url: 'https://enread.com/job/law/23617.html',
        title: 'enread.com',
        quote:
          "(Adopted at the Fifth Session of the Seventh National People's Congress on April 3, 1992, promulgated1 by Order No. 57 of the President of the People's Republic of China on April 3, 1992 and effective as of the same date) … Article 3 All manual or mental workers in enterprises, institutions or State organs within the territory of China who rely on wages or salaries as their main source of income, irrespective of their nationality, race, sex, occupation, religious belief or educational background, have the right to organize and join trade unions according to law.",
        supports: ['issuers', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────────────────── Law on Import and Export Commodity Inspection (1989) ─────────────────────────
  {
    id: 'document:law-on-import-and-export-commodity-inspection',
    name: 'Law on Import and Export Commodity Inspection',
    nameZh: '进出口商品检验法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1989-02-21',
    amended: ['2002-04-28'],
    summary:
      'Sets up the inspection of imported and exported commodities by the State Council’s commodity inspection authority and its local agencies, to protect the parties to foreign trade and the public interest.',
    sources: [
      {
        url: 'https://www.xiaomilidoc.com/p-10339339.html',
        title: 'xiaomilidoc.com',
        quote:
          "中华人民共和国进出口商品检验法(2 0 0 2 年) (1 9 8 9 年2 月2 1 日第七届全国人民代表大会常务委员会第六次会议通过 根据2 0 0 2 年4 月2 8 日第九届全国人民代表大会常务委员会第二十七次会议《关于修改〈中华人民共和国进出口商品检验法〉的决定》修正) … Law of the People's Republic of China on Import and Export Commodity Inspection (Adopted at the 6th Meeting of the Standing Committee of the Seventh National People's Congress on February 21, 1989, and amended in accordance with the Decision on Amending the Law of the People's Republic of China on Import and Export Commodity Inspection adopted at the 27th Meeting of the Standing Committee of the Ninth National People's Congress on April 28, 2002.)",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.xiaomilidoc.com/p-10339339.html',
        title: 'xiaomilidoc.com',
        quote:
          'Article 1 This Law is enacted with a view to improving the inspection of import and export commodities, regulating inspection of import and export commodity, protecting public interests and the legitimate rights and interests of the parties involved in foreign trade',
        supports: ['summary'],
      },
      {
        url: 'https://www.xiaomilidoc.com/p-10339339.html',
        title: 'xiaomilidoc.com',
        quote:
          '第二条 国务院设立进出口商品检验部门(以下简称国家商检部门),主管全国进出口商品检验工作。国家商检部门设在各地的进出口商品检验机构(以下简称商检机构)管理所辖地区的进出口商品检验工作。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Lawyers Law (1996) ─────────────────────────
  {
    id: 'document:lawyers-law',
    name: 'Lawyers Law',
    nameZh: '律师法',
    aliases: ['Law on Lawyers'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1996-05-15',
    amended: ['2001-12-29', '2007-10-28', '2012-10-26'],
    summary:
      'Governs lawyers’ practice licences, law firms, lawyers’ rights and obligations (including confidentiality) and lawyers associations, under the supervision of the judicial administrative authorities.',
    sources: [
      {
        url: 'http://english.gov.cn/archive/laws_regulations/2014/08/23/content_281474983042459.htm',
        title: 'The State Council of the PRC (english.gov.cn)',
        quote:
          "Law of the People’s Republic of China on Lawyers\n\n(Adopted at the 19th Meeting of the Standing Committee of the Eighth National People’s Congress on May 15, 1996, amended in accordance with the Decision on Amending the Law of the People’s Republic of China on Lawyers made by the Standing Committee of the Ninth National People’s Congress at its 25th Meeting on December 29, 2001, and revised at the 30th Meeting of the Standing Committee of the Tenth National People’s Congress on October 28, 2007)",
        supports: ['aliases', 'kind', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://english.gov.cn/archive/laws_regulations/2014/08/23/content_281474983042459.htm',
        title: 'The State Council of the PRC (english.gov.cn)',
        quote:
          'Chapter II License for Legal Practice by Lawyers\n\nChapter III Law Firms\n\nChapter IV Business, Rights and Obligations of Lawyers\n\nChapter V Lawyers Associations',
        supports: ['summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2012/11/22/prc-lawyers-law-revised-in-2012',
        title: 'China Law & Practice',
        quote:
          "PRC Lawyers Law (Revised in 2012)\n\n中华人民共和国律师法 (2012年修正)\n\nWith the new revision, even if the client or another party's criminal act will seriously harm the safety of others' property, a lawyer is still bound by the confidentiality obligation.\n\nClp Reference: 1440/12.10.26 Promulgated: 2012-10-26 Effective: 2013-01-01",
        supports: ['name', 'nameZh', 'status', 'amended', 'summary'],
      },
      {
        url: 'http://english.gov.cn/archive/laws_regulations/2014/08/23/content_281474983042459.htm',
        title: 'The State Council of the PRC (english.gov.cn)',
        quote:
          "Article 4 The justice administrative authorities shall supervise and provide guidance for lawyers, law firms and lawyers’ associations in accordance with this Law.",
        supports: ['summary'],
      },
      {
        url: 'https://www.hrw.org/reports/2008/china0408/16.htm',
        title: 'Human Rights Watch',
        quote:
          'Appendix IV: Law on Lawyers of the People’s Republic of China\n\n(Adopted at the 19th Session of the Standing Committee of the Eighth National People’s Congress on May 15, 1996; last revised at the 30th Session of the Tenth National People’s Congress on October 28, 2007; effective as of June 1, 2008.)',
        supports: ['aliases', 'adopted'],
      },
    ],
  },
  // ───────────────────────── Law on Choice of Law for Foreign-related Civil Relationships (2010) ─────────────────────────
  {
    id: 'document:law-on-choice-of-law-for-foreign-related-civil-relationships',
    name: 'Law on Choice of Law for Foreign-related Civil Relationships',
    nameZh: '涉外民事关系法律适用法',
    aliases: ['Law on the Application of Law to Foreign-Related Civil Relations'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2010-10-28',
    effective: '2011-04-01',
    summary:
      'China’s conflict-of-laws statute: it settles which law applies to civil relations with a foreign element, so that foreign-related civil disputes are resolved reasonably.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=8315&CGid=',
        title: 'lawinfochina.com',
        quote:
          "Law of the People's Republic of China on Choice of Law for Foreign-related Civil Relationships [Effective]\n中华人民共和国涉外民事关系法律适用法 [现行有效]\nOrder of the President of the People's Republic of China\nLaw of the People's Republic of China on Choice of Law for Foreign-related Civil Relationships, which has been adopted at the 17th session of the Standing Committee of the 11th National People's Congress on October 28, 2010, is hereby promulgated and shall come into force on April 1, 2011.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=8315&CGid=',
        title: 'lawinfochina.com',
        quote:
          'Article 1 This Law is enacted in order to clarify the application of laws concerning foreign-related civil relations, reasonably solve foreign-related civil disputes and safeguard the legal rights and interests of parties.',
        supports: ['summary'],
      },
      {
        url: 'https://translate.hicom-asia.com/area/foreign-element-civil-relations-law/library/9',
        title: 'HI-COM',
        quote:
          'The objective of the Foreign Element Civil Relations Law, such as China’s Law on the Application of Law to Foreign-Related Civil Relations, is to establish clear rules for determining which jurisdiction’s civil law applies to cases involving international parties or interests.',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ───────────────────────── International Criminal Judicial Assistance Law (2018) ─────────────────────────
  {
    id: 'document:international-criminal-judicial-assistance-law',
    name: 'International Criminal Judicial Assistance Law',
    nameZh: '国际刑事司法协助法',
    aliases: ['Law on International Criminal Judicial Assistance'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2018-10-26',
    effective: '2018-10-26',
    summary:
      'Governs mutual assistance in criminal matters between China and foreign countries and bars anyone in China from providing evidence or assistance to foreign criminal proceedings without the approval of the competent PRC authority.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/international-criminal-judicial-assistance-law-20181026',
        title: 'China Justice Observer',
        quote:
          'The International Criminal Judicial Assistance Law was promulgated in 2018 and entered into force on October 26, 2018. … 3.No foreign institution, organization or individual may conduct criminal proceedings prescribed by this Law within the territory of the People’s Republic of China without the approval of the competent authority of the People’s Republic of China, and no institution, organization or individual within the territory of the People’s Republic of China may provide evidentiary materials and assistance prescribed by this Law to foreign countries.',
        supports: ['name', 'status', 'effective', 'summary'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=b1575aa60196ebe4bdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          "Law of the People's Republic of China on International Criminal Judicial Assistance [Effective]\n中华人民共和国国际刑事司法协助法 [现行有效] … The Law of the People's Republic of China on International Criminal Judicial Assistance, as adopted at the 6th Session of the Standing Committee of the Thirteenth National People's Congress of the People's Republic of China on October 26, 2018, is hereby issued, and shall come into force on the date of issuance.",
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.guozunlaw.com/m/news-56277.html',
        title: 'Guozun Law Firm (国樽律所)',
        quote:
          'Article 10 of the Law on International Criminal Judicial Assistance specifies in detail the procedures for requesting foreign countries to provide criminal judicial assistance.',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────────────────── Stamp Tax Law (2021) ─────────────────────────
  {
    id: 'document:stamp-tax-law',
    name: 'Stamp Tax Law',
    nameZh: '印花税法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-06-10',
    effective: '2022-07-01',
    summary:
      'Levies stamp tax on taxable vouchers — contracts, property-transfer documents and business account books — replacing the Interim Regulations on Stamp Tax.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2021/10/22/prc-stamp-tax-law',
        title: 'China Law & Practice',
        quote:
          "PRC Stamp Tax Law\n中华人民共和国印花税法\nE-commerce orders are exempted from stamp tax\n(Adopted at the 29th Session of the Standing Committee of the 13th National People's Congress on June 10, 2021 and effective as of July 1, 2022.)",
        supports: ['name', 'nameZh', 'kind', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://npcobserver.com/legislation/stamp-tax-law/',
        title: 'NPC Observer',
        quote:
          'Stamp Tax Law of the People’s Republic of China\n中华人民共和国印花税法\n[Current Text: Chinese, English]\n(adopted June 10, 2021, effective July 1, 2022)\n- Status: Passed\n- Legislative Body (Vote): NPCSC (N/A) … - Regulations Abolished: Interim Regulations on Stamp Tax [印花税暂行条例]',
        supports: ['name', 'nameZh', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3985728-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Article 2 For the purpose of the Law, taxable vouchers refer to contracts, documents for the transfer of property rights, and business account books specified in the Schedule of Stamp Tax Items and Rates attached hereto.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Maritime Code (1992) ─────────────────────────
  {
    id: 'document:maritime-code',
    name: 'Maritime Code',
    nameZh: '海商法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1992-11-07',
    effective: '1993-07-01',
    summary:
      'The code of maritime commercial law: carriage of goods by sea, charter parties, collision, salvage, general average, limitation of liability for maritime claims and marine insurance.',
    sources: [
      {
        url: 'http://english.court.gov.cn/2016-04/14/content_24532980.htm',
        title: 'Supreme People’s Court (english.court.gov.cn)',
        quote:
          "Maritime Code of the People's Republic of China\n\nUpdated : 2016-04-14\n\n(Adopted at the 28th Meeting of the Standing Committee of the Seventh National People's Congress on November 7, 1992 and promulgated by Order No.64 of the President of the People's Republic of China on November 7, 1992)",
        supports: ['name', 'kind', 'issuers', 'adopted'],
      },
      {
        url: 'http://english.court.gov.cn/2016-04/14/content_24532980.htm',
        title: 'Supreme People’s Court (english.court.gov.cn)',
        quote:
          'Chapter IV Contract of Carriage of Goods by Sea … Chapter VI Charter Parties … Chapter VIII Collision of Ships\n\nChapter IX Salvage at Sea\n\nChapter X General Average\n\nChapter XI Limitation of Liability for Maritime Claims\n\nChapter XII Contract of Marine Insurance',
        supports: ['summary'],
      },
      {
        url: 'http://asianlii.org/cn/legis/cen/laws/mc103',
        title: 'AsianLII',
        quote:
          "Organ of Promulgation | The Standing Committee of the National People's Congress | Status of Effect | In Force |\nDate of Promulgation | 1992-11-07 | Effective Date | 1993-07-01 |\nMaritime Code of the People's Republic of China",
        supports: ['name', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://m.110.com/flzs/148292.html',
        title: '110法律咨询网',
        quote: '中华人民共和国海商法\n1992年11月7日第七届全国人民代表大会常务委员会第二十八次会议通过',
        supports: ['nameZh', 'issuers', 'adopted'],
      },
    ],
  },
  // ───────────────────────── Environmental Protection Law (1989, revised 2014) ─────────────────────────
  {
    id: 'document:environmental-protection-law',
    name: 'Environmental Protection Law',
    nameZh: '环境保护法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1989-12-26',
    effective: '2015-01-01',
    amended: ['2014-04-24'],
    summary:
      'China’s basic environmental law, thoroughly revised in 2014: supervision, protection and improvement of the environment, prevention of pollution, information disclosure and public participation, and legal liability.',
    sources: [
      {
        url: 'http://cyxy.eagle1027.com/a/zhengcefagui/huanbaofagui/86.html',
        title: 'eagle1027.com',
        quote:
          "The Environmental Protection Law of the People's Republic of China was revised and adopted at the Eighth session of the Standing Committee of the Twelfth National People's Congress of the People's Republic of China on April 24, 2014, and the revised Environmental Protection Law of the People's Republic of China is hereby promulgated and shall come into force as of January 1, 2015。",
        supports: ['name', 'kind', 'issuers', 'amended', 'effective'],
      },
      {
        url: 'http://www.gws-nshdzgy.cn/en-us/Article-40.shtml',
        title: 'Guangwushan-Nuoshuihe UNESCO Global Geopark',
        quote:
          "Environmental Protection Law of the People's Republic of China\n\n \n\n(Adopted at the 11th session of the Standing Committee of the Seventh National People's Congress on December 26 1989 and revised at the 8th session of the Standing Committee of the Twelfth National People's Congress on April 24 2014)\n\n \n\nTable of Contents\n\nChapter I General Provisions\n\nChapter II Supervision and Administration\n\nChapter III Environmental Protection and Improvement\n\nChapter IV Prevention and Control of Pollution and Other Public Nuisances\n\nChapter V Information Disclosure and Public Engagement\n\nChapter VI Legal Liability",
        supports: ['name', 'kind', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://thelawreviews.co.uk/edition/the-environment-and-climate-change-law-review-edition-4/1215625/china',
        title: 'The Law Reviews',
        quote:
          'The Environmental Protection Law (EPL), the primary source of law for environmental protection, was significantly amended in 2014. It is known as the ‘strictest environmental protection law in history’ in China.',
        supports: ['name', 'status', 'amended', 'summary'],
      },
      {
        url: 'https://kepu365.com/ZL/FLFG/200701/54293.html',
        title: 'kepu365.com',
        quote:
          '《中华人民共和国环境保护法》已由中华人民共和国第七届全国人民代表大会常务委员会第十一次会议于1989年12月26日通过',
        supports: ['nameZh', 'issuers', 'adopted'],
      },
    ],
  },
  // ───────────────────────── Labor Dispute Mediation and Arbitration Law (2007) ─────────────────────────
  {
    id: 'document:labor-dispute-mediation-and-arbitration-law',
    name: 'Labor Dispute Mediation and Arbitration Law',
    nameZh: '劳动争议调解仲裁法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2007-12-29',
    effective: '2008-05-01',
    summary:
      'Governs the mediation and arbitration of labour disputes between employers and employees, such as disputes over whether a labour relationship exists or over labour contracts, to settle them fairly and promptly.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=9696',
        title: 'csrcare.com',
        quote:
          "Labor Dispute Mediation and Arbitration Law of the People's Republic of China\n中文\nDocument Number:中华人民共和国主席令(第八十号) Issuing Authority:Standing Committee of the National People's Congress … Level of Authority\nLaws … Status\nEffective … The Labor Dispute Mediation and Arbitration Law of the People's Republic of China, which was adopted at the 31st meeting of the Standing Committee of the Tenth National People's Congress of the People's Republic of China on December 29, 2007, is hereby promulgated and shall be effective as of May 1, 2008.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=9696',
        title: 'csrcare.com',
        quote:
          'Article 2 This Law shall apply to the following labor disputes arising between an employer and an employee within the territories of the People\'s Republic of China:\n(1). A dispute arising from the confirmation of a labor relationship;\n(2). A dispute arising from the conclusion, performance, modification, rescission or termination of a labor contract;',
        supports: ['summary'],
      },
      {
        url: 'https://fazonghui.com/zh-TW/falvwenben/1229.html',
        title: 'fazonghui.com',
        quote:
          "The Law of the People's Republic of China on Mediation and Arbitration of Labor Disputes, adopted at the 31st Meeting of the Standing Committee of the Tenth National People's Congress of the People's Republic of China on December 29, 2007, is hereby promulgated and shall go into effect as of May 1, 2008.",
        supports: ['issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://zzttlaw.com/documents-information/law-of-the-peoples-republic-of-china-on-mediation-and-arbitration-of-labor-disputes.html',
        title: 'zzttlaw.com',
        quote:
          "Law of the People’s Republic of China on Mediation and Arbitration of Labor Disputes … Article 4 Where a labor dispute arises, a laborer may have a consultation with the employing unit or request the labor union or a third party to have a consultation with the employing unit in order to reach a settlement agreement.",
        supports: ['summary'],
      },
      {
        url: 'https://english.court.gov.cn/2015-07/17/c_761482.htm',
        title: 'Supreme People’s Court (english.court.gov.cn)',
        quote:
          "Law of the People's Republic of China on Labor-dispute Mediation and Arbitration\n\n(npc.gov.cn)     Updated : 2015-07-17\n\n(Adopted at the 31st Meeting of the Standing Committee of the Tenth National People's Congress on December 29, 2007)",
        supports: ['issuers', 'adopted'],
      },
      {
        url: 'https://v.66law.cn/jx/ldjfnfy.html',
        title: '华律网 (66law.cn)',
        quote:
          '劳动仲裁法,全称《中华人民共和国劳动争议调解仲裁法》,由中华人民共和国全国人民代表大会常务委员会通过。为了公正及时解决劳动争议,保护当事人合法权益,促进劳动关系和谐稳定制定的法律。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────────────────── Road Traffic Safety Law (2003) ─────────────────────────
  {
    id: 'document:road-traffic-safety-law',
    name: 'Road Traffic Safety Law',
    nameZh: '道路交通安全法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2003-10-28',
    effective: '2004-05-01',
    amended: ['2007-12-29', '2011-04-22', '2021-04-29'],
    summary:
      'China’s first law on road traffic safety: vehicles and drivers, handling of traffic accidents and compulsory motor vehicle insurance.',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Road_Traffic_Safety_Law_of_the_People%27s_Republic_of_China',
        title: 'Wikipedia',
        quote:
          "The Road Traffic Safety Law of the People's Republic of China () is a law which was passed by the Standing Committee of the National People's Congress of the People's Republic of China on October 28, 2003, promulgated by Decree No. 8 of the President of the PRC Hu Jintao, and took effect on May 1, 2004, on all parts of mainland China (but not in Hong Kong and Macau which have their own judicial systems.) It is the People's Republic of China's first-ever law on road traffic safety",
        supports: ['name', 'kind', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Road_Traffic_Safety_Law_of_the_People%27s_Republic_of_China',
        title: 'Wikipedia',
        quote:
          'The new law enforces a vehicle insurance system. Insurance on motor vehicles is now compulsory instead of voluntary.',
        supports: ['summary'],
      },
      {
        url: 'https://english.court.gov.cn/2015-08/17/c_761518_2.htm',
        title: 'Supreme People’s Court (english.court.gov.cn)',
        quote:
          "Law of the People’s Republic of China on Road Traffic Safety\n(Adopted at the 5th Meeting of the Standing Committee of the Tenth National People’s Congress on October 28, 2003; amended according to the Decision on Amending the Law of the People’s Republic of China on Road Traffic Safety adopted at the 31st Meeting of the Standing Committee of the Tenth National People’s Congress on December 29, 2007 ) … Chapter II Vehicles and Drivers … Chapter V Disposition of Traffic Accidents",
        supports: ['issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://reach24h.com/downloadsource/detail/id/85',
        title: 'REACH24H',
        quote:
          '《中华人民共和国道路交通安全法》于2003年10月28日第十届全国人民代表大会常务委员会第五次会议通过,根据2007年12月29日第十届全国人民代表大会常务委员会第三十一次会议《关于修改〈中华人民共和国道路交通安全法〉的决定》第一次修正,根据2011年4月22日第十一届全国人民代表大会常务委员会第二十次会议《关于修改〈中华人民共和国道路交通安全法〉的决定》第二次修正,根据2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议《关于修改〈中华人民共和国道路交通安全法〉等八部法律的决定》第三次修正',
        supports: ['nameZh', 'status', 'issuers', 'adopted', 'amended'],
      },
    ],
  },
  // ───────────────────────── Education Law (1995) ─────────────────────────
  {
    id: 'document:education-law',
    name: 'Education Law',
    nameZh: '教育法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1995-03-18',
    effective: '1995-09-01',
    amended: ['2009-08-27', '2015-12-27', '2021-04-29'],
    summary:
      'The basic law of education in China: the school system, schools and teachers, the rights of those educated, funding, foreign exchange and cooperation in education, and legal liability.',
    sources: [
      {
        url: 'https://www.chinaeducenter.com/en/edulaw.php',
        title: 'China Education Center',
        quote:
          "Education Law of the People's Republic of China\n\nAdopted at the third session of the eighth National People's Congress, promulgated by Order No.45 of the President of the People's Republic of China on March 18, 1995 and effective as of September 1, 1995. (Source: Ministry of Education of the People’s Republic of China)\n\nChapter I - General Provisions\nChapter II - Basic Educational System\nChapter III - Schools and Other Educational Institutions\nChapter IV - Teachers and Other Educational Workers\nChapter V - Education Receivers\nChapter VI - Education and the Society … Chapter VIII - External Exchange and Cooperation\nChapter IX - Legal Liabilities",
        supports: ['name', 'kind', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/education-law-20151227/enchn',
        title: 'China Justice Observer',
        quote:
          'The Education Law was promulgated in 1995 and amended in 2009 and 2015 respectively. The latest revision entered into force on June 1, 2016.',
        supports: ['name', 'status', 'amended'],
      },
      {
        url: 'https://baike.com/wikiid/5755801334968267509',
        title: '快懂百科 (baike.com)',
        quote:
          '中华人民共和国教育法\n\n中国教育工作的根本大法 … 1995年3月18日第八届全国人民代表大会第三次会议通过,根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正,根据2015年12月27日第十二届全国人民代表大会常务委员会第十八次会议《关于修改〈中华人民共和国教育法〉的决定》第二次修正,根据2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议《关于修改〈中华人民共和国教育法〉的决定》第三次修正。',
        supports: ['nameZh', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
    ],
  },
  // ───────────────────────── Private Education Promotion Law (2002, revised 2016) ─────────────────────────
  {
    id: 'document:private-education-promotion-law',
    name: 'Private Education Promotion Law',
    nameZh: '民办教育促进法',
    aliases: ['Law on the Promotion of Private Education', 'Non-State Education Promotion Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    amended: ['2016-11-07'],
    summary:
      'Governs privately run schools; the 2016 revision split them into for-profit and non-profit schools and barred for-profit schools from the nine years of compulsory education.',
    sources: [
      {
        url: 'https://content.next.westlaw.com/practical-law/document/Id0c6cfbbab4911e698dc8b09b4f043e0/NPC-revises-law-on-private-schools?viewType=FullText&originationContext=document&transitionType=DocumentItem&ppcid=fd222b086b7f4a5c97b6ac21e2896936&contextData=(sc.Default)',
        title: 'Practical Law (Thomson Reuters)',
        quote:
          'On 7 November 2016, the Standing Committee of the National People’s Congress adopted the Decision to Revise the "Law of the People\'s Republic of China on the Promotion of Privately-run Schools" (全国代表大会常务委员会关于修改《中华人民共和国民办教育促进法》的决定), which will take effect 1 September 2017.\nThe decision includes two essential changes:\n  • Dividing private schools into the category of either for-profit or non-profit, and prohibiting for-profit private schools from providing the nine-year compulsory education (Article 2).',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'http://www.mondaq.com/china/x/563566/Education/Overview+Of+The+New+Regulations+For+Private+Schools',
        title: 'Mondaq',
        quote:
          'The Regulations mentioned above are regarded as key rules in the private education industry and supplement thePrivate Education Promotion Law of the PRC(revised in 2016)1 (the " Promotion Law"), as amended on November 7, 2016.',
        supports: ['name', 'amended'],
      },
      {
        url: 'https://theasialive.com/tag/private-education-law/',
        title: 'The Asia Live',
        quote:
          'Last Wednesday, significant reform of China’s private education sector, called the “Law on the Promotion of Private Education” (in Chinese, henceforth “Private Education Law”), went into effect.',
        supports: ['aliases'],
      },
      {
        url: 'https://webiis06.mondaq.com/china/education/325298/the-dawn-of-private-educational-training-institutions-in-china',
        title: 'Mondaq',
        quote:
          'Further, according to Non-State Education Promotion Law(《民办教育促进法》), a private investor in a non-state educational institution can only get a "reasonable return"(合理回报) from the institution',
        supports: ['aliases', 'nameZh'],
      },
    ],
  },
  // ───────────────────────── Tourism Law (2013) ─────────────────────────
  {
    id: 'document:tourism-law',
    name: 'Tourism Law',
    nameZh: '旅游法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2013-04-25',
    effective: '2013-10-01',
    amended: ['2016-11-07', '2018-10-26'],
    summary:
      'China’s first tourism law: tourists, tourism planning and promotion, tourism operation, tourism service contracts, safety, supervision and dispute settlement.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3343026-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Tourism Law of the People's Republic of China (Amended in 2018) … (Adopted at the 2nd session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on April 25, 2013, and amended for the first time according to the Decision on Revising Twelve Laws including the Foreign Trade Law of the People's Republic of China passed at the 24th session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on November 7, 2016; and amended for the second time … on October 26, 2018)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3343026-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Chapter II Tourists\nChapter III Tourism Planning and Promotion\nChapter IV Tourism Operation\nChapter V Tourism Service Contract\nChapter VI Tourism Security\nChapter VII Tourism Supervision and Management\nChapter VIII Tourism Dispute Settlement',
        supports: ['summary'],
      },
      {
        url: 'http://www.yyx.gov.cn/37589/39122/content_1164288.html',
        title: '岳阳县人民政府',
        quote: '中华人民共和国旅游法\n\n  (2013-4-25第十二届全国人民代表大会常务委员会第二次会议通过)',
        supports: ['nameZh', 'issuers', 'adopted'],
      },
      {
        url: 'https://travel.gmw.cn/2023-04/27/content_36527832.htm',
        title: '光明网',
        quote:
          '2013年4月25日,第十二届全国人民代表大会常务委员会第二次会议审议通过旅游法,并宣布同年10月1日正式实施。自此,我国旅游业发展开启了依法兴旅、依法治旅的新阶段。 … 作为我国旅游业发展史上的第一部法律,《中华人民共和国旅游法》(以下简称“旅游法”)',
        supports: ['nameZh', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Heroes and Martyrs Protection Law (2018) ─────────────────────────
  {
    id: 'document:heroes-and-martyrs-protection-law',
    name: 'Heroes and Martyrs Protection Law',
    nameZh: '英雄烈士保护法',
    aliases: ['Law on the Protection of Heroes and Martyrs'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2018-04-27',
    effective: '2018-05-01',
    summary:
      'Protects the reputation of those China designates as heroes and martyrs: it is prohibited to distort, defame, desecrate or deny their deeds and spirit.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/heroes-and-martyrs-protection-law-20180427/intro',
        title: 'China Justice Observer',
        quote:
          'The Heroes and Martyrs Protection Law was promulgated in 2018 and entered into force on May 1, 2018. … 2.It is prohibited to distort, defame, desecrate, or deny the deeds and spirit of heroes and martyrs.',
        supports: ['name', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Law_on_the_Protection_of_Heroes_and_Martyrs',
        title: 'Wikipedia',
        quote:
          "The Law of the People's Republic of China on the Protection of Heroes and Martyrs is a legislation concerning protecting the reputation of those the People's Republic of China has designated as martyrs. It was passed by the Standing Committee of the National People's Congress on 27 April 2018 and came into effect on 1 May 2018.",
        supports: ['issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Law_on_the_Protection_of_Heroes_and_Martyrs',
        title: 'Wikipedia',
        quote: '= Law on the Protection of Heroes and Martyrs =',
        supports: ['aliases'],
      },
      {
        url: 'https://tyjr.sz.gov.cn/gk/zcjd/content/post_3105541.html',
        title: '深圳市退役军人事务局',
        quote:
          '2018年4月27日,十三届全国人大常委会第二次会议全票通过了《中华人民共和国英雄烈士保护法》,并于2018年5月1日起施行。',
        supports: ['nameZh', 'issuers', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Anti-Food Waste Law (2021) ─────────────────────────
  {
    id: 'document:anti-food-waste-law',
    name: 'Anti-Food Waste Law',
    nameZh: '反食品浪费法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-04-29',
    summary:
      'Outlaws food waste: caterers may charge diners who leave excessive leftovers, and making, publishing or spreading binge-eating videos is banned and fined.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/anti-food-waste-law-of-the-peoples-republic-of-china20210429/enchn',
        title: 'China Justice Observer',
        quote:
          "Law of the People's Republic of China on Food Waste\n中华人民共和国反食品浪费法\n(Adopted at the 28th Meeting of the Standing Committee of the Thirteenth National People's Congress on April 29, 2021)",
        supports: ['nameZh', 'kind', 'issuers', 'adopted'],
      },
      {
        url: 'https://theindependent.sg/food-bloggers-now-banned-from-livestreaming-binge-eating-in-china-fines-for-those-who-waste-food/',
        title: 'The Independent Singapore',
        quote:
          'It is now against the law to waste food in China following the passing of the Anti-Food Waste law recently. … The law states that catering service providers can charge a disposal fee on customers who leave excessive amounts of food waste, but the rates must be clearly displayed. … With the law enforced, food bloggers will also be banned from livestreaming their binge eating.',
        supports: ['name', 'status', 'summary'],
      },
      {
        url: 'http://big5.china.com.cn/gate/big5/henan.china.com.cn/m/2021-04/29/content_41548032.html',
        title: '中国网 (新华社)',
        quote:
          '十三屆全國人大常委會第二十八次會議\n\n29日表決通過反食品浪費法\n\n自公佈之日起施行 … 製作發佈傳播暴飲暴食視頻節目,最高罰10萬',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────────────────── Electric Power Law (1995) ─────────────────────────
  {
    id: 'document:electric-power-law',
    name: 'Electric Power Law',
    nameZh: '电力法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-12-28',
    effective: '1996-04-01',
    summary:
      'Governs the construction, generation, supply and use of electric power, electricity prices and fees, rural electric power and the protection of power facilities.',
    sources: [
      {
        url: 'https://international.laws.com/?p=1059',
        title: 'international.laws.com',
        quote:
          "Organ of Promulgation | The Standing Committee of the National People’s Congress | Status of Effect | In Force |\nDate of Promulgation | 1995-12-28 | Effective Date | 1996-04-01 |\nElectric Power Law of the People’s Republic of China | … (Adopted at the 17th Meeting of the Standing Committee of the Eighth\nNational People’s Congress on December 28, 1995, promulgated by Order No.60 of\nthe President of the People’s Republic of China on December 28, 1995, and\neffective on April 1, 1996)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://informea.org/en/legislation/electric-power-law-peoples-republic-china-2015',
        title: 'InforMEA',
        quote:
          'The purpose of this Law is to lay down the general principles of the construction, production, supply and utilization of the electric power, and to ensure and promote the development of the electric power, protect the legitimate rights and interests of investors, entrepreneurs and users of electric power and maintain the safe services of electric power. … Electricity Price and Electricity Fee (V); Rural Electric Power Construction and Agricultural Use of Electricity (VI); Protection of Electric Facilities (VII)',
        supports: ['summary'],
      },
      {
        url: 'https://policy.asiapacificenergy.org/node/119',
        title: 'Asia Pacific Energy Portal',
        quote:
          "Title in national language: \n中华人民共和国电力法\nDraft: \nNo … Effective Start Year: \n1996 … Document Type: \nLaw",
        supports: ['nameZh', 'kind', 'effective'],
      },
    ],
  },
  // ───────────────────────── Land Administration Law (1986) ─────────────────────────
  {
    id: 'document:land-administration-law',
    name: 'Land Administration Law',
    nameZh: '土地管理法',
    aliases: ['Land Management Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1986-06-25',
    effective: '2020-01-01',
    amended: ['1988-12-29', '1998-08-29', '2004-08-28', '2019-08-26'],
    summary:
      'Governs land ownership — by the State or by rural collectives, with no privately owned land; the 2019 amendment dropped the rule that anyone needing land for construction must apply for state-owned land.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/content.php?content_type=T&origin_id=3465456&provider_id=1&isEnglish=Y',
        title: 'LexisNexis China',
        quote:
          "Land Administration Law of the People's Republic of China (Amended in 2019) … (Adopted at the 16th Session of the Standing Committee of the Sixth National People's Congress on June 25, 1986; amended for the first time according to the Decision on Revising the Land Administration Law of the People's Republic of China made at the 5th Session of the Standing Committee of the Seventh National People's Congress on December 29, 1988, revised at the Fourth Session of the Standing Committee of the Ninth National People's Congress on August 29, 1998; amended for the second time … on August 28, 2004; and amended for the third time … on August 26, 2019)",
        supports: ['name', 'kind', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/land-administration-law-20190826',
        title: 'China Justice Observer',
        quote:
          "Issuing body Standing Committee of the National People's Congress … Effective date Jan 01, 2020\n\nValidity status Valid … The Land Administration Law was promulgated in 1986 and amended in 1988, 1998, 2004 and 2019 respectively. The latest revision entered into force on January 1, 2020. … 1.There is no privately-owned land in China. The land in China is either owned by the State (the state-owned land) or by rural communities (collectively-owned land).",
        supports: ['name', 'status', 'issuers', 'effective', 'amended', 'summary'],
      },
      {
        url: 'https://www.leetsai.com/other-areas/land-administration-law-of-the-peoples-republic-of-china-mainland-china',
        title: 'Lee and Li',
        quote:
          'The Decision deletes the original requirement that “any unit or individual who needs to use a land for construction is required to apply for use of state-owned land ” under Article 43 of the Land Administration Law',
        supports: ['summary'],
      },
      {
        url: 'https://rd.springer.com/referenceworkentry/10.1007%2F978-981-13-2538-0_1323',
        title: 'Springer — Dictionary of Geotourism',
        quote:
          'Land Management Law of the People’s Republic of China\n\nThe Land Administration Law was passed and promulgated on 28 August 2004 during the 11th meeting of the Standing Committee of the Tenth National People’s Congress.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.ctoth.com/dictionary/1485764.html',
        title: 'ctoth.com',
        quote: '1986年全国人民代表大会公布的《中华人民共和国土地管理法》对土地制度作了全面、具体的规定。',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────────────────── People's Courts Organic Law (1979, revised 2018) ─────────────────────────
  {
    id: 'document:organic-law-of-the-peoples-courts',
    name: "Organic Law of the People's Courts",
    nameZh: '人民法院组织法',
    aliases: ["People's Courts Organic Law", "Organic Law of People's Courts"],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1979-07-01',
    effective: '2019-01-01',
    amended: ['1983-09-02', '1986-12-02', '2006-10-31', '2018-10-26'],
    summary:
      'Regulates the establishment, organisation, functions and powers of the people’s courts: the Supreme People’s Court, local people’s courts and special courts.',
    sources: [
      {
        url: 'https://shndlaw.com/index.php/post/1897',
        title: 'shndlaw.com',
        quote:
          "Organic Law of the People's Courts of the People's Republic of China (2018 Revision) … · Effective Date:01-01-2019\n· Issuing Authority: Standing Committee of the National People's Congress … (Adopted at the 2nd session of the Fifth National People's Congress on July 1, 1979, amended for the first time … on September 2, 1983; amended for the second time … on December 2, 1986; amended for the third time … on October 31, 2006; and revised at the 6th session of the Standing Committee of the Thirteenth National People's Congress on October 26, 2018)",
        supports: ['name', 'kind', 'issuers', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://subsites.chinadaily.com.cn/npc/2018-10/26/c_1020485.htm',
        title: 'NPC (China Daily subsite)',
        quote:
          "Organic Law of People's Courts of the People's Republic of China … Article 1 This Law is enacted in accordance with the Constitution in order to regulate the establishment, organization, functions and powers of people's courts, and to ensure that people’s courts perform their duties according to law.",
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/organic-law-of-the-peoples-courts-of-the-p-r-c-2018-revision/',
        title: 'China Law Translate',
        quote:
          "The \"P.R.C. People's Courts Organic Law\" has been revised by the 6th Session of the Standing Committee of the 13th National People's Congress on October 26, 2018; the revised \"P.R.C. People's Courts Organic Law\" is hereby promulgated, to take effect on January 1, 2019.",
        supports: ['aliases', 'status', 'amended', 'effective'],
      },
      {
        url: 'https://www.liquisearch.com/organic_law_of_the_peoples_courts_of_the_peoples_republic_of_china',
        title: 'LiquiSearch',
        quote:
          "The Organic Law of the People's Courts of the People's Republic of China (中华人民共和国人民法院组织法) is the organic law for the people's courts in the People's Republic of China. … It prescribes that the Chinese courts include the Supreme People's Court, local people's courts, and other special courts.",
        supports: ['name', 'nameZh', 'summary'],
      },
    ],
  },
  // ───────────────────────── Judges Law (1995, revised 2019) ─────────────────────────
  {
    id: 'document:judges-law',
    name: 'Judges Law',
    nameZh: '法官法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-02-28',
    effective: '2019-10-01',
    amended: ['2001-06-30', '2017-09-01', '2019-04-23'],
    summary:
      'Governs judges of the people’s courts: their duties, obligations and rights, requirements and selection, appointment and dismissal, management and evaluation.',
    sources: [
      {
        url: 'http://www.npc.gov.cn/zgrdw/englishnpc/Law/2007-12/12/content_1383686.htm',
        title: 'National People’s Congress',
        quote:
          "Judges Law of the People's Republic of China\n\n(Adopted at the 12th Meeting of the Standing Committee of the Eighth National People’s Congress on February 28, 1995, promulgated by Order No. 38 of the President of the People’s Republic of China on February 28, 1995, and amended in accordance with the Decision on Amending the Judges Law of People’s Republic of China adopted at the 22nd Meeting of the Standing Committee of the Ninth National People’s Congress on June 30, 2001)",
        supports: ['name', 'kind', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://ms.chinajusticeobserver.com/law/x/judges-law-20190423/chn',
        title: 'China Justice Observer',
        quote:
          '中华人民共和国 法官 法\n(1995年2月28日第八届全国人民代表大会常务委员会第十二次会议通过 根据2001年6月30日第九届全国人民代表大会常务委员会第二十二次会议《关于修改〈中华人民共和国法官法〉的决定》第一次修正 根据2017年9月1日第十二届全国人民代表大会常务委员会第二十九次会议《关于修改〈中华人民共和国法官法〉等八部法律的决定》第二次修正 2019年4月23日第十三届全国人民代表大会常务委员会第十次会议修订)',
        supports: ['nameZh', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://advocatetanmoy.com/2020/07/03/judges-law-of-the-peoples-republic-of-china/',
        title: 'advocatetanmoy.com',
        quote:
          "The Judges Law of the People’s Republic of China, adopted at the Second 19th Meeting of the Thirteenth National People’s Congress of the People’s Republic of China on April 23, 2019, is hereby promulgated and shall come into force as of October 1, 2019. … Chapter II: Judges’ Duties, Obligations and Rights\n\nChapter III: Requirements and Selection of Judges\n\nChapter IV: Appointment and Dismissal of Judges\n\nChapter V: Management of Judges\n\nChapter VI: Evaluation, Rewa",
        supports: ['name', 'status', 'amended', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Physicians Law (2021) ─────────────────────────
  {
    id: 'document:physicians-law',
    name: 'Physicians Law',
    nameZh: '医师法',
    aliases: ['Medical Practitioners Law', 'Law on Doctors'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-08-20',
    effective: '2022-03-01',
    summary:
      'Governs physicians: examination and registration, practising rules, training and evaluation, safeguard measures and legal liability.',
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-4075232-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Physicians Law of the People's Republic of China, which was adopted at the 30th meeting of the Standing Committee of the 13th National People's Congress of the People's Republic of China on August 20, 2021, is hereby promulgated for implementation as of March 1, 2022. … Chapter II Examination and Registration\nChapter III Practicing Rules\nChapter IV Training and Evaluation\nChapter V Safeguard Measures\nChapter VI Legal Liability",
        supports: ['name', 'kind', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://lawinfochina.com/display.aspx?id=36389&lib=law',
        title: 'lawinfochina.com',
        quote:
          "Law on Doctors of the People's Republic of China [Effective]\n中华人民共和国医师法 [现行有效] … The Law on Doctors of the People's Republic of China, as adopted at the 30th session of the Standing Committee of the Thirteenth National People's Congress of the People's Republic of China on August 20, 2021, is hereby issued, and shall come into force on March 1, 2022.",
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://subsites.chinadaily.com.cn/npc/2021-08/20/c_875935.htm',
        title: 'NPC (China Daily subsite)',
        quote:
          "Medical Practitioners Law of the People's Republic of China\n\n \n\n(Adopted at the 30th Meeting of the Standing Committee of the Thirteenth National People's Congress of the People's Republic of China on August 20, 2021)",
        supports: ['aliases', 'adopted'],
      },
    ],
  },
  // ───────────────────────── Charity Law (2016) ─────────────────────────
  {
    id: 'document:charity-law',
    name: 'Charity Law',
    nameZh: '慈善法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2016-03-16',
    effective: '2016-09-01',
    amended: ['2023-12-29'],
    summary:
      'China’s first charity law: charitable organisations, public fundraising (online only through designated platforms), donations, charitable trusts, information disclosure and supervision.',
    sources: [
      {
        url: 'https://www.shndlaw.com/index.php/post/592',
        title: 'shndlaw.com',
        quote:
          "Charity Law of China … · Date issued:03-16-2016\n\n· Effective Date:09-01-2016\n\n· Status: Effective\n\n· Issuing Authority: National People's Congress … Charity Law of China, as adopted at the 4th Session of the Twelfth National People's Congress of the People's Republic of China on March 16, 2016, is hereby issued, and shall come into force on September 1, 2016.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5196300-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Charity Law of the People's Republic of China (Amended in 2023) … (Adopted at the fourth session of the 12th National People's Congress on March 16, 2016; and amended in accordance with the Decision on Amending the Charity Law of the People's Republic of China at the seventh session of the 14th Standing Committee of the National People's Congress on December 29, 2023)",
        supports: ['name', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://cmcf.org.cn/content/1258',
        title: '中国妇女发展基金会 (cmcf.org.cn)',
        quote: '中华人民共和国慈善法\n\n \n\n(2016年3月16日第十二届全国人民代表大会第四次会议通过)',
        supports: ['nameZh', 'issuers', 'adopted'],
      },
      {
        url: 'https://www.loc.gov/item/global-legal-monitor/2016-05-17/china-charity-law-adopted/',
        title: 'Library of Congress — Global Legal Monitor',
        quote:
          'On March 16, 2016, the National People’s Congress of the People’s Republic of China (NPC , the country’s parliament) passed the country’s first Charity Law. It will enter into force on September 1, 2016.  The Law has 12 chapters containing 112 articles and covers, among other topics: charitable organizations, charitable fundraising, charitable donations, charitable trusts, charitable assets, charitable services, information disclosure, promotional measures, supervision and management, and legal responsibility of charities.',
        supports: ['name', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://m.pub2biz.cn/html/news/gn/2016_03/17/15165296.html',
        title: '中新社',
        quote: '慈善組織通過互聯網開展公開募捐的,應當在國務院民政部門統一或者指定的慈善信息平臺發布募捐信息',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Sole Proprietorship Enterprise Law (1999) ─────────────────────────
  {
    id: 'document:sole-proprietorship-enterprise-law',
    name: 'Sole Proprietorship Enterprise Law',
    nameZh: '个人独资企业法',
    aliases: ['Individual Proprietorship Enterprises Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1999-08-30',
    effective: '2000-01-01',
    summary:
      'Governs enterprises set up in China with capital from one natural person who owns their assets and bears unlimited liability for their debts: establishment, management, dissolution and liquidation.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/individual-proprietorship-enterprises-law-of-china-19990830/intro',
        title: 'China Justice Observer',
        quote:
          "Individual Proprietorship Enterprises Law of China (1999) … Issuing body Standing Committee of the National People's Congress\n\nPromulgating date Aug 30, 1999\n\nEffective date Jan 01, 2000\n\nValidity status Valid … 1.The individual proprietorship enterprise is established within China and invested in by one natural person and the property of which is personally owned by the investor who shall assume unlimited liabilities for the debts of the enterprise with his own property.",
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.jingzecn.com/info/chn/201337/201337164753.shtml',
        title: 'jingzecn.com',
        quote:
          "Sole Proprietorship Enterprise Law of the People's Republic of China\n\nContents\nChapter One: General Provisions\nChapter Two: Establishment of Sole Proprietorship Enterprise\nChapter Three: Sole Proprietor and Management of the Sole Proprietor Enterprise's Affairs\nChapter Four: Dissolution and Liquidation of Sole Proprietorship Enterprise",
        supports: ['name', 'summary'],
      },
      {
        url: 'http://lawinfochina.com/display.aspx?EncodingName=big5&id=6239&lib=law',
        title: 'lawinfochina.com',
        quote:
          "Law of the People's Republic of China on Individual Proprietorship Enterprises [Effective]\n中華人民共和國個人獨資企業法 [現行有效] … The Law of the People's Republic of China on Individual Proprietorship Enterprises, as adopted at the 11th Meeting of the Standing Committee of the Ninth National People's Congress on August 30, 1999, is hereby issued and shall come into force on January 1, 2000.",
        supports: ['nameZh', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.eastlaw.net/chineselaws/corpsec/SoleProplaw.htm',
        title: 'eastlaw.net',
        quote: '中华人民共和国个人独资企业法\n\n   \n\n     (1999年8月30日第九届全国人民代表大会常务委员会第十一次会议通过)',
        supports: ['nameZh', 'issuers', 'adopted'],
      },
    ],
  },
  // ───────────────────────── Cultural Relics Protection Law (1982, revised 2024) ─────────────────────────
  {
    id: 'document:cultural-relics-protection-law',
    name: 'Cultural Relics Protection Law',
    nameZh: '文物保护法',
    aliases: ['Law on the Protection of Cultural Relics'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1982-11-19',
    effective: '2025-03-01',
    amended: ['1991-06-29', '2002-10-28', '2007-12-29', '2013-06-29', '2015-04-24', '2017-11-04', '2024-11-08'],
    summary:
      'Law on the protection of cultural relics; the 2024 revision requires infrastructure and tourism projects to put relic protection first and provides fines for organisations that cause significant damage to relics.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5552985-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Law of the People's Republic of China on the Protection of Cultural Relics, revised and adopted at the 12th Session of the Standing Committee of the 14th National People's Congress of the People's Republic of China on November 8, 2024, is hereby promulgated and shall come into effect on March 1, 2025.",
        supports: ['kind', 'status', 'issuers', 'amended', 'effective'],
      },
      {
        url: 'http://en.zjderong.com/news_detail/24.html',
        title: 'zjderong.com',
        quote:
          "The Cultural Relics Protection Law of the People's Republic of China\n\n\n(Adopted at the 25th Meeting of the Standing Committee of the Fifth National People's Congress on November 19, 1982; First Amendment … on June 29, 1991; First Revision on October 28, 2002 … Second Amendment … on December 29, 2007; Third Amendment … on June 29, 2013; Fourth Amendment … on April 24, 2015; Fifth Amendment … on November 4, 2017; Second Revision on November 8, 2024 at the 12th Meeting of the Standing Committee of the Fourteenth National People's Congress)",
        supports: ['name', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://iolawen.cssn.cn/chinalegalnews/202412/t20241211_5820728.shtml',
        title: 'Institute of Law, CASS (Xinhua)',
        quote:
          "Lawmakers voted to pass the updated Law on the Protection of Cultural Relics during a session of the National People's Congress Standing Committee. The revised law will take effect on March 1, 2025. … Infrastructure projects and tourism development must prioritize cultural relic protection … Organizations that cause significant damage to cultural relics will face fines of up to 10 million yuan",
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://wwj.shaanxi.gov.cn/zfxxgk/fdzdgknr/flfg/fl/202509/t20250904_3562565.html',
        title: '陕西省文物局',
        quote:
          "【法律】中华人民共和国文物保护法(2024年修订)(英文版) |\nOrder of the President of the People's Republic of China\nNo. 35\nLaw of the People’s Republic of China on Cultural Relics Protection, adopted at the 12th Meeting of the Standing Committee of the Fourteenth National People's Congress of the People’s Republic of China on November 8, 2024, is hereby promulgated and shall go into effect as of March 1, 2025.",
        supports: ['nameZh', 'issuers', 'amended', 'effective'],
      },
    ],
  },
  // ───────────────────────── Anti-Organized Crime Law (2021) ─────────────────────────
  {
    id: 'document:anti-organized-crime-law',
    name: 'Anti-organized Crime Law',
    nameZh: '反有组织犯罪法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-12-24',
    effective: '2022-05-01',
    summary:
      'Sets the framework for preventing and punishing organised crime, including “vicious” gang-like organisations and crimes committed through networks: prevention, case handling, disposal of property involved, state functionaries involved in organised crime and international cooperation.',
    sources: [
      {
        url: 'https://subsites.chinadaily.com.cn/spp/2021-12/24/c_948421.htm',
        title: 'Supreme People’s Procuratorate (China Daily subsite)',
        quote:
          "Anti-organized Crime Law of the People's Republic of China\n(Adopted at the 32nd Meeting of the Standing Committee of the Thirteenth National People's Congress on December 24, 2021)\nContents\nChapter I General Provisions\nChapter II Prevention and Governance\nChapter III Case Handling\nChapter IV Identification and Disposition of Property Involved in a Case\nChapter V Dealing with State Functionaries Involved in Organized Crime\nChapter VI International Cooperation",
        supports: ['name', 'kind', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'http://jiwei.hnebp.edu.cn/Home/Page/44901',
        title: '湖南电子科技职业学院纪委 (湖南日报)',
        quote:
          '《中华人民共和国反有组织犯罪法》2022年5月1日起施行。\n\n  该法由中华人民共和国第十三届全国人民代表大会常务委员会第三十二次会议于2021年12月24日通过,共九章七十七条',
        supports: ['nameZh', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://ww.uf.cn/yy/2022/0608/14086.html',
        title: 'uf.cn',
        quote: '反有组织犯罪法明确了有组织犯罪、恶势力组织的概念,对恶势力组织可以适用法律规定的惩治和防范措施,并明确了利用网络实施有组织犯罪、“软暴力”行为的定性。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── People's Police Law (1995) ─────────────────────────
  {
    id: 'document:peoples-police-law',
    name: "People's Police Law",
    nameZh: '人民警察法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-02-28',
    amended: ['2012-10-26'],
    summary:
      'Defines the powers, obligations and discipline of the people’s police and the supervision of their law enforcement.',
    sources: [
      {
        url: 'https://fazonghui.com/zh-TW/falvwenben/984.html',
        title: 'fazonghui.com',
        quote:
          "1995年2月28日第八屆全國人民代表大會常務委員會第十二次會議通過 1995年2月28日中華人民共和國主席令第40號公布 根據2012年10月26日第十一屆全國人民代表大會常務委員會第二十九次會議通過 2012年10月26日中華人民共和國主席令第69號公布 自2013年1月1日起施行的《全國人民代表大會常務委員會關於修改〈中華人民共和國人民警察法〉的決定》修正\nPeople’s Police Law of the People’s Republic of China (Revised in 2012)",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://fazonghui.com/zh-TW/falvwenben/984.html',
        title: 'fazonghui.com',
        quote:
          'Chapter 2 Power\n第三章 義務和紀律\nChapter 3 Obligations and Discipline … 第六章 執法監督\nChapter 6 Supervision over Law Enforcement',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── National Defense Law (1997, revised 2020) ─────────────────────────
  {
    id: 'document:national-defense-law',
    name: 'National Defense Law',
    nameZh: '国防法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1997-03-14',
    effective: '2021-01-01',
    amended: ['2009-08-27', '2020-12-26'],
    summary:
      'The basic law on national defence: the defence powers of state bodies and the Central Military Commission, the armed forces, defence research and military procurement, mobilisation, and citizens’ and organisations’ defence obligations.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3913634-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Law of the People's Republic of China on National Defense, which was revised and adopted at the 24th session of the Standing Committee of the 13th National People's Congress of the People's Republic of China on December 26, 2020, is hereby promulgated and shall come into effect as of January 1, 2021. … (Adopted at the fifth session of the eighth National People's Congress on March 14, 1997, amended in accordance with the Decision on Amending Certain Laws made at the tenth session of the Standing Committee of the 11th National People's Congress on August 27, 2009, and revised at the 24th session of the Standing Committee of the 13th National People's Congress on December 26, 2020)",
        supports: ['kind', 'status', 'issuers', 'adopted', 'amended', 'effective'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3913634-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Chapter II Functions and Powers of State Agencies in National Defense\nChapter III Armed Forces … Chapter V National Defense Scientific Research & Production and Military Procurement … Chapter VIII National Defense Mobilization and State of War\nChapter IX Obligations and Rights of Citizens and Organizations Concerning National Defense',
        supports: ['summary'],
      },
      {
        url: 'http://eng.chinamil.com.cn/CHINA_209163/TopStories_209189/9960152.html',
        title: 'China Military Online',
        quote:
          'The Standing Committee of the 13th National People’s Congress (NPC), China’s top legislature, adopted the revised National Defense Law at its 24th session on December 26. … The revised National Defense Law, consisting of 73 articles under 12 chapters, will come into effect on January 1, 2021.',
        supports: ['name', 'amended', 'effective'],
      },
      {
        url: 'https://sv.chinajusticeobserver.com/law/x/law-of-china-on-national-defense-20201226',
        title: 'China Justice Observer',
        quote: 'Kinas lag om nationellt försvar (2020)\n\n国防法\n\nTyp av lagar Lag',
        supports: ['nameZh', 'kind'],
      },
    ],
  },
  // ───────────────────────── Higher Education Law (1998) ─────────────────────────
  {
    id: 'document:higher-education-law',
    name: 'Higher Education Law',
    nameZh: '高等教育法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1998-08-29',
    effective: '1999-01-01',
    amended: ['2015-12-27'],
    summary:
      'Governs higher education — education after completion of senior middle school: its basic systems and the establishment, organisation and activities of higher education institutions.',
    sources: [
      {
        url: 'http://en.icl-edu.com/alumni/gdjyf.html',
        title: 'icl-edu.com',
        quote:
          "The Higher Education Law of the People’s Republic of China, adopted at\nthe 4th Meeting of the Standing Committee of the Ninth National People’s\nCongress of the People’s Republic of China on August 29, 1998, is hereby\npromulgated and shall go into effect as of January 1, 1999. … CHAPTER II BASIC SYSTEMS OF HIGHER EDUCATION\nCHAPTER III ESTABLISHMENT OF HIGHER EDUCATION INSTITUTIONS\nCHAPTER IV ORGANIZATION AND ACTIVITIES OF HIGHER EDUCATION INSTITUTIONS",
        supports: ['name', 'kind', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://en.icl-edu.com/alumni/gdjyf.html',
        title: 'icl-edu.com',
        quote:
          'For purposes of this Law, higher education means education conducted on\nthe basis of completion of senior middle-school education.',
        supports: ['summary'],
      },
      {
        url: 'https://www.etogether.net/htm/policy/20180528/5476.html',
        title: 'etogether.net',
        quote:
          "Higher Education Law of the People's Republic of China\n(1998年8月29日第九届全国人民代表大会常务委员会第四次会议通过 根据2015年12月27日第十二届全国人民代表大会常务委员会第十八次会议《关于修改〈中华人民共和国高等教育法〉的决定》修正)",
        supports: ['name', 'nameZh', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://international.laws.com/?p=1451',
        title: 'international.laws.com',
        quote:
          "Organ of Promulgation | The Standing Committee of the National People’s Congress | Status of Effect | In Force |\nDate of Promulgation | 1998-08-29 | Effective Date | 1999-01-01 |",
        supports: ['status', 'issuers', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Fire Protection Law (1998) ─────────────────────────
  {
    id: 'document:fire-protection-law',
    name: 'Fire Protection Law',
    nameZh: '消防法',
    aliases: ['Fire Control Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1998-04-29',
    amended: ['2008-10-28', '2019-04-23', '2021-04-29'],
    summary:
      'Governs fire prevention, fire protection organisations and fire fighting and rescue, under the emergency management authorities, including the fire safety inspection before public gathering places open.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-4096923-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Fire Protection Law of the People's Republic of China (Amended in 2021) … (Adopted at the second session of the Standing Committee of the Ninth National People's Congress on April, 29, 1998; revised at the fifth session of the Standing Committee of the 11th National People's Congress on October 28, 2008; amended for the first time in accordance with the Decision of the Standing Committee of the National People's Congress on Amending Eight Laws Including the Construction Law of the People's Republic of China passed at the 10th session of the Standing Committee of the 13th National People's Congress on April 23, 2019; and amended for the second time … on April 29, 2021)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-4096923-T.html?eng=0',
        title: 'LexisNexis China',
        quote: 'Chapter II Fire Prevention\nChapter III Fire Protection Organizations\nChapter IV Fire Fighting and Rescuing\nChapter V Supervision and Inspection',
        supports: ['summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/fire-control-law-of-china',
        title: 'China Justice Observer',
        quote:
          'Fire Control Law of the People’s Republic of China (中华人民共和国消防法) was promulgated in 1998, and amended in 2008, 2019 and 2021 respectively. … The emergency management authority under the State Council (the Ministry of Emergency Management) shall supervise and administrate the fire control work nationwide. … Prior to the use or the open for business of a public gathering place, the administration of notification and commitment shall be implemented for the fire safety inspection.',
        supports: ['nameZh', 'aliases', 'status', 'adopted', 'amended', 'summary'],
      },
    ],
  },
];
