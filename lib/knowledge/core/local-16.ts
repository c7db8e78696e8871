import type { CoreInstrument } from './types';

/**
 * Provincial and municipal data, big-data and digital-economy laws of 2021–2025 that complete the
 * set the graph held (the Shenzhen, Shanghai, Jiangsu, Sichuan, Chongqing, Zhejiang, Guangdong,
 * Guangzhou, Beijing, Anhui and Guizhou laws were there already): the digital economy promotion
 * regulations of Jiangsu, Hebei, Henan, Shanxi, Shandong (2025), Hunan, Heilongjiang and
 * Shijiazhuang and Hubei's government measures (湖北省人民政府令第427号); the big data regulations of
 * Shandong, Heilongjiang, Fujian, Liaoning, Shaanxi, Guangxi and Jilin; the Xiamen SEZ data
 * regulations; Jiangxi's data application regulations; and Guizhou's data circulation and trading
 * regulations and its measures on authorised operation of public data.
 */
export const CORE_LOCAL_16: CoreInstrument[] = [
  // ───────────── Jiangsu digital economy promotion regulations (2022) ─────────────
  {
    id: 'document:jiangsu-digital-economy-promotion-regulations',
    name: 'Jiangsu Province Digital Economy Promotion Regulations',
    nameZh: '江苏省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-05-31',
    effective: '2022-08-01',
    summary:
      "Jiangsu's law promoting the digital economy: digital technology innovation, digital infrastructure, digital industrialisation and the digitalisation of industry, digital governance and services, and the use and protection of data.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E6%B1%9F%E8%98%87%E7%9C%81%E6%95%B8%E5%AD%97%E7%B6%93%E6%BF%9F%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/61281218',
        title: 'newton.com.tw (wiki)',
        quote:
          '2022年,《江蘇省數字經濟促進條例》將於8月1日施行的條例,圍繞數字產業化和產業數位化兩大焦點進行重點規範 … 江蘇省數字經濟促進條例\n(2022年5月31日江蘇省第十三屆人民代表大會常務委員會第三十次會議通過)\n目 錄\n第一章 總則\n第二章 數位技術創新\n第三章 數字基礎設施建設\n第四章 數字產業化\n第五章 產業數位化\n第六章 治理和服務數位化\n第七章 數據利用和保護',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://ja.chinastockmarketnews.com/post/834626.html',
        title: 'chinastockmarketnews.com (科技日報)',
        quote: '江蘇省人民代表大会は31日、2022年8月1日から施行される「江蘇省デジタル経済促進条例」(以下「条例」と略称する)を発表した。',
        supports: ['effective'],
      },
    ],
  },
  // ───────────── Hebei digital economy promotion regulations (2022) ─────────────
  {
    id: 'document:hebei-digital-economy-promotion-regulations',
    name: 'Hebei Province Digital Economy Promotion Regulations',
    nameZh: '河北省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-05-27',
    effective: '2022-07-01',
    summary:
      "Hebei's law promoting the digital economy (nine chapters, 81 articles): digital infrastructure, the use of data resources, digital industries, digital governance and Beijing–Tianjin–Hebei cooperation on the digital economy.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E6%B2%B3%E5%8C%97%E7%9C%81%E6%95%B8%E5%AD%97%E7%B6%93%E6%BF%9F%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/61226722',
        title: 'newton.com.tw (wiki)',
        quote:
          '《河北省數字經濟促進條例》由河北省十三屆人大常委會第三十次會議於2022年5月27日表決通過,自2022年7月1日起施行。\n\n條例共九章81條,圍繞數字基礎設施建設、數據資源開發利用、數字產業化、產業數位化、數位化治理、京津冀數字經濟協同發展、保障和監督等方面作出規範。',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Henan digital economy promotion regulations (2021) ─────────────
  {
    id: 'document:henan-digital-economy-promotion-regulations',
    name: 'Henan Province Digital Economy Promotion Regulations',
    nameZh: '河南省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-12-28',
    effective: '2022-03-01',
    summary:
      "Henan's law promoting the digital economy to build a strong digital-economy province, with the development and reform departments as the competent authorities for the digital economy.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E6%B2%B3%E5%8D%97%E7%9C%81%E6%95%B8%E5%AD%97%E7%B6%93%E6%BF%9F%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/59797018',
        title: 'newton.com.tw (wiki)',
        quote:
          '河南省第十三屆人民代表大會常務委員會公告\n第78號\n《河南省數字經濟促進條例》已經河南省第十三屆人民代表大會常務委員會第二十九次會議於2021年12月28日審議通過,現予公布,自2022年3月1日起施行。',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective'],
      },
      {
        url: 'http://www.e-gov.org.cn/article-179737.html',
        title: '电子政务网',
        quote:
          '河南省数字经济促进条例\n来源:电子政务网 更新时间:2022-01-18\n\n(2021年12月28日河南省第十三届人民代表大会常务委员会第二十九次会议通过)\n\n\n第一章 总则\n第一条 为了促进数字经济发展,全面建设数字经济强省,推动经济社会高质量发展 … 第五条 县级以上人民政府发展改革部门是数字经济的主管部门,负责组织、协调、推进数字经济发展工作。',
        supports: ['nameZh', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Shanxi digital economy promotion regulations (2022) ─────────────
  {
    id: 'document:shanxi-digital-economy-promotion-regulations',
    name: 'Shanxi Province Digital Economy Promotion Regulations',
    nameZh: '山西省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-12-09',
    effective: '2023-01-01',
    summary:
      "Shanxi's law promoting the digital economy and its deep integration with the real economy, led by the provincial competent department for the digital economy.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E5%B1%B1%E8%A5%BF%E7%9C%81%E6%95%B8%E5%AD%97%E7%B6%93%E6%BF%9F%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/62436484',
        title: 'newton.com.tw (wiki)',
        quote:
          '2022年12月9日,山西省十三屆人大常委會第三十八次會議表決通過《山西省數字經濟促進條例》,山西省人民代表大會常務委員會公告第一百二十六號予以公布,自2023年1月1日起施行。 … 第一條 為了促進數字經濟發展,加快數字經濟與實體經濟深度融合,建設數字經濟強省,全方位推動高質量發展 … 第四條省人民政府數字經濟主管部門負責數字經濟發展工作的組織、協調和推進',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Shandong big data development promotion regulations (2021) ─────────────
  {
    id: 'document:shandong-big-data-development-promotion-regulations',
    name: 'Shandong Province Big Data Development Promotion Regulations',
    nameZh: '山东省大数据发展促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-09-30',
    effective: '2022-01-01',
    summary:
      "Shandong's law implementing the national big data strategy: infrastructure, data resources, development and application, security protection and promotion measures.",
    sources: [
      {
        url: 'https://www.newton.com.tw/wiki/%E5%B1%B1%E6%9D%B1%E7%9C%81%E5%A4%A7%E6%95%B8%E6%93%9A%E7%99%BC%E5%B1%95%E4%BF%83%E9%80%B2%E6%A2%9D%E4%BE%8B/58741220',
        title: 'newton.com.tw (wiki)',
        quote:
          '2021年9月30日,山東省十三屆人大常委會第三十次會議審議通過《山東省大數據發展促進條例》,自2022年1月1日起施行。 … 第一章 總則\n第二章 基礎設施\n第三章 數據資源\n第四章 發展套用\n第五章 安全保護\n第六章 促進措施 … 第一條 為了全面實施國家大數據戰略',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Shandong digital economy promotion regulations (2025) ─────────────
  {
    id: 'document:shandong-digital-economy-promotion-regulations',
    name: 'Shandong Province Digital Economy Promotion Regulations',
    nameZh: '山东省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2025-11-20',
    summary:
      "Shandong's law promoting the digital economy: digital infrastructure, digital technology innovation, digital industries, turning data into value, digital governance and services, and digital-economy security.",
    sources: [
      {
        url: 'http://www.03164.cn/law/law_view.asp?id=787047',
        title: '03164.cn (法律图书馆 mirror)',
        quote:
          '山東省數字經濟促進條例\n(2025年11月20日山東省第十四屆人民代表大會常務委員會第十八次會議通過)\n目 錄\n第一章 總則\n第二章 數字基礎設施\n第三章 數字技術創新\n第四章 數字產業化\n第五章 產業數字化\n第六章 數據價值化\n第七章 治理服務數字化\n第八章 數字經濟安全',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Heilongjiang big data regulations (2022) ─────────────
  {
    id: 'document:heilongjiang-regulations-on-promoting-big-data-development-and-application',
    name: 'Heilongjiang Province Regulations on Promoting the Development and Application of Big Data',
    nameZh: '黑龙江省促进大数据发展应用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-05-13',
    effective: '2022-07-01',
    summary:
      "Heilongjiang's basic local law on big data: bringing data into play as a production factor, developing and applying big data, and keeping data secure.",
    sources: [
      {
        url: 'https://wxredian.com/art?id=f5ffed1163e7c7aef793a8697dc2aeaa',
        title: 'wxredian.com (WeChat article mirror)',
        quote:
          '2022年5月13日,黑龙江省十三届人大常委会第三十三次会议通过了《黑龙江省促进大数据发展应用条例》(以下简称条例),自2022年7月1日起施行。该条例是黑龙江省大数据领域的一部基础性地方法规',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://m.yzwku.com/doc/657823.html',
        title: '优知文库 (document mirror)',
        quote:
          '黑龙江省促进大数据发展应用条例(2022年5月13日黑龙江省第十三届人民代表大会常务委员会第三十三次会议通过)第一章总则第一条为了发挥数据要素作用,加快大数据发展应用,推动数字经济发展,创新社会治理模式,保障数据安全',
        supports: ['nameZh', 'adopted', 'summary'],
      },
    ],
  },
  // ───────────── Heilongjiang digital economy promotion regulations (2024) ─────────────
  {
    id: 'document:heilongjiang-digital-economy-promotion-regulations',
    name: 'Heilongjiang Province Digital Economy Promotion Regulations',
    nameZh: '黑龙江省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    effective: '2025-03-01',
    summary:
      'Heilongjiang’s law promoting the digital economy, to make it stronger, better and bigger and to build a modern industrial system.',
    sources: [
      {
        url: 'https://szb.rmdbw.cn/content/202412/31/content_29946.html',
        title: '人民代表报',
        quote:
          '日前,黑龙江省十四届人大常委会第十九次会议表决通过《黑龙江省数字经济促进条例》,自2025年3月1日起施行。条例对于贯彻落实党中央决策部署和黑龙江省委工作要求,以法治方式推动全省数字经济做强做优做大,加快构建现代化产业体系',
        supports: ['name', 'nameZh', 'kind', 'status', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Xiamen SEZ data regulations (2022) ─────────────
  {
    id: 'document:xiamen-special-economic-zone-data-regulations',
    name: 'Xiamen Special Economic Zone Data Regulations',
    nameZh: '厦门经济特区数据条例',
    kind: 'local_regulation',
    status: 'final',
    effective: '2023-03-01',
    summary:
      "Xiamen's data law, the second special economic zone data regulations after Shenzhen's: data circulation and use, data security management and the protection of rights in data, including authorised operation of public data.",
    sources: [
      {
        url: 'https://m.afzhan.com/News/detail/90787.html',
        title: '智慧城市网 (厦门人大)',
        quote:
          '近日,《厦门经济特区数据条例》经厦门市第十六届人民代表大会常务委员会第九次会议通过,自2023年3月1日起施行。这是继深圳特区之后,第二个发布数据条例的特区。\n该《条例》聚焦数据流通利用、数据安全管理、数据权益保护三大环节,在满足安全要求的前提下,厦门市将对公共数据授权运营、数据要素市场培育发展等进行必要探索',
        supports: ['name', 'nameZh', 'kind', 'status', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Fujian big data development regulations (2021) ─────────────
  {
    id: 'document:fujian-big-data-development-regulations',
    name: 'Fujian Province Big Data Development Regulations',
    nameZh: '福建省大数据发展条例',
    aliases: ['Fujian Regulations on the Promotion of the Development of Big Data'],
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-12-15',
    summary:
      "Fujian's law on big data: data resources, infrastructure, development and application, and data security.",
    sources: [
      {
        url: 'https://lvshidaquan.com/wenshudingzhi/k9amfpclqf.html',
        title: 'lvshidaquan.com (full text mirror)',
        quote:
          '福建省大数据发展条例\n第一章 总 则第一条 为了促进大数据有序健康发展,发挥数据生产要素作用,推进数字福建建设,根据有关法律、行政法规,结合本省实际,制定本条例。',
        supports: ['name', 'nameZh', 'kind', 'summary'],
      },
      {
        url: 'http://www.legoways.com/index.php?m=content&c=index&a=show&catid=83&id=4597',
        title: 'legoways.com (full text mirror)',
        quote: '(2021年12月15日福建省第十三屆人民代表大會\n常務委員會第三十次會議通過)\n目 錄\n第一章 總則\n第二章 數據資源\n第三章 基礎設施\n第四章 發展應用\n第五章 數據安全',
        supports: ['status', 'adopted', 'summary'],
      },
      {
        url: 'http://fdi.swt.fujian.gov.cn/en/show-10053.html',
        title: 'Fujian International Investment Promotion Center',
        quote:
          'On May 26, the Fujian Regulations on the Promotion of the Development of Big Data (Draft) was submitted to the Standing Committee of the Fujian Provincial People’s Congress for the First Hearing. … The Regulations explicitly classify the opening of public data into two types: universal opening and authorized opening',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────── Shaanxi big data regulations (2022) ─────────────
  {
    id: 'document:shaanxi-big-data-regulations',
    name: 'Shaanxi Province Big Data Regulations',
    nameZh: '陕西省大数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-09-29',
    effective: '2023-01-01',
    summary:
      'Shaanxi\'s regulations on managing data resources, regulating data processing, keeping data secure and applying big data in the economy, livelihoods and social governance.',
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E9%99%9D%E8%A5%BF%E7%9C%81%E5%A4%A7%E6%95%B8%E6%93%9A%E6%A2%9D%E4%BE%8B/62043778',
        title: 'newton.com.tw (wiki)',
        quote: '《陝西省大數據條例》是2022年9月29日陝西省十三屆人大常委會第三十六次表決通過的條例,自2023年1月1日起施行。',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective'],
      },
      {
        url: 'http://credit.shaanxi.gov.cn/317/11487364.html',
        title: '信用陕西 (Shaanxi government credit site)',
        quote:
          '第一条 为了加强数据资源管理,规范数据处理活动,保障数据安全,促进大数据在经济发展、民生改善、社会治理中的应用,加快数字陕西建设',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Guangxi big data development regulations (2022) ─────────────
  {
    id: 'document:guangxi-big-data-development-regulations',
    name: 'Guangxi Zhuang Autonomous Region Big Data Development Regulations',
    nameZh: '广西壮族自治区大数据发展条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2022-11-25',
    effective: '2023-01-01',
    summary:
      "Guangxi's local regulations to implement the national big data strategy, regulate the data market, keep data secure and promote big data development and application.",
    sources: [
      {
        url: 'http://rddy.org.cn/show-41818.html',
        title: 'rddy.org.cn (广西人大 announcement mirror)',
        quote:
          '《广西壮族自治区大数据发展条例》已由广西壮族自治区第十三届人民代表大会常务委员会第三十四次会议于2022年11月25日通过,现予公布,自2023年1月1日起施行。 … 第一条为了全面实施国家大数据战略,规范数据市场,保障数据安全,发挥数据要素作用,推动大数据发展应用',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Jilin big data regulations (2020, revised 2023) ─────────────
  {
    id: 'document:jilin-big-data-regulations',
    name: 'Jilin Province Big Data Regulations',
    nameZh: '吉林省大数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2020-11-27',
    amended: ['2023-12-01'],
    summary:
      "Jilin's law regulating data processing, managing data resources, keeping data secure and promoting big data development; first adopted in 2020 as the regulations on promoting big data development and application and revised under its present title in 2023.",
    sources: [
      {
        url: 'https://newton.com.tw/wiki/%E5%90%89%E6%9E%97%E7%9C%81%E5%A4%A7%E6%95%B8%E6%93%9A%E6%A2%9D%E4%BE%8B/63437119',
        title: 'newton.com.tw (wiki)',
        quote:
          '吉林省人大常委會公告\n第19號\n《吉林省大數據條例》經吉林省第十四屆人民代表大會常務委員會第七次會議於2023年12月1日修訂通過,現予公布,自2024年1月1日起施行。 … (2020年11月27日吉林省第十三屆人民代表大會常務委員會第二十五次會議通過,2023年12月1日吉林省第十四屆人民代表大會常務委員會第七次會議修訂。)\n第一章  總  則\n第一條 為了規範數據處理活動,加強數據資源管理,保障數據安全',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'amended', 'summary'],
      },
    ],
  },
  // ───────────── Jiangxi data application regulations (2023) ─────────────
  {
    id: 'document:jiangxi-data-application-regulations',
    name: 'Jiangxi Province Data Application Regulations',
    nameZh: '江西省数据应用条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2023-11-30',
    effective: '2024-03-01',
    summary:
      "Jiangxi's law on data resources (public and non-public data), the data element market and data application, to integrate, share and use data and let it flow lawfully.",
    sources: [
      {
        url: 'http://rdfzl.org.cn/show-64713.html',
        title: 'rdfzl.org.cn (江西人大新闻网 mirror)',
        quote:
          '《江西省数据应用条例》已由江西省第十四届人民代表大会常务委员会第五次会议于2023年11月30日通过,现予公布,自2024年3月1日起施行。 … 第二章数据资源\n\n  第一节一般规定\n\n  第二节公共数据\n\n  第三节非公共数据\n\n  第三章数据要素市场\n\n  第四章发展应用',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://jxjaxzf.gov.cn/jaxrmzf/szjjzcwjhjd/202404/a83dbaa408574b1ea18cd911f87d1adc.shtml',
        title: '吉安县人民政府',
        quote:
          '为推进全省数据资源整合共享和开发利用,促进数据要素依法有序流通,助力我省数字经济高质量发展,按照省人大常委会2022年立法计划要求,省发展改革委牵头起草了《江西省数据应用条例(草案)》。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Hunan digital economy promotion regulations (2024) ─────────────
  {
    id: 'document:hunan-digital-economy-promotion-regulations',
    name: 'Hunan Province Digital Economy Promotion Regulations',
    nameZh: '湖南省数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2024-05-30',
    effective: '2024-07-01',
    summary:
      "Hunan's law advancing digital industrialisation and the digitalisation of industry, integrating the digital and real economies and improving digital-economy governance.",
    sources: [
      {
        url: 'https://moment.rednet.cn/pc/content/646849/74/13953989.html',
        title: '红网',
        quote:
          '5月30日下午,湖南省十四届人大常委会第十次会议经过表决,高票通过了《湖南省数字经济促进条例》(以下简称《条例》)。《条例》自2024年7月1日起施行。以下为《条例》全文:\n湖南省数字经济促进条例\n(2024年5月30日湖南省第十四届人民代表大会常务委员会第十次会议通过)\n第一条 为了推进数字产业化和产业数字化,促进数字经济与实体经济深度融合,完善数字经济治理体系',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Shijiazhuang digital economy promotion regulations (2023) ─────────────
  {
    id: 'document:shijiazhuang-digital-economy-promotion-regulations',
    name: 'Shijiazhuang Digital Economy Promotion Regulations',
    nameZh: '石家庄市数字经济促进条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2023-10-26',
    effective: '2023-12-31',
    summary:
      "Shijiazhuang's law promoting the digital economy (eight chapters, 81 articles), the first digital-economy law of a city in Hebei: communications, computing and new-technology infrastructure and the city's digital industries.",
    sources: [
      {
        url: 'http://xksjj.com/news/detail/165907.html',
        title: 'xksjj.com (news mirror)',
        quote:
          '《石家莊市數字經濟促進條例》將于2023年12月31日起施行。這標志著石家莊市成為了河北省設區市第一個就數字經濟進行立法的城市。\n該條例共8章81條,其中明確了通信基礎設施、算力基礎設施和新技術基礎設施重點支持方向 … 石家莊市數字經濟促進條例\n(2023年10月26日石家莊市第十五屆人民代表大會常務委員會第十九次會議通過2023年11月30日河北省第十四屆人民代表大會常務委員會第六次會議批準)',
        supports: ['name', 'nameZh', 'kind', 'status', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Hubei digital economy promotion measures (2023) ─────────────
  {
    id: 'document:hubei-digital-economy-promotion-measures',
    name: 'Hubei Province Measures for Promoting the Digital Economy',
    nameZh: '湖北省数字经济促进办法',
    zhShortNames: ['湖北省人民政府令第427号'],
    kind: 'local_government_rule',
    status: 'final',
    promulgated: '2023-05-10',
    effective: '2023-07-01',
    summary:
      "Hubei's government rule promoting the digital economy: digital industrialisation and the digitalisation of industry, efficient circulation and use of data resources, and integration of the digital and real economies.",
    sources: [
      {
        url: 'https://shui5.cn/article/5b/168998.html',
        title: '税屋 (shui5.cn)',
        quote:
          '湖北省数字经济促进办法\n\n湖北省人民政府令第427号            2023-05-10\n\n  《湖北省数字经济促进办法》已经2023年3月2日省人民政府第6次常务会议审议通过,现予公布,自2023年7月1日起施行。 … 第一条 为了加快发展数字经济,推进数字产业化、产业数字化,推动数据要素资源高效流通使用,促进数字经济和实体经济深度融合',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Guizhou data circulation and trading promotion regulations (2024) ─────────────
  {
    id: 'document:guizhou-data-circulation-and-trading-promotion-regulations',
    name: 'Guizhou Province Regulations on Promoting Data Circulation and Trading',
    nameZh: '贵州省数据流通交易促进条例',
    kind: 'local_regulation',
    status: 'final',
    summary:
      "China's first local law on data circulation and trading (Guizhou, 2024): data trading venues, authorised use of data, protection of rights in data, and the data trading ecosystem.",
    sources: [
      {
        url: 'https://gzstv.com/a/607716ba6fa6474b927b18f61d37e77b',
        title: '贵州广播电视台 (贵州省大数据发展管理局)',
        quote:
          '2024年,我省颁布实施的全国首部数据流通交易地方性法规——《贵州省数据流通交易促进条例》,明确省人民政府制定公共数据授权运营办法。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://mengfeihuanbao.com/china/2829052.html',
        title: 'mengfeihuanbao.com (full text mirror)',
        quote:
          '贵州省数据流通交易促进条例\n\n目 录\n\n第一章 总 则\n\n第二章 数据交易场所\n\n第三章 数据授权使用\n\n第四章 数据权益保护\n\n第五章 数据流通交易生态培育',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ───────────── Guizhou measures on authorised operation of public data (2025) ─────────────
  {
    id: 'document:guizhou-measures-for-authorised-operation-of-public-data-trial',
    name: 'Guizhou Province Measures for the Administration of Authorised Operation of Public Data (Trial)',
    nameZh: '贵州省公共数据授权运营管理办法(试行)',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-01-07',
    summary:
      "Guizhou's measures for authorising the operation of public data, issued by the provincial government's general office under the province's data circulation and trading regulations.",
    relations: [{ type: 'based_on', target: 'document:guizhou-data-circulation-and-trading-promotion-regulations', source: 0 }],
    sources: [
      {
        url: 'https://gzstv.com/a/607716ba6fa6474b927b18f61d37e77b',
        title: '贵州广播电视台 (贵州省大数据发展管理局)',
        quote:
          '《贵州省公共数据授权运营管理办法(试行)》(以下简称《办法》),经2024年12月4日省政府常务会议、2024年12月27日省委全面深化改革委员会议审议通过,2025年1月7日由省人民政府办公厅印发实施。 … 2024年,我省颁布实施的全国首部数据流通交易地方性法规——《贵州省数据流通交易促进条例》,明确省人民政府制定公共数据授权运营办法。',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary', 'relations'],
      },
    ],
  },
];
