/**
 * Curated core layer: national laws (法律) in force that business, technology, media, data and trade
 * pages on China cite beside the cyber and data laws — tax (enterprise and individual income tax, tax
 * collection, value-added tax), labour and social insurance, enterprise forms (partnerships,
 * bankruptcy), banking, insurance, futures and other finance laws, administrative procedure, and
 * further laws on quality, metrology, trade, health, education and the state's organs. Every filled
 * field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_LAWS_22: CoreInstrument[] = [
  // ───────────────────────── Social Insurance Law (2010) ─────────────────────────
  {
    id: 'document:social-insurance-law',
    name: 'Social Insurance Law',
    nameZh: '社会保险法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2010-10-28',
    effective: '2011-07-01',
    summary:
      'Sets up the five social insurance schemes (basic old-age, basic medical, occupational injury, unemployment and maternity insurance) and obliges employers and individuals to pay the premiums.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2010/12/14/prc-social-insurance-law',
        title: 'China Law & Practice',
        quote:
          "PRC Social Insurance Law\n\n中华人民共和国社会保险法\n\nThe law comprises five types of social insurance: basic old-age insurance, basic medical insurance, occupational injury insurance, unemployment insurance and maternity insurance.\n\nClp Reference: 3900/10.10.28 Promulgated: 2010-10-28 Effective: 2011-07-01\n\n(Adopted at the 17th Session of the Standing Committee of the Eleventh National People's Congress on October 28 2010 and effective as of July 1 2011.)",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2010/12/14/prc-social-insurance-law',
        title: 'China Law & Practice',
        quote:
          "Article 4: Employers and individuals in the People's Republic of China shall pay social insurance premiums in accordance with the law",
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Labor Law (1994) ─────────────────────────
  {
    id: 'document:labor-law',
    name: 'Labor Law',
    nameZh: '劳动法',
    aliases: ['Labour Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1994-07-05',
    effective: '1995-01-01',
    summary:
      'The basic labour law: employment promotion, labour and collective contracts, working hours, rest and leave, wages, and occupational safety and health, among others.',
    sources: [
      {
        url: 'https://www.ldbj.com/china/labor_law.htm',
        title: 'ldbj.com',
        quote:
          "Labor Law  中华人民共和国劳动法\n\nLabour Law of the People's Republic of China\n\n(Adopted at the Eighth Meeting of the Standing Committee of the Eighth National People's Congress on July 5, 1994, promulgated by Order No.28 of the President of the People's Republic of China and effective as of January 1, 1995)\n\n\nChapter I General Provisions\n\nChapter II Promotion of Employment\n\nChapter III Labour Contracts and Collective Contracts\n\nChapter IV Working Hours, Rest and Vacations\n\nChapter V Wages\n\nChapter VI Occupational Safety and Health",
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Labour_Law_of_the_People%27s_Republic_of_China',
        title: 'Wikipedia',
        quote:
          "The Labour Law of the People's Republic of China () is the basic labour law of China, which has been enforced since 1995. It was promulgated by the Standing Committee of the National People's Congress of China on July 5, 1994, and came into effect on January 1, 1995.",
        supports: ['name', 'aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Partnership Enterprise Law (1997, revised 2006) ─────────────────────────
  {
    id: 'document:partnership-enterprise-law',
    name: 'Partnership Enterprise Law',
    nameZh: '合伙企业法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1997-02-23',
    effective: '2007-06-01',
    amended: ['2006-08-27'],
    summary:
      'Governs general and limited partnership enterprises formed in China: general partners bear unlimited joint and several liability, limited partners are liable up to their subscribed contribution.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=225682',
        title: 'csrcare.com',
        quote:
          "The Partnership Enterprise Law of the People's Republic of China was amended and adopted at the 23rd session of the Standing Committee of the 10th National People's Congress of the People's Republic of China on August 27, 2006. The amended Partnership Enterprise Law of the People's Republic of China is hereby promulgated and shall come into force as of June 1, 2007.",
        supports: ['name', 'kind', 'status', 'issuers', 'amended', 'effective'],
      },
      {
        url: 'http://www.eastlaw.net/chineselaws/corpsec/partnershiplaw2006.htm',
        title: 'eastlaw.net',
        quote:
          '中华人民共和国合伙企业法\n\n\n(1997年2月23日第八届全国人民代表大会常务委员会第二十四次会议通过 2006年8月27日第十届全国人民代表大会常务委员会第二十三次会议修订)',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.eastlaw.net/chineselaws/corpsec/partnershiplaw2006.htm',
        title: 'eastlaw.net',
        quote:
          '第二条 本法所称合伙企业,是指自然人、法人和其他组织依照本法在中国境内设立的普通合伙企业和有限合伙企业。\n\n  普通合伙企业由普通合伙人组成,合伙人对合伙企业债务承担无限连带责任。本法对普通合伙人承担责任的形式有特别规定的,从其规定。\n\n  有限合伙企业由普通合伙人和有限合伙人组成,普通合伙人对合伙企业债务承担无限连带责任,有限合伙人以其认缴的出资额为限对合伙企业债务承担责任。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Enterprise Bankruptcy Law (2006) ─────────────────────────
  {
    id: 'document:enterprise-bankruptcy-law',
    name: 'Enterprise Bankruptcy Law',
    nameZh: '企业破产法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2006-08-27',
    effective: '2007-06-01',
    summary:
      'The corporate bankruptcy regime, applying to state-owned as well as domestic and foreign private companies.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2006/10/01/prc-enterprise-bankruptcy-law',
        title: 'China Law & Practice',
        quote:
          "PRC Enterprise Bankruptcy Law\n中华人民共和国企业破产法\nThe PRC Enterprise Bankruptcy Law modernizes the PRC corporate bankruptcy regime, applicable to both state-owned and domestic and foreign private companies.\n(Promulgated on August 27 2006 and effective as of June 1 2007.)",
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://shndlaw.com/index.php/post/102',
        title: 'shndlaw.com',
        quote:
          "The Enterprise Bankruptcy Law of the People's Republic of China which was adopted at the 23rd Session of the Standing Committee of the 10th National People's Congress on August 27, 2006 is hereby promulgated and becomes effective as of June 1, 2007.",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Commercial Banking Law (1995) ─────────────────────────
  {
    id: 'document:commercial-banking-law',
    name: 'Commercial Banking Law',
    nameZh: '商业银行法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-05-10',
    amended: ['2003-12-27', '2015-08-29'],
    summary:
      'Governs commercial banks — enterprise legal persons that take public deposits, make loans and settle accounts — whose establishment needs the approval of the State Council’s banking regulator.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3064228-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Law of the People's Republic of China on Commercial Banks (Amended in 2015) … (Adopted at the 13th Session of the Standing Committee of the 8th National People's Congress on May 10, 1995; amended for the first time according to the Decision on Revising the Law of the People's Republic of China on Commercial Banks passed at the 6th Session of the Standing Committee of the 10th National People's Congress on December 27, 2003; and amended for the second time according to the Decision on Revising the Law of the People's Republic of China on Commercial Banks passed at the 16th Session of the Standing Committee of the 12th National People's Congress on August 29, 2015)",
        supports: ['kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.lawpedia.cn/wiki/Law_of_the_People%27s_Republic_of_China_on_Commercial_Banks',
        title: '法贝百科',
        quote:
          "【英文名称】Law of the People's Republic of China on Commercial Banks\n\n【中文名称】中华人民共和国商业银行法\n\n【发布部门】全国人民代表大会常务委员会",
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/commercial-banking-law-20150829/enchn',
        title: 'China Justice Observer',
        quote:
          'The Commercial Banking Law was promulgated in 1995 and amended in 2003 and 2015 respectively. The latest revision entered into force on October 1, 2015.\nThere are 95 articles in total.\nThe key points are as follows:\n1.The commercial banks are those enterprise legal persons which are established to absorb public deposits, make loans, arrange settlement of accounts and engage in other businesses.\n2.The establishment of a commercial bank shall be subject to the examination and approval of the banking regulatory organ of the State Council.',
        supports: ['name', 'amended', 'summary'],
      },
    ],
  },
  // ───────────────────────── Insurance Law (1995) ─────────────────────────
  {
    id: 'document:insurance-law',
    name: 'Insurance Law',
    nameZh: '保险法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-06-30',
    amended: ['2002-10-28', '2009-02-28', '2014-08-31', '2015-04-24'],
    summary:
      'Governs insurance contracts, insurance companies and their business rules, insurance agents and brokers, and the supervision of the insurance sector.',
    sources: [
      {
        url: 'https://www.shndlaw.com/index.php/post/583',
        title: 'shndlaw.com',
        quote:
          "Insurance Law of China\n(Adopted at the 14th session of the Standing Committee of the Eighth National People's Congress on June 30, 1995; amended for the first time at the 30th session of the Standing Committee of the Ninth National People's Congress on October 28, 2002, according to the Decision on Amending the Insurance Law of the People's Republic of China; revised at the 7th session of the Standing Committee of the Eleventh National People's Congress on February 28, 2009; amended for the second time at the 10th session of the Standing Committee of the Twelfth National People's Congress on August 31, 2014 … and amended for the third time … on April 24, 2015)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.shndlaw.com/index.php/post/583',
        title: 'shndlaw.com',
        quote:
          'Chapter II Insurance Contracts\nSection 1 General Rules\nSection 2 Personal Insurance Contracts\nSection 3 Property Insurance Contracts\nChapter III Insurance Companies\nChapter IV Rules of Insurance Operations\nChapter V Insurance Agents and Insurance Brokers\nChapter VI Supervision and Administration of the Insurance Sector',
        supports: ['summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158891/peoples-republic-of-china-insurance.html',
        title: 'Global-Regulation',
        quote: "People's Republic Of China Insurance\n\nOriginal Language Title: 中华人民共和国保险法",
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────────────────── Futures and Derivatives Law (2022) ─────────────────────────
  {
    id: 'document:futures-and-derivatives-law',
    name: 'Futures and Derivatives Law',
    nameZh: '期货和衍生品法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2022-04-20',
    effective: '2022-08-01',
    summary:
      'China’s first law on futures and financial derivatives: trading, clearing and delivery, futures operators and trading venues, supervision and cross-border regulatory cooperation.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-passes-futures-and-derivatives-law',
        title: 'China Justice Observer',
        quote:
          'On 20 Apr. 2022, the Standing Committee of the National People’s Congress passed the Futures and Derivatives Law(《中华人民共和国期货和衍生品法》), which will take effect on 1 Aug. this year.\n\nIt is China’s first law on futures and financial derivatives.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4236467-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Futures and Derivatives Law of the People's Republic of China, which was adopted at the 34th meeting of the Standing Committee of the 13th National People's Congress of the People's Republic of China on April 20, 2022, is hereby promulgated for implementation as of August 1, 2022.",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4236467-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Chapter II Trading of Futures and Derivatives\nSection 1 General Rules\nSection 2 Futures Trading\nSection 3 Derivatives Trading\nChapter III Futures Clearing and Delivery\nChapter IV Futures Traders\nChapter V Futures Operators\nChapter VI Futures Trading Venues\nChapter VII Futures Clearing Institutions\nChapter VIII Futures Service Providers\nChapter IX Futures Industry Associations\nChapter X Supervision and Regulation\nChapter XI Cross-border Trading and Regulatory Cooperation',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Tax Collection Administration Law (1992) ─────────────────────────
  {
    id: 'document:tax-collection-administration-law',
    name: 'Tax Collection Administration Law',
    nameZh: '税收征收管理法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1992-09-04',
    amended: ['1995-02-28', '2001-04-28', '2013-06-29', '2015-04-24'],
    summary:
      'The procedural tax law: tax registration, accounting books and vouchers, tax returns, collection, inspection and liabilities.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224507',
        title: 'csrcare.com',
        quote:
          "Tax Collection Administration Law of the People's Republic of China (2015 Amendment)\n\n中文\nIssuing Authority:Standing Committee of the National People's Congress",
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224507',
        title: 'csrcare.com',
        quote:
          "Tax Collection Administration Law of the People's Republic of China (Adopted at the 27th Session of the Standing Committee of the Seventh National People's Congress on September 4, 1992; Amended for the first time … on February 28, 1995; Revised at the 21st Session of the Standing Committee of the Ninth National People's Congress on April 28, 2001; and amended for the second time in accordance with the Decision of Standing Committee of the National People's Congress on Amending the Cultural Relics Protection Law of the People's Republic of China and Other Eleven Laws as adopted at the Third Session of the Standing Committee of the Twelfth National People's Congress on June 29, 2013",
        supports: ['name', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://chinalawandpractice.com/2001/06/01/prc-law-on-the-administration-of-the-levy-and-collection-of-taxes-amended',
        title: 'China Law & Practice',
        quote:
          '中华人民共和国税收征收管理法(修订)\n\nA set of provisions newly promulgated to regulate the administration of tax collection in the PRC.\n\n(Adopted at the 27th Session of the Standing Committee of the 7th National People\'s Congress on 4 September 1992; revised at the 12th Session of the Standing Committee of the 8th National People\'s Congress on 28 February 1995',
        supports: ['nameZh', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/tax-collection-administration-law-20150424/enchn',
        title: 'China Justice Observer',
        quote:
          'The Tax Collection Administration Law was promulgated in 1992 and amended in 1995, 2001, 2013 and 2015 respectively. The latest revision entered into force on April 24, 2015.',
        supports: ['name', 'amended'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224507',
        title: 'csrcare.com',
        quote:
          'Contents Chapter I General Provisions Chapter II Tax Administration Section 1 Tax Registration Section 2 Administration of Accounting Books and Supporting Vouchers Section 3 Filing Tax Returns Chapter III Tax Collection Chapter IV Tax Inspection Chapter V Legal Liabilities',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Enterprise Income Tax Law (2007) ─────────────────────────
  {
    id: 'document:enterprise-income-tax-law',
    name: 'Enterprise Income Tax Law',
    nameZh: '企业所得税法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2007-03-16',
    effective: '2008-01-01',
    summary:
      'The corporate income tax law: one tax rate and one income tax system for domestic and foreign-invested enterprises, with preferential treatment, withholding at source and special tax adjustments.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2007/04/01/prc-enterprise-income-tax-law-2',
        title: 'China Law & Practice',
        quote:
          "PRC Enterprise Income Tax Law\n中华人民共和国企业所得税法\nThis law aims to unify tax treatment among foreign invested enterprises and domestic enterprises through a unified tax rate and corporate income tax system.\n(Promulgated on March 16 2007 and effective as of January 1 2008.)\n(二零零七年三月十六日公布,自二零零八年一月一日起施行。)\nPRC President's Order (No.63 of the 10th NPC)",
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.cctv.com/english/20070316/105316.shtml',
        title: 'CCTV International',
        quote:
          "China's tenth NPC has concluded its final session. … And after years of intense discussions and amendments, the drafts of a landmark law on property rights and a corporate income tax law have been passed by the top legislature. … The lawmakers also approved the draft of a corporate income tax law, which puts domestic and foreign-funded enterprises on an equal footing for income taxes.",
        supports: ['issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://www.ecolex.org/details/legislation/enterprise-income-tax-law-of-the-peoples-republic-of-china-lex-faoc196798/',
        title: 'ECOLEX (FAOLEX)',
        quote:
          "Enterprise Income Tax Law of the People's Republic of China. Country/Territory China Document type Legislation Date 2007 (2018) … This Law contains Articles divided into 8 Chapters: General Provisions; Taxable Amount of Income; Amount of Payable Taxes; Preferential Tax Treatments; Withholding by Sources; Special Adjustments to Tax Payments; Administration of Tax Collection; Supplementary Provisions.",
        supports: ['name', 'summary'],
      },
    ],
  },
  // ───────────────────────── Administrative Compulsion Law (2011) ─────────────────────────
  {
    id: 'document:administrative-compulsion-law',
    name: 'Administrative Compulsion Law',
    nameZh: '行政强制法',
    aliases: ['Administrative Coercion Law', 'Administrative Enforcement Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2011-06-30',
    effective: '2012-01-01',
    summary:
      'Governs how administrative compulsory measures (restricting personal freedom, sealing up, seizing and freezing property) and administrative enforcement may be created and carried out, and when agencies must apply to a court for enforcement.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=24868',
        title: 'csrcare.com',
        quote:
          "The Administrative Compulsion Law of the People's Republic of China, as adopted at the 21st meeting of the Standing Committee of the 11th National People's Congress of the People's Republic of China on June 30, 2011, is hereby promulgated and shall come into force on January 1, 2012.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-1401916-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Administrative Coercion Law of the People's Republic of China, adopted on June 30, 2011 at the 21st session of the Standing Committee of the 11th National People's Congress of the People's Republic of China, is hereby promulgated for implementation as from January 1, 2012.",
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158763/peoples-republic-of-china-administrative-coercion-law.html',
        title: 'Global-Regulation',
        quote: "People's Republic Of China Administrative Coercion Law\n\nOriginal Language Title: 中华人民共和国行政强制法",
        supports: ['nameZh', 'aliases'],
      },
      {
        url: 'https://law.asia/administrative-enforcement-law-come-into-force-next-year/',
        title: 'China Business Law Journal (law.asia)',
        quote:
          '《行政强制法》将于明年生效 | 《商法》 … The Administrative Enforcement Law, a major piece of legislation to regulate administrative acts, was finally adopted and officially promulgated … on 30 June after long discussions stretching back over the past 12 years. Effective as of 1 January 2012, the law primarily governs the following areas. … Specifically, compulsory administrative measures include measures such as restrictions on civil liberty; the sealing of premises, facilities or property; the seizure of property; and the freezing of deposits and remittances.',
        supports: ['nameZh', 'aliases', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── State Compensation Law (1994) ─────────────────────────
  {
    id: 'document:state-compensation-law',
    name: 'State Compensation Law',
    nameZh: '国家赔偿法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1994-05-12',
    effective: '1995-01-01',
    amended: ['2010-04-29', '2012-10-26'],
    summary:
      'Entitles citizens, legal persons and other organisations to compensation from the state where state organs or their staff infringe their lawful rights in exercising their powers (administrative and criminal compensation).',
    sources: [
      {
        url: 'http://www.npc.gov.cn/zgrdw/huiyi/lfzt/gjpcfxzaca/2008-10/22/content_1454086.htm',
        title: '中国人大网',
        quote:
          '《中华人民共和国国家赔偿法》已由中华人民共和国第八届全国人民代表大会常务委员会第七次会议于1994年5月12日通过,现予公布,自1995年1月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.shndlaw.com/post/270',
        title: 'shndlaw.com',
        quote:
          "State Compensation Law of the People's Republic of China (Revised in 2012)\n\nOrder of the President of the People's Republic of China No. 68\n\nOctober 26, 2012\n\n(Adopted at the 7th session of the Standing Committee of the 8th National People's Congress on May 12, 1994 and issued under the Order of the President of the People's Republic of China No. 23 on May 12, 1994; amended for the first time according to the Decision of the Standing Committee of the National People's Congress on Revising the Law of the People's Republic of China on State Compensation passed at the 14th session of the Standing Committee of the 11th National People's Congress on April 29, 2010",
        supports: ['name', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/state-compensation-law-20121026',
        title: 'China Justice Observer',
        quote:
          'The State Compensation Law was promulgated in 1994 and amended in 2010 and 2012.The latest revision entered into force on January 1, 2013.',
        supports: ['name', 'amended'],
      },
      {
        url: 'http://iolaw.cssn.cn/ywb/ywflfg/constitutionlaw/201210/t20121010_4618356.shtml',
        title: 'Institute of Law, CASS',
        quote:
          'Article 1 This Law is formulated in accordance with the Constitution with a view to safeguarding the right of citizens, legal persons and other organizations to State compensation according to law, and promoting the exercise by State organs of their functions and powers according to law.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Metrology Law (1985) ─────────────────────────
  {
    id: 'document:metrology-law',
    name: 'Metrology Law',
    nameZh: '计量法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1985-09-06',
    effective: '1986-07-01',
    amended: ['2009-08-27', '2013-12-28', '2015-04-24', '2017-12-27', '2018-10-26'],
    summary:
      'Governs metrological supervision: the national legal units of measurement (SI), primary and working measurement standards, metrological verification, and the manufacture, repair, sale and use of measuring instruments.',
    sources: [
      {
        url: 'https://www.coomet.net/members/china/',
        title: 'COOMET',
        quote:
          "Metrology Law of People’s Republic of China (Amended Oct.26, 2018). … All activities in the field of metrology in China is regulated by the Metrology Law of the People's Republic of China, which is adopted at the 12th Meeting of the Standing Committee of the Sixth National People's Congress and promulgated by Order No. 28 of the President of the People's Republic of China on September 6, 1985, and effective as of July 1, 1986.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://gwg365.cn/doc/282041.html',
        title: 'gwg365.cn (中国人大网 text)',
        quote:
          '中华人民共和国计量法\nVIP专免\n作者 中国人大网\n( 1985 年 9\n月 6\n日第六届全国人民代表大会常务委员会第十二次会议通\n过 根据 2009 年 8 月 27 日第十一届全国人民代表大会常务委员会第十次会\n议《关于修改部分法律的决定》第一次修正\n根据 2013 年 12 月 28 日第十\n二届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国海\n洋环境保护法〉等七部法律的决定》第二次修正\n根据 2015 年 4 月 24 日第\n十二届全国人民代表大会常务委员会第十四次会议',
        supports: ['nameZh', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://gwg365.cn/doc/282041.html',
        title: 'gwg365.cn (中国人大网 text)',
        quote:
          '根 据 2017 年 12 月 27 日第十二\n届全国人民代表大会常务委员会第三十一次会议关于修改《中华人民共和国招标投\n标法》、《中华人民共和国计量法》的决定修改',
        supports: ['nameZh', 'amended'],
      },
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/ml154',
        title: 'AsianLII',
        quote:
          "Article 1. This Law is formulated to strengthen the metrological supervision and administration, to ensure the uniformity of the national system of units of measurement and the accuracy and reliability of the values of quantities … Article 2. Within the territory of the People's Republic of China, this Law must be abided by in establishing national primary standards of measurement and standards of measurement, in conducting metrological verification, and in the manufacture, repair, sale or use of measuring instruments.\n\n   Article 3. The state shall adopt the International System of Units (SI).",
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Individual Income Tax Law (1980) ─────────────────────────
  {
    id: 'document:individual-income-tax-law',
    name: 'Individual Income Tax Law',
    nameZh: '个人所得税法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1980-09-10',
    effective: '1980-09-10',
    amended: ['1993-10-31', '1999-08-30', '2005-10-27', '2007-06-29', '2007-12-29', '2011-06-30', '2018-08-31'],
    summary:
      'Levies individual income tax: individuals domiciled in China, or staying there a year or longer, pay it on income from inside and outside China — one regime for Chinese and foreign taxpayers.',
    sources: [
      {
        url: 'https://npcobserver.com/legislation/individual-income-tax-law/',
        title: 'NPC Observer',
        quote:
          'Individual Income Tax Law of the People’s Republic of China\n中华人民共和国个人所得税法\n[Current Text: Chinese, English]\n(adopted and effective Sept. 10, 1980; amended Oct. 31, 1993, effective Jan. 1, 1994; amended and effective Aug. 30, 1999; amended Oct. 27, 2005, effective Jan. 1, 2006; amended and effective June 29, 2007; amended Dec. 29, 2007, effective Mar. 1, 2008; amended June 30, 2011, effective Sept. 1, 2011; amended Aug. 31, 2018, effective Jan. 1, 2019)',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-229940-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Individual Income Tax Law of the People's Republic of China (Amended in December 2007) … (Adopted by the 3rd Session of the Fifth National People's Congress on September 10, 1980; amended for the first time in accordance with the Decision of the 4th Session of the Standing Committee of the Eighth National People's Congress on Amending the Law of the People's Republic of China on Individual Income Tax October 31, 1993",
        supports: ['name', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-229940-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Article 1 An individual who has a domicile within the territory of China or who has no domicile but has stayed within the territory of China for one year or longer shall pay individual income tax for any income obtained in and outside the territory of China according to the provisions of this Law.',
        supports: ['summary'],
      },
      {
        url: 'https://library.iccwbo.org/content/clp/BOOKS/BK_0006/BK_0006_01_Article26.htm?l1=Books&l2=Business+Law+In+China',
        title: 'ICC Digital Library – Business Law in China',
        quote:
          'The Individual Income Tax Law (IIT Law)1 introduced a unified personal tax regime for Chinese and foreign taxpayers.',
        supports: ['name', 'summary'],
      },
    ],
  },
  // ───────────────────────── Value-Added Tax Law (2024) ─────────────────────────
  {
    id: 'document:value-added-tax-law',
    name: 'Value-Added Tax Law',
    nameZh: '增值税法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2024-12-25',
    effective: '2026-01-01',
    summary:
      'China’s VAT law, replacing the State Council’s interim VAT regulations: entities and individuals that sell goods, services, intangible assets or real estate in China, or import goods, pay VAT under it.',
    sources: [
      {
        url: 'https://npcobserver.com/legislation/value-added-tax-law/',
        title: 'NPC Observer',
        quote:
          'Value-Added Tax Law of the People’s Republic of China\n中华人民共和国增值税法\n[Current Text: not yet enacted]\n- Status: Pending\n- Legislative Body (Vote): NPCSC (TBD)\n- Principal Drafters: Ministry of Finance & State Taxation Administration\n- Submitter: State Council … - Regulations to Be Abolished: Interim Regulations on Value-Added Tax [增值税暂行条例]',
        supports: ['name', 'nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/latest_message.php?id=477234',
        title: 'LexisNexis China',
        quote:
          "China's Top Legislature Adopts the Value-Added Tax Law and Two Other Laws\nPromulgation date: 2024-12-26 Chinese version\nRecently, the Value-Added Tax Law of the People's Republic of China (the \"VAT Law\"), … have been deliberated and adopted at the 13th session of the Standing Committee of the 14th National People's Congress (NPC). The VAT Law will come into effect on January 1, 2026.",
        supports: ['name', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.lexiscn.com/latest_message.php?id=477234',
        title: 'LexisNexis China',
        quote:
          'The VAT Law stipulates that entities and individuals (including individual businesses) that engage in taxable transactions—such as the sale of goods, services, intangible assets, or real estate—within the territory of the People\'s Republic of China, or the import of goods, are VAT taxpayers and must pay VAT in accordance with the VAT law.',
        supports: ['summary'],
      },
      {
        url: 'https://kpmg.com/us/en/taxnewsflash/news/2024/12/tnf-china-vat-law-enacted.html',
        title: 'KPMG TaxNewsFlash',
        quote:
          'Law becomes effective January 1, 2026\nThe National People’s Congress on December 25, 2024, passed the value added tax (VAT) law, which was the third draft VAT law.',
        supports: ['status', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Government Procurement Law (2002) ─────────────────────────
  {
    id: 'document:government-procurement-law',
    name: 'Government Procurement Law',
    nameZh: '政府采购法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2002-06-29',
    effective: '2003-01-01',
    amended: ['2014-08-31'],
    summary:
      'Governs procurement with government funds by state agencies, institutions and organisations: domestic goods, works and services first, and open tendering as the main method.',
    sources: [
      {
        url: 'http://www.lehmanlaw.com/resource-centre/laws-and-regulations/administration/the-law-of-the-peoples-republic-of-china-on-government-procurement.html',
        title: 'Lehman, Lee & Xu',
        quote:
          "The Law of the People's Republic of China on Government Procurement was adopted by the Standing Committee of the National People's Congress on June 29, 2002. … will come into force on January 1, 2003.\n\n\"Government procurement\" is defined to mean the procurement of goods, construction or services on lawfully formulated centralized procurement lists or which exceed procurement threshold standards by state agencies, institutional units and organizations at all levels with the use of government funds.\nWhen carrying out government procurement, domestic goods, construction and services should be procured except in the following circumstances",
        supports: ['kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2014/11/27/prc-government-procurement-law-revised-in-2014',
        title: 'China Law & Practice',
        quote:
          "PRC Government Procurement Law (Revised in 2014)\n\n中华人民共和国政府采购法 (2014年修订)\n\nMinor changes were made in Articles 19, 71 and 78.\n\n(Adopted at the 10th Session of the Standing Committee of the 12th National People's Congress on, and effective as of, August 31 2014.)",
        supports: ['name', 'nameZh', 'issuers', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/government-procurement-law-20140831',
        title: 'China Justice Observer',
        quote:
          'The Government Procurement Law was promulgated in 2002 and amended in 2014 respectively. … Public invitation of bids shall be the principal method of government procurement.',
        supports: ['name', 'amended', 'summary'],
      },
    ],
  },
  // ───────────────────────── Bidding Law (1999) ─────────────────────────
  {
    id: 'document:bidding-law',
    name: 'Bidding Law',
    nameZh: '招标投标法',
    aliases: ['Tendering and Bidding Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1999-08-30',
    effective: '2000-01-01',
    amended: ['2017-12-27'],
    summary:
      'Governs invitation and submission of bids: which construction projects (large infrastructure and utilities, state-funded projects, projects using international loans or aid) must be tendered, and the procedures for bidding, bid opening, evaluation and award.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/bidding-law-20171227',
        title: 'China Justice Observer',
        quote:
          "Bidding Law of China (2017)\n\n招标投标法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Dec 27, 2017 … The Bidding Law was promulgated in 1999 and amended in 2017 respectively.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://iolaw.cssn.cn/ywb/ywflfg/civilandcommerciallaw/201210/t20121011_4618452.shtml',
        title: 'Institute of Law, CASS',
        quote:
          "The Bidding Law of the People’s Republic of China\n\n(Adopted by the Standing Committee of the Ninth National People’s\n\nCongress at the 11th Session on August 30, 1999)\n\nCONTENTS\n\nChapter One General Provisions\n\nChapter Two Invitation to Bid\n\nChapter Three Bidding\n\nChapter Four Opening, Evaluation and Winning of Bids",
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'http://iolaw.cssn.cn/ywb/ywflfg/civilandcommerciallaw/201210/t20121011_4618452.shtml',
        title: 'Institute of Law, CASS',
        quote:
          'Article 3 Bidding shall be carried out for the following construction\nprojects, including the survey, design, construction, supervision of the\nproject, and the procurement of the important equipment, materials\nrelevant to the construction of the project:\nlarge projects of infrastructure facility or public utility that have a\nbearing on the social public interest and the safety of the general\npublic;\nprojects entirely or partially using state-owned funds or loans by the\nstate;\nprojects using loans of international organizations and foreign\ngovernments and aid funds.',
        supports: ['summary'],
      },
      {
        url: 'http://asia-business.biz/law.php?id=33&div=8',
        title: 'asia-business.biz',
        quote:
          "Law of the People's Republic of China on Tenders and Bids - 2000\n\n(Adopted by the 11th Session of the Standing Committee of the Ninth National People's Congress on August 30, 1999; promulgated by the Order No.21 of the President of the People's Republic of China on August 30, 1999, and enter into force on January 1, 2000.)",
        supports: ['issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.shndlaw.com/index.php/post/320',
        title: 'shndlaw.com',
        quote:
          "Implementing Regulations on the Tendering and Bidding Law of the People's Republic of China (Revised in 2017)",
        supports: ['aliases'],
      },
    ],
  },
  // ───────────────────────── Law on Banking Regulation and Supervision (2003) ─────────────────────────
  {
    id: 'document:law-on-banking-regulation-and-supervision',
    name: 'Law on Banking Regulation and Supervision',
    nameZh: '银行业监督管理法',
    aliases: ['Banking Supervision Law', 'Banking Supervision and Administration Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2003-12-27',
    effective: '2004-02-01',
    amended: ['2006-10-31'],
    summary:
      'Makes the State Council’s banking regulator responsible for regulating and supervising banking institutions — financial institutions that take deposits from the public, such as commercial banks, urban and rural credit cooperatives and policy banks — and their business operations.',
    sources: [
      {
        url: 'https://npcobserver.com/legislation/banking-supervision-and-administration-law/',
        title: 'NPC Observer',
        quote:
          'Law of the People’s Republic of China on the Supervision and Administration of the Banking Industry\n中华人民共和国银行业监督管理法\n[Current Text: Chinese, English]\n(adopted Dec. 27, 2003, effective Feb. 1, 2004; amended Oct. 31, 2006, effective Jan. 1, 2007)',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://www.bjreview.com/document/txt/2007-07/26/content_70480.htm',
        title: 'Beijing Review',
        quote:
          "Law of the People's Republic of China on Banking Regulation and Supervision\nAdopted at the Sixth Session of the Standing Committee of the 10th National People's Congress on December 27, 2003, amended at the 24th Session of the Standing Committee of the 10th National People's Congress on October 31, 2006",
        supports: ['name', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/banking-regulation-and-supervision-law-of-china-20061031/intro',
        title: 'China Justice Observer',
        quote:
          "Banking Supervision Law of China (2006)\n\n银行业监督管理法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress … 1.The banking regulatory authority under the State Council shall be responsible for the regulation and supervision of the banking institutions in China and their business operations.\n\n2.the term “banking institutions” means financial institutions established in China that take deposits from the general public, including, among others, commercial banks, urban credit cooperatives and rural credit cooperatives, and policy banks.",
        supports: ['nameZh', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://international.laws.com/?p=3584',
        title: 'international.laws.com',
        quote:
          'Banking Supervision and Administration Law of the People’s Republic of China\n\nOctober 31, 2006',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────────────────── Securities Investment Fund Law (2003) ─────────────────────────
  {
    id: 'document:securities-investment-fund-law',
    name: 'Securities Investment Fund Law',
    nameZh: '证券投资基金法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2003-10-28',
    amended: ['2012-12-28', '2015-04-24'],
    summary:
      'Governs securities investment funds raised publicly or non-publicly: fund managers and custodians, public offering and trading of fund shares, non-publicly offered funds (for at most 200 qualified investors), fund service institutions and supervision.',
    sources: [
      {
        url: 'http://www.eshanxi.gov.cn/business/policy/202108/t20210827_1442685.shtml',
        title: 'Shanxi Provincial People’s Government (english.gov.cn text)',
        quote:
          'Securities Investment Fund Law of the People’s Republic of China\n\nSource: english.gov.cn Time: 21 02,2020\n\nThe Securities Investment Fund Law of the People’s Republic of China, as revised and adopted at the 30th Session of the Standing Committee of the Eleventh National People’s Congress of the People’s Republic of China on December 28, 2012, and came into force on June 1, 2013.\n\n\n(Adopted at the 5th Session of the Standing Committee of the Tenth National People’s Congress on October 28, 2003 and revised at the 30th Session of the Standing Committee of the Eleventh National People’s Congress on December 28, 2012)',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/158742/peoples-republic-of-china-securities-investment-fund-law.html',
        title: 'Global-Regulation',
        quote: "People's Republic Of China Securities Investment Fund Law\n\nOriginal Language Title: 中华人民共和国证券投资基金法",
        supports: ['name', 'nameZh'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/securities-investment-fund-law-20150424',
        title: 'China Justice Observer',
        quote:
          'The Securities Investment Fund Law was promulgated in 2003 and amended in 2012 and 2015 respectively. … 1.This Law shall apply to the formation of a securities investment fund through the public or non-public raising of capital, the management of the fund by a fund management institution, the custody of the fund by a fund custodian … 8.Non-publicly offered funds shall be offered to qualified investors, and the number of qualified investors shall not exceed 200 cumulatively.',
        supports: ['name', 'amended', 'summary'],
      },
      {
        url: 'https://www.desk33.com/p-1167691.html',
        title: '课桌文档 (中华人民共和国证券投资基金法(2015修正))',
        quote:
          '中华人民共和国证券投资基金法(2015修正)发文机关:全国人民代表大会常务委员会发布日期:2015.04.24',
        supports: ['amended'],
      },
    ],
  },
  // ───────────────────────── Trust Law (2001) ─────────────────────────
  {
    id: 'document:trust-law',
    name: 'Trust Law',
    nameZh: '信托法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2001-04-28',
    effective: '2001-10-01',
    summary:
      'China’s basic trust law: a settlor entrusts property rights to a trustee who administers or disposes of them in the trustee’s own name for a beneficiary or a purpose.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/trust-law-of-china-20010428/intro',
        title: 'China Justice Observer',
        quote:
          "Trust Law of China (2001)\n\n信托法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Apr 28, 2001\n\nEffective date Oct 01, 2001\n\nValidity status Valid … 1.The trust refers to that the settler, based on his faith in trustee, entrusts his property rights to the trustee and allows the trustee to, according to the will of the settler and in the name of the trustee, administer or dispose of such property in the interest of a beneficiary or for any intended purposes.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-4-043A7FF16.00007AFD.444A-T.html?crid=802e4995-a8ca-0c25-e70c-c9a9db72ace4&prid=',
        title: 'LexisNexis China',
        quote:
          "The Trust Law of the People's Republic of China, which was adopted at the 21st session of the Standing Committee of the 9th National People's Congress of the People's Republic of China on 28 April, 2001, is hereby promulgated and shall come into effect from 1 October, 2001.",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.china.org.cn/english/2001/Sep/19929.htm',
        title: 'China.org.cn (People’s Daily)',
        quote:
          "China's first Trust Law, adopted by the country's top legislature in April, will take effect on October 1, the country's National Day.\n\nThe law, covering basic principles between trustors and trustees, will lead to a series of changes in China's trust businesses, experts here noted.",
        supports: ['name', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Negotiable Instruments Law (1995) ─────────────────────────
  {
    id: 'document:negotiable-instruments-law',
    name: 'Negotiable Instruments Law',
    nameZh: '票据法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1995-05-10',
    effective: '1996-01-01',
    amended: ['2004-08-28'],
    summary:
      'Governs bills of exchange, promissory notes and cheques: issue, endorsement, acceptance, guaranty, payment, recourse and the law applicable to foreign-related instruments.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-228132-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Negotiable Instruments Law of the People's Republic of China (Amended in 2004) … (Adopted by the Order of the President [1995] No.49 at the 13th Session of the Standing Committee of the Eighth National People's Congress on May 10, 1995; and amended according to the Decision on Amending the Negotiable Instruments Law of the People's Republic of China adopted at the 11th session of the Standing Committee of the 10th National People's Congress of the People's Republic of China on August 28, 2004)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://law.lenchy.com/law/5ff4a883bdb843798195202fba8310ff',
        title: 'law.lenchy.com',
        quote:
          "全国人民代表大会常务委员会关于修改《中华人民共和国票据法》的决定 附:修正本 Decision of the Standing Committee of the National People's Congress on Amending the Law of the People's Republic of China on Negotiable Instruments\n\n(Adopted at the 11th Meeting of the Standing Committee of the Tenth National People's Congress on August 28, 2004)",
        supports: ['nameZh', 'issuers', 'amended'],
      },
      {
        url: 'http://asianlii.org/cn/legis/cen/laws/nil274',
        title: 'AsianLII',
        quote:
          "Category | BANKING | Organ of Promulgation | The Standing Committee of the National People's Congress | Status of Effect | In Force |\nDate of Promulgation | 1995-05-10 | Effective Date | 1996-01-01 |\nNegotiable Instruments Law of the People's Republic of China",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://english.court.gov.cn/2016-04/14/c_761427.htm',
        title: 'Supreme People’s Court (English)',
        quote:
          'Chapter II Bills of Exchange\n\nSection 1 Issue\n\nSection 2 Endorsement\n\nSection 3 Acceptance\n\nSection 4 Guaranty\n\nSection 5 Payment\n\nSection 6 Right of Recourse\n\nChapter III Promissory Notes\n\nChapter IV Cheques\n\nChapter V Application of Law to Negotiable Instruments Involving Foreign Elements',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Drug Administration Law (1984, revised 2019) ─────────────────────────
  {
    id: 'document:drug-administration-law',
    name: 'Drug Administration Law',
    nameZh: '药品管理法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1984-09-20',
    effective: '1985-07-01',
    amended: ['2001-02-28', '2013-12-28', '2015-04-24', '2019-08-26'],
    summary:
      'Governs drugs across their life cycle — research and registration, marketing authorisation holders, manufacturing, distribution, use in medical institutions and post-marketing management — with strict supervision and penalties.',
    sources: [
      {
        url: 'https://npcobserver.com/legislation/drug-administration-law/',
        title: 'NPC Observer',
        quote:
          'Drug Administration Law of the People’s Republic of China\n中华人民共和国药品管理法\n[Current Text: Chinese, English]\n(adopted Sept. 20, 1984, effective July 1, 1985; revised Feb. 28, 2001, effective Dec. 1, 2001; amended and effective Dec. 28, 2013; amended and effective Apr. 24, 2015; revised Aug. 26, 2019, effective Dec. 1, 2019)\n- Status: Revision passed\n- Legislative Body (Vote): NPCSC (164–3–0)',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'http://www.xinhuanet.com/english/2019-08/26/c_138339872.htm',
        title: 'Xinhua',
        quote:
          "China's top legislature on Monday voted to adopt the revision to the drug administration law as part of the country's efforts to strengthen supervision to ensure drug safety. … the revised law stipulates the strictest standards and toughest measures in supervision over the whole process of the industry chain, including the research and development, manufacturing, sales, use and management of drugs.",
        supports: ['issuers', 'amended', 'summary'],
      },
      {
        url: 'https://baipharm.chemlinked.com/regulatorydb/view/65',
        title: 'ChemLinked',
        quote:
          'The Law covers drug research & development and registration, marketing authorization holder, manufacturing, distribution, pharmacy administration in medical institutions, post-marketing management, stockpile and supply, regulation, and legal liability.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Film Industry Promotion Law (2016) ─────────────────────────
  {
    id: 'document:film-industry-promotion-law',
    name: 'Film Industry Promotion Law',
    nameZh: '电影产业促进法',
    aliases: ['Film Promotion Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2016-11-07',
    effective: '2017-03-01',
    summary:
      'China’s first national law on the film industry: it keeps the film censorship system, with some amendments, and adds provisions promoting the industry.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/film-industry-promotion-law-2016/',
        title: 'China Law Translate',
        quote:
          "Title: Film Industry Promotion Law of the People's Republic of China\nPromulgating Entities: Standing Committee of the National People's Congress … The Film Industry Promotion Law of the People's Republic of China, having been passed by the 24th Session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on November 7, 2016, is hereby promulgated, to take effect on March 1, 2017.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/film-industry-promotion-law-20161107/intro',
        title: 'China Justice Observer',
        quote:
          "Film Industry Promotion Law of China (2016)\n\n电影产业促进法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Nov 07, 2016\n\nEffective date Mar 01, 2017",
        supports: ['name', 'nameZh', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.loc.gov/item/global-legal-monitor/2017-02-28/china-first-law-on-film-industry-effective-in-march/',
        title: 'Library of Congress – Global Legal Monitor',
        quote:
          'On November 7, 2016, the Standing Committee of the National People’s Congress (NPC) passed the Film Industry Promotion Law, the first national law regulating the country’s film industry. … The new Law keeps the censorship system, with some amendments, and adds provisions on promotion of the film industry.',
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://chinafilminsider.com/china-enacts-new-film-promotion-law/',
        title: 'China Film Insider',
        quote:
          'China’s long-awaited Film Promotion Law was enacted by the Standing Committee of the PRC National People’s Congress on November 7, 2016 and is set to take effect on March 1, 2017.',
        supports: ['aliases', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Supervision Law (2018) ─────────────────────────
  {
    id: 'document:supervision-law',
    name: 'Supervision Law',
    nameZh: '监察法',
    aliases: ['National Supervision Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2018-03-20',
    effective: '2018-03-20',
    summary:
      'Sets up supervision commissions, a new supervisory organ of the state, to supervise all public functionaries who exercise public power; it repealed the Administrative Supervision Law.',
    sources: [
      {
        url: 'http://loc.gov/law/foreign-news/article/china-supervision-law-enacted-establishing-a-new-state-supervisory-organ/',
        title: 'Library of Congress – Global Legal Monitor',
        quote:
          'On March 20, 2018, the National People’s Congress (NPC) of the People’s Republic of China (PRC or China) adopted the PRC Supervision Law.  Effective on the same day, the Law repealed the existing PRC Administrative Supervision Law and established a new supervisory organ of the state. … The supervision commissions are tasked with supervising all public functionaries who exercise public power.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://npcobserver.com/tag/supervision-law/',
        title: 'NPC Observer',
        quote:
          'The NPC Standing Committee (NPCSC) conducted a second reading of the draft Supervision Law (监察法) in late December 2017',
        supports: ['name', 'nameZh'],
      },
      {
        url: 'http://english.www.gov.cn/news/top_news/2019/03/11/content_281476558147704.htm',
        title: 'english.gov.cn (China Daily)',
        quote:
          'The amended Constitution and the National Supervision Law, passed in March 2018 at the first session of the 13th National People’s Congress, gave fundamental legal backing to the country’s supervision reform.',
        supports: ['aliases', 'issuers', 'adopted'],
      },
    ],
  },
  // ───────────────────────── Employment Promotion Law (2007) ─────────────────────────
  {
    id: 'document:employment-promotion-law',
    name: 'Employment Promotion Law',
    nameZh: '就业促进法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2007-08-30',
    effective: '2008-01-01',
    amended: ['2015-04-24'],
    summary:
      'Promotes employment through policy support, employment services, vocational training and employment aid, and gives workers a right to equal employment without discrimination on grounds of ethnicity, race, gender or religious belief.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=96793&lib=law',
        title: 'PKULaw (Chinalawinfo)',
        quote:
          "The Employment Promotion Law of the People's Republic of China, which was adopted at the 29th session of the Standing Committee of the Tenth National People's Congress of the People's Republic of China on August 30, 2007, is hereby promulgated and shall come into force as of January 1, 2008.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/employment-promotion-law-20150424',
        title: 'China Justice Observer',
        quote:
          "Employment Promotion Law of China (2015)\n\n就业促进法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Apr 24, 2015 … The Employment Promotion Law was promulgated in 2007 and amended in 2015 respectively.",
        supports: ['name', 'nameZh', 'issuers', 'amended'],
      },
      {
        url: 'http://cier.org.cn/english/ShowDatabase.asp?ID=125',
        title: 'China Institute for Employment Research',
        quote:
          "Article 3 Workers shall be entitled by law to enjoy the right to equal employment and to seek their own employment. No worker seeking employment shall suffer discrimination on the grounds of ethnicity, race, gender or religious belief.",
        supports: ['summary'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=96793&lib=law',
        title: 'PKULaw (Chinalawinfo)',
        quote:
          'Chapter II Policy Support  第二章 政策支持\n\nChapter III Fair Employment 第三章 公平就业\n\nChapter IV Employment Services and Management 第四章 就业服务和管理\n\nChapter V Vocational Education and Training 第五章 职业教育和培训\n\nChapter VI Employment Aids 第六章 就业援助',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────── Law on Promoting the Transformation of Scientific and Technological Achievements (1996) ─────────────────
  {
    id: 'document:law-on-promoting-transformation-of-scientific-and-technological-achievements',
    name: 'Law on Promoting the Transformation of Scientific and Technological Achievements',
    nameZh: '促进科技成果转化法',
    aliases: ['Law on Promotion of Transformation of Science and Technology Achievements'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1996-05-15',
    amended: ['2015-08-29'],
    summary:
      'Governs turning research results into products and industries: research institutes and universities may transfer, license or invest their scientific and technological achievements, with rewards for the researchers who made them.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/law-on-promoting-the-transformation-of-scientific-and-technological-achievements-20150829',
        title: 'China Justice Observer',
        quote:
          "Law on Promoting the Transformation of Scientific and Technological Achievements of China (2015)\n\n促进科技成果转化法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Aug 29, 2015\n\nEffective date Oct 01, 2015 … The Law on Promoting the Transformation of Scientific and Technological Achievements was promulgated in 1996 and amended in 2015 respectively. … 4.The state shall encourage research and development institutions and institutions of higher education to transfer scientific and technological achievements to enterprises or other organizations by assignment, license, investment as a trade-in, and other means.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://shndlaw.com/index.php/post/158',
        title: 'shndlaw.com',
        quote:
          "(Adopted at the 19th Session of the Standing Committee of the 8th National People's Congress of the People's Republic of China on May 15, 1996; and revised according to the Decision of the Standing Committee of the National People's Congress on Revising the Law of the People's Republic of China on Promoting the Transformation of Scientific and Technological Achievements at the 16th Session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on August 29)",
        supports: ['issuers', 'adopted'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=4ae46711-bb29-4dad-8d15-f52ca0947ac6',
        title: 'Lexology',
        quote:
          'On October 1, the new Law on Promotion of Transformation of Science and Technology Achievements has taken effects.\n\nThis Law was first established in 1996 … The Law now allows state-owned research institutes and universities to transfer or license the use of their discoveries or invest in them. In the absence of an agreement or contract between the parties who make the discoveries, at least half of the value of the invention would be paid to the contributing persons.',
        supports: ['aliases', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────────────────── Accounting Law (1985) ─────────────────────────
  {
    id: 'document:accounting-law',
    name: 'Accounting Law',
    nameZh: '会计法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1985-01-21',
    amended: ['1993-12-29', '1999-10-31', '2017-11-04', '2024-06-28'],
    summary:
      'Obliges state organs, companies, enterprises and other organisations to keep truthful and complete accounts under the state’s unified accounting system, with accounting supervision, accounting personnel and archives; the Ministry of Finance administers accounting work.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5431449-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Accounting Law of the People's Republic of China (Amended in 2024) … (Adopted at the 9th Meeting of the Standing Committee of the Sixth National People's Congress on January 21, 1985; amended for the first time in accordance with the Decision on Amending the Accounting Law of the People's Republic of China passed at the 5th Meeting of the Standing Committee of the Eighth National People's Congress on December 29, 1993; revised at the 12th Meeting … on October 31, 1999; amended for the second time … on November 4, 2017; and amended for the third time … on June 28, 2024.)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://news.cn/20240628/f9424e9b29694cd3baa6b7014e6485be/c.html',
        title: '新华网',
        quote:
          '新华社北京6月28日电\n全国人民代表大会常务委员会关于修改《中华人民共和国会计法》的决定\n(2024年6月28日第十四届全国人民代表大会常务委员会第十次会议通过)',
        supports: ['nameZh', 'issuers', 'amended'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/accounting-law-20171104',
        title: 'China Justice Observer',
        quote:
          '1.State organs, social organizations, companies, enterprises, institutions and other organizations (hereinafter generally referred to as units) must handle accounting affairs in accordance with this Law.\n\n2.The department of finance under the State Council shall administer the accounting work throughout the country.\n\n3.All units must set up account books according to law and ensure their truthfulness and completeness.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Postal Law (1986, revised 2009) ─────────────────────────
  {
    id: 'document:postal-law',
    name: 'Postal Law',
    nameZh: '邮政法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1986-12-02',
    amended: ['2009-04-24', '2012-10-26'],
    summary:
      'Governs universal postal services, the postal market and express delivery services; protects the freedom and privacy of correspondence and the security of postal information, and reserves the delivery of letters to postal enterprises.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-1558117-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Postal Law of the People's Republic of China (Amended in 2012) … (Adopted at the 18th meeting of the Standing Committee of the 6th National People's Congress on December 2, 1986 and revised at the 8th meeting of the Standing Committee of the 11th National People's Congress of the People's Republic of China on April 24, 2009, and amended at the 29th meeting of the Standing Committee of the 11th National People's Congress of the People's Republic of China on October 26, 2012) … Chapter VI Express Delivery Services",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://jooyee.com/en/article/detail?id=541',
        title: 'Jooyee (NPC translation)',
        quote:
          "Article 1 This Law is formulated for the purposes of safeguarding universal postal services, strengthening supervision and administration over the postal market, maintaining postal correspondence and information safety, protecting the freedom and privacy of correspondence, protecting the legitimate rights and interests of customers",
        supports: ['summary'],
      },
      {
        url: 'http://english.china.org.cn/government/central_government/2009-04/24/content_17669618.htm',
        title: 'China.org.cn',
        quote:
          "Chinese lawmakers on Friday adopted the amended Postal Law after days of a second reading to better protect public freedom and security in using mail services. … the Postal Law stipulated that delivery of letters in China was a monopoly of the postal",
        supports: ['name', 'amended', 'summary'],
      },
      {
        url: 'http://wstax.net/details/17/35909.html',
        title: 'wstax.net',
        quote: '中华人民共和国邮政法(附英文)\n颁布时间:1986-12-02',
        supports: ['nameZh', 'adopted'],
      },
    ],
  },
  // ───────────────────────── Resident Identity Cards Law (2003) ─────────────────────────
  {
    id: 'document:resident-identity-cards-law',
    name: 'Resident Identity Cards Law',
    nameZh: '居民身份证法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2003-06-28',
    effective: '2004-01-01',
    summary:
      'Requires Chinese citizens residing in China aged 16 or over to apply for a resident identity card, and makes the citizen identity number each citizen’s sole and unalterable permanent identity code.',
    sources: [
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/ricl257',
        title: 'AsianLII',
        quote:
          "RESIDENT IDENTITY CARDS LAW\n\nLaw of the People's Republic of China on Resident Identity Cards\n(Adopted at the 3rd Meeting of the Standing Committee of the Tenth National People's Congress on June 28, 2003 and promulgated by Order No.4 of the President of the People's Republic of China on June 28, 2003) … Article 2  Any Chinese citizen who has reached the age of 16 and who resides within the territory of the People's Republic of China shall, in accordance with the provisions of this Law, apply for the resident identity card",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=2883&CGid=',
        title: 'LawInfoChina',
        quote:
          "Law of the People's Republic of China on the Identity Card of Residents [Revised]\n中华人民共和国居民身份证法 [已被修订]\nOrder of the President of the People's Republic of China\nThe Law of the People's Republic of China on the Identity Card of Residents was adopted at the third meeting of the tenth Standing Committee of the National People's Congress of the People's Republic of China on June 28, 2003. It is hereby promulgated and shall be implemented as of January 1, 2004.",
        supports: ['nameZh', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/ricl257',
        title: 'AsianLII',
        quote:
          "The citizen's identity number is the sole and inalterable permanent identity code of a citizen, which is designed by the public security organ according to the national standard for citizens' identity numbers.",
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Enterprise State-owned Assets Law (2008) ─────────────────────────
  {
    id: 'document:enterprise-state-owned-assets-law',
    name: 'Enterprise State-owned Assets Law',
    nameZh: '企业国有资产法',
    aliases: ['Law on Enterprise State-Owned Assets', 'State-Owned Assets in Enterprises Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2008-10-28',
    effective: '2009-05-01',
    summary:
      'Governs the state’s capital contributions in enterprises: SASAC and other bodies perform investor duties for state-invested enterprises; rules on restructuring, related-party transactions, asset valuation and transfers of state-owned assets to prevent their loss.',
    sources: [
      {
        url: 'https://www.shndlaw.com/post/155',
        title: 'shndlaw.com',
        quote:
          "Adopted at the Fifth Session of the Standing Committee of the Eleventh National People's Congress on October 28, 2008, the Enterprise State-owned Assets Law of the People's Republic of China is hereby promulgated and comes into effect on May 1, 2009.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/state-owned-assets-in-enterprises-law-of-china-20081028/intro',
        title: 'China Justice Observer',
        quote:
          "State-Owned Assets in Enterprises Law of China (2008)\n\n企业国有资产法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Oct 28, 2008\n\nEffective date May 01, 2009 … 3.The State-owned Assets Supervision and Administration Commission under the State Council and state-owned assets supervision and administration organs established by local governments perform investors’ duties for state-invested enterprises on behalf of the governments at the same level. (Article 11)\n\n4.Any transfer of state-owned assets … shall prevent any loss of state-owned assets",
        supports: ['nameZh', 'aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://loc.gov/law/foreign-news/article/china-law-on-enterprise-state-owned-assets-passed/',
        title: 'Library of Congress – Global Legal Monitor',
        quote:
          "On October 28, 2008, after years of debate and repeated revisions, the Law on Enterprise State-Owned Assets of the People's Republic of China was approved by the Standing Committee of the 11th National People's Congress (NPC). Effective from May 1, 2009, the Law is designed to strengthen protection and management of the state-owned assets.",
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.shndlaw.com/post/155',
        title: 'shndlaw.com',
        quote:
          'Section II Enterprise Restructuring\nSection III Associated Party Transactions\nSection IV Asset Assessments\nSection V Transfers of State-owned Assets',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Work Safety Law (2002) ─────────────────────────
  {
    id: 'document:work-safety-law',
    name: 'Work Safety Law',
    nameZh: '安全生产法',
    aliases: ['Law on Work Safety'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2002-06-29',
    promulgated: '2002-06-29',
    effective: '2002-11-01',
    amended: ['2021-06-10'],
    summary:
      'Governs work safety in production and business operations, making the principal person in charge of an entity first responsible for its safety; the 2021 revision raised penalties and covers emerging sectors such as the platform economy.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/work-safety-law-of-the-people-s-republic-of-china20210610',
        title: 'China Justice Observer',
        quote:
          "Work Safety Law of China (2021)\n\n安全生产法\n\nType of laws Law\n\nIssuing body Standing Committee of the National People's Congress\n\nPromulgating date Jun 10, 2021\n\nEffective date Sep 01, 2021 … Work Safety Law was promulgated on 29 June 2002, and amended in 2009, 2014, and 2021 respectively. The latest revision entered into force on 1 Sept. 2021. … The principal persons in charge of a production and business operation entity shall be the first person responsible for the work safety in the entity",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3986080-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "The Decision of the Standing Committee of the National People's Congress on Revising the Work Safety Law of the People's Republic of China, which was adopted at the 29th Session of the Standing Committee of the 13th National People's Congress of the People's Republic of China on June 10, 2021, is hereby issued and shall come into force as of September 1, 2021.",
        supports: ['name', 'issuers', 'amended'],
      },
      {
        url: 'https://enviliance.com/regions/east-asia/cn/report_2881',
        title: 'Enviliance ASIA',
        quote:
          'On June 11, 2021, the 2021 amendment of “Law of the People’s Republic of China on Work Safety” (hereinafter abbreviated as “2021 amendment”) was promulgated. … Law of work safety was enacted in 2002',
        supports: ['amended'],
      },
      {
        url: 'https://www.diacrongroup.com/en/tax-news/china-increases-penalties-for-workplace-safety-violations-in-new-law-amendment/',
        title: 'Diacron Group (China Daily)',
        quote:
          'The amendment stipulates heavier penalties for workplace safety violations by production and business operation entities and their responsible persons.\n\nIt also adds provisions concerning the new situation of workplace safety in emerging industries, including the platform economy',
        supports: ['summary'],
      },
      {
        url: 'https://enviliance.com/regions/east-asia/cn/report_2881',
        title: 'Enviliance ASIA',
        quote: 'Amendment of Law on Work Safety approved in China',
        supports: ['aliases'],
      },
      {
        url: 'https://m.biud.com.cn/news-view-id-11495.html',
        title: 'biud.com.cn (中华人民共和国主席令第70号)',
        quote:
          '中华人民共和国主席令第70号\n《中华人民共和国安全生产法》已由中华人民共和国第九届全国人民代表大会常务委员会第二十八次会议于2002年6月29日通过,现予公布,自2002年11月1日起施行。\n中华人民共和国主席江泽民\n2002年6月29日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────────────────── Law on Promotion of Small and Medium-sized Enterprises (2002) ─────────────────────────
  {
    id: 'document:law-on-promotion-of-small-and-medium-sized-enterprises',
    name: 'Law on Promotion of Small and Medium-sized Enterprises',
    nameZh: '中小企业促进法',
    aliases: ['Small and Medium-sized Enterprise Promotion Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2002-06-29',
    amended: ['2017-09-01'],
    summary:
      'Law promoting small and medium-sized enterprises: fiscal and tax support, financing promotion, support for entrepreneurship and innovation, market development, services and protection of their rights and interests.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3135355-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Law of the People's Republic of China on the Promotion of Small and Medium-sized Enterprises\n(Adopted at the 28th Session of the Standing Committee of the Ninth National People's Congress on June 29, 2002, and revised at the 29th Session of the Standing Committee of the 12th National People's Congress on September 1, 2017) … Chapter II Financial and Tax Support\nChapter III Financing Promotion\nChapter IV Support for Entrepreneurship\nChapter V Innovation Support\nChapter VI Market Development\nChapter VII Service Measures\nChapter VIII Protection of Rights and Interests",
        supports: ['kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/law-on-promotion-of-small-and-medium-sized-enterprises-20170901',
        title: 'China Justice Observer',
        quote:
          'The Law on Promotion of Small and Medium-Sized Enterprises was promulgated in 2002 and amended in 2017 respectively. The latest revision entered into force on January 1, 2018.',
        supports: ['name', 'adopted', 'amended'],
      },
      {
        url: 'https://qikanchina.com/thesis/view/1776193',
        title: '期刊中国 (中国中小企业)',
        quote: '《中华人民共和国中小企业促进法》自2003年起正式实施,对改善中小企业经营环境,促进中小企业健康发展',
        supports: ['nameZh'],
      },
      {
        url: 'https://www.kslaw.com/blog-posts/china-enhances-supports-for-small-and-medium-sized-enterprises',
        title: 'King & Spalding',
        quote:
          'On September 1, 2017, the Standing Committee of the National People’s Congress of China passed the amended Small and Medium-sized Enterprise Promotion Law of the People’s Republic of China',
        supports: ['aliases', 'issuers', 'amended'],
      },
    ],
  },
  // ───────────────────────── Energy Law (2024) ─────────────────────────
  {
    id: 'document:energy-law',
    name: 'Energy Law',
    nameZh: '能源法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2024-11-08',
    effective: '2025-01-01',
    summary:
      'China’s first overarching energy statute: energy planning, development and utilisation (hydrogen now brought into energy management), the energy market system, reserves and emergency response, and energy science and technology innovation.',
    sources: [
      {
        url: 'http://en.cnste.org/html/csp/2024/1109/1840.html',
        title: 'China Society for Technology Economics (CNSTE)',
        quote:
          '11月8日,十四届全国人大常委会第十二次会议表决通过《中华人民共和国能源法》。这部法律共九章,主要内容包括总则、能源规划、能源开发利用、能源市场体系、能源储备和应急、能源科技创新、监督管理、法律责任、附则等,自2025年1月1日起施行。 … On November 8, the 12th session of the Standing Committee of the 14th National People\'s Congress voted to pass the Energy Law of the People\'s Republic of China. The nine-chapter law, which will take effect on January 1, 2025, includes general provisions, energy planning, energy development and utilization, energy market system, energy reserve and emergency response, energy science and technology innovation',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://junhe.com/legal-updates/2549',
        title: 'JunHe',
        quote:
          'On November 8, 2024, the Standing Committee of 14th National People’s Congress enacted the Energy Law of the People’s Republic of China at its 12th session. This marks the promulgation of China’s first overarching national statute governing the energy sector, which will take effect on January 1, 2025.',
        supports: ['name', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://practicesource.com/china-issues-energy-law-directives/',
        title: 'PracticeSource (Dialogue Earth)',
        quote:
          'Notably, the Energy Law also formally incorporates hydrogen, the management of which was previously under the hazardous chemicals designation, into the energy management system, on par with other energy sources',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Exit and Entry Administration Law (2012) ─────────────────────────
  {
    id: 'document:exit-and-entry-administration-law',
    name: 'Exit and Entry Administration Law',
    nameZh: '出境入境管理法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2012-06-30',
    effective: '2013-07-01',
    summary:
      'Governs the exit and entry of Chinese citizens, the entry, exit, stay and residence (including permanent residence) of foreigners and border inspection, under the Ministry of Public Security and the Ministry of Foreign Affairs.',
    sources: [
      {
        url: 'http://yuzhou.bendibao.com/pve/20151117/174.shtm',
        title: '禹州本地宝',
        quote:
          '《中华人民共和国出境入境管理法》已由中华人民共和国第十一届全国人民代表大会常务委员会第二十七次会议于2012年6月30日通过,现予公布,自2013年7月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://wenzhoudaily.cn/ServicesShow?article_id=35',
        title: 'Wenzhou Daily',
        quote:
          "The Exit and Entry Administration Law of the People's Republic of China,adopted at the 27th meeting of the Standing Committee of the Eleventh National People’s Congress of the People’s Republic of China on June 30, 2012, and is hereby promulgated and shall come into force as of July 1, 2013.",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://en.gxzf.gov.cn/2018-08/21/c_265083.htm',
        title: 'Guangxi Zhuang Autonomous Region People’s Government',
        quote:
          "Article 2 This Law is applicable to the administration of exit and entry of Chinese citizens, entry and exit of foreigners, stay and residence of foreigners in China, and the exit/entry border inspection of transport vehicles. … Article 4 The Ministry of Public Security and the Ministry of Foreign Affairs shall, within the scope of their respective responsibilities, be responsible for administering exit/entry affairs.",
        supports: ['name', 'summary'],
      },
      {
        url: 'http://en.gxzf.gov.cn/2018-08/21/c_265083.htm',
        title: 'Guangxi Zhuang Autonomous Region People’s Government',
        quote:
          "Exit and Entry Administration Law of the People's Republic of China\n\n(Adopted at the 27th meeting of the Standing Committee of the Eleventh National People's Congress on June 30, 2012) … Chapter IV Stay and Residence of Foreigners\n\n   Section 1 Stay and Residence\n\n   Section 2 Permanent Residence",
        supports: ['name', 'issuers', 'adopted', 'summary'],
      },
    ],
  },
];
