/**
 * Curated core layer: PRC documents pages cite that the graph lacked — Gansu's data regulations
 * (the draft put out for comment in 2025), Xuchang's data-element market plan
 * (2024–2025), the China Appraisal Society's guiding opinions on data asset valuation, the Regulations on Certification and
 * Accreditation, the Emergency Response Law, the civil aviation data and data sharing measures
 * (trial) and the Smart Civil Aviation data governance specifications, the 2026 notice on virtual
 * currencies and similar risks, and the 2022 revision of the guiding principles for registration
 * review of medical device software. Every filled field is backed by a verbatim quote from a
 * stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_TUNING_GAPS_13: CoreInstrument[] = [
  // ───────────── Gansu Provincial Data Regulations (Draft), 2025 ─────────────
  {
    id: 'document:gansu-provincial-data-regulations-draft',
    name: 'Gansu Provincial Data Regulations (Draft)',
    nameZh: '甘肃省数据条例(草案)',
    kind: 'local_regulation',
    status: 'draft',
    summary:
      'Draft local regulation governing the whole data chain in Gansu, read a first time by the provincial people’s congress standing committee and put out for public comment until 30 June 2025.',
    sources: [
      {
        url: 'http://www.gsrdw.gov.cn/html/2025/gg_0528/25119.html',
        title: '甘肃人大网 – 关于《甘肃省数据条例(草案)》向社会公开征求意见的公告',
        quote:
          '《甘肃省数据条例(草案)》已经省十四届人大常委会第十六次会议初次审议。现就《甘肃省数据条例(草案)》向社会公开征求意见,敬请社会各界人士提出宝贵意见和建议 … 意见反馈截止时间为2025年6月30日。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://www.gsrdw.gov.cn/html/2025/gg_0528/25119.html',
        title: '甘肃人大网 – 关于《甘肃省数据条例(草案)》的说明',
        quote:
          '以地方立法形式对数据全链条工作进行规范,对于健全完善数据基础制度体系,发挥数据基础资源和创新引擎作用,推动数据要素赋能高质量发展具有重要引导、推动和保障作用。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Xuchang data-element market plan (2024–2025) ─────────────
  {
    id: 'document:xuchang-implementation-plan-for-cultivating-data-element-market-2024-2025',
    name: 'Xuchang Implementation Plan for Cultivating the Data Element Market (2024–2025)',
    nameZh: '许昌市数据要素市场培育实施方案(2024-2025年)',
    zhShortNames: ['许政〔2024〕7号'],
    kind: 'plan',
    status: 'final',
    promulgated: '2024-03-29',
    code: '许政〔2024〕7号',
    summary:
      'Xuchang municipal government plan to build “four centres and five platforms” for data registration, valuation, trading and security and to have a data-element market system in place by 2025.',
    sources: [
      {
        url: 'http://henan.kjzch.com/xuchang/842683.html',
        title: 'henan.kjzch.com (reprint of the Xuchang municipal government document)',
        quote:
          '许昌市人民政府\n许政〔2024〕 7号\n2024年04月15日\n有效\n其他\n许政〔2024〕 7号\n各县(市、区)人民政府,市城乡一体化示范区、经济技术开发区、东城区管委会,市人民政府各部门:\n现将《许昌市数据要素市场培育实施方案(2024-2025年)》印发给你们,请认真贯彻落实。\n2024年3月29日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code'],
      },
      {
        url: 'http://henan.kjzch.com/xuchang/842683.html',
        title: 'henan.kjzch.com (reprint of the Xuchang municipal government document)',
        quote:
          '围绕数据要素市场化改革,建设“四中心五平台”:汇聚各类数据资源,建设数据要素运营服务中心、数据要素登记确权中心、数据资产评估中心、数据流通交易中心;围绕数据业务需求,探索建设数据要素登记确权平台、数据资产评估平台、数据深度挖掘平台、数据资产化交易平台、数据安全监管平台。到2025年,初步建成“理念先进、制度完备、模式创新、权责清晰、高质安全”的数据要素市场体系',
        supports: ['summary'],
      },
      {
        url: 'http://www.paobohui.com/policy/355908.htm',
        title: 'paobohui.com (reprint, traditional script)',
        quote: '現將《許昌市數據要素市場培育實施方案(2024-2025年)》印發給你們,請認真貫徹落實。\n\n  2024年3月29日',
        supports: ['nameZh', 'promulgated'],
      },
    ],
  },

  // ───────────── China Appraisal Society: Guiding Opinions on Data Asset Valuation (2023) ─────────────
  {
    id: 'document:guiding-opinions-on-data-asset-valuation',
    name: 'Guiding Opinions on Data Asset Valuation',
    nameZh: '数据资产评估指导意见',
    kind: 'guideline',
    status: 'final',
    promulgated: '2023-09-08',
    effective: '2023-10-01',
    summary:
      'Guidance issued by the China Appraisal Society on how appraisers value data assets: the assets covered, cost, scenario, market and quality factors, the income, cost and market methods, and disclosure.',
    sources: [
      {
        url: 'https://www.rcrzj.com/zhishi/352725.html',
        title: 'rcrzj.com (article on data asset valuation)',
        quote:
          '中国资产评估协会于2023年9月8日发布了《数据资产评估指导意见》(以下简称“指导意见”),指导意见极富时效性和实践指导意义。\n指导意见包括正文和附录,分别为总则、基本遵循、评估对象、操作要求、评估方法、披露要求和附则共七章28条。 … 指导意见将于2023年10月1日起施行。',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.szhzxw.cn/23749.html',
        title: '数字化转型网 (szhzxw.cn)',
        quote:
          '其中明确指出,执行数据资产评估业务,需要关注影响数据资产价值的成本、场景、市场和质量因素。 … 在评估方法方面,《指导意见》确定数据资产价值的评估方法包括收益法、成本法和市场法三种基本方法及其衍生方法。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Regulations on Certification and Accreditation (State Council, 2003) ─────────────
  {
    id: 'document:regulations-on-certification-and-accreditation',
    name: 'Regulations on Certification and Accreditation',
    nameZh: '认证认可条例',
    aliases: ['Certification and Accreditation Regulations'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2003-08-20',
    promulgated: '2003-09-03',
    effective: '2003-11-01',
    amended: ['2016-02-06', '2020-11-29', '2023-07-20'],
    code: 'Order of the State Council [2003] No. 390',
    summary:
      'State Council regulation that governs certification and accreditation activities in China (conformity assessment of products, services and management systems and the accreditation of certification bodies, inspection bodies and laboratories).',
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-230391-T.html?eng=0',
        title: 'LexisNexis China – Order of the State Council Concerning the Issuance of the Regulations on Certification and Accreditation',
        quote:
          "Order of the State Council [2003] No. 390\n\nSeptember 3, 2003\n\nThe Regulations of the People's Republic of China on Certification and Accreditation, which have been adopted at the 18th executive meeting of the State Council on August 20, 2003, are hereby promulgated, and shall be implemented as of November 1, 2003.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'code'],
      },
      {
        url: 'https://en.kmabxh.com/PolicyDes/1849697545600843776.html',
        title: 'en.kmabxh.com (English text of the regulation)',
        quote:
          "The People's Republic of China Certification and Accreditation Regulations … (Promulgated by Order No. 390 of the State Council of the People's Republic of China on September 3, 2003; revised for the first time according to the Decision of the State Council on Amending Some Administrative Regulations on February 6, 2016; revised for the second time according to the Decision of the State Council on Amending and Repealing Some Administrative Regulations on November 29, 2020; revised for the third time according to the Decision of the State Council on Amending and Repealing Some Administrative Regulations on July 20, 2023)",
        supports: ['aliases', 'amended'],
      },
      {
        url: 'https://docest.com/doc/198935/regulations-of-the-people-s-republic-of-china',
        title: 'docest.com (English text of the regulation)',
        quote:
          'The term “certification” in these Regulations means conformity assessment activities by a certification body to verify that a product, service or management system conforms to technical regulations or standards.\n\nThe term “accreditation” in these Regulations means conformity assessment activities by an accreditation body to recognize the competence and qualifications to practice of a certification body, inspection body, laboratory',
        supports: ['summary'],
      },
      {
        url: 'http://www.lawxp.com/statute/s4d68900e5c8d52bb.html',
        title: '汇法网 – 个人信息出境认证办法',
        quote: '根据《中华人民共和国个人信息保护法》、《网络数据安全管理条例》、《中华人民共和国认证认可条例》等法律法规,制定本办法。',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────── Emergency Response Law (2007, revised 2024) ─────────────
  {
    id: 'document:emergency-response-law',
    name: 'Emergency Response Law',
    nameZh: '突发事件应对法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2007-08-30',
    effective: '2007-11-01',
    amended: ['2024-06-28'],
    summary:
      'National law on the prevention of and response to emergencies (natural disasters, accidents, public health incidents and social security incidents); revised in 2024 with effect from 1 November 2024.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=cd9485d6dac8d69abdfb&lib=law',
        title: 'PKULaw – Emergency Response Law of the People’s Republic of China',
        quote:
          "Emergency Response Law of the People's Republic of China [Effective]\n中华人民共和国突发事件应对法 [现行有效] … The Emergency Response Law of the People's Republic of China, which was adopted at the 29th session of the Standing Committee of the Tenth National People's Congress of the People's Republic of China on August 30, 2007, is hereby promulgated, and shall be effective as of November 1, 2007.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.shine.cn/news/nation/2406297559/',
        title: 'Shanghai Daily (shine.cn)',
        quote:
          "Chinese lawmakers on Friday voted to adopt the revised Emergency Response Law to build up its emergency prevention and response capacities and better protect people's lives and property.\n\nThe revised law, which was passed at a session of the Standing Committee of the National People's Congress, the national legislature, will take effect on November 1, 2024.",
        supports: ['amended', 'summary'],
      },
      {
        url: 'https://laitimes.com/en/article/6w3wv_7cg6o.html',
        title: 'laitimes.com (English text of the revised law)',
        quote:
          "The Emergency Response Law of the People's Republic of China, which was amended and passed by the Standing Committee of the 14th National People's Congress of the People's Republic of China at its 10th Session on June 28, 2024, is hereby promulgated to take effect on November 1, 2024. … \"Emergencies\" as used in this Law refers to natural disasters, accidents, public health incidents, and social security incidents that occur suddenly",
        supports: ['amended', 'summary'],
      },
    ],
  },

  // ───────────── CAAC: civil aviation data measures (trial), 2025 ─────────────
  {
    id: 'document:measures-for-administration-of-civil-aviation-data-trial',
    name: 'Measures for the Administration of Civil Aviation Data (Trial)',
    nameZh: '民航数据管理办法(试行)',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-03',
    summary:
      'CAAC measures issued in March 2025 that, with the civil aviation data sharing measures, set up the framework for managing data in the civil aviation sector.',
    sources: [
      {
        url: 'https://www.cssn.cn/skgz/bwyc/202509/t20250910_5914203.shtml',
        title: '中国社会科学网 (cssn.cn) – 筑牢低空经济的数据安全法治屏障',
        quote:
          '2025年3月,中国民航局发布的《民航数据管理办法(试行)》《民航数据共享管理办法(试行)》,形成了数据的立体化规制体系',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://dtzed.com/?p=9870',
        title: 'dtzed.com (report on the 2024 drafts for comment)',
        quote:
          '智慧民航建设领导小组办公室组织编制并发布了《民航数据管理办法(征求意见稿)》《民航数据共享管理办法(征求意见稿)》。\n\n《民航数据管理办法(征求意见稿)》提出由智慧民航建设领导小组办公室(简称智慧办)、民航数据安全工作领导小组办公室(简称数安办)作为民航局数据统筹管理部门,负责统一组织、指导、协调和监督民航数据管理工作',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── CAAC: civil aviation data sharing measures (trial), 2025 ─────────────
  {
    id: 'document:measures-for-administration-of-civil-aviation-data-sharing-trial',
    name: 'Measures for the Administration of Civil Aviation Data Sharing (Trial)',
    nameZh: '民航数据共享管理办法(试行)',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-03',
    summary:
      'CAAC measures issued in March 2025 on sharing civil aviation data: they name four roles (provider, user, platform, administrator) and sort data into unconditional, conditional and no sharing.',
    sources: [
      {
        url: 'https://www.cssn.cn/skgz/bwyc/202509/t20250910_5914203.shtml',
        title: '中国社会科学网 (cssn.cn) – 筑牢低空经济的数据安全法治屏障',
        quote:
          '2025年3月,中国民航局发布的《民航数据管理办法(试行)》《民航数据共享管理办法(试行)》,形成了数据的立体化规制体系,从民航数据共享角度,划分了数据提供方、使用方、平台方、管理方四个核心主体和无条件共享、有条件共享、不予共享三类数据。',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── CAAC: Smart Civil Aviation data governance specifications, 2021–2023 ─────────────
  {
    id: 'document:smart-civil-aviation-data-governance-specifications',
    name: 'Smart Civil Aviation Data Governance Specifications',
    nameZh: '智慧民航数据治理规范',
    kind: 'industry_standard',
    status: 'final',
    summary:
      'Series of seven CAAC standards issued from 2021 to 2023 on civil aviation data governance, covering the framework and management mechanism, data security and data governance technology.',
    sources: [
      {
        url: 'https://www.cssn.cn/skgz/bwyc/202509/t20250910_5914203.shtml',
        title: '中国社会科学网 (cssn.cn) – 筑牢低空经济的数据安全法治屏障',
        quote: '2021年至2023年,中国民航局发布《智慧民航数据治理规范》的七个标准,包括框架与管理机制、数据安全、数据治理技术等实现全流程管控。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },

  // ───────────── PBOC and seven other departments: notice on virtual currencies and similar risks, 2026 ─────────────
  {
    id: 'document:notice-on-further-preventing-and-disposing-of-risks-related-to-virtual-currencies-2026',
    name: 'Notice on Further Preventing and Disposing of Risks Related to Virtual Currencies and Similar Assets',
    nameZh: '关于进一步防范和处置虚拟货币等相关风险的通知',
    zhShortNames: ['银发〔2026〕42号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['pboc', 'ndrc', 'miit', 'mps', 'samr', 'nfra', 'csrc', 'safe'],
    promulgated: '2026-02-06',
    effective: '2026-02-06',
    code: '银发〔2026〕42号',
    summary:
      'Joint notice of the PBOC and seven other departments that keeps virtual-currency business illegal in China, bans real-world-asset tokenisation without approval and bars issuing renminbi-pegged stablecoins abroad without consent.',
    sources: [
      {
        url: 'https://pre.mytoken.io/zh/news/560103.html',
        title: 'MyToken (news report)',
        quote:
          '2026年2月6日,中国人民银行、国家发展和改革委员会、工业和信息化部、公安部、国家市场监督管理总局、国家金融监督管理总局、中国证券监督管理委员会、国家外汇管理局八部门联合发布《关于进一步防范和处置虚拟货币等相关风险的通知》(银发〔2026〕42号),进一步明确虚拟货币、现实世界资产(RWA)代币化相关活动的监管边界 … 该通知自发布之日起正式施行。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'code'],
      },
      {
        url: 'https://hkcd.com/hkcdweb/content/2026/02/06/content_8739343.html',
        title: '香港商报 (hkcd.com, Xinhua report)',
        quote:
          '中國人民銀行等8部門當日聯合發文,明確虛擬貨幣相關業務活動屬於非法金融活動,境內一律嚴格禁止。未經相關部門依法依規同意,境內外任何單位和個人不得在境外發行掛鈎人民幣的穩定幣',
        supports: ['summary'],
      },
      {
        url: 'https://hkcd.com/hkcdweb/content/2026/02/06/content_8739343.html',
        title: '香港商报 (hkcd.com, Xinhua report)',
        quote: '根據通知,在境內開展現實世界資產代幣化活動,以及提供有關中介、信息技術服務等,應予以禁止;經業務主管部門依法依規同意,依託特定金融基礎設施開展的相關業務活動除外。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── NMPA CMDE: medical device software registration review guiding principles (2022 revision) ─────────────
  {
    id: 'document:guiding-principles-for-registration-review-of-medical-device-software-2022',
    name: 'Guiding Principles for the Registration Review of Medical Device Software (2022 Revision)',
    nameZh: '医疗器械软件注册审查指导原则(2022年修订版)',
    kind: 'guideline',
    status: 'final',
    summary:
      'Technical guidance for applicants on the life-cycle process of medical device software and on preparing its registration dossier, which also sets the technical review requirements and informs quality-system inspections.',
    sources: [
      {
        url: 'https://www.modb.pro/doc/113233',
        title: '墨天轮 (modb.pro, copy of the guidance)',
        quote:
          '医疗器械软件注册审查指导原则\n(\n2022\n年修订版)\n本指导原则旨在指导注册申请人规范医疗器械软件生存周\n期过程和准备医疗器械软件注册申报资料,同时规范医疗器械\n软件的技术审评要求,为医疗器械软件、质量管理软件的体系\n核查提供参考。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
];
