import type { CoreInstrument } from './types';

/**
 * Numbered central documents on the digital economy that Chinese and English pages about China's
 * TMT law cite: State Council opinions and notices on e-commerce, information consumption, the
 * integration of manufacturing and the internet, the industrial internet, online government
 * services, service consumption and foreign investment (国发〔…〕N号), the State Council's 2023
 * overall plan for high-standard institutional opening in the Shanghai free trade zone, and the
 * NDRC- and MIIT-led notices on new business forms, new types of consumption and the industrial
 * internet.
 */
export const CORE_CENTRAL_24: CoreInstrument[] = [
  // ───────────── E-commerce as a new driver of the economy (State Council, May 2015) ─────────────
  {
    id: 'document:opinions-on-vigorously-developing-e-commerce-to-accelerate-new-economic-drivers',
    name: 'Opinions of the State Council on Vigorously Developing E-commerce to Accelerate the Cultivation of New Economic Drivers',
    nameZh: '国务院关于大力发展电子商务加快培育经济新动力的意见',
    zhShortNames: ['关于大力发展电子商务加快培育经济新动力的意见', '国发〔2015〕24号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2015-05-04',
    code: '国发〔2015〕24号',
    summary:
      'State Council opinions to reduce the institutional obstacles to e-commerce and make it a new driver of the economy.',
    sources: [
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2015-05/07/content_9707.htm',
        title: '中国政府网 (www.gov.cn)',
        quote:
          '發文機關: 國務院 成文日期: 2015年05月04日\n標  題: 國務院關於大力發展電子商務加快培育經濟新動力的意見\n發文字號: 國發〔2015〕24號 發佈日期: 2015年05月07日',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2015-05/07/content_9707.htm',
        title: '中国政府网 (www.gov.cn)',
        quote:
          '為減少束縛電子商務發展的機制體制障礙,進一步發揮電子商務在培育經濟新動力,打造“雙引擎”、實現“雙目標”等方面的重要作用,現提出以下意見 … 加快建立開放、',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Integration of manufacturing and the internet (State Council, May 2016) ─────────────
  {
    id: 'document:guiding-opinions-on-deepening-integration-of-manufacturing-and-internet',
    name: 'Guiding Opinions of the State Council on Deepening the Integrated Development of the Manufacturing Industry and the Internet',
    nameZh: '国务院关于深化制造业与互联网融合发展的指导意见',
    zhShortNames: ['关于深化制造业与互联网融合发展的指导意见', '国发〔2016〕28号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2016-05-13',
    code: '国发〔2016〕28号',
    summary:
      'State Council opinions to deepen the integration of manufacturing and the internet, coordinating the implementation of “Made in China 2025” and the “Internet Plus” action.',
    relations: [
      { type: 'cites', target: 'document:made-in-china-2025', source: 1 },
    ],
    sources: [
      {
        url: 'https://zh.m.wikisource.org/zh-hant/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E6%B7%B1%E5%8C%96%E5%88%B6%E9%80%A0%E4%B8%9A%E4%B8%8E%E4%BA%92%E8%81%94%E7%BD%91%E8%9E%8D%E5%90%88%E5%8F%91%E5%B1%95%E7%9A%84%E6%8C%87%E5%AF%BC%E6%84%8F%E8%A7%81',
        title: '维基文库 (Wikisource)',
        quote: '國務院關於深化製造業與互聯網融合發展的指導意見\n國發〔2016〕28號\n2016年5月13日\n發布機關:中華人民共和國國務院',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'https://zh.m.wikisource.org/zh-hant/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E6%B7%B1%E5%8C%96%E5%88%B6%E9%80%A0%E4%B8%9A%E4%B8%8E%E4%BA%92%E8%81%94%E7%BD%91%E8%9E%8D%E5%90%88%E5%8F%91%E5%B1%95%E7%9A%84%E6%8C%87%E5%AF%BC%E6%84%8F%E8%A7%81',
        title: '维基文库 (Wikisource)',
        quote: '為進一步深化製造業與互聯網融合發展,協同推進「中國製造2025」和「互聯網+」行動,加快製造強國建設,現提出以下意見。',
        supports: ['summary', 'relations'],
      },
      {
        url: 'http://gxt.jl.gov.cn/xxgk/zcwj/zcwj/201905/t20190524_5893882.html',
        title: '吉林省工业和信息化厅',
        quote: '国务院关于深化制造业与互联网融合发展的指导意见',
        supports: ['nameZh', 'zhShortNames'],
      },
    ],
  },

  // ───────────── Information consumption (State Council, August 2017) ─────────────
  {
    id: 'document:guiding-opinions-on-expanding-and-upgrading-information-consumption',
    name: 'Guiding Opinions of the State Council on Further Expanding and Upgrading Information Consumption to Continuously Release the Potential of Domestic Demand',
    nameZh: '国务院关于进一步扩大和升级信息消费持续释放内需潜力的指导意见',
    zhShortNames: ['关于进一步扩大和升级信息消费持续释放内需潜力的指导意见', '国发〔2017〕40号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2017-08-13',
    code: '国发〔2017〕40号',
    summary:
      'State Council opinions to expand and upgrade information consumption, with a target of about 6 trillion yuan of information consumption by 2020, and the key areas and policy measures for its growth.',
    sources: [
      {
        url: 'https://zh.m.wikisource.org/zh-hant/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E8%BF%9B%E4%B8%80%E6%AD%A5%E6%89%A9%E5%A4%A7%E5%92%8C%E5%8D%87%E7%BA%A7%E4%BF%A1%E6%81%AF%E6%B6%88%E8%B4%B9%E6%8C%81%E7%BB%AD%E9%87%8A%E6%94%BE%E5%86%85%E9%9C%80%E6%BD%9C%E5%8A%9B%E7%9A%84%E6%8C%87%E5%AF%BC%E6%84%8F%E8%A7%81',
        title: '维基文库 (Wikisource)',
        quote: '國務院關於進一步擴大和升級信息消費持續釋放內需潛力的指導意見\n國發〔2017〕40號\n2017年8月13日\n發布機關:中華人民共和國國務院',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'http://cinic.org.cn/xw/zcdt/399889.html',
        title: '中国产业经济信息网',
        quote:
          '国务院又正式印发《关于进一步扩大和升级信息消费持续释放内需潜力的指导意见》(国发〔2017〕40号,以下简称《指导意见》),部署进一步扩大和升级信息消费,提出了未来一段时期信息消费发展的重点领域和政策措施。',
        supports: ['zhShortNames', 'code', 'summary'],
      },
      {
        url: 'https://jolmo.net/xwzx/xinwenjianxun/caijingyaowen/2930.html',
        title: 'jolmo.net',
        quote:
          '国务院近日印发的《关于进一步扩大和升级信息消费持续释放内需潜力的指导意见》明确了信息消费的发展目标,即到2020年,信息消费规模预计达到6万亿元,年均增长11%以上',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Measures to promote the growth of foreign investment (State Council, January and August 2017, June 2018) ─────────────
  {
    id: 'document:notice-on-measures-to-expand-opening-up-and-actively-utilize-foreign-investment',
    name: 'Notice of the State Council on Several Measures for Expanding Opening-up and Actively Utilizing Foreign Investment',
    nameZh: '国务院关于扩大对外开放积极利用外资若干措施的通知',
    zhShortNames: ['国发〔2017〕5号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    code: '国发〔2017〕5号',
    summary:
      'State Council notice to relax foreign investment access in services, manufacturing and mining, among others by opening telecommunications, the internet, culture and education in an orderly way, and to improve the business environment for foreign investors.',
    sources: [
      {
        url: 'http://big5.taiwan.cn/gate/big5/econ.chinataiwan.cn/ec_dalu/201701/t20170118_11680912.htm',
        title: '中国台湾网',
        quote: '國務院關於擴大對外開放積極利用外資若干措施的通知\n國發〔2017〕5號\n各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'kind', 'status'],
      },
      {
        url: 'https://hncggz.com/zhengce/4785.html',
        title: 'hncggz.com',
        quote:
          '放宽服务业、制造业、采矿业等领域外资准入限制。 … 放开会计审计、建筑设计、评级服务等领域外资准入限制,推进电信、互联网、文化、教育、交通运输等领域有序开放。',
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:notice-on-several-measures-to-promote-growth-of-foreign-investment',
    name: 'Notice of the State Council on Several Measures to Promote the Growth of Foreign Investment',
    nameZh: '国务院关于促进外资增长若干措施的通知',
    zhShortNames: ['国发〔2017〕39号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2017-08-08',
    code: '国发〔2017〕39号',
    summary:
      'State Council notice to further reduce restrictions on foreign investment access, among others for internet access service venues, call centres and performance brokerage.',
    sources: [
      {
        url: 'https://zhonghuashu.com/wiki/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E4%BF%83%E8%BF%9B%E5%A4%96%E8%B5%84%E5%A2%9E%E9%95%BF%E8%8B%A5%E5%B9%B2%E6%8E%AA%E6%96%BD%E7%9A%84%E9%80%9A%E7%9F%A5',
        title: '中华文库',
        quote: '国务院关于促进外资增长若干措施的通知 国发〔2017〕39号 2017年8月8日 发布机关:中华人民共和国国务院',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'http://chinaice.cn/a/kjyw/0821175342.html',
        title: '中国产经网',
        quote:
          '国务院关于促进外资增长若干措施的通知\n\n  国发〔2017〕39号 … 一、进一步减少外资准入限制 … 持续推进专用车和新能源汽车制造、船舶设计、支线和通用飞机维修、国际海上运输、铁路旅客运输、加油站、互联网上网服务营业场所、呼叫中心、演出经纪、银行业、证券业、保险业对外开放',
        supports: ['nameZh', 'zhShortNames', 'code', 'summary'],
      },
    ],
  },
  {
    id: 'document:notice-on-measures-to-actively-and-effectively-utilize-foreign-investment-for-high-quality-development',
    name: 'Notice of the State Council on Several Measures for Actively and Effectively Utilizing Foreign Investment to Promote High-Quality Economic Development',
    nameZh: '国务院关于积极有效利用外资推动经济高质量发展若干措施的通知',
    zhShortNames: ['国发〔2018〕19号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    code: '国发〔2018〕19号',
    summary:
      'State Council notice of measures on using foreign investment, among them revising the national and free trade zone negative lists for foreign investment before 1 July 2018 in line with international rules.',
    sources: [
      {
        url: 'http://ccssr.org/html/3/1/2018-07-07/2288.html',
        title: 'ccssr.org',
        quote:
          '国务院关于积极有效利用外资推动经济高质量发展若干措施的通知 国发〔2018〕19号\n利用外资是我国对外开放基本国策和构建开放型经济新体制的重要内容。',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'kind', 'status'],
      },
      {
        url: 'http://m.nx-pro.com/xwzx_xxy.aspx?ids=402&idss=30&idsss=2',
        title: 'nx-pro.com',
        quote:
          '國務院關于積極有效利用外資推動經濟高質量發展若干措施的通知\n國發〔2018〕19號 … 2018年7月1日前修訂出臺全國和自由貿易試驗區外商投資準入特別管理措施(負面清單),與國際通行規則對接,全面提升開放水平',
        supports: ['nameZh', 'zhShortNames', 'code', 'summary'],
      },
    ],
  },

  // ───────────── Online government services platform (State Council, July 2018) ─────────────
  {
    id: 'document:guiding-opinions-on-national-integrated-online-government-service-platform',
    name: 'Guiding Opinions of the State Council on Accelerating the Construction of a National Integrated Online Government Service Platform',
    nameZh: '国务院关于加快推进全国一体化在线政务服务平台建设的指导意见',
    zhShortNames: ['关于加快推进全国一体化在线政务服务平台建设的指导意见', '国发〔2018〕27号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    code: '国发〔2018〕27号',
    summary:
      'State Council opinions to speed up building a national integrated online government service platform, deepening the reform of administration and services so that firms and the public get integrated online services from start to finish.',
    sources: [
      {
        url: 'http://zenchang.cn/law/law_view.asp?id=632387',
        title: 'zenchang.cn',
        quote: '國務院關于加快推進全國一體化在線政務服務平臺建設的指導意見\n國發〔2018〕27號\n各省、自治區、直轄市人民政府,國務院各部委、各直屬機構:',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'kind', 'status'],
      },
      {
        url: 'https://www.oxzkpj.com/newsDetails?newsId=338.htm',
        title: 'oxzkpj.com',
        quote:
          '國務院關於加快推進全國一體化在線政務服務平台建設的指導意見\n\n\n\n\n\n國發〔2018〕27號 … 加快建設全國一體化在線政務服務平台。為深入推進“放管服”改革,全面提升政務服務規範化、便利化水平,更好為企業和群眾提供全流程一體化在線服務',
        supports: ['nameZh', 'zhShortNames', 'code', 'summary'],
      },
    ],
  },

  // ───────────── “Internet Plus advanced manufacturing” and the industrial internet (State Council, November 2017) ─────────────
  {
    id: 'document:guiding-opinions-on-internet-plus-advanced-manufacturing-industrial-internet',
    name: 'Guiding Opinions on Deepening the “Internet + Advanced Manufacturing Industry” to Develop the Industrial Internet',
    nameZh: '国务院关于深化“互联网+先进制造业”发展工业互联网的指导意见',
    zhShortNames: ['关于深化“互联网+先进制造业”发展工业互联网的指导意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2017-11-19',
    summary:
      'State Council opinions to develop the industrial internet, building its network, platform and security systems as a new infrastructure connecting people, machines and things, to deepen “Internet Plus advanced manufacturing”.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/internet-advanced-manufacturing-industry-20171119/chn',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Guiding Opinions on Deepening the “Internet + Advanced Manufacturing Industry” to Develop the Industrial Internet (2017)\n\n关于深化“互联网+先进制造业” 发展工业互联网的指导意见\n\nType of laws Government policy\n\nIssuing body China\'s State Council\n\nPromulgating date Nov 19, 2017',
        supports: ['name', 'zhShortNames', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/internet-advanced-manufacturing-industry-20171119/chn',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          '工业互联网通过系统构建网络、平台、安全三大功能体系,打造人、机、物全面互联的新型网络基础设施,形成智能化发展的新兴业态和应用模式',
        supports: ['summary'],
      },
      {
        url: 'http://zjgyzk.cn/chanyeguihua/20180530.html',
        title: 'zjgyzk.cn',
        quote: '根据《国务院关于深化“互联网+先进制造业” 发展工业互联网的指导意见》(以下简称《指导意见》), 2018-2020年是我国工业互联网建设起步阶段',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────── Institutional opening in the Shanghai pilot free trade zone (State Council, November 2023) ─────────────
  {
    id: 'document:overall-plan-for-shanghai-ftz-high-level-institutional-opening',
    name: 'Overall Plan for Fully Aligning with High-Standard International Economic and Trade Rules to Promote High-Level Institutional Opening-up of the China (Shanghai) Pilot Free Trade Zone',
    nameZh: '全面对接国际高标准经贸规则推进中国(上海)自由贸易试验区高水平制度型开放总体方案',
    zhShortNames: ['国发〔2023〕23号'],
    kind: 'plan',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2023-11-26',
    code: '国发〔2023〕23号',
    summary:
      'State Council plan of 80 measures in seven areas for the Shanghai pilot free trade zone to align with high-standard international trade rules, among them electronic payment, digital identity and cross-border data flows.',
    sources: [
      {
        url: 'https://www.weixiang28.com/dex/12783.html',
        title: 'weixiang28.com',
        quote:
          '國務院關於印發《全面對接國際高標準經貿規則\n\n推進中國(上海)自由貿易試驗區高水平\n\n制度型開放總體方案》的通知\n\n國發〔2023〕23號 … 國務院        \n\n2023年11月26日',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'promulgated', 'kind', 'status'],
      },
      {
        url: 'https://www.cnr.cn/xzpd/20251211/t20251211_527456239.shtml',
        title: '央广网',
        quote:
          '2023年底,国务院发布《全面对接国际高标准经贸规则推进中国(上海)自由贸易试验区高水平制度型开放总体方案》,推出80条举措 … 在数据跨境流动领域,率先在金融、航运、商贸等板块制定数据出境负面清单',
        supports: ['name', 'nameZh', 'issuers', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://www.weixiang28.com/dex/12783.html',
        title: 'weixiang28.com',
        quote:
          '《總體方案》聚焦7個方面,提出80條措施。其中提出鼓勵金融機構和支付服務提供者率先推出電子支付系統國際先進標準,開展數位身分跨境認證與電子識別。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Service consumption (State Council, August 2024) ─────────────
  {
    id: 'document:opinions-on-promoting-high-quality-development-of-service-consumption',
    name: 'Opinions of the State Council on Promoting the High-quality Development of Service Consumption',
    nameZh: '关于促进服务消费高质量发展的意见',
    aliases: ['Opinions on Promoting the High-quality Development of Service Consumption'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    summary:
      'State Council opinions setting 20 tasks in six areas to expand service consumption, including wider market access for services and further opening of telecommunications and other fields.',
    sources: [
      {
        url: 'https://laitimes.com/en/article/75h4m_7ltdh.html',
        title: 'laitimes.com',
        quote:
          'The State Council recently issued the "Opinions on Promoting the High-quality Development of Service Consumption" … relax market access for the service industry, and continue to deepen the opening up of telecommunications and other fields. … Opinions of the State Council on Promoting the High-quality Development of Service Consumption\nGuo Fa [2024] No. 18',
        supports: ['name', 'aliases', 'issuers', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://huawenzs.com/zx/2408/187503.html',
        title: 'huawenzs.com',
        quote:
          '“近日,国务院印发《关于促进服务消费高质量发展的意见》,对服务消费发展作出全面、系统的部署 … 《意见》围绕挖掘基础型消费潜力、激发改善型消费活力、培育壮大新型消费、增强服务消费动能、优化服务消费环境、强化政策保障等6个方面,提出了20项重点任务',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://rensyte.com.cn/keng/804753.html',
        title: 'rensyte.com.cn',
        quote: '國務院最近發佈了《關於促進服務消費高質量發展的意見》,爲我國服務消費領域制定了全麪部署。',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────── New business forms and models (NDRC and 12 other departments, July 2020) ─────────────
  {
    id: 'document:opinions-on-supporting-healthy-development-of-new-business-forms-and-models',
    name: 'Opinions on Supporting the Healthy Development of New Business Forms and New Models, Activating the Consumer Market and Driving the Expansion of Employment',
    nameZh: '关于支持新业态新模式健康发展激活消费市场带动扩大就业的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'cac', 'miit', 'moe'],
    summary:
      'Opinions of the NDRC, the cyberspace office, MIIT, the education ministry and nine other departments supporting fifteen new business forms and models, among them online education, internet healthcare, online office work, digital governance, industrial platform ecosystems and the digital transformation of traditional firms.',
    sources: [
      {
        url: 'http://360doc.com/content/20/0716/11/53299008_924592675.shtml',
        title: '360doc.com (科技日报)',
        quote:
          '15日,国家发改委公布了由该委、中央网信办、工业和信息化部、教育部等13部门联合发布的《关于支持新业态新模式健康发展激活消费市场带动扩大就业的意见》(以下简称《意见》)。 … 这份文件囊括了支持15种新业态新模式发展的方向。',
        supports: ['name', 'nameZh', 'issuers', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://360doc.com/content/20/0716/11/53299008_924592675.shtml',
        title: '360doc.com (科技日报)',
        quote:
          '包括:大力发展融合化在线教育;积极发展互联网医疗;鼓励发展便捷化线上办公;不断提升数字化治理水平;培育产业平台化发展生态;加快传统企业数字化转型步伐',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Cultivating new types of consumption (NDRC and 27 other departments, March 2021) ─────────────
  {
    id: 'document:implementation-plan-for-accelerating-cultivation-of-new-types-of-consumption',
    name: 'Implementation Plan for Accelerating the Cultivation of New Types of Consumption',
    nameZh: '加快培育新型消费实施方案',
    zhShortNames: ['发改就业〔2021〕396号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'cac', 'moe', 'miit', 'mof', 'mofcom', 'pboc', 'samr'],
    promulgated: '2021-03-22',
    code: '发改就业〔2021〕396号',
    summary:
      'Plan of the NDRC and other departments (28 in all) with 24 measures to implement the General Office opinions on new types of consumption led by new business forms and models, among them new retail forms, “Internet Plus healthcare”, digital culture and tourism and online education.',
    relations: [
      { type: 'implements', target: 'document:opinions-on-leading-accelerated-development-of-new-consumption-with-new-business-forms-and-models', source: 0 },
    ],
    sources: [
      {
        url: 'http://xqb.smesc.cn/news/show.php?itemid=376422',
        title: 'xqb.smesc.cn',
        quote:
          '关于印发《加快培育新型消费实施方案》的通知\n发改就业〔2021〕396号 … 根据《国务院办公厅关于以新业态新模式引领新型消费加快发展的意见》(国办发〔2020〕32号)部署要求,国家发展改革委会同有关部门和单位研究制定了《加快培育新型消费实施方案》。',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'relations'],
      },
      {
        url: 'http://xqb.smesc.cn/news/show.php?itemid=376422',
        title: 'xqb.smesc.cn',
        quote:
          '国家发展改革委 中 央 网 信 办\n教 育 部 工业和信息化部\n财 政 部 人力资源社会保障部 … 商 务 部 文化和旅游部\n国家卫生健康委 人 民 银 行\n海 关 总 署 税 务 总 局\n市场监管总局 广 电 总 局 … 2021年3月22日',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'https://kuaihz.com/tid5/tid523_935665.html',
        title: 'kuaihz.com',
        quote:
          '国家发展改革委、工业和信息化部等28部门近日印发《加快培育新型消费实施方案》,提出24项举措。 … 提出培育壮大零售新业态、积极发展“互联网+医疗健康”、深入发展数字文化和旅游、有序发展在线教育',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Industrial internet innovation and development action plan 2021–2023 (MIIT, January 2021) ─────────────
  {
    id: 'document:industrial-internet-innovation-and-development-action-plan-2021-2023',
    name: 'Industrial Internet Innovation and Development Action Plan (2021-2023)',
    nameZh: '工业互联网创新发展行动计划(2021-2023年)',
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2021-01-13',
    summary:
      'The second three-year action plan for the industrial internet, published by MIIT with 5 goals and 11 key tasks for 2021–2023, among them 30 “5G full-connection factories” in 10 key industries and over 120 secondary identifier resolution nodes.',
    sources: [
      {
        url: 'https://e-com-net.com/article/1349241792586919936.htm',
        title: 'e-com-net.com',
        quote:
          '1月13日,工信部官网发布《工业互联网创新发展行动计划(2021-2023年)》(以下简称《行动计划》),提出5项发展目标,明确11项重点工作任务,这也是工业互联网的第2个三年行动计划。',
        supports: ['name', 'nameZh', 'issuers', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://e-com-net.com/article/1349241792586919936.htm',
        title: 'e-com-net.com',
        quote:
          '《行动计划》指出,2021-2023年是我国工业互联网的快速成长期。 … 在10个重点行业打造30个5G全连接工厂。标识解析体系创新赋能效应凸显,二级节点达到120个以上。',
        supports: ['promulgated', 'summary'],
      },
    ],
  },

  // ───────────── MIIT action plan for the “Internet Plus” guiding opinions (MIIT, November 2015) ─────────────
  {
    id: 'document:miit-action-plan-implementing-internet-plus-guiding-opinions-2015-2018',
    name: 'Action Plan of the Ministry of Industry and Information Technology for Implementing the Guiding Opinions of the State Council on Actively Promoting the “Internet Plus” Action (2015-2018)',
    nameZh: '工业和信息化部关于贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》的行动计划(2015-2018年)',
    zhShortNames: ['工信部信软〔2015〕440号'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2015-11-25',
    code: '工信部信软〔2015〕440号',
    summary:
      'MIIT action plan implementing the State Council “Internet Plus” guiding opinions for 2015–2018, centred on integrating new information and communication technology with industry, with “Internet Plus” manufacturing and small and micro enterprises as priorities.',
    relations: [
      { type: 'implements', target: 'document:guiding-opinions-on-actively-promoting-internet-plus-action', source: 0 },
    ],
    sources: [
      {
        url: 'http://miconline.com.cn/news/details_159200.html',
        title: 'miconline.com.cn (信息化和软件服务业司)',
        quote:
          '工業和信息化部關于印發貫徹落實《國務院關于積極推進“互聯網+”行動的指導意見》行動計劃(2015-2018年)的通知\n工信部信軟〔2015〕440號 … 附件:工業和信息化部關于貫徹落實《國務院關于積極推進“互聯網+”行動的指導意見》的行動計劃(2015-2018年)',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'issuers', 'kind', 'status', 'relations'],
      },
      {
        url: 'http://miconline.com.cn/news/details_159200.html',
        title: 'miconline.com.cn (信息化和软件服务业司)',
        quote:
          '工業和信息化部\n2015年11月25日 … 以加快新一代信息通信技術與工業深度融合為主線,以實施“互聯網+”制造業和“互聯網+”小微企業為重點',
        supports: ['promulgated', 'summary'],
      },
    ],
  },
];
