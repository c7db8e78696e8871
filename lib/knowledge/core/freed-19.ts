/**
 * Curated core layer: PRC instruments and decisions TMT pages cite that the graph lacked — CNIPA's
 * Guidelines for Patent Examination and the 2025 decision revising them, CNIPA's 2022 notices on
 * data intellectual property pilots, the State Council's Anti-Dumping Regulations and MOFCOM's
 * 2025 anti-dumping investigation into US analog chips, the National Data Administration's plan
 * on high-quality industry datasets, SAMR's 2021 draft rules on unfair competition online, the
 * 2021–2025 outline for a law-based government, the 2025 implementation opinions on
 * brain-computer interfaces and on "AI + healthcare" — and, in CORE_CASES_FREED_19, SAMR's
 * conditional approval of Synopsys' acquisition of Ansys and its investigations of Qualcomm's
 * Autotalks acquisition and of Trip.com; in AUTHORITY_VARIANTS_FREED_19, a Chinese short form of the
 * traditional Chinese medicine administration. Every fact is quoted from a stored public page.
 */
import type { AuthorityVariant, CoreCase, CoreInstrument } from './types';

export const CORE_FREED_19: CoreInstrument[] = [
  // ───────────── Patents ─────────────
  {
    id: 'document:guidelines-for-patent-examination',
    name: 'Guidelines for Patent Examination',
    nameZh: '专利审查指南',
    aliases: ['Patent Examination Guidelines', 'Chinese Patent Examination Guidelines'],
    kind: 'guideline',
    status: 'final',
    issuers: ['cnipa'],
    // The AI section took effect on 1 February 2020; the 2023 edition was announced on 21 December 2023;
    // the 2025 decision (below) revises it from 1 January 2026.
    amended: ['2020-02-01', '2023-12-21', '2025-11-13'],
    summary:
      'CNIPA’s guidelines for examining patent applications, revised with effect from 1 February 2020 (a section on AI and other new fields), in 2023 and in 2025 (standards for divisional applications and priority claims).',
    sources: [
      {
        url: 'https://www.chinaiplawupdate.com/2025/11/chinas-national-intellectual-property-administration-releases-revised-guidelines-for-patent-examination-effective-january-1-2026/',
        title: 'China IP Law Update – CNIPA releases revised Guidelines for Patent Examination, effective January 1, 2026',
        quote:
          'On November 13, 2025, China’s National Intellectual Property Administration (CNIPA) released the Decision of the CNIPA on Revising the Guidelines for Patent Examination (国家知识产权局关于修改《专利审查指南》的决定). The Decision, effective January 1, 2026, revises the Guidelines, which are roughly analogous to the U.S. Patent & Trademark Office’s (USPTO) Manual for Patent Examining Procedure (MPEP).',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.chinaiplawupdate.com/2025/11/chinas-national-intellectual-property-administration-releases-revised-guidelines-for-patent-examination-effective-january-1-2026/',
        title: 'China IP Law Update – CNIPA releases revised Guidelines for Patent Examination, effective January 1, 2026',
        quote:
          'I. Regarding the revisions to Section 4.1.2 of Chapter 1, Part 1\n(i) The first paragraph of Section 4.1.2 of Chapter 1, Part I of the Patent Examination Guidelines is amended as follows:',
        supports: ['aliases'],
      },
      {
        url: 'https://webiis05.mondaq.com/china/patent/1407242/chinese-patent-examination-guidelines-2023--tobys-observations',
        title: 'Mondaq – Chinese Patent Examination Guidelines 2023: Toby’s observations',
        quote:
          'As reported in my previous article (see below), the Chinese Patent Examination Guidelines 2023 (the Guidelines 2023) was announced by the CNIPA on 21 December 2023 at the link below, the same day as the Implementation Regulations 2023 (the IMR 2023) of the Chinese Patent Law 2020 (the Law 2020):',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'http://webiis06.mondaq.com/china/Technology/881226/CNIPA-Updates-Its-Guidelines-With-A-Section-Dedicated-To-AI',
        title: 'Mondaq – CNIPA updates its Guidelines with a section dedicated to AI',
        quote:
          'The China National Intellectual Property Administratio (CNIPA) has updated its examination guidelines to include a specific section on how the office is likely to assess patent applications directed towards new industries and new fields such as artificial intelligence (AI). A preview of the update can be found on the CNIPA website and will come into force on February 1, 2020.',
        supports: ['issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.mondaq.com/china/patent/1706632/important-updates-to-chinas-patent-examination-guidelines-effective-january-1-2026',
        title: 'Mondaq – Important updates to China’s Patent Examination Guidelines effective January 1, 2026',
        quote:
          'The China National Intellectual Property Administration (CNIPA) has recently officially released the newest revision on "Patent Examination Guidelines," which will come into effect on January 1, 2026. … the guidelines clarify examination standards for divisional applications and priority claims',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:cnipa-decision-on-revising-guidelines-for-patent-examination-2025',
    name: 'Decision of the CNIPA on Revising the Guidelines for Patent Examination',
    nameZh: '国家知识产权局关于修改《专利审查指南》的决定',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cnipa'],
    promulgated: '2025-11-13',
    effective: '2026-01-01',
    summary:
      'CNIPA decision of 13 November 2025, in force from 1 January 2026, revising the Guidelines for Patent Examination: examples for bitstream and AI applications, abandonment of a utility model before a corresponding invention patent is granted, straw-man invalidation requests and priority claims in divisional applications.',
    relations: [{ type: 'amends', target: 'document:guidelines-for-patent-examination', source: 0 }],
    sources: [
      {
        url: 'https://www.chinaiplawupdate.com/2025/11/chinas-national-intellectual-property-administration-releases-revised-guidelines-for-patent-examination-effective-january-1-2026/',
        title: 'China IP Law Update – CNIPA releases revised Guidelines for Patent Examination, effective January 1, 2026',
        quote:
          'On November 13, 2025, China’s National Intellectual Property Administration (CNIPA) released the Decision of the CNIPA on Revising the Guidelines for Patent Examination (国家知识产权局关于修改《专利审查指南》的决定). The Decision, effective January 1, 2026, revises the Guidelines',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.chinaiplawupdate.com/2025/11/chinas-national-intellectual-property-administration-releases-revised-guidelines-for-patent-examination-effective-january-1-2026/',
        title: 'China IP Law Update – CNIPA releases revised Guidelines for Patent Examination, effective January 1, 2026',
        quote:
          'provides examples for examination of bitstream and artificial intelligence applications; requires abandonment of a utility model patent before granting of a corresponding invention patent application; ends straw man filings of invalidation requests; clarifies priority claims in divisional applications; and more.',
        supports: ['summary'],
      },
      {
        url: 'https://www.mondaq.com/china/patent/1708270/key-points-of-the-latest-amendments-to-guidelines-for-patent-examination',
        title: 'Mondaq – Key points of the latest amendments to Guidelines for Patent Examination',
        quote:
          'The China National Intellectual Property Administration (CNIPA) recently revised the Guidelines for Patent Examination (hereinafter referred to as "the Guidelines"). The revised Guidelines will take effect on January 1, 2026.',
        supports: ['issuers', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Data intellectual property ─────────────
  {
    id: 'document:cnipa-notice-on-data-intellectual-property-local-pilot-applications',
    name: 'Notice of the General Office of the China National Intellectual Property Administration on Carrying Out Applications for Local Pilots of Data Intellectual Property Work',
    nameZh: '国家知识产权局办公室关于开展数据知识产权地方试点申报工作的通知',
    zhShortNames: ['国知办函规字〔2022〕793号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cnipa'],
    summary:
      'CNIPA notice of 2022 inviting localities to apply to pilot data intellectual property work; under it Beijing, Shanghai, Jiangsu, Zhejiang, Fujian, Shandong, Guangdong and Shenzhen were chosen in November 2022 as pilot localities for data IP work.',
    sources: [
      {
        // The follow-up notice (国知办函规字〔2022〕990号) that names the pilot localities, quoting this one.
        url: 'http://www.tianjinyan.com/listing/lawsshow_pi.php?id=18179',
        title: 'tianjinyan.com – 国知办函规字〔2022〕990号',
        quote:
          '按照《國家知識產權局辦公室關于開展數據知識產權地方試點申報工作的通知》(國知辦函規字〔2022〕793號,以下簡稱《通知》)要求,根據各地申報試點情況,經材料審核、專家評審等程序,確定北京市、上海市、江蘇省、浙江省、福建省、山東省、廣東省、深圳市等8個地方作為開展數據知識產權工作的試點地方',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://managingip.com/article/2eakeojsubl6t140dboxs/sponsored-content/beijing-piloting-chinas-route-to-new-horizons-in-data-ip-rights',
        title: 'Managing IP (Tahota Law Firm) – Beijing piloting China’s route to new horizons in data IP rights',
        quote:
          'In November 2022, the CNIPA designated eight provinces and municipalities – Beijing, Shanghai, Jiangsu, Zhejiang, Fujian, Shandong, Guangdong, and Shenzhen – as pilot locations to carry out data intellectual property (IP) rights work.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  {
    id: 'document:cnipa-notice-on-determining-data-intellectual-property-pilot-localities',
    name: 'Notice of the General Office of the China National Intellectual Property Administration on Determining the Pilot Localities for Data Intellectual Property Work',
    nameZh: '关于确定数据知识产权工作试点地方的通知',
    zhShortNames: ['国知办函规字〔2022〕990号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cnipa'],
    promulgated: '2022-11',
    summary:
      'CNIPA notice naming Beijing, Shanghai, Jiangsu, Zhejiang, Fujian, Shandong, Guangdong and Shenzhen as the first pilot localities for data intellectual property work, from November 2022 to December 2023.',
    relations: [{ type: 'cites', target: 'document:cnipa-notice-on-data-intellectual-property-local-pilot-applications', source: 0 }],
    sources: [
      {
        url: 'http://www.tianjinyan.com/listing/lawsshow_pi.php?id=18179',
        title: 'tianjinyan.com – 国知办函规字〔2022〕990号',
        quote:
          '國知辦函規字〔2022〕990號\n各省、自治區、直轄市和新疆生產建設兵團知識產權局,四川省知識產權服務促進中心,各地方有關中心,深圳市知識產權局:\n按照《國家知識產權局辦公室關于開展數據知識產權地方試點申報工作的通知》(國知辦函規字〔2022〕793號,以下簡稱《通知》)要求',
        supports: ['zhShortNames', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'http://www.tianjinyan.com/listing/lawsshow_pi.php?id=18179',
        title: 'tianjinyan.com – 国知办函规字〔2022〕990号',
        quote: '數據知識產權地方試點工作期限為2022年11月至2023年12月。',
        supports: ['promulgated', 'summary'],
      },
      {
        url: 'https://jsa-sme.org.cn/html/2022-12/174111.shtml',
        title: '江苏省中小企业 (江苏省知识产权局) – 江苏成为数据知识产权工作试点地方',
        quote: '近日,国家知识产权局发布《关于确定数据知识产权工作试点地方的通知》,江苏成为数据知识产权工作试点地方。',
        supports: ['name', 'nameZh', 'kind', 'issuers'],
      },
      {
        url: 'https://managingip.com/article/2eakeojsubl6t140dboxs/sponsored-content/beijing-piloting-chinas-route-to-new-horizons-in-data-ip-rights',
        title: 'Managing IP (Tahota Law Firm) – Beijing piloting China’s route to new horizons in data IP rights',
        quote:
          'In November 2022, the CNIPA designated eight provinces and municipalities – Beijing, Shanghai, Jiangsu, Zhejiang, Fujian, Shandong, Guangdong, and Shenzhen – as pilot locations to carry out data intellectual property (IP) rights work.',
        supports: ['issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Trade remedies ─────────────
  {
    id: 'document:anti-dumping-regulations',
    name: 'Anti-Dumping Regulations',
    nameZh: '反倾销条例',
    // Not the singular “Anti-dumping Regulation”: that is how pages name the EU's basic regulation.
    aliases: ['PRC Anti-dumping Regulations', "Regulations of the People's Republic of China on Anti-dumping"],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2001-11-26',
    effective: '2002-01-01',
    amended: ['2004-03-31'],
    summary:
      'State Council regulations on anti-dumping investigations into dumped imports that injure a domestic industry, and the anti-dumping measures MOFCOM takes after them.',
    relations: [{ type: 'based_on', target: 'document:foreign-trade-law', source: 1 }],
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-490608-T.html?crid=c54f4bdb-e9ea-0d43-66c8-7cfdd8a18c34&prid=e2132757-5c8e-49bb-da64-0d67e78a7da8',
        title: 'LexisNexis China – Anti-Dumping Regulations of the People’s Republic of China (Revised in 2004)',
        quote:
          "Anti-Dumping Regulations of the People's Republic of China (Revised in 2004)\n\n(Promulgated by the Order of the State Council of PRC No. 328 on November 26, 2001 and amended in accordance with the Decision of the State Council on the Revision of the Anti-Dumping Regulations of the People's Republic of China on March 31, 2004.)",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2002/01/31/prc-anti-dumping-regulations',
        title: 'China Law & Practice – PRC Anti-dumping Regulations',
        quote:
          'PRC Anti-dumping Regulations\n中华人民共和国反倾销条例\nParallel with the reduction of tariff duties, China enacts new anti-dumping regulations that follow the WTO Anti-dumping Agreement.\n(Promulgated by the State Council on November 26 2001 and effective as of January 1 2002.) … 第一条 为了维护对外贸易秩序和公平竞争,根据《中华人民共和国对外贸易法》的有关规定,制定本条例。',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-4-0439FA183.0000747B.73DA-T.html?eng=0',
        title: 'LexisNexis China – Regulations of the People’s Republic of China on Anti-dumping',
        quote: "Regulations of the People's Republic of China on Anti-dumping\n\nOrder of the State Council [2001] No.328\n\nPromulgated on November 26, 2001",
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-4-0439FA183.0000747B.73DA-T.html?eng=0',
        title: 'LexisNexis China – Regulations of the People’s Republic of China on Anti-dumping',
        quote:
          "Article 2. Where an imported product is dumped into the market of the People''s Republic of China and causes material injury or threat of material injury to an established domestic industry, or causes material obstruction to the establishment of such an industry, an anti-dumping investigation shall be initiated and anti-dumping measures applied in accordance with the provisions of these Regulations.",
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:mofcom-announcement-2025-27-anti-dumping-investigation-analog-chips',
    name: 'Ministry of Commerce Announcement No. 27 of 2025',
    nameZh: '对原产于美国的进口相关模拟芯片进行反倾销立案调查',
    aliases: ['Announcement No. 27 of 2025 by the Ministry of Commerce'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2025-09-13',
    effective: '2025-09-13',
    summary:
      'MOFCOM announcement of 13 September 2025 opening an anti-dumping investigation, on the Jiangsu Semiconductor Industry Association’s application, into certain analog IC chips (commodity interface and gate driver chips) from the United States, due to end by 13 September 2026.',
    relations: [{ type: 'based_on', target: 'document:anti-dumping-regulations', source: 0 }],
    sources: [
      {
        url: 'https://longportapp.com/news/257207348',
        title: 'LongPort – Ministry of Commerce: Initiating anti-dumping investigation into imported related simulation chips originating from the United States',
        quote:
          "Based on the review results and in accordance with Article 16 of the Anti-Dumping Regulations of the People's Republic of China, the Ministry of Commerce decided to initiate an anti-dumping investigation on imported relevant analog chips originating from the United States starting from September 13, 2025.\nThe original text is as follows:\nAnnouncement No. 27 of 2025 by the Ministry of Commerce: Initiation of Anti-Dumping Investigation on Imported Relevant Analog Chips Originating from the United States",
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202509/1343413.shtml',
        title: 'Global Times – China launches anti-dumping probe into US analog chips',
        quote:
          'The MOFCOM said it received a formal application for an anti-dumping investigation submitted by the Jiangsu Semiconductor Industry Association in July 2025 on behalf of the relevant domestic analog chip industry … This investigation will normally be completed by September 13, 2026.',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202509/1343413.shtml',
        title: 'Global Times – China launches anti-dumping probe into US analog chips',
        quote: 'According to the spokesperson, the investigation will focus on "Commodity Interface IC Chip and Gate Driver IC Chip" imported from the US.',
        supports: ['summary'],
      },
      {
        url: 'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350915442',
        title: '經濟通 (etnet) – 商務部對美模擬芯片發起反傾銷調查',
        quote:
          '商務部１３日發布公告，決定自２０２５\n\n年９月１３日起對原產於美國的進口相關模擬芯片進行反傾銷立案調查，涵蓋使用４０納米或以\n\n上工藝製程的通用接口芯片和柵極驅動芯片。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Data and AI ─────────────
  {
    id: 'document:implementation-plan-for-construction-of-high-quality-industry-datasets',
    name: 'Implementation Plan for Promoting the Construction of High-Quality Industry Datasets',
    nameZh: '关于推进行业高质量数据集建设行动的实施方案',
    kind: 'plan',
    status: 'final',
    issuers: ['nda'],
    promulgated: '2026-06-03',
    summary:
      'National Data Administration plan of June 2026 for building sector-specific high-quality datasets to train AI models, through six special actions on dataset supply, circulation and application.',
    sources: [
      {
        url: 'https://jamestown.substack.com/p/databases-centralized-for-ai-development',
        title: 'Jamestown Foundation China Brief – Databases Centralized for AI Development',
        quote:
          'On June 3, 2026, the National Data Administration (NDA) issued its Implementation Plan for Promoting the Construction of High-Quality Industry Datasets (关于推进行业高质量数据集建设行动的实施方案) (NDA, June 8). The plan is focused on building the PRC’s data foundations on which artificial intelligence (AI) systems depend. It directs the construction of sector-specific datasets for AI model training across 19 sectors and five innovation areas',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://aspirehk.ltd/en/real-time-quotes-and-news/1163482',
        title: 'Aspire – China’s National Data Administration issued an Implementation Plan on industry high-quality datasets',
        quote:
          "China's National Data Administration issued an Implementation Plan to advance construction of industry high-quality datasets, marking the first national-level systematic deployment to use data to enable AI development. The plan targets dataset supply, circulation and application through six targeted initiatives",
        supports: ['kind', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Competition ─────────────
  {
    id: 'document:provisions-on-prohibition-of-unfair-competition-on-the-internet-draft-2021',
    // No stored English page writes “Prohibiting”; the name follows the existing entries' style for 禁止…规定.
    name: 'Provisions on Prohibiting Unfair Competition on the Internet',
    nameZh: '禁止网络不正当竞争行为规定',
    aliases: ['Provisions on Prohibition of Unfair Competition on the Internet', 'Provisions on Prohibited Acts of Unfair Online Competition'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['samr'],
    promulgated: '2021-08-17',
    summary:
      'SAMR’s August 2021 draft rules on unfair competition online, open for comment until 15 September 2021: no traffic hijacking, interference or malicious incompatibility through data and algorithms, and no “choose one of two”.',
    relations: [
      { type: 'based_on', target: 'document:anti-unfair-competition-law', source: 1 },
      { type: 'based_on', target: 'document:e-commerce-law', source: 1 },
    ],
    sources: [
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=af60ab357977450ba02d3cf856b22468',
        title: 'Watson & Band – SAMR Seeks Comments on the Provisions on Prohibition of Unfair Competition on the Internet',
        quote:
          'SAMR Seeks Comments on the Provisions on Prohibition of Unfair Competition on the Internet\nRecently, the State Administration for Market Regulation ("SAMR") issued the Provisions on Prohibition of Unfair Competition on the Internet (Draft for Public Comment) (the "Draft for Comment") for public comments by September 15, 2021. … The Draft for Comment underlines that, business operators shall not use data, algorithms and other technical means to commit traffic hijacking, interference, malicious incompatibility and other acts',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/online-unfair-competition/',
        title: 'China Law Translate – Provisions on Prohibited Acts of Unfair Online Competition (Draft for the Solicitation of Comments)',
        quote:
          "Provisions on Prohibited Acts of Unfair Online Competition (Draft for the Solicitation of Comments)\n\nChapter I: General Provisions\n\nArticle 1: These Provisions are formulated on the basis of the PRC Law Against Unfair Competition (hereinafter 'Unfair Competition Law'), The E-commerce Law of the PRC, the Administrative Punishments Law of the PRC",
        supports: ['aliases', 'status', 'relations'],
      },
      {
        url: 'http://dzb.jinbaonet.com/yaowen/2021/0817/100029483.html',
        title: '北京商报 – 市场监管总局禁止网络不正当竞争 经营者不得利用技术手段扰乱市场秩序',
        quote:
          '时间:2021-08-17 10:44:29\n\n8月17日,市场监管总局就《禁止网络不正当竞争行为规定(公开征求意见稿 )》公开征求意见 … 经营者不得利用技术手段,通过影响用户选择、限流、屏蔽、商品下架等方式,减少其他经营者之间的交易机会,实施“二选一”行为',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Law-based government ─────────────
  {
    id: 'document:implementation-outline-for-building-law-based-government-2021-2025',
    name: 'Implementation Outline for Building a Law-based Government (2021-2025)',
    nameZh: '法治政府建设实施纲要(2021-2025年)',
    aliases: [
      'Outline for the Implementation of a Law-Based Government (2021-2025)',
      'Implementation Outline for the Construction of a Government under the Rule of Law (2021-2025)',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    promulgated: '2021-08-11',
    summary:
      'Outline of the CPC Central Committee and the State Council for building a law-based government by 2025: government functions and services, administrative law enforcement, emergency response, transparency and digital government.',
    sources: [
      {
        url: 'http://zqb.cyol.com/html/2021-08/12/nw.D110000zgqnb_20210812_3-01.htm',
        title: '中国青年报 – 中共中央、国务院印发《法治政府建设实施纲要(2021-2025年)》',
        quote:
          '本报讯(中青报·中青网见习记者 李怡)近日,中共中央、国务院印发了《法治政府建设实施纲要(2021-2025年)》,并发出通知,要求各地区各部门结合实际认真贯彻落实。',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://www.bestao-consulting.com/detail?id=951&status=',
        title: 'Bestao Consulting – Implementation Outline for Building a Law-based Government (2021-2025)',
        quote:
          'AUG 11, 2021, “Implementation Outline for Building a Law-based Government (2021-2025)” … The overall goal of the Outline is that by 2025, government actions will be fully integrated into the rule of law, the governance system with clear responsibilities and law-based administration will be increasingly improved, and the administrative law enforcement system and mechanism will be basically completed',
        supports: ['name', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.scmp.com/news/china/politics/article/3145031/china-one-step-closer-rule-law-goals-new-five-year-blueprint',
        title: 'South China Morning Post – China one step closer to rule of law goals with new five-year blueprint',
        quote:
          'The new programme, titled “Outline for the Implementation of a Law-Based Government (2021-2025)”, was published jointly by the Communist Party’s Central Committee and the State Council on Wednesday, according to a report by state news agency Xinhua. … puts greater emphasis on government functions and public services, transparency and efficiency, the adoption of digital technology, law enforcement, and emergency and crisis management.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://bilby.beehiiv.com/p/16-aug-21-story-3',
        title: 'Bilby – Central Committee and State Council issue Implementation Outline',
        quote:
          'Central Committee of the Communist Party of China and State Council issue “Implementation Outline for the Construction of a Government under the Rule of Law (2021-2025)”',
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────── Brain-computer interfaces ─────────────
  {
    id: 'document:implementation-opinions-on-innovative-development-of-brain-computer-interface-industry',
    name: 'Implementation Opinions on Promoting the Innovative Development of the Brain-Computer Interface Industry',
    nameZh: '关于推动脑机接口产业创新发展的实施意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'ndrc', 'moe', 'nhc', 'nmpa'],
    summary:
      'Opinions of MIIT and six other departments on the brain-computer interface industry: key technologies and standards by 2027, with BCI products used in manufacturing, healthcare and consumption, and two or three globally influential leading firms by 2030.',
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/china-bci-implementation-opinions',
        title: 'CSET (Georgetown) – translation of the BCI implementation opinions',
        quote:
          'Implementation Opinions of the Ministry of Industry and Information Technology, the National Development and Reform Commission, the Ministry of Education, the National Health Commission, the State-owned Assets Supervision and Administration Commission of the State Council, the Chinese Academy of Sciences, and the National Medical Products Administration on Promoting the Innovative Development of the Brain-Computer Interface Industry\nMinistry of Industry and Information Technology (2025) Document No. 164',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://udn.com/news/story/7333/8925112',
        title: '聯合新聞網 (udn) – 七部門印發腦機接口產業實施意見',
        quote:
          '大陸工信部、國家發展改革委、教育部等七部門聯合印發《關於推動腦機接口產業創新發展的實施意見》，其中提出到2027年，腦機接口關鍵技術取得突破，初步建立先進的技術體系、產業體系和標準體系。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2025/0808/c90000-20350521.html',
        title: 'People’s Daily Online (Xinhua) – China aims to achieve breakthroughs in brain-computer interface technology by 2027',
        quote:
          'Specifically, the guidelines call for the accelerated adoption of BCI products across sectors such as industrial manufacturing, health care and consumption by 2027, and for the development of new scenarios, business models and formats.\n\nBy 2030, the country should strengthen its BCI innovation capabilities significantly, establish a safe and reliable industrial ecosystem, and cultivate two to three globally influential leading enterprises, according to the guidelines.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── AI in healthcare ─────────────
  {
    id: 'document:implementation-opinions-on-ai-plus-healthcare',
    name: 'Implementation Opinions on Promoting and Standardizing the Development of “Artificial Intelligence + Healthcare”',
    nameZh: '关于促进和规范“人工智能+医疗卫生”应用发展的实施意见',
    aliases: ['Implementation Opinions on Promoting and Regulating the Development of ‘Artificial Intelligence+Medical and Health’ Applications'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc', 'ndrc', 'miit', 'natcm', 'ndcpa'],
    promulgated: '2025-11-04',
    summary:
      'Opinions of the National Health Commission and four other bodies on AI in healthcare: 24 applications in eight strategic directions, with AI-assisted primary diagnosis covering the country by 2030.',
    relations: [{ type: 'implements', target: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action', source: 3 }],
    sources: [
      {
        url: 'http://www.outlooknewera.com.cn/pcen/info_view.php?VID=71448&tab=mynews',
        title: 'Outlook New Era – Five departments: promoting and regulating the development of “AI + healthcare” applications',
        quote:
          'Recently, the National Health Commission, National Development and Reform Commission, Ministry of Industry and Information Technology, State Administration of Traditional Chinese Medicine, and National CDC jointly issued the "Implementation Opinions on Promoting and Regulating the Development of \'Artificial Intelligence+Medical and Health\' Applications" (hereinafter referred to as the "Opinions")',
        supports: ['aliases', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://flcube.com/?p=45874',
        title: 'FLCube – China’s National Health Commission issues “AI + Healthcare” Implementation Opinions',
        quote:
          'The National Health Commission (NHC) today released the Implementation Opinions on Promoting and Standardizing the Development of “Artificial Intelligence + Healthcare” (AI + Healthcare). … Core Scope – 24 Applications in 8 Strategic Directions',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://www.bgjj.cc/shenghuo/8630481.html',
        title: 'bgjj.cc (健康报) – “人工智能+医疗卫生”应用发展·专家解读',
        quote:
          '近日,国家卫生健康委、国家发展改革委、工业和信息化部、国家中医药局、国家疾控局5部门印发了《关于促进和规范“人工智能+医疗卫生”应用发展的实施意见》。',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'http://m.qdltas.com/hangyezixun_en/691.html',
        title: 'qdltas.com – Implementation Opinions on “AI + medical and health” (translation)',
        quote:
          'In order to implement the Opinions of the State Council on Deepening the Implementation of the "Artificial Intelligence+" Action (Guofa [2025] No. 11) and empower the high-quality development of the health industry with the new generation of artificial intelligence, the following implementation opinions are proposed … By 2030, the basic coverage of intelligent auxiliary applications in grassroots diagnosis and treatment will be achieved',
        supports: ['relations', 'summary'],
      },
      {
        url: 'https://www.caixinglobal.com/2025-11-06/china-unveils-ambitious-plan-to-weave-ai-into-healthcare-system-102380000.html',
        title: 'Caixin Global – China Unveils Ambitious Plan to Weave AI Into Healthcare System',
        quote:
          'Published: Nov. 6, 2025 … The plan, released on Nov. 4, signals a major top-down push to harness AI to modernize the country’s sprawling medical system. The document, jointly issued by five powerful government bodies including the National Health Commission and the top economic planner',
        supports: ['promulgated', 'issuers'],
      },
    ],
  },
];

export const CORE_CASES_FREED_19: CoreCase[] = [
  {
    id: 'case:samr-conditional-approval-synopsys-acquisition-of-ansys',
    name: "Synopsys' acquisition of Ansys",
    aliases: ['Synopsys-Ansys merger'],
    court: 'State Administration for Market Regulation',
    decidedBy: 'samr',
    date: '2025-07-14',
    summary:
      'SAMR cleared Synopsys’ US$35 billion acquisition of Ansys on conditions: the merged firm must honour existing contracts with Chinese customers, keep supplying EDA products to them on fair, reasonable and non-discriminatory terms, and maintain and renew interoperability agreements.',
    sources: [
      {
        url: 'https://www.globaltimes.cn/page/202507/1338323.shtml',
        title: 'Global Times – China approves Synopsys’ acquisition of Ansys with conditions',
        quote:
          "China approves Synopsys' acquisition of Ansys with conditions\n‘Positive sign’ after economic, trade talks in London: expert\nPublished: Jul 14, 2025 04:59 PM … China's State Administration for Market Regulation (SAMR) announced on Monday that it has approved the acquisition of simulation software company Ansys by Synopsys with conditions.",
        supports: ['name', 'court', 'date', 'summary'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202507/1338323.shtml',
        title: 'Global Times – China approves Synopsys’ acquisition of Ansys with conditions',
        quote:
          'Under these conditions, the companies must honor existing customer contracts, including pricing and service terms, and continue supplying electronic design automation (EDA) products to Chinese customers on fair, reasonable and non-discriminatory terms. \n\nAdditionally, the companies ought to maintain and renew interoperability agreements upon request from Chinese customers.',
        supports: ['summary'],
      },
      {
        url: 'https://www.silicon.co.uk/e-regulation/china-synopsys-delay-618295/amp',
        title: 'Silicon UK – China Postpones Approval Of $35bn Synopsys-Ansys Merger',
        quote: 'China Postpones Approval Of $35bn Synopsys-Ansys Merger\n\nChinese regulators are delaying approval of the $35 billion (£25.8bn) merger of semiconductor tool maker Synopsys and engineering software maker Ansys',
        supports: ['aliases'],
      },
    ],
  },
  {
    // An investigation SAMR opened, not yet a decision; the date is the day it was announced.
    id: 'case:samr-investigation-qualcomm-autotalks-acquisition',
    name: "Qualcomm's acquisition of Autotalks",
    court: 'State Administration for Market Regulation',
    decidedBy: 'samr',
    date: '2025-10-10',
    summary:
      'SAMR opened an investigation into Qualcomm for completing its acquisition of the V2X chipmaker Autotalks in June 2025 without notifying the concentration, after SAMR had told it in writing on 12 March 2024 that the deal, though below the thresholds, had to be notified.',
    sources: [
      {
        url: 'https://www.globaltimes.cn/page/202510/1345428.shtml',
        title: 'Global Times – Qualcomm antitrust probe is routine enforcement under anti-monopoly law: Chinese market regulator',
        quote:
          "Published: Oct 12, 2025 05:38 PM … The SAMR has launched an investigation into Qualcomm for suspected violation of the country's Anti-Monopoly Law. The case was filed because in its acquisition of Autotalks, Qualcomm failed to declare the concentration of undertakings in accordance with the law, the market regulator said in an online announcement on Friday.",
        supports: ['court', 'date', 'summary'],
      },
      {
        url: 'http://vihochips.com/articles/Official-disclosure-of-details-of-Qualcomm-investigation',
        title: 'vihochips.com (CCTV News report) – Official disclosure of details of Qualcomm investigation',
        quote:
          "On March 12, 2024, our bureau issued a written notice to Qualcomm, requesting it to file a filing, in accordance with Article 26 of the Anti-Monopoly Law. … In June 2025, Qualcomm completed the acquisition of Autotalks without filing a filing or communicating with our bureau. Following the report, our bureau conducted a verification, and Qualcomm acknowledged the relevant facts. Based on clear facts and conclusive evidence, our bureau initiated an investigation into Qualcomm's acquisition of Autotalks as an illegal concentration of undertakings.",
        supports: ['name', 'court', 'summary'],
      },
    ],
  },
  {
    // An investigation SAMR opened, not yet a decision; the date is the day it was announced.
    id: 'case:samr-investigation-trip-com-abuse-of-dominance',
    name: 'antitrust probe into Trip.com',
    court: 'State Administration for Market Regulation',
    decidedBy: 'samr',
    date: '2026-01-14',
    summary: 'SAMR opened an investigation under the Anti-Monopoly Law into suspected abuse of a dominant market position by Trip.com Group, China’s largest online travel agency.',
    sources: [
      {
        url: 'https://triviumchina.com/2026/01/15/beijing-opens-antitrust-probe-into-trip-com',
        title: 'Trivium China – Beijing opens antitrust probe into Trip.com',
        quote:
          'Beijing opens antitrust probe into Trip.com\n\nOn January 14, the market regulator (SAMR) announced an antitrust investigation into China’s biggest online travel agency platform Trip.com for abusing its position of market dominance.',
        supports: ['name', 'court', 'summary'],
      },
      {
        url: 'https://www.chinadaily.com.cn/a/202601/16/WS69699103a310d6866eb3413b.html',
        title: 'China Daily – SAMR launches probe into Trip.com over suspected market dominance abuse',
        quote:
          'The State Administration for Market Regulation said on Wednesday that, based on preliminary findings and in accordance with the Anti-Monopoly Law, it has opened a case to investigate suspected monopolistic conduct involving abuse of market dominance by Trip.com Group.',
        supports: ['court', 'summary'],
      },
      {
        url: 'https://longbridge.cn/news/272567743',
        title: 'Longbridge (Benzinga) – China Opens Antitrust Probe Into Trip.com',
        quote: 'China Opens Antitrust Probe Into Trip.com\n\nbenzinga_article\n2026.01.14 14:07',
        supports: ['date'],
      },
    ],
  },
];

/** A Chinese short form of the traditional Chinese medicine administration that pages on health rules write. */
export const AUTHORITY_VARIANTS_FREED_19: AuthorityVariant[] = [
  {
    slug: 'natcm',
    zhShortNames: ['国家中医药局'],
    sources: [
      {
        url: 'http://www.bgjj.cc/shenghuo/8630481.html',
        title: 'bgjj.cc (健康报) – “人工智能+医疗卫生”应用发展·专家解读',
        quote:
          '近日,国家卫生健康委、国家发展改革委、工业和信息化部、国家中医药局、国家疾控局5部门印发了《关于促进和规范“人工智能+医疗卫生”应用发展的实施意见》。',
        supports: ['zhShortNames'],
      },
    ],
  },
];
