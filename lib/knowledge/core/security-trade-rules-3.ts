import type { AuthorityVariant, CoreAuthority, CoreInstrument } from './types';

/**
 * China's technology trade and national-security rules as tech pages cite them: the customs
 * authority that co-signs every export control announcement, the State Council's implementing
 * rules for the anti-sanctions and state secrets laws, the technology import and export
 * regulations, the Foreign Relations Law the sanctions rules rest on, and MOFCOM's announcements
 * controlling exports of critical minerals and their technologies.
 */

/** Issuing bodies of the announcements below that the gazetteer lacks. */
export const CORE_AUTHORITIES_SECURITY_TRADE_3: CoreAuthority[] = [
  {
    slug: 'gac',
    name: 'General Administration of Customs',
    nameZh: '海关总署',
    aliases: ["General Administration of Customs of the People's Republic of China"],
    // "GAC" alone is also GAC Motor, a Chinese carmaker; pages that mean the customs authority
    // define it after the full name, which the recogniser picks up on its own.
    abbreviations: ['GACC'],
    kind: 'government',
    sources: [
      {
        url: 'https://db0nus869y26v.cloudfront.net/en/General_Administration_of_Customs',
        title: 'Wikipedia (mirror)',
        quote:
          "General Administration of Customs of the People's Republic of China\n中华人民共和国海关总署 … The General Administration of Customs (GAC; Chinese: 海关总署; pinyin: Hǎiguān Zǒngshǔ) is a ministry-level administrative agency within the government of the People's Republic of China.",
        supports: ['name', 'nameZh', 'aliases', 'kind'],
      },
      {
        url: 'https://www.mondaq.com/china/export-controls--trade--investment-sanctions/1350848/china-releases-latest-export-control-measures-on-gallium-and-germanium',
        title: 'Mondaq',
        quote:
          "On 3 July 2023, China's Ministry of Commerce (MOFCOM) and General Administration of Customs (GACC) published the Announcement on the Implementation of Export Control on Gallium and Germanium-related Items (the Announcement)",
        supports: ['name', 'abbreviations'],
      },
    ],
  },
];

/** Short forms of authorities in the gazetteer, as export control announcements print them. */
export const AUTHORITY_VARIANTS_SECURITY_TRADE_3: AuthorityVariant[] = [
  {
    slug: 'sca',
    zhShortNames: ['国家密码局'],
    sources: [
      {
        url: 'https://m.163.com/news/article/JHJLRKAK0535I9HT.html?clickfrom=subscribe',
        title: '网易 (央视新闻)',
        quote: '经国务院批准,商务部近日会同工业和信息化部、海关总署、国家密码局发布2024年第51号公告,公布《中华人民共和国两用物项出口管制清单》',
        supports: ['zhShortNames'],
      },
    ],
  },
];

