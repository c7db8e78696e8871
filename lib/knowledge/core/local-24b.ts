import type { CoreInstrument } from './types';

/**
 * Provincial and municipal rules on public data, data trading and data registration that Chinese
 * pages on data law cite beside the ones the graph held: Guangzhou's data regulations; the public
 * data measures of Jiangsu, Yancheng and Chongqing (opening); the authorised operation of public
 * data in Zhejiang, Hangzhou, Hubei, Anhui, Chizhou and Chengdu; data trading and circulation rules
 * of Guizhou, Guangxi, Guangdong and Tianjin; Guangdong's data asset registration rules and
 * Hubei's data property registration measures; Fujian's public data opening and development
 * measures and integrated public data plan; Hubei's data element market plan; and the drafts of
 * Shenzhen's open public data measures and Pu'er's public data measures.
 */
export const CORE_LOCAL_24B: CoreInstrument[] = [
  // ───────────── Guangzhou data regulations (2025) ─────────────
  {
    id: 'document:guangzhou-data-regulations',
    name: 'Guangzhou Data Regulations',
    nameZh: '广州市数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2024-11-29',
    promulgated: '2025-01-22',
    effective: '2025-02-28',
    summary:
      "Guangzhou's local law on data: authorised operation of public data, data property rights and the regulation of data trading venues, and pilots in data circulation and cross-border data flows in Nansha.",
    sources: [
      {
        url: 'http://m.zenchang.cn/law/law_view.asp?id=772792',
        title: 'zenchang.cn (广州市第十六届人民代表大会常务委员会公告第55号)',
        quote:
          '廣州市第十六屆人民代表大會常務委員會第三十三次會議于2024年11月29日通過的《廣州市數據條例》,業經廣東省第十四屆人民代表大會常務委員會第十五次會議于2025年1月12日批準,現予公布,自2025年2月28日起施行。\n廣州市人民代表大會常務委員會\n2025年1月22日',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://opinion.southcn.com/node_87fa4020d8/3ba70b2ce7.shtml',
        title: '南方网 (southcn.com)',
        quote:
          '广州审时度势,于近日出台了《广州市数据条例》(以下简称《条例》),并将于2月28日起正式施行。 … 《条例》的亮点之一在于其创新性的公共数据授权运营模式。',
        supports: ['nameZh', 'status', 'summary'],
      },
      {
        url: 'https://www.tkww.hk/epaper/view/newsDetail/1882135460910862336.html',
        title: '大公文汇 (广州日报大洋网)',
        quote:
          '《廣州市數據條例》亮點內容 … 建立數據產權運行機制,規範管理數據交易場所。 … 《條例》明確市人民政府應當支持南沙在數據要素流通、數據跨境流動等領域先行先試',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'http://cnhxdec.com/news/3784?secondId=8',
        title: 'cnhxdec.com (广州市人民政府新闻办公室新闻发布会)',
        quote:
          '1月22日,廣州市人民政府新聞辦公室召開《廣州市數據條例》(以下簡稱《條例》)新聞發布會。記者從會上獲悉,條例已于1月22日公布,將于2月28日起施行',
        supports: ['nameZh', 'status'],
      },
    ],
  },
  // ───────────── Jiangsu public data measures (2021) ─────────────
  {
    id: 'document:jiangsu-public-data-management-measures',
    name: 'Jiangsu Province Measures for the Administration of Public Data',
    nameZh: '江苏省公共数据管理办法',
    kind: 'local_government_rule',
    status: 'final',
    promulgated: '2021-12-18',
    effective: '2022-02-01',
    summary:
      "Jiangsu government rules on the processing of public data in the province and its supervision, with the provincial government services management office as the competent department.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E6%B1%9F%E8%98%87%E7%9C%81%E5%85%AC%E5%85%B1%E6%95%B8%E6%93%9A%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/59959325',
        title: 'newton.com.tw (wiki)',
        quote:
          '《江蘇省公共數據管理辦法》於2月1日起施行。\n\n基本介紹\n\n  • 中文名:江蘇省公共數據管理辦法\n  • 發布單位:江蘇省人民政府\n  • 實施時間:2022年2月1日\n  • 發布日期:2021年12月18日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://freewechat.com/a/MzAxMDY3OTIxMQ==/2659267184/{{href}}',
        title: 'freewechat.com (《江苏省公共数据管理办法》全文发布)',
        quote:
          '第二条 本省行政区域内公共数据处理活动及其监督管理,适用本办法。 … 第五条 省政务服务管理办公室是省公共数据主管部门,负责组织、指导、协调、监督公共数据管理工作。',
        supports: ['summary'],
      },
      {
        url: 'https://www.yancheng.gov.cn/art/2022/10/18/art_33607_770.html',
        title: '盐城市人民政府 (盐政规发〔2022〕9号)',
        quote: '根据《中华人民共和国数据安全法》《江苏省公共数据管理办法》等法律、法规和规定,结合本市实际,制定本办法。',
        supports: ['nameZh', 'status'],
      },
    ],
  },
  // ───────────── Yancheng public data measures (2022) ─────────────
  {
    id: 'document:yancheng-public-data-management-measures',
    name: 'Yancheng Measures for the Administration of Public Data',
    nameZh: '盐城市公共数据管理办法',
    zhShortNames: ['盐政规发〔2022〕9号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2022-10-18',
    summary:
      "Yancheng's rules on gathering, sharing, opening and using public data, made under Jiangsu's public data measures.",
    relations: [{ type: 'based_on', target: 'document:jiangsu-public-data-management-measures', source: 1 }],
    sources: [
      {
        url: 'https://www.yancheng.gov.cn/art/2022/10/18/art_33607_770.html',
        title: '盐城市人民政府 (盐政规发〔2022〕9号)',
        quote:
          '盐政规发〔2022〕9号\n\n\n盐城市人民政府\n关于印发盐城市公共数据管理办法的通知\n\n发布日期:2022-10-18 … 第二条  本市行政区域内公共数据的汇聚、共享、开放、利用等处理活动及其监督管理,适用本办法。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.yancheng.gov.cn/art/2022/10/18/art_33607_770.html',
        title: '盐城市人民政府 (盐政规发〔2022〕9号)',
        quote: '根据《中华人民共和国数据安全法》《江苏省公共数据管理办法》等法律、法规和规定,结合本市实际,制定本办法。',
        supports: ['relations', 'summary'],
      },
    ],
  },
  // ───────────── Chongqing interim measures on opening public data (2020) ─────────────
  {
    id: 'document:chongqing-interim-measures-for-opening-public-data',
    name: 'Chongqing Interim Measures for the Administration of the Opening of Public Data',
    nameZh: '重庆市公共数据开放管理暂行办法',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2020-09-21',
    summary:
      'Chongqing rules on opening public data to the public as machine-readable datasets, in unconditional and conditional categories.',
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E9%87%8D%E6%85%B6%E5%B8%82%E5%85%AC%E5%85%B1%E6%95%B8%E6%93%9A%E9%96%8B%E6%94%BE%E7%AE%A1%E7%90%86%E6%9A%AB%E8%A1%8C%E8%BE%A6%E6%B3%95',
        title: 'newton.com.tw (wiki)',
        quote:
          '從重慶市大數據局獲悉,《重慶市公共數據開放管理暫行辦法》近日正式對外發布 … 辦法明確,對列入無條件開放類的公共數據,經身份認證後,自然人、法人和其他組織可通過開放系統獲取;有條件開放類的公共數據,數據開放主體應當依託開放系統向符合條件的數據利用主體開放。 … 頒布時間:2020年9月21日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'http://rongchang.gov.cn/bm/dsjfzj/zwgk_70831/fdzdgknr_70834/lzyj_70835/xzgfxwj_70836/202109/t20210909_9674218.html',
        title: '重庆市荣昌区人民政府 (行政规范性文件)',
        quote:
          '本办法所称公共数据开放,是指本市公共管理和服务机构面向自然人、法人和其他组织(以下简称数据利用主体)提供具有原始性、可机器读取、可供社会化利用的数据集的公共服务。',
        supports: ['kind', 'summary'],
      },
      {
        url: 'https://taowenge.com/p-67737294.html',
        title: 'taowenge.com',
        quote: '(5.5.3)--《重庆市公共数据开放管理暂行办法》.pdf',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Zhejiang authorised operation of public data (2023) ─────────────
  {
    id: 'document:zhejiang-measures-for-authorised-operation-of-public-data-trial',
    name: 'Zhejiang Province Measures for the Administration of the Authorised Operation of Public Data (Trial)',
    nameZh: '浙江省公共数据授权运营管理办法(试行)',
    zhShortNames: ['浙政办发〔2023〕44号'],
    kind: 'normative_document',
    status: 'final',
    summary:
      "Zhejiang's provincial measures on the authorised operation of public data, under which Hangzhou and other cities set their own implementation plans.",
    sources: [
      {
        url: 'http://echinagov.com/policy/346519.htm',
        title: 'echinagov.com (杭州市公共数据授权运营实施方案(试行))',
        quote:
          '根据《浙江省人民政府办公厅关于印发浙江省公共数据授权运营管理办法(试行)的通知》(浙政办发〔2023〕44号,以下简称省管理办法)等文件精神,结合我市实际,制定本方案。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://www.handmsg.com/page/2023/0718/22300428.shtml',
        title: 'handmsg.com',
        quote:
          '浙江省大數據發展管理局緊密推動《浙江省公共數據授權運營管理暫行辦法》(以下簡稱《暫行辦法》)的起草工作,已多輪征求意見。杭甬溫等地也針對各自發展定位與產業特色制定了本地授權運營政策',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Hangzhou implementation plan for authorised operation of public data (2023) ─────────────
  {
    id: 'document:hangzhou-implementation-plan-for-authorised-operation-of-public-data-trial',
    name: 'Hangzhou Implementation Plan for the Authorised Operation of Public Data (Trial)',
    nameZh: '杭州市公共数据授权运营实施方案(试行)',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2023-09-01',
    summary:
      "Hangzhou's plan for the authorised operation of public data: an authorised operation platform, priority fields and mechanisms for authorisation, processing, operation and security supervision.",
    relations: [{ type: 'implements', target: 'document:zhejiang-measures-for-authorised-operation-of-public-data-trial', source: 0 }],
    sources: [
      {
        url: 'http://echinagov.com/policy/346519.htm',
        title: 'echinagov.com (杭州市人民政府办公厅)',
        quote:
          '《杭州市公共数据授权运营实施方案(试行)》已经市政府同意,现印发给你们,请结合实际认真组织实施。\n\n  杭州市人民政府办公厅\n\n  2023年9月1日 … 根据《浙江省人民政府办公厅关于印发浙江省公共数据授权运营管理办法(试行)的通知》(浙政办发〔2023〕44号,以下简称省管理办法)等文件精神,结合我市实际,制定本方案。',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'relations'],
      },
      {
        url: 'http://echinagov.com/policy/346519.htm',
        title: 'echinagov.com (杭州市人民政府办公厅)',
        quote:
          '2023年底前,完成公共数据授权运营平台(以下简称授权运营平台)搭建,发布首批公共数据授权运营重点领域,建立公共数据授权、加工、经营、安全监管等工作机制。',
        supports: ['summary'],
      },
      {
        url: 'http://www.handmsg.com/page/2023/0718/22300428.shtml',
        title: 'handmsg.com',
        quote: '《杭州市公共數據授權運營實施方案(試行)》(以下簡稱《實施方案》)于2023年2月公開征求意見。',
        supports: ['nameZh', 'kind'],
      },
    ],
  },
  // ───────────── Guizhou data circulation and trading measures (2022) ─────────────
  {
    id: 'document:guizhou-measures-for-data-circulation-and-trading-trial',
    name: 'Guizhou Province Measures for the Administration of Data Circulation and Trading (Trial)',
    nameZh: '贵州省数据流通交易管理办法(试行)',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2022-12-23',
    summary:
      "Guizhou's rules for data circulation and trading in the province, issued by the provincial big data bureau with the provincial government's approval, steering trading to data exchanges.",
    sources: [
      {
        url: 'http://www.echinagov.com/policy/334240.htm',
        title: 'echinagov.com (省大数据局)',
        quote:
          '经省人民政府同意,现将《贵州省数据流通交易管理办法(试行)》印发给你们,请认真贯彻执行。\n\n  附件:贵州省数据流通交易管理办法(试行)\n\n  省大数据局\n\n  2022年12月23日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'http://www.echinagov.com/policy/334240.htm',
        title: 'echinagov.com (省大数据局)',
        quote:
          '第二条 在本省行政区域内进行的数据流通交易及相关活动,适用本办法。 … 鼓励和引导市场主体在数据交易场所开展数据交易。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Guangxi data trading interim measures (2024) ─────────────
  {
    id: 'document:guangxi-interim-measures-for-data-trading',
    name: 'Guangxi Interim Measures for the Administration of Data Trading',
    nameZh: '广西数据交易管理暂行办法',
    zhShortNames: ['桂政办发〔2024〕7号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2024-01-23',
    summary:
      "Guangxi's rules on data trading: what may be traded (data products, services and tools), on-exchange and off-exchange trading, and the big data departments in charge.",
    sources: [
      {
        url: 'https://smelz.cn/article/zhengce/detail-55726.html',
        title: 'smelz.cn (广西壮族自治区人民政府办公厅)',
        quote:
          '广西壮族自治区人民政府办公厅关于印发《广西数据交易管理暂行办法》的通知\n桂政办发〔2024〕7号\n各市、县人民政府,自治区人民政府各组成部门、各直属机构:\n《广西数据交易管理暂行办法》已经自治区人民政府同意,现印发给你们,请认真贯彻执行。\n2024年1月23日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://smelz.cn/article/zhengce/detail-55726.html',
        title: 'smelz.cn (广西壮族自治区人民政府办公厅)',
        quote:
          '第三条 数据交易遵循合规高效、公平自愿、安全可控、场内外相结合的原则 … 第五条 县级以上大数据发展主管部门是本行政区域内数据交易工作的主管部门 … 第七条 数据交易标的包括数据产品、数据服务、数据工具等。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Guangdong data circulation and trading measures (draft, 2023) ─────────────
  {
    id: 'document:guangdong-measures-for-data-circulation-and-trading-trial-draft',
    name: 'Guangdong Province Measures for the Administration of Data Circulation and Trading (Trial) (Draft for Comment)',
    nameZh: '广东省数据流通交易管理办法(试行)',
    kind: 'normative_document',
    status: 'draft',
    issuers: ['guangdong-government-services-data-administration'],
    promulgated: '2023-04-04',
    summary:
      "Guangdong's draft rules on data circulation and trading, published for comment with companion rules on data asset registration, supervision, data brokers and technical security.",
    sources: [
      {
        url: 'http://www.echinagov.com/info/338739',
        title: 'echinagov.com (广东省政务服务数据管理局)',
        quote:
          '牵头起草了《广东省数据流通交易管理办法(试行)》系列文件,现公开征求社会各界意见,征求意见期限为2023年4月4日至4月13日。 … 附件:\n1.《广东省数据流通交易管理办法(试行)》(征求意见稿)\n2.《广东省数据资产合规登记规则(试行)》(征求意见稿)\n3.《广东省数据流通交易监管规则(试行)》(征求意见稿)\n4.《广东省数据经纪人管理规则(试行)》(征求意见稿)\n5.《广东省数据流通交易技术安全规范(试行)》(征求意见稿)\n广东省政务服务数据管理局\n2023年4月4日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%BB%A3%E6%9D%B1%E7%9C%81%E6%95%B8%E6%93%9A%E6%B5%81%E9%80%9A%E4%BA%A4%E6%98%93%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/62853419',
        title: 'newton.com.tw (wiki)',
        quote:
          '2023年4月4日,廣東省政務服務數據管理局公開徵求社會各界對《廣東省數據流通交易管理辦法》的意見,徵求意見期限為2023年4月4日至4月13日。',
        supports: ['status', 'issuers', 'promulgated'],
      },
    ],
  },
  // ───────────── Guangdong data asset compliance registration rules (draft, 2023) ─────────────
  {
    id: 'document:guangdong-rules-for-compliance-registration-of-data-assets-trial-draft',
    name: 'Guangdong Province Rules for the Compliance Registration of Data Assets (Trial) (Draft for Comment)',
    nameZh: '广东省数据资产合规登记规则(试行)',
    kind: 'normative_document',
    status: 'draft',
    issuers: ['guangdong-government-services-data-administration'],
    promulgated: '2023-04-04',
    summary:
      "Guangdong's draft rules on registering data assets after a compliance review, published with the province's draft data circulation and trading measures.",
    sources: [
      {
        url: 'http://www.echinagov.com/info/338739',
        title: 'echinagov.com (广东省政务服务数据管理局)',
        quote:
          '牵头起草了《广东省数据流通交易管理办法(试行)》系列文件,现公开征求社会各界意见,征求意见期限为2023年4月4日至4月13日。 … 2.《广东省数据资产合规登记规则(试行)》(征求意见稿) … 广东省政务服务数据管理局\n2023年4月4日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%BB%A3%E6%9D%B1%E7%9C%81%E6%95%B8%E6%93%9A%E6%B5%81%E9%80%9A%E4%BA%A4%E6%98%93%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/62853419',
        title: 'newton.com.tw (wiki)',
        quote: '(五)組織開展數據資產合規性審核和登記工作;',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Hubei authorised operation of public data (draft, 2024) ─────────────
  {
    id: 'document:hubei-measures-for-authorised-operation-of-public-data-trial-draft',
    name: 'Hubei Province Measures for the Administration of the Authorised Operation of Public Data (Trial) (Draft)',
    nameZh: '湖北省公共数据授权运营管理办法(试行)',
    kind: 'normative_document',
    status: 'draft',
    summary:
      "Hubei data bureau's draft rules on the authorised operation of public data, on a model of unified authorisation plus licensed development.",
    sources: [
      {
        url: 'https://dtzed.com/issues/2024/09/12072',
        title: 'dtzed.com (湖北省数据局起草说明)',
        quote:
          '湖北省数据局积极调研全国公共数据授权运营实践经验,结合本省实际,起草了《湖北省公共数据授权运营管理办法(试行)》(以下简称《管理办法》。 … 一是构建“统一授权+特许开发”的湖北模式',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Hubei data element market implementation plan (2023) ─────────────
  {
    id: 'document:hubei-implementation-plan-for-building-the-data-element-market',
    name: 'Hubei Province Implementation Plan for Building the Data Element Market',
    nameZh: '湖北省数据要素市场建设实施方案',
    kind: 'plan',
    status: 'final',
    promulgated: '2023-08',
    summary:
      "Hubei's plan for building the data element market, calling for measures on the authorised operation of public data and for data property and other basic rules.",
    sources: [
      {
        url: 'https://dtzed.com/issues/2024/09/12072',
        title: 'dtzed.com (湖北省数据局起草说明)',
        quote:
          '2023年8月印发实施的《湖北省数据要素市场建设实施方案》明确要求制定公共数据授权运营管理办法,强化公共数据统筹授权使用和管理',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://wxredian.com/art?id=1fa635a42309d01fdf26ed794b86b082',
        title: 'wxredian.com (湖北省数据产权登记管理办法(试行)(征求意见稿)起草说明)',
        quote: '我省印发实施了《湖北省数字经济促进办法》和《湖北省数据要素市场建设实施方案》,明确要求建立健全数据产权等制度体系。',
        supports: ['nameZh', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Hubei data property registration measures (draft) ─────────────
  {
    id: 'document:hubei-measures-for-data-property-registration-trial-draft',
    name: 'Hubei Province Measures for the Administration of Data Property Registration (Trial) (Draft for Comment)',
    nameZh: '湖北省数据产权登记管理办法(试行)',
    kind: 'normative_document',
    status: 'draft',
    summary: "Hubei data bureau's draft rules on data property registration services, drafted to support the data element market.",
    sources: [
      {
        url: 'https://wxredian.com/art?id=1fa635a42309d01fdf26ed794b86b082',
        title: 'wxredian.com (起草说明)',
        quote:
          '为深化湖北省数据要素市场化改革,规范数据产权登记服务,湖北省数据局起草了《湖北省数据产权登记管理办法(试行)(征求意见稿)》(以下称《办法》)',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Anhui public data resources registration rules (2025) ─────────────
  {
    id: 'document:anhui-implementation-rules-for-public-data-resources-registration-trial',
    name: 'Anhui Province Implementation Rules for the Registration of Public Data Resources (Trial)',
    nameZh: '安徽省公共数据资源登记实施细则(试行)',
    kind: 'normative_document',
    status: 'final',
    summary: "Anhui's rules for registering public data resources, issued by the Digital Anhui leading group office together with the authorised operation rules.",
    sources: [
      {
        url: 'https://www.chizhou.gov.cn/PolicyContent/show/5060.html',
        title: '池州市人民政府 (池政办〔2025〕27号)',
        quote:
          '为加快推进公共数据资源开发利用,规范公共数据资源授权运营和登记管理,根据《安徽省数字安徽建设领导小组办公室关于印发〈安徽省公共数据资源登记实施细则(试行)〉和〈安徽省公共数据资源授权运营实施细则(试行)〉的通知》(皖数安办〔2025〕4号)',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Anhui authorised operation of public data resources rules (2025) ─────────────
  {
    id: 'document:anhui-implementation-rules-for-authorised-operation-of-public-data-resources-trial',
    name: 'Anhui Province Implementation Rules for the Authorised Operation of Public Data Resources (Trial)',
    nameZh: '安徽省公共数据资源授权运营实施细则(试行)',
    kind: 'normative_document',
    status: 'final',
    summary:
      "Anhui's rules for the authorised operation of public data resources, issued by the Digital Anhui leading group office together with the registration rules.",
    sources: [
      {
        url: 'https://www.chizhou.gov.cn/PolicyContent/show/5060.html',
        title: '池州市人民政府 (池政办〔2025〕27号)',
        quote:
          '根据《安徽省数字安徽建设领导小组办公室关于印发〈安徽省公共数据资源登记实施细则(试行)〉和〈安徽省公共数据资源授权运营实施细则(试行)〉的通知》(皖数安办〔2025〕4号)',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Chizhou authorised operation plan (2025) ─────────────
  {
    id: 'document:chizhou-implementation-plan-for-authorised-operation-of-public-data-resources',
    name: 'Chizhou Implementation Plan for the Authorised Operation of Public Data Resources',
    nameZh: '池州市公共数据资源授权运营实施方案',
    zhShortNames: ['池政办〔2025〕27号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-07-31',
    summary:
      "Chizhou's plan for the authorised operation of public data resources, made under Anhui's registration and authorised operation rules, with pilots first in inclusive finance and city governance by the end of 2025.",
    relations: [
      { type: 'implements', target: 'document:anhui-implementation-rules-for-authorised-operation-of-public-data-resources-trial', source: 0 },
      { type: 'implements', target: 'document:anhui-implementation-rules-for-public-data-resources-registration-trial', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.chizhou.gov.cn/PolicyContent/show/5060.html',
        title: '池州市人民政府 (池政办〔2025〕27号)',
        quote:
          '池政办〔2025〕27号\n各县、区人民政府,江南新兴产业集中区、九华山风景区、开发区、平天湖风景区管委会,市政府各部门、各直属机构:\n《池州市公共数据资源授权运营实施方案》已经市政府同意,现印发给你们,请认真组织实施。\n池州市人民政府办公室\n2025年7月31日 … 根据《安徽省数字安徽建设领导小组办公室关于印发〈安徽省公共数据资源登记实施细则(试行)〉和〈安徽省公共数据资源授权运营实施细则(试行)〉的通知》(皖数安办〔2025〕4号)',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.chizhou.gov.cn/PolicyContent/show/5060.html',
        title: '池州市人民政府 (池政办〔2025〕27号)',
        quote:
          '到2025年底前,建立健全公共数据资源授权运营协同共建机制,明确授权运营相关主体,率先在普惠金融、城市治理领域开展试点。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Fujian public data resources opening and development measures (2022) ─────────────
  {
    id: 'document:fujian-measures-for-opening-and-development-of-public-data-resources-trial',
    name: 'Fujian Province Measures for the Administration of the Opening and Development of Public Data Resources (Trial)',
    nameZh: '福建省公共数据资源开放开发管理办法(试行)',
    zhShortNames: ['闽数字办〔2022〕6号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2022-07-20',
    summary:
      "Fujian's rules on opening public data resources to society and their development and use, made under the Fujian big data development regulations.",
    sources: [
      {
        url: 'https://freewechat.com/a/MzU5MjcwODg3NA==/2247576811/1',
        title: 'freewechat.com (福建发改委)',
        quote:
          '福建省数字福建建设领导小组办公室关于印发《福建省公共数据资源开放开发管理办法(试行)》的通知\n\n闽数字办〔2022〕6号 … 经省政府同意,现将《福建省公共数据资源开放开发管理办法(试行)》印发你们,请认真组织实施。\n\n\n\n福建省数字福建建设领导小组办公室\n\n\n2022年7月20日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://freewechat.com/a/MzU5MjcwODg3NA==/2247576811/1',
        title: 'freewechat.com (福建发改委)',
        quote:
          '第一条 为了促进和规范本省公共数据资源安全有序开放和开发利用,完善数据要素市场化配置,做大做强做优数字经济,根据《福建省大数据发展条例》等有关法律、法规,结合本省实际,制定本办法。',
        supports: ['summary'],
      },
      {
        url: 'http://e-gov.org.cn/article-186659.html',
        title: '电子政务网 (闽政办〔2023〕29号)',
        quote: '制定实施《福建省大数据发展条例》《福建省政务数据管理办法》《福建省公共数据资源开放开发管理办法(试行)》等系列政策法规。',
        supports: ['nameZh', 'status'],
      },
    ],
  },
  // ───────────── Fujian integrated public data system plan (2023) ─────────────
  {
    id: 'document:fujian-integrated-public-data-system-construction-plan',
    name: 'Fujian Province Integrated Public Data System Construction Plan',
    nameZh: '福建省一体化公共数据体系建设方案',
    zhShortNames: ['闽政办〔2023〕29号'],
    kind: 'plan',
    status: 'final',
    promulgated: '2023-09-30',
    summary:
      "Fujian's plan to build a province-wide integrated public data system: gathering, governance, sharing, opening and development of public data.",
    sources: [
      {
        url: 'http://e-gov.org.cn/article-186659.html',
        title: '电子政务网',
        quote:
          '福建省人民政府办公厅关于印发福建省一体化公共数据体系建设方案的通知\n闽政办〔2023〕29号 … 《福建省一体化公共数据体系建设方案》已经省政府同意,现印发给你们,请认真组织实施。\n福建省人民政府办公厅\n2023年9月30日',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'http://e-gov.org.cn/article-186659.html',
        title: '电子政务网',
        quote: '整合构建全省一体化公共数据体系,加快推进公共数据全量汇聚、融合治理、共享应用和开放开发,促进数据要素高效流通,制定本方案。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Tianjin data trading interim measures (draft, 2020) ─────────────
  {
    id: 'document:tianjin-interim-measures-for-data-trading-draft',
    name: 'Tianjin Interim Measures for the Administration of Data Trading (Draft for Comment)',
    nameZh: '天津市数据交易管理暂行办法',
    kind: 'normative_document',
    status: 'draft',
    promulgated: '2020-07-30',
    summary:
      "The Tianjin cyberspace office's draft rules to foster a big data trading market and regulate data trading through lawfully established data trading service bodies.",
    sources: [
      {
        url: 'http://tj.sina.com.cn/news/zhzx/2020-07-31/detail-iivhuipn6009892.shtml?from=tj_cnxh',
        title: '新浪天津 (天津市互联网信息办公室)',
        quote:
          '为引导培育天津市大数据交易市场,规范数据交易行为,激发数据交易主体活力,促进数据资源流通,根据《天津市促进大数据发展应用条例》等法律法规,市互联网信息办公室起草了《天津市数据交易管理暂行办法(征求意见稿)》,现向社会公开征求意见。 … 天津市互联网信息办公室\n\n  2020年7月30日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'http://tj.sina.com.cn/news/zhzx/2020-07-31/detail-iivhuipn6009892.shtml?from=tj_cnxh',
        title: '新浪天津 (天津市互联网信息办公室)',
        quote: '引导数据供需双方在依法设立的数据交易服务机构进行数据交易',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shenzhen open public data measures (draft, 2023) ─────────────
  {
    id: 'document:shenzhen-measures-for-opening-public-data-draft',
    name: 'Shenzhen Measures for the Administration of the Opening of Public Data (Draft for Comment)',
    nameZh: '深圳市公共数据开放管理办法',
    kind: 'local_government_rule',
    status: 'draft',
    issuers: ['shenzhen-government-services-data-bureau'],
    promulgated: '2023-09-26',
    summary:
      "Shenzhen's draft government rules on opening public data through the municipal open data platform and its development and use, drafted under the city's 2023 legislative plan.",
    sources: [
      {
        url: 'https://www.ciiabd.org.cn/articles/J9ZdNg.html',
        title: 'ciiabd.org.cn',
        quote:
          '2023年9月26日,为了规范和推动全市公共数据开放,促进公共数据开发利用,释放公共数据的经济价值和社会价值,根据市政府2023年度立法工作计划,市政务服务数据管理局组织起草了《深圳市公共数据开放管理办法(送审稿)》并报我局审查。现将征求意见稿及其说明全文公布,征求社会各界意见。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E6%B7%B1%E5%9C%B3%E5%B8%82%E5%85%AC%E5%85%B1%E6%95%B8%E6%93%9A%E9%96%8B%E6%94%BE%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/63547117',
        title: 'newton.com.tw (wiki)',
        quote:
          '2023年9月26日,深圳市政務服務數據管理局就《深圳市公共數據開放管理辦法(徵求意見稿)》公開徵求社會公眾意見。 … (三)公共數據開放,是指公共管理和服務機構通過市公共數據開放平台向社會提供可機器',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Chengdu authorised operation of public data resources (draft, 2025) ─────────────
  {
    id: 'document:chengdu-measures-for-authorised-operation-of-public-data-resources-draft',
    name: 'Chengdu Measures for the Administration of the Authorised Operation of Public Data Resources (Draft for Comment)',
    nameZh: '成都市公共数据资源授权运营管理办法',
    kind: 'normative_document',
    status: 'draft',
    summary:
      "Chengdu's revised draft rules on the authorised operation of public data resources, made under the Sichuan and Chengdu data regulations and the national implementing rules.",
    sources: [
      {
        url: 'http://bridata.com/policy/detail?id=15814',
        title: 'bridata.com',
        quote:
          '推进公共数据资源开发利用,进一步规范公共数据资源授权运营,充分释放数据要素价值,我们会同有关单位研究修订了《成都市公共数据资源授权运营管理办法(征求意见稿)》,现向社会公开征求意见。此次公开征求意见期限为30日,相关意见请于2025年4月21日前反馈。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://bridata.com/policy/detail?id=15814',
        title: 'bridata.com',
        quote:
          '根据《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《四川省数据条例》《成都市数据条例》等法律法规,按照《中共中央办公厅国务院办公厅关于加快公共数据资源开发利用的意见》《公共数据资源登记管理暂行办法》《公共数据资源授权运营实施规范(试行)》等要求',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Pu'er public data measures (draft, 2025) ─────────────
  {
    id: 'document:puer-public-data-management-measures-trial-draft',
    name: "Pu'er Measures for the Administration of Public Data (Trial) (Draft for Comment)",
    nameZh: '普洱市公共数据管理办法(试行)',
    kind: 'normative_document',
    status: 'draft',
    promulgated: '2025-02-08',
    summary:
      "Pu'er data bureau's draft rules on collecting, sharing, opening, registering and authorising the operation of public data, and on its security.",
    sources: [
      {
        url: 'https://mangshi.chinamae.com/news/04c72d8e7153472e83bde7f936ec7461.html',
        title: 'chinamae.com (普洱市数据局)',
        quote:
          '市数据局起草了《普洱市公共数据管理办法(征求意见稿)》,现向社会公开征求意见。 … 普洱市数据局\n2025年2月8日\n附件1\n普洱市公共数据管理办法(试行)\n(征求意见稿)',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'https://mangshi.chinamae.com/news/04c72d8e7153472e83bde7f936ec7461.html',
        title: 'chinamae.com (普洱市数据局)',
        quote: '第二条 本市行政区域内公共数据采集、共享、开放、登记、授权运营等数据处理活动及数据安全管理,适用本办法。',
        supports: ['summary'],
      },
    ],
  },
];
