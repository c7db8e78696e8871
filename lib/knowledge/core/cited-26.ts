import type { CoreInstrument } from './types';

/**
 * PRC documents that pages on China TMT regulation (platforms and e-commerce, market regulation
 * enforcement, telecom fraud, standards for the IoT and new industries, market access) cite and the
 * graph lacked, each with stored public pages that state its facts.
 *
 * How they were chosen: titles cited on stored pages about data, cybersecurity, personal
 * information, AI, platforms, e-commerce, telecoms, export control, consumer protection, online
 * content and games, checked against the graph; what it lacked, ranked by the number of different
 * hosts whose pages cite it (spam mirrors counted apart, as +n):
 *
 *   市场监督管理行政执法电子数据取证暂行规定 (SAMR, 2024) .............. 4 (+3) — added
 *   关于加强打击治理电信网络诈骗违法犯罪工作的意见 (2022) ............ 8 (+1) — added
 *   物联网标准体系建设指南(2024版) ..................................... 7 (+1) — added
 *   新产业标准化领航工程实施方案(2023—2035年) ........................ 11 (+1) — added
 *   自然人网店管理规范 (MR/T 0001—2025) ................................. 5 (+2) — added
 *   关于完善市场准入制度的意见 (2024) .................................... 6 — added
 *   市场监督管理行政处罚程序规定 (SAMR) .................................. 4 (+3) — added
 *   贯彻实施〈国家标准化发展纲要〉行动计划(2024—2025年) ............... 6 — added
 *   云南省公共数据管理办法(试行) ......................................... 3 — not added: the only stored
 *     page with its text is a bare-IP mirror, and the citing pages give no issuer, kind or date
 *   “十四五”推动高质量发展的国家标准体系建设规划 .......................... 1 — not added: one host
 *   关于纵深推进防范打击通讯信息诈骗工作的通知 (MIIT, 2018) ............... 0 (+2) — not added: spam
 *     mirrors only
 *   直播电商平台服务管理基本要求, 网络交易合规数据报送规范 (draft standards) — not added: one spam
 *     mirror only
 *   静止轨道卫星动中通管理办法, 民航大数据发展指导意见, 条码支付业务规范(试行),
 *   贵州省新型基础设施建设三年行动方案(2022—2024年), 云南省公共数据条例(草案) — not added: 1–2 hosts each
 */
