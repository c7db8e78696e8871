import type { CoreInstrument } from './types';

/**
 * Provincial and municipal data instruments that pages on China's data market cite and the graph
 * lacked: Shenzhen's rules on data trading (2023) and on data property rights registration (2023),
 * the Shenzhen SEZ law promoting the digital economy industry (2022), Shanghai's interim procedures
 * for data trading venues (2023), the Jiangsu (2025) and Sichuan (2022) data regulations, the
 * Guangdong digital economy regulations (2021), the Anhui big data regulations (2021), Beijing's
 * and Zhejiang's measures on registering data intellectual property (2023) and the Tibet
 * regulations on network information security (2022).
 */
export const CORE_LOCAL_8: CoreInstrument[] = [
  // ───────────── Shenzhen interim measures on data trading (2023) ─────────────
  {
    id: 'document:shenzhen-interim-measures-for-administration-of-data-trading',
    name: 'Interim Measures of Shenzhen Municipality for the Administration of Data Trading',
    nameZh: '深圳市数据交易管理暂行办法',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2023-02-21',
    effective: '2023-03-01',
    summary:
      "Shenzhen's rules for data trading on the city's approved data trading venues — sellers, buyers, data merchants and third-party service bodies, trading security — under the municipal development and reform commission.",
    relations: [
      { type: 'based_on', target: 'document:shenzhen-special-economic-zone-data-regulations', source: 0 },
      { type: 'based_on', target: 'document:shenzhen-sez-digital-economy-industry-promotion-regulations', source: 0 },
    ],
    sources: [
      {
        url: 'https://ecnia.com.cn/policy/686',
        title: 'ecnia.com.cn (full text)',
        quote:
          '深圳市数据交易管理暂行办法\n第一章 总 则\n第一条 为引导培育本市数据交易市场,规范数据交易行为,促进数据有序高效流动,根据《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《深圳经济特区数据条例》《深圳经济特区数字经济产业促进条例》等有关法律法规规定,结合本市实际,制定本办法。\n第二条 在经市政府批准成立的数据交易场所内进行的数据交易及其相关管理活动,适用本办法。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary', 'relations'],
      },
      {
        url: 'http://www.0375edu.org.cn/policy/336645.htm',
        title: 'Notice of the Shenzhen Development and Reform Commission (mirror)',
        quote: '《深圳市數(shù)據(jù)交易管理暫行辦法》已經市政府同意,現(xiàn)印發(fā)給你們,請遵照執(zhí)行。\n\n  深圳市發(fā)展和改革委員會\n\n  2023年2月21日',
        supports: ['promulgated'],
      },
      {
        url: 'https://www.163.com/dy/article/HVG3V5M705198086.html',
        title: 'NetEase (163.com)',
        quote:
          '就在今年的2月21日,深圳市发改委发布了《深圳市数据交易管理暂行办法》(下称《暂行办法》),详细规定了在深圳市进行数据交易行为的规范体系。 … 在《暂行办法》的框架下,参与数据交易的主体可以分为五个角色,即数据交易场所、数据卖方、数据买方、数据商以及第三方服务机构。',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202303/1286573.shtml',
        title: 'Global Times',
        quote:
          'Published: Mar 03, 2023 … Shenzhen in South China\'s Guangdong Province on Thursday released trial data exchange management regulations at the city level … The regulations, which came into effect on Wednesday, require the data exchange transition log to be kept safely for no less than 30 years. There are also clear provisions for data exchange, data security and the operation of data exchanges, according to the document issued by the Shenzhen Municipal Development and Reform Commission.',
        supports: ['effective', 'summary'],
      },
    ],
  },
  // ───────────── Shenzhen interim measures on data property rights registration (2023) ─────────────
  {
    id: 'document:shenzhen-interim-measures-for-administration-of-data-property-rights-registration',
    name: 'Interim Measures for the Administration of Data Property Rights Registration in Shenzhen',
    nameZh: '深圳市数据产权登记管理暂行办法',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2023-06-15',
    effective: '2023-07-01',
    code: '深发改规〔2023〕5号',
    summary:
      "Shenzhen's data property rights registration system, to protect legitimate data rights: reviewed data resources can serve as a basis for data trading; in force for three years from 1 July 2023.",
    relations: [
      { type: 'based_on', target: 'document:shenzhen-special-economic-zone-data-regulations', source: 2 },
      { type: 'based_on', target: 'document:shenzhen-sez-digital-economy-industry-promotion-regulations', source: 2 },
    ],
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/9316-consultation-opened-on-interim-measures-for-the-administration-of-data-property-rights-registration-in-shenzhen',
        title: 'Digital Policy Alert',
        quote:
          'On 20 February 2023, the Shenzhen Development and Reform Commission opened a consultation on the document titled "Interim Measures for the Administration of Data Property Rights Registration in Shenzhen" until 17 March 2023. The proposal aims to protect legitimate data rights by establishing a data property rights registration system. … 2023-07-01\nin force\n\nOn 1 July 2023, the Interim Measures for the Administration of Data Property Rights Registration i…',
        supports: ['name', 'kind', 'effective', 'summary'],
      },
      {
        url: 'https://wallstreetcn.com/livenews/2493926',
        title: 'Wallstreetcn (华尔街见闻)',
        quote:
          '《深圳市数据产权登记管理暂行办法》自7月1日起施行,经审核的数据资源可作为数据交易的依据 据深圳发改委官网消息,近日,深圳发改委发布关于印发《深圳市数据产权登记管理暂行办法》的通知,自2023年7月1日起施行,有效期三年。',
        supports: ['nameZh', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'http://www.sz.gov.cn/cn/xxgk/zfxxgj/zcfg/content/post_10692613.html',
        title: 'Shenzhen Municipal People’s Government — policies and regulations',
        quote:
          '名 称:深圳市发展和改革委员会关于印发《深圳市数据产权登记管理暂行办法》的通知\n\n文 号:深发改规〔2023〕5号 … 深圳市发展和改革委员会\n\n  2023年6月15日\n\n  深圳市数据产权登记管理暂行办法\n\n  第一章 总  则\n\n  第一条  为规范数据产权登记行为,保护数据要素市场参与主体的合法权益,促进数据的开放流动和开发利用,根据《中华人民共和国民法典》《中华人民共和国数据安全法》《深圳经济特区数据条例》《深圳经济特区数字经济产业促进条例》及其他有关法律、法规,结合深圳市实际,制定本办法。',
        supports: ['nameZh', 'kind', 'status', 'promulgated', 'code', 'relations'],
      },
    ],
  },
  // ───────────── Shenzhen SEZ digital economy industry promotion regulations (2022) ─────────────
  {
    id: 'document:shenzhen-sez-digital-economy-industry-promotion-regulations',
    name: 'Regulations of Shenzhen Special Economic Zone on Promoting the Digital Economy Industry',
    nameZh: '深圳经济特区数字经济产业促进条例',
    kind: 'local_regulation',
    status: 'final',
    issuers: ['shenzhen-people-s-congress-standing-committee'],
    adopted: '2022-08-30',
    effective: '2022-11-01',
    summary:
      'Shenzhen’s law promoting the digital economy industry, including a data element market in which the city government guides businesses and others to open their own data resources, with the municipal industry and IT authority in charge.',
    sources: [
      {
        url: 'https://sf.sz.gov.cn/fggzywyb/content/post_11547408.html',
        title: 'Shenzhen Municipal Bureau of Justice (English translation)',
        quote:
          '(Adopted at the 11th Session of the Standing Committee of the 7th People’s Congress of Shenzhen Municipality on August 30, 2022)\nChapter I General Provisions\nArticle 1 To optimize the development environment of the digital economy industry and promote its high-quality development, these Regulations are formulated … Article 5 The municipal authorities of industry and information technology shall promote, coordinate and supervise the development of the digital economy industry in Shenzhen Municipality.',
        supports: ['name', 'kind', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://huoxun.com/news/show/42511',
        title: 'huoxun.com (读创)',
        quote:
          '《深圳经济特区数字经济产业促进条例》正式公布 … 上个月,深圳市七届人大常委会第十一次会议通过了《深圳经济特区数字经济产业促进条例》(下称《条例》)。近日,市人大常委会在其官网正式公布《条例》全文,《条例》自2022年11月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://huoxun.com/news/show/42511',
        title: 'huoxun.com (读创)',
        quote:
          '在健全数据要素市场方面,《条例》提出,市人民政府应当通过产业引导、社会资本引入、应用模式创新、强化合作交流等方式引导企业、社会组织等单位和个人开放自有数据资源',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shanghai interim procedures on data trading venues (2023) ─────────────
  {
    id: 'document:shanghai-interim-procedures-for-administration-of-data-trading-venues',
    name: 'Interim Procedures of Shanghai Municipality for the Administration of Data Trading Venues',
    nameZh: '上海市数据交易场所管理实施暂行办法',
    kind: 'normative_document',
    status: 'final',
    issuers: ['shanghai-economy-informatization-commission'],
    promulgated: '2023-03-15',
    summary:
      'Shanghai’s rules on the establishment, alteration, termination, operating rules, supervision and management of data trading venues, issued by the municipal economy and informatization commission under the Data Security Law, the PIPL and the Shanghai Data Regulations.',
    relations: [{ type: 'based_on', target: 'document:shanghai-data-regulations', source: 0 }],
    sources: [
      {
        url: 'https://shanghai.gov.cn/202312th/20230919/1e553bd6468247e7b83eede1b662d2f4.html',
        title: 'Shanghai Municipal People’s Government — Government Bulletin',
        quote:
          'Notice of Shanghai Municipal Economy and Information Technology Commission on Issuing the Interim Procedures of Shanghai Municipality for the Administration of Data Trading Venues\n\n09-19-2023\n\n(March 15, 2023)\n\nSMEITC D (2023) No. 3 … these Procedures are formulated in accordance with the Data Security Law of the People’s Republic of China, the Personal Information Protection Law of the People’s Republic of China, the Regulations of Shanghai Municipality on Data … Article 2\n\nThese Procedures shall apply to the establishment, alteration, termination, operating rules, supervision and management of data trading venues in this Municipality',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://app.sheitc.sh.gov.cn/sjxwxgzcjd/694675.htm',
        title: 'Shanghai Municipal Commission of Economy and Informatization (interpretation)',
        quote:
          '为进一步防范和化解数据交易风险,规范数据交易场所运营,按照国务院清整联席办、市地方金融监管局相关要求,结合上海数据交易场所的实践,现将《上海市数据交易场所管理实施暂行办法》解读说明如下: … 2021年11月25日上海数据交易所正式揭牌成立',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ───────────── Jiangsu data regulations (2025) ─────────────
  {
    id: 'document:jiangsu-data-regulations',
    name: 'Jiangsu Province Data Regulations',
    nameZh: '江苏省数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2025-01-22',
    effective: '2025-04-01',
    summary:
      'Jiangsu\'s first foundational data legislation: data rights and interests, data resources, data circulation, the data industry, data applications and data security, including the use of personal information.',
    sources: [
      {
        url: 'https://english.jschina.com.cn/23254/202501/t20250127_8452776.shtml',
        title: 'Jiangsu Now (jschina.com.cn)',
        quote:
          "The Jiangsu Province Data Regulations, approved by the third session of the 14th Jiangsu Provincial People's Congress on January 22, will come into force on April 1.\nAs the province’s first foundational legislation in the data sector, the regulations comprehensively address various aspects, including data provision and use of personal information.",
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://www.faxin.cn/lib/dffl/DfflSimple.aspx?gid=B2560359',
        title: 'faxin.cn (full text)',
        quote:
          '江苏省人民代表大会公告\n(第四号)\n《江苏省数据条例》已由江苏省第十四届人民代表大会第三次会议于2025年1月22日通过,现予公布,自2025年4月1日起施行。 … 第二章 数据权益\n第三章 数据资源\n第四章 数据流通\n第五章 数据产业\n第六章 数据应用\n第七章 数据安全',
        supports: ['nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Sichuan data regulations (2022) ─────────────
  {
    id: 'document:sichuan-data-regulations',
    name: 'Sichuan Province Data Regulations',
    nameZh: '四川省数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-12-02',
    effective: '2023-01-01',
    summary:
      "Sichuan's basic data law (eight chapters, 70 articles): data resources, circulation, application, security and regional cooperation.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E5%9B%9B%E5%B7%9D%E7%9C%81%E6%95%B8%E6%93%9A%E6%A2%9D%E4%BE%8B/62405611',
        title: '四川省數據條例 (newton.com.tw)',
        quote:
          '《四川省數據條例》是四川省數據領域第一部基礎性法規,於2023年1月1日起正式實施。《條例》共八章七十條。 … 2022年12月2日,四川省第十三屆人民代表大會常務委員會第三十八次會議通過《四川省數據條例》。 … 第二章 數據資源\n第三章 數據流通\n第四章 數據套用\n第五章 數據安全\n第六章 區域合作',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Guangdong digital economy promotion regulations (2021) ─────────────
  {
    id: 'document:guangdong-digital-economy-promotion-regulations',
    name: 'Guangdong Province Digital Economy Promotion Regulations',
    nameZh: '广东省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-07-30',
    effective: '2021-09-01',
    summary:
      "Guangdong's provincial law promoting the digital economy: digital industrialisation and the digitalisation of industry, digital industry clusters and the integration of digital technology with the real economy.",
    sources: [
      {
        url: 'https://blog.ytso.com/209311.html',
        title: 'blog.ytso.com (full text)',
        quote:
          '广东省第十三届人民代表大会常务委员会\n\n公告\n\n(第85号)\n\n《广东省数字经济促进条例》已由广东省第十三届人民代表大会常务委员会第三十三次会议于2021年7月30日通过,现予公布,自2021年9月1日起施行。 … 第一条 为了促进数字经济发展,推进数字产业化和产业数字化,推动数字技术与实体经济深度融合,打造具有国际竞争力的数字产业集群,全面建设数字经济强省',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.thechina.com.cn/2021/07/31/new-rules-to-build-up-digital-economy-in-guangdong/',
        title: 'thechina.com.cn',
        quote:
          'Guangdong’s new rules to boost the digital economy was put under second scrutiny on July 29. … Intended to fill the gap, the new rules focus on fostering digital industrial clusters.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Beijing measures on registering data intellectual property (2023) ─────────────
  {
    id: 'document:beijing-measures-for-registration-of-data-intellectual-property',
    name: 'Administrative Measures for the Registration of Data Intellectual Property Rights of Beijing Municipality (for Trial Implementation)',
    nameZh: '北京市数据知识产权登记管理办法(试行)',
    aliases: [
      'Measures of Beijing Municipality for the Administration of the Registration of Intellectual Property in Data (for Trial Implementation)',
      'Beijing Municipality Measures for the Registration and Administration of Data Intellectual Property (Trial)',
    ],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2023-05-30',
    effective: '2023-06-19',
    summary:
      "Beijing's rules for registering data intellectual property — the object, content and procedure of registration — issued by the Beijing IP office with the economy and IT bureau, the commerce bureau and the procuratorate as a national data IP pilot.",
    sources: [
      {
        url: 'https://managingip.com/article/2eakeojsubl6t140dboxs/sponsored-content/beijing-piloting-chinas-route-to-new-horizons-in-data-ip-rights',
        title: 'Managing IP (Tahota Law Firm)',
        quote:
          'In November 2022, the CNIPA designated eight provinces and municipalities – Beijing, Shanghai, Jiangsu, Zhejiang, Fujian, Shandong, Guangdong, and Shenzhen – as pilot locations to carry out data intellectual property (IP) rights work. … the Beijing Municipal Intellectual Property Office issued the Administrative Measures for the Registration of Data Intellectual Property Rights of Beijing Municipality (for Trial Implementation) (the Beijing Measures). The measures standardised the object, content, and',
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://desk33.com/d-995645.html',
        title: 'desk33.com (bilingual text)',
        quote:
          '北京市知识产权局、北京市经 济和信息化局、北京市商务局、 北京市人民检察院关于印发 北京市数据知识产权登记管理办法(试行)的通知 … 北京市数据知识产权登记管理办法(试行)MeasuresofBeijingMunicipalityfortheAdministrationoftheRegistrationofIntellectualPropertyinData(forTrialImplementation)制定机关:北京市知识产权局北京市经济和信息化局北京市商务局北京市人民检察院公布日期:2023.05.30施行日期:2023.06.19',
        supports: ['nameZh', 'aliases', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://himanidb.com/the-beijing-measure-whether-data-should-be-registered-and-protected-form-of-intellectual-property-in-china.html',
        title: 'World Trademark Review (mirror)',
        quote:
          "On 12 May 2023, the Beijing Municipal Intellectual Property Office issued the ‘Beijing Municipality Measures for the Registration and Administration of Data Intellectual Property (Trial) (Draft for Comments)’ (the Beijing Measures), which aim to regulate data intellectual property registration behaviour within the administrative jurisdiction of Beijing.",
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── Tibet regulations on network information security (2022) ─────────────
  {
    id: 'document:tibet-regulations-on-network-information-security-management',
    name: 'Regulations on Network Information Security Management in the Tibet Autonomous Region',
    nameZh: '西藏自治区网络信息安全管理条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-12-09',
    effective: '2023-02-01',
    summary:
      "Tibet's regional law on producing, copying, publishing and spreading information over computer networks and its supervision.",
    sources: [
      {
        url: 'https://www.mondaq.com:443/china/data-protection/1282142/china-monthly-data-protection-update',
        title: 'Mondaq — China Monthly Data Protection Update',
        quote:
          "On January 20, 2023, the Tibet People's Congress website announced the full text of the Regulations on Network Information Security Management in the Tibet Autonomous Region, which had been adopted by the 43rd Session of the Standing Committee of the 11th People's Congress of the Tibet Autonomous Region. The regulation was implemented from February 1, 2023.",
        supports: ['name', 'kind', 'status', 'effective'],
      },
      {
        url: 'https://qjnew.com/post/4305.html',
        title: 'qjnew.com',
        quote:
          '西藏自治区网络信息安全管理条例\n(于2022年12月9日,西藏自治区第十一届人大常委会在第四十三次会议上正式) … 在自治区行政区域内,针对通过计算机网络进行信息制作、复制、发布、传播等行为及其相关的监督管理事务,本条例具有相应的适用性。',
        supports: ['nameZh', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Zhejiang measures on registering data intellectual property (2023) ─────────────
  {
    id: 'document:zhejiang-measures-for-registration-of-data-intellectual-property',
    name: 'Zhejiang Province Measures for the Registration of Data Intellectual Property (Trial)',
    nameZh: '浙江省数据知识产权登记办法(试行)',
    kind: 'normative_document',
    status: 'final',
    summary:
      "Zhejiang's rules for registering data intellectual property — legally collected, algorithmically processed, non-public data sets of practical value — from a national data IP pilot province.",
    sources: [
      {
        url: 'http://himanidb.com/the-beijing-measure-whether-data-should-be-registered-and-protected-form-of-intellectual-property-in-china.html',
        title: 'World Trademark Review (mirror)',
        quote:
          "This article starts with the Beijing Measures, while taking into account local documents such as the ‘Shenzhen Interim Measures for the Registration and Administration of Data Intellectual Property’ (the Shenzhen Measures), the ‘Zhejiang Province Measures for the Registration of Data Intellectual Property (Trial)’ (the Zhejiang Measures)",
        supports: ['name', 'kind'],
      },
      {
        url: 'http://news.zgyww.cn/system/2023/08/12/010254861.shtml',
        title: '中国义乌网',
        quote:
          '我省在全国首批开展数据知识产权制度改革试点工作,出台了《浙江省数据知识产权登记办法(试行)》,明确了数据知识产权的登记对象,是指依法收集、经过一定算法加工、具有实用价值和智力成果属性,处于未公开状态的数据集合。',
        supports: ['nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
];
