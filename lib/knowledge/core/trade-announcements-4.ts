import type { CoreInstrument } from './types';

/**
 * China's export control and trade announcements as real pages cite them, by title or by number:
 * the MOFCOM and customs announcements controlling exports of critical minerals, rare earths and
 * drones, the ban on dual-use exports to the United States, the dual-use licence catalogue and the
 * commercial encryption import and export lists, customs' inquiry procedure for dual-use exports,
 * MOFCOM's compliance guidance for exporters, the technology export and contract registration
 * measures under the technology import and export regulations, and the foreign investment
 * information reporting measures.
 */
export const CORE_TRADE_ANNOUNCEMENTS_4: CoreInstrument[] = [

  // ───────────── MOFCOM Announcement No. 46 of 2024: dual-use exports to the United States ─────────────
  {
    id: 'document:announcement-on-strengthening-export-control-of-dual-use-items-to-united-states',
    name: 'Announcement on Strengthening Export Control of Relevant Dual-Use Items to the United States',
    nameZh: '关于加强相关两用物项对美国出口管制的公告',
    zhShortNames: ['商务部公告2024年第46号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2024-12-03',
    effective: '2024-12-03',
    // Its second clause (the gallium, germanium, antimony, superhard materials and graphite rules) is
    // suspended from 9 November 2025 to 27 November 2026 (MOFCOM Announcement No. 72 of 2025).
    summary:
      'MOFCOM announcement banning dual-use exports to US military users or uses and, in principle, exports of gallium, germanium, antimony and superhard materials to the United States, with stricter end-user review for graphite; the second clause is suspended until 27 November 2026.',
    relations: [{ type: 'based_on', target: 'document:export-control-law', source: 1 }],
    sources: [
      {
        url: 'https://www.swissinfo.ch/chi/%E4%B8%AD%E5%9B%BD%E6%94%BE%E5%AE%BD%E9%95%93%E9%94%97%E7%AD%89%E4%B8%A4%E7%94%A8%E7%89%A9%E9%A1%B9%E5%AF%B9%E7%BE%8E%E5%87%BA%E5%8F%A3/90303422',
        title: 'swissinfo.ch (法新社)',
        quote:
          '中国商务部网站9日公布，经批准，自即日起至2026年11月27日，商务部公告2024年第46号（「关于加强相关两用物项对美国出口管制的公告」）第二款暂停实施。\n\n2024年12月3日，中国商务部发布2024年第46号公告，指根据「中国出口管制法」等法律法规有关规定，为维护国家安全和利益、履行防扩散等国际义务，决定加强相关两用物项对美国出口管制。\n\n公告中的第一款是禁止两用物项对美国军事用户或军事用途出口。第二款是原则上不予许可镓、锗、锑、超硬材料相关两用物项对美国出口；对石墨两用物项对美国出口，实施更严格的最终用户和最终用途审查。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.shine.cn/news/nation/2412036081/',
        title: 'Shanghai Daily (Xinhua)',
        quote:
          "China's Ministry of Commerce on Tuesday announced a decision to tighten the control over the export of relevant dual-use items to the United States, to safeguard national security and interests and fulfill non-proliferation and other international obligations. … This announcement comes into effect as of the date of publication, according to the MOC. … The decision was made in accordance with Chinese laws including the Export Control Law of the People's Republic of China",
        supports: ['name', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://www.brecorder.com/news/40335663/china-bans-exports-of-gallium-germanium-antimony-to-us',
        title: 'Business Recorder (Reuters)',
        quote:
          'Reuters Published 03 Dec, 2024 02:21pm\nBEIJING: China will ban exports of “dual-use items” related to gallium, germanium, antimony and superhard materials to the US with immediate effect, its commerce ministry said on Tuesday',
        supports: ['promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.pakistantoday.com.pk/2025/11/09/china-suspends-part-of-control-measures-on-dual-use-items-export-to-us/',
        title: 'Pakistan Today (Xinhua)',
        quote:
          'The suspension of the second clause of the Announcement No. 46 of 2024 takes effect from Sunday until Nov. 27, 2026, the ministry noted in a statement.\n\nAccording to the clause, now suspended, the export of dual-use items related to gallium, germanium, antimony and superhard materials to the United States is not to be permitted in principle',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC Announcement No. 10 of 2025: tungsten, tellurium, bismuth, molybdenum, indium ─────────────
  {
    id: 'document:decision-to-implement-export-controls-on-tungsten-tellurium-bismuth-molybdenum-and-indium-items',
    name: 'Decision to Implement Export Controls on Items Related to Tungsten, Tellurium, Bismuth, Molybdenum and Indium',
    nameZh: '对钨、碲、铋、钼、铟相关物项实施出口管制的决定',
    zhShortNames: ['商务部 海关总署公告2025年第10号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2025-02-04',
    effective: '2025-02-04',
    summary:
      'MOFCOM and customs decision putting items related to tungsten, tellurium, bismuth, molybdenum and indium, such as tungsten oxide, under export control with immediate effect.',
    sources: [
      {
        url: 'https://www.sdkymymt.com/trendings/Y21zcG86MTM3NTQ',
        title: 'sdkymymt.com',
        quote:
          '自2024年12月底商务部发布了2025年《两用物项和技术进出口许可证管理目录》,商务部今年又新发了《商务部 海关总署公告2025年第10号公布对钨、碲、铋、钼、铟相关物项实施出口管制的决定》和《商务部 海关总署公告2025年第18号 公布对部分中重稀土相关物项实施出口管制的决定》。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://bignewsnetwork.com/news/275019500/1st-ld-writethru-china-announces-export-controls-on-items-related-to-tungsten-tellurium-bismuth-molybdenum-indium',
        title: 'Big News Network (Xinhua)',
        quote:
          'BEIJING, Feb. 4 (Xinhua) -- China on Tuesday announced export controls on items related to tungsten, tellurium, bismuth, molybdenum and indium, according to a statement jointly issued by the Ministry of Commerce (MOC) and the General Administration of Customs.\n\nThe policy comes into effect on Tuesday, according to the statement. … Xinhua\n4th February 2025, 20:45 GMT+11',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://world-today-news.com/china-implements-export-controls-on-tungsten-cricket-bismuth-molybdenum-and-indium-items',
        title: 'World Today News',
        quote:
          'China has announced the implementation of export controls on critical materials, including tungsten, tellurium, bismuth, molybdenum, and indium, effective February 4, 2025. This decision, jointly issued by the Ministry of Commerce and the General Administration of Customs … the controlled items include “Zhongzung Ammonium (customs product number: 2841801000), Tungsten Oxide',
        supports: ['issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC Announcement No. 18 of 2025: seven medium and heavy rare earths ─────────────
  {
    id: 'document:decision-to-implement-export-controls-on-certain-medium-and-heavy-rare-earth-items',
    name: 'Decision to Implement Export Controls on Certain Medium and Heavy Rare Earth-Related Items',
    nameZh: '对部分中重稀土相关物项实施出口管制的决定',
    zhShortNames: ['商务部 海关总署公告2025年第18号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2025-04-04',
    effective: '2025-04-04',
    summary:
      'MOFCOM and customs decision putting items related to samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium under export control.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 1 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 1 },
    ],
    sources: [
      {
        url: 'https://en.ckhq.net/html/d690b55870b095a96960f687dc9020ef.html',
        title: 'ckhq.net (MOFCOM spokesperson)',
        quote:
          'on April 4, the Ministry of Commerce, together with the General Administration of Customs, issued an announcement to implement export control measures on seven types of medium and heavy rare earth-related items including samarium, gadolinium, terbium, dysprosium, lutetium, scandium, and yttrium. This announcement took effect upon its release. … Announcement No. 18 of 2025 by the Ministry of Commerce and the General Administration of Customs: Decision to Implement Export Controls on Certain Medium and Heavy Rare Earth-Related Items',
        supports: ['name', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://hgt.cirs-group.com/service/detail/eiyexqfy7aps',
        title: 'CIRS (瑞旭集团)',
        quote:
          '2025年4月4日,商务部 海关总署联合发布公告——《商务部 海关总署公告2025年第18号 公布对部分中重稀土相关物项实施出口管制的决定》(以下简称《决定》),宣布对钐、钆、铽、镝、镥、钪、钇相关物项实施出口管制,并于发布之日起正式实施。 … 《决定》根据《中华人民共和国出口管制法》《中华人民共和国对外贸易法》《中华人民共和国海关法》《中华人民共和国两用物项出口管制条例》有关规定,对钐相关物项、钆相关物项、铽相关物项、镝相关物项、镥相关物项、钪相关物项、钇相关物项实施出口管制。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC Announcement No. 56 of 2025: rare earth equipment and raw materials ─────────────
  {
    id: 'document:decision-on-export-controls-on-certain-rare-earth-equipment-and-raw-and-auxiliary-materials',
    name: 'Decision on Imposing Export Controls on Items Related to Certain Rare Earth Equipment, Raw and Auxiliary Materials',
    nameZh: '对部分稀土设备和原辅料相关物项实施出口管制的决定',
    zhShortNames: ['商务部海关总署公告2025年第56号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2025-10-09',
    // Set to apply from 8 November 2025; MOFCOM/GAC Announcement No. 70 of 2025 suspended it
    // from 7 November 2025 to 10 November 2026.
    effective: '2025-11-08',
    summary:
      'MOFCOM and customs decision of 9 October 2025 putting rare earth production equipment, such as centrifugal extraction equipment and specialised kilns and furnaces, and certain raw and auxiliary materials under export control; suspended until 10 November 2026.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'https://law.esnai.com/view/227630',
        title: '中国会计视野法规库',
        quote:
          '发文标题: 公布对部分稀土设备和原辅料相关物项实施出口管制的决定\n发文文号: 商务部海关总署公告2025年第56号\n发文部门: 商务部 海关总署\n发文时间: 2025-10-9\n实施时间: 2025-11-8 … 根据《中华人民共和国出口管制法》《中华人民共和国对外贸易法》《中华人民共和国海关法》《中华人民共和国两用物项出口管制条例》有关规定,为维护国家安全和利益、履行防扩散等国际义务,经国务院批准,决定对下列物项实施出口管制:\n  一、2B902 稀土生产加工设备\n  (一)2B902.a.用于稀土生产加工的离心萃取设备。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations', 'summary'],
      },
      {
        url: 'https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4',
        title: 'ChemRadar',
        quote:
          "… jointly issued Announcement No. 70 of 2025, announcing the suspension of multiple previous announcements effective immediately until November 10, 2026. The suspended announcements include Ministry of Commerce and General Administration of Customs Announcements No. 55, 56, 57, and 58 of 2025 … Announcement No. 56 of 2025 of the Ministry of Commerce and the General Administration of Customs: Decision on Imposing Export Controls on Items Related to Certain Rare Earth Equipment, Raw and Auxiliary Materials\nControlled items involve certain rare earth production equipment and raw/auxiliary materials, including centrifugal extraction equipment, various specialized rare earth kilns/furnaces",
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC/CMC EDD Announcement No. 31 of 2024: drones ─────────────
  {
    id: 'document:announcement-on-optimising-and-adjusting-uav-export-control-measures',
    name: 'Announcement on Optimizing and Adjusting UAV Export Control Measures',
    nameZh: '关于优化调整无人机出口管制措施的公告',
    aliases: ['Notice on Optimizing and Adjusting Export Control Measures for Drones'],
    zhShortNames: ['商务部 海关总署 中央军委装备发展部公告2024年第31号'],
    kind: 'normative_document',
    status: 'final',
    // Co-issued with the Equipment Development Department of the Central Military Commission.
    issuers: ['mofcom', 'gac'],
    promulgated: '2024-07-31',
    effective: '2024-09-01',
    summary:
      'Drone export controls as adjusted from 1 September 2024: revised standards for infrared imagers and target-indicating lasers, high-precision inertial measurement equipment added, temporary controls on certain consumer drones lifted, and all civilian drones barred from export for WMD proliferation, terrorism or military use.',
    relations: [{ type: 'based_on', target: 'document:export-control-law', source: 0 }],
    sources: [
      {
        url: 'https://chinagovernance.com/document/12701964',
        title: 'China Governance',
        quote:
          'announcement\n2024-07-31\nAnnouncement No. 31 of 2024 of the Ministry of Commerce, General Administration of Customs, and Equipment Development Department of the Central Military Commission Announcement on Optimizing and Adjusting UAV Export Control Measures\n商务部 海关总署 中央军委装备发展部公告2024年第31号 关于优化调整无人机出口管制措施的公告\n商务部\nmofcom\nDocument Text\n7,357 characters\n根据《中华人民共和国出口管制法》《中华人民共和国对外贸易法》《中华人民共和国海关法》有关规定,为维护国家安全和利益,经国务院、中央军委批准,决定调整特定无人驾驶航空飞行器及其相关物项的出口管制措施。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://en.people.cn/n3/2024/0801/c90000-20201007.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          " date 2024-08-01 China's commerce ministry adjusts UAV export controls … such as infrared thermal-imaging devices and target-indicating lasers, according to an MOC statement.\n\nAdditionally, high-precision inertial-measurement equipment will be included within the scope of control, while temporary controls on specific consumer-grade drones will be lifted.\n\nFurthermore, the adjustment prohibits the export of all civilian drones that are not subject to export controls but are for use in the proliferation of weapons of mass destruction, terrorist activities or military purposes.\n\nThe aforementioned policies will be effective from Sept. 1 this year.",
        supports: ['issuers', 'effective', 'summary'],
      },
      {
        url: 'http://gtpx.net/detail-8.html',
        title: 'gtpx.net',
        quote:
          'The Ministry of Commerce, General Administration of Customs, and the Central Military Commission\'s Equipment Development Department have issued a "Notice on Optimizing and Adjusting Export Control Measures for Drones." … The implementation will officially start from September 1, 2024.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://mip.nvaab.cn/article/12921.html',
        title: 'nvaab.cn (商务部答记者问)',
        quote:
          '今天,商务部、海关总署、中央军委装备发展部发布《关于优化调整无人机出口管制措施的公告》(点击查看全文)。 … 调整红外成像设备、用于目标指示的激光器等部分无人机重要部件的管制标准,将高精度惯性测量设备增列入管制范围,取消对特定消费级无人机的临时管制,禁止所有未纳入管制的民用无人机出口用于大规模杀伤性武器扩散、恐怖主义活动或者军事目的。上述政策将于9月1日起正式施行。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Technology export licensing measures (MOFCOM and MOST, 2009) ─────────────
  {
    id: 'document:measures-for-administration-of-technologies-prohibited-or-restricted-from-export',
    name: 'Measures for the Administration of Technologies Prohibited or Restricted from Export',
    nameZh: '禁止出口限制出口技术管理办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom', 'most'],
    promulgated: '2009-04-20',
    summary:
      'MOFCOM and MOST rules under the Foreign Trade Law and the technology import and export regulations on technologies prohibited or restricted from export; export licences for restricted technologies are handled by the provincial commerce authorities together with the provincial science and technology authorities.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-administration-of-technology-import-and-export', source: 1 }],
    sources: [
      {
        url: 'https://www.cov.com/en/news-and-insights/insights/2023/12/china-revises-catalogue-of-technologies-prohibited-or-restricted-from-export',
        title: 'Covington & Burling',
        quote:
          'The Catalogue is an important export control list under the first regime, which also comprises the Regulations for the Administration of the Import and Export of Technology,[2] the Measures for the Administration of Technologies Prohibited or Restricted from Export,[3] and Measures for the Administration of Registration of the Contracts for Import and Export of Technologies.[4]',
        supports: ['name', 'kind', 'status'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/160023/restricted-by-the-ban-on-the-export-of-technology-management.html',
        title: 'Global-Regulation',
        quote:
          "Original Language Title: 禁止出口限制出口技术管理办法 … (April 20, 2009 Ministry of Commerce and Ministry of science and technology, 2009 2nd announced 30th after the promulgation of the date of promulgation) the first to standardize the management of China's technology exports, according to the People's Republic of China Law on foreign trade, the People's Republic of China technology import and export regulations, these measures are formulated.",
        supports: ['nameZh', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://www.xabzw.com/measures-for-the-administration-of-technology-prohibitions-and-restrictions-on-export',
        title: 'xabzw.com',
        quote:
          '第四條 屬于本辦法第三條規定的限制出口技術的出口許可由技術出口經營者所在地的省、自治區、直轄市商務主管部門(以下簡稱“地方商務主管部門”)會同省、自治區、直轄市科技行政主管部門(以下簡稱“地方科技行政主管部門)管理。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Technology contract registration measures (MOFCOM, 2009) ─────────────
  {
    id: 'document:measures-for-administration-of-registration-of-technology-import-and-export-contracts',
    name: 'Administrative Measures for the Registration of Technology Import and Export Contracts',
    nameZh: '技术进出口合同登记管理办法',
    aliases: ['Measures for the Administration of Registration of the Contracts for Import and Export of Technologies'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2009-02-01',
    summary:
      'MOFCOM rules for registering contracts for freely exportable and importable technology with the commerce authorities, replacing the 2001 measures of the former foreign trade ministry.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-administration-of-technology-import-and-export', source: 0 }],
    sources: [
      {
        url: 'http://www.shndlaw.com/post/1675',
        title: 'shndlaw.com',
        quote:
          'Administrative Measures for the Registration of Technology Import and Export Contracts in China … Level of Authority Departmental Rules … Issuing Authority Ministry of Commerce\n  • Status Effective … According to the Regulation of China on Technology Import and Export Administration,the Administrative Measures for the Registration of Technology Import and Export Contracts, as revised, are hereby promulgated … (Order No.17 [2001] of the former Ministry of Foreign Trade and Economic Cooperation) shall be abolished simultaneously.\nMinister Chen Deming\nFebruary 1, 2009',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations', 'summary'],
      },
      {
        url: 'https://www.cov.com/en/news-and-insights/insights/2023/12/china-revises-catalogue-of-technologies-prohibited-or-restricted-from-export',
        title: 'Covington & Burling',
        quote:
          'The Catalogue is an important export control list under the first regime, which also comprises the Regulations for the Administration of the Import and Export of Technology,[2] the Measures for the Administration of Technologies Prohibited or Restricted from Export,[3] and Measures for the Administration of Registration of the Contracts for Import and Export of Technologies.[4]',
        supports: ['aliases'],
      },
      {
        url: 'http://gxrzs.yfsoft.com.cn/20237.html',
        title: 'gxrzs.yfsoft.com.cn',
        quote:
          '技术进出口合同登记管理办法(2009)(技术进出口合同登记管理办法)\n\n中华人民共和国商务部令\n\n2009 年 第 3\n\n根据《中华人民共和国技术进出口管理条例》,现公布修订后的《技术进出口合同登记管理办法》,自公布之日起30日后施行。 … 第一条 为规范自由进出口技术的管理,建立技术进出口信息管理制度,促进我国技术进出口的发展',
        supports: ['nameZh', 'issuers', 'promulgated', 'relations', 'summary'],
      },
    ],
  },

  // ───────────── The dual-use licence catalogue (MOFCOM and GAC, annual) ─────────────
  {
    id: 'document:catalogue-of-dual-use-items-and-technologies-subject-to-import-and-export-licence-administration',
    name: 'Catalogue of Dual-Use Items and Technologies Subject to Import and Export License Administration',
    nameZh: '两用物项和技术进出口许可证管理目录',
    aliases: [
      'Catalogue for Administration of Import and Export Licenses for Dual-use Items and Technologies',
      'Catalogue for the Administration of Import and Export Licenses for Dual-Use Items',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    summary:
      'Catalogue, re-issued each year by MOFCOM and customs, of the dual-use items and technologies (commercial cryptography included since 2021) whose import or export requires a dual-use licence.',
    relations: [{ type: 'based_on', target: 'document:export-control-law', source: 1 }],
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=e2cab10a-b13a-4489-9912-700189c8b2df',
        title: 'Lexology',
        quote:
          'MOFCOM together with the General Administration of Customs has prescribed the Catalogue of Dual-Use Items and Technologies Subject to Import and Export License Administration (Catalogue). Any item or technology falling into the control scope is subject to the Dual-use Items License for exportation or importation.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://chemical.chemlinked.com/news/chemical-news/china-updates-the-catalogue-of-dual-use-items-and-technologies-subject-to-import-and-export-license-administration',
        title: 'ChemLinked',
        quote:
          'On December 31, 2021, the Chinese Ministry of Commerce and the General Administration of Customs issued the updated Catalogue of Dual-Use Items and Technologies Subject to Import and Export License Administration (hereinafter referred to as Catalogue), which is formulated based on the Export Control Act of the People’s Republic of China (ChemLinked news), the Measures of Dual-Use Items and Technologies Subject to Import and Export License Administration[1] and the Import and Export Tariff of the People\'s Republic of China (2022). The updated Catalogue has come into force on January 1, 2022, and the 2020 version was repealed at the same time.',
        supports: ['name', 'issuers', 'relations', 'summary'],
      },
      {
        url: 'https://www.worldservicesgroup.com/publications.asp?action=article&artid=22692',
        title: 'World Services Group',
        quote:
          'On December 31, 2020, the Ministry of Commerce and the General Administration of Customs jointly issued Announcement [2020] No.75 (“Announcement 75”), which adjusted the Catalogue for Administration of Import and Export Licenses for Dual-use Items and Technologies (the “Dual-use Catalogue”) to expressly add a commercial cryptography import license list and a commercial cryptography export control list.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://amigonews.net/opinion/20260107-why-chinas-new-dual-use-export-controls-on-japan-matter',
        title: 'amigonews.net (CGTN)',
        quote:
          'Plus, the 2026 Catalogue for the Administration of Import and Export Licenses for Dual-Use Items went into effect on January 1, 2026, laying out clear license requirements and technical lists.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.globaltradealert.org/state-act/36056/china-2017-catalogue-of-dual-use-goods-released',
        title: 'Global Trade Alert',
        quote:
          'December 31st, 2016 - The Chinese government released an annual list of goods requiring special import/export licensing. … PRC Ministry of Commerce, December 31st, 2016. (商务部 海关总署公告2016年第87号 发布《两用物项和技术进出口许可证管理目录》)',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── GAC Announcement No. 123 of 2025: customs inquiries on dual-use exports ─────────────
  {
    id: 'document:announcement-on-customs-inquiries-on-export-control-of-dual-use-items',
    name: 'Announcement on Matters Related to Customs Inquiries on Export Control of Dual-Use Items',
    nameZh: '关于两用物项出口管制海关质疑有关事项的公告',
    aliases: [
      'Announcement on Matters Related to Customs Challenges for Dual-Use Item Export Control',
      'Announcement No. 123 of 2025 of the General Administration of Customs',
      'GACC Announcement No. 123 of 2025',
    ],
    zhShortNames: ['海关总署公告2025年第123号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['gac'],
    promulgated: '2025-06-16',
    summary:
      'Customs procedure for exports suspected of being unlicensed dual-use items: customs issue an inquiry notice, the exporter has seven working days to submit materials such as the paper declaration form and the export contract, and the goods are not released while customs or the export control authority decide.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'https://news.metal.com/newscontent/103378654/Directorate-General-of-Customs-and-Excise-Optimizes-Customs-Inquiry-Work-for-Export-Control-of-Dual-Use-Items',
        title: 'SMM News (metal.com)',
        quote:
          'During the period of identification or inquiry, the customs shall not release the relevant exported goods.\nThe original text is as follows:\nAnnouncement No. 123 of 2025 of the General Administration of Customs (Announcement on Matters Related to Customs Inquiries on Export Control of Dual-Use Items)\nTo further optimize the customs inquiry process for export control of dual-use items, in accordance with the provisions of the Customs Law of the People\'s Republic of China, the Export Control Law of the People\'s Republic of China, and the Regulations of the People\'s Republic of China on Export Control of Dual-Use Items',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'relations', 'summary'],
      },
      {
        url: 'https://www.chemradar.com/news/detail/epwdgxtdh79c',
        title: 'ChemRadar',
        quote:
          "On June 16, 2025, the General Administration of Customs of China (GACC) officially released the Announcement on Matters Related to Customs Challenges for Dual-Use Item Export Control (GACC Announcement No. 123 of 2025). … Within 7 working days of receiving the challenge notice, the exporter must submit the following materials (bearing the official seal and assuming responsibility for authenticity):\n\n  • Paper customs declaration form;\n  • Export goods contract;",
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.sdkymymt.com/trendings/Y21zcG86MTM3NTQ',
        title: 'sdkymymt.com',
        quote: '近日海关总署公布了一个关于两用物项的公告,海关总署公告2025年第123号《关于两用物项出口管制海关质疑有关事项的公告》。',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://www.mondaq.com/china/international-law/1719350/%E4%B8%A4%E7%94%A8%E7%89%A9%E9%A1%B9%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E6%9D%A1%E4%BE%8B%E5%AE%9E%E6%96%BD%E4%B8%80%E5%91%A8%E5%B9%B4%E6%89%A7%E6%B3%95%E8%B6%8B%E5%8A%BF%E4%BA%94%E5%A4%A7%E5%90%88%E8%A7%84%E8%AF%AF%E5%8C%BA%E4%B8%8E%E4%BC%81%E4%B8%9A%E5%BA%94%E5%AF%B9%E5%BB%BA%E8%AE%AE',
        title: 'Mondaq (Beijing Jincheng Tongda & Neal)',
        quote: '2025年6月中旬，海关总署发布《关于两用物项出口管制海关质疑有关事项的公告》（2025年第123号） 1，从制度层面强化了一线监管手段',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── MOFCOM guidance on internal export control compliance (2021) ─────────────
  {
    id: 'document:guiding-opinions-on-internal-compliance-mechanism-for-export-control-of-dual-use-items',
    name: 'Guiding Opinions on Establishing the Internal Compliance Mechanism for Export Control by Export Operators of Dual-Use Items',
    nameZh: '关于两用物项出口经营者建立出口管制内部合规机制的指导意见',
    aliases: [
      'Guiding Opinions of Ministry of Commerce on Establishing the Internal Compliance Program for Export Control by Exporters of Dual-use Items',
      'Guiding Opinion of the Ministry of Commerce on the Establishment of Internal Compliance Mechanism for Export Controls on Exporters of Dual-Use Items',
      'Guiding Opinions on the Establishment of an Internal Compliance Program for Export Control by Exporters of Dual-use Items',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2021-04-28',
    summary:
      'MOFCOM guidance (Announcement No. 10 of 2021, replacing 2007 opinions) on the internal export control compliance programme dual-use exporters should build, around nine elements from a policy statement and risk assessment to audits and a management manual.',
    relations: [{ type: 'implements', target: 'document:export-control-law', source: 2 }],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/mofcom-issues-guiding-opinions-on-internal-compliance-mechanism-for-export-control-of-dual-use-items',
        title: 'China Justice Observer',
        quote:
          'On 28 Apr. 2021, the Ministry of Commerce published the “Guiding Opinions on Establishing the Internal Compliance Mechanism for Export Control by Export Operators of Dual-Use Items” (关于两用物项出口经营者建立出口管制内部合规机制的指导意见) (hereinafter referred to as the "2021 Guiding Opinions") … According to the Guidelines, a sound internal compliance system for export control comprises nine basic elements: drafting a policy statement, establishing an organizational structure, conducting a comprehensive risk assessment, formulating review procedures, developing emergency measures, providing education and training, improving compliance audits, retaining archival materials and preparing management manuals.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.jdsupra.com/legalnews/china-issued-export-compliance-9054785/',
        title: 'JD Supra',
        quote:
          'On April 28, 2021, Ministry of Commerce (MOFCOM) issued Announcement No. 10 "Guiding Opinions of Ministry of Commerce on Establishing the Internal Compliance Program for Export Control by Exporters of Dual-use Items" (the “Compliance Guideline”). The Compliance Guideline substitutes the previous 2007 MOFCOM opinions',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.cmtradelaw.com/2021/05/china-releases-guidelines-on-how-to-develop-export-control-compliance-programs/',
        title: 'Crowell & Moring (cmtradelaw.com)',
        quote:
          'On April 28, 2021, the Ministry of Commerce of China (“MOFCOM”) released an updated version of Guiding Opinion of the Ministry of Commerce on the Establishment of Internal Compliance Mechanism for Export Controls on Exporters of Dual-Use Items (“Order No. 10”) which was first published in August 2007 (“Order No. 69”). As an implementing rule of the Export Control Law (“ECL”), Order No. 10 aims to provide companies with “guidance and reference”',
        supports: ['aliases', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.respectus.space/post/china-mofcom-published-new-guidelines-on-internal-compliance-programs',
        title: 'Respectus',
        quote:
          'On 28 April 2021, China’s Ministry of Commerce (MOFCOM) published The Guiding Opinions on the Establishment of an Internal Compliance Program for Export Control by Exporters of Dual-use Items.',
        supports: ['aliases', 'promulgated'],
      },
    ],
  },

  // ───────────── Foreign investment information reporting measures (MOFCOM and SAMR, 2019) ─────────────
  {
    id: 'document:measures-for-reporting-of-foreign-investment-information',
    name: 'Measures for the Reporting of Foreign Investment Information',
    nameZh: '外商投资信息报告办法',
    aliases: ['Measures for Reporting Foreign Investment Information'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom', 'samr'],
    promulgated: '2019-12-30',
    effective: '2020-01-01',
    summary:
      'MOFCOM and SAMR rules under which foreign investors and foreign-invested enterprises report their investment information to the commerce authorities through the enterprise registration and credit information publicity systems.',
    relations: [{ type: 'based_on', target: 'document:foreign-investment-law', source: 0 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2020/02/06/measures-for-the-reporting-of-foreign-investment-information',
        title: 'China Law & Practice',
        quote:
          'Measures for the Reporting of Foreign Investment Information\n外商投资信息报告办法\n(Promulgated by the Ministry of Commerce and the State Administration for Market Regulation on December 30, 2019 and effective as of January 1, 2020.)\nOrder of MOFCOM and SAMR [2019] No.2 … Article 1: These Measures have been formulated pursuant to the PRC Foreign Investment Law and the Implementing Regulations for the PRC Foreign Investment Law … Article 4: A foreign investor or foreign-invested enterprise shall submit investment information to the department in charge of commerce through the enterprise registration system and national enterprise credit information publication system.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations', 'summary'],
      },
      {
        url: 'https://www.leetsai.com/general-corporate-incorporation/circular-of-the-general-office-of-the-ministry-of-commerce-and-the-general-office-of-the-general-administration-on-market-regulations-to-further-improve-the-foreign-investment-information-reporting-sy',
        title: 'Leetsai',
        quote:
          'The Regulations for the Implementation of the Foreign Investment Law and the Measures for Reporting Foreign Investment Information as subsequently promulgated further refined the relevant provisions on the foreign investment information reporting system.',
        supports: ['aliases'],
      },
    ],
  },


];
