/**
 * Curated core layer: national laws and State Council administrative regulations that TMT, trade
 * and compliance pages cite beside the data and cyber rules — the Foreign State Immunity Law (2023),
 * the Administrative Licensing, Administrative Reconsideration and Administrative Procedure Laws,
 * the Legislation Law, the Public Security Administration Punishments Law (revised 2025), the
 * Arbitration Law (revised 2025), the Tariff Law (2024), the Atomic Energy Law (2025), the Statistics
 * Law, and the State Council's regulations on government information disclosure, on optimizing the
 * business environment, on the import and export of goods and on funeral
 * management. Every filled field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_LAWS_16: CoreInstrument[] = [
  // ───────────────────────── Foreign State Immunity Law (2023) ─────────────────────────
  {
    id: 'document:foreign-state-immunity-law',
    name: 'Foreign State Immunity Law',
    nameZh: '外国国家豁免法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2023-09-01',
    effective: '2024-01-01',
    summary:
      'Moves China from absolute to restrictive state immunity: foreign states and their property stay immune from Chinese courts except in the cases the law lists (such as commercial activities), with reciprocity where a foreign state grants China less immunity.',
    sources: [
      {
        url: 'https://npcobserver.com/tag/foreign-state-immunity-law/',
        title: 'NPC Observer',
        quote:
          'On September 1, 2023, China’s top legislature, the Standing Committee of the National People’s Congress (NPCSC), adopted the Foreign State Immunity Law (Law) [外国国家豁免法], which will take effect on January 1, 2024. The Law marks a historic change in China’s stance on foreign state immunity—a doctrine that shields states and their property from the jurisdiction of foreign courts',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://english.scio.gov.cn/m/chinavoices/2023-09/02/content_111200459.htm',
        title: 'SCIO (Xinhua)',
        quote:
          "The law has 23 provisions and stipulates that China will move away from the absolute theory of foreign state immunity and adopt the restrictive theory of foreign state immunity. … \"Unless otherwise provided for by this law, foreign states and their property shall be immune from the jurisdiction of the courts of the People's Republic of China,\" the law reads. … The law stipulates a principle of reciprocity in state immunity.",
        supports: ['summary'],
      },
      {
        url: 'https://scmp.com/news/china/diplomacy/article/3233143/long-overdue-chinas-new-foreign-state-immunity-law-will-align-it-western-practices',
        title: 'South China Morning Post',
        quote:
          'From January 1, 2024, sovereign states or entities authorised to act on their behalf that are involved in certain territorial torts or commercial activities will no longer be immune from prosecution in China.',
        supports: ['effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Administrative Licensing Law (2003) ─────────────────────────
  {
    id: 'document:administrative-licensing-law',
    name: 'Administrative Licensing Law',
    nameZh: '行政许可法',
    aliases: ['Administrative License Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2003-08-27',
    effective: '2004-07-01',
    amended: ['2019-04-23'],
    summary:
      'Governs the establishment and implementation of administrative licences (permission an administrative body grants on application, after review, to engage in specific activities).',
    sources: [
      {
        url: 'http://zzjt.zaozhuang.gov.cn/zwgk/zcfg/flfg/gjflfg/201512/t20151217_204002.html',
        title: '枣庄市交通运输局',
        quote:
          '中华人民共和国主席令\n第 七 号\n\n  《中华人民共和国行政许可法》已由中华人民共和国第十届全国人民代表大会常务委员会第四次会议于2003年8月27日通过,现予公布,自2004年7月1日起施行。 … 第二条本法所称行政许可,是指行政机关根据公民、法人或者其他组织的申请,经依法审查,准予其从事特定活动的行为。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://appinchina.co/government-documents/law-of-the-peoples-republic-of-china-on-administrative-licensing-revised-in-2019',
        title: 'AppInChina',
        quote:
          'Promulgation Authorities: Standing Committee of the National People’s Congress\nRelease Date: 2019-04-23\nEffective Date: 2019-04-23\nArticle 1 This Law is formulated in accordance with the Constitution to standardise establishment and implementation of administrative licensing',
        supports: ['issuers', 'amended', 'summary'],
      },
      {
        url: 'https://m.taodocs.com/p-378949.html',
        title: 'taodocs (bilingual text)',
        quote:
          "The Administrative License Law of the People's Republic of China has been adopted at the 4th session of the mittee of the 10th National People's Congress of the People's Republic of China on August 27, 2003.",
        supports: ['aliases', 'adopted'],
      },
      {
        url: 'http://hk.lexiscn.com/law/content.php?content_type=T&origin_id=3415870&provider_id=1&isEnglish=Y',
        title: 'LexisNexis China',
        quote:
          'Administrative Licensing Law of the People\'s Republic of China (Amended in 2019)\n\nOrder of the President of the People\'s Republic of China No. 29\n\nApril 23, 2019\n\n(Adopted at the Fourth Meeting of the Standing Committee of the Tenth National People\'s Congress of the People\'s Republic of China on August 27, 2003',
        supports: ['name'],
      },
    ],
  },
  // ───────────────────────── Legislation Law ─────────────────────────
  {
    id: 'document:legislation-law',
    name: 'Legislation Law',
    nameZh: '立法法',
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2000',
    amended: ['2015', '2023-03-13'],
    summary:
      'Sets who may make laws, administrative regulations, local regulations and rules, how they are made, and the hierarchy of legal norms with its recording and review mechanism; amended 2015 and 2023.',
    sources: [
      {
        url: 'https://subsites.chinadaily.com.cn/npc/2023-03/15/c_869425.htm',
        title: 'China Daily (Xinhua)',
        quote:
          "China's national legislature passed an amendment to the Legislation Law on Monday … The amendment was adopted at the closing meeting of the first session of the 14th National People's Congress (NPC). The amended law will come into effect on March 15. … The Legislation Law, considered a foundation of China's legal system, regulates how national laws, government regulations and local laws come into shape and which organizations hold the legislative power.\n\nThe law was first adopted in 2000 and amended in 2015.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://npcobserver.com/2023/02/china-npc-2023-legislation-law-amendments/',
        title: 'NPC Observer',
        quote:
          'This year’s bill was amendments to the Legislation Law [立法法] (Bill), previously reviewed in October and December 2022. The Legislation Law is an important statute with semi-constitutional status. It serves three principal purposes: it demarcates the legislative authority of various state institutions; regulates (to varying extents) their legislative procedures; and prescribes a hierarchy of legal norms, along with the attendant mechanism to enforce that hierarchy, called “recording and review” [备案审查].',
        supports: ['name', 'nameZh', 'kind', 'summary'],
      },
      {
        url: 'https://www.breakinglatest.news/news/decision-of-the-national-peoples-congress-on-amending-the-legislation-law-of-the-peoples-republic-of-china/',
        title: 'Breaking Latest News (Xinhua text)',
        quote:
          'Decision of the National People’s Congress on Amending the “Legislation Law of the People’s Republic of China“\n\n(Adopted at the First Session of the Fourteenth National People’s Congress on March 13, 2023)',
        supports: ['issuers', 'amended'],
      },
    ],
  },
  // ─────────────── Public Security Administration Punishments Law (revised 2025) ───────────────
  {
    id: 'document:public-security-administration-punishments-law',
    name: 'Public Security Administration Punishments Law',
    nameZh: '治安管理处罚法',
    aliases: ['Law on Penalties for Administration of Public Security', 'Public Security Administration Punishment Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2005-08-28',
    effective: '2006-03-01',
    amended: ['2025-06-27'],
    summary:
      'Sets administrative punishments for disturbing public order, endangering public safety, infringing rights of person and property or hampering social administration; the 2025 revision, in force 1 January 2026, adds penalties such as for the illegal sale of personal information.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-revises-public-security-administration-punishments-law',
        title: 'China Justice Observer',
        quote:
          'On 27 June 2025, China’s top legislature, the Standing Committee of the National People’s Congress, adopted the newly revised “Law of the People’s Republic of China on Public Security Administration Punishments” (治安管理处罚法(2025修订), hereinafter the “Revision”), which will come into force on 1 Jan. 2026. … Additionally, the law introduces new penalties for the abuse of children, the elderly, and the disabled, as well as the illegal sale of personal information',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2025/0627/c90000-20333496.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          "Chinese lawmakers on Friday voted to adopt a revised version of the Law on Penalties for Administration of Public Security at a session of the Standing Committee of the National People's Congress.\n\nThe revised law, consisting of 144 articles in six chapters, will take effect on Jan. 1, 2026. … The current version of the law was adopted in 2005 and came into effect on March 1, 2006.",
        supports: ['aliases', 'issuers', 'amended', 'adopted', 'effective'],
      },
      {
        url: 'http://law.lenchy.com/law/c859201a299943b3a195ac315ca85c18',
        title: 'lenchy.com (law text)',
        quote:
          "中华人民共和国治安管理处罚法 Law of the People’s Republic of China on Penalties for Administration of Public Security\n(Adopted at the 17th Meeting of the Standing Committee of the Tenth National People's Congress on August 28, 2005) … is hereby promulgated and shall go into effect as of March 1, 2006. … Article 2 A person who disturbs public order, endangers public safety, infringes on the rights of person and property or hampers social administration",
        supports: ['nameZh', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.outlooknewera.com.cn/pcen/info_view.php?VID=73261&tab=mynews',
        title: 'Outlook New Era',
        quote:
          "The newly revised Public Security Administration Punishment Law will be implemented on January 1st next year, providing a solid basis for safeguarding citizens' rights\n2025-12-31\nThe newly revised Law of the People's Republic of China on Public Security Administration Punishments will officially come into effect on January 1, 2026.",
        supports: ['aliases', 'amended'],
      },
    ],
  },
  // ─────────────── Regulations on Government Information Disclosure (2007, revised 2019) ───────────────
  {
    id: 'document:regulations-on-government-information-disclosure',
    name: 'Regulations on Government Information Disclosure',
    nameZh: '政府信息公开条例',
    aliases: ['Open Government Information Regulation', 'Regulations on the Disclosure of Government Information'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2007-04-05',
    amended: ['2019-04-03'],
    summary:
      'State Council regulations on government information disclosure, so that citizens, legal persons and other organizations can obtain government information according to law; the State Council General Office oversees the work nationwide. Revised 2019 (Order No. 711).',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=224284',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Open Government Information Regulation of the People's Republic of China (2019 Revision)\n中文\nDocument Number:中华人民共和国国务院令(第711号) Issuing Authority:State Council … (Issued by Order No. 492 of the State Council of the People's Republic of China on April 5, 2007 and revised by Order No. 711 of the State Council of the People's Republic of China on April 3, 2019)",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://en.dl.gov.cn/art/2021/5/13/art_7111_1973056.html',
        title: 'Dalian Municipal Government',
        quote:
          "Regulations of the People's Republic of China on the Openness of Government Information\n\nOrder of the State Council of the People's Republic of China\n\nNo 711 … Regulations of the People's Republic of China on government Information Disclosure … Article 1 These Regulations are formulated in order to ensure that citizens, legal persons and other organizations obtain government information according to law, improve the transparency of government work … The General Office of the State Council is the competent department of government information disclosure throughout the country",
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://www.027life.cn/174.html',
        title: '027life.cn',
        quote:
          'Order No. 711 of the State Council of the People’s Republic of China\nhereby promulgates the revised “Regulations of the People’s Republic of China on the Disclosure of Government Information”, which will come into effect on May 15, 2019.\nPremier Li Keqiang\n‘s\n“Regulations on the Disclosure of Government Information of the People’s Republic of China” of April 3,\n2019',
        supports: ['name', 'aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://kuaihz.com/tid5/tid498_793761.html',
        title: 'kuaihz.com',
        quote: '《政府信息公开条例》(以下简称《条例》)实施十年来,在提高政府工作透明度,促进依法行政,为公众提供服务方面取得了显著成就。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ───────────────────────── Tariff Law (2024) ─────────────────────────
  {
    id: 'document:tariff-law',
    name: 'Tariff Law',
    nameZh: '关税法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2024-04-26',
    effective: '2024-12-01',
    summary:
      'Raises the import and export duty rules from a State Council regulation to a law; it sets obligations for cross-border e-commerce platforms and codifies the power to impose counter-tariffs on imports.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/a/china-enacts-tariff-law',
        title: 'China Justice Observer',
        quote:
          'On 26 Apr. 2024, the Chinese legislative body, the National People’s Congress (NPC) Standing Committee, adopted the “Tariff Law of the People’s Republic of China”(中华人民共和国关税法, hereinafter the “Tariff Law”), which shall come into force on 1 Dec. 2024. … The Tariff Law was promulgated based on its predecessor “Regulations on Import and Export Duties of the People’s Republic of China”(中华人民共和国进出口关税条例), a piece of administrative regulation',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.china-briefing.com/news/chinas-tariff-law-consolidating-and-codifying-chinas-tariff-regulations/?rand=35414',
        title: 'China Briefing (Dezan Shira)',
        quote:
          'Among other changes, it stipulates provisions for the Chinese government to impose counter-tariffs on imported goods, codifying these powers into law for the first time. … For instance, Article 3 of the Tariff Law clarifies the obligations of cross-border e-commerce platform',
        supports: ['summary'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=232255',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Tariff Law of the People's Republic of China\nOrder of the President of the People's Republic of China\n(No. 23)\nThe Tariff Law of the People's Republic of China, as adopted at the 9th Session of the Standing Committee of the Fourteenth National People's Congress of the People's Republic of China on April 26, 2024, is hereby issued, and shall come into force on December 1, 2024.",
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Administrative Reconsideration Law (revised 2023) ─────────────────────────
  {
    id: 'document:administrative-reconsideration-law',
    name: 'Administrative Reconsideration Law',
    nameZh: '行政复议法',
    aliases: ['Law on Administrative Reconsideration'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1999-04-29',
    amended: ['2009-08-27', '2017-09-01', '2023-09-01'],
    summary:
      'Lets citizens and organizations ask a higher administrative organ to review an administrative act; the 2023 revision, in force 1 January 2024, makes reconsideration the main channel for administrative disputes and widens its scope.',
    sources: [
      {
        url: 'https://ciplawyer.com/articles/156054.html',
        title: 'China IP Lawyer (law text)',
        quote:
          "(Adopted at the 9th Session of the Standing Committee of the Ninth National People's Congress of the People's Republic of China on April 29, 1999, amended for the first time according to the Decision to Revise Some Laws at the 10th Session of the Standing Committee of the Eleventh National People's Congress on August 27, 2009, amended for the second time according to the Decision to Amend Eight Laws Including the Judges Law of the People's Republic of China at the 29th Session of the Standing Committee of the Twelfth National People's Congress on September 1, 2017, and revised at the 5th Session of the Standing Committee of the Fourteenth National People's Congress on September 1, 2023)",
        supports: ['kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.mondaq.com/china/trademark/1368852/the-standing-committee-of-the-national-peoples-congress-npc-passes-the-decision-on-amending-the-administrative-reconsideration-law-of-the-peoples-republic-of-china',
        title: 'Mondaq (AFD China)',
        quote:
          "On September 1, 2023, the NPC issued Presidential Order No. 9, promulgating the newly revised Administrative Reconsideration Law of the People's Republic of China. The revised law will come into effect on January 1, 2024. … expands the scope of administrative reconsideration",
        supports: ['name', 'amended', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2023/0901/c90000-20066610.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          "Chinese lawmakers on Friday voted to adopt a revised Law on Administrative Reconsideration aimed at enhancing the resolution of administrative disputes. … Under this revised law, administrative reconsideration will serve as the main channel for resolving administrative disputes … The revised law, passed at a session of the National People's Congress Standing Committee, will take effect on Jan. 1, 2024.",
        supports: ['aliases', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'http://kepingji.com/news/201211/25140817431.html',
        title: 'kepingji.com',
        quote:
          '行政复议的基本法律依据是《中华人民共和国行政复议法》(以下简称《行政复议法》)。 … 行政诉讼的基本法律依据是《中华人民共和国行政诉讼法》(以下简称《行政诉讼法》)。',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────────────────── Administrative Procedure Law (1989) ─────────────────────────
  {
    id: 'document:administrative-procedure-law',
    name: 'Administrative Procedure Law',
    nameZh: '行政诉讼法',
    aliases: ['Administrative Litigation Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1989-04-04',
    effective: '1990-10-01',
    amended: ['2014-11-01', '2017-06-27'],
    summary:
      'China’s framework for suing administrative organs: courts review the legality of administrative acts challenged by citizens, legal persons and other organizations.',
    sources: [
      {
        url: 'https://www.shndlaw.com/post/229',
        title: 'shndlaw.com (law text)',
        quote:
          "Administrative Procedure Law of the People's Republic of China (Revised in 2017)\n\nOrder of the President of the People's Republic of China No. 71\n\nJune 27, 2017\n\n(Passed on April 4, 1989 by the 2nd Session of the 7th National People's Congress, and amended for the first time according to the Decision on Revising the Administrative Procedure Law of the People's Republic of China at the 11th Session of the Standing Committee of the 12th National People's Congress on November 1, 2014, and amended for the second time",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/administrative-procedure-law-of-china-20170627/enchn',
        title: 'China Justice Observer',
        quote:
          'The Administrative Procedure Law was promulgated in 1989, and amended in 2014 and 2017 respectively. The latest revision entered into force on July 1, 2017. … When hearing an administrative case, a people’s court shall check the legality of the relevant administrative act.',
        supports: ['name', 'amended', 'summary'],
      },
      {
        url: 'http://hk-lawyer.org/content/administrative-procedure-law-amended',
        title: 'Hong Kong Lawyer',
        quote:
          'The Administrative Procedure Law of the People’s Republic of China 2014 (Administrative Procedure Law, also known as the Administrative Litigation Law (行政訴訟法)) is China’s framework for the judicial review of administrative decisions.',
        supports: ['nameZh', 'aliases', 'summary'],
      },
      {
        url: 'https://m.dbpia.com/journal/articleDetail?nodeId=NODE09007710',
        title: 'DBpia (journal abstract)',
        quote:
          'The Chinese "Administrative Procedural Law" was legislated in April 1989, and was enacted on October 1, 1990.',
        supports: ['adopted', 'effective'],
      },
    ],
  },
  // ───────────────────────── Arbitration Law (1994, revised 2025) ─────────────────────────
  {
    id: 'document:arbitration-law',
    name: 'Arbitration Law',
    nameZh: '仲裁法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1994-08-31',
    amended: ['2025-09-12'],
    summary:
      'Governs arbitration agreements, institutions and proceedings; the 2025 revision, in force 1 March 2026, confirms online arbitration, adds the seat of arbitration and allows ad hoc arbitration in some foreign-related cases.',
    sources: [
      {
        url: 'https://seahonor.com/en/industry/info/compliance-74-EN',
        title: 'SeaHonor',
        quote:
          "Arbitration Law of the People's Republic of China (2025 Revision)\n\n \n\n \n\nIssued by:    Standing Committee of the National People's Congress\nIssue No.:    Order of the President of the People's Republic of China No. 54\nRelease Date:    September 12, 2025\nEffective date:    March 1, 2026",
        supports: ['name', 'kind', 'status', 'issuers', 'amended'],
      },
      {
        url: 'https://www.taylorwessing.com.cn/fr/insights-and-events/insights/2025/09/china-amended-arbitration-law',
        title: 'Taylor Wessing',
        quote:
          "On September 12, 2025, the 17th Session of the Standing Committee of the 14th National People's Congress of China amended the Arbitration Law of the People's Republic of China. The amended Arbitration Law will take effect on March 1, 2026. Key revisions include the following:\n- The amended Arbitration Law clarifies the legal validity of arbitration proceedings conducted online. … Special arbitration (ad-hoc arbitration) not administered by an institution is permitted for specific foreign-related cases.",
        supports: ['name', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'http://www.chnlawyer.net/English/law/370.html',
        title: 'chnlawyer.net (law text)',
        quote:
          'Arbitration Law of the Peoples Republic of China … (Adopted at the 8th Session of the Standing Committee of  the  8thNational People’s Congress and Promulgated on August 31, 1994)',
        supports: ['name', 'issuers', 'adopted'],
      },
      {
        url: 'https://lcbackerblog.blogspot.com/2024/11/draft-revisions-to-chinas-artibration.html?m=0',
        title: 'Law at the End of the Day (blog)',
        quote: 'The Text of the Revision may be accessed HERE … 关于《中华人民共和国仲裁法(修订草案)》的说明',
        supports: ['nameZh'],
      },
      {
        url: 'https://bzwlaw.com/?p=5690',
        title: 'bzwlaw.com',
        quote:
          'The most revolutionary change in the New Arbitration Law is the formal establishment of the “seat of arbitration” system.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────────────── Atomic Energy Law (2025) ─────────────────────────
  {
    id: 'document:atomic-energy-law',
    name: 'Atomic Energy Law',
    nameZh: '原子能法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2025-09-12',
    effective: '2026-01-15',
    summary:
      'China’s first comprehensive law on the research, development and peaceful use of atomic energy: nuclear fuel cycle, reactors and nuclear technology, safety oversight, and licensing of nuclear and nuclear dual-use exports.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=235187',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "The Atomic Energy Law of the People's Republic of China, as adopted at the 17th Session of the Standing Committee of the Fourteenth National People's Congress of the People's Republic of China on September 12, 2025, is hereby issued with effect from January 15, 2026. … Chapter III Nuclear Fuel Cycle\nChapter IV Utilization\nSection 1 Application of Nuclear Reactors\nSection 2 Application of Nuclear Technology\nChapter V Safety Supervision and Administration\nChapter VI Import and Export",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://epaper.cenews.com.cn/html/2025/20251029/20251029_007/20251029_007_06_4427.html',
        title: '中国环境报',
        quote:
          '2025年9月12日,第十四届全国人民代表大会常务委员会第十七次会议表决通过了《中华人民共和国原子能法》(以下简称《原子能法》),将于2026年1月15日起施行。这部历经数十年酝酿的法律是我国原子能领域综合性、基础性法律',
        supports: ['nameZh', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://udn.com/news/story/7331/9002813',
        title: '聯合報',
        quote:
          '大陸第十四屆全國人大常委會第十七次會議昨通過《中華人民共和國原子能法》，並經大陸國家主席習近平於今天公布，自2026年1月15日起施行。這一中國大陸首部規範原子能利用的新法規定，國家依法對核子以及核兩用物項出口進行嚴格管制，實施許可證制度。',
        supports: ['nameZh', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────────────── Statistics Law ─────────────────────────
  {
    id: 'document:statistics-law',
    name: 'Statistics Law',
    nameZh: '统计法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1983-12-08',
    amended: ['1996-05-15', '2009-06-27', '2024-09-13'],
    summary:
      'Governs statistical surveys, the management and publication of statistical data, statistical agencies and personnel, and supervision and inspection; the 2024 amendment focuses on statistical supervision, preventing and punishing statistical fraud, and sharing statistical information.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5520455-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Statistics Law of the People's Republic of China (Amended in 2024)\nOrder of the President of the People's Republic of China No. 31\nSeptember 13, 2024\n(Adopted at the 3rd session of the Standing Committee of the 6th National People's Congress on December 8, 1983; amended in accordance with the Decision on Revising the Statistics Law of the People's Republic of China at the 19th session of the Standing Committee of the 8th National People's Congress on May 15, 1996; revised at the 9th session of the Standing Committee of the 11th National People's Congress on June 27, 2009; revised in accordance with the Decision",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=233334',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "amended in accordance with the Decision of the Standing Committee of the National People's Congress to\nAmend the Statistics Law of the People's Republic of China adopted at the 11th Session of the Standing Committee of the Fourteenth\nNational People's Congress of the People's Republic of China on September 13,\n2024) … Chapter II Statistical Investigation Management\nChapter III Management and Publication of Statistical Data\nChapter IV Statistic Institutions and Statistical Personnel\nChapter V Supervision and Inspection",
        supports: ['issuers', 'amended', 'summary'],
      },
      {
        url: 'http://www.hlx.gov.cn/zfxxgk/fdzdgknr/tjxx/1858694569697447938.html',
        title: '汉川市人民政府 (hlx.gov.cn)',
        quote:
          '《中华人民共和国统计法》是1983年12月8日第六届全国人民代表大会常务委员会第三次会议会议通过,根据1996年5月15日第八届全国人民代表大会常务委员会第十九次会议《关于修改<中华人民共和国统计法>的决定》修正;2009年6月27日第十一届全国人民代表大会常务委员会第九次会议修订 … 2024年9月13日,十四届全国人民代表大会常务委员会第十一次会议通过了《全国人民代表大会常务委员会关于修改<中华人民共和国统计法>的决定》。此次统计法修改是在保持现行统计法制度框架基本不变的基础上,重点在统计监督、防范和惩治统计造假、统计信息共享等方面,对统计法进行了补充修改和完善',
        supports: ['nameZh', 'issuers', 'adopted', 'amended', 'summary'],
      },
    ],
  },
  // ─────────────── Regulations on Optimizing the Business Environment (State Council Order No. 722, 2019) ───────────────
  {
    id: 'document:regulations-on-optimizing-business-environment',
    name: 'Regulations on Optimizing the Business Environment',
    nameZh: '优化营商环境条例',
    aliases: ['Regulation on Optimizing the Business Environment', 'Regulation on Optimising Business Environment'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2019-10-08',
    promulgated: '2019-10-22',
    effective: '2020-01-01',
    summary:
      'State Council regulations to improve the business environment for all market entities: equal treatment, protection of rights incl. intellectual property, open and fair government procurement, and no payment arrears to small and medium-sized enterprises.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=891ab78acdf7d754bdfb&lib=law',
        title: 'PKULAW',
        quote:
          "Regulation on Optimizing the Business Environment [Effective]\n优化营商环境条例 [现行有效]\n\nOrder of the State Council of the People's Republic of China \n\n\n(No. 722) (第722号)\n\nThe Regulation on Optimizing the Business Environment as adopted at the 66th executive meeting of the State Council on October 8, 2019, is hereby issued and shall come into force on January 1, 2020. 《优化营商环境条例》已经2019年10月8日国务院第66次常务会议通过,现予公布,自2020年1月1日起施行。\nPremier: Li Keqiang \n\n总 理  李克强\n\nOctober 22, 2019",
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-3552842-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Regulations on Optimizing the Business Environment\n\nOrder of the State Council of the People's Republic of China No.722\n\nOctober 22, 2019\n\nThe Regulations on Optimizing the Business Environment were adopted at the 66th Executive Meeting of the State Council on October 8, 2019, and are hereby released. These Regulations shall take effect on January 1, 2020.",
        supports: ['name', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.industryhk.org/en/info/industry-news/mainland-china-regulation-on-optimising-business-environment/',
        title: 'Federation of Hong Kong Industries',
        quote:
          'On 22 October 2019, the State Council released the “Regulation on Optimising Business Environment” (Regulation) which will be implemented on 1 January 2020. … the Mainland adheres to the protection of all entities from various aspects such as rights, opportunities, rules and regulations. … in order to strengthen the protection of intellectual property (IP) rights … government tender and procurement activities shall be conducted in an open, transparent and equitable manner to treat all entities on an equal footing; and … large enterprises shall not take advantage of small-and-medium-sized enterprises by defaulting on the payment to the latter.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
  // ─────────────── Regulations on the Administration of Import and Export of Goods (State Council Order No. 332, 2001) ───────────────
  {
    id: 'document:regulations-on-administration-of-import-and-export-of-goods',
    name: 'Regulation on the Administration of the Import and Export of Goods',
    nameZh: '货物进出口管理条例',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2001-10-31',
    promulgated: '2001-12-10',
    effective: '2002-01-01',
    summary:
      'State Council regulations, made under the Foreign Trade Law, setting a unified system for the import and export of goods: free trade by default, with goods prohibited or restricted only by laws or administrative regulations.',
    relations: [{ type: 'based_on', target: 'document:foreign-trade-law', source: 0 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=95df8ceefd32737ebdfb&lib=law',
        title: 'PKULAW',
        quote:
          "Regulation of the People's Republic of China on the Administration of the Import and Export of Goods [Effective]\n中华人民共和国货物进出口管理条例 [现行有效]\n\nOrder of the State Council of the People's Republic of China \n\n\n(Docket No. 332)\n\nThe Regulation of the People's Republic of China on the Administration of the Import and Export of Goods has been passed at the forty-sixth executive meeting of the State Council on October 31, 2001 and is hereby promulgated for implementation as of January 1, 2002.\n\nZhu Rongji, Premier of the State Council\n总理 朱镕基\n\nDecember 10, 2001 … 第一条 为了规范货物进出口管理,维护货物进出口秩序,促进对外贸易健康发展,根据《中华人民共和国对外贸易法》(以下简称对外贸易法)的有关规定,制定本条例。",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-505592-T.html?eng=0',
        title: 'LexisNexis China – Administrative Regulations on the Import and Export of Goods',
        quote: 'Article 3 The state exercises uniform administration over the import and export of goods.\n \nArticle 4 The state allows the free import and export of goods and maintains the fairness and orderliness of the import and export of goods according to law.\nUnless it is clearly provided in laws or administrative regulations to forbid or restrict the import or export of goods, no entity or individua',
        supports: ['summary'],
      },
    ],
  },
  // ─────────────── Funeral Management Regulations (1997, revised 2026) ───────────────
  {
    id: 'document:funeral-management-regulations',
    name: 'Funeral Management Regulations',
    nameZh: '殡葬管理条例',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1997-07',
    amended: ['2026-03-30'],
    summary:
      'State Council regulations on funeral and burial: funeral facilities, the handling of remains and funeral activities; the revision signed by Premier Li Qiang (8 chapters, 73 articles, in force 30 March 2026) manages funeral services by list, bars charges outside it and strengthens oversight.',
    sources: [
      {
        url: 'https://dzb.zzrbnews.com/news/91079.html',
        title: '郑州日报 (Xinhua)',
        quote:
          '李强签署国务院令\n公布修订后的《殡葬管理条例》\n\n新华社北京1月7日电 国务院总理李强日前签署国务院令,公布修订后的《殡葬管理条例》(以下简称《条例》)。《条例》自2026年3月30日起施行,全文共8章73条,修订的主要内容如下。 … 三是加强收费管理。对殡葬服务实行清单化管理,禁止在清单之外设立项目、收取费用 … 四是加强全链条监管。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1206347419151896576',
        title: 'Reportify',
        quote:
          'Core Viewpoint - The revised Funeral Management Regulations, effective from March 30, 2026, aim to enhance the public welfare aspect of the funeral industry, regulate funeral service fees, and improve overall management and service quality in the sector',
        supports: ['name', 'amended', 'summary'],
      },
      {
        url: 'http://chinabz.org/xwzx/zxdt/3336.html',
        title: '中国殡葬协会 (常德市民政局)',
        quote:
          '1997年7月,《殡葬管理条例》的颁布实施,标志着我国殡葬管理进入了制度化、法制化和规范化阶段。《殡葬管理条例》确立起了殡葬行业的基本制度,包括殡葬立法的宗旨、殡葬管理的方针、火葬区非火葬区划分的原则、殡葬行政管理体制、殡葬设施管理、遗体处理、丧事活动管理',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
    ],
  },
];
