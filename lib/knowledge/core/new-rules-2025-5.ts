/**
 * Curated core layer: PRC technology, data, AI, platform and cybersecurity instruments issued or
 * published in 2024–2026 that recent pages (law-firm alerts, news, Chinese government notices)
 * cite and the graph lacked. Every filled field is backed by a verbatim quote from a stored public
 * page; where the only page giving a fact is a mirror or a reprint on an unrelated site, its title
 * says so.
 */
import type { CoreInstrument } from './types';

export const CORE_NEW_RULES_2025_5: CoreInstrument[] = [
  // ───────────── Amendment of the Cybersecurity Law (NPCSC decision, 2025) ─────────────
  {
    id: 'document:decision-on-amending-cybersecurity-law-2025',
    name: 'Decision on Amending the Cybersecurity Law',
    nameZh: '关于修改〈中华人民共和国网络安全法〉的决定',
    aliases: ["Decision of the Standing Committee of the National People's Congress on Amending the Cybersecurity Law of the People's Republic of China"],
    // Pages write the inner title with either kind of bracket; the matcher takes them as written.
    zhShortNames: ['关于修改网络安全法的决定'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2025-10-28',
    effective: '2026-01-01',
    summary:
      'NPCSC decision amending the Cybersecurity Law from 1 January 2026: a Party-leadership clause, support and safety rules for AI, alignment with the Civil Code and PIPL on personal information, and sanctions that in serious cases reach business suspension, licence revocation and fines.',
    relations: [{ type: 'amends', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://www.geopolitechs.org/p/after-ten-years-china-amended-its',
        title: 'Geopolitechs – After Ten Years, China Amended its Cybersecurity Law',
        quote:
          'On October 28, the 18th meeting of the Standing Committee of the 14th National People’s Congress voted to adopt the Decision on Amending the Cybersecurity Law, which will take effect on January 1, 2026.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://outlooknewera.com/pcen/info_view.php?VID=73367&tab=mynews',
        title: 'Outlook New Era – Taking advantage of the situation to systematically promote cybersecurity legislation',
        quote:
          "On October 28, 2025, the 18th meeting of the 14th National People's Congress Standing Committee voted to pass the Decision of the Standing Committee of the National People's Congress on Amending the Cybersecurity Law of the People's Republic of China, which will come into effect on January 1, 2026.",
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'status'],
      },
      {
        url: 'https://www.secrss.com/articles/87438',
        title: '安全内参（全国人大常委会法工委经济法室 林一英）',
        quote:
          '2025年10月28日,十四届全国人大常委会第十八次会议审议通过关于修改《中华人民共和国网络安全法》(以下简称《网络安全法》)的决定,自2026年1月1日起施行。',
        supports: ['issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.secrss.com/articles/88443',
        title: '安全内参 – 2025年网络安全与数据保护年度回顾',
        quote:
          '2025年10月28日,第十四届全国人民代表大会常务委员会第十八次会议通过《关于修改〈中华人民共和国网络安全法〉的决定》,修改后的《网络安全法》于2026年1月1日正式施行。',
        supports: ['nameZh', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.liuxueshe.com/new_detail/cs1?c=6&new_id=26728&w=1',
        title: 'liuxueshe.com (新华社)',
        quote: '10月28日,十四届全国人大常委会第十八次会议表决通过关于修改网络安全法的决定,自2026年1月1日起施行。',
        supports: ['zhShortNames', 'effective'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/34818-cybersecurity-law-amendment-enters-into-force',
        title: 'Digital Policy Alert – Cybersecurity Law Amendment enters into force',
        quote:
          'The amendment introduces a new article stipulating that cybersecurity governance shall follow the leadership of the Communist Party of China and align with the national security framework. It also expands the law to cover the development and oversight of artificial intelligence, including research, infrastructure, ethical standards, and supervision mechanisms. The provisions on personal information handling have been revised to require network operators to comply with the Cybersecurity Law, the Civil Code, the Personal Information Protection Law, and related regulations. … Sanctions may include business suspension, licence revocation, and fines of up to RMB 10 million in serious cases.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── National network identity authentication public service (MPS, CAC and four others, 2025) ─────────────
  {
    id: 'document:measures-for-administration-of-national-network-identity-authentication-public-services',
    name: 'Measures for Administration of National Network Identity Authentication Public Services',
    nameZh: '国家网络身份认证公共服务管理办法',
    aliases: [
      'Administrative Measures for Public Service of National Network Identity Authentication',
      'National Network Identity Authentication Public Service Management Measures',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mps', 'cac', 'mct', 'nhc', 'nrta'],
    promulgated: '2025-05-19',
    effective: '2025-07-15',
    summary:
      'Six-department rules (MPS, CAC and others) on the state network identity service: people may voluntarily verify identity online with a "network number" and certificate, and platforms that accept them may not demand further ID details.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 4 },
      { type: 'based_on', target: 'document:data-security-law', source: 4 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 4 },
      { type: 'based_on', target: 'document:anti-telecom-and-online-fraud-law', source: 4 },
      { type: 'based_on', target: 'document:law-on-the-protection-of-minors', source: 4 },
    ],
    sources: [
      {
        url: 'https://outlooknewera.com/en/info_view.php?VID=66092&tab=mynews',
        title: 'Outlook New Era – National Network Identity Authentication will be implemented from July 15th',
        quote:
          'Recently, the Ministry of Public Security, the State Internet Information Office, the Ministry of Civil Affairs, the Ministry of Culture and Tourism, the National Health Commission, the State Administration of Radio and Television and other six departments jointly announced the Administrative Measures for Public Service of National Network Identity Authentication (hereinafter referred to as the Administrative Measures), which will come into force on July 15, 2025.',
        supports: ['aliases', 'issuers', 'effective', 'status'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/30250-adopted-cac-measures-for-administration-of-national-network-identity-authentication-public-services',
        title: 'Digital Policy Alert – Adopted CAC Measures for Administration of National Network Identity Authentication Public Services',
        quote:
          'On 19 May 2025, the Cyberspace Administration of China (CAC) and 5 other government agencies adopted the Measures for Administration of National Network Identity Authentication Public Services. … Users are not required to register their identity through the use of online numbers or certificates, and internet platforms are obligated to ensure equitable access to resources for those who verify their identity through other means. Once connected, if users opt to use these online tools and pass verification, platforms cannot request additional identity information unless required by law or with the user\'s consent.',
        supports: ['name', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1123358423824601088',
        title: 'Reportify – 六部门联合公布《国家网络身份认证公共服务管理办法》',
        quote:
          '六部门联合公布《国家网络身份认证公共服务管理办法》\nnews flash·2025-05-23 10:06\n\nCore Points - The article discusses the implementation of the "National Network Identity Authentication Public Service Management Measures," which will take effect on July 15, 2025, aimed at enhancing digital identity security and supporting the digital economy [1][2][9] … - Individuals with valid legal identification can voluntarily apply for a network number and certificate, with parental consent required for minors [3][4]',
        supports: ['nameZh', 'aliases', 'effective', 'summary'],
      },
      {
        url: 'http://www.jinriwangxiao.com/renli/2025/120437.html',
        title: 'jinriwangxiao.com (reworded reprint of the order)',
        quote:
          '中华人民共和国公安部\n国家互联网信息办公室\n中华人民共和国民政部\n中华人民共和国文化和旅游部\n国家卫生健康委员会\n国家广播电视总局\n第173号\n《国家网络身份认证公共服务管理办法》于2025年2月27日通过公安部首次部务会议的审议,同时得到了国家互联网信息办公室、民政部、文化和旅游部、国家卫生健康委员会以及国家广播电视总局的认可,现正式对外公布,并自2025年7月15日开始正式实施。 … 2025年5月19日',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://outlooknewera.com/en/info_view.php?VID=66092&tab=mynews',
        title: 'Outlook New Era – National Network Identity Authentication will be implemented from July 15th',
        quote:
          'relevant departments of the country have formulated this "Management Measures" in accordance with laws and regulations such as the Cybersecurity Law, the Data Security Law, the Personal Information Protection Law, the Anti Telecommunications Network Fraud Law, and the Law on the Protection of Minors.',
        supports: ['relations'],
      },
    ],
  },

  // ───────────── National data infrastructure (NDRC, NDA and MIIT, 2024) ─────────────
  {
    id: 'document:national-data-infrastructure-construction-guidelines',
    name: 'National Data Infrastructure Construction Guidelines',
    nameZh: '国家数据基础设施建设指引',
    aliases: [
      'National Data Infrastructure Construction Guideline',
      'Guidelines for Building National Data Infrastructure',
    ],
    zhShortNames: ['发改数据〔2024〕1853号'],
    kind: 'guideline',
    status: 'final',
    issuers: ['ndrc', 'nda', 'miit'],
    promulgated: '2025-01-06',
    summary:
      'NDRC, NDA and MIIT guidelines on what national data infrastructure is and how to build it in phases: pilots in 2024–2026, large-scale interconnection by 2028 and its main structure by 2029.',
    sources: [
      {
        url: 'https://www.cnsonews.com.cn/lang/English/10928.html',
        title: "CNSO News (People's Daily) – A national data \"one account\" will be established",
        quote:
          'Recently, the National Development and Reform Commission, the National Data Administration, and the Ministry of Industry and Information Technology jointly issued the "National Data Infrastructure Construction Guidelines" (hereinafter referred to as the "Guidelines"), which clearly stated that by 2029, the national data infrastructure construction and operation system and mechanism will be basically established.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.besthub.dev/articles/china-s-new-national-data-infrastructure-blueprint-shaping-the-digital-future-0c1c54c609da',
        title: 'besthub.dev – China’s New National Data Infrastructure Blueprint',
        quote:
          "Released by the NDRC, National Data Bureau and MIIT, the 'National Data Infrastructure Construction Guideline' outlines the concept, vision, functions, and architecture of a nationwide data infrastructure, detailing four key pillars—data flow, computing, network support, and security—and sets phased development goals through 2029.",
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://sesec.eu/2024/news-events/news/national-data-bureau-releases-draft-guidelines-for-building-national-data-infrastructure',
        title: 'SESEC – National Data Bureau releases draft Guidelines for Building National Data Infrastructure',
        quote:
          'On November 22, 2024, the National Data Administration (NDB) released the draft Guidelines for Building National Data Infrastructure (hereinafter referred to as the Guidelines) for public consultation.',
        supports: ['aliases'],
      },
      {
        url: 'https://c114.net.cn/cloud/107759.html',
        title: 'C114通信网',
        quote:
          '1月6日,国家发展改革委、国家数据局、工业和信息化部联合印发《国家数据基础设施建设指引》(以下简称《指引》),以打通数据流通动脉,畅通数据资源循环,促进数据应用开发。',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'http://www.muchlab.com/html/0582933536.html',
        title: '2025年Q1国内网络安全领域重要政策及标准速览 (muchlab.com)',
        quote:
          '2. 2025年1月6日,国家发改委、国家数据局、工信部联合发布《国家数据基础设施建设指引》(发改数据〔2024〕1853号)',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'promulgated'],
      },
      {
        url: 'https://news.southcn.com/node_179d29f1ce/b60d99e216.shtml',
        title: '南方网',
        quote:
          '2024—2026年,利用2—3年时间,围绕重要行业领域和典型应用场景,开展数据基础设施技术路线试点试验 … 2027—2028年,建成支撑数据规模化流通、互联互通的数据基础设施 … 到2029年,基本建成国家数据基础设施主体结构',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Global AI Governance Action Plan (2025) ─────────────
  {
    id: 'document:global-ai-governance-action-plan',
    name: 'Global AI Governance Action Plan',
    nameZh: '人工智能全球治理行动计划',
    aliases: ['Action Plan for Global Governance of Artificial Intelligence'],
    kind: 'international',
    status: 'final',
    promulgated: '2025-07-26',
    summary:
      'Plan released at the 2025 World AI Conference in China setting six core principles and 13 actions for global AI governance.',
    sources: [
      {
        url: 'https://www.newswire.lk/2025/07/31/13-point-global-ai-governance-action-plan-published',
        title: 'Newswire (Sri Lanka) – 13-point Global AI Governance Action Plan published',
        quote:
          'The Global AI Governance Action Plan was published during the 2025 World Artificial Intelligence (AI) Conference and High-Level Meeting on Global AI Governance held in China recently (26).',
        supports: ['name', 'status'],
      },
      {
        url: 'https://dig.watch/resource/action-plan-for-global-governance-of-artificial-intelligence',
        title: 'Digital Watch Observatory',
        quote:
          'On July 26, the 2025 World Artificial Intelligence Conference and High-level Conference on Global Governance of Artificial Intelligence released the Action Plan for Global Governance of Artificial Intelligence.',
        supports: ['aliases', 'kind', 'promulgated'],
      },
      {
        url: 'https://world.gmw.cn/2025-07/27/content_38176415.htm',
        title: '光明网（新华社）– 人工智能全球治理行动计划',
        quote: '7月26日,2025世界人工智能大会暨人工智能全球治理高级别会议发表《人工智能全球治理行动计划》。',
        supports: ['nameZh', 'promulgated'],
      },
      {
        url: 'https://silubaba.us/97633.html',
        title: 'silubaba.us (Xinhua commentary)',
        quote:
          'On July 26, the 2025 World Artificial Intelligence Conference and High-Level Meeting on Global AI Governance released the Global AI Governance Action Plan.\nThe Action Plan outlines six core principles and 13 concrete actions, reflecting broad international consensus.',
        supports: ['name', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Global Cross-Border Data Flow Cooperation Initiative (2024) ─────────────
  {
    id: 'document:global-cross-border-data-flow-cooperation-initiative',
    name: 'Global Cross-Border Data Flow Cooperation Initiative',
    nameZh: '全球数据跨境流动合作倡议',
    aliases: ['Global Data Cross-Border Flow Cooperation Initiative'],
    kind: 'international',
    status: 'final',
    promulgated: '2024-11-20',
    summary:
      'China’s initiative on cross-border data flows, put forward at APEC and released in full at the 2024 Wuzhen Summit: openness, inclusiveness, security, cooperation and non-discrimination, with respect for each country’s data rules.',
    sources: [
      {
        url: 'http://en.people.cn/n3/2024/1120/c90000-20245091.html',
        title: "People's Daily Online (Xinhua)",
        quote:
          "China has put forth the Global Cross-Border Data Flow Cooperation Initiative at the 31st APEC Economic Leaders' Meeting, and officially released the full text of the initiative at the 2024 World Internet Conference Wuzhen Summit. … advocates the principles of openness, inclusiveness, security, cooperation and non-discrimination, advances the building of an open and mutually beneficial landscape of international cross-border data flow cooperation",
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://gmteight.com/content/detail/201319',
        title: 'GMT Eight',
        quote: 'Global Data Cross-Border Flow Cooperation Initiative\n20/11/2024\nGMT Eight',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'https://kankanews.com/detail/1OwGANM6KyE',
        title: '看看新闻',
        quote:
          '11月20日,外交部发言人林剑主持例行记者会。有记者提问,日前,习近平主席在亚太经合组织第三十一次领导人非正式会议上提出《全球数据跨境流动合作倡议》。中方在2024年世界互联网大会乌镇峰会正式发布了《倡议》全文。',
        supports: ['nameZh', 'promulgated'],
      },
      {
        url: 'https://stdaily.com/web/English/2024-12/13/content_267412.html',
        title: 'Science and Technology Daily',
        quote:
          '• Respect the regulatory differences of various countries and regions in cross-border data flows. They should support free data flows that do not violate national security, public interests, and personal privacy.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Reporting of personal information protection officers (CAC announcement, 2025) ─────────────
  {
    id: 'document:announcement-on-reporting-personal-information-protection-officer-information',
    name: 'Notice on Launching the Reporting Mechanism for Personal Information Protection Officers',
    nameZh: '关于开展个人信息保护负责人信息报送工作的公告',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-07-18',
    summary:
      'CAC announcement: processors handling the personal information of 1 million people or more must report their personal information protection officer to the city-level CAC office (by 29 August 2025 if already above the threshold).',
    relations: [
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
      { type: 'implements', target: 'document:measures-for-administration-of-personal-information-protection-compliance-audits', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.163.com/dy/article/K4PF5J6B05129QAF.html',
        title: '网易（南方都市报）– 处理超百万个人信息,30工作日内向网信部门报送个保负责人',
        quote:
          '7月18日,国家网信办发布《关于开展个人信息保护负责人信息报送工作的公告》(下称《公告》),提醒个人信息处理者依法履行个人信息保护负责人信息报送手续。\n\n《公告》表示,根据《个人信息保护法》第五十二条、《个人信息保护合规审计管理办法》第十二条规定,处理100万人以上个人信息的个人信息处理者,应当向所在地设区的市级网信部门履行个人信息保护负责人信息报送手续。 … 该公告发布前,个人信息处理者处理个人信息数量已经达到100万人的,应当在2025年8月29日前完成信息报送',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://natlawreview.com/article/china-initiates-mandatory-reporting-regime-personal-information-protection-officers',
        title: 'The National Law Review',
        quote:
          'On July 18, 2025, the Cyberspace Administration of China (the “CAC”) issued the Notice on Launching the Reporting Mechanism for Personal Information Protection Officers (the “Notice ”).',
        supports: ['name', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.twobirds.com/en/insights/2025/china/client-alert-cybersecurity-administration-of-china-rolls-out-mandatory-reporting-of-personal-informa',
        title: 'Bird & Bird – CAC Rolls Out Mandatory Reporting of Personal Information Protection Officers',
        quote:
          'On 18 July 2025, the CAC issued an announcement obliging controllers handling personal data of more than one million individuals to file PIPO details with the municipal‑level CAC where they are located.',
        supports: ['kind', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Classification of online information that may affect minors (CAC and seven others, 2025) ─────────────
  {
    id: 'document:measures-for-classification-of-online-information-affecting-minors-physical-and-mental-health',
    name: 'Measures for the Classification of Online Information that may Affect the Physical and Mental Health of Minors',
    nameZh: '可能影响未成年人身心健康的网络信息分类办法',
    aliases: [
      'Classification Measures for Online Information That May Affect the Physical and Mental Health of Minors',
      'Measures for the Classification of Internet Information that May Affect the Physical and Mental Health of Minors',
    ],
    zhShortNames: ['国信办通字〔2025〕5号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'nppa', 'moe', 'miit', 'mps', 'mct', 'nrta'],
    promulgated: '2025-12-26',
    effective: '2026-03-01',
    summary:
      'Eight-department measures sorting online information that may harm minors into four types (inducing bad conduct, harming values, misusing minors’ images, exposing their personal information) and requiring warnings and keeping it off prominent spots.',
    relations: [{ type: 'implements', target: 'document:regulations-on-protection-of-minors-online', source: 4 }],
    sources: [
      {
        url: 'https://www.mondaq.com/china/privacy-protection/1744998/the-cac-introduces-new-online-safety-rules-for-the-protection-of-minors',
        title: 'Mondaq – The CAC Introduces New Online Safety Rules For The Protection Of Minors',
        quote:
          'On December 26 2025, the Cyberspace Administration of China (CAC) issued the Measures for the Classification of Online Information that may Affect the Physical and Mental Health of Minors (the Measures).',
        supports: ['name', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://outlooknewera.com/pcen/info_view.php?VID=74146&tab=mynews',
        title: 'Outlook New Era – Interpreting the Highlights of the New Regulations on the Classification of Minors’ Network Information',
        quote:
          'Recently, eight departments, including the National Internet Information Office, issued the Measures for the Classification of Internet Information that May Affect the Physical and Mental Health of Minors (hereinafter referred to as the Measures), which will come into force on March 1, 2026',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://babl.ai/china-issues-new-classification-rules-on-online-content-affecting-minors-effective-march-2026',
        title: 'BABL AI – China Issues New Classification Rules on Online Content Affecting Minors',
        quote:
          'The measures will take effect on March 1, 2026, according to a joint notice published by the Cyberspace Administration of China (CAC) and eight other ministries and regulators.\n\n \n\nThe “Classification Measures for Online Information That May Affect the Physical and Mental Health of Minors” outline detailed categories of content',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'https://readhub.cn/topic/8q9UHFDATc0',
        title: 'Readhub',
        quote:
          '国家网信办等八部门发布《可能影响未成年人身心健康的网络信息分类办法》,自 2026 年 3 月 1 日起施行。办法明确了相关网络信息的具体种类、范围、判断标准和提示办法,将可能影响未成年人身心健康的网络信息分为可能引发或诱导其模仿实施不良行为、对其价值观造成负面影响、不当使用其形象、不当披露和使用其个人信息四类,并对网络信息内容生产者、网络产品和服务提供者等提出防范抵制、作出提示、不在醒目位置呈现等要求',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://www.shswcpa.com/js.asp?%2Fpage=548921523',
        title: '八部门印发《可能影响未成年人身心健康的网络信息分类办法》 (中新网 text reprinted on an unrelated site)',
        quote:
          '国家互联网信息办公室、国家新闻出版署、国家电影局、教育部、工业和信息化部、公安部、文化和旅游部、国家广播电视总局发布《可能影响未成年人身心健康的网络信息分类办法》(以下简称《办法》),自2026年3月1日起施行。\n《办法》落实《未成年人网络保护条例》要求,明确可能影响未成年人身心健康的网络信息的4种类型及具体表现形式',
        supports: ['nameZh', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://www.biolabx.cn/m.php?%2Fpage=548931749',
        title: '关于印发《可能影响未成年人身心健康的网络信息分类办法》的通知 (CAC notice reprinted on an unrelated site)',
        quote:
          '关于印发《可能影响未成年人身心健康的网络信息分类办法》的通知\n\n国信办通字〔2025〕5号 … 国家互联网信息办公室\n\n国家新闻出版署\n\n国家电影局\n\n教育部\n\n工业和信息化部\n\n公安部\n\n文化和旅游部\n\n国家广播电视总局\n\n2025年12月26日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── Authorized operation of public data resources (NDRC and NDA, 2025) ─────────────
  {
    id: 'document:implementation-specifications-for-authorized-operation-of-public-data-resources',
    name: 'Implementation Specifications for Authorized Operation of Public Data Resources (Trial)',
    nameZh: '公共数据资源授权运营实施规范(试行)',
    aliases: ['Fa Gai Shu Ju Gui [2025] No. 27'],
    zhShortNames: ['发改数据规〔2025〕27号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'nda'],
    promulgated: '2025-01-08',
    effective: '2025-03-01',
    summary:
      'NDRC/NDA trial rules on "authorized operation" of public data: how county-level and higher governments and sector regulators may authorise operators to develop public data and supply data products and services to the market.',
    relations: [{ type: 'implements', target: 'document:opinions-on-accelerating-development-and-utilization-of-public-data-resources', source: 1 }],
    sources: [
      {
        url: 'https://datacompliancechina.com/laws/public-data-authorized-operation-specifications.md',
        title: 'Data Compliance China',
        quote:
          'title_en: "Implementation Specifications for Authorized Operation of Public Data Resources (Trial)"\ntitle_zh: "公共数据资源授权运营实施规范（试行）"\nhierarchy: "rule"\nissuing_body: "National Development and Reform Commission (NDRC) and National Data Administration (NDA)"\nadopted_date: 2025-01-08\neffective_date: 2025-03-01',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://m.law-lib.com/law/law_view.asp?id=772688',
        title: '法律图书馆 – 国家发展改革委、国家数据局关于印发《公共数据资源授权运营实施规范(试行)》的通知',
        quote:
          '国家发展改革委 国家数据局关于印发《公共数据资源授权运营实施规范(试行)》的通知\n发改数据规〔2025〕27号 … 为贯彻落实《中共中央办公厅、国务院办公厅关于加快公共数据资源开发利用的意见》,加强数据基础制度建设,规范公共数据资源授权运营,促进一体化数据市场培育,释放数据要素价值,我们制定了《公共数据资源授权运营实施规范(试行)》。现印发给你们,请遵照执行。\n国家发展改革委\n国 家 数 据 局\n2025年1月8日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://datacompliancechina.com/laws/public-data-authorized-operation-specifications/',
        title: 'Data Compliance China',
        quote:
          'Document No.: Fa Gai Shu Ju Gui [2025] No. 27 (发改数据规〔2025〕27号).\nIssued January 8, 2025. Effective March 1, 2025. Five-year validity period.',
        supports: ['aliases', 'zhShortNames', 'promulgated', 'effective'],
      },
      {
        url: 'https://datacompliancechina.com/laws/public-data-authorized-operation-specifications.md',
        title: 'Data Compliance China',
        quote:
          "The Specifications establish the framework for 'authorized operation' (授权运营) of public data resources — the mechanism by which governments at and above the county level, and national sectoral authorities, can authorize qualified operating institutions to develop and operationalize public data resources, deliver data products and services to the market, and share in the revenue.",
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Price formation for authorized operation of public data (NDRC and NDA, 2025) ─────────────
  {
    id: 'document:notice-on-price-formation-mechanism-for-authorized-operation-of-public-data-resources',
    name: 'Notice on Establishing a Price Formation Mechanism for Authorized Operation of Public Data Resources',
    nameZh: '关于建立公共数据资源授权运营价格形成机制的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'nda'],
    promulgated: '2025-01-16',
    effective: '2025-03-01',
    summary:
      'NDRC/NDA notice on pricing public data: products for public governance and public welfare are free, those for industry carry an operation service fee under a government-guided price cap.',
    relations: [{ type: 'implements', target: 'document:opinions-on-accelerating-development-and-utilization-of-public-data-resources', source: 0 }],
    sources: [
      {
        url: 'https://zhousa.com/archives/73374.html',
        title: 'zhousa.com (国家发展改革委、国家数据局有关负责同志答记者问)',
        quote:
          '国家发展改革委、国家数据局日前公布了《公共数据资源登记管理暂行办法》、《公共数据资源授权运营实施规范(试行)》,以及《关于建立公共数据资源授权运营价格形成机制的通知》(以下分别简称《管理办法》、《实施规范》、《通知》)三份政策文件 … 本次出台的三份文件是落实《意见》要求的重要举措,针对授权运营相关活动进行规范。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'http://zszt04.cn/gupiaopeizikaihubuzhou/445374.html',
        title: '新财观 (article by the NDRC Price Cost and Certification Center, reprinted on an unrelated site)',
        quote:
          '2025年1月16日,国家发展改革委、国家数据局印发《关于建立公共数据资源授权运营价格形成机制的通知》(以下简称《通知》),明确公共数据资源授权定价范围和管理权限',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.cnsonews.com.cn/lang/English/101101.html',
        title: 'CNSO News (Xinhua)',
        quote:
          'The National Development and Reform Commission and the State Data Administration recently issued a notice on establishing a price formation mechanism for authorized operation of public data resources … The notice clearly states that the operating agency provides data products and services for public governance and public welfare undertakings, and there is no charge for fees; if it is used for industrial development and industry development, public data operation service fees can be charged and government guidance price management can be implemented.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://databanker.cn/point/362339.html',
        title: 'databanker.cn',
        quote:
          '2025年3月1日,国家发展改革委和国家数据局公布的《公共数据资源登记管理暂行办法》(简称《暂行办法》)《公共数据资源授权运营实施规范(试行)》(简称《实施规范》)《关于建立公共数据资源授权运营价格形成机制的通知》(简称《价格形成机制》)于当日起同时生效。',
        supports: ['effective'],
      },
    ],
  },
  // ───────────── Draft of the personal information export certification measures (CAC, January 2025) ─────────────
  {
    id: 'document:measures-for-personal-information-protection-certification-for-outbound-transfer-draft',
    name: 'Measures for the Certification of Personal Information Protection for Cross-Border Data Transfers',
    nameZh: '个人信息出境个人信息保护认证办法',
    aliases: [
      'Measures for Personal Data Protection Certification for Cross-Border Data Transfers',
      'Measures for the Certification of the Protection of Personal Information Exported Abroad',
      'Measures for the Certification of Personal Information Protection for Overseas Transfers',
      'Measures for Personal Information Export and Personal Information Protection Certification',
    ],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2025-01-03',
    summary: 'CAC draft (20 articles, comments to 3 February 2025) on certification as a route for exporting personal information, open to processors that are not CII operators; finalised in October 2025 as the Measures for the Certification of Personal Information Outbound Transfer.',
    relations: [{ type: 'draft_of', target: 'document:measures-for-certification-of-personal-information-outbound-transfer', source: 8 }],
    sources: [
      {
        url: 'http://glo.com.cn/Content/2025/01-09/1437008618.html',
        title: '环球律师事务所 – 十问十答《个人信息出境个人信息保护认证办法(征求意见稿)》',
        quote:
          '2025年1月3日,中国国家互联网信息办公室(以下简称“网信办”)发布了《个人信息出境个人信息保护认证办法(征求意见稿)》(以下简称“《认证办法(征)》”),该办法为企业在个人信息跨境活动中的合规指明了新方向。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.lexiscn.com/pghottopic/pg_ce/cn/pg_ce137.html',
        title: 'LexisNexis 律商联讯 – 聚焦个人信息跨境新规:个人信息保护认证办法征求意见解析',
        quote:
          '2025年1月3日,国家互联网信息办公室(以下简称“网信办”)发布了《个人信息出境个人信息保护认证办法(征求意见稿)》(以下简称“《征求意见稿》”),公开征求意见,截止日期为2025年2月3日。 … 《征求意见稿》全文共20条,明确了个人信息保护认证的适用范围、条件及主要内容,旨在落实《个人信息保护法》第三十八条第一款第二项关于通过认证实现个人信息出境的规定。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://china-briefing.com/news/cross-border-data-transfers-personal-information-protection-certification',
        title: 'China Briefing (Dezan Shira & Associates)',
        quote:
          'On January 3, 2025, the Cyberspace Administration of China (CAC) issued a draft document titled Measures for the Certification of Personal Information Protection for Cross-Border Data Transfers (hereinafter, draft measures) for public consultation.',
        supports: ['name', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://twobirds.com/en/insights/2025/china/china-cybersecurity-and-data-protection-monthly-update-february-2025-issue',
        title: 'Bird & Bird – China Cybersecurity and Data Protection: Monthly Update, February 2025',
        quote:
          'The CAC opened the public consultation on the Measures for Personal Data Protection Certification for Cross-Border Data Transfers, aimed at regulating the certification of personal information protection for cross-border transfers and facilitating the secure and efficient flow of personal information across borders.',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://aphaia.co.uk/draft-measures-for-the-certification-of-the-protection-of-personal-information-exported-abroad-published-by-chinas-cac',
        title: 'Aphaia',
        quote:
          'On January 3, 2025, the Cyberspace Administration of China (CAC) released a draft document titled “Measures for the Certification of the Protection of Personal Information Exported Abroad” (hereinafter, draft measures). These measures, comprising 20 articles, are open for public consultation until February 3, 2025',
        supports: ['aliases', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.datenschutz-notizen.de/understanding-chinas-new-measures-for-the-certification-of-personal-information-protection-for-overseas-transfers-3951601/',
        title: 'Datenschutz-Notizen',
        quote:
          'Recently, the Cyberspace Administration of China (“CAC”) released the Measures for the Certification of Personal Information Protection for Overseas Transfers (Draft for Public Comment, “the Draft”) … The certification applies to activities involving the overseas transfer of personal information that meet all the following conditions:\n\n  • The entities that are not operators of critical information infrastructure;',
        supports: ['aliases', 'status', 'summary'],
      },
      {
        url: 'http://gaopenglaw.com/en/content/details11_4564.html',
        title: 'Gaopeng & Partners',
        quote:
          'The New Year\'s Eve of Legitimate Data Export - Quick Review of the "Measures for Personal Information Export and Personal Information Protection Certification" (Draft for Comments)',
        supports: ['aliases', 'status'],
      },
      {
        url: 'https://cm.twobirds.com/en/insights/2025/china/china-cybersecurity-and-data-protection-monthly-update--november-2025-issue',
        title: 'Bird & Bird – China Cybersecurity and Data Protection: Monthly Update, November 2025',
        quote:
          'In October 2025, China introduced multiple policies and standards in key areas such as personal information protection … At the legislative level, the Cyberspace Administration of China (“CAC”) and the State Administration for Market Regulation (“SAMR”) jointly issued the Measures for the Certification of the Cross-border Transfer of Personal Information.',
        supports: ['summary'],
      },
      {
        url: 'https://www.glo.com.cn/Content/2025/11-05/0952294404.html',
        title: '环球律师事务所 – 《个人信息出境认证办法》正式文本中的三个关键变化',
        quote:
          '在25年初开展意见征集10个月后,国家互联网信息办公室(下称“国家网信部门”)与国家市场监督管理总局(下称“市监总局”)于日前联合公布了部门规章《个人信息出境认证办法》 … 更为重要的是,其相较于早前的《个人信息出境个人信息保护认证办法(征求意见稿)》(下文简称“《征求意见稿》”)所作出的若干关键修订。',
        supports: ['relations'],
      },
    ],
  },
  // ───────────── Network data security risk assessment (CAC, MIIT and MPS, 2026) ─────────────
  {
    id: 'document:network-data-security-risk-assessment-measures',
    name: 'Network Data Security Risk Assessment Measures',
    nameZh: '网络数据安全风险评估办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac', 'miit', 'mps'],
    // sources disagree: GMT Eight dates the joint issue 18 June 2026, Digital Policy Alert lists it as adopted on 1 June 2026.
    promulgated: '2026-06-18',
    effective: '2026-08-20',
    summary:
      'CAC, MIIT and MPS measures on network data security risk assessments: processors of important data assess every year, processors of general data are encouraged to do so at least every three years.',
    relations: [{ type: 'based_on', target: 'document:network-data-security-management-regulations', source: 2 }],
    sources: [
      {
        url: 'https://gmt8press.com/flash/detail/1425787',
        title: 'GMT Eight',
        quote:
          'date\n18/06/2026\nAccording to the "Network Data Security Risk Assessment Measures" jointly issued by the Cyberspace Administration of China, the Ministry of Industry and Information Technology, and the Ministry of Public Security on June 18, the measures will be implemented starting from August 20, 2026. The measures stipulate that network data processors handling important data should conduct risk assessments annually … In addition, the measures encourage network data processors handling general data to conduct risk assessments at least once every 3 years.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://digitalpolicyalert.org/change/17386',
        title: 'Digital Policy Alert',
        quote:
          'On 20 August 2026, the measures for risk assessment of network data security, issued by the Cyberspace Administration, the Ministry of Industry and Information Technology, and the Ministry of Public Security, enter into force.',
        supports: ['status', 'issuers', 'effective'],
      },
      {
        url: 'https://www.declangfang.com/lists.php/about/26010836826832.html?%2Fpage=548968956',
        title: 'CAC notice on the draft, reprinted on an unrelated site (the draft bears the same title)',
        quote:
          '根据《中华人民共和国数据安全法》《网络数据安全管理条例》等法律法规,国家互联网信息办公室起草了《网络数据安全风险评估办法(征求意见稿)》,现向社会公开征求意见。',
        supports: ['nameZh', 'relations'],
      },
    ],
  },
  // ───────────── Data circulation security governance (NDRC, NDA and four others, 2025) ─────────────
  {
    id: 'document:implementation-plan-for-improving-data-circulation-security-governance',
    name: 'Implementation Plan for Improving Data Circulation Security Governance and Promoting the Marketization and Value of Data Elements',
    nameZh: '关于完善数据流通安全治理 更好促进数据要素市场化价值化的实施方案',
    aliases: ['Implementation Plan for Improving Data Flow Security Governance and Better Promoting the Market-oriented and Valued Data Elements'],
    zhShortNames: ['关于完善数据流通安全治理更好促进数据要素市场化价值化的实施方案'],
    kind: 'plan',
    status: 'final',
    issuers: ['ndrc', 'nda', 'cac', 'miit', 'mps', 'samr'],
    summary:
      'Six-department plan on the security governance of data circulation: rules for enterprise, public and personal data flows, liability, security technology and services and curbing data abuse, with the governance system in place by the end of 2027.',
    sources: [
      {
        url: 'http://rongtian.com.cn/show.asp?id=1308',
        title: '国家发展改革委等部门印发《关于完善数据流通安全治理 更好促进数据要素市场化价值化的实施方案》的通知 (reprint of the NDA release)',
        quote:
          '近日,国家发展改革委、国家数据局、中央网信办、工业和信息化部、公安部、市场监管总局联合印发了《关于完善数据流通安全治理 更好促进数据要素市场化价值化的实施方案》(以下简称《方案》)。 … 《方案》从明晰企业数据流通安全规则、加强公共数据流通安全管理、强化个人数据流通保障、完善数据流通安全责任界定机制、加强数据流通安全技术应用、丰富数据流通安全服务供给、防范数据滥用风险等七个方面作出具体部署。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://outlooknewera.com/en/info_view.php?VID=61876&tab=mynews',
        title: 'Outlook New Era – Six departments issue plans to improve data circulation security governance',
        quote:
          'Recently, the National Development and Reform Commission, the National Data Administration, the Cyberspace Administration of China, the Ministry of Industry and Information Technology, the Ministry of Public Security, and the State Administration for Market Regulation jointly issued the "Implementation Plan for Improving Data Circulation Security Governance and Promoting the Marketization and Value of Data Elements" (hereinafter referred to as the "Plan"), proposing that by the end of 2027, a data circulation security governance system with clear rules, prosperous industries, and multi-party collaboration will be basically constructed',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.cnsonews.com.cn/lang/English/101102.html',
        title: 'CNSO News (Xinhua) – Six departments issued plans requiring improvement of data circulation security governance',
        quote:
          'The National Development and Reform Commission, the Central Cyberspace Affairs Office and other six departments recently jointly issued the "Implementation Plan for Improving Data Flow Security Governance and Better Promoting the Market-oriented and Valued Data Elements"',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ───────────── Smart cities and city-wide digital transformation (NDRC, NDA, MOF and MNR, 2024) ─────────────
  {
    id: 'document:guiding-opinions-on-deepening-smart-city-development-and-city-wide-digital-transformation',
    name: 'Guiding Opinions on Deepening the Development of Smart Cities and Promoting the City-wide Digital Transformation of Cities',
    nameZh: '关于深化智慧城市发展 推进城市全域数字化转型的指导意见',
    aliases: ['Guiding Opinions on Deepening the Development of Smart Cities and Promoting Urban Digital Transformation'],
    zhShortNames: ['关于深化智慧城市发展推进城市全域数字化转型的指导意见', '发改数据〔2024〕660号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'nda', 'mof', 'mnr'],
    promulgated: '2024-05-20',
    summary:
      'Opinions of NDRC, the National Data Administration, the Ministry of Finance and the Ministry of Natural Resources on the city-wide digital transformation of Chinese cities: marked results by 2027 and a comprehensive breakthrough by 2030.',
    sources: [
      {
        url: 'https://freewechat.com/a/MzkwMjQ1NjgzNg==/2247491561/1',
        title: 'freewechat.com (text of the opinions)',
        quote:
          '国家发展改革委 国家数据局 财政部 自然资源部关于深化智慧城市发展 推进城市全域数字化转型的指导意见\n发改数据〔2024〕660号 … 到2027年,全国城市全域数字化转型取得明显成效,形成一批横向打通、纵向贯通、各具特色的宜居、韧性、智慧城市,有力支撑数字中国建设。到2030年,全国城市全域数字化转型全面突破',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://taptechnews.com/a2207526da55a679.html',
        title: 'TapTechNews – China Releases Guiding Opinions on Deepening Smart City Development',
        quote:
          "TapTechNews May 20th news, the National Development and Reform Commission, the National Data Bureau, the Ministry of Finance, and the Ministry of Natural Resources today released the 'Guiding Opinions on Deepening the Development of Smart Cities and Promoting the City-wide Digital Transformation of Cities'.",
        supports: ['name', 'issuers', 'status'],
      },
      {
        url: 'http://lwxsd.com/en/info_view.php?VID=51705&tab=mynews',
        title: 'Building an upgraded version of smart cities - National Data Bureau interprets the digital transformation of cities across the entire region',
        quote:
          '2024-05-21\n\nOn the 20th, the National Data Administration, together with relevant departments, released the Guiding Opinions on Deepening the Development of Smart Cities and Promoting Urban Digital Transformation.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── Data asset management (MOF, 2023) ─────────────
  {
    id: 'document:guiding-opinions-on-strengthening-data-asset-management',
    name: 'Guiding Opinions on Strengthening Data Asset Management',
    nameZh: '关于加强数据资产管理的指导意见',
    zhShortNames: ['财资〔2023〕141号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mof'],
    promulgated: '2023-12-31',
    summary:
      'Ministry of Finance guiding opinions (Cai Zi [2023] No. 141) on managing data as assets, made under the Cybersecurity, Data Security and Personal Information Protection Laws.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 0 },
      { type: 'based_on', target: 'document:data-security-law', source: 0 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 0 },
    ],
    sources: [
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/zhengceku/202401/content_6925470.htm',
        title: '中国政府网 (traditional-script gateway) – 關於印發《關於加強數據資産管理的指導意見》的通知',
        quote:
          '發文機關:財政部\n  • 發文字號:財資〔2023〕141號 … 成文日期:2023年12月31日 … 根據《中華人民共和國網絡安全法》、《中華人民共和國數據安全法》、《中華人民共和國個人信息保護法》等,我們制定了《關於加強數據資産管理的指導意見》。',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'http://echinagov.com/policy/362015.htm',
        title: 'echinagov.com (a regional finance bureau notice)',
        quote: '《财政部关于印发〈关于加强数据资产管理的指导意见〉的通知》(财资〔2023〕141号)',
        supports: ['name', 'nameZh', 'zhShortNames', 'issuers'],
      },
    ],
  },
  // ───────────── National data standard system (NDRC, NDA and four others, 2024) ─────────────
  {
    id: 'document:national-data-standard-system-construction-guide',
    name: 'National Data Standard System Construction Guide',
    nameZh: '国家数据标准体系建设指南',
    kind: 'guideline',
    status: 'final',
    // sources disagree on the count: the Chinese release names six bodies, besthub.dev says seven ministries.
    issuers: ['ndrc', 'nda', 'cac', 'miit', 'mof', 'sac'],
    promulgated: '2024-10',
    summary:
      'Six-department guide to a national system of data standards by the end of 2026, with over 30 basic general national standards on data circulation infrastructure, data management, data services, training datasets, public data authorised operation, data rights and data pricing, among others.',
    sources: [
      {
        url: 'https://m.dzsc.com/news/2024-10-10/242999.html',
        title: '六部门编制:《国家数据标准体系建设指南》全文 (dzsc.com)',
        quote:
          '时间:2024-10-10\n  为深入学习贯彻党的二十大和二十届二中、三中全会精神, … 日前,国家发展改革委、国家数据局、中央网信办、工业和信息化部、财政部、国家标准委组织编制了《国家数据标准体系建设指南》。 … 到2026年底,基本建成国家数据标准体系,围绕数据流通利用基础设施、数据管理、数据服务、训练数据集、公共数据授权运营、数据确权、数据资源定价、企业数据范式交易等方面制修订30项以上数据领域基础通用国家标准',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://besthub.dev/articles/what-s-inside-china-s-new-national-data-standard-system-guide-c537cce079b4',
        title: 'besthub.dev – What’s Inside China’s New National Data Standard System Guide?',
        quote:
          'Seven ministries—including the NDRC, National Data Administration, and Ministry of Industry and Information Technology—have issued the National Data Standard System Construction Guide , aiming to establish a complete national data standards framework by the end of 2026.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

];
