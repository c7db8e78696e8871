import type { CoreAuthority, CoreInstrument } from './types';

/**
 * PRC documents and bodies that pages on food-delivery riders, AI medical devices, children's
 * smartwatches, public data and local AI plans cite and the graph lacked: the seven-department 2021
 * guiding opinions on food-delivery platforms and riders; the CMDE's 2019 review points for
 * deep-learning decision-support medical device software; MIIT's 2025 draft mandatory standard on
 * children's watches; Changchun's 2025 measures on authorised operation of public data
 * (长府规〔2025〕5号); Sichuan's 2018 plan for new generation AI (川府函〔2018〕151号); and the Civil
 * Aviation Administration of China, the All-China Federation of Trade Unions and the CPC Central
 * Committee's Society Work Department.
 *
 * Left out: the document number 国发〔2020〕8号 of the State Council's 2020 chip and software policies,
 * which no clean stored page writes with the title (国发〔2017〕35号, 国发〔2000〕18号 and 国发〔2011〕4号
 * are already other names of their entries); the State Council's 2004 decision setting administrative licences for approval items
 * that must be retained (国务院令第412号), which only a bare-IP mirror gives; GB 31241, whose current
 * (2022) title no clean stored page gives; Shanxi's data circulation and trading measures, the smart
 * city action plan and the Guizhou app notice, which no stored page besides the citing one names;
 * the Shanxi, Guizhou and Changchun bodies; and the Beijing and Sichuan party committees, as the graph
 * holds no provincial party committee (documents they co-issue list the government alone).
 */
