/**
 * Curated core layer: AI, robotics, autonomous vehicles, low-altitude economy and industrial
 * technology policy — the PRC plans, principles, laws and standards that pages on these topics
 * cite and the graph did not hold. Each fact is quoted from a stored public page.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_AITECH_7: CoreInstrument[] = [
  // ───────────── Humanoid robots (MIIT, 2023) ─────────────
  {
    id: 'document:guiding-opinions-on-innovative-development-of-humanoid-robots',
    name: 'Guiding Opinions on the Innovative Development of Humanoid Robots',
    nameZh: '人形机器人创新发展指导意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT guidance for the humanoid robot industry: an initial innovation system and mass-produced products at an advanced international level by 2025, and markedly stronger innovation and a safe, reliable industrial and supply chain by 2027.',
    sources: [
      {
        url: 'https://app.xinwulian.net/print.php?contentid=1382',
        title: '芯物联 – 工信部印发《人形机器人创新发展指导意见》',
        quote:
          '据工信部网站11月2日消息,工业和信息化部发布关于印发《人形机器人创新发展指导意见》(以下简称《指导意见》)的通知。 … 《指导意见》提出,到2025年,人形机器人创新体系初步建立,“大脑、小脑、肢体”等一批关键技术取得突破,确保核心部组件安全有效供给。整机产品达到国际先进水平,并实现批量生产',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.jyhypower.com.cn/news/industry/202.html',
        title: 'Jinyuan Huanyu – "Guiding Opinions on the Innovative Development of Humanoid Robots" Released',
        quote:
          'The Ministry of Industry and Information Technology recently issued the "Guiding Opinions on the Innovative Development of Humanoid Robots," proposing that by 2025, my country\'s humanoid robot innovation system will be initially established … By 2027, the technological innovation capability of humanoid robots will be significantly improved, forming a safe and reliable industrial chain and supply chain system',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── “Robot+” application action (17 departments, 2023) ─────────────
  {
    id: 'document:robot-plus-application-action-implementation-plan',
    name: '“Robot+” Application Action Implementation Plan',
    nameZh: '“机器人+”应用行动实施方案',
    aliases: ['"Robot Plus" application action implementation plan'],
    zhShortNames: ['工信部联通装〔2022〕187号'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit', 'moe', 'mps', 'mof', 'mohrss', 'mohurd', 'mot', 'nhc', 'samr', 'nea', 'nmpa'],
    promulgated: '2023-01-18',
    summary:
      'Plan of MIIT and sixteen other departments to spread robot use: manufacturing robot density doubled from 2020 by 2025, ten key application fields, over 200 typical application scenarios.',
    sources: [
      {
        url: 'http://m.jiao-yu.com.cn/sxy/2023/0201/7272.html',
        title: '工业和信息化部等十七部门关于印发“机器人+”应用行动实施方案的通知 (转载)',
        quote:
          '工业和信息化部等十七部门关于印发“机器人+”应用行动实施方案的通知\n工信部联通装〔2022〕187号 … 现将《“机器人+”应用行动实施方案》印发给你们,请结合实际,认真贯彻落实。\n工业和信息化部 教育部 公安部 民政部 财政部\n人力资源社会保障部住房 城乡建设部 交通运输部\n农业农村部 卫生健康委 应急部 市场监管总局\n能源局 国防科工局 邮政局 矿山安监局 药监局\n2023年1月18日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.lwxsd.com/pcen/info_view.php?tab=mynews&VID=33378',
        title: 'lwxsd.com (Xinhua News Agency)',
        quote:
          '17 departments including the Ministry of Industry and Information Technology issued the "Robot+" Application Action Implementation Plan, which proposed that by 2025, the density of robots in the manufacturing industry would double compared with 2020',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://www.xintaishen.cn/?p=3466',
        title: 'xintaishen.cn (China News Service)',
        quote:
          'the Ministry of Industry and Information Technology of China released the "Robot Plus" application action implementation plan (hereinafter referred to as the plan), and put forward ten application scenarios. … Focus on 10 key application areas, break through more than 100 innovative robot application technologies and solutions, promote more than 200 typical robot application scenarios',
        supports: ['aliases', 'summary'],
      },
    ],
  },

  // ───────────── AI governance principles (2019) ─────────────
  {
    id: 'document:governance-principles-for-new-generation-artificial-intelligence',
    name: 'Governance Principles for the New Generation Artificial Intelligence',
    nameZh: '新一代人工智能治理原则——发展负责任的人工智能',
    aliases: ['Governance Principles for the New Generation Artificial Intelligence--Developing Responsible Artificial Intelligence'],
    zhShortNames: ['新一代人工智能治理原则'],
    kind: 'guideline',
    status: 'final',
    issuers: ['national-new-generation-ai-governance-committee'],
    promulgated: '2019-06-17',
    summary:
      'Eight principles for responsible AI from the national expert committee: harmony and friendliness, fairness and justice, inclusiveness and sharing, respect for privacy, security and controllability, shared responsibility, open collaboration and agile governance.',
    sources: [
      {
        url: 'https://cloud.tencent.cn/developer/news/407091',
        title: '新一代人工智能治理原则发布 (新华社)',
        quote:
          '17日,国家新一代人工智能治理专业委员会发布《新一代人工智能治理原则——发展负责任的人工智能》,提出了人工智能治理的框架和行动指南。 … 治理原则突出了发展负责任的人工智能这一主题,强调了和谐友好、公平公正、包容共享、尊重隐私、安全可控、共担责任、开放协作、敏捷治理等八条原则。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://linking-ai-principles.org/term/433',
        title: 'Linking Artificial Intelligence Principles (LAIP)',
        quote:
          'Principle: Governance Principles for the New Generation Artificial Intelligence--Developing Responsible Artificial Intelligence, Jun 17, 2019\n\nPublished by National Governance Committee for the New Generation Artificial Intelligence, China',
        supports: ['name', 'aliases', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── MIIT three-year AI industry plan (2017) ─────────────
  {
    id: 'document:three-year-action-plan-for-promoting-development-of-new-generation-ai-industry-2018-2020',
    name: 'Three-Year Action Plan for Promoting the Development of Next Generation Artificial Intelligence Industry (2018-2020)',
    nameZh: '促进新一代人工智能产业发展三年行动计划(2018-2020年)',
    aliases: [
      'Three-year Action Plan for Promoting the Development of the New-generation Artificial Intelligence Industry (2018 – 2020)',
      'Three-Year Action Plan to Encourage the Industrial Development of the New Generation of AI',
    ],
    zhShortNames: ['促进新一代人工智能产业发展三年行动计划'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2017-12-14',
    summary:
      'MIIT plan for 2018-2020 to industrialise AI and merge it with manufacturing: priority products such as intelligent connected vehicles, service robots, drones and medical imaging diagnosis, plus intelligent sensors and neural network chips.',
    relations: [{ type: 'implements', target: 'document:new-generation-artificial-intelligence-development-plan', source: 1 }],
    sources: [
      {
        url: 'http://www.kexingxing.cn/news1014/201904/2258340.html',
        title: '人工智能产业发展未来三年行动计划确定 (中国工业报)',
        quote:
          '工业和信息化部近日印发了《促进新一代人工智能产业发展三年行动计划(2018-2020年)》(以下简称《行动计划》)。该计划以信息技术与制造技术深度融合为主线,以新一代人工智能技术的产业化和集成应用为重点,推动人工智能和实体经济深度融合',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://www.usito.org/news/three-year-action-plan-focuses-next-generation-artificial-intelligence',
        title: 'USITO – Three Year Action Plan Focuses on Next Generation Artificial Intelligence',
        quote:
          'To further implement China Manufacturing 2025 (CM2025) and the Next Generation Artificial Intelligence Development Plan the Ministry of Industry and Information Technology (MIIT) issued the Three-Year Action Plan for Promoting the Development of Next Generation Artificial Intelligence Industry (2018-2020) on December 14, 2017, focusing on the integration of artificial intelligence and manufacturing.',
        supports: ['name', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.kslaw.com/blog-posts/china-promotes-artificial-intelligence-industry',
        title: 'King & Spalding – China Promotes Artificial Intelligence Industry',
        quote:
          'the Ministry of Industry and Information Technology of China (“MIIT”) issued a Three-year Action Plan for Promoting the Development of the New-generation Artificial Intelligence Industry (2018 – 2020) (Gong Xin Bu Ke (2017) No. 315). … The Plan gives priority to the development of smart and connected vehicles, smart service robots, smart drone (UAV), medical imaging diagnosis assistance systems, video image identification systems, smart voice interaction systems, smart translation systems, smart home products, smart sensors, neural network chips, and open source platforms.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=89d18185-8c00-4155-8e66-8aa94b4c2515',
        title: 'Lexology',
        quote:
          'The Ministry of Industry and Information Technology (“MIIT”) published the Three-Year Action Plan to Encourage the Industrial Development of the New Generation of AI (“Action Plan”) on 14 December 2017.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://m.moneyweekly.com.cn/MoneyWeekly/Article_19904.html',
        title: '证券市场周刊',
        quote:
          '国务院7月发布《新一代人工智能发展规划》后,12月14日工信部发布了《促进新一代人工智能产业发展三年行动计划》,明确人工智能2018~2020年在推动战略性新兴产业总体突破',
        supports: ['zhShortNames', 'issuers'],
      },
    ],
  },

  // ───────────── Civil Aviation Law (1995, revised 2025) ─────────────
  {
    id: 'document:civil-aviation-law',
    name: 'Civil Aviation Law',
    nameZh: '民用航空法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    promulgated: '1995-10-30',
    amended: ['2025-12-27'],
    summary:
      'The basic law of civil aviation; its 2025 revision (in force 1 July 2026) brings civil drones under airworthiness approval and unique product identification codes and writes support for the low-altitude economy into law.',
    sources: [
      {
        url: 'https://en.ctils.com/en/articles/5689',
        title: 'CTILS – the New Civil Aviation Law and the low-altitude economy',
        quote:
          "On 27 December 2025, the 19th Session of the Standing Committee of the 14th China's National People's Congress deliberated and adopted the amended Civil Aviation Law of the People's Republic of China (the \"Civil Aviation Law\"). The New Civil Aviation Law (\"New Civil Aviation Law\") comprises 16 chapters and 262 articles, and will come into force on 1 July 2026.\nSince its promulgation on 30 October 1995, the Civil Aviation Law has undergone seven revisions … One of the highlights of the New Civil Aviation Law is the formal inclusion of promoting and developing the low-altitude economy into the basic law of the civil aviation sector",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://www.gilin.com.cn/v1/news/12855521',
        title: '财掌柜 – 新修订的民用航空法自2026年7月1日起施行',
        quote:
          '全国人大常委会会议12月27日表决通过新修订的民用航空法,自2026年7月1日起施行。加强对民用无人驾驶航空器的管理,新修订的民用航空法明确,从事民用无人驾驶航空器的设计、生产、进口、维修和飞行活动,应当按照国家有关规定向国务院民用航空主管部门申请取得适航许可',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://metroradio.com.hk/news/details.aspx?CategoryName=english&NewsId=20251227134852&page=0',
        title: 'Metro Radio – China revises aviation law to regulate drones, tighten safety rules',
        quote:
          'The Standing Committee of the National People\'s Congress approved the changes under the Civil Aviation Law on December 27, adding provision on airworthiness certification for drones that plugs a key regulatory gap. … Drone manufacturers will be required to assign a unique product identification code to each unit, in accordance with relevant national regulations.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Driving automation taxonomy (GB/T 40429-2021) ─────────────
  {
    id: 'document:taxonomy-of-driving-automation-for-vehicles',
    name: 'Taxonomy of Driving Automation for Vehicles',
    nameZh: '汽车驾驶自动化分级',
    aliases: ['Automotive Driving Automation Classification'],
    code: 'GB/T 40429-2021',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2021-08-20',
    effective: '2022-03-01',
    summary:
      'Recommended national standard dividing driving automation into levels 0 to 5 and stating the driver’s responsibilities at each level; the reference for Level 3 and Level 4 autonomous driving in the vehicle access pilots.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2040429-2021',
        title: 'chinesestandards.org – GB/T 40429-2021',
        quote:
          'GB/T 40429-2021\n\nActive\n\nTaxonomy of driving automation for vehicles\n\n汽车驾驶自动化分级\n\nStandard Type\nGBT … Issue Date\n2021-08-20\nImplementation\n2022-03-01\nCentralized Committee\n工业和信息化部\nIssuing Authority\n国家市场监督管理总局、中国国家标准化管理委员会',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://gaepa.org/index/news/show/id/b095e20539624403820f51af52355676.html',
        title: 'GB/T 40429-2021《汽车驾驶自动化分级》 正式发布',
        quote:
          '2021年8月20日,由工业和信息化部提出、全国汽车标准化技术委员会归口的GB/T 40429-2021《汽车驾驶自动化分级》推荐性国家标准由国家市场监督管理总局、国家标准化管理委员会批准发布(国家标准公告2021年第11号文),将于2022年3月1日起实施。 … 规定了汽车驾驶自动化分级遵循的原则、分级要素、各级别定义和技术要求框架',
        supports: ['nameZh', 'code', 'kind', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.zjmif.com/qualitymana/detail/id/17815.html',
        title: '浙江省机械工业联合会',
        quote:
          '根据在执行动态驾驶任务中的角色分配以及有无设计运行范围限制,将驾驶自动化分成0级至5级。\n此外,该国标还明确了各级别下驾驶员应承担的驾驶责任。',
        supports: ['summary'],
      },
      {
        url: 'https://www.breakinglatest.news/business/government-notice-pilot-projects-for-access-and-on-road-access-of-intelligent-connected-vehicles-launched/',
        title: 'Breaking Latest News – pilot projects for access and on-road access of intelligent connected vehicles',
        quote:
          'The automatic driving functions carried by intelligent connected vehicles, as defined by the national standard “Automotive Driving Automation Classification” (GB/T 40429-2021), refer to the Level 3 and Level 4 driving automation functions.',
        supports: ['aliases', 'code', 'summary'],
      },
    ],
  },

  // ───────────── 14th Five-Year robot industry plan (15 departments, 2021) ─────────────
  {
    id: 'document:14th-five-year-plan-for-robot-industry-development',
    name: '14th Five-Year Plan for Robot Industry Development',
    nameZh: '“十四五”机器人产业发展规划',
    kind: 'plan',
    status: 'final',
    issuers: ['miit', 'ndrc', 'most', 'mps', 'mohurd', 'nhc', 'pboc', 'samr', 'csrc'],
    promulgated: '2021-12-28',
    summary:
      'Plan of MIIT and fourteen other departments for the robot industry: over 20% yearly growth in robot industry revenue, 3 to 5 internationally influential industrial clusters and double the manufacturing robot density.',
    sources: [
      {
        url: 'http://ceia.org.cn/Web/CEIAConte.aspx?Kind=2&ID=7043',
        title: '工信部等十五部门联合印发《“十四五”机器人产业发展规划》',
        quote:
          '2021年12月28日,工业和信息化部、国家发展和改革委员会、科学技术部、公安部、民政部、住房和城乡建设部、农业农村部、国家卫生健康委员会、应急管理部、中国人民银行、国家市场监督管理总局、中国银行保险监督管理委员会、中国证券监督管理委员会、国家国防科技工业局、国家矿山安全监察局等十五部门联合印发了《“十四五”机器人产业发展规划》。 … 机器人产业营业收入年均增速超过20% … 建成3到5个有国际影响力的产业集群;制造业机器人密度实现翻番。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://ifr.org/post/understanding-the-new-five-year-development-plan-for-the-robotics-industry-in-china?utm_source=CleverReach&utm_medium=email&utm_campaign=NL+1%252F22&utm_content=Mailing_13414980',
        title: 'IFR – Understanding the new five-year development plan for the robotics industry in China',
        quote:
          'On December 28, 2021, China\'s Ministry of Industry and Information Technology, the National Development and Reform Commission, the Ministry of Science and Technology together with other 12 departments jointly issued "The five-year development plan for the robotics industry in the 14th Five-year" (hereinafter referred to as " The Plan"). This is the second five-year development plan for the robotics industry in China',
        supports: ['name', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── Future industries (MIIT and six departments, 2024) ─────────────
  {
    id: 'document:implementation-opinions-on-promoting-innovative-development-of-future-industries',
    name: 'Implementation Opinions on Promoting Innovative Development of Future Industries',
    nameZh: '关于推动未来产业创新发展的实施意见',
    zhShortNames: ['工信部联科〔2024〕12号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'moe', 'most', 'mot', 'mct'],
    promulgated: '2024-01-29',
    summary:
      'Opinions of MIIT and six other bodies on future industries in six directions (future manufacturing, information, materials, energy, space and health): breaking through 100 frontier key technologies and forming 100 landmark products, with humanoid robots, brain-computer interfaces and quantum computers among the landmark industries.',
    sources: [
      {
        url: 'https://ywzb.zcgx.smenx.com.cn/wwwroot_release/ywzbpt/c/2024-01-30/537064.shtml',
        title: '工业和信息化部等七部门关于推动未来产业创新发展的实施意见 (转载)',
        quote:
          '工业和信息化部等七部门关于推动未来产业创新发展的实施意见\n发布时间:2024-01-30 来源:业务众包平台\n\n工信部联科〔2024〕12号\n\n各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、教育、科技、交通运输、文化和旅游、国有资产监督管理主管部门',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://e.ccement.com/news/content/46534702885045001.html',
        title: 'China Cement Net – Seven departments jointly issued a document',
        quote:
          '2024-01-29 21:18:22 … The Ministry of\n\nIndustry and Information Technology, the Ministry of Education, the Ministry of Science and Technology, the Ministry of Transport, the Ministry of Culture and Tourism, the SASASAC of the State Council and the Chinese Academy of Sciences recently jointly issued the Opinions on the Implementation of Promoting Future Industrial Innovation and Development. … break through 100 frontier key core technologies, form 100 landmark products',
        supports: ['issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://en.selectshandong.com/syzx/ywxx/29150.shtml',
        title: 'Select Shandong – Seven Departments Jointly Issue a Document to Promote Innovative Development of Future Industries',
        quote:
          'Recently, seven departments including the Ministry of Industry and Information Technology, the Ministry of Education, and the Ministry of Science and Technology jointly issued the Implementation Opinions on Promoting Innovative Development of Future Industries.',
        supports: ['aliases', 'issuers', 'name'],
      },
      {
        url: 'http://www.taibo.cn/p/94845',
        title: '钛媒体 – 国家成立未来产业主管机构',
        quote:
          '重点规划了未来制造、未来信息、未来材料、未来能源、未来空间和未来健康六大产业方向,人形机器人、脑机接口、超大规模新型智算中心、量子科学、6G网络设备、量子计算机等产业被列为其中的标志性产业。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── “Internet+” AI three-year plan (NDRC, MOST, MIIT, CAC, 2016) ─────────────
  {
    id: 'document:internet-plus-artificial-intelligence-three-year-action-and-implementation-plan',
    name: '“Internet+” Artificial Intelligence Three-Year Action and Implementation Plan',
    nameZh: '“互联网+”人工智能三年行动实施方案',
    zhShortNames: ['发改高技[2016]1078号'],
    kind: 'plan',
    status: 'final',
    issuers: ['ndrc', 'most', 'miit', 'cac'],
    promulgated: '2016-05-18',
    summary:
      'One of China’s earliest national AI industry plans, made by the NDRC, MOST, MIIT and the CAC to carry out the “Internet Plus” guiding opinions and speed up the AI industry.',
    sources: [
      {
        url: 'http://sfgw.xuchang.gov.cn/fzgg/076019/20161205/3bcb57b5-c4b9-4b27-9ce8-bc39fcc7b63e.html',
        title: '许昌市发展和改革委员会 – 关于印发《“互联网+”人工智能三年行动实施方案》的通知',
        quote:
          '发改高技[2016]1078号 … 为落实《关于积极推进“互联网+”行动的指导意见》(国发[2015]40号),加快人工智能产业发展,国家发展改革委、科技部、工业和信息化部、中央网信办制定了《“互联网+”人工智能三年行动实施方案》。现印发你们,请认真贯彻落实。 … 国家发展改革委\n\n科  技  部\n\n工业和信息化部\n\n中 央 网 信 办\n\n2016年5月18日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/internet-artificial-intelligence-three-year-action-and-implementation-plan',
        title: 'CSET – “Internet+” Artificial Intelligence Three-Year Action and Implementation Plan (translation)',
        quote:
          'The following document, the “Internet+” Artificial Intelligence Three-Year Action and Implementation Plan, is one of China’s earliest national strategies for the AI industry.',
        supports: ['name', 'kind', 'summary'],
      },
    ],
  },
];

/** Other titles pages write for the State Council chip and software policies another file holds. */
export const OTHER_NAMES_AITECH_7: CoreOtherNames[] = [
  {
    id: 'document:several-policies-for-promoting-high-quality-development-of-integrated-circuit-and-software-industries-in-new-era',
    aliases: [
      'Several Policies for Promoting High-Quality Development of the Integrated Circuit Industry and the Software Industry in the New Era',
      'Several Policies for Promoting the High-quality Development of Integrated Circuit and Software Industries in the New Era',
    ],
    zhShortNames: ['新时期促进集成电路产业和软件产业高质量发展若干政策'],
    sources: [
      {
        url: 'https://en.icmtia.com/news/489.html',
        title: 'ICMTIA – Notice of the State Council on Issuing Several Policies (Guofa [2020] No. 8)',
        quote:
          'Notice of the State Council on Issuing Several Policies for Promoting High-Quality Development of the Integrated Circuit Industry and the Software Industry in the New Era\n\n\nNational Development [2020] No. 8',
        supports: ['aliases'],
      },
      {
        url: 'https://my-associate.com/index.php?m=home&c=View&a=index&aid=117&lang=en',
        title: 'my-associate.com – Guo Fa [2020] No.8',
        quote:
          'Notice of the State Council on Promulgation of Several Policies for Promoting the High-quality Development of Integrated Circuit and Software Industries in the New Era\n\nGuo Fa [2020] No.8',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinatrademonitor.com/state-council-issues-policies-for-promoting-the-high-quality-development-of-the-integrated-circuit-industry-and-software-industry-in-the-new-era/',
        title: 'China Trade Monitor',
        quote:
          'On July 27, the State Council issued the Several Policies for Promoting the High-quality Development of the Integrated Circuit Industry and Software Industry in the New Era (国务院关于印发新时期促进集成电路产业和软件产业高质量发展若干政策的通知).',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:several-policies-on-encouraging-development-of-software-and-integrated-circuit-industries',
    aliases: [
      'Several Policies to Encourage the Development of the Software Industry and the Integrated Circuit Industry',
      'Several Policies for Encouraging the Development of Software and Integrated Circuit Industries',
    ],
    sources: [
      {
        url: 'https://en.icmtia.com/news/489.html',
        title: 'ICMTIA – Notice of the State Council on Issuing Several Policies (Guofa [2020] No. 8)',
        quote:
          'Since the issuance of the “Notice of the State Council on Promulgating Several Policies to Encourage the Development of the Software Industry and the Integrated Circuit Industry” (Guofa [2000] No. 18) and the “Notice of the State Council on Promulgating Several Further Policies to Encourage the Development of the Software Industry and the Integrated Circuit Industry” (Guofa [2011] No. 4)',
        supports: ['aliases'],
      },
      {
        url: 'https://my-associate.com/index.php?m=home&c=View&a=index&aid=117&lang=en',
        title: 'my-associate.com – Guo Fa [2020] No.8',
        quote:
          'Since the promulgation of the Notice of the State Council on Promulgation of Several Policies for Encouraging the Development of Software and Integrated Circuit Industries (Guo Fa [2000] No.18) and the Notice of the State Council on Promulgation of Several Policies for Further Encouraging the Development of Software and Integrated Circuit Industries(Guo Fa [2011] No.4)',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:notice-on-several-policies-to-further-encourage-software-and-integrated-circuit-industries',
    aliases: [
      'Several Further Policies to Encourage the Development of the Software Industry and the Integrated Circuit Industry',
      'Several Policies for Further Encouraging the Development of Software and Integrated Circuit Industries',
    ],
    sources: [
      {
        url: 'https://en.icmtia.com/news/489.html',
        title: 'ICMTIA – Notice of the State Council on Issuing Several Policies (Guofa [2020] No. 8)',
        quote:
          'the “Notice of the State Council on Promulgating Several Further Policies to Encourage the Development of the Software Industry and the Integrated Circuit Industry” (Guofa [2011] No. 4)',
        supports: ['aliases'],
      },
      {
        url: 'https://my-associate.com/index.php?m=home&c=View&a=index&aid=117&lang=en',
        title: 'my-associate.com – Guo Fa [2020] No.8',
        quote:
          'the Notice of the State Council on Promulgation of Several Policies for Further Encouraging the Development of Software and Integrated Circuit Industries(Guo Fa [2011] No.4)',
        supports: ['aliases'],
      },
    ],
  },
];
