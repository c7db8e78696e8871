import type { CoreInstrument } from './types';

/**
 * Curated core layer: export-control instruments that pages on China's export controls and
 * countermeasures still cite and the graph lacked: the older non-proliferation regulations and
 * measures (nuclear exports, nuclear dual-use items, missiles, biological dual-use items, certain
 * chemicals, military products, controlled chemicals), and numbered listings of 2023–2025 (the first
 * Unreliable Entity List announcement, the Export Control Control List listing of Taiwan entities,
 * the 2023 temporary export controls on drones). Every fact has a stored public page and a verbatim
 * quote; the four dual-use regulations the Regulations on the Export Control of Dual-Use Items
 * replaced carry their repeal date.
 */
export const CORE_EXPORTCTL_17: CoreInstrument[] = [
  // ───────────── Nuclear Export Control Regulations (1997, revised 2006) ─────────────
  {
    id: 'document:regulations-on-nuclear-export-control',
    name: 'Regulations on Nuclear Export Control',
    nameZh: '核出口管制条例',
    aliases: ["Regulations of the People's Republic of China on Control of Nuclear Export", 'Regulations on the Control of Nuclear Exports'],
    zhShortNames: ['国务院令第230号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '1997-08-01',
    promulgated: '1997-09-10',
    effective: '1997-09-10',
    amended: ['2006-11-09'],
    summary:
      'State Council regulations controlling the trade export of, and gifts, exhibitions, scientific cooperation and assistance abroad involving, the nuclear materials, nuclear equipment, non-nuclear reactor materials and related technologies on the Nuclear Export Control List.',
    sources: [
      {
        url: 'http://www.caea.gov.cn/n6443414/n6461490/n6461496/c6529358/content.html',
        title: 'China Atomic Energy Authority – Regulations of the People’s Republic of China',
        quote:
          "(Adopted at the 61st Executive Meeting of the State Council on August 1, 1997, promulgated by Decree No. 230 of the State Council of the People''s Republic of China on September 10,1997, and effective as of the date of promulgation) … Article 2 The term nuclear export as used in these Regulations means the trading export, gifts to and exhibitions in foreign countries or regions, as well as scientific and technological cooperation with and assistance to foreign countries or regions that involve nuclear materials, nuclear equipment, non-nuclear materials used for reactors and other items as well as their related technologies outlined in the Nuclear Export Control List",
        supports: ['kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=5896',
        title: 'csrcare.com – Regulations of the People’s Republic of China on Control of Nuclear Export (2006 Revision)',
        quote:
          "Regulations of the People's Republic of China on Control of Nuclear Export (2006 Revision)\n中文\nIssuing Authority:State Council … (Promulgated by Decree No. 230 of the State Council of the People's Republic of China on September 10, 1997, and revised according to the Decision of the State Council on Amending the Regulations of the People's Republic of China on Control of Nuclear Export on November 9, 2006)",
        supports: ['name', 'aliases', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://zhonghuashu.com/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E4%BB%A4%E7%AC%AC230%E5%8F%B7',
        title: '中华文库 – 中华人民共和国国务院令第230号',
        quote:
          '中华人民共和国国务院令\n第230号\n《中华人民共和国核出口管制条例》已经1997年8月1日国务院第61次常务会议通过,现予发布施行。\n总理 李鹏\n一九九七年九月十日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'adopted'],
      },
      {
        url: 'http://english.china.org.cn/english/China/190936.htm',
        title: 'China.org.cn (Xinhua) – revised regulations on nuclear export controls',
        quote:
          "China's State Council Friday published revised regulations on nuclear export controls that give the government more control over the end use of exported nuclear technology. … The government has promulgated Regulations on the Control of Nuclear Exports, Regulations on the Export Control of Dual-Use Biological Agents, Regulations on the Export Control of Missiles and Missile-Related Items and Technologies, and Regulations on the Administration of Arms Export.",
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Nuclear Dual-Use Items Export Control Regulations (1998, revised 2007; repealed 2024) ─────────────
  {
    id: 'document:regulations-on-export-control-of-nuclear-dual-use-items-and-related-technologies',
    name: 'Regulations on Export Control of Nuclear Dual-Use Items and Related Technologies',
    nameZh: '核两用品及相关技术出口管制条例',
    aliases: ['Regulation on Export Control of Nuclear Dual-Use Items and Related Technologies'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '1998-06-01',
    amended: ['2007-01-26'],
    repealed: '2024-12-01',
    summary:
      'State Council regulations that licensed exports of the nuclear dual-use equipment, materials and technologies on their control list; replaced by the Regulations on the Export Control of Dual-Use Items from 1 December 2024.',
    sources: [
      {
        url: 'https://jdsupra.com/legalnews/china-issues-regulation-on-export-7477680',
        title: 'Orrick (JD Supra)',
        quote:
          'China has issued the Regulation on Export Control of Dual-Use Items (the “Regulation”), which will take effect on December 1, 2024. … After the Regulation comes into force on December 1, 2024, the following existing regulations in the field of export control of Dual-Use Items will be repealed and replaced by the Regulation.\n- Regulation on Export Control of Nuclear Dual-Use Items and Related Technologies (published on January 26, 2007);',
        supports: ['name', 'aliases', 'status', 'amended', 'repealed', 'summary'],
      },
      {
        url: 'http://jycdxd.com/Laws/Trade/Particular/200810/2689.shtml',
        title: '中華人民共和國核兩用品及相關技術出口管制條例 (轉載)',
        quote:
          '【名稱】中華人民共和國核兩用品及相關技術出口管制條例\n【題注】《中華人民共和國核兩用品及相關技術出口管制條例》已經1998年6月1日國務院第四次常務會議通過,現予發布施行。',
        supports: ['nameZh', 'kind', 'issuers', 'adopted'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2007-02/17/content_529877.htm',
        title: '中國政府網 – 商務部新聞發言人就修訂《核兩用品及相關技術出口管制條例》發表談話',
        quote:
          '2007年2月16日,中國政府以《國務院關於修改〈中華人民共和國核兩用品及相關技術出口管制條例〉的決定》,公佈了經修訂的《核兩用品及相關技術出口管制條例》。',
        supports: ['nameZh', 'issuers', 'amended'],
      },
      {
        url: 'http://jycdxd.com/Laws/Trade/Particular/200810/2689.shtml',
        title: '中華人民共和國核兩用品及相關技術出口管制條例 (轉載)',
        quote:
          '第二條本條例所稱核兩用品及相關技術出口,是指本條例附件《核兩用品及相關技術出口管制清單》(以下簡稱《管制清單》)所列的設備、材料及相關技術的貿易性出口及對外贈送、展覽、科技合作和援助。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Missiles Export Control Regulations (2002; repealed 2024) ─────────────
  {
    id: 'document:regulations-on-export-control-of-missiles-and-related-items-and-technologies',
    name: 'Regulations on Export Control of Missiles and Related Items and Technologies',
    nameZh: '导弹及相关物项和技术出口管制条例',
    aliases: [
      'Regulation on Export Control of Missiles and Related Items and Technologies',
      'Regulations on Export Control of Missiles and Missile-related Items and Technologies',
      'Regulations on the Export Control of Missiles and Missile-Related Items and Technologies',
    ],
    zhShortNames: ['国务院令第361号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2002-08-22',
    effective: '2002-08-22',
    repealed: '2024-12-01',
    summary:
      'State Council regulations that licensed exports of the missiles and related equipment, materials and technologies on their control list, to prevent the spread of delivery systems for weapons of mass destruction; replaced by the Regulations on the Export Control of Dual-Use Items from 1 December 2024.',
    sources: [
      {
        url: 'http://www.xzssw.cn/xzfgk/5344.html',
        title: '行政诉讼网 – 中华人民共和国导弹及相关物项和技术出口管制条例',
        quote:
          '中华人民共和国导弹及相关物项和\n\n技术出口管制条例\n\n \n\n(2002年8月22日中华人民共和国国务院令第361号公布 自公布之日起施行)\n\n \n\n第一条 为了加强对导弹及相关物项和技术出口的管制,维护国家安全和社会公共利益,制定本条例。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.xzssw.cn/xzfgk/5344.html',
        title: '行政诉讼网 – 中华人民共和国导弹及相关物项和技术出口管制条例',
        quote:
          '第三条 国家对导弹及相关物项和技术出口实行严格管制,防止《管制清单》所列的可被用于运载大规模杀伤性武器的导弹及其他运载系统的扩散。\n\n第四条 国家对导弹及相关物项和技术出口实行许可证件管理制度。',
        supports: ['summary'],
      },
      {
        url: 'https://jdsupra.com/legalnews/china-issues-regulation-on-export-7477680',
        title: 'Orrick (JD Supra)',
        quote:
          'After the Regulation comes into force on December 1, 2024, the following existing regulations in the field of export control of Dual-Use Items will be repealed and replaced by the Regulation.\n- Regulation on Export Control of Nuclear Dual-Use Items and Related Technologies (published on January 26, 2007);\n- Regulation on Export Control of Missiles and Related Items and Technologies (published on August 22, 2002);',
        supports: ['name', 'aliases', 'promulgated', 'repealed', 'summary'],
      },
      {
        url: 'https://english.court.gov.cn/2015-09/11/c_761578_2.htm',
        title: 'Supreme People’s Court (English) – Regulations on Export Control of Missiles and Missile-related Items and Technologies',
        quote:
          'Regulations on Export Control of Missiles and Missile-related Items and Technologies\nArticle 17 Upon approval by the State Council and the Central Military Commission, the competent foreign economic and trade department of the State Council may, jointly with relevant departments, temporarily decide to exercise export control on specific items and technologies other than those listed in the Control List',
        supports: ['aliases'],
      },
      {
        url: 'http://english.china.org.cn/english/China/190936.htm',
        title: 'China.org.cn (Xinhua)',
        quote:
          'The government has promulgated Regulations on the Control of Nuclear Exports, Regulations on the Export Control of Dual-Use Biological Agents, Regulations on the Export Control of Missiles and Missile-Related Items and Technologies, and Regulations on the Administration of Arms Export.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Biological Dual-Use Items Export Control Regulations (2002; repealed 2024) ─────────────
  {
    id: 'document:regulations-on-export-control-of-biological-dual-use-items-and-related-equipment-and-technologies',
    name: 'Regulations on Export Control of Biological Dual-Use Items and Related Equipment and Technologies',
    nameZh: '生物两用品及相关设备和技术出口管制条例',
    aliases: ['Regulation on Export Control of Biological Dual-Use Items and Related Equipment and Technologies', 'Regulations on the Export Control of Dual-Use Biological Agents'],
    zhShortNames: ['国务院令第365号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2002-10-14',
    effective: '2002-12-01',
    repealed: '2024-12-01',
    summary:
      'State Council regulations on the export control of biological dual-use items and related equipment and technologies; replaced by the Regulations on the Export Control of Dual-Use Items from 1 December 2024.',
    sources: [
      {
        url: 'https://gzhtlawyer.com/service/2792.html',
        title: 'gzhtlawyer.com (text from 中国政府法制信息网)',
        quote: '中华人民共和国生物两用品及相关设备和技术出口管制条例\n\n来源:中国政府法制信息网 行政法规 0 word下载 pdf下载\n\n(2002年10月14日中华人民共和国国务院令第365号公布 自2002年12月1日起施行)',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://jdsupra.com/legalnews/china-issues-regulation-on-export-7477680',
        title: 'Orrick (JD Supra)',
        quote:
          'After the Regulation comes into force on December 1, 2024, the following existing regulations in the field of export control of Dual-Use Items will be repealed and replaced by the Regulation. … - Regulation on Export Control of Biological Dual-Use Items and Related Equipment and Technologies (published on October 14, 2002); and',
        supports: ['name', 'aliases', 'promulgated', 'repealed', 'summary'],
      },
      {
        url: 'http://english.china.org.cn/english/China/190936.htm',
        title: 'China.org.cn (Xinhua)',
        quote:
          'The government has promulgated Regulations on the Control of Nuclear Exports, Regulations on the Export Control of Dual-Use Biological Agents, Regulations on the Export Control of Missiles and Missile-Related Items and Technologies, and Regulations on the Administration of Arms Export.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Measures on Export Control of Certain Chemicals (2002) ─────────────
  {
    id: 'document:measures-on-export-control-of-certain-chemicals-and-related-equipment-and-technologies',
    name: 'Measures on Export Control of Certain Chemicals and Related Equipment and Technologies',
    nameZh: '有关化学品及相关设备和技术出口管制办法',
    kind: 'departmental_rule',
    status: 'final',
    // Issued by the then foreign trade ministry (now MOFCOM) and economic and trade commission with the customs administration.
    issuers: ['mofcom', 'gac'],
    promulgated: '2002-10-18',
    summary:
      'Measures of 2002 licensing exports of the chemicals, equipment and technologies on their control list, to keep them from use for chemical weapons.',
    sources: [
      {
        url: 'https://enread.com/job/law/19743.html',
        title: 'enread.com – 有关化学品及相关设备和技术出口管制办法',
        quote:
          '有关化学品及相关设备和技术出口管制办法\n\n  (2002-10-18外经贸部、国家经贸委、海关总署)\n\n  第一条 为加强对有关化学品及相关设备和技术的出口管制,维护国家安全和社会公共利益,制定本办法。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.100test.com/kao_ti2020/325/2021_2022__E6_9C_89_E5_85_B3_E5_8C_96_E5_c36_325569.htm',
        title: '100test.com (新华网)',
        quote:
          '新华网北京10月19日电 新华社今天受权全文播发《有关化学品及相关设备和技术出口管制办法》 … 第四条 国家对有关化学品及相关设备和技术出口实行严格管理,防止《管制清单》所列物项和技术被用于化学武器目的。\n\n  第五条 国家对《管制清单》所列物项和技术的出口实行许可制度。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────── Regulations on the Administration of Military Products Export (1997, revised 2002) ─────────────
  {
    id: 'document:regulations-on-administration-of-military-products-export',
    name: 'Regulations on the Administration of Military Products Export',
    nameZh: '军品出口管理条例',
    aliases: [
      "Regulations of the People's Republic of China on the Administration of Military Products Export",
      'Regulations on Export Control of Military Items',
      'Regulations on the Administration of Arms Export',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1997-10-22',
    effective: '1998-01-01',
    amended: ['2002-10-15'],
    summary:
      'Regulations of the State Council and the Central Military Commission placing the export for trade of military equipment, special production equipment, technologies and related services under a uniform state control system.',
    sources: [
      {
        url: 'https://shndlaw.com/index.php/post/1287',
        title: 'shndlaw.com – Regulations on Export Control of Military Items of China',
        quote:
          "· Effective Date:01-01-1998\n· Status: Effective\n· Issuing Authority: State Council Central Military Commission\nRegulations on Export Control of Military Items of China\n(Promulgated by Order No.234 of the State Council of the People's Republic of China and the Central Military Commission of the People's Republic of China on October 22, 1997, and revised in accordance with the Decision of the State Council and the Central Military Commission on Modifying the Regulations on Export Control of Military Items of the People's Republic of China made on October 15, 2002)",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'amended'],
      },
      {
        url: 'https://enread.com/job/law/28909.html',
        title: 'enread.com – Regulations on export control of military goods',
        quote:
          'Article 2 Export of military goods referred to in these Regulations means export for trade purposes of the equipment, special-purpose production equipment and other materiel, technologies and related services to be used for military purposes. … Article 4 The State practises the uniform military goods export control system',
        supports: ['summary'],
      },
      {
        url: 'http://www.gunpolicy.org/firearms/citation/quotes/14712',
        title: 'GunPolicy.org',
        quote:
          "China. 2002 ‘Article 17.’ Regulations of the People's Republic of China on the Administration of Military Products Export; Articles 17. Beijing: China. 15 October",
        supports: ['name', 'aliases', 'amended'],
      },
      {
        url: 'http://www.xzssw.cn/xzfgk/5344.html',
        title: '行政诉讼网 – 中华人民共和国导弹及相关物项和技术出口管制条例',
        quote: '第五条 出口《管制清单》第一部分所列的物项和技术,依照《中华人民共和国军品出口管理条例》及其他有关规定办理。',
        supports: ['nameZh'],
      },
      {
        url: 'http://english.china.org.cn/english/China/190936.htm',
        title: 'China.org.cn (Xinhua)',
        quote:
          'Since the mid-1990s, China has gradually set up a comprehensive legal system for export controls on nuclear, biological, chemical, missile and other sensitive items and technologies as well as all military products.\nThe government has promulgated Regulations on the Control of Nuclear Exports, Regulations on the Export Control of Dual-Use Biological Agents, Regulations on the Export Control of Missiles and Missile-Related Items and Technologies, and Regulations on the Administration of Arms Export.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Regulations on the Administration of Controlled Chemicals (1995, revised 2011) ─────────────
  {
    id: 'document:regulations-on-administration-of-controlled-chemicals',
    name: 'Regulations on the Administration of Controlled Chemicals',
    nameZh: '监控化学品管理条例',
    zhShortNames: ['国务院令第190号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1995-12-27',
    effective: '1995-12-27',
    amended: ['2011-01-08'],
    summary:
      'State Council regulations adopted to fulfil China’s obligations under the Chemical Weapons Convention, dividing controlled chemicals into four categories for classified management.',
    sources: [
      {
        url: 'https://enread.com/job/law/26547.html',
        title: 'enread.com – 中华人民共和国监控化学品管理条例',
        quote:
          "中华人民共和国监控化学品管理条例\n文章来源: 文章作者: 发布时间:2007-05-14 06:30 字体: [ ]  进入论坛\n(单词翻译:双击或拖选)\n \n\n国务院令第190号\n(Promulgated by Decree No. 190 of the State Council of the People's Republic of China on December 27, 1995)\n颁布日期:19951227  实施日期:19951227  颁布单位:国务院",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://66wkw.com/doc/1147.html',
        title: '66wkw.com – 国务院第190号令《监控化学品管理条例》',
        quote:
          '中华人民共和国关于规范监控化学品管理活动的法规。 1995 12 27 日中华人民共和国\n国务院公布。自公布之日起施行。根据 2010 12 29 《国务院关于废止和修改部分行政\n法规的决定》修订。这是中国为履行《禁止化学武器公约》的义务而制定的关于管理相关化学\n品的法律文件。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://66wkw.com/doc/1147.html',
        title: '66wkw.com – 国务院第190号令《监控化学品管理条例》',
        quote:
          '条例依据《禁止化学武器公约》的化学品附件和核\n查附件的有关规定,将监控化学品分为四类,进行分类管理。',
        supports: ['summary'],
      },
      {
        url: 'https://lqrzf.cn/jwc/info/1100/1281.htm',
        title: '監控化學品管理條例 (轉載)',
        quote: '(1995年12月27日中華人民共和國國務院令第190號發布 根據2011年1月8日《國務院關于廢止和修改部分行政法規的決定》修訂)',
        supports: ['zhShortNames', 'promulgated', 'amended'],
      },
    ],
  },

  // ───────────── Unreliable Entity List working mechanism announcement 2023 No. 1 ─────────────
  {
    id: 'document:unreliable-entity-list-working-mechanism-announcement-2023-1',
    name: 'Unreliable Entity List Working Mechanism Announcement [2023] No. 1',
    nameZh: '不可靠实体清单工作机制关于将洛克希德·马丁公司、雷神导弹与防务公司列入不可靠实体清单的公告',
    zhShortNames: ['不可靠实体清单工作机制公告2023年第1号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2023-02-16',
    effective: '2023-02-16',
    summary:
      'The first listing on the Unreliable Entity List: Lockheed Martin and Raytheon Missiles & Defense, for arms sales to Taiwan, barred from China-related imports and exports and new investment in China, their senior managers barred entry, and each fined twice its Taiwan arms contracts.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-unreliable-entity-list', source: 0 }],
    sources: [
      {
        url: 'http://chengdu.baogaosu.com/xinwen/%E6%B4%9B%E9%A9%AC%E9%9B%B7%E7%A5%9E%E5%85%AC%E5%8F%B8%E5%88%97%E5%85%A5%E4%B8%8D%E5%8F%AF%E9%9D%A0%E5%AE%9E%E4%BD%93%E6%B8%85%E5%8D%95/114407164',
        title: '报告苏 (商务部网站公告转载)',
        quote:
          '商务部网站发布《不可靠实体清单工作机制关于将洛克希德·马丁公司、雷神导弹与防务公司列入不可靠实体清单的公告》,具体内容如下。\n\n  不可靠实体清单工 作 机 制\n\n  公  告\n\n  2023年 第1号\n\n  为维护国家主权、安全和发展利益,根据《中华人民共和国对外贸易法》《中华人民共和国国家安全法》等有关法律,不可靠实体清单工作机制依据《不可靠实体清单规定》第二条、第八条和第十条等有关规定',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'relations'],
      },
      {
        url: 'http://chengdu.baogaosu.com/xinwen/%E6%B4%9B%E9%A9%AC%E9%9B%B7%E7%A5%9E%E5%85%AC%E5%8F%B8%E5%88%97%E5%85%A5%E4%B8%8D%E5%8F%AF%E9%9D%A0%E5%AE%9E%E4%BD%93%E6%B8%85%E5%8D%95/114407164',
        title: '报告苏 (商务部网站公告转载)',
        quote:
          '本公告自公布之日起实施。\n\n  不可靠实体清单工作机制\n\n  (商务部代章)\n\n  2023年2月16日',
        supports: ['promulgated', 'effective'],
      },
      {
        url: 'https://www.reedsmith.com/en/perspectives/2023/03/china-sanctions-us-companies-for-first-time-under-unreliable-entity-list',
        title: 'Reed Smith – China sanctions U.S. companies for first time under Unreliable Entity List',
        quote:
          'On 16 February 2023, the Ministry of Commerce of the People’s Republic of China (MOFCOM) announced measures to add Lockheed Martin Corporation and Raytheon Missiles & Defense to its Unreliable Entity List. It is the first time that the working mechanism set out under the Provisions on the Unreliable Entity List, which was enacted by MOFCOM on 9 September 2020, has been used to implement the Provisions.',
        supports: ['promulgated', 'summary', 'relations'],
      },
      {
        url: 'http://english.scio.gov.cn/pressroom/2023-02/17/content_85111530.htm',
        title: 'State Council Information Office (Xinhua) – China adds two companies to unreliable entities list',
        quote:
          'The two companies are Lockheed Martin Corporation and Raytheon Missiles & Defense. They will be barred from engaging in China-related import or export activities, and are forbidden to make new investments in China, according to the announcement.\n\nSenior executives of the two companies are prohibited from entering China … The two enterprises also face fines totalling twice the value of their arms sales contracts with the Taiwan region',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MOFCOM Announcement No. 35 of 2025: 8 Taiwan entities on the Control List ─────────────
  {
    id: 'document:mofcom-announcement-2025-35-taiwan-entities-export-control-list',
    name: 'Ministry of Commerce Announcement No. 35 of 2025',
    nameZh: '汉翔航空工业股份有限公司等8家台湾实体列入出口管制管控名单',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2025-07-09',
    effective: '2025-07-09',
    summary:
      'MOFCOM announcement of 9 July 2025 putting Aerospace Industrial Development Corp and seven other Taiwan entities on the Export Control Control List: exports of dual-use items to them are banned and ongoing exports must stop.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 2 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 2 },
    ],
    sources: [
      {
        url: 'https://www.chinaoci.com/newsinfo/3139921.html',
        title: 'chinaoci.com – New trends in the control of dual-use items: Corporate compliance is urgent!',
        quote:
          'On July 9, 2025, the Ministry of Commerce of China issued Announcement No. 35, which clearly listed 8 Taiwan entities on the Export Control List for the first time, and implemented a comprehensive embargo in accordance with the "Export Control Law" and the newly implemented "Dual-Use Items Export Control Regulations".',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.mirrordaily.news/story/9690',
        title: '鏡報 (Mirror Daily)',
        quote:
          '2025/07/09 10:33:00\n\n編輯:\n\n施旖婕\n\n中國商務部今(9日)發布公告,表示為維護國家安全利益,履行防擴散等義務,決定將漢翔航空工業股份有限公司等8家台灣實體列入出口管制管控名單。 … 中國商務部指出,禁止向上述8家「台灣地區」實體出口「兩用物項」,也就是兼有民事與軍事用途的物項,正在展開的相關出口活動應當立即停止。特殊情況下確需出口的,出口經營者應當向商務部提出申請,公告自公布之日起正式實施。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2025/0709/c90000-20337909.html',
        title: "People's Daily Online",
        quote:
          'The Ministry of Commerce (MOFCOM) of the Chinese mainland announced on Wednesday that it has placed eight entities from the island of Taiwan on an export control list, effective on Wednesday. This action is taken in accordance with the Export Control Law, the Regulations on the Export Control of Dual-Use Items, and other laws and regulations … The eight entities are Aerospace Industrial Development Corp, GEOSAT Aerospace & Technology Inc, National Chung-Shan Institute of Science & Technology',
        supports: ['issuers', 'summary', 'relations'],
      },
      {
        url: 'http://en.people.cn/n3/2025/0709/c90000-20337960.html',
        title: "People's Daily Online (Xinhua)",
        quote: 'BEIJING, July 9 (Xinhua) -- The Ministry of Commerce announced on Wednesday that it has added 8 entities from China\'s Taiwan region to the export control list.',
        supports: ['promulgated', 'effective'],
      },
    ],
  },

  // ───────────── 2023 temporary export controls on certain drones (MOFCOM Announcement No. 28 of 2023) ─────────────
  {
    id: 'document:announcement-on-temporary-export-control-of-certain-unmanned-aerial-vehicles',
    name: 'MOFCOM Announcement No. 28 of 2023 on Implementing Temporary Export Controls on Certain Unmanned Aerial Vehicles',
    nameZh: '对部分无人机实施临时出口管制的公告',
    kind: 'normative_document',
    status: 'final',
    // Co-issued with SASTIND and the Equipment Development Department of the Central Military Commission.
    issuers: ['mofcom', 'gac'],
    promulgated: '2023-07-31',
    effective: '2023-09-01',
    summary:
      'Joint announcement of 31 July 2023 putting specified drones, some consumer drones among them, under two-year temporary export control from 1 September 2023 and barring exports of uncontrolled civilian drones for military purposes.',
    sources: [
      {
        url: 'http://shenduxp.com/wap/2023-07/31/content_31375591.htm',
        title: '商务部网站公告 (转载)',
        quote:
          '商務(wù)部 海關(guān)總署 國家國防科工局 中央軍委裝備發(fā)展部公告2023年第28號 關(guān)于對部分無人機實施臨時出口管制的公告\n      來源:商務(wù)部網(wǎng)站 ?作者:? 2023-07-31 21:09:53',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://asicm.co/page6?article_id=909',
        title: 'asicm.co (MOFCOM announcement, translated)',
        quote:
          'Announcement No. 28 of 2023 of the Equipment Development Department of the Central Military Commission of the State Administration of National Defense Science and Technology, General Administration of Customs, Ministry of Commerce, on the Implementation of Temporary Export Control on Some Unmanned Aerial Vehicles\nIn accordance with the relevant provisions of the Export Control Law of the China, the Foreign Trade Law of the China, and the Customs Law of the China, in order to safeguard national security and interests, with the approval of the State Council and the Central Military Commission, it is decided to implement temporary export control on specific unmanned aerial vehicles.',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://wbzol.com/zixun/202308/393629.html',
        title: 'wbzol.com',
        quote:
          '7月31日,商务部海关总署和中央军委装备发展部联合发布了无人机出口管制公告。 … 对于一些消费级的无人机,也将会实施两年的临时出口管制,还禁止了其他没有列入管制的民用无人机出口用于军事目的。这项政策将会从2023年9月1日起正式实行。',
        supports: ['issuers', 'effective', 'summary'],
      },
    ],
  },
];
