/**
 * Curated core layer: PRC instruments on cybersecurity, online content, platforms and telecom
 * fraud that were issued or put out for comment from 2024 to 2026 and that recent pages (law-firm
 * alerts, news, policy trackers, Chinese news sites) cite, which the graph lacked. Every filled
 * field is backed by a verbatim quote from a stored public page; where the only page giving a fact
 * is a reprint on an unrelated site, its title says so.
 */
import type { CoreInstrument } from './types';

export const CORE_RECENT_10: CoreInstrument[] = [
  // ───────────── MPS draft on cyberspace security supervision and inspection (2025) ─────────────
  {
    id: 'document:measures-for-cyberspace-supervision-and-inspection-by-public-security-authorities-draft',
    name: 'Measures for Cyberspace Supervision and Inspection by Public Security Authorities (Draft for Comment)',
    nameZh: '公安机关网络空间安全监督检查办法(征求意见稿)',
    aliases: [
      'Measures for Cyberspace Supervision and Inspection by Public Security Authorities',
      'Measures for Network Space Security Supervision and Inspection by Public Security Authorities',
    ],
    zhShortNames: ['公安机关网络空间安全监督检查办法'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['mps'],
    promulgated: '2025-11-29',
    summary:
      'MPS draft replacing its 2018 internet security inspection provisions: 23 articles of procedure for police supervision and inspection of cyberspace security (cybersecurity, information security and data security), with yearly on-site checks of level-3+ and CII operators.',
    relations: [
      { type: 'amends', target: 'document:provisions-on-internet-security-supervision-and-inspection-by-public-security-organs', source: 2 },
      { type: 'based_on', target: 'document:cybersecurity-law', source: 3 },
      { type: 'based_on', target: 'document:data-security-law', source: 3 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 3 },
    ],
    sources: [
      {
        url: 'https://mmlcgroup.com/china-psas-data25/',
        title: 'MMLC Group – China Issues Draft Regulations on Cybersecurity Compliance Inspections for Public Security Authorities',
        quote:
          'On 29 November 2025, the Ministry of Public Security of the People’s Republic of China published the draft Measures for Network Space Security Supervision and Inspection by Public Security Authorities (“Draft Measures”) for public consultation, which is intended to replace the 2018 Provisions on Internet Security Supervision and Inspection by Public Security Authorities. Comprising twenty-three articles, the Draft Measures sets out procedural rules for the Public Security Authorities to conduct supervision and inspection of network space security, encompassing cybersecurity, information security, and data security.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://cdp.cooley.com/china-releases-multiple-key-draft-cyber-and-data-security-regulations-at-year-end-2025',
        title: 'Cooley – China Releases Multiple Key Draft Cyber and Data Security Regulations at Year-End 2025',
        quote: '- Draft Measures for Cyberspace Supervision and Inspection by Public Security Authorities (released for comments on November 29, 2025)',
        supports: ['name', 'aliases', 'status', 'promulgated'],
      },
      {
        url: 'https://www.yicai.com/brief/102934338.html',
        title: '第一财经 – 公安部:网络空间安全监督检查对象包括网络运营者、数据处理者、个人信息处理者等',
        quote:
          '公安部对2018年制定的《公安机关互联网安全监督检查规定》(公安部令第151号)进行修订,起草了《公安机关网络空间安全监督检查办法(征求意见稿)》,现向社会公开征求意见。《监督检查办法(征求意见稿)》共二十三条,主要是公安机关开展网络空间安全监督检查的程序性规定',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'http://www.cnetsec.com/dfaq_wordpress/?p=43256',
        title: 'cnetsec.com – 《公安机关网络空间安全监督检查办法》草案与旧版对比',
        quote:
          '为规范公安机关对网络空间安全的监督检查工作,根据网络安全法、数据安全法、个人信息保护法等法律法规,经充分调研论证,公安部对2018年制定的《公安机关互联网安全监督检查规定》(公安部令第151号)进行修订,起草了《公安机关网络空间安全监督检查办法(征求意见稿)》,现向社会公开征求意见。',
        supports: ['nameZh', 'zhShortNames', 'relations'],
      },
      {
        url: 'http://news.cnnb.com.cn/system/2025/11/30/030719929.shtml',
        title: '中国宁波网（央视新闻客户端）– 明确八类检查对象 公安部起草网安监督检查新规',
        quote:
          '征求意见稿明确,公安机关开展网络空间安全监督检查,不得干扰被检查对象的正常运营。公安机关对网络安全等级保护三级以上的网络运营者、关键信息基础设施运营者,应当每年开展一次现场检查。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MPS draft Cybercrime Prevention and Control Law (2026) ─────────────
  {
    id: 'document:law-on-prevention-and-control-of-cybercrime-draft',
    name: 'Law on the Prevention and Control of Cybercrime (Draft for Comment)',
    nameZh: '网络犯罪防治法(征求意见稿)',
    aliases: ['Law on the Prevention and Control of Cybercrime'],
    zhShortNames: ['网络犯罪防治法'],
    kind: 'law',
    status: 'draft',
    issuers: ['mps'],
    promulgated: '2026-01-31',
    summary:
      'MPS draft of a national law to curb the sources of cybercrime: real-name registration of network and telephone lines, a ban on equipment, software, tools and services that enable telecom or online violations, and reach to foreign actors serving users in China.',
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/37514-ministry-of-public-security-opened-consultation-on-law-on-the-prevention-and-control-of-cybercrime-including-prohibition-of-goods-and-services',
        title: 'Digital Policy Alert – Ministry of Public Security opened consultation on Law on the Prevention and Control of Cybercrime',
        quote:
          'On 31 January 2026, the Ministry of Public Security opened a public consultation on the Law on the Prevention and Control of Cybercrime until 2 March 2026. Article 13 requires entities that provide network, telecom, hosting, or content distribution services to comply with real-name registration rules for network and telephone lines. … Furthermore, Article 14 prohibits the illegal production, sale, provision, or use of equipment, software, tools, or services designed to enable telecom or cyber violations.',
        supports: ['name', 'aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.takefoto.cn/news/2026/01/31/11558153.shtml',
        title: '北晚新视觉 – 《网络犯罪防治法(征求意见稿)》公开征求意见的公告',
        quote:
          '为有效遏制网络犯罪源头、整治网络犯罪生态,提升人民群众网络安全感和满意度,经充分调研论证,公安部起草了《网络犯罪防治法(征求意见稿)》,现向社会公开征求意见。 … 意见反馈截止时间为2026年3月2日。 … 公安部\n2026年1月31日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.takefoto.cn/news/2026/01/31/11558153.shtml',
        title: '北晚新视觉 – 《网络犯罪防治法(征求意见稿)》公开征求意见的公告',
        quote:
          '第二条 在中华人民共和国境内开展网络犯罪防治及其监督管理,适用本法。\n在境外的中华人民共和国公民以及向中华人民共和国境内用户提供服务的境外组织、个人实施违反本法规定的行为,损害中华人民共和国国家安全、公共利益或者公民和组织合法权益的,依法追究法律责任。',
        supports: ['kind', 'summary'],
      },
    ],
  },

  // ───────────── Online dissemination of military information (ten departments, 2025) ─────────────
  {
    id: 'document:administrative-measures-for-dissemination-of-military-information-on-internet',
    name: 'Administrative Measures for the Dissemination of Military Information on the Internet',
    nameZh: '互联网军事信息传播管理办法',
    aliases: [
      'Measures for Managing the Dissemination of Military Information on the Internet',
      'Regulations on the Management of Military Information Dissemination on the Internet',
      'Administrative Measures on the Dissemination of Military Information Online',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'miit', 'mps', 'mss', 'mct', 'nrta', 'national-administration-of-state-secrets-protection'],
    effective: '2025-03-01',
    summary:
      'Rules of the CAC, the CMC Political Work Department and eight other bodies on military information online, covering those who disseminate it and how military websites, website sections and military accounts are set up and supervised.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 3 },
      { type: 'based_on', target: 'document:law-on-guarding-state-secrets', source: 3 },
      { type: 'based_on', target: 'document:provisions-on-ecological-governance-of-network-information-content', source: 3 },
      { type: 'based_on', target: 'document:provisions-on-administration-of-internet-users-account-information', source: 3 },
    ],
    sources: [
      {
        url: 'https://www.latestly.com/agency-news/world-news-china-introduces-stricter-rules-on-military-information-dissemination-on-internet-6640208.html',
        title: 'LatestLY (ANI) – China introduces stricter rules on military information dissemination on internet',
        quote:
          'The National Administration of State Secrets Protections, in a notice on \'Administrative Measures for the Dissemination of Military Information on the Internet,\' said, "These measures apply to those who engage in Internet military information dissemination activities within the territory of the People\'s Republic of China, establish Internet military website platforms, website platform military columns, military accounts, etc., and implement supervision and management of Internet military information dissemination."',
        supports: ['name', 'kind', 'summary'],
      },
      {
        url: 'https://sinodefenceforum.com/t/pla-strategic-news-pics-and-videos.9130/page-26',
        title: 'Sino Defence Forum (forum post quoting the CAC and CMC Q&A)',
        quote:
          'Recently, the Cyberspace Administration of China, together with the Ministry of Industry and Information Technology, the Ministry of Public Security, the Ministry of State Security, the Ministry of Culture and Tourism, the National Radio and Television Administration, the State Administration of Science, Technology and Industry for National Defense, the National Administration of State Secrets Protection, … and the Political and Legal Affairs Commission of the Central Military Commission, jointly issued the Regulations on the Management of Military Information Dissemination on the Internet (hereinafter referred to as the Regulations), which will come into effect on March 1, 2025.',
        supports: ['aliases', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://exovera.com/news-releases/chinese-military-information',
        title: 'Exovera – China’s new rules on military information online',
        quote:
          'On February 8, 2025, China published new guidelines regulating the dissemination of military information online, taking effect on March 1. The “Measures for Managing the Dissemination of Military Information on the Internet” (互联网军事信息传播管理办法) aim to ensure that online military content serves national defense and military objectives, supports the strengthening of the People’s Liberation Army (PLA), and safeguards the military’s image.',
        supports: ['nameZh', 'aliases', 'status', 'effective', 'summary'],
      },
      {
        url: 'http://www.sxsnats.com/policy/1043.html',
        title: '关于印发《互联网军事信息传播管理办法》的通知 (text reprinted on an unrelated site)',
        quote:
          '第一条  为了规范互联网军事信息传播活动,维护国家安全和社会公共利益,保护公民、法人和其他组织的合法权益,根据《中华人民共和国网络安全法》、《中华人民共和国保守国家秘密法》、《网络信息内容生态治理规定》、《互联网用户账号信息管理规定》等法律法规和有关规定制定本办法。',
        supports: ['relations'],
      },
      {
        url: 'http://www.sxsnats.com/policy/1043.html',
        title: '关于印发《互联网军事信息传播管理办法》的通知 (text reprinted on an unrelated site)',
        quote:
          '现将互联网军事信息传播管理办法》印发给你们,认真贯彻执行。 \n\n  国家互联网信息办公室 \n\n  工业和信息化部 \n\n  公安部 \n\n  国家安全部 \n\n  文化和旅游部 \n\n  国家广播电视总局 \n\n  国家国防科技工业局 \n\n  国家保密局 \n\n  中央军委政治工作部 \n\n  中央军委政法委员会',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'https://www.app2china.com/developer-center/regulatory-updates-2025',
        title: 'App2China – Regulatory updates 2025',
        quote: 'Administrative Measures on the Dissemination of Military Information Online',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Commercial cryptography in critical information infrastructure (2025) ─────────────
  {
    id: 'document:provisions-on-administration-of-commercial-cryptography-use-in-critical-information-infrastructure',
    name: 'Provisions on the Use and Administration of Commercial Cryptography in Critical Information Infrastructure',
    nameZh: '关键信息基础设施商用密码使用管理规定',
    aliases: ['Administration Regulation on the Use of Commercial Encryption in Critical Information Infrastructure'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-07-01',
    effective: '2025-08-01',
    summary:
      'Rules on commercial cryptography in critical information infrastructure: operators plan, build and run cryptographic protection together with the infrastructure, use certified products, run regular security assessments and report yearly.',
    sources: [
      {
        url: 'https://mmlcgroup.com/china-cii-data/',
        title: 'MMLC Group – China Issues Administration Regulation on the Use of Commercial Encryption in Critical Information Infrastructure',
        quote:
          'On 1 July 2025, the Cyberspace Administration of the People’s Republic of China (“CAC”) announced the Administration Regulation on the Use of Commercial Encryption in Critical Information Infrastructure (“Administration Regulation”), which will come into effect on 1 August 2025. The Administration Regulation is used to regulate the use of commercial encryption in CII and ensure its security. It contains 25 provisions, primarily covering the division of responsibilities, the obligations of operators, security assessment requirements, and legal liabilities.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://reg-track.com/Calendar/D?q=26d443d849e64810aa5866b20ef07aca&r=MgA2ADAAOQA1ADkA0&t=1073734090260959',
        title: 'Reg-Track – CHI CAC Commercial Cryptography',
        quote:
          'CHI CAC issued Provisions on the use and administration of commercial cryptography in critical information infrastructure (CII) to strengthen cybersecurity, data protection. … Operators must plan, build, operate cryptography systems in sync with infrastructure development, conduct regular security evaluations, rectify failures before operation. … The published Provisions are effective from Aug. 1, 2025.',
        supports: ['name', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://max.book118.com/html/2026/0107/6112232213012042.shtm',
        title: '关于《关键信息基础设施商用密码使用管理规定(征求意见稿)》的说明 (document upload site)',
        quote:
          '关于《关键信息基础设施商用密码使用管理\n规定(征求意见稿)》的说明\n现就《关键信息基础设施商用密码使用管理规定(征求\n意见稿)》作如下说明。',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────── SAMR online transaction compliance data reporting (2025) ─────────────
  {
    id: 'document:interim-measures-for-administration-of-online-transaction-compliance-data-reporting',
    name: 'Interim Measures for the Administration of Compliance Data Reporting in Online Transactions',
    nameZh: '网络交易合规数据报送管理暂行办法',
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr'],
    effective: '2025-04-25',
    summary:
      'SAMR rules on what online trading platforms report to market regulators: operator identity information, leads on violations, enforcement-assistance data and data on specified goods or services, with set deadlines and levels.',
    sources: [
      {
        url: 'https://www.lwxsd.com/pcen/info_view.php?VID=64648&tab=mynews',
        title: 'lwxsd.com – The State Administration for Market Regulation has issued new regulations to regulate the submission of compliance data for online transactions',
        quote:
          'Recently, the State Administration for Market Regulation issued the "Interim Measures for the Administration of Compliance Data Reporting in Online Transactions" (hereinafter referred to as the "Measures"), which standardizes the behavior of compliance data reporting in online transactions, leverages the key role of data in platform economy governance, guides platform enterprises to operate in compliance, enhances the efficiency of online transaction supervision, and promotes the healthy development of platform economy. The Measures consist of 21 articles',
        supports: ['name', 'status', 'issuers'],
      },
      {
        url: 'https://www.chaxiaohao.com/read-1751083346l3862468.html',
        title: 'chaxiaohao.com (Q&A page)',
        quote:
          '我国网络交易合规数据报送的核心要求是依据《网络交易合规数据报送管理暂行办法》,明确平台经营者需报送四类数据:经营者身份信息、违法行为线索数据、行政执法协查数据及特定商品服务交易数据。 … 市场监管总局2025年4月正式发布的《办法》将数据定位为平台治理关键要素',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://luwei123.com/news/310780.html',
        title: 'luwei123.com – 市场监管总局:《网络交易合规数据报送管理暂行办法》4月25日起正式施行',
        quote:
          '市场监管总局:《网络交易合规数据报送管理暂行办法》4月25日起正式施行\n2025-04-02 16:19:54 … 近日,市场监管总局印发《网络交易合规数据报送管理暂行办法》(以下简称《办法》,并于4月25日起正式施行。 … 明确4类数据的报送时限、报送层级和报送内容。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Joint punishment of telecom and online fraud (MPS and three others, 2024) ─────────────
  {
    id: 'document:measures-for-joint-punishment-of-telecom-network-fraud-and-related-offences',
    name: 'Joint Punishment Measures for Telecommunications and Network Fraud and Related Offenses',
    nameZh: '电信网络诈骗及其关联违法犯罪联合惩戒办法',
    aliases: [
      'Joint Disciplinary Measures for Telecommunications Network Fraud and Related Illegal Crimes',
      'Measures for Joint Disciplinary Action against Telecommunications Network Fraud and Related Violations and Crimes',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mps', 'ndrc', 'miit', 'pboc'],
    effective: '2024-12-01',
    summary:
      'Implementing rules of the Anti-Telecom and Online Fraud Law: people criminally punished for telecom fraud or related crimes, and those police find trading phone cards, bank or payment accounts, internet accounts and the like, face financial, telecom and credit punishment for two or three years (five at most), keeping basic services.',
    relations: [{ type: 'based_on', target: 'document:anti-telecom-and-online-fraud-law', source: 3 }],
    sources: [
      {
        url: 'http://chneye.com/index.php/2024/11/25/punishment-measures-for-telecommunications-and-network-fraud-crimes-to-be-implemented-tiered-punishment-and-standardized-procedures',
        title: 'chneye.com – Punishment Measures for Telecommunications and Network Fraud Crimes to Be Implemented',
        quote:
          'On November 26, the Ministry of Public Security jointly announced with multiple departments the “Joint Punishment Measures for Telecommunications and Network Fraud and Related Offenses”.\nZheng Xiang, Deputy Director of the Criminal Investigation Bureau of the Ministry of Public Security, introduced that the Ministry of Public Security, together with the National Development and Reform Commission, the Ministry of Industry and Information Technology, and the People’s Bank of China, recently issued the aforementioned “Punishment Measures”, which will be officially implemented on December 1, 2024.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'http://lwxsd.com/en/info_view.php?VID=59275&tab=mynews',
        title: 'lwxsd.com – Apply force in the same direction to build a strong defense against electronic fraud',
        quote:
          'The Ministry of Public Security and four other departments jointly issued the "Joint Disciplinary Measures for Telecommunications Network Fraud and Related Illegal Crimes" (hereinafter referred to as the "Disciplinary Measures"). This disciplinary measure will be officially implemented from December 1, 2024.',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'https://newsflash.city/2401/ba9890944dc6f48b.html',
        title: 'newsflash.city (reworded MPS report)',
        quote:
          'In November 2023, the Ministry of Public Security, together with relevant competent departments, drafted and completed the "Measures for Joint Disciplinary Action against Telecommunications Network Fraud and Related Violations and Crimes (Draft for Solicitation of Comments)" and released it to the public for comments.',
        supports: ['aliases'],
      },
      {
        url: 'https://flfgdq.cn/law/%e7%94%b5%e4%bf%a1%e7%bd%91%e7%bb%9c%e8%af%88%e9%aa%97%e5%8f%8a%e5%85%b6%e5%85%b3%e8%81%94%e8%bf%9d%e6%b3%95%e7%8a%af%e7%bd%aa%e8%81%94%e5%90%88%e6%83%a9%e6%88%92%e5%8a%9e%e6%b3%95-2024%e5%b9%b4',
        title: '法律法规大全 – 电信网络诈骗及其关联违法犯罪联合惩戒办法(2024年)',
        quote:
          '电信网络诈骗及其关联违法犯罪联合惩戒办法(2024年)\n第一条\n为打击治理电信网络诈骗及其关联违法犯罪,建立健全联合惩戒制度,根据《中华人民共和国反电信网络诈骗法》等法律法规,制定本办法。',
        supports: ['nameZh', 'relations'],
      },
      {
        url: 'http://wuling-xhncloud.voc.com.cn/content/12351770',
        title: '武陵区融媒体中心 – 《电信网络诈骗及其关联违法犯罪联合惩戒办法》',
        quote:
          '近日,公安部同国家发展和改革委员会、工业和信息化部、中国人民银行联合印发《电信网络诈骗及其关联违法犯罪联合惩戒办法》,这是保障《反电信网络诈骗法》贯彻实施的重要配套文件,旨在进一步推动电信网络诈骗犯罪打击治理工作向纵深发展。该办法将于2024年12月1日起正式施行。 … 惩戒措施包括:综合运用金融惩戒、电信网络惩戒、信用惩戒等惩戒措施,同时保留被惩戒对象基本的金融、通信服务,确保满足其基本生活需要。此外,该办法对不同惩戒对象分别设置2年或3年的惩戒时限,对惩戒期限内多次纳入惩戒名单的,连续执行惩戒期限不得超过5年。',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://m.163.com/news/article/JHULIHIS053257CG.html?clickfrom=subscribe',
        title: '网易',
        quote:
          '近日,为打击治理电信网络诈骗及其关联违法犯罪,建立健全联合惩戒制度,公安部会同国家发展和改革委员会、工业和信息化部、中国人民银行联合印发《电信网络诈骗及其关联违法犯罪联合惩戒办法》并召开新闻发布会。',
        supports: ['kind', 'issuers'],
      },
      {
        url: 'https://flfgdq.cn/law/%e7%94%b5%e4%bf%a1%e7%bd%91%e7%bb%9c%e8%af%88%e9%aa%97%e5%8f%8a%e5%85%b6%e5%85%b3%e8%81%94%e8%bf%9d%e6%b3%95%e7%8a%af%e7%bd%aa%e8%81%94%e5%90%88%e6%83%a9%e6%88%92%e5%8a%9e%e6%b3%95-2024%e5%b9%b4',
        title: '电信网络诈骗及其关联违法犯罪联合惩戒办法(2024年)',
        quote:
          '本办法规定的惩戒对象包括:\n(一)因实施电信网络诈骗犯罪活动,或者实施与电信网络诈骗相关联的帮助信息网络犯罪活动,妨害信用卡管理,侵犯公民个人信息,掩饰、隐瞒犯罪所得、犯罪所得收益及组织他人偷越国(边)境、偷越国(边)境等犯罪受过刑事处罚的人员;\n(二)经设区的市级以上公安机关认定,具有下列行为之一的单位、个人和相关组织者:\n1.非法买卖、出租、出借电话卡、物联网卡、固定电话、电信线路、短信端口、银行账户、支付账户、数字人民币钱包、互联网账号等三张(个)以上',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── CAC second draft amendment of the Cybersecurity Law (2025) ─────────────
  {
    id: 'document:cybersecurity-law-draft-amendment-second-consultation-2025',
    name: 'Cybersecurity Law (Draft Amendment for Second Public Consultation)',
    nameZh: '网络安全法(修正草案再次征求意见稿)',
    aliases: ['Cybersecurity Law of the People’s Republic of China (Draft Amendment for Second Public Consultation)'],
    zhShortNames: ['中华人民共和国网络安全法(修正草案再次征求意见稿)'],
    kind: 'law',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2025-03-28',
    summary:
      'Second CAC consultation draft amending the Cybersecurity Law (after the 2022 revision draft): more detailed penalties with higher maximum fines and grounds for lighter or no punishment; the amendment was adopted on 28 October 2025.',
    relations: [{ type: 'amends', target: 'document:cybersecurity-law', source: 1 }],
    sources: [
      {
        url: 'https://cm.twobirds.com/en/insights/2025/china/china-cybersecurity-and-data-protection-monthly-update-april-2025-issue',
        title: 'Bird & Bird – China Cybersecurity and Data Protection: Monthly Update, April 2025',
        quote:
          'The CAC opened the public consultation on the Cybersecurity Law of the People’s Republic of China (Draft Amendment for Second Public Consultation), aiming to adapt to new cybersecurity challenges and accelerate the improvement of China’s cybersecurity governance system. This consultation follows the publication of the first revision draft of the Cybersecurity Law in 2022 and represents a second round of public comments. Compared to the current Cybersecurity Law, this revision proposes a more detailed approach to penalties for violations, including higher maximum fines. It also introduces specific circumstances where a lighter or mitigated or no punishment could be imposed.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://glo.com.cn/Content/2025/04-02/1037171499.html',
        title: '环球律师事务所 – 立法为体,执法为用——简评《网络安全法(修正草案再次征求意见稿)》',
        quote:
          '2025年3月28日,国家互联网信息办公室(下称“网信办”)发布《中华人民共和国网络安全法(修正草案再次征求意见稿)》(下称“《再次征求意见稿》”)并向社会公开征求意见[1]。本次修订为《中华人民共和国网络安全法》(下称“《网络安全法》”)自2017年6月1日正式实施以来的第二次修订及公开征求意见。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.jdsupra.com/topics/personal-information-protection-law-pipl/china/regulatory-oversight/',
        title: 'JD Supra – Personal Information Protection Law (PIPL), China, regulatory oversight',
        quote:
          'On October 28, 2025, China adopted the first major amendments to the 2017 Cybersecurity Law, which took effect on January 1, 2026. The revised Law establishes an additional tiered penalty regime featuring stricter fines for...more',
        supports: ['summary'],
      },
    ],
  },
];
