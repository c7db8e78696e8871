/**
 * Curated core layer: cybersecurity operations instruments pages cite that the graph lacked —
 * the national and public-internet cybersecurity incident emergency plans, MIIT's threat
 * monitoring and communications network protection rules, the State Cryptography
 * Administration's 2023 rules on commercial cryptography testing bodies and application security
 * assessment, the commercial cryptography testing and certification opinions, industrial control
 * system and industrial internet security guidance, cyber insurance opinions, and the incident
 * and vulnerability classification standards (GB/T 20986-2023, GB/T 30279-2020). Every filled
 * field is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_CYBEROPS_7: CoreInstrument[] = [
  // ───────────────────────── 国家网络安全事件应急预案 (2017) ─────────────────────────
  {
    id: 'document:national-cybersecurity-incident-emergency-response-plan',
    name: 'National Cybersecurity Incident Emergency Response Plan',
    nameZh: '国家网络安全事件应急预案',
    aliases: ['National Cybersecurity Emergency Response Plan', 'National Cyber Incident Response Plan'],
    kind: 'plan',
    status: 'final',
    issuers: ['central-cyberspace-affairs-commission'],
    promulgated: '2017-01-10',
    summary:
      'National plan for handling cybersecurity incidents, implementing the emergency response mechanism the Cybersecurity Law requires; it grades incidents into four levels, from extraordinarily significant to general.',
    relations: [{ type: 'implements', target: 'document:cybersecurity-law', source: 2 }],
    sources: [
      {
        url: 'http://usito.org/news/national-cybersecurity-emergency-response-plan-released-publicly',
        title: 'USITO – National Cybersecurity Emergency Response Plan Released Publicly',
        quote:
          "On June 27, CAC announced on its website the National Cybersecurity Emergency Response Plan, which was circulated to government of all levels in early January. It's designed to implement theCybersecurity Law's (CSL) requirement of setting up an emergency response mechanism for cyber threats.",
        supports: ['name', 'aliases', 'kind', 'status'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=f9452590-312f-426f-b99f-0330e9df786b',
        title: 'Lexology – National Cyber Incident Response Plan',
        quote:
          'The Cyberspace Administration of China (“CAC”) published the National Cyber Incident Response Plan (the “Plan”) on 27 June 2017. … Cybersecurity Incidents are divided into four levels, i.e. extraordinarily significant, significant, relatively significant and general.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://www.chinadaily.com.cn/a/201706/29/WS59bbf407a310ded8ac18f562.html',
        title: 'China Daily – Nation rolls out emergency cybersecurity plan',
        quote:
          'The plan was formulated and released by the Office of the Central Leading Group for Cyberspace Affairs, to "improve handling of cybersecurity incidents, prevent and reduce damage, protect the public interest and safeguard national security, public safety and social order". … The plan implements the Cybersecurity Law adopted last year, which requires an emergency response mechanism to avoid threats.',
        supports: ['issuers', 'summary', 'relations'],
      },
      {
        url: 'http://cnread.news/content/4324349.html',
        title: '中央網信辦關於印發《國家網路安全事件應急預案》的通知',
        quote: '中網辦發文〔2017〕4號 … 中央網路安全和資訊化領導小組辦公室 2017年1月10日',
        supports: ['promulgated', 'issuers'],
      },
      {
        url: 'https://www.360docs.net/doc/0d12675754.html',
        title: '国家网络安全事件应急预案【最新版】',
        quote: '二、编制依据1. 《中华人民共和国网络安全法》2. 《中华人民共和国突发事件应对法》3. 《国家网络安全事件应急预案》',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────────────────── 公共互联网网络安全突发事件应急预案 (MIIT, 2017) ─────────────────────────
  {
    id: 'document:cybersecurity-emergency-response-plan-for-public-internet',
    name: 'Cybersecurity Emergency Response Plan for Public Internet',
    nameZh: '公共互联网网络安全突发事件应急预案',
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2017-11-14',
    effective: '2017-11-14',
    summary:
      'MIIT plan guiding telecom carriers, domain name bodies and internet companies in handling public internet cybersecurity emergencies, graded in four levels.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:national-cybersecurity-incident-emergency-response-plan', source: 0 },
    ],
    sources: [
      {
        url: 'https://usito.org/news/miit-issues-cybersecurity-emergency-response-plan-public-internet',
        title: 'USITO – MIIT Issues Cybersecurity Emergency Response Plan for Public Internet',
        quote:
          'the Ministry of Industry and Information Technology (MIIT) issued the Cybersecurity Emergency Response Plan for Public Internet following the Cybersecurity Law (CSL), and National Cybersecurity Emergency Response Plan among other emergency response laws and regulations, with immediate effect. The plan is to guide basic telecommunication carriers, domain name registration management and services, and Internet firms (including industrial Internet platform companies) in dealing with cybersecurity emergencies … The plan classifies public Internet emergency incidents into four levels',
        supports: ['name', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://pt.chinajusticeobserver.com/law/x/public-internet-safety-emergency-plans-20171114/chn',
        title: 'China Justice Observer – 公共互联网网络安全突发事件应急预案',
        quote:
          '公共 互联网 网络 安全 突发 事件 应急 预案 Tipo de leis Política do governo Organismo emissor Ministério da Indústria e Tecnologia da Informação Data de promulgação 14 Novembro, 2017 Data efetiva 14 Novembro, 2017',
        supports: ['nameZh', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },

  // ───────────────────────── 公共互联网网络安全威胁监测与处置办法 (MIIT, 2017) ─────────────────────────
  {
    id: 'document:measures-for-monitoring-and-handling-cybersecurity-threats-in-public-networks',
    name: 'Measures for Monitoring and Handling Cybersecurity Threats in Public Networks',
    nameZh: '公共互联网网络安全威胁监测与处置办法',
    aliases: ['Measures of Monitoring and Handling Cyber Security Threat in Public Internet'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2017-09-13',
    summary:
      'MIIT rules on monitoring and handling threats on the public internet — malicious IP addresses, domains and programs, hidden security risks and incidents — with a threat information sharing platform.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=2dbabbe3-7b42-41b2-83ee-453ef5427f5d',
        title: 'Lexology – Measures for Monitoring and Handling Cybersecurity Threats in Public Networks',
        quote:
          'The Ministry of Industry and Information Technology published the Measures for Monitoring and Handling Cybersecurity Threats in Public Networks (“Measures”) on 13 September 2017. The Measures are formulated in accordance with the PRC Cybersecurity Law and require network operators and online service providers to report cybersecurity incidents and threats to the government authorities.',
        supports: ['name', 'issuers', 'promulgated', 'status', 'relations'],
      },
      {
        url: 'https://www.hg.org/article.asp?id=45154',
        title: 'HG.org (MMLC Group) – China Issues New Measures to Handle Online Security Threats and Attacks',
        quote:
          'On September 13, 2017, the Ministry of Industry and Information Technology (“MIIT”) issued the Measures of Monitoring and Handling Cyber Security Threat in Public Internet (“Measures”). … Such threats include bad faith IP address/domain name/URL/electronic information that are used for cyber attack, bad faith program that is used for cyber attack, hidden security danger existed in network service and products, cyber security incidents … Also, the MIIT will establish a platform to co-share cyber security threat information',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://th.chinajusticeobserver.com/law/x/handling-threats-to-cybersecurity-of-public-internet-20170809/chn',
        title: 'China Justice Observer – law portal',
        quote: "公共互联网网络安全威胁监测与处置办法\n\nประเภทของกฎหมาย นโยบายของรัฐบาล\n\nการออกแบบร่างกาย กระทรวงอุตสาหกรรมและเทคโนโลยีสารสนเทศ",
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },

  // ───────────────────────── 通信网络安全防护管理办法 (MIIT Order No. 11, 2010) ─────────────────────────
  {
    id: 'document:administrative-measures-for-communications-network-security-protection',
    name: 'Administrative Measures for Communications Network Security Protection',
    nameZh: '通信网络安全防护管理办法',
    aliases: ['Telecommunications Cybersecurity Protection Management Rules'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2010-01-21',
    effective: '2010-03-01',
    summary:
      'MIIT rule under which communications network operators grade the network units they run into Class 1 to Class 5 by the harm their damage would do to national security, the economy, social order and the public interest.',
    sources: [
      {
        url: 'http://blawg.lehmanlaw.com/english/archives/2010/02/25/819.html',
        title: 'Lehman Law – Communications Network Security Measures To Be Effective Next Month',
        quote:
          'The Ministry of Industry and Information Technology (MIIT) recently promulgated the Administrative Measures for Communications Network Security Protection to be effective as of 1 March 2010. … Under the Measures, communications network operation units are required to divide their own communications network units that have been put into service into Class 1 through Class 5 subject to the degree of threat to national security, economic operation, social order and public interest that may be caused by each damaged communications network unit.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://digichina.stanford.edu/work/telecommunications-cybersecurity-protection-management-rules',
        title: 'DigiChina – Telecommunications Cybersecurity Protection Management Rules',
        quote:
          'Ministry of Industry and Information Technology of the People’s Republic of China Decree No. 11 The “Telecommunications Cybersecurity Protection Management Rules” were deliberated and passed at the 8th Ministerial Affairs Meeting of the Ministry of Industry and Information Technology of the People’s Republic of China, are hereby promulgated and take effect on 1 March 2010.',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/159978/communication-network-security-management.html',
        title: 'Global-Regulation – Communication Network Security Management',
        quote:
          "Original Language Title: 通信网络安全防护管理办法 … (January 21, 2010 People's Republic of China Ministry of industry and information technology announced 11th come into force on March 1, 2010)",
        supports: ['nameZh', 'promulgated', 'effective'],
      },
    ],
  },

  // ───────────────────────── 商用密码应用安全性评估管理办法 (SCA Order No. 3, 2023) ─────────────────────────
  {
    id: 'document:measures-for-administration-of-security-assessment-of-commercial-cryptography-application',
    name: 'Measures for the Administration of the Security Assessment of Commercial Cryptography Application',
    nameZh: '商用密码应用安全性评估管理办法',
    aliases: ['Administrative Measures for the Security Assessment of Commercial Cryptography Application'],
    zhShortNames: ['国家密码管理局令第3号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['sca'],
    promulgated: '2023-09-26',
    effective: '2023-11-01',
    summary:
      'State Cryptography Administration rule on assessing whether networks and information systems use commercial cryptography compliantly, correctly and effectively.',
    relations: [
      { type: 'based_on', target: 'document:cryptography-law', source: 1 },
      { type: 'based_on', target: 'document:regulations-on-administration-of-commercial-cryptography', source: 1 },
    ],
    sources: [
      {
        url: 'https://sesec.eu/2023/news-events/news/china-issues-the-measures-on-security-assessment-of-commercial-cryptography-application/',
        title: 'SESEC – China issues the Measures on Security Assessment of Commercial Cryptography Application',
        quote:
          'On 7 October 2023, the State Cryptography Administration (SCA) of China released the Measures for the Administration of the Security Assessment of Commercial Cryptography Application (hereinafter referred to as the Measures).',
        supports: ['name', 'issuers', 'status'],
      },
      {
        url: 'https://desk33.com/d-995657.html',
        title: '【中英文对照版】商用密码应用安全性评估管理办法',
        quote:
          '商用密码应用安全性评估管理办法AdministrativeMeasuresfortheSecurityAssessmentofCommercialCryptographyApplication制定机关:国家密码管理局发文字号:国家密码管理局令第3号公布日期:2023.09.26施行日期:2023.11.01效力位阶:部门规章 … 根据中 华人民共和国密码法、商用 密码管理条例等有关法律法规,制定本办法。第二条本办法所称商用密码应用安全性评估,是指按照有关法律法规和标准规范,对网络 与信息系统使用商用密码技术、 产品和服务的合规性、正确性、 有效性进行检测分析和评估验证 的活动。',
        supports: ['nameZh', 'aliases', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://app.bjtitle.com/8816/newshow.php?did=862859037272552&newsid=6420389&typeid=91',
        title: '央视新闻 – 国家密码管理局:规范商用密码检测活动和应用安全性评估',
        quote: '为了规范商用密码检测活动和应用安全性评估工作,国家密码管理局日前出台了《商用密码检测机构管理办法》和《商用密码应用安全性评估管理办法》。',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },

  // ───────────────────────── 商用密码检测机构管理办法 (SCA Order No. 2, 2023) ─────────────────────────
  {
    id: 'document:measures-for-administration-of-commercial-cryptography-testing-institutions',
    name: 'Measures for the Administration of Commercial Cryptography Testing Institutions',
    nameZh: '商用密码检测机构管理办法',
    aliases: ['Administrative Measures for Commercial Cryptography Testing Institutions'],
    zhShortNames: ['国家密码管理局令第2号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['sca'],
    promulgated: '2023-09-26',
    effective: '2023-11-01',
    summary:
      'State Cryptography Administration rule on qualifying and supervising the bodies that test commercial cryptography products and assess its application in networks and information systems.',
    relations: [
      { type: 'based_on', target: 'document:cryptography-law', source: 0 },
      { type: 'based_on', target: 'document:regulations-on-administration-of-commercial-cryptography', source: 0 },
    ],
    sources: [
      {
        url: 'https://m.yzwku.com/doc/900450.html',
        title: '【中英文对照版】商用密码检测机构管理办法',
        quote:
          '商用密码检测机构管理办法MeasuresfortheAdministrationofCommercialCryptographyTestingInstitutions制定机关:国家密码管理局发文字号:国家密码管理局令第2号公布日期:2023.09.26施行日期:2023.11.01效力位阶:部门规章 … 商用密码检测机构管理办法已经2023年9月11日国家密码管理局局务会议审议通过,现予公布,自2023年11月1日起施行。 … 根据中华人民共和国密码 法、商用密码管理条例等有关 法律法规,制定本办法。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=e462348d3d2846eca933f4afedfa3e15',
        title: 'Watson & Band – SCA Seeks Comments on Administrative Measures for the Security Assessment of Commercial Cryptography Application and Others',
        quote:
          'On June 12, the State Cryptography Administration (SCA) drafted the Administrative Measures for Commercial Cryptography Testing Institutions (Draft for Comment) and the Administrative Measures for the Security Assessment of Commercial Cryptography Application (Draft for Comment)',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://app.bjtitle.com/8816/newshow.php?did=862859037272552&newsid=6420389&typeid=91',
        title: '央视新闻 – 国家密码管理局:规范商用密码检测活动和应用安全性评估',
        quote:
          '《商用密码检测机构管理办法》对商用密码检测机构的监管体制、资质认定条件和程序、从业规范等都作出了规定,明确:“从事商用密码产品检测、网络与信息系统商用密码应用安全性评估等商用密码检测活动,向社会出具具有证明作用的数据、结果的机构,应当经国家密码管理局认定,依法取得商用密码检测机构资质。”',
        supports: ['nameZh', 'summary'],
      },
    ],
  },

  // ───────────────────────── 关于开展商用密码检测认证工作的实施意见 (SAMR, SCA, 2020) ─────────────────────────
  {
    id: 'document:implementation-opinions-on-commercial-cryptography-testing-and-certification',
    name: 'Opinions on the Implementation of Testing and Authentication for Commercial Encryption',
    nameZh: '关于开展商用密码检测认证工作的实施意见',
    aliases: ['Implementation Opinions on the Testing and Certification of Commercial Cryptography', 'Implementation Opinions on Carrying Out Commercial Cryptography Testing and Certification Work'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'sca'],
    promulgated: '2020-03-26',
    summary:
      'SAMR and State Cryptography Administration opinions setting up commercial cryptography testing and certification: a jointly issued certification catalogue, SAMR certification rules and a technical committee.',
    relations: [{ type: 'based_on', target: 'document:cryptography-law', source: 0 }],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/commercial-encryption/',
        title: 'China Law Translate – Opinions on the Implementation of Testing and Authentication for Commercial Encryption',
        quote:
          'Opinions on the Implementation of Testing and Authentication for Commercial Encryption Promulgation Date: 2020-3-26 Title: 市场监管总局、国家密码管理局关于开展商用密码检测认证工作的实施意见 … Promulgating Entities:State Administration of Market Regulation, State Cryptography Administration … based on the "Product Quality Law of the P.R.C.", the "Cryptography Law of the P.R.C.", and the "P.R.C. Regulations on Certification and Accreditation".',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://sesec.eu/Archive/2020/others/china-publishes-new-rules-on-testing-and-certification-of-commercial-cryptography/',
        title: 'SESEC – China publishes new rules on testing and certification of commercial cryptography',
        quote:
          'the State Administration for Market Regulation (SAMR) and the State Cryptography Administration (SCA) put forward the implementation opinions on the testing and certification of commercial cryptography in February of 2020. … a certification catalogue of commercial cryptography, which includes all of the cryptography products that need to get certification before sold, will be jointly issued by SAMR and SCA. Rules for the certification of commercial cryptography will be released by SAMR. The Technical Committee for Commercial Cryptography Certification will be set up by SAMR and SCA',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://sesec.eu/2025/news-events/news/cryptographic-module-for-plc-controllers-plus-other-three-products-are-added-to-china-commercial-cryptography-product-certification-catalogue',
        title: 'SESEC – four products added to China’s Commercial Cryptography Product Certification Catalogue',
        quote:
          'Issued pursuant to the Implementation Opinions on Carrying Out Commercial Cryptography Testing and Certification Work (SAMR & OSCCA Joint Document No. 50 [2020]), this batch officially takes effect from the date of its release.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────── 工业和信息化领域数据安全事件应急预案(试行) (MIIT, 2024) ─────────────────────────
  {
    id: 'document:emergency-response-plan-for-data-security-incidents-in-industry-and-information-technology',
    name: 'Emergency Response Plan for Data Security Incidents in the Field of Industry and Information Technology (for Trial Implementation)',
    nameZh: '工业和信息化领域数据安全事件应急预案(试行)',
    aliases: ['Emergency Plan for Data Security Incidents in the Industrial and Information Technology Field'],
    zhShortNames: ['工信部网安〔2024〕214号'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2024-10-29',
    effective: '2024-11-01',
    summary:
      'MIIT plan for handling data security incidents in the industry and information technology sector: four incident levels and red, orange, yellow and blue warnings.',
    relations: [
      { type: 'implements', target: 'document:data-security-law', source: 2 },
      { type: 'implements', target: 'document:network-data-security-management-regulations', source: 2 },
      { type: 'implements', target: 'document:measures-for-data-security-management-in-industry-and-information', source: 2 },
    ],
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/24199-announced-miit-emergency-plan-for-data-security-incidents-in-the-industrial-and-information-technology-field-trial-including-incident-categorisation-and-response-framework',
        title: 'Digital Policy Alert – MIIT emergency plan for data security incidents (trial)',
        quote:
          'On 29 October 2024, China’s Ministry of Industry and Information Technology (MIIT) issued the emergency plan for data security incidents in the industrial and information technology field (trial). The plan, which will come into effect on 1 November 2024, establishes a response framework for managing data security incidents within the industrial and information technology sectors. … Data security incidents are categorised into four levels … A structured early warning system, categorised by red, orange, yellow, and blue levels',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://aitoolkit.rajahtannasia.com/2024/12/05/prc-issues-emergency-response-plan-for-data-security-incidents-for-trial-implementation',
        title: 'Rajah & Tann – PRC Issues Emergency Response Plan for Data Security Incidents for Trial Implementation',
        quote:
          'the People’s Republic of China (“PRC“) Ministry of Industry and Information Technology (“MIIT“) issued the Emergency Response Plan for Data Security Incidents in the Field of Industry and Information Technology (for Trial Implementation) (the “Emergency Plan“, 工业和信息化领域数据安全事件应急预案(试行)).',
        supports: ['name', 'nameZh', 'issuers'],
      },
      {
        url: 'https://infoobs.com/article/20241101/67486.html',
        title: '工业和信息化部 –《工业和信息化领域数据安全事件应急预案(试行)》重点问题回应',
        quote:
          '近日,工业和信息化部印发《工业和信息化领域数据安全事件应急预案(试行)》(工信部网安〔2024〕214号)(以下简称《应急预案》)。 … 为贯彻落实《数据安全法》《网络数据安全管理条例》《工业和信息化领域数据安全管理办法(试行)》等法律政策关于应急处置的相关要求',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'relations'],
      },
      {
        url: 'http://hnisia.com/Home/IndustryDetail/84-486-1',
        title: '工信部印发《工业和信息化领域数据安全事件应急预案(试行)》',
        quote: '现将《工业和信息化领域数据安全事件应急预案(试行)》印发给你们,请认真遵照执行。 工业和信息化部 2024年10月29日',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────────────────── 工业控制系统网络安全防护指南 (MIIT, 2024) ─────────────────────────
  {
    id: 'document:guidelines-for-cybersecurity-protection-of-industrial-control-systems',
    name: 'Guidelines for Cybersecurity Protection of Industrial Control Systems',
    nameZh: '工业控制系统网络安全防护指南',
    aliases: ['Industrial Control System Cybersecurity Protection Guidelines'],
    zhShortNames: ['工信部网安〔2024〕14号'],
    kind: 'guideline',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2024-01-19',
    summary:
      'MIIT guide for enterprises using industrial control systems, setting 33 baseline protection requirements across security management, technical protection, security operations and accountability.',
    sources: [
      {
        url: 'http://mzph.cn/news/721405.shtml',
        title: '工业控制系统网络安全防护指南',
        quote:
          '工业和信息化部印发《工业控制系统网络安全防护指南》。《防护指南》定位于面向工业企业做好网络安全防护的指导性文件,坚持统筹发展和安全,围绕安全管理、技术防护、安全运营、责任落实四方面,提出33项指导性安全防护基线要求 … 关于印发工业控制系统网络安全防护指南的通知 工信部网安〔2024〕14号 … 工业和信息化部 2024年1月19日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://boardor.com/blog/guidelines-for-cybersecurity-protection-of-industrial-control-systems-2',
        title: 'Guidelines for Cybersecurity Protection of Industrial Control Systems',
        quote:
          'Guidelines for Cybersecurity Protection of Industrial Control Systems (Ministry of Industry and Information Technology Cybersecurity [2024] No. 14) … This guideline is applicable to enterprises that use and operate industrial control systems',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://boardor.com/blog/interpretation-of-the-industrial-control-system-cybersecurity-protection-guidelines-2',
        title: 'Interpretation of the Industrial Control System Cybersecurity Protection Guidelines',
        quote:
          'The “Industrial Control System Cybersecurity Protection Guidelines” (hereinafter referred to as the “Protection Guidelines”) issued by the Ministry of Industry and Information Technology provides important guidance for industrial enterprises',
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────────────────── 加强工业互联网安全工作的指导意见 (2019) ─────────────────────────
  {
    id: 'document:guiding-opinions-on-strengthening-industrial-internet-security',
    name: 'Guiding Opinions on Strengthening Industrial Internet Security',
    nameZh: '加强工业互联网安全工作的指导意见',
    aliases: ['Guiding Opinions on Promoting the Work on Industrial Internet Security', 'Guiding Opinions on Strengthening Industrial Internet Security Work'],
    zhShortNames: ['工信部联网安〔2019〕168号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'moe', 'samr', 'nea'],
    promulgated: '2019-08-28',
    summary:
      'Opinions of MIIT and nine other departments building an industrial internet security system, with enterprise security duties, risk evaluation and incident reporting.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=3bb686f369aed879bdfb&lib=law',
        title: 'PKULaw – Notice on Issuing the Guiding Opinions on Strengthening Industrial Internet Security',
        quote:
          'Notice by the Ministry of Industry and Information Technology, the Ministry of Education, and the Ministry of Human Resources and Social Security of Issuing the Guiding Opinions on Strengthening Industrial Internet Security [Effective] 工业和信息化部、教育部、人力资源和社会保障部等关于印发加强工业互联网安全工作的指导意见的通知 [现行有效] … the State Administration for Market Regulation, the National Energy Administration … (No. 168 [2019] of the Ministry of Industry and Information Industry) (工信部联网安〔2019〕168号)',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://www.sesec.eu/guiding-opinions-on-promoting-the-work-on-industrial-internet-security/',
        title: 'SESEC – Guiding Opinions on Promoting the Work on Industrial Internet Security',
        quote:
          'On August 28, 2019, the Ministry of Industry and Information Technology of China and other nine regulatory authorities jointly published the Guiding Opinions on Promoting the Work on Industrial Internet Security (hereafter, the Guiding Opinions). … Enterprises who deal with industrial internet should set up departments or positions for its protection. The risk evaluation systems for key equipment, systems and platforms need to be set up within enterprises … Enterprises should establish security incident reporting systems',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://blocking.net/15234/ten-departments-issued-the-guiding-opinions-on-strengthening-industrial-internet-security-work-exploring-new-technologies-such-as-blockchain-to-improve-safety-protection-level/',
        title: 'Ten departments issued the "Guiding Opinions on Strengthening Industrial Internet Security Work"',
        quote:
          'On August 28th, the Ministry of Industry and Information Technology, the Ministry of Education, the Ministry of Human Resources and Social Security jointly issued the "Notice on Printing and Distributing the Guiding Opinions on Strengthening the Work of Industrial Internet Security". … Ten departments issued the "Guiding Opinions on Strengthening Industrial Internet Security Work"',
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────────────────── 关于促进网络安全保险规范健康发展的意见 (MIIT, NFRA, 2023) ─────────────────────────
  {
    id: 'document:opinions-on-promoting-normative-and-healthy-development-of-cybersecurity-insurance',
    name: 'Opinions on Promoting the Normative and Healthy Development of Cyber Security Insurance',
    nameZh: '关于促进网络安全保险规范健康发展的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'nfra'],
    promulgated: '2023-07',
    summary:
      'First policy document on cyber security insurance in China: ten opinions on its policy and standards system, product innovation, technical support, demand and ecosystem.',
    sources: [
      {
        url: 'http://lwxsd.com/en/info_view.php?tab=mynews&VID=40719',
        title: 'MIIT and NFRA issued opinions to promote the standardized development of cyber security insurance',
        quote:
          'The Ministry of Industry and Information Technology and the National Administration of Financial Regulation recently jointly issued the Opinions on Promoting the Normative and Healthy Development of Cyber Security Insurance, which put forward 10 specific opinions on establishing and improving the policy and standard system of cyber security insurance, strengthening the innovation of cyber security insurance products and services, strengthening the development of cyber security technology to enable insurance, promoting the release of demand for cyber security industry, and cultivating the development ecology of cyber security insurance.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2023-07/18/content_556173.htm?div=-1',
        title: '科技日报 – 工信部、国家金融监管总局联合印发《意见》 促进网络安全保险规范健康发展',
        quote:
          '2023年07月18日 星期二 工信部、国家金融监管总局联合印发《意见》 促进网络安全保险规范健康发展 科技日报北京7月17日电 (记者崔爽)工信部、国家金融监管总局近日联合印发《关于促进网络安全保险规范健康发展的意见》(以下简称《意见》) … 《意见》作为我国网络安全保险领域的首份政策文件',
        supports: ['nameZh', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 20986-2023 ─────────────────────────
  {
    id: 'document:guidelines-for-category-and-classification-of-cybersecurity-incidents',
    name: 'Information Security Technology – Guidelines for Category and Classification of Cybersecurity Incidents',
    nameZh: '信息安全技术 网络安全事件分类分级指南',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2023-05-23',
    effective: '2023-12-01',
    code: 'GB/T 20986-2023',
    summary:
      'Recommended national standard on sorting cybersecurity incidents into categories and grading them by level, with incident category codes; it replaces GB/Z 20986-2007.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF/English.aspx/GBT20986-2023',
        title: 'ChineseStandard.net – GB/T 20986-2023',
        quote:
          'GB/T 20986-2023: Information security technology - Guidelines for category and classification of cybersecurity incidents Status: Valid … Date of Issue 2023-05-23 Date of Implementation 2023-12-01 Older Standard (superseded by this standard) GB/Z 20986-2007 Issuing agency(ies) State Administration for Market Regulation, China National Standardization Administration',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.uvsec.com/news/industry/332.html',
        title: '《GB/T 20986-2023 信息安全技术 网络安全事件分类分级指南》12月1日实施',
        quote:
          '标准号:GB/T 20986-2023 中文标准名称:信息安全技术 网络安全事件分类分级指南 … 发布日期:2023-05-23 实施日期:2023-12-01 … 本文件代替GB/Z20986-2007《信息安全技术信息安全事件分类分级指南》 … 描述了网络安全事件分类和分级的方法,界定了网络安全事件类别和级别,并明确了网络安全事件分',
        supports: ['nameZh', 'code', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 30279-2020 ─────────────────────────
  {
    id: 'document:guidelines-for-categorization-and-classification-of-cybersecurity-vulnerability',
    name: 'Information Security Technology – Guidelines for Categorization and Classification of Cybersecurity Vulnerability',
    nameZh: '网络安全漏洞分类分级指南',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2020-11-19',
    effective: '2021-06-01',
    code: 'GB/T 30279-2020',
    summary:
      'Recommended national standard giving the methods for categorizing cybersecurity vulnerabilities and the indicators for classifying them; it replaces GB/T 30279-2013 and GB/T 33561-2017.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT30279-2020',
        title: 'ChineseStandard.net – GB/T 30279-2020',
        quote:
          'GB NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Replacing GB/T 30279-2013; GB/T 33561-2017 Information security technology - Guidelines for categorization and classification of cybersecurity vulnerability ISSUED ON: NOVEMBER 19, 2020 IMPLEMENTED ON: JUNE 01, 2021 Issued by: State Administration for Market Regulation; Standardization Administration of PRC.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinesestandard.us/products/gbt30279-2020',
        title: 'ChineseStandard.us – GB/T 30279-2020',
        quote:
          'GB/T 30279-2020: Information security technology - Guidelines for categorization and classification of cybersecurity vulnerability This standard provides categorization methods and classification indicators for network security vulnerabilities',
        supports: ['name', 'code', 'summary'],
      },
      {
        url: 'https://processon.com/view/613824845653bb2d6d30f4d7',
        title: 'ProcessOn – GB/T 30279-2020网络安全漏洞分类分级指南',
        quote: 'GB/T 30279-2020网络安全漏洞分类分级指南',
        supports: ['nameZh', 'code'],
      },
    ],
  },

  // ───────────────────────── GB/T 28449-2018 ─────────────────────────
  {
    id: 'document:testing-and-evaluation-process-guide-for-classified-protection-of-cybersecurity',
    name: 'Information Security Technology – Testing and Evaluation Process Guide for Classified Protection of Cybersecurity',
    nameZh: '信息安全技术 网络安全等级保护测评过程指南',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2018-12-28',
    effective: '2019-07-01',
    code: 'GB/T 28449-2018',
    summary:
      'Recommended national standard setting out the process of multi-level protection (MLPS) testing and evaluation — preparation, planning, on-site testing and reporting — for assessment bodies and operators.',
    sources: [
      {
        url: 'https://www.chinesestandards.org/standards/GB/T%2028449-2018',
        title: 'ChineseStandards.org – GB/T 28449-2018',
        quote:
          'GB/T 28449-2018 ActiveInformation security technology—Testing and evaluation process guide for classified protection of cybersecurity 信息安全技术 网络安全等级保护测评过程指南',
        supports: ['name', 'nameZh', 'code', 'kind', 'status'],
      },
      {
        url: 'https://jishuzhan.net/article/1927285170441408513',
        title: '网络安全-等级保护(等保) GB/T 28449《信息安全技术 网络安全等级保护测评过程指南》',
        quote:
          '由国家市场监督管理总局、中国国家标准化管理委员会与2018-12-28发布,2019-07-01实施,是现行有效的国家标准文件 … 本标准规范了网络安全等级保护测评(以下简称"等级测评")的工作过程,规定了测评活动及其工作任务。 … 本标准适用于测评机构、定级对象的主管部门及运营使用单位 开展网络安全等级保护测试 评价工作。',
        supports: ['issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://jishuzhan.net/article/1927285170441408513',
        title: '网络安全-等级保护(等保) GB/T 28449《信息安全技术 网络安全等级保护测评过程指南》',
        quote: '是规定了等级测评过程,是纵向的流程,包括:四个基本测评活动:测评准备活动、方案编制活动、现场测评活动、报告编制活动',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── 网络产品安全漏洞收集平台备案管理办法 (MIIT, 2022) ─────────────────────────
  {
    id: 'document:administrative-measures-for-filing-of-network-product-security-vulnerability-collection-platforms',
    name: 'Administrative Measures for the Filing of Network Product Security Vulnerability Collection Platforms',
    nameZh: '网络产品安全漏洞收集平台备案管理办法',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    effective: '2023-01-01',
    summary:
      'MIIT measures requiring network product security vulnerability collection platforms to file online through MIIT’s cybersecurity threat and vulnerability information sharing platform.',
    sources: [
      {
        url: 'https://www.hcinfonews.com/the-ministry-of-industry-and-information-technology-issued-the-administrative-measures-for-the-filing-of-network-product-security-vulnerability-collection-platforms.html',
        title: 'MIIT issued the Administrative Measures for the Filing of Network Product Security Vulnerability Collection Platforms',
        quote:
          'the Ministry of Industry and Information Technology recently issued the “Administrative Measures for the Filing of Network Product Security Vulnerability Collection Platforms”. … The “Measures” stipulate that the filing of the vulnerability collection platform shall be carried out through the Internet Security Threat and Vulnerability Information Sharing Platform of the Ministry of Industry and Information Technology, and shall be conducted through the online filing method. … These measures shall come into force on January 1, 2023.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://m.ithome.com/html/649858.htm',
        title: 'IT之家',
        quote: '据工信部网站,工信部现已发布了关于印发《网络产品安全漏洞收集平台备案管理办法》(以下简称《办法》)的通知。 … 《办法》指出,漏洞收集平台备案通过工业和信息化部网络安全威胁和漏洞信息共享平台开展,采用网上备案方式进行。 … 《办法》自 2023 年 1 月 1 日起施行',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── GM/T 0028-2014 ─────────────────────────
  {
    id: 'document:security-requirements-for-cryptographic-modules',
    name: 'Security Requirements for Cryptographic Modules',
    nameZh: '密码模块安全技术要求',
    kind: 'industry_standard',
    status: 'final',
    issuers: ['sca'],
    promulgated: '2014-02-13',
    effective: '2014-02-13',
    repealed: '2025-07-01',
    code: 'GM/T 0028-2014',
    summary:
      'Cryptography industry standard setting four security levels and the security requirements for cryptographic modules; superseded by GM/T 0028-2024.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GMT0028-2014',
        title: 'ChineseStandard.net – GM/T 0028-2014',
        quote:
          'GM/T 0028-2014 GM CRYPTOGRAPHY INDUSTRY STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 File No.. 44629-2014 Security requirements for cryptographic modules ISSUED ON. FEBRUARY 13, 2014 IMPLEMENTED ON. FEBRUARY 13, 2014 Issued by. State Cryptography Administration',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.codeofchina.com/standard/GMT0028-2014.html',
        title: 'Code of China – GM/T 0028-2014 Security Requirements for Cryptographic Modules',
        quote:
          'Standard No.: GM/T 0028-2014 English Name: Security Requirements for Cryptographic Modules Chinese Name: 密码模块安全技术要求 … Superseded by:GM/T 0028-2024 Security requirements for cryptographic modules Superseded on:2024-12-27 Abolished on:2025-07-01 … This standard defines four security levels for cryptographic modules to provide for a wide spectrum of data sensitivity and a diversity of application environments.',
        supports: ['name', 'nameZh', 'code', 'repealed', 'summary'],
      },
    ],
  },

  // ───────────────────────── 互联网政务应用安全管理规定 (2024) ─────────────────────────
  {
    id: 'document:regulations-on-security-management-of-internet-government-applications',
    name: 'Regulations on the Security Management of Internet Government Applications',
    nameZh: '互联网政务应用安全管理规定',
    aliases: ['Regulations on the Safety Management of Internet Government Applications'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['central-cyberspace-affairs-commission', 'miit', 'mps'],
    promulgated: '2024-05-15',
    effective: '2024-07-01',
    summary:
      'Rules for internet government applications: opening and construction, information security, network and data security, e-mail security, monitoring, early warning and emergency handling, and supervision.',
    sources: [
      {
        url: 'https://www.cnenergynews.cn/article/4OAL5q4CYmq',
        title: '新华网 – 四部门制定《互联网政务应用安全管理规定》',
        quote:
          '由中央网络安全和信息化委员会办公室、中央机构编制委员会办公室、工业和信息化部、公安部制定的《互联网政务应用安全管理规定》近日印发。 … 规定共8章,包括总则、开办和建设、信息安全、网络和数据安全、电子邮件安全、监测预警和应急处置、监督管理以及附则。 … 规定自2024年7月1日起施行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://lwxsd.com/en/info_view.php?VID=53343&tab=mynews',
        title: 'A party and government agency can set up at most one portal website',
        quote:
          'From July 1, the Regulations on the Security Management of Internet Government Applications (hereinafter referred to as the Regulations) officially came into force. The Regulations have eight chapters, which stipulate the establishment and construction of Internet government applications, information security, network and data security.',
        supports: ['name', 'effective', 'summary'],
      },
      {
        url: 'http://tpie.cn/a1/2094',
        title: 'Interpretation of "Internet Government Application Security Management Regulations"',
        quote:
          'On May 15th, 2024, the Central Network Information Office, the Central Organizing Office, the Ministry of Industry and Information Technology, and the Ministry of Public Security jointly promulgated the Regulations on the Safety Management of Internet Government Applications (hereinafter referred to as the Regulations), which will take effect on July 1st, 2024.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },
];
