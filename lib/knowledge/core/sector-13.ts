import type { CoreInstrument } from './types';

/**
 * Sector rules that pages on vehicles, radio spectrum and satellites, low-altitude flight, online
 * health care and off-campus tutoring cite and that the graph lacked: the State Council's
 * regulations on the recall of defective auto products and their implementation measures, MIIT's
 * measures on access of road motor vehicle manufacturers and products, SAMR's 2020 notice on
 * recalls by over-the-air (OTA) updates and the 2022 notice on filing OTA software upgrades, the
 * national standards on recalls by OTA update (GB/T 45493-2025) and on ICV terms (GB/T 44373-2024)
 * and the 2023 edition of the standard system guide for intelligent connected vehicles; MIIT's 2023 regulations on radio
 * frequency allocation and its 2025 interim measures on domestic coordination of satellite
 * networks; the 2024–2030 plan for general aviation equipment and the Ministry of Transport's
 * rules on operational safety of civil unmanned aircraft; the NHC's detailed rules on supervising
 * internet diagnosis and treatment and the State Council General Office's 2018 opinions on
 * “Internet plus Health Care”; and the Ministry of Education's interim measures on administrative
 * penalties for off-campus tutoring.
 */

export const CORE_SECTOR_13: CoreInstrument[] = [
  // ─────────────────────── Vehicles: recall of defective auto products ───────────────────────
  {
    id: 'document:regulations-on-administration-of-recall-of-defective-auto-products',
    name: 'Regulations on the Administration of Recall of Defective Automobile Products',
    nameZh: '缺陷汽车产品召回管理条例',
    aliases: [
      'Administrative Regulations on the Recall of Defective Auto Products',
      'Regulations on the Administration of the Recall of Defective Automobile Products',
      'Regulations on the Management of Defective Automotive Product Recalls',
      'Administrative Regulations on the Recall of Defective Automobile Products',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2012-10-10',
    promulgated: '2012-10-22',
    effective: '2013-01-01',
    amended: ['2019-03-02'],
    summary:
      'State Council regulations (Order No. 626) on the recall of cars and trailers made and sold in China and on its supervision.',
    sources: [
      {
        url: 'https://translate.baiducontent.com/transpage?cb=translateCallback&from=zh&ie=utf8&monLang=zh&query=http%3A%2F%2Fbaike.baidu.com%2Fitem%2F%E7%BC%BA%E9%99%B7%E6%B1%BD%E8%BD%A6%E4%BA%A7%E5%93%81%E5%8F%AC%E5%9B%9E%E7%AE%A1%E7%90%86%E6%9D%A1%E4%BE%8B%2F1331691%3FfromModule%3Dlemma_inlink&source=url&to=en',
        title: 'Baidu Baike (machine translation)',
        quote:
          "Regulations on the Administration of Recall of Defective Automobile Products\n\nRegulations issued by the State Council in 2012 … On October 22, 2012, the State Council of the People's Republic of China promulgated the Regulations on the Administration of Recall of Defective Automotive Products (Order No. 626), which came into force on January 1, 2013. [5] … Passing time\nOctober 10, 2012 [5] … Modification time\nMarch 2, 2019 [6]",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'amended'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3869772-T.html?eng=0',
        title: 'LexisNexis China (lexiscn.com)',
        quote:
          "Administrative Regulations on the Recall of Defective Auto Products (Revised in 2019) … (Promulgated by Order of the State Council of the People's Republic of China on October 22, 2012; and revised according to the Decision of the State Council on Revising Certain Administrative Regulations on March 2, 2019) … Article 2 These Regulations shall be applicable to the recall and the supervision administration of automobiles and trailers (hereafter collectively referred to as the \"Auto Products\") manufactured and sold within the territory of China.",
        supports: ['aliases', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://breakinglatest.news/business/tesla-hyundai-and-other-cars-recalled-for-potential-safety-hazards-xinhua-english-news-cn/',
        title: 'Breaking Latest News (Xinhua English)',
        quote:
          'filed with the State Administration for Market Regulation in accordance with the requirements of the “Regulations on the Administration of the Recall of Defective Automobile Products” and the “Implementation Measures for the Regulations on the Administration of the Recall of Defective Automobile Products”.',
        supports: ['aliases'],
      },
      {
        url: 'https://jp.logomoney.com/p/454476',
        title: 'logomoney.com',
        quote:
          'have filed a recall plan with the State Administration for Market Regulation in accordance with the requirements of the Regulations on the Management of Defective Automotive Product Recalls and the Implementation Measures of the Regulations on the Management of Defective Automotive Product Recalls.',
        supports: ['aliases'],
      },
      {
        url: 'https://taptechnews.com/eb63df3541e34320.html',
        title: 'TapTechNews',
        quote:
          'According to the relevant requirements of the Administrative Regulations on the Recall of Defective Automobile Products, enterprises strengthen the management of product quality and safety',
        supports: ['aliases'],
      },
      {
        url: 'https://news.cnev.cn/Info_130631.html',
        title: '中国电动汽车网',
        quote:
          '通知要求,即日起所有采用OTA方式对已售车辆开展技术服务活动的生产者,都应按照《缺陷汽车产品召回管理条例》及《缺陷汽车产品召回管理条例实施办法》的要求,向市场监管总局质量发展局备案。',
        supports: ['nameZh'],
      },
    ],
  },
  {
    id: 'document:implementation-measures-for-regulations-on-recall-of-defective-auto-products',
    name: 'Implementation Measures for the Regulations on the Administration of the Recall of Defective Automobile Products',
    nameZh: '缺陷汽车产品召回管理条例实施办法',
    aliases: ['Implementation Measures of the Regulations on the Management of Defective Automotive Product Recalls'],
    kind: 'departmental_rule',
    status: 'final',
    summary:
      'Measures implementing the defective auto recall regulations, under which manufacturers file recall plans with SAMR, including recalls carried out by over-the-air software updates.',
    relations: [{ type: 'implements', target: 'document:regulations-on-administration-of-recall-of-defective-auto-products', source: 0 }],
    sources: [
      {
        url: 'https://breakinglatest.news/business/tesla-hyundai-and-other-cars-recalled-for-potential-safety-hazards-xinhua-english-news-cn/',
        title: 'Breaking Latest News (Xinhua English)',
        quote:
          'filed with the State Administration for Market Regulation in accordance with the requirements of the “Regulations on the Administration of the Recall of Defective Automobile Products” and the “Implementation Measures for the Regulations on the Administration of the Recall of Defective Automobile Products”. A recall plan has been established',
        supports: ['name', 'kind', 'status', 'summary', 'relations'],
      },
      {
        url: 'https://jp.logomoney.com/p/454476',
        title: 'logomoney.com',
        quote:
          'have filed a recall plan with the State Administration for Market Regulation in accordance with the requirements of the Regulations on the Management of Defective Automotive Product Recalls and the Implementation Measures of the Regulations on the Management of Defective Automotive Product Recalls.',
        supports: ['aliases'],
      },
      {
        url: 'https://news.cnev.cn/Info_130631.html',
        title: '中国电动汽车网',
        quote:
          '都应按照《缺陷汽车产品召回管理条例》及《缺陷汽车产品召回管理条例实施办法》的要求,向市场监管总局质量发展局备案。 … 对于采用OTA方式消除汽车产品缺陷、实施召回的行为,生产者也应制定召回计划,向市场监管总局质量发展局备案,依法履行召回主体责任。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // ─────────────────────── Vehicles: MIIT product access ───────────────────────
  {
    id: 'document:measures-for-administration-of-access-of-road-motor-vehicle-manufacturers-and-products',
    name: 'Measures for the Administration of Road Motor Vehicle Manufacturing Enterprises and Product Access',
    nameZh: '道路机动车辆生产企业及产品准入管理办法',
    aliases: ['Administrative Measures for the Access of Road Motor Vehicle Manufacturers and Products'],
    zhShortNames: ['道路机动车辆生产企业及产品准入管理办法(2018年)'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT order (No. 50) on access licensing of road motor vehicle manufacturers and their products in six classes, with MIIT in charge of access and supervision nationwide.',
    sources: [
      {
        url: 'https://en.technologyjh.com/The-Ministry-of-Industry-and-Information-Technology-revises-new-energy-vehicle-access-management-regulations-to-lower-entry-barriers-id3098832.html',
        title: 'technologyjh.com',
        quote:
          'Article 34, paragraph 3 of the \\"Measures for the Administration of Road Motor Vehicle Manufacturing Enterprises and Product Access\\" (Order No. 50 of the Ministry of Industry and Information Technology) stipulates that if a manufacturing enterprise cannot maintain normal production and operation for two consecutive years, special publicity is required.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://taptechnews.com/eb63df3541e34320.html',
        title: 'TapTechNews',
        quote:
          'When an enterprise produces intelligent connected vehicles equipped with a combined driving assistance system, it should report to the Ministry of Industry and Information Technology in accordance with the relevant provisions of the Administrative Measures for the Access of Road Motor Vehicle Manufacturers and Products.',
        supports: ['aliases'],
      },
      {
        url: 'https://flfgsc.cn/law/%e9%81%93%e8%b7%af%e6%9c%ba%e5%8a%a8%e8%bd%a6%e8%be%86%e7%94%9f%e4%ba%a7%e4%bc%81%e4%b8%9a%e5%8f%8a%e4%ba%a7%e5%93%81%e5%87%86%e5%85%a5%e7%ae%a1%e7%90%86%e5%8a%9e%e6%b3%95-2018%e5%b9%b4',
        title: '法律法规速查 (flfgsc.cn)',
        quote:
          '道路机动车辆生产企业及产品准入管理办法(2018年)\n第一章 总则\n第一条\n为了规范道路机动车辆生产企业及产品准入管理,维护公民生命、财产安全和公共安全,促进汽车产业发展 … 道路机动车辆生产企业及产品分为乘用车类、货车类、客车类、专用车类、摩托车类、挂车类六类。 … 工业和信息化部负责全国道路机动车辆生产企业及产品准入和监督管理工作。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'summary'],
      },
    ],
  },
  // ─────────────────────── Vehicles: OTA recalls and OTA filing ───────────────────────
  {
    id: 'document:notice-on-further-strengthening-supervision-of-automobile-ota-technology-recalls',
    name: 'Notice on Further Strengthening the Supervision of Automobile Over-the-Air (OTA) Technology Recalls',
    nameZh: '关于进一步加强汽车远程升级(OTA)技术召回监管的通知',
    zhShortNames: ['市场监管总局办公厅关于进一步加强汽车远程升级(OTA)技术召回监管的通知', '市监质〔2020〕123号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2020-11-25',
    code: '市监质〔2020〕123号',
    summary:
      'SAMR notice requiring manufacturers to file over-the-air technical service activities and OTA recalls with its quality development bureau, and to report intrusions or remote-control incidents.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-administration-of-recall-of-defective-auto-products', source: 0 }],
    sources: [
      {
        url: 'https://news.cnev.cn/Info_130631.html',
        title: '中国电动汽车网',
        quote:
          '11月25日,国家市场监督管理总局发布进一步加强汽车远程升级(OTA)技术召回监管的通知。通知要求,即日起所有采用OTA方式对已售车辆开展技术服务活动的生产者,都应按照《缺陷汽车产品召回管理条例》及《缺陷汽车产品召回管理条例实施办法》的要求,向市场监管总局质量发展局备案。 … 同时,当车辆在中国市场发生被入侵、远程控制等安全事故时,生产者应立即组织调查分析,并向市场监管总局质量发展局报告调查分析结果。',
        supports: ['name', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://news.cnev.cn/Info_130631.html',
        title: '中国电动汽车网',
        quote: '国家市场监督管理总局:加强汽车OTA技术召回监管\n\n来源:中国电动汽车网   作者:综合报道   2020/11/26',
        supports: ['promulgated'],
      },
      {
        url: 'https://www.autoju.com/tag/ota%e6%8a%80%e6%9c%af%e5%8f%ac%e5%9b%9e/feed/',
        title: '车聚网',
        quote: '近日，国家市场监管总局办公厅发布了一则《关于进一步加强汽车远程升级（OTA）技术召回监管的通知》。',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'http://zglengcc.com/news/show-45437.html',
        title: 'zglengcc.com (转载)',
        quote:
          '具体来看,根据《市场监管总局办公厅关于进一步加强汽车远程升级(OTA)技术召回监管的通知》(市监质〔2020〕123号),为进一步规范汽车OTA召回备案,强化安全技术评估,现补充通知如下:',
        supports: ['zhShortNames', 'code'],
      },
    ],
  },
  {
    id: 'document:notice-on-carrying-out-filing-of-automobile-software-online-upgrades',
    name: 'Notice on Carrying Out the Filing of Automobile Software Online Upgrades',
    nameZh: '关于开展汽车软件在线升级备案的通知',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2022-04-15',
    summary:
      'Notice of MIIT’s Equipment Industry Development Center requiring makers of vehicles with OTA upgrade functions to file their management capability, vehicle models and functions, and each upgrade activity before upgrading.',
    sources: [
      {
        url: 'http://flash.yiyunok.com/html/006d20999784.html',
        title: 'flash.yiyunok.com (转载界面新闻)',
        quote:
          '4月15日,不能备案工业和信息化部装备工业发展中心发布了《关于开展汽车软件在线升级备案的再随通知》(以下简称《通知》)。 … 企业应按要求依次完成企业管理能力备案、信部车型及功能备案和具体升级活动备案后,车企才能实施OTA升级活动。',
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://yinzusi.com/yz/jingji/249886.html',
        title: '妍妱商业',
        quote:
          '时间:2022-04-15 12:42\n\n  今日,工信部装备中心发布“关于开展汽车软件在线升级备案的通知”,要求整车生产企业对其生产的具备OTA升级功能的汽车整车产品实施OTA升级活动前,应按要求进行备案,备案后方可进行升级。',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
      {
        url: 'http://gw5u.cn/news/show-42550.html',
        title: 'gw5u.cn',
        quote:
          '4月15日,工業(yè)和信息化部裝備工業(yè)發(fā)展中心正式發(fā)布《關(guān)于開展汽車軟件在線升級(jí)備案的通知》。',
        supports: ['name'],
      },
    ],
  },
  {
    id: 'document:requirements-of-implementation-of-motor-vehicle-products-recall-based-on-ota-update',
    name: 'Requirements of Implementation of Motor Vehicle Products Recall Based on Over-the-Air Update Technology',
    nameZh: '基于远程升级技术的汽车产品召回实施要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2025-03-28',
    effective: '2026-01-01',
    code: 'GB/T 45493-2025',
    summary: 'Recommended national standard on how vehicle manufacturers carry out recalls by over-the-air software updates.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2045493-2025',
        title: 'chinesestandards.org',
        quote:
          'GB/T 45493-2025\n\nActive\n\nRequirements of implementation of motor vehicle products recall based on over-the-air update technology\n\n基于远程升级技术的汽车产品召回实施要求\n\nStandard Type\nGBT … Issue Date\n2025-03-28\nImplementation\n2026-01-01\nCentralized Committee\n国家标准委\nIssuing Authority\n国家市场监督管理总局、国家标准化管理委员会',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'code', 'summary'],
      },
    ],
  },
  {
    id: 'document:intelligent-and-connected-vehicle-terms-and-definitions',
    name: 'Intelligent and Connected Vehicle – Terms and Definitions',
    nameZh: '智能网联汽车 术语和定义',
    aliases: ['Intelligent and Connected Vehicle-Terms and Definitions'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2024-08-23',
    effective: '2024-08-23',
    code: 'GB/T 44373-2024',
    summary:
      'Recommended national standard defining the basic terms of intelligent and connected vehicles (ICVs): key technologies, system components and functions.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2044373-2024',
        title: 'chinesestandards.org',
        quote:
          'GB/T 44373-2024\n\nActive\n\nIntelligent and connected vehicle—Terms and definitions\n\n智能网联汽车 术语和定义\n\nStandard Type\nGBT … Issue Date\n2024-08-23\nImplementation\n2024-08-23\nCentralized Committee\n工业和信息化部\nIssuing Authority\n国家市场监督管理总局、国家标准化管理委员会',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'code'],
      },
      {
        url: 'https://www.codeofchina.com/standard/GBT44373-2024.html',
        title: 'Code of China',
        quote:
          'GB/T 44373-2024 Intelligent and connected vehicle - Terms and definitions 1 Scope This document defines the terms and definitions related to the basics, key technologies, system components and functional applications of intelligent and connected vehicles.',
        supports: ['name', 'code', 'summary'],
      },
      {
        url: 'https://cms-lawnow.com/en/ealerts/2025/03/miit-and-samr-further-strengthening-the-administration-of-automobile-product-admission-recall-and-ota-software-upgrade-for-intelligent-and-connec',
        title: 'CMS Law-Now',
        quote:
          '“ICV” (in Chinese: 智能网联汽车): according to the Intelligent and Connected Vehicle-Terms and Definitions (GB/T 44373-2024), ICV refers to vehicles that possess capabilities of environmental awareness, intelligent decision-making and automatic control',
        supports: ['aliases', 'code'],
      },
    ],
  },
  {
    id: 'document:national-iov-industry-standard-system-construction-guide-icv-2023',
    name: 'Guidelines for the Construction of the National Internet of Vehicles Industry Standard System (Intelligent and Connected Vehicles) (2023 Version)',
    nameZh: '国家车联网产业标准体系建设指南(智能网联汽车)(2023版)',
    aliases: ['National Internet of Vehicles Industry Standard System Construction Guide (Smart Connected Vehicles) (2023 Edition)'],
    kind: 'guideline',
    status: 'final',
    issuers: ['miit', 'sac'],
    promulgated: '2023-07',
    summary:
      'MIIT and SAC guide revising the 2018 edition: a standard system for intelligent connected vehicles covering basic, technical, product and testing standards.',
    sources: [
      {
        url: 'https://boardor.com/blog/the-internet-of-vehicles-makes-cars-smarter',
        title: 'boardor.com',
        quote:
          'recently revised and issued the “National Internet of Vehicles Industry Standard System Construction Guide (Smart Connected Vehicles) (2023 Edition)”, aiming to provide a more comprehensive framework, content, and clearer logic for the standard system construction of the Internet of Vehicles industry.',
        supports: ['aliases'],
      },
      {
        url: 'http://auto.eastday.com/a/230804085435677428696.html',
        title: '东方网 (转载中国质量报) – 新版《国家车联网产业标准体系建设指南(智能网联汽车)》发布',
        quote:
          '为适应我国智能网联汽车发展新阶段的新需求,工信部、国家标准委近日联合修订印发《国家车联网产业标准体系建设指南(智能网联汽车)(2023版)》。这是《国家车联网产业标准体系建设指南》的第二部分,是对《国家车联网产业标准体系建设指南(智能网联汽车)(2018版)》的继承、延伸与完善 … 构建包括智能网联汽车基础、技术、产品、试验标准等在内的智能网联汽车标准体系',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://sesec.eu/2024/news-events/news/follow-up-on-chinas-icv-standardization-activities',
        title: 'SESEC – Follow-up on China’s ICV standardization activities',
        quote:
          'Following the release of Guidelines for the Construction of the National Internet of Vehicles Industry Standard System (Intelligent and Connected Vehicles) (2023 Version) (hereinafter referred to as the Guidelines) in July 2023, China has been dedicated to Intelligent and Connected Vehicles (ICV) standardization',
        supports: ['name', 'status', 'promulgated'],
      },
    ],
  },
  // ─────────────────────── Radio spectrum and satellites (MIIT) ───────────────────────
  {
    id: 'document:regulations-on-radio-frequency-allocation',
    name: 'Regulations on Radio Frequency Allocation',
    nameZh: '无线电频率划分规定',
    aliases: ['Provisions on Radio Spectrum Allocations', 'Regulations on the Radio Frequency Allocation'],
    zhShortNames: ['工业和信息化部令第62号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2023-04-26',
    promulgated: '2023-05-23',
    effective: '2023-07-01',
    summary:
      'MIIT’s table allocating radio frequency bands to radio services in China, revised in 2023 to follow the ITU Radio Regulations (2020), with new IMT bands for 5G/6G.',
    relations: [{ type: 'based_on', target: 'document:radio-management-regulations', source: 1 }],
    sources: [
      {
        url: 'https://sesec.eu/2023/news-events/news/china-interprets-the-provisions-on-radio-spectrum-allocations/',
        title: 'SESEC',
        quote:
          'On June 28, China’s Ministry of Industry and Information Technology (MIIT) released an infographic interpretation of the new version of the Provisions on Radio Spectrum Allocations, which was released on May 23, 2023. The purpose of the revision is to align with the International Telecommunication Union’s Radio Regulations (2020 Version) … Allocation of new frequency bands for International Mobile Telecommunications (IMT) (including 5G/6G) in the 6GHz, 26GHz, 40GHz, and 70GHz bands.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.chinascientificbooks.com/peoples-republic-of-china-regulations-on-the-radio-frequency-allocation-p-10870/',
        title: 'China Scientific Books',
        quote:
          "People's Republic of China Regulations on the Radio Frequency Allocation … this “Regulation on the Radio Frequency Allocations” is now issued on the basis of the “Radio Regulations of the People’s Republic of China”",
        supports: ['name', 'aliases', 'relations'],
      },
      {
        url: 'http://en.vscbcorp.com/NewsDetail.aspx?ID=212',
        title: 'VSCB – 《中华人民共和国无线电频率划分规定》解读',
        quote:
          '日前,工业和信息化部发布了新版《中华人民共和国无线电频率划分规定》(工业和信息化部令第62号,以下简称《划分规定》),将于7月1日起正式施行。 … 2023年5月23日,工业和信息化部公布了《中华人民共和国无线电频率划分规定》(工业和信息化部令第62号,以下简称《划分规定》),对现行《划分规定》进行了修订。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://sesec.eu/2023/news-events/news/china-interprets-the-provisions-on-radio-spectrum-allocations/',
        title: 'SESEC',
        quote:
          'The purpose of the revision is to align with the International Telecommunication Union’s Radio Regulations (2020 Version) and meet the domestic requirements for radio-frequency spectrum usage. The revision underwent coordination, verification, opinion solicitation, research, and improvement procedures, with the final draft approved by MIIT on April 26, 2023.',
        supports: ['adopted', 'summary'],
      },
    ],
  },
  {
    id: 'document:measures-for-domestic-coordination-of-satellite-networks-interim',
    name: 'Measures for Domestic Coordination and Management of Satellite Networks (Interim)',
    nameZh: '卫星网络国内协调管理办法(暂行)',
    zhShortNames: ['工信部无〔2025〕52号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    effective: '2025-05-01',
    code: '工信部无〔2025〕52号',
    summary:
      'MIIT measures on frequency coordination among China’s satellite networks and between them and ground radio stations, optimising coordination procedures and strengthening the National Radio Office’s coordinating role.',
    sources: [
      {
        url: 'http://www.hxnews.com/news/gn/gnxw/202503/12/2194205.shtml',
        title: '海峡网 (新华社)',
        quote:
          '新华社北京3月11日电(记者张晓洁、张辛欣)记者11日获悉,工业和信息化部近日印发《卫星网络国内协调管理办法(暂行)》,进一步优化卫星网络国内协调程序,提升国内协调效率。 … 强化了国家无线电办公室统筹协调作用 … 记者了解到,办法自2025年5月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://newcet.org/archives/204.html',
        title: 'newcet.org',
        quote:
          'The "Measures for Domestic Coordination and Management of Satellite Networks (Interim)" (hereinafter referred to as the "Measures") will come into effect on May 1 … Domestic coordination of satellite networks refers to the frequency coordination between my country\'s satellite networks and between satellite networks and ground radio stations (stations) under the framework of ITU\'s "Radio Rules".',
        supports: ['name', 'summary'],
      },
      {
        url: 'http://en.vscbcorp.com/NewsDetail.aspx?ID=405',
        title: 'VSCB',
        quote: '中国:工业和信息化部关于印发《卫星网络国内协调管理办法(暂行)》的通知\n\n2025-03-14\n\n工信部无〔2025〕52号各卫星操作单位:现将《卫星网络国内协调管理办法(暂行)》印发给你们,请遵照执行。',
        supports: ['nameZh', 'zhShortNames', 'code', 'issuers'],
      },
    ],
  },
  // ─────────────────────── Low-altitude flight ───────────────────────
  {
    id: 'document:implementation-plan-for-innovative-application-of-general-aviation-equipment-2024-2030',
    name: 'Implementation Plan for the Innovative Application of General Aviation Equipment (2024–2030)',
    nameZh: '通用航空装备创新应用实施方案(2024-2030年)',
    kind: 'plan',
    status: 'final',
    issuers: ['miit', 'most', 'mof'],
    promulgated: '2024-03-27',
    summary:
      'Plan of MIIT, MOST, MOF and the CAAC for general aviation equipment: unmanned, electric and intelligent aircraft in commercial use for urban air transport, logistics and emergency rescue by 2027, and a trillion-yuan market driving the low-altitude economy.',
    sources: [
      {
        url: 'https://xueqiu.com/8353550788/283974034',
        title: '雪球 (证券日报)',
        quote:
          '3月27日,工业和信息化部、科学技术部、财政部、中国民用航空局联合发布《通用航空装备创新应用实施方案(2024-2030年)》。\n\n该方案提出目标,到2027年 … 以无人化、电动化、智能化为技术特征的新型通用航空装备在城市空运、物流配送、应急救援等领域实现商业应用。 … 成为低空经济增长的强大推动力,形成万亿级市场规模。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://szxmbz.com/howtoacceleratethedevelopmentoflow-altitudeindustries-theministryofindustryandinformationtechnologywillfocusonthesefouraspects/',
        title: 'szxmbz.com',
        quote:
          'Earlier this year, MIIT and relevant departments issued the “Implementation Plan for the Innovative Application of General Aviation Equipment (2024–2030).” This plan involves collaboration with other agencies to explore and innovate technological equipment for the low-altitude industry.',
        supports: ['name'],
      },
    ],
  },
  {
    id: 'document:rules-on-operational-safety-management-of-civil-unmanned-aircraft',
    name: 'Rules on the Operational Safety Management of Civil Unmanned Aircraft',
    nameZh: '民用无人驾驶航空器运行安全管理规则',
    zhShortNames: ['交通运输部令2024年第1号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mot'],
    summary:
      'Ministry of Transport rules (Order No. 1 of 2024) on the operational safety of civil unmanned aircraft.',
    sources: [
      {
        url: 'http://www.law-lib.com/law/law_view.asp?id=767727&page=4',
        title: '法律图书馆',
        quote:
          '【标题】民用无人驾驶航空器运行安全管理规则\n    3. 【发文号】交通运输部令2024年第1号\n    4. 【失效时间】\n    5. 【颁布单位】交通运输部',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },
  // ─────────────────────── Online health care ───────────────────────
  {
    id: 'document:detailed-rules-for-supervision-of-internet-diagnosis-and-treatment',
    name: 'Detailed Rules for the Supervision of Internet Diagnosis and Treatment (Trial)',
    nameZh: '互联网诊疗监管细则(试行)',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nhc', 'natcm'],
    summary:
      'NHC and NATCM rules on supervising internet diagnosis and treatment: prescriptions issued by the treating physician only, never generated by AI, with records, online prescriptions and drug sales regulated.',
    sources: [
      {
        url: 'https://www.vcbeathealth.com/article/39420',
        title: 'VCBeat',
        quote:
          'Recently, the landmark policy on internet healthcare, the “Detailed Rules for the Supervision of Internet Diagnosis and Treatment (Trial)” (hereinafter referred to as the “Rules”), was officially released and has come into effect. … the Detailed Rules provide more granular provisions on medical record documentation and retention, issuance of online prescriptions, sale of prescription drugs, and red lines for artificial intelligence applications',
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://www.lxwg.cn/drugnewDescription/4966.html',
        title: 'lxwg.cn',
        quote:
          '国家卫生健康委与国家中医药局联合发布的《互联网诊疗监管细则(试行)》(以下简称《细则》) … 《细则》明确规定“处方应由接诊医师本人开具,严禁使用人工智能等自动生成处方”',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:opinions-on-promoting-development-of-internet-plus-health-care',
    name: 'Opinions of the General Office of the State Council on Promoting the Development of “Internet plus Health Care”',
    nameZh: '关于促进“互联网+医疗健康”发展的意见',
    aliases: ['Opinions on Promoting the Development of “Internet + Medical Health”'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2018-04-25',
    effective: '2018-04-25',
    summary:
      'State Council General Office opinions building the “Internet plus health care” service system: online services of medical institutions, internet hospitals, telemedicine and supporting rules.',
    sources: [
      {
        url: 'https://shndlaw.com/post/736',
        title: 'shndlaw.com',
        quote:
          'Opinions of the General Office of the State Council on Promoting the Development of "Internet plus Health Care"\n\n\n· Document Number:No. 26 [2018] of the General Office of the State Council … · Date issued:04-25-2018\n\n· Effective Date:04-25-2018\n\n· Status: Effective\n\n· Issuing Authority: General Office of the State Council … I. Refining the "Internet plus health care" service system',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.mondaq.com/china/healthcare/1690676/han-kun-opinion-%7C-interpretation-of-the-detailed-rules-for-the-supervision-of-internet-diagnosis-and-treatment-trial',
        title: 'Mondaq (Han Kun Law Offices)',
        quote:
          'Since the General Office of the State Council issued the "Opinions on Promoting the Development of "Internet + Medical Health" on April 25... … 自国务院办公厅于2018年4月25日发布《关于促进"互联网+医疗健康"发展的意见》并正式提出促进"互联网+医疗健康"发展以来',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated'],
      },
    ],
  },
  // ─────────────────────── Off-campus tutoring ───────────────────────
  {
    id: 'document:interim-measures-for-administrative-penalties-for-off-campus-tutoring',
    name: 'Interim Measures for Administrative Penalties for Off-campus Tutoring',
    nameZh: '校外培训行政处罚暂行办法',
    aliases: ['Interim Measures for Administrative Punishment of Off-campus Training'],
    zhShortNames: ['教育部令第53号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['moe'],
    adopted: '2023-07-20',
    promulgated: '2023-08-23',
    effective: '2023-10-15',
    summary:
      'Ministry of Education order on administrative penalties for illegal off-campus tutoring of children over three and school students, offline and online: warnings, fines, confiscation, licence revocation.',
    sources: [
      {
        url: 'https://yzwku.com/docdown/900421.html',
        title: 'yzwku.com (中英文对照版)',
        quote:
          '校外培训行政处罚暂行办法InterimMeasuresforAdministrativePenaltiesforOff-campusTutoring制定机关:教育部发文字号:中华人民共和国教育部令第53号公布日期:2023.08.23施行日期:2023.10.15效力住阶:部门规章 … 校外培训行政处罚暂行办 法已经2023年7月20日教 育部部务会议审议通过,现予 公布,自2023年10月15日起 施行。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://businesstianjin.com/index.php?option=com_content&view=article&id=19255:administrative-penalties-for-illegal-off-campus-tutoring-from-oct-15&catid=26:china-finance&Itemid=65',
        title: 'Business Tianjin',
        quote:
          "The Ministry of Education (MOE) has issued provisional measures for imposing administrative penalties for illegal off-campus tutoring. … It stipulates that administrative penalties shall be imposed by the competent authorities and makes provisions for the jurisdiction of offline and online off-campus tutoring.\n \n\nThe administrative penalties include warnings, fines, confiscation of illegal income, revocation of licenses, and restrictions on practicing.",
        supports: ['issuers', 'summary'],
      },
      {
        url: 'https://wodebaobaowang.com/Educationandtraining/ajonihucnz.html',
        title: 'wodebaobaowang.com',
        quote:
          'The Interim Measures for Administrative Punishment of Off-campus Training stipulates that natural persons, legal persons or other organizations that recruit preschool children and primary and secondary school students over 3 years old for the society and illegally carry out off-campus training shall be given administrative punishment',
        supports: ['aliases', 'summary'],
      },
    ],
  },
];