export const CORE_RESERVED_29: CoreInstrument[] = [
  // ───────────── Seven departments: food-delivery platforms and riders (2021) ─────────────
  {
    id: 'document:guiding-opinions-on-online-catering-platform-responsibilities-and-food-delivery-workers-rights',
    // English title translated: no stored English page names it (only content farms write an English title).
    name: 'Guiding Opinions on Implementing the Responsibilities of Online Catering Platforms and Effectively Safeguarding the Rights and Interests of Food Delivery Workers',
    nameZh: '关于落实网络餐饮平台责任 切实维护外卖送餐员权益的指导意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'cac', 'ndrc', 'mps', 'mohrss', 'mofcom', 'acftu'],
    promulgated: '2021-07-26',
    summary:
      'Seven departments’ 2021 opinions on food-delivery riders: pay not below the local minimum wage, no “strictest algorithm” in assessing riders, relaxed delivery times, social insurance and traffic safety.',
    sources: [
      {
        url: 'http://www.eeo.com.cn/2021/0726/496255.shtml',
        title: '经济观察网 – 七部门联合发文保障外卖送餐员正当权益',
        quote:
          '近日,市场监管总局、国家网信办、国家发展改革委、公安部、人力资源社会保障部、商务部、中华全国总工会联合印发《关于落实网络餐饮平台责任 切实维护外卖送餐员权益的指导意见》,对保障外卖送餐员正当权益提出全方位要求。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://wallstreetcn.com/livenews/2015560',
        title: '华尔街见闻 – 美团回应《外卖送餐员权益指导意见》',
        quote: '美团称,已经收到并认真学习《关于落实网络餐饮平台责任切实维护外卖送餐员权益的指导意见》。',
        supports: ['nameZh', 'status'],
      },
      {
        url: 'http://en.people.cn/n3/2021/0727/c90000-9877078.html',
        title: 'People’s Daily Online (Xinhua) – Chinese market regulator improves protection of food delivery workers',
        quote:
          'BEIJING, July 26 (Xinhua) -- Chinese authorities on Monday issued a guideline to protect the rights and interests of food delivery workers in terms of minimum wages, delivery deadlines and social insurance.\n\nEmployers should ensure that food delivery workers earn no less than the local minimum wage, according to the guideline issued by seven departments including the State Administration for Market Regulation, the Cyberspace Administration of China, and the National Development and Reform Commission.\n\nThe "strictest algorithm" should not be used as an assessment requirement and the delivery time requirements should be appropriately relaxed, it said.',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202107/1229685.shtml',
        title: 'Global Times – Catering platforms are urged to improve wellbeing of deliverymen',
        quote:
          'Catering platforms are urged to improve wellbeing of deliverymen\nPublished: Jul 26, 2021 08:13 PM … Seven government departments, including China\'s top market regulator, on Monday unveiled new guidelines urging online catering platforms to safeguard the rights and interests of delivery workers … The guidelines were jointly released by the State Administration for Market Regulation (SAMR), the Cyberspace Administration of China, the National Development and Reform Commission, the Ministry of Public Security, the Ministry of Commerce, and other departments, specifying broad-ranging efforts on the part of catering platforms to boost delivery workers\' wellbeing.',
        supports: ['issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── CMDE: deep-learning decision-support medical device software (2019) ─────────────
  {
    id: 'document:key-points-for-review-of-deep-learning-assisted-decision-making-medical-device-software',
    // English title as VCBeat writes it; the Center for Medical Device Evaluation (器审中心) of the
    // NMPA issued it, a body the graph does not hold.
    name: 'Key Points for Approval of Medical Device Software with Deep Learning-Assisted Decision-Making',
    nameZh: '深度学习辅助决策医疗器械软件审评要点',
    aliases: ['Review Points for Deep Learning-Based Medical Device Software for Clinical Decision Support'],
    kind: 'guideline',
    status: 'final',
    promulgated: '2019-06-28',
    summary:
      'The NMPA device evaluation centre’s 2019 review points for registering deep-learning decision-support software: data quality control, algorithm generalisation, clinical risk and rules for software updates.',
    sources: [
      {
        url: 'https://www.vcbeathealth.com/article/47962',
        title: "VCBeat – NMPA Releases 'Review Points for Deep Learning-Based Medical Device Software for Clinical Decision Support'",
        quote:
          "NMPA Releases 'Review Points for Deep Learning-Based Medical Device Software for Clinical Decision Support': Key Considerations for AI Companies Seeking Class III Certification … VCBeat (WeChat ID: vcbeat) has learned that on June 28, 2019, the Center for Medical Device Evaluation of the National Medical Products Administration released the “Key Points for Approval of Medical Device Software with Deep Learning-Assisted Decision-Making,” providing professional recommendations for the registration and application of corresponding medical device software (hereinafter referred to as the “Key Points”).",
        supports: ['name', 'aliases', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://zlr6.com/index.php/article/415.html',
        title: 'zlr6.com – 知识分享|深度学习辅助决策医疗器械软件审评要点',
        quote:
          '为应对深度学习技术带来的监管挑战,并为相应医疗器械软件注册申报提供专业建议,中国器审中心组织制定了深度学习辅助决策医疗器械软件审评要点(以下简称审评要点,详见附件)。\n审评要点基于深度学习技术特点,结合软件的预期用途、使用场景和核心功能,重点关注软件的数据质量控制、算法泛化能力和临床使用风险。 … 在软件更新方面,审评要点明确软件版本命名规则应涵盖算法驱动型和数据驱动型软件更新,并应列举重大软件更新的全部典型情况。',
        supports: ['nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://aimd.org.cn/newsinfo/1339997.html?templateId=506998',
        title: 'aimd.org.cn – 深度学习辅助决策医疗器械软件审评要点',
        quote:
          '深度学习辅助决策医疗器械软件审评要点\n\n本审评要点适用于深度学习辅助决策医疗器械软件(含独立软件、软件组件)的注册申报。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────── MIIT: children's watches, mandatory national standard (draft, 2025) ─────────────
  {
    id: 'document:safety-technical-requirements-for-childrens-watches-draft',
    // English title translated: no stored English page names it.
    name: 'Safety Technical Requirements for Children’s Watches',
    nameZh: '儿童手表安全技术要求',
    kind: 'national_standard',
    status: 'draft',
    issuers: ['miit'],
    // The day MIIT published the draft for comment.
    promulgated: '2025-05-14',
    summary:
      'MIIT’s May 2025 draft mandatory standard for children’s watches: battery safety, limits against online addiction, guardian consent before payment functions are first enabled, and children’s personal information.',
    sources: [
      {
        url: 'https://article.wn.com/view/WNATebf062ef5afcba76bbe9702d92cdad99',
        title: 'WN (人民网) – 工信部就《儿童手表安全技术要求》征求意见',
        quote:
          '2025-05-14,\nPeople Daily\n人民网北京5月14日电 (方经纶)据工业和信息化部官网消息,5月14日,工业和信息化部公开征求对《儿童手表安全技术要求》强制性国家标准(征求意见稿)的意见。其中对电池安全、网络沉迷防治等多方面提出具体要求,包括儿童智能手表首次开通支付功能时,应征得监护人同意。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://td.fyun.cc/detail/5bb179443b5b3d280c24be0a31ac4367e90e8593.html',
        title: 'fyun.cc (消费日报网) – 儿童智能手表新国标:为孩子筑牢安全防线',
        quote:
          '5月14日,工业和信息化部发布《儿童手表安全技术要求》强制性国家标准(征求意见稿),引发社会各界广泛关注。该标准从电池安全、网络沉迷防治、个人信息保护等多个方面提出了具体要求',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Changchun: authorised operation of public data resources (长府规〔2025〕5号) ─────────────
  {
    id: 'document:changchun-measures-for-administration-of-authorized-operation-of-public-data-resources',
    // English title translated: no stored English page names it.
    name: 'Changchun Measures for the Administration of Authorized Operation of Public Data Resources',
    nameZh: '长春市公共数据资源授权运营管理办法',
    zhShortNames: ['长春市人民政府关于印发长春市公共数据资源授权运营管理办法的通知', '长府规〔2025〕5号'],
    kind: 'normative_document',
    status: 'final',
    // The notice is signed 19 September 2025; the disclosure page lists 18 September as the date
    // written (成文日期) and 25 September as the date published.
    promulgated: '2025-09-19',
    code: '长府规〔2025〕5号',
    summary:
      'Changchun’s rules for authorised operation of public data resources in the city, made under the Data Security Law to promote their development and use and a unified data market.',
    sources: [
      {
        url: 'http://zwgk.changchun.gov.cn/szf_3410/bgtxxgkml/202509/t20250925_3430205.html',
        title: '长春市人民政府 – 长春市人民政府关于印发长春市公共数据资源授权运营管理办法的通知',
        quote:
          '发文机关: 长春市人民政府\n成文日期: 2025年09月18日\n标      题: 长春市人民政府关于印发长春市公共数据资源授权运营管理办法的通知\n发文字号: 长府规〔2025〕5号\n发布日期: 2025年09月25日 … 现将《长春市公共数据资源授权运营管理办法》印发给你们,请认真遵照执行。\n  长春市人民政府\n  2025年9月19日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code'],
      },
      {
        url: 'http://zwgk.changchun.gov.cn/szf_3410/bgtxxgkml/202509/t20250925_3430205.html',
        title: '长春市人民政府 – 长春市人民政府关于印发长春市公共数据资源授权运营管理办法的通知',
        quote:
          '第一条 为推进公共数据资源开发利用,规范公共数据资源授权运营,促进本市一体化数据市场培育,释放数据要素价值,根据《中华人民共和国数据安全法》 … 第二条 本办法适用于在本市行政区域内开展的公共数据资源授权运营及其相关管理活动。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Sichuan: new generation AI implementation plan (川府函〔2018〕151号) ─────────────
  {
    id: 'document:sichuan-implementation-plan-for-development-of-new-generation-artificial-intelligence',
    // English title translated: no stored English page names it.
    name: 'Sichuan Province Implementation Plan for the Development of New Generation Artificial Intelligence',
    nameZh: '四川省新一代人工智能发展实施方案',
    zhShortNames: ['四川省人民政府关于印发四川省新一代人工智能发展实施方案的通知', '川府函〔2018〕151号'],
    kind: 'plan',
    status: 'final',
    promulgated: '2018-09-28',
    code: '川府函〔2018〕151号',
    summary:
      'Sichuan’s plan implementing the State Council’s 2017 New Generation AI Development Plan: basic research and core technologies, key products, industry demonstrations, enterprise clusters and talent.',
    relations: [{ type: 'implements', target: 'document:new-generation-artificial-intelligence-development-plan', source: 0 }],
    sources: [
      {
        url: 'https://www.sc.gov.cn/10462/c103045/2018/10/1/6a1bbcf793824db5b21a119c6d73bd68.shtml',
        title: '四川省人民政府 – 四川省人民政府关于印发四川省新一代人工智能发展实施方案的通知',
        quote:
          '文  号:川府函〔2018〕151号 … 四川省人民政府\n\n关于印发四川省新一代人工智能发展实施方案的通知\n\n川府函〔2018〕151号 … 现将《四川省新一代人工智能发展实施方案》印发给你们,请结合实际认真贯彻执行。\n\n\n\n四川省人民政府\n\n2018年9月28日\n\n\n四川省新一代人工智能发展实施方案\n\n\n  为深入贯彻落实《国务院关于印发新一代人工智能发展规划的通知》(国发〔2017〕35号)和省委十一届三次全会决策部署,加快我省新一代人工智能发展',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'code', 'relations'],
      },
      {
        url: 'http://bgimg.ce.cn/cysc/tech/gd2012/201808/23/t20180823_30110126.shtml',
        title: '中国经济网 (新华社) – 四川推进新一代人工智能与实体经济深度融合',
        quote:
          '四川省政府常务会议23日审议通过的《四川省新一代人工智能发展实施方案》提出,力争到2020年,在人工智能基础研究、关键技术、重点产品、行业示范应用和产业发展等方面取得重要进展',
        supports: ['nameZh', 'kind', 'summary'],
      },
      {
        url: 'https://www.sc.gov.cn/10462/c103045/2018/10/1/6a1bbcf793824db5b21a119c6d73bd68.shtml',
        title: '四川省人民政府 – 四川省人民政府关于印发四川省新一代人工智能发展实施方案的通知',
        quote:
          '坚持推进人工智能领域基础研究和核心技术攻关、重点产品培育、行业应用示范、企业集群培育、高端人才引培“五位一体”协同发展',
        supports: ['summary'],
      },
    ],
  },
];

/** Bodies the gazetteer lacked. */
export const CORE_AUTHORITIES_RESERVED_29: readonly CoreAuthority[] = [
  // The civil aviation regulator under the Ministry of Transport; it also regulates civil drones.
  {
    slug: 'caac',
    name: 'Civil Aviation Administration of China',
    nameZh: '中国民用航空局',
    abbreviations: ['CAAC'],
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.liquisearch.com/civil_aviation_administration_of_china',
        title: 'LiquiSearch – Civil Aviation Administration of China',
        quote:
          'The Civil Aviation Administration of China (CAAC; Chinese: 中国民用航空局; pinyin: Zhōngguó Mínyòng Hángkōng Jú), formerly the General Administration of Civil Aviation of China (Chinese: 中国民用航空总局; pinyin: Zhōngguó Mínyòng Hángkōng Zongjú), is the aviation authority under the Ministry of Transport of the People\'s Republic of China.',
        supports: ['name', 'nameZh', 'abbreviations'],
      },
      {
        url: 'https://hmong.in.th/wiki/China_Civil_Aviation_Authority',
        title: 'hmong.in.th – สำนักงานการบินพลเรือนแห่งประเทศจีน',
        quote: 'การบริหารการบินพลเรือนของจีน ( CAAC ; จีน :中国民用航空局; พินอิน : Zhōngguó Mínyòng Hángkōng Jú )',
        supports: ['nameZh', 'abbreviations'],
      },
    ],
  },
  // The national federation of trade unions; it co-issues rules on platform workers' rights.
  {
    slug: 'acftu',
    name: 'All-China Federation of Trade Unions',
    nameZh: '中华全国总工会',
    abbreviations: ['ACFTU'],
    kind: 'other',
    sources: [
      {
        url: 'https://en.wikipedia.org/wiki/All-China_Federation_of_Trade_Unions',
        title: 'Wikipedia – All-China Federation of Trade Unions',
        quote:
          "The All-China Federation of Trade Unions (ACFTU) is the national trade union center and people's organization of the People's Republic of China.",
        supports: ['name', 'abbreviations'],
      },
      {
        url: 'https://en.academic.ru/dic.nsf/enwiki/2207472',
        title: 'Academic (Wikipedia) – All-China Federation of Trade Unions',
        quote: "full_name= All-China Federation of Trade Unions\nnative_name= 中华全国总工会",
        supports: ['name', 'nameZh'],
      },
      {
        url: 'http://www.eeo.com.cn/2021/0726/496255.shtml',
        title: '经济观察网 – 七部门联合发文保障外卖送餐员正当权益',
        quote: '人力资源社会保障部、商务部、中华全国总工会联合印发',
        supports: ['nameZh'],
      },
    ],
  },
  // Set up in 2023 as a functional department of the CPC Central Committee; it leads the National
  // Public Complaints and Proposals Administration and Party work among new employment groups.
  {
    slug: 'cpc-society-work-department',
    // English name as the department's own site gives it (reported by sina.com.hk).
    name: 'Society Work Department of the Communist Party of China Central Committee',
    nameZh: '中共中央社会工作部',
    aliases: ['Society Work Department of the Central Committee of the Chinese Communist Party'],
    kind: 'party',
    sources: [
      {
        url: 'https://portal.sina.com.hk/news-china/sina/2024/10/01/994468/%e9%80%99%e4%b8%80%e4%b8%ad%e5%a4%ae%e9%83%a8%e9%96%80%ef%bc%8c6%e4%bd%8d%e9%83%a8%e9%a0%98%e5%b0%8e%e5%90%8d%e5%96%ae%e5%85%ac%e4%bd%88',
        title: '新浪香港 (政知道) – 這一中央部門,6位部領導名單公佈',
        quote:
          '根據官網介紹,中國共產黨中央委員會社會工作部的英文名稱是Society Work Department of the Communist Party of China Central Committee,簡稱「中共中央社會工作部」。',
        supports: ['name', 'nameZh'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Society_Work_Department',
        title: 'Wikipedia – Society Work Department',
        quote:
          'Agency Name: Society Work Department of the Central Committee of the Chinese Communist Party\n- Nativename A: 中国共产党中央委员会社会工作部',
        supports: ['aliases'],
      },
    ],
  },
];