export const CORE_SECURITY_TRADE_RULES_3: CoreInstrument[] = [
  // ───────────── Foreign Relations Law (NPCSC, 2023) ─────────────
  {
    id: 'document:foreign-relations-law',
    name: 'Foreign Relations Law',
    nameZh: '对外关系法',
    aliases: ['Law on Foreign Relations'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2023-06-28',
    promulgated: '2023-06-28',
    effective: '2023-07-01',
    summary:
      'Sets out China’s foreign policy goals and the institutions that conduct foreign relations, and gives the state the right to take countermeasures against acts that endanger its sovereignty, security and development interests.',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/Foreign_Relations_Law_of_the_People%27s_Republic_of_China',
        title: 'Wikipedia',
        quote:
          "The Foreign Relations Law of the People's Republic of China is a legislation concerning foreign affairs of China. It was passed by the Standing Committee of the National People's Congress on 28 June 2023 and came into effect on 1 July 2023. The law outlines the country's foreign policy goals and objectives, codifies the institutional framework of foreign policy decision-making.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Foreign_Relations_Law_of_the_People%27s_Republic_of_China',
        title: 'Wikipedia',
        quote: 'Signed By: President Xi Jinping\n- Date Signed: 2023-06-28\n- Date Commenced: 2023-07-01',
        supports: ['promulgated', 'effective'],
      },
      {
        url: 'https://npcobserver.com/2023/06/npc-calendar-july-2023/',
        title: 'NPC Observer',
        quote: 'The revised Counterespionage Law [反间谍法] (adopted on Apr. 26, 2023) and the Foreign Relations Law [对外关系法] (adopted on June 28, 2023) take effect on July 1.',
        supports: ['name', 'nameZh', 'adopted'],
      },
      {
        url: 'https://thediplomaticinsight.com/chinas-law-on-foreign-relations-comes-into-effect/',
        title: 'The Diplomatic Insight',
        quote:
          'In a momentous development, the Law on Foreign Relations of the People’s Republic of China entered into force on July 1, 2023, following its approval at the Third Meeting of the Standing Committee of the 14th National People’s Congress on June 28.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://fangdalaw.com/articles/from-legislation-to-action-the-new-regulation-leads-chinas-anti-foreign-sanctions-law-to-a-new-era',
        title: 'Fangda Partners',
        quote:
          'Article 33 of the Law on Foreign Relations of the People’s Republic of China, effective from July 1, 2023, states that, “in response to acts that endanger its sovereignty, national security and development interests in violation of international law or fundamental norms governing international relations, the People’s Republic of China has the right to adopt corresponding counter-measures or restrictive measures”',
        supports: ['aliases', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Regulations implementing the Anti-Foreign Sanctions Law (State Council, 2025) ─────────────
  {
    id: 'document:regulations-on-implementing-anti-foreign-sanctions-law',
    name: 'Regulations on Implementing the Anti-Foreign Sanctions Law',
    nameZh: '实施〈中华人民共和国反外国制裁法〉的规定',
    aliases: [
      "Regulations on the Implementation of the Anti-Foreign Sanctions Law of the People's Republic of China",
      "Provisions on the Implementation of the Anti-foreign Sanctions Law of the People's Republic of China",
      "Regulations for the Implementation of the Anti-Foreign Sanctions Law of the People's Republic of China",
      'State Council Order No. 803',
    ],
    // The title as news reports print it, with the law's title in double angle brackets.
    zhShortNames: ['实施《中华人民共和国反外国制裁法》的规定', '国务院令第803号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2025-03-21',
    promulgated: '2025-03-23',
    effective: '2025-03-23',
    summary:
      'State Council Order No. 803 detailing the Anti-Foreign Sanctions Law: the other necessary countermeasures it allows (bans or limits on trade, investment and the provision of data and personal information, fines) and the procedure for adopting them.',
    relations: [
      { type: 'implements', target: 'document:anti-foreign-sanctions-law', source: 1 },
      { type: 'based_on', target: 'document:foreign-relations-law', source: 1 },
    ],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=234382',
        title: 'csrcare.com',
        quote:
          "Provisions on the Implementation of the Anti-foreign Sanctions Law of the People's Republic of China\nOrder\nof the State Council of the People's Republic of China\n(No. 803)\nThe Provisions on the Implementation of the Anti-foreign Sanctions Law of the\nPeople's Republic of China, as adopted at the 55th Executive Meeting of the\nState Council on March 21, 2025, are hereby issued, with effect from the date\nof issuance.\nLi Qiang, Premier\nMarch 23, 2025",
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=234382',
        title: 'csrcare.com',
        quote:
          "Article 1 These Provisions are\ndeveloped in accordance with the Foreign Relations Law of the People's Republic\nof China, the Anti-foreign Sanctions Law of the People's Republic of China\n(“Anti-foreign Sanctions Law”), and other laws.",
        supports: ['relations'],
      },
      {
        url: 'https://mmlcgroup.com/china-regs-sanctions',
        title: 'MMLC Group',
        quote:
          'In March 2025, the State Council of the People’s Republic of China issued the “Regulations on Implementing the Anti-Foreign Sanctions Law of the People’s Republic of China” (hereinafter referred to as the “Implementation Regulations”), clearly outlining specific countermeasures and implementation processes against foreign sanctions',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://www.haitonglawyer.com/en/news/930.html',
        title: 'Haitong Law Firm',
        quote:
          'On March 23, 2025, Premier Li Qiang of the State Council of the People\'s Republic of China signed Decree No.803, promulgating the Regulations on the Implementation of the Anti-Foreign Sanctions Law of the People’s Republic of China. These regulations were adopted at the 55th executive meeting of the State Council on March 21, 2025, and took effect immediately upon publication.',
        supports: ['aliases', 'kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://fangdalaw.com/articles/from-legislation-to-action-the-new-regulation-leads-chinas-anti-foreign-sanctions-law-to-a-new-era',
        title: 'Fangda Partners',
        quote:
          'On March 24, 2025, Premier Li Qiang signed State Council Order No. 803 “Regulations for the Implementation of the Anti-Foreign Sanctions Law of the People’s Republic of China” (the “Regulations”), which took effect upon its announcement.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://baike.taxrefund.com.cn/html/fg/2025/03/20250325100557-44745.html',
        title: 'taxrefund.com.cn',
        quote:
          '中华人民共和国国务院令第803号《实施〈中华人民共和国反外国制裁法〉的规定》 … 《实施〈中华人民共和国反外国制裁法〉的规定》已经2025年3月21日国务院第55次常务会议通过,现予公布,自公布之日起施行。\n \n  总理  李强\n  2025年3月23日\n \n实施《中华人民共和国反外国制裁法》的规定',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://dzb.zzrbnews.com/news/76296.html',
        title: '郑州日报 (新华社)',
        quote:
          '明确反外国制裁法第六条第四项中的“其他必要措施”,包括但不限于禁止或者限制从事与我国有关的进出口活动,禁止或者限制在我国境内投资,禁止向其出口相关物项,禁止或者限制向其提供数据、个人信息,取消或者限制其相关人员在我国境内工作许可、停留或者居留资格,处以罚款。\n\n二是细化反制程序。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Regulations implementing the Law on Guarding State Secrets (State Council, 2014, revised 2024) ─────────────
  {
    id: 'document:regulations-for-implementation-of-law-on-guarding-state-secrets',
    name: 'Regulation on the Implementation of the Law on Guarding State Secrets',
    nameZh: '保守国家秘密法实施条例',
    aliases: [
      "Regulation on the Implementation of the Law of the People's Republic of China on Guarding State Secrets",
      'Implementing Regulation for the Guarding State Secrets Law',
      'Order No. 646 of the State Council',
      'Order No. 786 of the State Council',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2014-01-17',
    effective: '2014-03-01',
    // Revised by State Council Order No. 786 of 10 July 2024, in force 1 September 2024.
    amended: ['2024-07-10'],
    summary:
      'State Council rules implementing the State Secrets Law: classification of secrets, management of classified personnel, and duties of internet operators to handle leaks and keep emergency plans.',
    relations: [{ type: 'implements', target: 'document:law-on-guarding-state-secrets', source: 1 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=232898',
        title: 'csrcare.com',
        quote:
          "Implementing Regulation for the Guarding State Secrets Law of the People's Republic of China (2024 Revision) … Order of the State Council of the People's Republic of China\n(No. 786)\n\n\nThe Implementing Regulation for the Guarding State Secrets Law of the People's Republic of China, as revised and adopted at the 35th executive meeting of the State Council on June 26, 2024, is hereby issued, with effect from September 1, 2024.",
        supports: ['aliases', 'kind', 'status', 'issuers', 'amended'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=232898',
        title: 'csrcare.com',
        quote:
          "(Issued by Order No. 646 of the State Council of the People's Republic of China on January 17, 2014;\nrevised by Order No. 786 of the State Council of the People's Republic of China on July 10, 2024)\n\n\nChapter I General Provisions\nArticle 1 This Regulation is developed in accordance with the Guarding State Secrets Law of the People's Republic of China (hereinafter referred to as the “Secrecy Law”).",
        supports: ['issuers', 'promulgated', 'amended', 'relations', 'aliases'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/china-updates-regulation-for-state-secrets-law',
        title: 'China Justice Observer',
        quote:
          'On 26 June 2024, the State Council revised and adopted the "Regulation on the Implementation of the Law of the People’s Republic of China on Guarding State Secrets” (中华人民共和国保守国家秘密法实施条例), which shall come into force on 1 Sept. 2024.',
        supports: ['name', 'nameZh', 'aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://scbe.aust.edu.cn/info/1167/6264.htm',
        title: '安徽理工大学 (转载)',
        quote: '中华人民共和国国务院令\n\n646号\n\n   现公布《中华人民共和国保守国家秘密法实施条例》,自2014年3月1日起施行。\n\n   总 理 李克强\n\n   2014年1月17日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://english.scio.gov.cn/m/topnews/2024-07/23/content_117325286.htm',
        title: 'State Council Information Office (Xinhua)',
        quote:
          'The document also urges efforts to manage the delineation of classified items and the protection of state secrets in an improved manner, and to enhance the supervision of relevant work. … Internet operators should abide by confidentiality laws and protocols, establish a series of mechanisms to expose and handle violations, and devise emergency plans for state-secret leakage, according to the regulations.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Regulations on the Administration of Technology Import and Export (State Council, 2001) ─────────────
  {
    id: 'document:regulations-on-administration-of-technology-import-and-export',
    name: 'Regulations on the Administration of Technology Import and Export',
    nameZh: '技术进出口管理条例',
    aliases: [
      "Regulations of the People's Republic of China on the Administration of Import and Export of Technologies",
      "Administrative Regulations of the People's Republic of China on Technology Import and Export",
      'Administration of Technology Import and Export Regulations',
      'Order No. 331 of the State Council',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2001-12-10',
    effective: '2002-01-01',
    amended: ['2011-01-08', '2019-03-02'],
    summary:
      'State Council rules on transfers of technology into and out of China (patents, know-how, technical services): free technologies need only contract registration, restricted ones a licence, prohibited ones may not be exported.',
    relations: [{ type: 'based_on', target: 'document:foreign-trade-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=225779',
        title: 'csrcare.com',
        quote:
          "Regulations of the People's Republic of China on the Administration of Import and Export of Technologies (Promulgated by Order No. 331 of the State Council of the People's Republic of China on December 10, 2001; amended in accordance with the Decision of the State Council on Abolishing and Amending Some Administration Regulations by the Order No. 588 of the State Council of the People's Republic of China on January 8, 2011; and amended in accordance with the Decision of the State Council to Amend Certain Administrative Regulations on March 2, 2019) … Article 1 These regulations are formulated in accordance with the Foreign Trade Law of the People's Republic of China",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'relations'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-4-043A75D2A.00007A95.3D6C-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Administrative Regulations of the People's Republic of China on Technology Import and Export\n\nOrder of the State Council [2001] No. 331\n\nDecember 10, 2001\n\nThe Administrative Regulations of the People's Republic of China on Technology Import and Export, which was adopted at the 46th executive meeting of the State Council on October 31, 2010, is hereby promulgated and shall come into force as of January 1, 2002.",
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://enread.com/job/law/31777.html',
        title: 'enread.com',
        quote:
          'These Procedures have been formulated in accordance with the PRC, Foreign Trade Law and the PRC, Administration of Technology Import and Export Regulations in order to promote the development of China\'s export of technology.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.zhenghe.cn/ZCT/PolicyReadDetail?id=3e948e48-36e0-4a20-af2c-33eb471eb4b2',
        title: '政合网 (商务部)',
        quote:
          '根据《中华人民共和国对外贸易法》和《中华人民共和国技术进出口管理条例》(以下简称《条例》),商务部会同科技部制定、调整并公布禁止和限制出口的技术目录。《目录》禁止出口的技术不得出口,限制出口的技术实行许可证管理。《目录》以外技术属于自由出口的技术,实行合同登记管理。',
        supports: ['nameZh', 'kind', 'summary'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=225779',
        title: 'csrcare.com',
        quote:
          'Article 2 Import and export of technologies in these Regulations refer to the transfer of technologies from outside of the People\'s Republic of China (hereinafter "P.R.C.") into P.R.C. or from inside of P.R.C. to outside of P.R.C. by way of foreign trade, investment, or economic or technological cooperation. Such transfer includes assignment of patent rights or rights to apply for patents, licensing of rights to implement patents, assignment of technical know-how, technical service and etc.',
        supports: ['summary'],
      },
      {
        url: 'https://www.tiangandpartners.com/en/publications/china-revised-controls-export-technology-possibly-significant-escalation-us-trade-tensions-sep2020.html',
        title: 'Tiang & Partners – China’s revised controls on the export of technology',
        quote:
          'On 28 August, Announcement No. 38 was jointly issued by China’s Ministry of Commerce (MOFCOM) and the Ministry of Science and Technology, revising the Catalogue of Technologies Prohibited and Restricted from Export pursuant to the Regulations of the People’s Republic of China on the Administration of technology Import and Export (Order 709, amended 2019).',
        supports: ['name'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC announcement on gallium and germanium (2023) ─────────────
  {
    id: 'document:announcement-on-export-control-of-gallium-and-germanium-related-items',
    name: 'Announcement on Export Control of Gallium and Germanium-Related Items',
    nameZh: '关于对镓、锗相关物项实施出口管制的公告',
    aliases: ['Announcement on the Implementation of Export Control on Gallium and Germanium-related Items'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2023-07-03',
    effective: '2023-08-01',
    // Folded into the Export Control List of Dual-Use Items, which replaced it on 1 December 2024.
    repealed: '2024-12-01',
    summary:
      'MOFCOM and customs announcement (No. 23 of 2023) requiring an export licence for gallium and germanium metals and compounds used in chips, from 1 August 2023; its items moved into the unified dual-use list in December 2024.',
    relations: [{ type: 'based_on', target: 'document:export-control-law', source: 2 }],
    sources: [
      {
        url: 'https://chinajusticeobserver.com/a/china-imposes-export-controls-on-gallium-and-germanium',
        title: 'China Justice Observer',
        quote:
          'On 3 July 2023, China’s Ministry of Commerce (MOFCOM) and General Administration of Customs (GAC) issued the “Announcement on Export Control of Gallium and Germanium-Related Items” (Announcement No. 23 [2023], hereinafter the “Announcement”, 关于对镓、锗相关物项实施出口管制的公告).',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.mondaq.com/china/export-controls--trade--investment-sanctions/1350848/china-releases-latest-export-control-measures-on-gallium-and-germanium',
        title: 'Mondaq',
        quote:
          "On 3 July 2023, China's Ministry of Commerce (MOFCOM) and General Administration of Customs (GACC) published the Announcement on the Implementation of Export Control on Gallium and Germanium-related Items (the Announcement), imposing export control measures on gallium and germanium-related items (the Controlled Items) from 1 August 2023. The Announcement does not ban, but requires exporters to obtain licenses, for the export of the Controlled Items.",
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://lpssylw.com/en/commercial-regulations/export-control-2',
        title: 'lpssylw.com',
        quote:
          'In accordance with the Export Control Law of the Peoples Republic of China, the Foreign Trade Law of the Peoples Republic of Chinaforeign tradeand the Customs Law of the Peoples Republic of China, China has decided to implement export controls on gallium and germanium-related items to safeguard national security and interests.',
        supports: ['relations'],
      },
      {
        url: 'https://www.globalpolicywatch.com/author/aywang/',
        title: 'Covington & Burling (Global Policy Watch)',
        quote:
          'Starting August 1, 2023, Chinese exporters of gallium, germanium, and certain related chemical compounds must obtain export licenses from MOFCOM before exporting these materials. … Gallium and germanium are integral to producing semiconductor wafers, integrated circuits, light-emitting diodes, electric vehicles, solar cells, fiber-optic cables, and other electronic components.',
        supports: ['effective', 'summary'],
      },
      {
        url: 'https://globalpccs.com/2024/12/10/china-issues-export-control-list-of-dual-use-items',
        title: 'Global PCCS',
        quote:
          'jointly issued the Export Control List of Dual-use Items (hereinafter referred to as the “New List”). It will take effect on December 1, 2024. … Additionally, over ten official announcements of specific control on certain dual-use items will be repealed at the same time, as they have been integrated into the New List, e.g., … - Announcement concerning export control on gallium and germanium-related items (issued in 2023)\n- Announcement regarding adjustments to temporary export control measures for graphite items (issued in 2023)',
        supports: ['repealed', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC announcement on graphite (2023) ─────────────
  {
    id: 'document:announcement-on-optimising-temporary-export-control-measures-for-graphite-items',
    name: 'Announcement on Optimizing and Adjusting Temporary Export Control Measures for Graphite Items',
    nameZh: '关于优化调整石墨物项临时出口管制措施的公告',
    aliases: ['Announcement on the Optimisation and Adjustment of Temporary Export Control Measures for Graphite Items'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2023-10-20',
    effective: '2023-12-01',
    // Folded into the Export Control List of Dual-Use Items, which replaced it on 1 December 2024.
    repealed: '2024-12-01',
    summary:
      'MOFCOM and customs announcement putting three highly sensitive graphite items, spheroidized graphite among them, formally on the dual-use export control list (natural flake graphite and its products need an export licence) from 1 December 2023, and lifting temporary controls on five less sensitive graphite items.',
    relations: [{ type: 'based_on', target: 'document:export-control-law', source: 1 }],
    sources: [
      {
        url: 'https://prod.iea.org/policies/17933-announcement-on-the-optimisation-and-adjustment-of-temporary-export-control-measures-for-graphite-items',
        title: 'International Energy Agency',
        quote:
          'Announcement on the Optimisation and Adjustment of Temporary Export Control Measures for Graphite Items … On 20 October, China’s Ministry of Commerce (MOFCOM) of China and the General Administration of Customs (GAC) announced that certain graphite products would require export permits to protect national security, effective from 1 December 2023.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.interos.ai/resources/chinas-graphite-controls-full-text-translation/',
        title: 'Interos',
        quote:
          'Official Announcement of the Ministry of Commerce and the General Administration of Customs on Optimizing and Adjusting Temporary Export Control Measures for Graphite Items … In accordance with the relevant provisions of the Export Control Law of the People’s Republic of China, the Foreign Trade Law of the People’s Republic of China, and the Customs Law of the People’s Republic of China, in order to safeguard national security and interests',
        supports: ['name', 'issuers', 'relations'],
      },
      {
        url: 'https://english.news.cn/20231020/b218269f9f9e4c708aae37c0ad3d4fe1/c.html',
        title: 'Xinhua',
        quote:
          'BEIJING, Oct. 20 (Xinhua) -- The Chinese government announced on Friday that it will impose export controls on certain graphite materials and related products. … Meanwhile, natural flake graphite and its products, including spheroidized graphite and expanded graphite, will also be banned from export unless there is permission, according to the announcement.\nThe control measures take effect on Dec. 1, 2023, according to the announcement.',
        supports: ['promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://itaiwannews.cn/2023-10-20/7dd6e298-dacf-3cb3-3a0e-83063f9f5b48.html',
        title: '海外网',
        quote:
          '答:10月20日,中国商务部会同海关总署发布关于优化调整石墨物项临时出口管制措施的公告,将此前实施临时管制的球化石墨等3种高敏感石墨物项正式纳入两用物项出口管制清单;同时,取消对炉用碳电极等5种主要用于钢铁、冶金、化工等国民经济基础工业的低敏感石墨物项的临时管制。上述政策将于2023年12月1日起正式施行。',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://globalpccs.com/2024/12/10/china-issues-export-control-list-of-dual-use-items',
        title: 'Global PCCS',
        quote:
          'jointly issued the Export Control List of Dual-use Items (hereinafter referred to as the “New List”). It will take effect on December 1, 2024. … Additionally, over ten official announcements of specific control on certain dual-use items will be repealed at the same time, as they have been integrated into the New List, e.g., … - Announcement concerning export control on gallium and germanium-related items (issued in 2023)\n- Announcement regarding adjustments to temporary export control measures for graphite items (issued in 2023)',
        supports: ['repealed', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM Announcement No. 61 of 2025: overseas rare earth items ─────────────
  {
    id: 'document:decision-to-implement-export-controls-on-relevant-overseas-rare-earth-items',
    name: 'Decision to Implement Export Controls on Relevant Rare Earth Items from Overseas',
    nameZh: '对境外相关稀土物项实施出口管制的决定',
    aliases: [
      'Decision on Imposing Export Controls on Relevant Rare Earth Items Overseas',
      // Not "MOFCOM Announcement No. 61 of 2025": search reads "Ofcom" into that alias.
      'Ministry of Commerce Announcement No. 61 of 2025',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2025-10-09',
    // Its rules on foreign-made items with Chinese rare earth content apply from 1 December 2025,
    // the rest from publication; MOFCOM/GAC Announcement No. 70 of 2025 later suspended them.
    summary:
      'MOFCOM announcement (No. 61 of 2025) requiring foreign exporters to obtain a Chinese dual-use export licence for rare earth magnets and materials made abroad with 0.1% or more Chinese-origin rare earths or with Chinese rare earth technology.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'http://www.sscollege.cn/en/news/44800.html',
        title: 'sscollege.cn (MOFCOM)',
        quote:
          "MOFCOM Announcement No. 61 of 2025: Announcement of the Decision to Implement Export Controls on Relevant Rare Earth Items from Overseas\n[Issuing Unit] National Security and Control Bureau\n[Issuing Document Number] MOFCOM Announcement No. 61 of 2025\n[Issuing Date] October 9, 2025\nTo safeguard national security and interests, in accordance with the Export Control Law of the People's Republic of China, the Regulations of the People's Republic of China on Export Control of Dual-Use Items, and other relevant laws and regulations",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.chemradar.com/en/news/detail/f1la2toi5p1c',
        title: 'ChemRadar',
        quote:
          'On October 9, 2025, the Ministry of Commerce issued two announcements, announcing a series of export control measures.\nMinistry of Commerce Announcement No. 61 of 2025: Decision on Imposing Export Controls on Relevant Rare Earth Items Overseas\n- Overseas organizations and individuals (hereinafter referred to as Overseas Designated Exporters) must obtain a dual-use item export license issued by the Ministry of Commerce before exporting the following items:',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.mondaq.com/china/international-law/1694192/%E4%BA%A7%E5%93%81%E4%B8%8E%E6%8A%80%E6%9C%AF%E7%9B%91%E7%AE%A1%E5%8F%8C%E7%AE%A1%E9%BD%90%E4%B8%8B%E4%B8%AD%E5%9B%BD%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E6%96%B0%E8%A7%84%E5%8F%91%E5%B8%83',
        title: 'Mondaq',
        quote:
          '2025年10月9日，中国商务部连发六项公告，我国在出口管制领域监管的进一步完善，其中 第61号公告《 对境外相关稀土物项实施出口管制的决定》（简称"61号公告"） 是我国首次宣布 对境外稀土相关物项实施出口管制的具体措施',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://udn.com/news/story/7333/9059047',
        title: '聯合新聞網',
        quote:
          '規定物項包含3種：一是含有、集成或者混有原產於中國的金屬釤、金屬鏑、金屬釓等物項，在境外製造的稀土永磁材料、稀土靶材等，且前者占境外製造的後者的價值比率達到0.1%及以上的；二是使用原產於中國的稀土開採、冶煉分離、金屬冶煉、磁材製造、稀土二次資源回收利用「相關技術」在境外生產的相關稀土物項；三是原產於中國的相關稀土物項。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MOFCOM Announcement No. 62 of 2025: rare earth technologies ─────────────
  {
    id: 'document:decision-on-implementing-export-controls-on-rare-earth-related-technologies',
    name: 'Decision on Implementing Export Controls on Rare Earth Related Technologies',
    nameZh: '对稀土相关技术实施出口管制的决定',
    zhShortNames: ['商务部公告2025第62号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2025-10-09',
    effective: '2025-10-09',
    summary:
      'MOFCOM announcement (No. 62 of 2025) requiring an export licence for technologies of rare earth mining, smelting and separation, metal smelting, magnet making and recycling, and for assembling or maintaining such production lines.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'http://www.sscollege.cn/en/news/44809.html',
        title: 'sscollege.cn (MOFCOM)',
        quote:
          "MOFCOM Announcement No. 62 of 2025: Announcement of the Decision on Implementing Export Controls on Rare Earth Related Technologies\n[Issuing Unit] National Security and Control Bureau\n[Issuing Document Number] MOFCOM Announcement No. 62 of 2025\n[Issuing Date] October 9, 2025\nTo safeguard national security and interests, in accordance with the Export Control Law of the People's Republic of China, the Regulations of the People's Republic of China on Export Control of Dual-Use Items, and other relevant laws and regulations",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://www.sscollege.cn/en/news/44809.html',
        title: 'sscollege.cn (MOFCOM)',
        quote:
          'I. The following items may not be exported without permission:\n(1) Technologies and carriers related to rare earth mining, smelting and separation, metal smelting, magnetic material manufacturing, and the recycling and utilization of rare earth secondary resources; (Control Code: 1E902.a)\n(2) Technologies related to the assembly, commissioning, maintenance, repair, and upgrading of production lines for rare earth mining, smelting and separation, metal smelting, magnetic material manufacturing, and the recycling and utilization of rare earth secondary resources.',
        supports: ['summary'],
      },
      {
        url: 'https://www.mondaq.com/china/international-law/1694192/%E4%BA%A7%E5%93%81%E4%B8%8E%E6%8A%80%E6%9C%AF%E7%9B%91%E7%AE%A1%E5%8F%8C%E7%AE%A1%E9%BD%90%E4%B8%8B%E4%B8%AD%E5%9B%BD%E7%A8%80%E5%9C%9F%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E6%96%B0%E8%A7%84%E5%8F%91%E5%B8%83',
        title: 'Mondaq',
        quote:
          '2025年10月9日，中国商务部连发六项公告 … 第62 号公告《对稀土相关技术实施出口管制的决定》（简称"62号公告"，与61号公告合称为"两项公告"） 则是我国首次就技术出口管制单独发布公告。61号公告部分内容和62号公告自发布之日起实施。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://udn.com/news/story/7333/9059047',
        title: '聯合新聞網 (udn.com)',
        quote:
          '大陸商務部9日上午9時在官網發布「商務部公告2025第61號 公布對境外相關稀土物項實施出口管制的決定」以及「商務部公告2025第62號 公布對稀土相關技術實施出口管制的決定」。',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC Announcement No. 58 of 2025: lithium batteries and graphite anodes ─────────────
  {
    id: 'document:decision-to-implement-export-controls-on-lithium-batteries-and-artificial-graphite-anode-materials',
    name: 'Decision to Implement Export Controls on Items Related to Lithium Batteries and Artificial Graphite Anode Materials',
    nameZh: '对锂电池和人造石墨负极材料相关物项实施出口管制的决定',
    zhShortNames: ['商务部 海关总署公告2025年第58号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2025-10-09',
    effective: '2025-11-08',
    summary:
      'MOFCOM and customs announcement (No. 58 of 2025) putting lithium-ion batteries of 300 Wh/kg or more, battery-making equipment, cathode materials and artificial graphite anode materials and their technology under export licensing from 8 November 2025.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'https://xkzj.mofcom.gov.cn/tzgg/art/2025/art_1bc20676fe4f4c1ea0f25c274ede7cac.html',
        title: '商务部',
        quote:
          '商务部 海关总署公告2025年第58号 公布对锂电池和人造石墨负极材料相关物项实施出口管制的决定\n\n【发布单位】安全与管制局\n【发布文号】商务部 海关总署公告2025年第58\n【发文日期】20251009\n\n       根据《中华人民共和国出口管制法》《中华人民共和国对外贸易法》《中华人民共和国海关法》《中华人民共和国两用物项出口管制条例》有关规定,为维护国家安全和利益、履行防扩散等国际义务,经国务院批准,决定对下列物项实施出口管制:',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://news.metal.com/newscontent/103560601/[SMM-Analysis]-China-Implements-Export-Controls-on-Lithium-Batteries-and-Key-Materials,-Covering-High-End-Batteries-and-Artificial-Graphite-Anodes',
        title: 'SMM (Shanghai Metals Market)',
        quote:
          'On October 9, 2025, the Ministry of Commerce and the General Administration of Customs jointly issued Announcement No. 58 of 2025, deciding to implement export controls on items related to lithium batteries, cathode materials, and graphite anode materials. The measure will take effect on November 8, 2025 … Ministry of Commerce, General Administration of Customs Announcement No. 58 of 2025 on the Decision to Implement Export Controls on Items Related to Lithium Batteries and Artificial Graphite Anode Materials',
        supports: ['name', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://news.metal.com/newscontent/103560601/[SMM-Analysis]-China-Implements-Export-Controls-on-Lithium-Batteries-and-Key-Materials,-Covering-High-End-Batteries-and-Artificial-Graphite-Anodes',
        title: 'SMM (Shanghai Metals Market)',
        quote:
          'According to the announcement, the controlled items include high-end lithium-ion batteries with a gravimetric energy density greater than or equal to 300 Wh/kg, key battery production equipment, various cathode materials and their precursors, as well as artificial graphite anode materials and related production equipment and technology.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MSS procedural rules (2024) ─────────────
  {
    id: 'document:administrative-law-enforcement-procedures-of-national-security-agencies',
    name: 'Administrative Law Enforcement Procedures of the National Security Agencies',
    nameZh: '国家安全机关行政执法程序规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mss'],
    effective: '2024-07-01',
    summary:
      'Ministry of State Security rules on administrative law enforcement by state security organs: prevention guidance, investigation and evidence collection (including inspecting the electronic devices of individuals and organisations), expropriation and compensation, and administrative penalties.',
    sources: [
      {
        url: 'https://www.globaltimes.cn/page/202404/1311334.shtml',
        title: 'Global Times',
        quote:
          'China\'s Ministry of State Security has released two departmental regulations, namely the "Administrative Law Enforcement Procedures of the National Security Agencies" and the "Criminal Case Handling Procedures of the National Security Agencies." … The two regulations were promulgated in the departmental orders signed by the Minister of State Security Chen Yixin on Friday, and will be implemented from July 1, 2024.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://wxredian.com/art?id=ac56a27e4a76e9c0d054a4be3278fb28',
        title: '国家安全部法治办公室 (wxredian.com)',
        quote:
          '《国家安全机关行政执法程序规定》《国家安全机关办理刑事案件程序规定》(以下简称“两个程序规定”)已于2024年7月1日起施行。这是国家安全部首次制定公布执法办案程序规定',
        supports: ['nameZh', 'kind', 'issuers', 'effective'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202404/1311334.shtml',
        title: 'Global Times',
        quote:
          'According to the ministry, the "Administrative Law Enforcement Procedures of the National Security Agencies" consists of seven chapters and 140 articles, including general principles, prevention guidance, investigation and evidence collection, expropriation and compensation, administrative penalties, periods and service, and supplementary provisions.',
        supports: ['summary'],
      },
      {
        url: 'https://news.creaders.net/china/2024/05/01/2727727.html',
        title: '看中国新闻网 (creaders.net)',
        quote:
          '第40条规定,国家安全机关依法对有关个人及组织的电子设备、设施及有关程序、工具进行查验,应当经设区的市级以上国家安全机关负责人批准,制作查验通知书。',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:criminal-case-handling-procedures-of-national-security-agencies',
    name: 'Criminal Case Handling Procedures of the National Security Agencies',
    nameZh: '国家安全机关办理刑事案件程序规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mss'],
    promulgated: '2024-04-26',
    effective: '2024-07-01',
    summary:
      'Ministry of State Security rules on how state security organs handle criminal cases, from jurisdiction, lawyers and evidence to coercive measures and investigation.',
    sources: [
      {
        url: 'https://www.globaltimes.cn/page/202404/1311334.shtml',
        title: 'Global Times',
        quote:
          'Published: Apr 26, 2024 … China\'s Ministry of State Security has released two departmental regulations, namely the "Administrative Law Enforcement Procedures of the National Security Agencies" and the "Criminal Case Handling Procedures of the National Security Agencies." … The two regulations were promulgated in the departmental orders signed by the Minister of State Security Chen Yixin on Friday, and will be implemented from July 1, 2024.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202404/1311334.shtml',
        title: 'Global Times',
        quote:
          'The "Criminal Case Handling Procedures of the National Security Agencies" consists of 11 chapters and 360 articles, including general principles, jurisdiction, avoidance, participation of lawyers in criminal proceedings, evidence, coercive measures, filing and withdrawal of cases, investigation, execution of penalties, special procedures,',
        supports: ['summary'],
      },
      {
        url: 'https://wxredian.com/art?id=ac56a27e4a76e9c0d054a4be3278fb28',
        title: '国家安全部法治办公室 (wxredian.com)',
        quote:
          '《国家安全机关行政执法程序规定》《国家安全机关办理刑事案件程序规定》(以下简称“两个程序规定”)已于2024年7月1日起施行。这是国家安全部首次制定公布执法办案程序规定',
        supports: ['nameZh', 'kind', 'issuers', 'effective'],
      },
    ],
  },

  // ───────────── State Council IC and software industry policies (2000, 2011, 2020) ─────────────
  {
    id: 'document:several-policies-on-encouraging-development-of-software-and-integrated-circuit-industries',
    name: 'Several Policies on Encouraging the Development of the Software Industry and the Integrated Circuit Industry',
    nameZh: '鼓励软件产业和集成电路产业发展的若干政策',
    aliases: [
      'Several Policies to Encourage the Development of the Software Industry and Integrated Circuit Industry',
      'Policies on Encouraging the Development of Software Industry and Integrated Circuit industry',
    ],
    zhShortNames: ['国发[2000]18号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2000-06',
    summary:
      'The State Council’s 2000 package of support for the software and chip industries (Document No. 18): investment, financing, tax, export and IP measures.',
    sources: [
      {
        url: 'https://www.ppdoc.com/periodical/46eb145b59603f7afb4ffd295c5f1c46.html',
        title: 'ppdoc.com',
        quote:
          '自国务院颁布《关于鼓励软件产业和集成电路产业发展的若干政策》(国发[2000]18号)后,业界无不欢欣鼓舞 … Since the State Council promulgated the “Several Policies on Encouraging the Development of the Software Industry and the Integrated Circuit Industry” (Guo Fa [2000] No. 18), the industry is all over the world rejoicing',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://jxxfw.com/periodical/ef5650aa2230f3feb08b308d093abeb3.html',
        title: 'jxxfw.com',
        quote:
          '2000年国务院发布了18号文件,即《鼓励软件产业和集成电路产业发展的若干政策》 … In 2000, the State Council issued the 18th document, “Several Policies to Encourage the Development of the Software Industry and Integrated Circuit Industry”.',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'http://world-investment.blogspot.com/2012/02/what-are-specific-policies-that.html',
        title: 'World Investment',
        quote:
          'in June 2000 the Chinese government issued Policies on Encouraging the Development of Software Industry and Integrated Circuit industry. The document provides policy support to the software industry in the aspects of investment, financing, taxation, industrial technology, export, accreditation of software enterprises, and protection of intellectual property rights.',
        supports: ['aliases', 'promulgated', 'summary'],
      },
    ],
  },
  {
    id: 'document:notice-on-several-policies-to-further-encourage-software-and-integrated-circuit-industries',
    name: 'Policies for Further Encouraging the Development of the Software Industry and the Integrated Circuit Industry',
    nameZh: '国务院关于印发进一步鼓励软件产业和集成电路产业发展若干政策的通知',
    zhShortNames: ['国发〔2011〕4号', '进一步鼓励软件产业和集成电路产业发展若干政策的通知'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2011-01-28',
    summary: 'The State Council’s 2011 policies (Guo Fa [2011] No. 4) further encouraging the software and integrated circuit industries, with sizeable tax cuts.',
    sources: [
      {
        url: 'https://ee.m.ofweek.com/2020-08/ART-8500-2801-30452714.html',
        title: 'OFweek',
        quote:
          '国务院上一次颁布同类型政策是在2011年。当时的政策名为《国务院关于印发进一步鼓励软件产业和集成电路产业发展若干政策的通知》(国发〔2011〕4号),从字面上看,软件排在了集成电路之前。\n\n2011年政策的减税力度也不小',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://scholarmate.com/S/RQNECI',
        title: 'scholarmate.com',
        quote: '国务院2011年颁发了《进一步鼓励软件产业和集成电路产业发展若干政策的通知》(国发[2011]4号),2014年6月公布了《国家集成电路产业发展推进纲要》',
        supports: ['zhShortNames', 'issuers', 'promulgated'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-1339106-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Circular of the State Council on Printing and Distributing Policies for Further Encouraging the Development of the Software Industry and the Integrated Circuit Industry\n\nGuo Fa [2011] No. 4\n\nJanuary 28, 2011 … The Policies for Further Encouraging the Development of the Software Industry and the Integrated Circuit Industry are hereby distributed to you for your earnest compliance and implementation.',
        supports: ['name', 'aliases', 'promulgated'],
      },
    ],
  },
  {
    id: 'document:several-policies-for-promoting-high-quality-development-of-integrated-circuit-and-software-industries-in-new-era',
    name: 'Policies for Promoting the High-quality Development of the Integrated Circuit Industry and Software Industry in the New Era',
    nameZh: '新时期促进集成电路产业和软件产业高质量发展的若干政策',
    zhShortNames: ['关于新时期促进集成电路产业和软件产业高质量发展若干政策的通知'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2020-07-27',
    summary: 'The State Council’s 2020 policies for chips and software (Guofa [2020] No. 8), following those of 2000 and 2011, to improve the two industries’ development environment, international cooperation, innovation and quality.',
    relations: [
      { type: 'cites', target: 'document:several-policies-on-encouraging-development-of-software-and-integrated-circuit-industries', source: 2 },
      { type: 'cites', target: 'document:notice-on-several-policies-to-further-encourage-software-and-integrated-circuit-industries', source: 2 },
    ],
    sources: [
      {
        url: 'https://m.163.com/money/article/G18T9PE200258152.html',
        title: '网易 (163.com)',
        quote: '工信部新闻发言人、运行监测协调局局长黄利斌表示,国务院已于2020年8月印发《新时期促进集成电路产业和软件产业高质量发展的若干政策》',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'https://ee.m.ofweek.com/2020-08/ART-8500-2801-30452714.html',
        title: 'OFweek',
        quote: '8月4日,国务院发布《关于新时期促进集成电路产业和软件产业高质量发展若干政策的通知》(下称“集成电路新政”)。',
        supports: ['zhShortNames', 'issuers'],
      },
      {
        url: 'https://en.icmtia.com/news/489.html',
        title: 'CMTIA (State Council notice, English)',
        quote:
          'We are now issuing to you the “Several Policies for Promoting High-Quality Development … in the New Era.” … State Council\n\n2020 July 27 … Since the issuance of the “Notice of the State Council on Promulgating Several Policies to Encourage the Development of the Software Industry and the Integrated Circuit Industry” (Guofa [2000] No. 18) and the “Notice of the State Council on Promulgating Several Further Policies … ” (Guofa [2011] No. 4) … To further optimize the development environment for the integrated circuit industry and the software industry, deepen international cooperation in these industries, and enhance their innovation capabilities and development quality',
        supports: ['status', 'promulgated', 'relations', 'summary'],
      },
      {
        url: 'https://www.chinatrademonitor.com/state-council-issues-policies-for-promoting-the-high-quality-development-of-the-integrated-circuit-industry-and-software-industry-in-the-new-era/',
        title: 'China Trade Monitor',
        quote:
          'On July 27, the State Council issued the Several Policies for Promoting the High-quality Development of the Integrated Circuit Industry and Software Industry in the New Era (国务院关于印发新时期促进集成电路产业和软件产业高质量发展若干政策的通知).',
        supports: ['name'],
      },
    ],
  },

  // ───────────── National IC Industry Development Outline (2014) and Made in China 2025 (2015) ─────────────
  {
    id: 'document:national-integrated-circuit-industry-development-outline',
    name: 'National Integrated Circuit Industry Development Outline',
    nameZh: '国家集成电路产业发展推进纲要',
    aliases: [
      'Outline for Promoting the Development of the National Integrated Circuit Industry',
    ],
    kind: 'plan',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2014-06',
    summary:
      'The State Council’s 2014 plan for the chip industry, with targets for 2015, 2020 and 2030, a national leading group and a national industry investment fund (the “Big Fund”).',
    sources: [
      {
        url: 'http://cpc.people.com.cn/n/2014/0625/c87228-25195148.html',
        title: '人民网 (重庆日报, 新华社)',
        quote:
          '据新华社北京6月24日电 (记者 张辛欣 高亢)国务院日前印发的《国家集成电路产业发展推进纲要》提出,到2015年集成电路产业销售收入超过3500亿元。 … 纲要同时提出,通过成立国家集成电路产业发展领导小组、设立国家产业投资基金等一系列保障措施切实助力产业持续健康发展。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://scholarmate.com/S/RQNECI',
        title: 'scholarmate.com',
        quote: '国务院2011年颁发了《进一步鼓励软件产业和集成电路产业发展若干政策的通知》(国发[2011]4号),2014年6月公布了《国家集成电路产业发展推进纲要》',
        supports: ['nameZh', 'promulgated'],
      },
      {
        url: 'https://www.ppdoc.com/periodical/8749a7a9c0c44ecb1baa9448b2ed4192.html',
        title: 'ppdoc.com',
        quote:
          'The promulgation of the National Integrated Circuit Industry Development Outline promulgated a new and powerful impetus for the leaping development of China’s integrated circuit industry.',
        supports: ['name'],
      },
      {
        url: 'https://www.syhmjs.com/periodical/bba6f7f8b7a3dc5c1bb3064747bfd665.html',
        title: 'syhmjs.com',
        quote:
          'the Ministry of Industry and Information Technology, the National Development and Reform Commission, the Ministry of Science and Technology, the Ministry of Finance and other departments have compiled the Outline for Promoting the Development of the National Integrated Circuit Industry, which was formally approved by the State Council for promulgation and implementation.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://doc.cserver.com.cn/doc_24f9c9fa-d91e-4d86-bc69-a7baf28ffc35.html',
        title: 'doc.cserver.com.cn',
        quote:
          '国务院在《国家集成电路产业发展推进纲要》(简称《纲要》)中部署了集成电路产业 2015 年、2020 年以及 2030 年的发展目标。为落实国务院在《纲要》中提出的集成电路产业战略发展目标,中国各政府部门纷纷出台相应政策以及扶持方案支持中国集成电路产业的发展,例如财政部牵头成立国家集成电 路产业基金(简称大基金)',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:made-in-china-2025',
    name: 'Made in China 2025',
    nameZh: '中国制造2025',
    kind: 'plan',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2015-05-19',
    summary: 'The State Council’s 2015 strategy to make China a manufacturing power, the action plan for the first decade of that strategy.',
    sources: [
      {
        url: 'https://www.ppdoc.com/periodical/8749a7a9c0c44ecb1baa9448b2ed4192.html',
        title: 'ppdoc.com',
        quote:
          '国务院2015年5月19日印发了《中国制造2025》,部署全面推进实施制造强国战略,这是我国实施制造强国战略第一个十年的行动纲领。 … On May 19, 2015, the State Council issued “Made in China 2025” and deployed to comprehensively promote the implementation of the strategy of manufacturing power.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Export Control List of Dual-Use Items (MOFCOM Announcement No. 51 of 2024) ─────────────
  {
    id: 'document:export-control-list-of-dual-use-items',
    name: 'Export Control List of Dual-Use Items',
    nameZh: '两用物项出口管制清单',
    aliases: ["List of Dual-Use Items Subject to Export Control of the People's Republic of China"],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'miit', 'gac', 'sca'],
    promulgated: '2024-11-15',
    effective: '2024-12-01',
    summary:
      'China’s first unified list of about 700 dual-use items under export control, consolidating the nuclear, biological, chemical and missile controls and the item announcements (gallium, germanium, graphite and others) into one.',
    relations: [
      { type: 'implements', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'https://urbanmines.jp/chinas-remarks-on-the-release-of-the-export-control-of-dual-use-items',
        title: 'UrbanMines',
        quote:
          'By the State Council of China, on November 15, 2024, the Ministry of Commerce, together with the Ministry of Industry and Information Technology, the General Administration of Customs, and the State Cryptography Administration, issued Announcement No. 51 of 2024, announcing the "Export Control List of Dual-Use Items of the People\'s Republic of China" (hereinafter referred to as the "List"), which will be implemented on December 1, 2024. … Answer: Formulating a unified "List" is a basic requirement for implementing the "Export Control Law of the People\'s Republic of China" and the "Regulations of the People\'s Republic of China on Export Control of Dual-Use Items"',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://chemradar.com/news/detail/e4klxl14abcw',
        title: 'ChemRadar',
        quote:
          'On November 15, 2024, the Ministry of Commerce, the Ministry of Industry and Information Technology, the General Administration of Customs, and the State Cryptography Administration jointly issued the "List of Dual-Use Items Subject to Export Control of the People\'s Republic of China" (Ministry of Commerce Announcement No. 51 of 2024), hereinafter referred to as the "Control List", which will be implemented starting from December 1, 2024.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://m.163.com/news/article/JHJLRKAK0535I9HT.html?clickfrom=subscribe',
        title: '网易 (央视新闻)',
        quote:
          '据央视新闻报道,经国务院批准,商务部近日会同工业和信息化部、海关总署、国家密码局发布2024年第51号公告,公布《中华人民共和国两用物项出口管制清单》,自2024年12月1日起实施。 … 中方始终秉持合理、审慎、适度的原则开展两用物项列管工作,目前已实施管制的两用物项数量仅700项左右,明显少于主要国家和地区。',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.tradecommissioner.gc.ca/en/market-industry-info/search-country-region/country/canada-china-export/compliance/dual-use-export-control-regulations.html',
        title: 'Trade Commissioner Service (Canada)',
        quote:
          "On November 15, 2024, China released the first unified Export Control List of Dual-Use Items of the People's Republic of China under the Regulations on the Export Control of Dual-Use Items framework. This list consolidates previously scattered controls governing nuclear, biological, chemical, and missile-related technologies. The new list includes approximately 700 dual-use items, all requiring export permits prior to shipment.",
        supports: ['name', 'promulgated', 'summary'],
      },
      {
        url: 'https://globalpccs.com/2024/12/10/china-issues-export-control-list-of-dual-use-items',
        title: 'Global PCCS',
        quote:
          'Additionally, over ten official announcements of specific control on certain dual-use items will be repealed at the same time, as they have been integrated into the New List, e.g.,\n- Announcement regarding temporary export control on tri-n-butyl phosphate (issued in 2003)\n- Announcement on export controls for potassium perchlorate (issued in 2021)\n- Announcement concerning export control on gallium and germanium-related items (issued in 2023)\n- Announcement regarding adjustments to temporary export control measures for graphite items (issued in 2023)',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Regulation on Rare Earth Administration (State Council, 2024) ─────────────
  {
    id: 'document:regulation-on-rare-earth-administration',
    name: 'Regulation on Rare Earth Administration',
    nameZh: '稀土管理条例',
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2024-04-26',
    promulgated: '2024-06-22',
    effective: '2024-10-01',
    summary:
      'State Council regulation on rare earth mining, smelting and separation, circulation and import and export, declaring the resources state-owned.',
    sources: [
      {
        url: 'http://big5.china.com.cn/gate/big5/jilu.china.com.cn/2024-07/02/content_42848003.htm',
        title: '中國網 (新華社)',
        quote:
          '近日,國務院總理李強日前簽署國務院令,公佈《稀土管理條例》(以下簡稱《條例》),自2024年10月1日起施行。',
        supports: ['nameZh', 'issuers', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/china-issues-regulation-on-rare-earth-administration',
        title: 'China Justice Observer – China Issues Regulation on Rare Earth Administration',
        quote:
          'China Issues Regulation on Rare Earth Administration\n\nThe Regulation on Rare Earth Administration (稀土管理条例, hereinafter the “Regulation”), as adopted by the State Council on 26 Apr. 2024, shall come into force on 1 Oct. 2024. … The Regulation, as the first regulation covering the entire rare earth industry chain in China, addresses multiple aspects such as production, circulation, and reserves',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://carbon.kcomber.com/en/news/f7ae3642-a6bb-4358-8c2d-36a801a6de50',
        title: 'China Carbon Credit Platform – "Regulations on the Management of Rare Earths" announced',
        quote:
          'Order of the State Council of the People\'s Republic of China\n\nno. 785\n\nThe "Regulations on the Management of Rare Earths" were adopted at the 31st executive meeting of the State Council on April 26, 2024 and are hereby promulgated and will come into effect on October 1, 2024.\n\nPremier Li Qiang\n\nJune 22, 2024',
        supports: ['kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://en.moj.gov.cn/2024-07/01/c_1000827.htm',
        title: 'Ministry of Justice (Xinhua) – China issues regulations on rare earth administration',
        quote:
          'Chinese Premier Li Qiang has signed a decree of the State Council, unveiling a set of regulations on rare earth administration. … The regulations specify punishment for illegal activities in areas including rare earth mining, smelting and extraction, product distribution, as well as unlawful imports and exports.',
        supports: ['issuers', 'status', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2024/0701/c90000-20187340.html',
        title: 'People’s Daily Online (China Daily) – China issues regulations on rare earth administration',
        quote:
          'The regulation also noted that rare earth belongs to the country and no organization or individual is allowed to claim them, and any illegal activity involving the mineral\'s output will be punished.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Detailed Rules implementing the Counter-Espionage Law (State Council, 2017) ─────────────
  {
    id: 'document:detailed-rules-for-implementation-of-counterespionage-law',
    name: 'Detailed Rules for the Implementation of the Counterespionage Law',
    nameZh: '反间谍法实施细则',
    aliases: ["Detailed Rules for the Implementation of the Counterespionage Law of the People's Republic of China"],
    zhShortNames: ['国务院令第692号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2017-11-22',
    effective: '2017-11-22',
    summary:
      'State Council rules implementing the Counterespionage Law: among others, what counts as overseas institutions and organisations, and the power of state security organs to bar entry or exit.',
    relations: [{ type: 'implements', target: 'document:counter-espionage-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=227060',
        title: 'csrcare.com',
        quote:
          "Detailed Rules for the Implementation of the Counterespionage Law of the People's Republic of China\n中华人民共和国反间谍法实施细则\nOrder of the State Council\n(No. 692)\nThe Detailed Rules for the Implementation of the Counterespionage Law of the People's Republic of China are hereby issued, and shall come into force on the date of issuance.\nPremier: Li Keqiang\nNovember 22, 2017 … Article 1 These Detailed Implementing Rules are developed in accordance with the Counterespionage Law of the People's Republic of China",
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://www.toopoo.com/8/2/20833/',
        title: 'toopoo.com',
        quote: '中华人民共和国国务院令\n\n第692号\n\n  现公布《中华人民共和国反间谍法实施细则》,自公布之日起施行。\n\n  总理 李克强\n\n2017年11月22日',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'effective', 'zhShortNames'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=227060',
        title: 'csrcare.com',
        quote:
          'Article 3 For the purpose of the Counterespionage Law, “overseas institutions and organizations” include the branch (representative) offices and branch organizations formed within the territory of the People\'s Republic of China by overseas institutions and organizations.',
        supports: ['summary'],
      },
      {
        url: 'https://360docs.net/doc/065257544.html',
        title: '360docs.net (China Daily 双语)',
        quote:
          '根据细则,被认为入境后可能进行危害国家安全活动(be likely to engage in activities that might endanger national security)的境外个人,国家安全机关可以决定其在一定时期内不得入境。对涉嫌间谍行为的人员(individuals suspected of espionage),国家安全机关可以决定其在一定期限内不得出境。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Regulations on the Protection of Layout-Designs of Integrated Circuits (State Council, 2001) ─────────────
  {
    id: 'document:regulations-on-protection-of-integrated-circuit-layout-design',
    name: 'Regulations on Protection of Integrated Circuit Layout Design',
    nameZh: '集成电路布图设计保护条例',
    aliases: [
      'Regulations on the Protection of Layout-Designs of Integrated Circuits',
      'Protection of Integrated Circuit Layout Designs Regulations',
      'Regulations on the Protection of Layout Design of Semiconductor Integrated Circuits',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2001-03-28',
    promulgated: '2001-04-02',
    effective: '2001-10-01',
    summary:
      'State Council regulation protecting proprietary rights in integrated circuit layout designs.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=a9fd97d8c341b873bdfb&lib=law',
        title: 'PKULaw',
        quote:
          "Regulations on Protection of Integrated Circuit Layout Design [Effective]\n集成电路布图设计保护条例 [现行有效] … Order of the State Council of the People's Republic of China (No.300) … The Regulations on Protection of Integrated Circuit Layout Design was adopted at the 36th executive meeting of the State Council on March.28.2001, and is now promulgated and shall come into force since Oct.1.2001. … Prime Minister Zhu Rongji … April.2.2001",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.wipo.int/wipolex/zh/details.jsp?id=843',
        title: 'WIPO Lex',
        quote:
          "Rules for Implementing the Regulations on the Protection of Layout-Designs of Integrated Circuits (promulgated by Order No. 11 of September 18, 2001 of the State Intellectual Property Office of People's Republic of China)",
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2001/10/31/protection-of-integrated-circuit-layout-designs-regulations-implementing-rules',
        title: 'China Law & Practice',
        quote:
          'These Implementing Rules (Rules) have been formulated pursuant to the Protection of Integrated Circuit Layout Designs Regulations (the Regulations), in order to protect proprietary rights in integrated circuit layout designs (Layout Designs) and promote the development of, and innovations in, integrated circuit technology in China.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://jxxfw.com/periodical/ef5650aa2230f3feb08b308d093abeb3.html',
        title: 'jxxfw.com',
        quote: 'In 2001, the State Council promulgated the Regulations on the Protection of Layout Design of Semiconductor Integrated Circuits.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
    ],
  },
];