export const CORE_CITED_26: CoreInstrument[] = [
  // ───────────── SAMR: electronic data evidence in administrative law enforcement (April 2024) ─────────────
  {
    id: 'document:interim-provisions-on-collection-of-electronic-data-evidence-in-market-regulation-law-enforcement',
    name: 'Interim Provisions on the Collection of Electronic Data Evidence for Market Regulation Administrative Law Enforcement',
    nameZh: '市场监督管理行政执法电子数据取证暂行规定',
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr'],
    adopted: '2024-04-01',
    promulgated: '2024-04-07',
    summary:
      'SAMR’s interim provisions on how market regulation departments and their law enforcement officers collect, seal up, seize, inspect, analyse and store electronic data as evidence in administrative law enforcement.',
    relations: [
      { type: 'based_on', target: 'document:provisions-on-market-regulatory-procedure-for-administrative-punishment', source: 0 },
      { type: 'based_on', target: 'document:administrative-penalty-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/admin-law-enforcement-electronic-data/',
        title: 'China Law Translate – Interim Provisions on the Collection of Electronic Data Evidence in Market Regulation Administrative Law Enforcement',
        quote:
          'Interim Provisions on the Collection of Electronic Data Evidence in Market Regulation Adminstrative Law Enforcement\n\nPromulgation Date: 2024-4-7\nTitle: Notice of the State Administration for Market Regulation on Issuing the "Interim Provisions on the Collection of Electronic Data Evidence for Market Regulation Administrative Law Enforcement" … Article 1: These Provisions are drafted on the basis of the PRC Administrative Punishments Law, the PRC Administrative Compulsion Law, the Provisions on Administrative Punishment Procedures in Market Regulation, and other relevant provisions',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/admin-law-enforcement-electronic-data/',
        title: 'China Law Translate – Interim Provisions on the Collection of Electronic Data Evidence in Market Regulation Administrative Law Enforcement',
        quote:
          'Article 2: These provisions apply to the activities of market regulation departments and their law enforcement personnel in the course of administrative law enforcement surrounding the collection, sealing, seizure, inspection, analysis, and storage as evidence of electronic data.',
        supports: ['summary'],
      },
      {
        url: 'http://info.foodmate.net/news/show-180993.html',
        title: '食品伙伴网 – 市场监管总局关于印发《市场监督管理行政执法电子数据取证暂行规定》的通知',
        quote:
          '《市场监督管理行政执法电子数据取证暂行规定》已经2024年4月1日市场监管总局第10次局务会议通过,现印发给你们,请认真贯彻执行。\n \n  市场监管总局\n \n  2024年4月7日 … 第二条  市场监督管理部门及其执法人员在行政执法过程中围绕电子数据的收集提取、查封扣押、检查分析、证据存储等活动,适用本规定。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'summary'],
      },
      {
        url: 'https://mip.msjk99.cn/article/1690.html',
        title: 'msjk99.cn – 破解市场监管执法办案电子数据取证难题 (工人日报)',
        quote:
          '本报北京4月16日电(记者杨召奎)记者今天从市场监管总局获悉,为进一步提升执法人员电子数据取证能力,提高行政执法效能,市场监管总局近日发布《市场监督管理行政执法电子数据取证暂行规定》(以下简称《暂行规定》)。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── SAMR: administrative penalty procedure (2018 Order No. 2, amended 2021 and 2022) ─────────────
  {
    // Issued as 市场监督管理行政处罚程序暂行规定 (in force 1 April 2019); the 2021 amendment dropped 暂行.
    id: 'document:provisions-on-market-regulatory-procedure-for-administrative-punishment',
    name: 'Provisions on the Market Regulatory Procedure for Administrative Punishment',
    aliases: ['Provisions on Administrative Punishment Procedures in Market Regulation'],
    nameZh: '市场监督管理行政处罚程序规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    effective: '2019-04-01',
    amended: ['2021-07-02', '2022-09-29'],
    summary:
      'SAMR’s rules standardising the administrative penalty procedures of market regulation departments, from verifying leads within 15 working days onwards; first issued as interim provisions in force from 1 April 2019, amended in 2021 and 2022.',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4648810-T.html?eng=0',
        title: 'LexisNexis China – Provisions on the Market Regulatory Procedure for Administrative Punishment (Amended in 2022)',
        quote:
          "Provisions on the Market Regulatory Procedure for Administrative Punishment (Amended in 2022)\nOrder of the State Administration for Market Regulation No. 61\nSeptember 29, 2022\n(Issued by the Order of the State Administration for Market Regulation No. 2, amended for the first time according to Order of the State Administration for Market Regulation No. 42 on July 2, 2021; and amended for the second time according to the Order of the State Administration for Market Regulation No. 61 on September 29, 2022)",
        supports: ['name', 'kind', 'status', 'issuers', 'amended'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4648810-T.html?eng=0',
        title: 'LexisNexis China – Provisions on the Market Regulatory Procedure for Administrative Punishment (Amended in 2022)',
        quote:
          'Article 1 The Provisions are formulated in accordance with the Law of the People\'s Republic of China on Administrative Penalties, the Administrative Coercion Law of the People\'s Republic of China and other laws and administrative regulations in order to standardize the administrative penalty procedures for market regulatory departments',
        supports: ['summary'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?item.id=179e4401db8d4a84badd3f15d514689d',
        title: 'Watson & Band – SAMR Specifies Procedures and Hear Measures for Administrative Punishment',
        quote:
          'The State Administration for Market Regulation ("SAMR") has recently issued the Interim Provisions on Administrative Punishment Procedures for Market Regulation Departments (the "Provisions") and the Interim Measures on Hearings for Administrative Punishment Imposed by Market Regulation Departments (the "Measures"), both of which will go into effect from April 1, 2019. … a market regulatory department shall verify the clues of an illicit act discovered subject to its supervision and inspection authority, or through such means as complaining or reporting, within 15 working days',
        supports: ['kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/admin-law-enforcement-electronic-data/',
        title: 'China Law Translate – Interim Provisions on the Collection of Electronic Data Evidence in Market Regulation Administrative Law Enforcement',
        quote:
          'Article 1: These Provisions are drafted on the basis of the PRC Administrative Punishments Law, the PRC Administrative Compulsion Law, the Provisions on Administrative Punishment Procedures in Market Regulation, and other relevant provisions',
        supports: ['aliases', 'status'],
      },
      {
        url: 'http://info.foodmate.net/news/show-180993.html',
        title: '食品伙伴网 – 市场监管总局关于印发《市场监督管理行政执法电子数据取证暂行规定》的通知',
        quote:
          '第一条  为了规范市场监督管理行政执法电子数据取证工作,提升执法人员电子数据取证能力,提高行政执法效能,根据《中华人民共和国行政处罚法》《中华人民共和国行政强制法》《市场监督管理行政处罚程序规定》等有关规定,制定本规定。',
        supports: ['nameZh', 'status'],
      },
    ],
  },

  // ───────────── MIIT and SAC: IoT standards system guide (2024 edition) ─────────────
  {
    id: 'document:guidelines-for-construction-of-internet-of-things-standard-system-2024',
    name: 'Guidelines for the Construction of the Internet of Things Standard System (2024 Edition)',
    aliases: ['Guidelines for the Construction of the Internet of Things (IoT) Standards System (2024 Edition)'],
    nameZh: '物联网标准体系建设指南(2024版)',
    kind: 'guideline',
    status: 'final',
    issuers: ['miit', 'sac'],
    promulgated: '2024-07-22',
    code: '工信部联科函〔2024〕206号',
    summary:
      'MIIT and SAC’s guide to the IoT standards system—basic, technical, construction and operation, and application standards—aiming for more than 30 new national and industry IoT standards by 2025.',
    relations: [{ type: 'implements', target: 'document:implementation-plan-for-new-industry-standardization-leading-project-2023-2035', source: 0 }],
    sources: [
      {
        url: 'https://m.bjx.com.cn/mnews/20240827/1396994.shtml',
        title: '北极星 – 两部门关于印发物联网标准体系建设指南(2024版)的通知',
        quote:
          '工业和信息化部 国家标准化管理委员会关于印发物联网标准体系建设指南(2024版)的通知\n工信部联科函〔2024〕206号\n各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门、市场监管局(厅、委),有关行业协会、标准化技术组织、标准化专业机构:\n为扎实推进《新产业标准化领航工程实施方案(2023-2035年)》,加强标准工作顶层设计,引领物联网产业高质量发展,工业和信息化部、国家标准化管理委员会组织编制了《物联网标准体系建设指南(2024版)》。现印发给你们,请结合实际,抓好贯彻落实。\n工业和信息化部\n国家标准化管理委员会\n2024年7月22日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'code', 'relations'],
      },
      {
        url: 'https://cs.com.cn/5g/202408/t20240828_6434980.html',
        title: '中证网 – 预计到明年我国新制定30项以上物联网标准 (证券时报)',
        quote:
          '记者27日从工业和信息化部获悉,工业和信息化部、国家标准化管理委员会近日联合发文提出,到2025年,我国新制定物联网领域国家标准和行业标准30项以上,参与制定国际标准10项以上,引领物联网产业高质量发展的标准体系加快形成。\n根据两部门联合印发的《物联网标准体系建设指南(2024版)》,物联网标准体系包括基础标准、技术标准、建设运维标准和应用标准等4部分',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://cm.twobirds.com/en/insights/2024/china/china-tmt-bimonthly-update-july-august-2024-issue',
        title: 'Bird & Bird – China TMT: Bi-monthly Update - July & August 2024 Issue',
        quote:
          'MIIT and SAC issued guidelines to strengthen IoT standards system construction, guiding high-quality IoT development (26 August)\nThe MIIT and the Standardisation Administration of China (“SAC”) jointly released the Guidelines for the Construction of the Internet of Things (IoT) Standards System (2024 Edition). These guidelines aim to lead the high-quality development of the IoT industry by systematically planning the IoT standards system, which includes foundational, technical, operational, and application standards.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://information.bz/english/news/view/2024/08/29/30681.html',
        title: 'information.bz (Xinhua)',
        quote:
          'according to the "guidelines for the construction of the internet of things standard system (2024 edition)" jointly issued by the two departments, the internet of things standard system includes four parts: basic standards, technical standards, construction and operation standards, and application standards.',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ───────────── MIIT, MOST, NEA and SAC: new industry standardization leading project (2023–2035) ─────────────
  {
    id: 'document:implementation-plan-for-new-industry-standardization-leading-project-2023-2035',
    name: 'Implementation Plan for the New Industry Standardization Leading Project (2023-2035)',
    aliases: ['Implementation Plan for the Leading Project of New Industry Standardization (2023-2035)'],
    nameZh: '新产业标准化领航工程实施方案(2023—2035年)',
    // As MIIT's release and the pages copying it write the year span, with a box-drawing line.
    zhShortNames: ['新产业标准化领航工程实施方案(2023─2035年)'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit', 'most', 'nea', 'sac'],
    summary:
      'Four departments’ plan for standards in eight emerging industries and nine future industries (among them the metaverse, brain-computer interfaces, humanoid robots and generative AI), with goals for 2025, 2030 and 2035 such as more than 2,000 new national and industry standards by 2025.',
    sources: [
      {
        url: 'http://en.uicec.com/news/815.html',
        title: 'UICEC – Breaking News! Four departments including the Ministry of Industry and Information Technology highlight key focus: Future emphasis on "8+9" new industries',
        quote:
          'Recently, the Ministry of Industry and Information Technology, together with the Ministry of Science and Technology, the National Energy Administration, and the National Standardization Administration, issued the "Implementation Plan for the New Industry Standardization Leading Project (2023-2035)". The "Implementation Plan" mainly focuses on the standardization work of emerging and future industries, forming key areas of new industry standardization in an "8+9" pattern, and proposes a "three-step" goal for 2025, 2030, and 2035.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://pigeonreporter.com/2023/08/24/china-focuses-on-developing-standard-system-to-support-emerging-industries-by-2025/',
        title: 'Pigeon Reporter – China Focuses on Developing Standard System to Support Emerging Industries by 2025',
        quote:
          'In a joint effort, China’s Ministry of Industry and Information Technology, along with the Ministry of Science and Technology, the National Energy Administration, and the National Standards Committee, has issued the “Implementation Plan for the Leading Project of New Industry Standardization (2023-2035)”.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://www.handmsg.com/page/2023/0204/22925702.shtml',
        title: 'handmsg.com – 新产业标准化领航工程实施方案',
        quote:
          '工業和信息化部近日聯合科技部、國家能源局、國家標準委印發《新產業標準化領航工程實施方案(2023—2035年)》(以下簡稱《實施方案》)。《實施方案》以推動新興產業創新發展和搶抓未來產業發展先機為目標,以完善高效協同的新產業標準化工作體系為抓手,聚焦新一代信息技術、新能源、新材料、高端裝備、新能源汽車、綠色環保、民用航空、船舶與海洋工程裝備等8 大新興產業,以及元宇宙、腦機接口、量子信息、人形機器人、生成式人工智能、生物制造、未來顯示、未來網絡、新型儲能等9 大未來產業,統籌推進標準的研究、制定、實施和國際化。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://m.bjx.com.cn/mnews/20240827/1396994.shtml',
        title: '北极星 – 两部门关于印发物联网标准体系建设指南(2024版)的通知',
        quote:
          '为扎实推进《新产业标准化领航工程实施方案(2023-2035年)》,加强标准工作顶层设计,引领物联网产业高质量发展,工业和信息化部、国家标准化管理委员会组织编制了《物联网标准体系建设指南(2024版)》。',
        supports: ['nameZh', 'status'],
      },
      {
        url: 'http://m.tech-ex.com/zixun/2023/0822/113333.html',
        title: 'tech-ex.com (界面新闻)',
        quote:
          '据工信部网站8月22日消息,工业和信息化部等四部门印发《新产业标准化领航工程实施方案(2023─2035年)》,其中提出,目标到2025年,支撑新兴产业发展的标准体系逐步完善、引领未来产业创新发展的标准加快形成。… 新制定国家标准和行业标准2000项以上',
        supports: ['zhShortNames', 'issuers', 'summary'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202308/1296789.shtml',
        title: 'Global Times – China releases implementation plan for new industries’ standards',
        quote:
          'As for future industries, the plan said it will focus on the metaverse, brain-computer interface, quantum information, humanoid robots, generative artificial intelligence, bio-manufacturing, future displays, future networks and new energy storage.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Party and State Council general offices: market access system (August 2024) ─────────────
  {
    id: 'document:opinions-on-improving-market-access-system',
    name: 'Opinions on Improving the Market Access System',
    aliases: ['Opinions on Refining the National Market Access System'],
    nameZh: '关于完善市场准入制度的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    promulgated: '2024-08-01',
    summary:
      'The Party and State Council general offices’ opinions on market access: every access measure goes into the single national negative list for market access, access rules are set by law, and access for new business forms and new sectors is eased.',
    relations: [{ type: 'cites', target: 'document:market-access-negative-list', source: 0 }],
    sources: [
      {
        url: 'https://ningxia.banxi.cn/newss/285350',
        title: 'banxi.cn – 中共中央办公厅 国务院办公厅关于完善市场准入制度的意见',
        quote:
          '中共中央办公厅 国务院办公厅关于完善市场准入制度的意见(2024年8月1日)  市场准入制度是社会主义市场经济基础制度之一,是推动有效市场和有为政府更好结合的关键。… 一、完善市场准入负面清单管理模式。由法律、行政法规、国务院决定、地方性法规设定的市场准入管理措施,省、自治区、直辖市政府规章依法设定的临时性市场准入管理措施,全部列入全国统一的市场准入负面清单。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'http://techray.cn/2024-11-25/4243568.html',
        title: 'techray.cn – 中共中央办公厅 国务院办公厅关于完善市场准入制度的意见',
        quote:
          '中共中央办公厅 国务院办公厅关于完善市场准入制度的意见\n(2024年8月1日)\n市场准入制度是社会主义市场经济基础制度之一,是推动有效市场和有为政府更好结合的关键。',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'http://english.scio.gov.cn/pressroom/2024-09/25/content_117448912_7.html',
        title: 'SCIO – SCIO briefing about Opinions on Refining the National Market Access System',
        quote:
          'SCIO briefing about Opinions on Refining the National Market Access System\n\nChina.org.cn | September 25, 2024 … As you mentioned, the third plenary session of the 20th CPC Central Committee explicitly states the need to "ensure greater accessibility for new forms of business and new sectors," making special arrangements for the core issue of improving the market access system.',
        supports: ['aliases', 'status', 'summary'],
      },
      {
        url: 'https://cm.twobirds.com/en/insights/2024/china/china-tmt-bimonthly-update-july-august-2024-issue',
        title: 'Bird & Bird – China TMT: Bi-monthly Update - July & August 2024 Issue',
        quote:
          'The State Council issued the Opinions on Improving the Market Access System, introducing ten measures to deepen market access reforms and promote healthy market development.',
        supports: ['name', 'status', 'summary'],
      },
    ],
  },

  // ───────────── Party and State Council general offices: telecom and online fraud (April 2022) ─────────────
  {
    id: 'document:opinions-on-strengthening-crackdown-on-telecom-network-fraud',
    name: 'Opinions on Strengthening the Work of Cracking Down on Telecommunications Network Fraud and Illegal Crimes',
    nameZh: '关于加强打击治理电信网络诈骗违法犯罪工作的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    summary:
      'The Party and State Council general offices’ 2022 opinions on telecom and online fraud: severe punishment of fraudsters by a joint force of the authorities, and comprehensive governance of the finance, telecoms and internet sectors that fraudsters exploit.',
    sources: [
      {
        url: 'https://credit.shaanxi.gov.cn/341/11486608.html',
        title: '信用中国(陕西) – 治理电信网络诈骗顽疾要齐抓共管 (人民网)',
        quote:
          '近日,中共中央办公厅、国务院办公厅印发了《关于加强打击治理电信网络诈骗违法犯罪工作的意见》(以下简称《意见》)。这是关于打击治理电信网络诈骗违法犯罪工作的重要规范性文件,有助于遏制电信网络诈骗违法犯罪多发高发态势',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://credit.henan.gov.cn/ar/20220621000016.htm',
        title: '信用河南 – 工信部部署防范治理电信网络诈骗工作 (法治日报)',
        quote:
          '工业和信息化部近日召开2022年信息通信行业防范治理电信网络诈骗电视电话会议,传达贯彻落实中共中央办公厅、国务院办公厅《关于加强打击治理电信网络诈骗违法犯罪工作的意见》和国务院打击治理电信网络新型违法犯罪工作部际联席会议议议部署要求',
        supports: ['nameZh', 'issuers', 'status'],
      },
      {
        url: 'https://www.laitimes.com/en/article/3ku27_41j2u.html',
        title: 'laitimes – Relevant responsible persons of the Joint Office of the State Council interpret the "Opinions on Strengthening the Work of Cracking Down on Telecommunications Network Fraud and Illegal Crimes"',
        quote:
          'Relevant responsible persons of the Joint Office of the State Council interpret the "Opinions on Strengthening the Work of Cracking Down on Telecommunications Network Fraud and Illegal Crimes" … Recently, the General Office of the CPC Central Committee and the General Office of the State Council issued the Opinions on Strengthening the Work of Cracking Down on Telecommunications Network Fraud and Crimes (hereinafter referred to as the Opinions).',
        supports: ['name', 'issuers', 'status'],
      },
      {
        url: 'http://int.hncst.edu.cn/2022_06/17_17/content-51632.html',
        title: 'China Daily (via hncst.edu.cn) – Guideline takes aim at telecom fraud',
        quote:
          "The general offices of the Central Committee of the Communist Party of China and the State Council, China's Cabinet, jointly issued the guideline in April. … The crackdown and governance of telecom fraud crimes is a complex social issue. Currently, fraudsters are taking advantage of sectors such as finance, telecommunications and the internet to commit crime, so comprehensive governance needs to be enhanced in these areas, the official said. … The document called on authorities to severely punish fraudsters and form a joint force to combat the crime.",
        supports: ['kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── SAMR: natural-person online shops (industry standard MR/T 0001—2025) ─────────────
  {
    id: 'document:specification-for-management-of-natural-person-online-stores',
    // English title translated: no stored English page names it.
    name: 'Specification for the Management of Natural Person Online Stores',
    nameZh: '自然人网店管理规范',
    kind: 'industry_standard',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2025-03-31',
    effective: '2025-06-01',
    code: 'MR/T 0001-2025',
    summary:
      'SAMR’s first market regulation industry standard: uniform requirements for online trading platforms on natural-person shops’ onboarding, operation, exit and data reporting (eight chapters and four annexes).',
    sources: [
      {
        url: 'http://www.fusiontax.cn/index.php?oldid=55872&title=%E5%9B%BD%E5%AE%B6%E5%B8%82%E5%9C%BA%E7%9B%91%E7%9D%A3%E7%AE%A1%E7%90%86%E6%80%BB%E5%B1%80%E5%85%B3%E4%BA%8E%E5%8F%91%E5%B8%83%E5%B8%82%E5%9C%BA%E7%9B%91%E7%AE%A1%E8%A1%8C%E4%B8%9A%E6%A0%87%E5%87%86%E3%80%8A%E8%87%AA%E7%84%B6%E4%BA%BA%E7%BD%91%E5%BA%97%E7%AE%A1%E7%90%86%E8%A7%84%E8%8C%83%E3%80%8B%E7%9A%84%E5%85%AC%E5%91%8A',
        title: '开源财税知识分享平台 – 国家市场监督管理总局关于发布市场监管行业标准《自然人网店管理规范》的公告',
        quote:
          '2025年3月31日  国家市场监督管理总局关于发布市场监管行业标准《自然人网店管理规范》的公告  国家市场监督管理总局公告2025年第15号  2025年6月1日  施行\n\n正文\n\n  《自然人网店管理规范》(MR/T 0001—2025)行业标准已经市场监管总局批准,现予以公告,自2025年6月1日起实施。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'code'],
      },
      {
        url: 'https://m.alwz.net/news/2xp9x7aYGr.html',
        title: 'alwz.net – 网店店主看过来!《自然人网店管理规范》发布 (中国质量报)',
        quote:
          '近日,市场监管总局发布首个市场监管行业标准——《自然人网店管理规范》(以下简称《管理规范》),推动构建网络交易平台经营者对自然人网店“统一入驻标准、统一运营规则、统一退出机制、统一数据报送标准”的“四个统一”管理框架,提高网络交易监管科学化、规范化水平。\n\n《管理规范》共八章、四个附录,明确了网络交易平台经营者对自然人网店平台入驻、运营、退出和数据报送等方面的要求。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://m.acmerblog.com/news/20250409/1219492.html',
        title: 'acmerblog.com – 《自然人网店管理规范》公布 (中新网)',
        quote:
          '中新網4月9日電 據國家市場監督管理總局網站消息,近日,市場監管總局發布首個市場監管行業標準——《自然人網店管理規范》(以下簡稱《管理規范》)',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },

  // ───────────── SAMR and 17 other departments: action plan for the standardization outline (2024–2025) ─────────────
  {
    // Pages write the outline's title inside this one's with 〈〉, as it stands inside 《》.
    id: 'document:action-plan-for-implementation-of-national-standardization-development-outline-2024-2025',
    name: 'Action Plan for the Implementation of the National Standardization Development Outline (2024-2025)',
    nameZh: '贯彻实施〈国家标准化发展纲要〉行动计划(2024—2025年)',
    kind: 'plan',
    status: 'final',
    issuers: ['samr', 'cac', 'ndrc'],
    promulgated: '2024-03-26',
    summary:
      'Eighteen departments’ plan (35 articles) for 2024–2025 under the National Standardization Development Outline, among them standards for integrated circuits, AI, intelligent connected vehicles, BeiDou, cross-border data transfer and security, blockchain, 6G and IPv6.',
    relations: [{ type: 'implements', target: 'document:national-standardization-development-outline', source: 0 }],
    sources: [
      {
        url: 'http://edaycosmetic.com/Databases/snews.php?B8y1R=zQ6p.html',
        title: 'edaycosmetic.com – 贯彻实施《国家标准化发展纲要》 (人民日报)',
        quote:
          '本报北京3月28日电  (记者林丽鹂)国家市场监督管理总局会同中央网信办、国家发展改革委等18部门日前联合印发《贯彻实施〈国家标准化发展纲要〉行动计划(2024—2025年)》,就2024年至2025年贯彻实施《国家标准化发展纲要》提出具体任务。\n\n  行动计划采用重点任务逐一列条的方式,结构安排上与纲要框架内容相对应,分3个板块,共35条。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.laitimes.com/en/article/6gqm9_6x2x1.html',
        title: 'laitimes – Relationship with 6G, artificial intelligence, etc., the latest action plan!18 departments jointly issued →',
        quote:
          "The State Administration for Market Regulation, together with the Cyberspace Administration of the People's Republic of China and the National Development and Reform Commission, jointly issued the Action Plan for the Implementation of the National Standardization Development Outline (2024-2025), proposing specific tasks for the implementation of the National Standardization Development Outline from 2024 to 2025.",
        supports: ['name', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'http://www.gzdfhj.com/information/show_three/576',
        title: 'gzdfhj.com – 资讯中心',
        quote:
          '3月26日,市場(chǎng)監管總局會(huì )同中央網(wǎng)信辦、國家發(fā)展改革委、住房城鄉建設部等18部門(mén)聯(lián)合印發(fā)《貫徹實(shí)施〈國家標準化發(fā)展綱要〉行動(dòng)計劃(2024—2025年)》',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'http://lianheelec.com/qualitymana/detail/id/26868.html',
        title: 'lianheelec.com – 贯彻实施《国家标准化发展纲要》行动计划(2024—2025年)',
        quote:
          '在集成電路、半導體材料、生物技術、種質資源、特種橡膠,以及人工智能、智能網聯汽車、北斗規模應用等關鍵領域集中攻關,加快研制一批重要技術標準。強化基礎軟件、工業軟件、應用軟件標準體系建設,盡快出臺產業急需標準。建立健全數據跨境傳輸和安全等標準。實施信息化標準建設行動,瞄準下一代互聯網技術演進路線等新場景升級,強化區塊鏈和分布式記賬技術標準體系建設,開展6G、IPv6、區塊鏈、分布式數字身份分發等核心標準研究。',
        supports: ['summary'],
      },
    ],
  },
];
