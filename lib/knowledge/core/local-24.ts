import type { CoreInstrument } from './types';

/**
 * Provincial and municipal data, big-data, digital-economy and cybersecurity laws and government
 * rules that Chinese pages on data law cite beside the ones the graph held: the big data laws of
 * Tianjin, Hainan, Anhui and Shanxi; the data regulations of Suzhou, Hubei and Hunan; the digital
 * economy regulations of the Hainan Free Trade Port and Inner Mongolia and Wuxi's digital
 * transformation regulations; Hunan's cybersecurity and informatisation regulations; and the public
 * and government data rules of Shanghai (public data and “one-stop service”), Zhejiang (open public
 * data and security), Jiangxi, Fujian, Anhui, Hainan, Jinan and Tianjin.
 */
export const CORE_LOCAL_24: CoreInstrument[] = [
  // ───────────── Tianjin big data regulations (2018) ─────────────
  {
    id: 'document:tianjin-regulations-on-promoting-big-data-development-and-application',
    name: 'Tianjin Regulations on Promoting the Development and Application of Big Data',
    nameZh: '天津市促进大数据发展应用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2018-12-14',
    effective: '2019-01-01',
    summary:
      "Tianjin's law on big data: the sharing and opening of government data, social data, development and application, safeguards and data security.",
    sources: [
      {
        url: 'https://kim-controls.com/dsjyy/155739.shtml',
        title: 'kim-controls.com (网信天津 report)',
        quote:
          '天津市第十七届人民代表大会常务委员会第七次会议表决通过了《天津市促进大数据发展应用条例》,该条例自2019年1月1日起施行。\n《天津市促进大数据发展应用条例》是天津市开展的创制性立法,共八章五十七条,包括总则、政务数据、社会数据、开发应用、保障措施、数据安全、法律责任、附则。',
        supports: ['name', 'nameZh', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%A4%A9%E6%B4%A5%E5%B8%82%E4%BF%83%E9%80%B2%E5%A4%A7%E6%95%B8%E6%93%9A%E7%99%BC%E5%B1%95%E5%A5%97%E7%94%A8%E6%A2%9D%E4%BE%8B',
        title: 'newton.com.tw (wiki)',
        quote:
          '《條例》於2018年12月14日天津市第十七屆人大常務委員會第七次會議通過,共八章五十七條自2019年1月1日起施行。',
        supports: ['kind', 'status', 'adopted', 'effective'],
      },
      {
        url: 'http://tj.sina.com.cn/news/2020-03-26/detail-iimxxsth1811849.shtml?from=tj_cnxh',
        title: '新浪天津',
        quote: '为深入贯彻落实《天津市促进大数据发展应用条例》,进一步夯实大数据发展应用基础',
        supports: ['name', 'nameZh'],
      },
    ],
  },
  // ───────────── Hainan big data regulations (2019) ─────────────
  {
    id: 'document:hainan-big-data-development-and-application-regulations',
    name: 'Hainan Province Big Data Development and Application Regulations',
    nameZh: '海南省大数据开发应用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2019-09-27',
    effective: '2019-11-01',
    summary: "Hainan's local law on big data in six chapters: development and sharing, industry promotion, data security and protection, and legal liability, covering collection, aggregation, storage, management and open sharing.",
    sources: [
      {
        url: 'http://www.hainan.gov.cn/hainan/hfgjd/201911/9576ddcf1c66403dbc4f0798debc73d9.shtml',
        title: 'Hainan Provincial People’s Government (海南日报)',
        quote:
          '《海南省大数据开发应用条例》11月1日正式实施\n2019-11-01 08:06 … 今年9月27日,海南省第六届人民代表大会常务委员会第十四次会议审议通过了《海南省大数据开发应用条例》。《条例》分为六章,共五十七条,从总则、大数据开发与共享、大数据开发与产业促进、数据安全与保护、法律责任等方面做出规定,覆盖了大数据采集、汇聚、存储、管理、开放共享等各个环节。',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Anhui big data regulations (2021) ─────────────
  {
    id: 'document:anhui-big-data-development-regulations',
    name: 'Anhui Province Big Data Development Regulations',
    nameZh: '安徽省大数据发展条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-03-26',
    promulgated: '2021-03-29',
    effective: '2021-05-01',
    summary:
      "Anhui's law on big data: gathering and integrating data resources, their development and application, security management and measures promoting big data, with a Jianghuai big data centre platform.",
    sources: [
      {
        url: 'http://www.bolans.com.cn/ihtml/a101934.html',
        title: 'bolans.com.cn (安徽省人大常委会公告第41号)',
        quote:
          '安徽省人民代表大会常务委员会公告\n\n(41号)\n\n《安徽省大数据发展条例》已经2021年3月26日安徽省第十三届人民代表大会常务委员会第二十六次会议通过,现予公布,自2021年5月1日起施行。\n\n安徽省人大常委会\n\n2021年3月29日',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://m.ibicn.com/zixun/news/d1413146.html',
        title: 'ibicn.com',
        quote:
          '3月26日下午,安徽省十三届人大常委会第二十六次会议表决通过了《安徽省大数据发展条例》(下称《条例》),该条例将于5月1日起实施。\n《条例》着眼于大数据的特征及其对经济发展、社会治理、行政管理、人民生活等方面产生的影响,从数据资源的归集整合、开发应用、安全管理和促进大数据发展的相关措施等方面进行规范。值得关注的是,安徽将构建江淮大数据中心平台',
        supports: ['nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
  // ───────────── Shanxi big data regulations (2020) ─────────────
  {
    id: 'document:shanxi-big-data-development-and-application-promotion-regulations',
    name: 'Shanxi Province Big Data Development and Application Promotion Regulations',
    nameZh: '山西省大数据发展应用促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2020-05-15',
    effective: '2020-07-01',
    summary:
      "Shanxi's law promoting the development and application of big data as a factor of production, with the provincial industry and information technology department in charge.",
    sources: [
      {
        url: 'https://freewechat.com/a/MzU4NDcyMjM0Nw==/2247486032/8',
        title: 'freewechat.com (山西省人民代表大会)',
        quote:
          '今日,省十三届人大常委会第十八次会议通过《山西省大数据发展应用促进条例》,条例对各单位的职责、政策内容及规定措施做出具体要求,并将于7月1日起施行 … 山西省大数据发展应用促进条例(2020年5月15日山西省第十三届人民代表大会常务委员会第十八次会议通过)',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted'],
      },
      {
        url: 'https://hfnxjk.com/bigdata/news/564858.html',
        title: 'hfnxjk.com',
        quote:
          '《山西省大數據發展應用促進條例》已由山西省第十三屆人民代表大會常務委員會第十八次會議于2020年5月15日通過,現予公布,自2020年7月1日起施行。',
        supports: ['nameZh', 'kind', 'adopted', 'effective'],
      },
      {
        url: 'https://m.ruilaw.cn/fagui/102931.html',
        title: 'ruilaw.cn',
        quote:
          '(2020年5月15日山西省第十三届人民代表大会常务委员会第十八次会议通过)\n第一条 为了发挥数据生产要素的作用,培育壮大新兴产业,推动经济社会各领域的数字化、网络化、智能化发展,促进高质量转型发展 … 第五条 省人民政府工业和信息化主管部门负责全省大数据发展应用的统筹推进、指导协调和监督管理工作',
        supports: ['kind', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Hainan Free Trade Port digital economy regulations (2024) ─────────────
  {
    id: 'document:hainan-ftp-digital-economy-promotion-regulations',
    name: 'Hainan Free Trade Port Digital Economy Promotion Regulations',
    nameZh: '海南自由贸易港数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2024-11-29',
    effective: '2024-12-01',
    summary:
      'Hainan Free Trade Port law promoting digital industrialisation and the digitalisation of industry, made under the Hainan Free Trade Port Law.',
    relations: [{ type: 'based_on', target: 'document:hainan-free-trade-port-law', source: 0 }],
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E6%B5%B7%E5%8D%97%E8%87%AA%E7%94%B1%E8%B2%BF%E6%98%93%E6%B8%AF%E6%95%B8%E5%AD%97%E7%B6%93%E6%BF%9F%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/64437329',
        title: 'newton.com.tw (wiki)',
        quote:
          '海南省人民代表大會常務委員會\n公告第50號\n《海南自由貿易港數字經濟促進條例》已由海南省第七屆人民代表大會常務委員會第十四次會議於2024年11月29日通過,現予公布,自2024年12月1日起施行。 … 第一條 為了推進數字產業化和產業數位化,打造具有國際競爭力的數字產業集群,促進數字經濟高質量發展,加快培育和發展新質生產力,建設開放型數字經濟創新高地,根據《中華人民共和國海南自由貿易港法》等有關法律、法規',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://rdlz.hainanpc.gov.cn/eportal/ui?articleKey=e5f172ed27754d22856f3d0cdbdf4484&columnId=b9f4f70c29c042d19304971c3366ce9c&pageId=30ceb0a2677d41b09cb02454736a37d1',
        title: 'Hainan Provincial People’s Congress',
        quote:
          '《海南自由贸易港数字经济促进条例(草案)》已经省七届人大常委会第十三次会议初次审议。',
        supports: ['nameZh', 'kind'],
      },
    ],
  },
  // ───────────── Hainan public data resources measures (2025) ─────────────
  {
    id: 'document:hainan-measures-for-promoting-development-and-utilization-of-public-data-resources',
    name: 'Hainan Province Measures for Promoting the Development and Utilization of Public Data Resources',
    nameZh: '海南省促进公共数据资源开发利用办法',
    kind: 'local_government_rule',
    status: 'final',
    promulgated: '2025-12-03',
    effective: '2026-02-01',
    summary:
      'Hainan government rules on the gathering, sharing, opening and authorised operation of public data held by public administration and service bodies.',
    sources: [
      {
        url: 'https://csrcare.com/Law/Show?id=235521',
        title: 'csrcare.com (海南省人民政府令第337号)',
        quote:
          '海南省促进公共数据资源开发利用办法\n海南省人民政府令\n(第337号)\n《海南省促进公共数据资源开发利用办法》已经2025年11月25日第八届海南省人民政府第78次常务会议审议通过,现予公布,自2026年2月1日起施行。\n省 长 刘小明\n2025年12月3日',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://csrcare.com/Law/Show?id=235521',
        title: 'csrcare.com (海南省人民政府令第337号)',
        quote:
          '第二条 本省行政区域内行政机关、具有公共事务管理和公共服务职能的事业单位、法定机构(以下统称公共管理和服务机构)实施公共数据的汇聚、共享、开放、授权运营等活动,适用本办法。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Shanghai public data and one-stop service measures (2018) ─────────────
  {
    id: 'document:shanghai-measures-for-public-data-and-one-stop-government-services',
    name: 'Shanghai Municipality Measures for the Administration of Public Data and One-Stop Government Services',
    nameZh: '上海市公共数据和一网通办管理办法',
    zhShortNames: ['沪府令9号'],
    kind: 'local_government_rule',
    status: 'final',
    issuers: ['shanghai-municipal-government'],
    promulgated: '2018-09-30',
    effective: '2018-11-01',
    summary:
      'Shanghai government rules on the planning, building, use and security of public data and the “one-stop” online government service.',
    sources: [
      {
        url: 'https://www.ushui.net/law/v?id=v79f3c1v0102114ddf5bf96423acd75d16539811dc9e7560f7d0&title=%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%85%AC%E5%85%B1%E6%95%B0%E6%8D%AE%E5%92%8C%E4%B8%80%E7%BD%91%E9%80%9A%E5%8A%9E%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95',
        title: 'ushui.net',
        quote:
          '上海市公共数据和一网通办管理办法\n(2018年9月30日上海市人民政府令第9号公布 自2018年11月1日起施行)',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://jendow.com.tw/wiki/%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%85%AC%E5%85%B1%E6%95%B8%E6%93%9A%E5%92%8C%E4%B8%80%E7%B6%B2%E9%80%9A%E8%BE%A6%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95',
        title: 'jendow.com.tw (wiki)',
        quote:
          '上海市人民政府令第9號\n《上海市公共數據和一網通辦管理辦法》已經2018年9月26日市政府第26次常務會議通過,現予公布,自2018年11月1日起施行。 … 第二條(適用範圍)\n本市行政區域內公共數據和“一網通辦”工作的規劃、建設、運維、套用、安全保障和監督考核等管理活動,適用本辦法。',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.360docs.net/doc/4e14967997.html',
        title: '360docs.net (沪经信推〔2019〕506号)',
        quote: '根据《上海市公共数据和一网通办管理办法》(沪府令9号)有关要求',
        supports: ['nameZh', 'zhShortNames'],
      },
    ],
  },
  // ───────────── Zhejiang open public data and security measures (2020) ─────────────
  {
    id: 'document:zhejiang-interim-measures-for-open-public-data-and-security-management',
    name: 'Zhejiang Province Interim Measures for the Opening and Security Management of Public Data',
    nameZh: '浙江省公共数据开放与安全管理暂行办法',
    kind: 'local_government_rule',
    status: 'final',
    effective: '2020-08-01',
    summary:
      "China's first province-wide rules on opening public data (after Shanghai's): open, restricted and prohibited categories, the big data bureau's role and data security.",
    sources: [
      {
        url: 'http://www.zj.gov.cn/art/2020/6/17/art_1229107068_49591756.html',
        title: 'Zhejiang Provincial People’s Government (浙江新闻客户端)',
        quote:
          '今天,《浙江省公共数据开放与安全管理暂行办法》(以下简称《办法》)正式公开发布。该《办法》于6月4日上午在省政府第44次常务会议审议通过,并将于2020年8月1日起正式施行。\n\n\n《办法》是继上海之后的全国第二部公共数据开放地方立法,也是全国首部省域公共数据开放立法',
        supports: ['name', 'nameZh', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'http://www.zj.gov.cn/art/2020/6/17/art_1229107068_49591756.html',
        title: 'Zhejiang Provincial People’s Government (浙江新闻客户端)',
        quote:
          '首次明确了大数据局主管部门法定地位和相应的责任,并特别规定了专家委员会制度。 … 根据数据开放的风险程度,将数据分为无条件开放、受限开放、禁止开放三类',
        supports: ['summary'],
      },
      {
        url: 'http://www.echinagov.com/policy/287565.htm',
        title: 'echinagov.com (温州市公共数据共享开放管理暂行办法)',
        quote: '《浙江省公共数据开放与安全管理暂行办法》(省政府令第381号)',
        supports: ['nameZh', 'kind'],
      },
    ],
  },
  // ───────────── Suzhou data regulations (2022) ─────────────
  {
    id: 'document:suzhou-data-regulations',
    name: 'Suzhou Data Regulations',
    nameZh: '苏州市数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-10-28',
    effective: '2023-03-01',
    summary:
      "Suzhou's law on data processing, data resources, development and application, the data element market, promotion and data security, made under the Jiangsu digital economy regulations among others.",
    relations: [{ type: 'based_on', target: 'document:jiangsu-digital-economy-promotion-regulations', source: 0 }],
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E8%98%87%E5%B7%9E%E5%B8%82%E6%95%B8%E6%93%9A%E6%A2%9D%E4%BE%8B/62725157',
        title: 'newton.com.tw (wiki)',
        quote:
          '根據《中華人民共和國數據安全法》《中華人民共和國個人信息保護法》《江蘇省數字經濟促進條例》等法律、法規,結合本市實際,制定的條例。\n\n2022年10月28日,蘇州市第十七屆人民代表大會常務委員會第四次會議通過《蘇州市數據條例》,自2023年3月1日起施行。',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'relations'],
      },
      {
        url: 'https://m.1wenmi.com/doc/131876.html',
        title: '1wenmi.com',
        quote:
          '苏州市数据条例(2022年10月28日苏州市第十七届人民代表大会常务委员会第四次会议通过2022年11月25日江苏省第十三届人民代表大会常务委员会第三十三次会议批准)目录第一章总则第二章数据资源第三章发展和应用第四章数据要素市场第五章促进和保障第六章数据安全第七章法律责任',
        supports: ['nameZh', 'kind', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Hunan cybersecurity and informatisation regulations (2021) ─────────────
  {
    id: 'document:hunan-cybersecurity-and-informatization-regulations',
    name: 'Hunan Province Cybersecurity and Informatization Regulations',
    nameZh: '湖南省网络安全和信息化条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-12-03',
    effective: '2022-01-01',
    summary:
      "Hunan's law on safeguarding network security and promoting informatisation, with the cyberspace affairs departments coordinating and supervising.",
    sources: [
      {
        url: 'http://rdfzl.org.cn/show-13795.html',
        title: 'rdfzl.org.cn (湖南人大网)',
        quote:
          '湖南省网络安全和信息化条例\n\n  (2021年12月3日湖南省第十三届人民代表大会\n\n  常务委员会第二十七次会议通过) … 第二条本省行政区域内的网络安全保障和信息化促进等活动适用本条例。 … 第五条县级以上负责网络安全和信息化工作的部门(以下简称网信部门)负责本行政区域网络安全和信息化统筹协调、督促落实和相关监督管理工作。',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E6%B9%96%E5%8D%97%E7%9C%81%E7%B6%B2%E8%B7%AF%E5%AE%89%E5%85%A8%E5%92%8C%E4%BF%A1%E6%81%AF%E5%8C%96%E6%A2%9D%E4%BE%8B/59378390',
        title: 'newton.com.tw (wiki)',
        quote:
          '2021年12月3日,湖南省第十三屆人民代表大會常務委員會第二十七次會議通過《湖南省網路安全和信息化條例》,條例自2022年1月1日起施行。',
        supports: ['kind', 'status', 'adopted', 'effective'],
      },
    ],
  },
  // ───────────── Jinan public data opening and utilisation measures (2024) ─────────────
  {
    id: 'document:jinan-measures-for-open-public-data-utilization',
    name: 'Jinan Measures for the Administration of the Opening and Utilization of Public Data',
    nameZh: '济南市公共数据开放利用管理办法',
    zhShortNames: ['济南市人民政府令第291号'],
    kind: 'local_government_rule',
    status: 'final',
    promulgated: '2024-09-04',
    effective: '2024-11-01',
    summary:
      'Jinan government rules promoting and regulating the opening and use of public data, made under the Data Security Law and the Shandong big data regulations.',
    relations: [{ type: 'based_on', target: 'document:shandong-big-data-development-promotion-regulations', source: 0 }],
    sources: [
      {
        url: 'https://cnpre.com/sadclist/lawsshow_pi.php?id=15020',
        title: 'cnpre.com',
        quote:
          '济南市公共数据开放利用管理办法\n(2024年9月4日济南市人民政府令第291号公布自2024年11月1日起施行)\n第一条为了促进和规范本市公共数据开放利用,提升社会治理能力和公共服务水平,推动数字经济发展,根据《中华人民共和国数据安全法》《山东省大数据发展促进条例》等法律、法规,结合本市实际,制定本办法。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'effective', 'summary', 'relations'],
      },
    ],
  },
  // ───────────── Jiangxi public data measures (2022) ─────────────
  {
    id: 'document:jiangxi-public-data-management-measures',
    name: 'Jiangxi Province Measures for the Administration of Public Data',
    nameZh: '江西省公共数据管理办法',
    zhShortNames: ['江西省政府令第254号'],
    kind: 'local_government_rule',
    status: 'final',
    promulgated: '2022-01-12',
    effective: '2022-03-01',
    summary:
      'Jiangxi provincial government rules (Order No. 254) on the opening, sharing, use and security management of public data.',
    sources: [
      {
        url: 'https://www.gov.cn/zhengce/2022-01/12/content_5719301.htm',
        title: 'gov.cn (江西省人民政府网站)',
        quote:
          '来源: 江西省人民政府网站 … 江西省公共数据管理办法\n\n(2022年1月12日江西省政府令第254号公布 自2022年3月1日起施行) … 第二条 本省行政区域内公共数据开放、共享、利用与安全管理(以下统称公共数据管理)等活动,适用本办法。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E6%B1%9F%E8%A5%BF%E7%9C%81%E5%85%AC%E5%85%B1%E6%95%B8%E6%93%9A%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/61736480',
        title: 'newton.com.tw (wiki)',
        quote:
          '2022年1月12日,江西省政府令第254號公布《江西省公共數據管理辦法》,共九章四十六條,自2022年3月1日起施行。',
        supports: ['nameZh', 'kind', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────── Tianjin public data resources opening measures (2020) ─────────────
  {
    id: 'document:tianjin-interim-measures-for-opening-of-public-data-resources',
    name: 'Tianjin Interim Measures for the Administration of the Opening of Public Data Resources',
    nameZh: '天津市公共数据资源开放管理暂行办法',
    kind: 'normative_document',
    status: 'final',
    summary:
      "Tianjin rules issued by the municipal cyberspace office with the government's approval: public data resources are opened through the city's unified open platform under catalogue management.",
    relations: [{ type: 'based_on', target: 'document:tianjin-regulations-on-promoting-big-data-development-and-application', source: 1 }],
    sources: [
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2020-07/23/content_5529523.htm',
        title: 'gov.cn (新华社)',
        quote:
          '2020-07-23 18:54 來源: 新華社 … 經天津市人民政府同意,天津市互聯網信息辦公室近日印發《天津市公共數據資源開放管理暫行辦法》。\n\n辦法明確,以天津市已上線的天津市信息資源統一開放平臺為公共數據資源獲取渠道,實行目錄管理',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://data.tj.gov.cn/kfzc/bd8e5ed73dba4b9f84da03a47eb275c3.htm',
        title: 'Tianjin public data open platform (data.tj.gov.cn)',
        quote:
          '依据《天津市促进大数据发展应用条例》等法律法规的相关规定,结合本市实际,制定本办法。\n第二条 本市行政区域内公共数据资源开放及相关活动,适用本办法。',
        supports: ['relations', 'summary'],
      },
    ],
  },
  // ───────────── Wuxi digital transformation regulations (2023) ─────────────
  {
    id: 'document:wuxi-digital-transformation-promotion-regulations',
    name: 'Wuxi Digital Transformation Promotion Regulations',
    nameZh: '无锡市数字化转型促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2023-04-26',
    summary:
      'Wuxi’s local regulation promoting digital transformation, billed as China’s first local law on digital transformation.',
    sources: [
      {
        url: 'http://ehuigong.net/doc/2023/06/19/3990252.shtml',
        title: 'ehuigong.net (无锡市人民代表大会常务委员会)',
        quote:
          '無錫市數字化轉型促進條例 |\n(2023年4月26日無錫市第十七屆人民代表大會常務委員會第十一次會議通過\n2023年5月31日江蘇省第十四屆人民代表大會常務委員會第三次會議批準)',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted'],
      },
      {
        url: 'http://szb.wxrb.com/content/202306/30/content_145922.html',
        title: '无锡日报',
        quote:
          '7月1日,《无锡市数字化转型促进条例》将正式施行,作为全国首部数字化转型的地方性法规,《条例》总结、提升、固化“数字无锡”建设成功经验',
        supports: ['nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://rd.wuxi.gov.cn/doc/2022/12/07/3843471.shtml',
        title: 'Wuxi Municipal People’s Congress',
        quote: '《无锡市数字化转型促进条例(草案)》已由无锡市第十七届人民代表大会常务委员会第八次会议进行了初次审议。',
        supports: ['nameZh', 'kind'],
      },
    ],
  },
  // ───────────── Inner Mongolia digital economy regulations (2024) ─────────────
  {
    id: 'document:inner-mongolia-digital-economy-promotion-regulations',
    name: 'Inner Mongolia Autonomous Region Digital Economy Promotion Regulations',
    nameZh: '内蒙古自治区数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2024-05-30',
    summary:
      'Inner Mongolia\'s regulations promoting the healthy development of the digital economy and its deep integration with the real economy.',
    sources: [
      {
        url: 'https://m.9pinw.com/law_f117047.html',
        title: '9pinw.com',
        quote:
          '内蒙古自治区数字经济促进条例\n\n2024-10-28 来源:法律法规库 热度:83℃\n\n(2024年5月30日内蒙古自治区第十四届人民代表大会常务委员会第十次会议通过)',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%85%A7%E8%92%99%E5%8F%A4%E8%87%AA%E6%B2%BB%E5%8D%80%E6%95%B8%E5%AD%97%E7%B6%93%E6%BF%9F%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/64495879',
        title: 'newton.com.tw (wiki)',
        quote:
          '內蒙古自治區數字經濟促進條例\n第一章 總 則\n第一條 為了促進\n數字經濟健康發展,推動數字經濟與實體經濟深度融合,構建現代化產業體系,培育新質生產力,促進經濟社會高質量發展',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ───────────── Hubei data regulations (2025) ─────────────
  {
    id: 'document:hubei-data-regulations',
    name: 'Hubei Province Data Regulations',
    nameZh: '湖北省数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2025-07-31',
    effective: '2025-10-01',
    summary: "Hubei's basic law on data: data rights, resources, circulation and trading, the data industry and data security.",
    sources: [
      {
        url: 'http://www.ctzrzz.org.cn/a/index/5935.html',
        title: '楚天主人 (湖北省人大法制委员会)',
        quote:
          '以法治之力为支点建设注入数据动能 ——《湖北省数据条例》解读\n2025年第8期 —— 立法经纬 作者:省人大法制委员会\n\n7月31日,省十四届人大常委会第十九次会议表决通过了《湖北省数据条例》,自2025年10月1日起施行。条例是我省数据领域的基础性法规',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.hppc.gov.cn/rdgz/zyfb/tzgg/1905068133396762626.html',
        title: 'Hubei Provincial People’s Congress (draft)',
        quote:
          '湖北省数据条例(草案)\n\n来源:湖北人大网   时间:2025-03-27 09:16 … 第二章 数据权益保护\n\n第三章 数据资源管理\n\n第四章 数据流通交易\n\n第五章 数据产业和应用\n\n第六章 数据安全',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ───────────── Hunan data regulations (2025) ─────────────
  {
    id: 'document:hunan-data-regulations',
    name: 'Hunan Province Data Regulations',
    nameZh: '湖南省数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2025-09-26',
    summary:
      "Hunan's law on data rights, resource management, sharing and opening, circulation and trading, the data industry and data security.",
    sources: [
      {
        url: 'https://www.hulianhutongshequ.cn/detail/08c19b08e79247349aedacb097f8494a',
        title: 'hulianhutongshequ.cn',
        quote:
          '湖南省数据条例  \n\n发布时间:2025-10-03 11:22:48.0\n\n(2025年9月26日湖南省第十四届人民代表大会常务委员会第十八次会议通过) … 第二条 本省行政区域内数据权益保护、资源管理、共享开放、开发利用、流通交易、产业发展、要素应用、安全与保障等活动,适用本条例。',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'summary'],
      },
      {
        url: 'http://www.longbang024.com/law/law_view.asp?id=784538',
        title: 'longbang024.com',
        quote:
          '湖南省數據條例\n(2025年9月26日湖南省第十四屆人民代表大會常務委員會第十八次會議通過)',
        supports: ['nameZh', 'kind', 'adopted'],
      },
    ],
  },
  // ───────────── Fujian government data measures (2016) ─────────────
  {
    id: 'document:fujian-government-data-management-measures',
    name: 'Fujian Province Measures for the Administration of Government Data',
    nameZh: '福建省政务数据管理办法',
    kind: 'local_government_rule',
    status: 'final',
    adopted: '2016-10-09',
    promulgated: '2016-10-15',
    effective: '2016-10-15',
    summary:
      'Fujian government rules on collecting, registering, pooling, sharing and opening government data, treated as state-owned assets.',
    sources: [
      {
        url: 'http://xxzx.fujian.gov.cn/bmzy/zfwzc/xxhzcfg/201610/t20161024_713866.htm',
        title: 'Fujian Provincial Government (省政府令第178号)',
        quote:
          '福建省政务数据管理办法\n省政府令第178号\n来源:福建省人民政府门户网站 时间:2016-10-21 17:04\n\n  《福建省政务数据管理办法》已经2016年10月9日省人民政府第71次常务会议通过,现予公布,自公布之日起施行。 … 省 长 于伟国\n\n  2016年10月15日',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://xxzx.fujian.gov.cn/bmzy/zfwzc/xxhzcfg/201610/t20161024_713866.htm',
        title: 'Fujian Provincial Government (省政府令第178号)',
        quote:
          '第二条 在本省行政区域内从事政务数据采集处理、登记汇聚、共享服务、开放开发及其相关管理活动,适用本办法。 … 第三条 政务数据资源属于国家所有,纳入国有资产管理',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Anhui government data resources measures (2020) ─────────────
  {
    id: 'document:anhui-government-data-resources-management-measures',
    name: 'Anhui Province Measures for the Administration of Government Data Resources',
    nameZh: '安徽省政务数据资源管理办法',
    zhShortNames: ['安徽省人民政府令第299号'],
    kind: 'local_government_rule',
    status: 'final',
    adopted: '2020-12-22',
    promulgated: '2020-12-30',
    effective: '2021-03-01',
    summary:
      'Anhui government rules on collecting, pooling, storing, sharing and using government data resources to build a digital government.',
    sources: [
      {
        url: 'https://qinglite.cn/doc/795466f8bb7d64744',
        title: 'qinglite.cn',
        quote:
          '安徽省政务数据资源管理办法\n(2020年12月30日安徽省人民政府令第299号公布 自2021年3月1日起施行) … 第二条 本办法适用于本省行政区域内政务数据资源的采集、归集、存储、提供、共享、应用及其管理活动。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://newton.com.tw/wiki/%E5%AE%89%E5%BE%BD%E7%9C%81%E6%94%BF%E5%8B%99%E6%95%B8%E6%93%9A%E8%B3%87%E6%BA%90%E7%AE%A1%E7%90%86%E8%BE%A6%E6%B3%95/58090824',
        title: 'newton.com.tw (wiki)',
        quote:
          '《安徽省政務數據資源管理辦法》旨在規範政務數據資源管理和推進政務信息系統互聯互通和政務數據歸集、共享、套用,建設數字政府及提升政府治理能力和公共服務水平;2020年12月22日省政府第125次常務會議通過,2020年12月30日公布,共八章四十六條,自2021年3月1日起施行。',
        supports: ['nameZh', 'kind', 'adopted', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
];
