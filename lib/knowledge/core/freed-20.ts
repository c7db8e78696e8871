/**
 * Curated core layer: PRC instruments TMT pages cite that the graph lacked — the State Council's
 * Regulations on the Administration of Public Security Video and Image Information Systems (2025),
 * the State Taxation Administration's two 2025 announcements (Nos. 15 and 16) implementing the
 * internet platform tax reporting provisions, the CSRC's earlier securities and futures IT rules
 * (Orders No. 82 and No. 152), Hefei's 2025 implementation opinions on data reform and the
 * intelligent city, and — back with an official source — Zhejiang's public data regulations. Every fact is quoted from a stored public page.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_FREED_20: CoreInstrument[] = [
  // ───────────── Public security video systems (State Council, 2025) ─────────────
  {
    id: 'document:regulations-on-administration-of-public-security-video-image-information-systems',
    name: 'Regulations on the Administration of Public Security Video and Image Information Systems',
    nameZh: '公共安全视频图像信息系统管理条例',
    aliases: [
      'Regulation on the Administration of Public Security Video and Image Information Systems',
      'Regulations on the Management of the Public Security Video Imaging Information System',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2025-01-13',
    effective: '2025-04-01',
    summary:
      'State Council regulation on public security video systems, balancing public security with privacy and personal information: it bans cameras in hotel guest rooms, student dormitories, public bathrooms, changing and fitting rooms and other places where they could capture others’ privacy.',
    sources: [
      {
        url: 'http://english.www.gov.cn/policies/latestreleases/202502/10/content_WS67a9d629c6d0868f4e8ef898.html',
        title: 'The State Council of the PRC (english.gov.cn)',
        quote:
          'Chinese Premier Li Qiang has signed a State Council decree to issue the regulations, which comprise 34 articles and will come into effect on April 1. … According to the regulations, the installation of cameras and related facilities inside guest rooms or private compartments in hotels and restaurants is prohibited. Additionally, the installation of cameras is banned in student dormitories, public bathrooms, washrooms, changing rooms, fitting rooms, and other areas where it is possible to photograph, peep, or eavesdrop on the privacy of others, read the regulations.',
        supports: ['kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://lcbackerblog.blogspot.com/2025/05/china-regulations-on-management-of.html',
        title: 'Law at the End of the Day (Larry Catá Backer), reproducing the Law Library of Congress',
        quote:
          'Called Regulations on the Management of the Public Security Video Imaging Information System [公共安全视频图像信息系统管理条例], the regulation is meant to provide a framework for balancing the safeguarding of public security and the protection rights to privacy and personal information. … On April 1, 2025, new regulations on the use of public security video systems that aim to “safeguard public security and protect rights to privacy and personal information” took effect in China. … The regulations, which were promulgated by the State Council on January 13, 2025, govern “public security video image information systems.”',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.hewardmills.com/how-chinas-new-surveillance-laws-could-impact-privacy-compliance/',
        title: 'HewardMills – How China’s new surveillance laws could impact privacy compliance',
        quote:
          'Set to take effect on 1st April 2025, the Regulations on the Administration of Public Security Video and Image Information Systems aims to enhance the protection of personal privacy while ensuring public security.',
        supports: ['name', 'effective', 'summary'],
      },
      {
        url: 'https://lawinfochina.com/display.aspx?id=44830&lib=law',
        title: 'LawInfoChina – Provisions on the Supervision and Administration of Public Security Video and Image Information Systems',
        quote:
          'Article 1 These Provisions are formulated for the purpose of ensuring the effective implementation of the Regulation on the Administration of Public Security Video and Image Information Systems (the "Regulation") and regulating the supervision and administration by public security authorities over the construction and use of public security video and image information systems ("public security video systems").',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── State Taxation Administration Announcement No. 15 of 2025 ─────────────
  {
    id: 'document:sta-announcement-on-reporting-of-tax-related-information-by-internet-platform-enterprises',
    name: 'Announcement on Matters Concerning the Reporting of Tax-Related Information by Internet Platform Enterprises',
    nameZh: '关于互联网平台企业报送涉税信息有关事项的公告',
    aliases: ['Announcement on Matters Concerning Tax Information Reporting by Internet Platform Enterprises'],
    zhShortNames: ['国家税务总局公告2025年第15号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['sta'],
    promulgated: '2025-06-26',
    effective: '2025-06-26',
    summary:
      'STA announcement (No. 15 of 2025) implementing the internet platform tax reporting provisions: the scope of reporting, the entities that report, and the content, deadlines, process and manner of reporting.',
    relations: [{ type: 'implements', target: 'document:provisions-on-reporting-of-tax-related-information-by-internet-platform-enterprises', source: 0 }],
    sources: [
      {
        url: 'https://www.10100.com/article/38201100',
        title: '大数跨境 (10100.com) – 法律雇佣军 LegalMercenary',
        quote:
          'State Taxation Administration Announcement on Matters Concerning the Reporting of Tax-Related Information by Internet Platform Enterprises\n\n国家税务总局关于互联网平台企业报送涉税信息有关事项的公告\n\nState Taxation Administration Announcement [2025] No. 15\n\n发文字号:国家税务总局公告2025年第15号\n\nImplementation Date: June 26, 2025\n\n施行日期:2025.06.26\n\nIn accordance with the "Provisions on the Reporting of Tax-Related Information by Internet Platform Enterprises" (hereinafter referred to as the "Provisions"), matters concerning the reporting of tax-related information by internet platform enterprises are hereby announced as follows:\n\n根据《互联网平台企业涉税信息报送规定》(以下简称《规定》),现就互联网平台企业报送涉税信息有关事项公告如下:',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://www.100ec.cn/detail--6651030.html',
        title: '网经社 (100EC) – 关于《国家税务总局关于互联网平台企业报送涉税信息有关事项的公告》的全方位解读',
        quote:
          '2025年6月23日,《互联网平台企业涉税信息报送规定》(国务院令第810号)正式发布,明确要求互联网平台企业定期向税务机关报送平台内经营者(含企业和个体工商户)和从业人员的身份信息、收入信息等涉税资料,以加强税收监管,促进公平税收环境。6月26日,国家税务总局出台公告(2025年第15号)进一步细化了报送范围、内容、时限和流程等事项。 … 公告依据《规定》,对报送主体、内容、方式和不按规定报送的法律后果等作了明确规定,并配套发布了10份报表(附件)供互联网平台企业填报。公告自发布之日起施行。',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://runchinabiz.com/newsDetail07',
        title: "runchinabiz.com (People's Daily)",
        quote:
          'To implement the "Regulations on Tax Information Reporting by Internet Platform Enterprises" (hereinafter referred to as the "Regulations"), the State Taxation Administration has issued the "Announcement on Matters Concerning Tax Information Reporting by Internet Platform Enterprises" (hereinafter referred to as the "Announcement").',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://xsrb.xsnet.cn/epaper/html/2025-08/08/content_79495_18782644.htm',
        title: '萧山日报',
        quote:
          '国家税务总局精准回应时代需求,出台《关于互联网平台企业报送涉税信息有关事项的公告》(2025年第15号),为互联网平台的涉税信息管理立下清晰规矩。',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'https://spft.swufe.edu.cn/info/1036/32483.htm',
        title: '西南财经大学财政税务学院 – 规范平台企业涉税信息报送 推动平台经济高质量发展',
        quote:
          '2025 年6月,国务院颁发《互联网平台企业涉税信息报送规定》(以下简称《规定》),对互联网平台企业向税务机关报送平台内经营者和从业人员涉税信息作出规定。随后,国家税务总局制发《关于互联网平台企业报送涉税信息有关事项的公告》(国家税务总局公告2025年第15号)、《关于互联网平台企业为平台内从业人员办理扣缴申报、代办申报若干事项的公告》(国家税务总局公告2025年第16号)两项配套公告,进一步细化明确操作要求。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'relations'],
      },
    ],
  },

  // ───────────── State Taxation Administration Announcement No. 16 of 2025 ─────────────
  {
    id: 'document:sta-announcement-on-withholding-and-agency-declarations-for-internet-platform-workers',
    name: 'Announcement on Matters Concerning Internet Platform Enterprises Handling Withholding Declarations and Agency Declarations for Workers on the Platform',
    nameZh: '关于互联网平台企业为平台内从业人员办理扣缴申报、代办申报若干事项的公告',
    zhShortNames: ['国家税务总局公告2025年第16号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['sta'],
    promulgated: '2025-06-26',
    effective: '2025-10-01',
    summary:
      'STA announcement (No. 16 of 2025) on internet platform enterprises handling withholding declarations and agency declarations for the workers on their platforms, and on the tax policies that apply to those workers.',
    relations: [{ type: 'implements', target: 'document:provisions-on-reporting-of-tax-related-information-by-internet-platform-enterprises', source: 3 }],
    sources: [
      {
        url: 'http://baike.taxrefund.com.cn/html/fg/2025/06/20250630102956-44886.html',
        title: '税务百科 (taxrefund.com.cn)',
        quote:
          '国家税务总局关于互联网平台企业为平台内从业人员办理扣缴申报、代办申报若干事项的公告\n\n  • 【法规文号】国家税务总局公告〔2025〕第 16 号\n  • 【法规类别】税收征管\n  • 【法规来源】国家税务总局\n  • 【发布日期】2025年6月26日\n  • 【法规效力】现行有效\n  • 【法规级次】中央\n  • 【重要级别】重要\n  • 【执行日期】2025年10月1日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.caishui.org/8507.html',
        title: 'caishui.org',
        quote:
          '国家税务总局关于互联网平台企业为平台内从业人员办理扣缴申报、代办申报若干事项的公告\n国家税务总局公告2025年第16号\n为便利互联网平台企业(含其相关运营主体,下同)为平台内从业人员(以下简称从业人员)办理扣缴申报、代办申报,明确从业人员税收政策适用,减轻从业人员办税负担,现就有关事项公告如下:',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://seahonor.com/en/industry/info/tax-48-EN',
        title: 'Seahonor',
        quote:
          'In Conjunction, the State Taxation Administration has issued two supporting announcements (No. 15 and No. 16 of 2025), to specifying the operational requirements for the implementation of the provisions.',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'https://spft.swufe.edu.cn/info/1036/32483.htm',
        title: '西南财经大学财政税务学院 – 规范平台企业涉税信息报送 推动平台经济高质量发展',
        quote:
          '2025 年6月,国务院颁发《互联网平台企业涉税信息报送规定》(以下简称《规定》),对互联网平台企业向税务机关报送平台内经营者和从业人员涉税信息作出规定。随后,国家税务总局制发《关于互联网平台企业报送涉税信息有关事项的公告》(国家税务总局公告2025年第15号)、《关于互联网平台企业为平台内从业人员办理扣缴申报、代办申报若干事项的公告》(国家税务总局公告2025年第16号)两项配套公告,进一步细化明确操作要求。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'relations'],
      },
    ],
  },

  // ───────────── CSRC Order No. 82 (2012) ─────────────
  {
    id: 'document:measures-for-administration-of-information-security-protection-in-securities-and-futures-industry',
    name: 'Measures for the Administration of Information Security Protection in the Securities and Futures Industry',
    nameZh: '证券期货业信息安全保障管理办法',
    aliases: ['Measures for the Management of Information Security and Assurance in the Securities and Futures Industries'],
    zhShortNames: ['证监会令82号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['csrc'],
    adopted: '2012-08-23',
    promulgated: '2012-09-24',
    effective: '2012-11-01',
    summary:
      'CSRC rules of 2012 on information security in the securities and futures industry: basic requirements, ongoing assurance, procurement of products and services, industry self-discipline and supervision.',
    sources: [
      {
        url: 'http://zqyj.chinalaw.gov.cn/draftExplain?DraftID=4896',
        title: '中国政府法制信息网 – 《证券期货业网络安全管理办法(征求意见稿)》起草说明',
        quote:
          '对此,证监会虽于2012年以来发布《证券期货业信息安全保障管理办法》(证监会令82号)《证券基金经营机构信息技术管理办法》(证监会令152号)等监管规则',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://zongyoufa.com/portal.php?aid=23960&mod=view',
        title: 'zongyoufa.com',
        quote:
          '证券期货业信息安全保障管理办法制定机关: 中国证券监督管理委员会 效力级别: 国务院部门规章 时 效 性: 现行有效 发布文号: 公布日期: 2012.09.24 施行日期: 2012.11.01 题 注 : (2012年8月23日中国证券监督管理委员会令第82号公布 自2012年11月1日起施行)',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E8%AD%89%E5%88%B8%E6%9C%9F%E8%B2%A8%E6%A5%AD%E4%BF%A1%E6%81%AF%E5%AE%89%E5%85%A8%E4%BF%9D%E9%9A%9C%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95',
        title: 'newton.com.tw',
        quote:
          '2012年9月24日,中國證券監督管理委員會令第82號公布《證券期貨業信息安全保障管理辦法》。該《辦法》分總則、基本要求、持續保障要求、產品及服務採購要求、行業自律、監督管理、附則7章51條,自2012年11月1日起施行。 … 《證券期貨業信息安全保障管理辦法》已經2012年8月23日中國證券監督管理委員會第22次主席辦公會議審議通過,現予公布,自2012年11月1日起施行。',
        supports: ['name', 'nameZh', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://studylib.net/doc/7597741/measures-for-the-management-of-information-security-and',
        title: 'studylib.net (English translation)',
        quote:
          'Measures for the Management of Information Security and Assurance in the Securities and Futures Industries Chapter I General Provisions Article 1 These Measures are formulated in accordance with Securities Law, Law on Securities Investment Fund, Regulation on the Administration of Futures Trading and the laws and administrative regulations concerning information security and assurance',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── CSRC Order No. 152 (2018) ─────────────
  {
    id: 'document:measures-for-administration-of-information-technology-of-securities-and-fund-business-institutions',
    name: 'Measures for the Administration of Information Technology Management of Securities Fund Trading Institutions',
    nameZh: '证券基金经营机构信息技术管理办法',
    zhShortNames: ['证监会令152号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['csrc'],
    adopted: '2017-03-31',
    promulgated: '2018-12-19',
    effective: '2019-06-01',
    summary:
      'CSRC order on the information technology management of securities and fund business institutions, to keep the industry’s information systems secure and compliant and protect investors.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=eed0ff9e83d0bf8cbdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          "Measures for the Administration of Information Technology Management of Securities Fund Trading Institutions [Revised]\n证券基金经营机构信息技术管理办法 [已被修订] … (No. 152) (第152号)\n\nThe Measures for the Administration of Information Technology Management of Securities Fund Trading Institutions, as deliberated and adopted at the 2nd Chairman's Executive Meeting of the China Securities Regulatory Commission (“CSRC”) on March 31, 2017, are hereby issued, and shall come into force on June 1, 2019. 《证券基金经营机构信息技术管理办法》已经2017年3月31日中国证券监督管理委员会2017年第2次主席办公会议审议通过,现予公布,自2019年6月1日起施行。\nChairman of the China Securities Regulatory Commission: Liu Shiyu 中国证券监督管理委员会主席:刘士余\nDecember 19, 2018 2018年12月19日",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=eed0ff9e83d0bf8cbdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          "Article 1 For the purposes of strengthening the information technology management of securities fund trading institutions, guaranteeing the safe and compliance operation of information systems of the securities fund industry, and protecting investors' lawful rights and interests, these Measures are developed in accordance with the Securities Law, the Securities Investment Fund Law, the Regulation on the Supervision and Administration of Securities Companies and other laws and regulations.",
        supports: ['summary'],
      },
      {
        url: 'http://zqyj.chinalaw.gov.cn/draftExplain?DraftID=4896',
        title: '中国政府法制信息网 – 《证券期货业网络安全管理办法(征求意见稿)》起草说明',
        quote:
          '对此,证监会虽于2012年以来发布《证券期货业信息安全保障管理办法》(证监会令82号)《证券基金经营机构信息技术管理办法》(证监会令152号)等监管规则',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers'],
      },
    ],
  },

  // ───────────── Hefei: data reform and the intelligent city (2025) ─────────────
  {
    id: 'document:hefei-implementation-opinions-on-deepening-data-reform-and-intelligent-city-transformation',
    name: 'Implementation Opinions of Hefei on Deepening Comprehensive Reform in the Data Field and Advancing the Intelligent Transformation of the City',
    nameZh: '深化数据领域综合改革推进城市智能化转型的实施意见',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-07-03',
    summary:
      'Hefei municipal implementation opinions of July 2025 on deepening reform in the data field, with a coordination mechanism whose office is the municipal Data Resources Bureau, to build a “1135” system for intelligent urban development, governance and life.',
    sources: [
      {
        url: 'https://www.ccgov.com.cn/articles/zhengcecaiji/2025/20250808/88/787802.html',
        title: 'ccgov.com.cn (合肥市人民政府办公室通知)',
        quote:
          '经市政府同意,现将《深化数据领域综合改革推进城市智能化转型的实施意见》印发给你们,请结合实际认真抓好落实。\n合肥市人民政府办公室\n2025年7月3日 … 充分发挥数据的创新引擎作用,整体性重塑智能城市架构,以数据工作创新推动智能城市突破,加快构建“1135”城市智能化建设工作体系,推动城市发展、治理、生活智能化',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.ccgov.com.cn/articles/zhengcecaiji/2025/20250808/88/787802.html',
        title: 'ccgov.com.cn (合肥市人民政府办公室通知)',
        quote:
          '落实数字合肥建设推进工作机制,构建市级统筹、部门协作、县区试点、国企支撑“四位一体”工作格局。 … 工作机制办公室(市数据资源局)统筹数字合肥发展战略、总体规划和重点任务推进实施',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Zhejiang public data regulations (2022) ─────────────
  {
    id: 'document:zhejiang-public-data-regulations',
    name: 'Regulations on Public Data in Zhejiang Province',
    nameZh: '浙江省公共数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-01-21',
    effective: '2022-03-01',
    summary:
      "Zhejiang's regulation on public data — the public data platform, collection and aggregation, sharing, opening and use, and security — the first local regulation in China on public data.",
    sources: [
      {
        url: 'http://cxkc.hangzhou.gov.cn/art/2022/7/13/art_1229364325_1822311.html',
        title: '杭州城西科创大走廊管委会 – 《浙江省公共数据条例》全文公布',
        quote:
          '《浙江省公共数据条例》全文公布\n\n浙江省第十三届人民代表大会第六次会议公告\n\n第3号\n\n目 录\n\n第一章 总则\n\n第二章 公共数据平台\n\n第三章 公共数据收集与归集\n\n第四章 公共数据共享\n\n第五章 公共数据开放与利用\n\n第六章 公共数据安全\n\n第七章 法律责任\n\n第八章 附则',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E6%B5%99%E6%B1%9F%E7%9C%81%E5%85%AC%E5%85%B1%E6%95%B8%E6%93%9A%E6%A2%9D%E4%BE%8B/59956604',
        title: 'newton.com.tw',
        quote:
          '《浙江省公共數據條例》是浙江省頒布的條例,是全國首部公共數據領域的地方性法規,由浙江省第十三屆人民代表大會第六次會議通過,自2022年3月1日起施行 … 2022年1月21日,浙江省十三屆人大六次會議表決通過《浙江省公共數據條例》。',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
];

/** Other names for entries the core layer already holds (merged by index.ts with `withOtherNames`). */
export const OTHER_NAMES_FREED_20: CoreOtherNames[] = [
  // State Council Order No. 810: the number as pages write it before the title.
  {
    id: 'document:provisions-on-reporting-of-tax-related-information-by-internet-platform-enterprises',
    zhShortNames: ['第810号国务院令'],
    sources: [
      {
        url: 'http://www.hargent.com/swpl/485.html',
        title: 'Hargent – 平台经济税收征管新秩序:互联网平台企业涉税信息报送新规解读',
        quote:
          '2025年6月20日,国务院总理李强签署第810号国务院令,《互联网平台企业涉税信息报送规定》(以下简称《规定》)即日起正式实施。',
        supports: ['zhShortNames'],
      },
    ],
  },
];
