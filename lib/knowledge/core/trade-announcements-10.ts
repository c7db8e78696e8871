import type { CoreInstrument } from './types';

/**
 * Numbered MOFCOM announcements of 2025 that trade and technology pages cite: the July 2025
 * adjustment of the Catalogue of Technologies Prohibited or Restricted from Export (battery cathode
 * and lithium extraction technologies), and the September 2025 anti-discrimination investigation
 * into US measures against China's integrated circuit sector. Every fact has a stored public page
 * and a verbatim quote.
 */
export const CORE_TRADE_ANNOUNCEMENTS_10: CoreInstrument[] = [
  // ───────────── 2025 adjustment of the technology export catalogue (商务部 科技部公告2025年28号) ─────────────
  {
    id: 'document:announcement-on-adjusting-catalogue-of-technologies-prohibited-or-restricted-from-export-2025',
    name: 'Announcement on Adjusting the Catalogue of Technologies Prohibited or Restricted from Export (2025)',
    nameZh: '商务部 科技部公告2025年28号',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'most'],
    promulgated: '2025-07-15',
    effective: '2025-07-15',
    summary:
      'MOFCOM and MOST’s July 2025 revision of the technology export catalogue: it deletes three entries, adds battery cathode material preparation technology to the restricted part and adds lithium extraction control points to the non-ferrous metallurgy entry.',
    relations: [{ type: 'amends', target: 'document:catalogue-of-technologies-prohibited-or-restricted-from-export', source: 0 }],
    sources: [
      {
        url: 'http://www.zhenghe.cn/ZCT/PolicyReadDetail?id=3e948e48-36e0-4a20-af2c-33eb471eb4b2',
        title: '正和 – 《中国禁止出口限制出口技术目录》调整发布,商务部最新解读',
        quote:
          '7月15日,商务部会同科技部调整发布《中国禁止出口限制出口技术目录》(商务部 科技部公告2025年28号,以下简称《目录》)。自公布之日起实施。属于军民两用技术的,纳入出口管制管理。 … 本次《目录》调整过程中,充分征求了相关部门、行业协会、业界学界和社会公众意见,删除3项技术条目,新增1项,修改1项',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations', 'summary'],
      },
      {
        url: 'https://ipmarch.cn/en/NewsDetail/6020521.html',
        title: 'IP March – Adjustments to the Catalogue of Technologies Prohibited or Restricted from Export by China',
        quote:
          "on July 15, 2025, the Ministry of Commerce and the Ministry of Science and Technology published an updated version of 'Catalog of Technologies Prohibited or Restricted from Export' which took effect immediately. … Add the battery cathode material preparation technology (No.: 252604X)",
        supports: ['name', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60257224/%E5%95%86%E5%8B%99%E9%83%A8-%E9%99%90%E5%88%B6%E5%87%BA%E5%8F%A3%E9%9B%BB%E6%B1%A0%E6%AD%A3%E6%A5%B5%E6%9D%90%E6%96%99%E8%A3%BD%E5%82%99%E7%AD%89%E6%8A%80%E8%A1%93',
        title: '香港01 – 商務部:限制出口電池正極材料製備等技術',
        quote:
          '其次是修改1項限制類技術條目,即有色金屬冶金技術,包括新增鋰輝石提鋰生產碳酸鋰技術、鋰輝石提鋰生產氫氧化鋰技術、金屬鋰(合金)及鋰材製備技術、鹵水提鋰技術、含鋰淨化液製備技術等5條控制要點。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Anti-discrimination investigation into US IC measures (商务部公告2025年第50号) ─────────────
  {
    id: 'document:announcement-on-anti-discrimination-investigation-into-us-integrated-circuit-measures',
    name: 'Announcement on Initiating an Anti-Discrimination Investigation into Relevant US Measures against China in the Integrated Circuit Sector',
    nameZh: '就美国对华集成电路领域相关措施发起反歧视立案调查',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2025-09-13',
    summary:
      'MOFCOM’s 13 September 2025 announcement opening, under the Foreign Trade Law, an investigation of whether US measures on China’s chip sector (Section 301 tariffs, export controls, CHIPS Act restrictions, limits on Chinese advanced chips) discriminate against China.',
    sources: [
      {
        url: 'http://m.qhea.com/e/action/ShowInfo.php?classid=87&id=229727',
        title: '中国家电网 – 商务部公告:对美对华集成电路措施发起反歧视调查',
        quote:
          '2025年9月13日,商务部发布2025年第50号公告,宣布就美国对华集成电路领域相关措施发起反歧视立案调查。\n\n  商务部依据《中华人民共和国对外贸易法》相关规定,经获取初步证据和信息,判定美国对华集成电路领域措施,符合“在贸易方面对中华人民共和国采取歧视性的禁止、限制或者其他类似措施”的情形。这些措施涵盖多方面,包括2018年以来基于301调查结果对华加征关税;2022年以来通过发布规则等方式限制对华出口相关产品、制造设备 … 依据《芯片与科学法》限制相关经贸与投资活动;2025年5月限制使用中国先进计算集成电路',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202509/1343414.shtml',
        title: 'Global Times – MOFCOM launches anti-discrimination investigation into US IC measures',
        quote:
          "China's Ministry of Commerce on Saturday announced an anti-discrimination investigation into the relevant measures taken by the US against China in the field of integrated circuits, starting from September 13, 2025.",
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
];
