import type { CoreInstrument } from './types';

/**
 * AI governance and cybersecurity policy instruments China TMT pages cite beside the laws: TC260's
 * AI Safety Governance Framework, the State Council's "AI+" opinions, the national AI industry
 * standardization guide, the National Cyberspace Security Strategy, and the multi-level protection
 * scheme (the 2007 measures and the 2018 draft regulations meant to replace them); and two 2017
 * internet services rules pages cite beside them, on forum communities (CAC) and domain names (MIIT).
 */
export const CORE_AI_GOVERNANCE_RULES: CoreInstrument[] = [
  // ───────────────────── AI Safety Governance Framework (TC260, 2024; 2.0 in 2025) ─────────────────────
  {
    id: 'document:ai-safety-governance-framework',
    name: 'AI Safety Governance Framework',
    nameZh: '人工智能安全治理框架',
    aliases: ['Artificial Intelligence Security Governance Framework', 'AI Security Governance Framework'],
    kind: 'technical_document',
    status: 'final',
    issuers: ['tc260'],
    promulgated: '2024-09-09',
    // Version 2.0 (15 September 2025) revises version 1.0 under the same Chinese title, which pages
    // write as 《人工智能安全治理框架》2.0版 — the version outside the title marks — so no page gives 2.0 a
    // Chinese title of its own and it stays a revision of this entry rather than an entry of its own.
    amended: ['2025-09-15'],
    summary:
      'TC260’s non-binding framework for AI safety governance: a classification of inherent (endogenous) and application risks of AI and the measures stakeholders should take to prevent and respond to them; version 2.0 (2025) refines the risk classification and explores risk grading.',
    sources: [
      {
        url: 'https://haynesboone.com/news/alerts/china-publishes-the-ai-security-governance-framework',
        title: 'Haynes Boone',
        quote:
          'On Sept. 9, 2024, the National Technical Committee 260 on Cybersecurity of Standardization Administration of China (the “Committee”) released the Artificial Intelligence Security Governance Framework 1.0 (《人工智能安全治理框架》1.0版) (the “AI Framework”). … It provides non-binding yet helpful guidance for AI developers, service providers as well as users in dealing with AI-security risks.',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.pymnts.com/cpi-posts/facing-ai-employing-a-safe-approach/',
        title: 'PYMNTS (Competition Policy International)',
        quote:
          'On September 9, 2024, China’s National Technical Committee 260 on Cybersecurity of the Standardization Administration (“TC260”) introduced the AI Safety Governance Framework (V1.0) (the “AI Framework”). … the AI Framework identifies security risks associated with AI and outlines specific measures that stakeholders—including technology research institutions, product and service providers, users, government bodies, and social organizations—should take to prevent and respond to these risks.',
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://toolnavs.com/en/article/24',
        title: 'toolnavs.com',
        quote:
          'A brief overview of the AI Security Governance Framework version 1.0 … Formulated by the National Cybersecurity Standardization Technical Committee (TC260) and officially released at the main forum of the National Cybersecurity Publicity Week on September 9, 2024. … Endogenous security risks of framework structure: covering model algorithm security, data security, system security, etc. … Application security risks',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.etnet.com.hk/www/tc/forex/news-article/20250915777',
        title: '經濟通 (etnet)',
        quote:
          '在今日的2025年國家網絡安全宣傳周主論壇上，《人工智能安全治理框架》2.0版（下稱《框架》2.0版）正式發布。 … 作為全國網安標委技術文件，《框架》2.0版在2024年《框架》基礎上，結合人工智能技術發展和應用實踐，持續跟蹤風險變化，完善優化風險分類，研究探索風險分級，動態調整更新防範治理措施。',
        supports: ['kind', 'amended', 'summary'],
      },
      {
        url: 'https://toolnavs.com/en/article/269-ren-gong-zhi-neng-an-quan-zhi-li-kuang-jia-2-0-ban-he-xin-jie-du',
        title: 'toolnavs.com',
        quote:
          'On September 15, 2025, the Cyberspace Administration of China (CAC) officially released version 2.0 of the Artificial Intelligence Security Governance Framework on its official website. This framework document is updated and optimized on the basis of version 1.0 in September 2024',
        supports: ['aliases', 'amended'],
      },
    ],
  },

  // ───────────────────── State Council opinions on the "AI+" action (2025) ─────────────────────
  {
    id: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action',
    name: 'Opinions on Deepening the Implementation of the “Artificial Intelligence+” Action',
    nameZh: '国务院关于深入实施“人工智能+”行动的意见',
    aliases: [
      'Opinions on Deepening the Implementation of the \'Artificial Intelligence+\' Action',
      'Opinions of the State Council on Deepening the Implementation of the "Artificial Intelligence+" Action',
      'State Council Opinions on Deeply Implementing the "Artificial Intelligence+" Action',
      'Opinions of the State Council on the In-depth Implementation of "Artificial Intelligence Plus" Action',
      'Opinions of the State Council on Deepening the Implementation of the ‘Artificial Intelligence Plus’ Action',
      'Opinions on Deepening the Implementation of the \'Artificial Intelligence Plus\' Initiative',
    ],
    zhShortNames: ['关于深入实施“人工智能+”行动的意见', '国发〔2025〕11号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    // Dated 21 August 2025, published on 26 August 2025 (scqcyz.cn).
    promulgated: '2025-08-21',
    summary:
      'State Council policy for integrating AI with science and technology, industry, consumption, livelihoods, governance and global cooperation, aiming at over 70% penetration of new intelligent terminals and agents by 2027 and over 90% by 2030.',
    sources: [
      {
        url: 'https://www.scqcyz.cn/en/news/2.html',
        title: 'scqcyz.cn (State Council text, English)',
        quote:
          'State Council Opinions on Deeply Implementing the "Artificial Intelligence+" Action\n\nSource: State Council Document No.: Guo Fa [2025] No. 11 Date: August 21, 2025 Release Date: August 26, 2025',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.10100.com/article/5632196',
        title: '10100.com',
        quote: '国务院关于深入实施“人工智能+”行动的意见\n推动人工智能与经济社会深度融合,加快构建智能经济与智能社会新形态\n国发〔2025〕11号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://www.healtsing.org.cn/home/index/detail.html?id=469',
        title: 'healtsing.org.cn',
        quote: '国务院近日正式印发《关于深入实施“人工智能+”行动的意见》(以下简称《意见》)。',
        supports: ['zhShortNames', 'issuers'],
      },
      {
        url: 'https://en.taibo.cn/p/25980362',
        title: 'Taibo (gov.cn text, English)',
        quote:
          'Recently, the State Council issued the "Opinions on Deepening the Implementation of the \'Artificial Intelligence+\' Action, \'aiming to achieve extensive and deep integration of artificial intelligence with six key areas by 2027, with a penetration rate of over 70% for new generation intelligent terminals, intelligent agents, and other applications. … By 2030, China\'s AI will fully enable high-quality development, and the penetration rate of new generation intelligent terminals, agents and other applications will exceed 90%. … Opinions of the State Council on Deepening the Implementation of the "Artificial Intelligence+" Action\n\nGuofa [2025] No. 11',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://gmteight.com/latest/detail/493746',
        title: 'GMTEight',
        quote:
          'State Council issues "Opinions on Deepening the Implementation of the \'Artificial Intelligence+\' Action" … The "Opinion" proposes to accelerate the implementation of 6 key actions. First, "Artificial Intelligence +" science and technology … Second, "Artificial Intelligence +" industrial development … Third, "Artificial Intelligence +" consumer upgrading … Fourth, "Artificial Intelligence +" people\'s livelihood and welfare … Fifth, "Artificial Intelligence +" governance capability … Sixth, "Artificial Intelligence +" global cooperation',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://www.1ai.net/en/41864.html',
        title: '1AI',
        quote: 'Opinions of the State Council on the In-depth Implementation of "Artificial Intelligence Plus" Action\n\nNational Development [2025] 11',
        supports: ['aliases'],
      },
      {
        url: 'https://oodaloop.com/analysis/disruptive-technology/chinas-state-council-issues-strategic-guidance-on-ai',
        title: 'OODA Loop',
        quote:
          'the issuance of this latest document, “Opinions of the State Council on Deepening the Implementation of the ‘Artificial Intelligence Plus’ Action” (an English translation is provided below) represents a clear indicator',
        supports: ['aliases'],
      },
      {
        url: 'https://www.mexc.us/news/national-development-and-reform-commission-vigorously-promote-the-large-scale-commercial-application-of-artificial-intelligence/63254',
        title: 'MEXC News (PANews)',
        quote:
          'the "Opinions on Deepening the Implementation of the \'Artificial Intelligence Plus\' Initiative" had been reviewed and approved by the State Council Executive Meeting yesterday.',
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────── National AI industry comprehensive standardization guide (MIIT et al., 2024) ─────────────
  {
    id: 'document:guidelines-for-construction-of-national-ai-industry-comprehensive-standardization-system',
    name: 'Guidelines for the Construction of the National Artificial Intelligence Industry Comprehensive Standardization System',
    nameZh: '国家人工智能产业综合标准化体系建设指南',
    aliases: [
      'Guidelines for the Construction of a Comprehensive Standardization System for the National Artificial Intelligence Industry',
      'Guidelines for the Construction of a National Comprehensive Standardisation System for the Artificial Intelligence Industry',
    ],
    zhShortNames: ['国家人工智能产业综合标准化体系建设指南(2024版)'],
    kind: 'guideline',
    status: 'final',
    issuers: ['miit', 'central-cyberspace-affairs-commission', 'ndrc', 'sac'],
    promulgated: '2024-07-02',
    summary:
      'Four-department guide (2024 edition) to China’s AI standards system in seven parts — basic and common, foundational support, key technologies, intelligent products and services, new industrialization, industry applications, safety and governance — aiming at over 50 new national and industry standards by 2026.',
    sources: [
      {
        url: 'https://sesec.eu/2024/news-events/news/china-issues-the-revised-ai-standard-system',
        title: 'SESEC',
        quote:
          'On July 2, 2024, the Ministry of Industry and Information Technology (MIIT), the Office of the Central Cyberspace Affairs Commission (CAC), and the Standardization Administration of China jointly issued the Guidelines for the Construction of the National Artificial Intelligence Industry Comprehensive Standardization System (2024 Edition) … addressing seven main aspects: basics and generics, foundational support, critical technologies, intelligent products and services, enabling new industrialization, industrial applications, and security governance',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://yjbzr.com/news/5714.html',
        title: 'yjbzr.com – 国家人工智能产业综合标准化体系建设指南(2024版)',
        quote:
          '7月2日,工业和信息化部、中央网络安全和信息化委员会办公室、国家发展和改革委员会、国家标准化管理委员会联合发布《国家人工智能产业综合标准化体系建设指南(2024版)。其中提出,到2026年,标准与产业科技创新的联动水平持续提升,新制定国家标准和行业标准50项以上,引领人工智能产业高质量发展的标准体系加快形成。',
        supports: ['summary'],
      },
      {
        url: 'https://cset.georgetown.edu/publication/china-ai-standardization-guidelines-2024',
        title: 'CSET, Georgetown University (translation)',
        quote: 'Guidelines for the Construction of a Comprehensive Standardization System for the National Artificial Intelligence Industry (2024 Edition)',
        supports: ['aliases'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/21316-adopted-cac-guidelines-for-the-construction-of-a-national-comprehensive-standardisation-system-for-the-artificial-intelligence-industry',
        title: 'Digital Policy Alert',
        quote:
          'China: Adopted CAC Guidelines for the Construction of a National Comprehensive Standardisation System for the Artificial Intelligence Industry … On 3 July 2024, the Cyberspace Administration of China (CAC) issued its Guidelines for the Construction of a National Comprehensive Standardisation System for the Artificial Intelligence (AI) Industry.',
        supports: ['aliases'],
      },
      {
        url: 'https://cloud.baidu.com/article/3363704',
        title: '百度智能云开发者中心 – 工信部等四部门联合发布《国家人工智能产业综合标准化体系建设指南(2024版)》',
        quote:
          '近日,工业和信息化部、中央网络安全和信息化委员会办公室、国家发展和改革委员会以及国家标准化管理委员会四部门联合印发了《国家人工智能产业综合标准化体系建设指南(2024版)》(以下简称《指南》)',
        supports: ['nameZh', 'zhShortNames', 'status', 'issuers'],
      },
    ],
  },

  // ───────────────────── National Cyberspace Security Strategy (CAC, 2016) ─────────────────────
  {
    id: 'document:national-cyberspace-security-strategy',
    name: 'National Cyberspace Security Strategy',
    nameZh: '国家网络空间安全战略',
    // "National Cybersecurity Strategy" is left out: pages use it for other countries' strategies too.
    kind: 'plan',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2016-12-27',
    summary:
      'China’s first national cyberspace security strategy, issued by the CAC with the approval of the central leading group: nine strategic tasks, among them defending cyberspace sovereignty, protecting critical information infrastructure and improving cyber governance.',
    sources: [
      {
        url: 'https://dig.watch/resource/chinas-national-cyberspace-security-strategy',
        title: 'Digital Watch Observatory',
        quote:
          'On December 27 [2016], with the approval of the Central Leading Group for Cyberspace Security and Informatization, the Cyberspace Administration of China issued the “National Cyberspace Security Strategy”.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://kepuchina.cn/qykj/shkx/201612/t20161228_57590.shtml',
        title: '科普中国 (科技日报)',
        quote:
          '《国家网络空间安全战略》发布科技日报 2016-12-28 |\n科技日报北京12月27日电 (记者刘艳)27日,国家互联网信息办公室发布《国家网络空间安全战略》(以下简称《战略》)。作为指导国家网络安全工作的纲领性文件,《战略》明确了九项关键任务。 … 《战略》明确,当前和今后一个时期国家网络空间安全工作的战略任务是坚定捍卫网络空间主权、坚决维护国家安全、保护关键信息基础设施、加强网络文化建设、打击网络恐怖和违法犯罪、完善网络治理体系',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://usito.org/node/2398',
        title: 'USITO',
        quote:
          "On December 27, the Cyberspace Administration of China (CAC) released the first National Cybersecurity Strategy (The Strategy), which illustrates and reaffirms China's main positions and propositions on cyberspace development and security and serves as the guide for China's cybersecurity work. … Protect critical information infrastructure (CII)",
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Multi-level protection: the 2007 measures (MPS, secrecy, cryptography, informatization) ─────────────
  {
    id: 'document:administrative-measures-for-graded-protection-of-information-security',
    name: 'Administrative Measures for the Graded Protection of Information Security',
    nameZh: '信息安全等级保护管理办法',
    aliases: [
      'Administrative Measures for the Hierarchical Protection of Information Security',
      'Administrative Measures for Classified Protection of Information Security',
      'Administration Measures for Information Security Classified Protection',
      'Administrative Measure for Multi-level Protection of Information Systems',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mps', 'national-administration-of-state-secrets-protection', 'sca'],
    promulgated: '2007-06-22',
    summary:
      'The 2007 multi-level protection scheme (MLPS): information systems are graded into five security protection levels, with mandatory security measures for each grade.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-security-protection-of-computer-information-systems', source: 0 }],
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/administrative-measures-for-the-hierarchical-protection-of-information-security/',
        title: 'AppInChina',
        quote:
          'Administrative Measures for the Hierarchical Protection of Information Security\n\nRelease Date: 06-22-2007 … Chinese Title: 信息安全等级保护管理办法\n\nGong Tong Zi [2007] No. 43 … these Measures are formulated in accordance with the Regulations of the People’s Republic of China on the Security Protection of Computer Information System and other relevant laws and regulations. … The public security organs shall take charge of supervising, inspecting and guiding the hierarchical protection of information security.',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2007-07/24/content_694380.htm',
        title: 'www.gov.cn',
        quote:
          '關於印發《信息安全等級保護管理辦法》的通知 … 公安部、國家保密局、國家密碼管理局、國務院信息化工作辦公室制定了《信息安全等級保護管理辦法》。現印發給你們,請認真貫徹執行。\n\n公安部    國家保密局          \n\n國家密碼管理局   國務院信息工作辦公室\n\n 二〇〇七年六月二十二日',
        supports: ['status', 'issuers'],
      },
      {
        url: 'https://kpfans.com/article/dVWMNYn451.html',
        title: 'kpfans.com',
        // The page prints the document number as 公通字[2006]43号; AppInChina and gov.cn date it June 2007.
        quote:
          '网络安全等级保护:一起回看2007等保重要政策文件43号文:上 … 2007年的《信息安全等级保护管理办法》(公通字[2006]43号)(以下简称“43号文”)由国信办、公安部、国家保密局、国家密码管理局等四部门联合出台,该文件详细阐述了公安机关的具体工作任务。 … 在43号文第二章是等级划分与保护,其中第七条明确了信息系统的安全保护等级分为五级',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://itlaw.fandom.com/wiki/Administrative_Measures_for_the_Graded_Protection_of_Information_Security',
        title: 'IT Law Wiki',
        quote:
          'Ministry of Public Security, Administrative Measures for the Graded Protection of Information Security (信息安全等级保护管理办法) (2007).\nThis document designates various grades of information systems and stipulate mandatory security measures applicable to each grade.',
        supports: ['name', 'nameZh', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/51439',
        title: 'VCBeat',
        quote:
          'In June 2007, the Ministry of Public Security, the State Administration for the Protection of State Secrets, the State Cryptography Administration, and the State Council Information Office jointly formulated the first version of the "Administrative Measures for Classified Protection of Information Security" (hereinafter referred to as the "Measures").\nIn accordance with the requirements of the Measures, the security protection levels of information systems are classified into the following five tiers:',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://m.appbook.qq.com/read/1037157086/59',
        title: 'QQ Reading (book appendix)',
        quote: 'Appendix D Administration Measures for Information Security Classified Protection',
        supports: ['aliases'],
      },
      {
        url: 'https://freewechat.com/a/MzA3ODA5MzI3Mw==/2650249182/1',
        title: 'Llinks Law Offices (通力律师)',
        quote:
          'It also aims to replace the Administrative Measure for Multi-level Protection of Information Systems (the “MLPS Measure”) issued by the MPS jointly with other authorities in 2007, which was not well enforced. … The MLPS Measure provides for a multi-level protection scheme (“MLPS Scheme”), by which network operators are required to assess the security levels which their networks fall into',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Multi-level protection: the 2018 draft regulations (MPS, for comment) ─────────────
  {
    id: 'document:regulations-on-cybersecurity-multi-level-protection-scheme-draft',
    name: 'Regulations on Cybersecurity Multi-level Protection Scheme (Draft for Comment)',
    // The title without its draft marker: name keys ignore draft markers and the status tells it apart.
    nameZh: '网络安全等级保护条例',
    aliases: [
      'Regulations on Cybersecurity Multi-level Protection Scheme',
      'Regulation on Cybersecurity Multi-Level Protection Scheme',
      'Cybersecurity Classified Protection Regulations',
      'Network Multi-level Security Protection Regulation',
      'Regulations on Multi-level Protection of Cyber Security',
      'Regulations on Multi-Level Protection of Cybersecurity (Draft for Comments)',
      'Regulations on Levels of Cyber Security Protection (Draft for Solicitation of Comments)',
    ],
    kind: 'administrative_regulation',
    status: 'draft',
    issuers: ['mps'],
    // The date the MPS published the draft for comment (comments until 27 July 2018); no final
    // version has been adopted.
    promulgated: '2018-06-27',
    summary:
      'MPS draft of State Council regulations under the Cybersecurity Law to update the multi-level protection scheme: networks graded into five levels, level 2 and above filed with public security, extra duties from level 3; meant to replace the 2007 measures.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://appinchina.co/government-documents/regulations-on-levels-of-cyber-security-protection-draft-for-solicitation-of-comments',
        title: 'AppInChina',
        quote:
          'Regulations on Levels of Cyber Security Protection (Draft for Solicitation of Comments) … Promulgation Authorities: The Ministry of Public Security\n\nRelease Date: 2018-06-27 … Original Title: 网络安全等级保护条例(征求意见稿 … The present Regulations are formulated in accordance with the Cybersecurity Law of the People’s Republic of China, the Law of the People’s Republic of China on Protecting State Secrets and other applicable laws',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.insideprivacy.com/data-security/china-seeks-public-comments-for-draft-cybersecurity-regulations/',
        title: 'Covington, Inside Privacy',
        quote:
          'On June 27, 2018, China’s Ministry of Public Security (“MPS”) released for public comment a draft of the Regulations on Cybersecurity Multi-level Protection Scheme (“the Draft Regulation”). … The comment period ends on July 27, 2018. … Information systems that are classified (initially self-assessed and proposed by operators and then confirmed by MPS) at level 3 or above are subject to enhanced security requirements.',
        supports: ['name', 'aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.cms-lawnow.com/ealerts/2018/07/draft-regulation-governing-network-multi-level-security-protection-is-published-in-china?cc_lang=en',
        title: 'CMS Law-Now',
        quote:
          'The Ministry of Public Security (“MPS”) published the draft Network Multi-level Security Protection Regulation (“Draft Regulation”) on 27 June 2018 to solicit public opinions. … the security protection of networks will be divided into five levels, with Level 5 enjoying the most significant security protection. … If the security protection level of a network is expected to be decided as Level 2 or higher, the operator shall obtain the approval of the relevant business supervisory authority, and file a recordal with the local MPS.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://usito.org/news/draft-cybersecurity-classified-protection-regulations-released',
        title: 'USITO',
        quote:
          'On June 27, Ministry of Public Security (MPS) officially released the draft Cybersecurity Classified Protection Regulations for public comments until July 27.',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://freewechat.com/a/MzA3ODA5MzI3Mw==/2650249182/1',
        title: 'Llinks Law Offices (通力律师)',
        quote:
          'The PRC Ministry of Public Security (the “MPS”) released the Draft Regulations on Multi-level Protection of Cyber Security (the “MLPS Regulation”) for public consultation on 27 June 2018. … It also aims to replace the Administrative Measure for Multi-level Protection of Information Systems (the “MLPS Measure”) issued by the MPS jointly with other authorities in 2007 … the MLPS Regulation is be expected to be adopted by the State Council and then issued as an administrative regulation.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.reedsmith.com/fr/perspectives/2018/08/network-operators-be-aware-china-issues-new-draft-cybersecurity-regulation',
        title: 'Reed Smith',
        quote:
          'July 27, 2018 was the deadline to comment on the draft Regulation on Cybersecurity Multi-Level Protection Scheme (MLPS) issued by China’s Ministry of Public Security (MPS) in June this year.',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://www.vcbeathealth.com/article/51439',
        title: 'VCBeat',
        quote:
          'the Ministry of Public Security, in conjunction with relevant departments, has drafted the Regulations on Multi-Level Protection of Cybersecurity (Draft for Comments) (hereinafter referred to as the “Regulations”) after extensive consultation and repeated revisions.',
        supports: ['aliases', 'status', 'issuers'],
      },
    ],
  },
  // ───────────────────── Internet forum community services (CAC, 2017) ─────────────────────
  {
    id: 'document:provisions-on-administration-of-internet-forum-community-services',
    name: 'Provisions on the Administration of Internet Forum Community Services',
    nameZh: '互联网论坛社区服务管理规定',
    aliases: ['Provisions on the Management of Internet Forum Community Services'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2017-08-25',
    effective: '2017-10-01',
    summary:
      'CAC rules for online forums, bulletin boards and community platforms: providers review the information published and remove what is illegal, and register users under their real identities.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/provisions-on-the-management-of-internet-forum-community-services/',
        title: 'China Law Translate',
        quote:
          'Provisions on the Management of Internet Forum Community Services … 【法规标题】互联网论坛社区服务管理规定 【颁布单位】国家互联网信息办公室 【发文字号】 【颁布时间】2017-8-25 … 第一条 为规范互联网论坛社区服务,促进互联网论坛社区行业健康有序发展,保护公民、法人和其他组织的合法权益,维护国家安全和公共利益,根据《中华人民共和国网络安全法》《国务院关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知》,制定本规定。',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://blog.feichangdao.com/2017/08/translation-provisions-on.html',
        title: 'Fei Chang Dao',
        quote:
          'Translation: Provisions on the Administration of Internet Forum Community Services\n\nIssued on: August 25, 2017\nIssued by: Cyberspace Administration of China … the term "Internet forum community service" refers to the provision of interactive information publishing community platforms in the form of forums, bulletin boards, and communities.',
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.szjzcy.com/china/2017-08/25/content_31102884.htm',
        title: 'China Daily (Xinhua), mirror',
        quote:
          "China to punish illegal publicity on Internet forums\n\nXinhua | Updated: 2017-08-25 15:43 … The CAC published a list of rules on its website to further regulate the country's Bulletin Board System (BBS). … The CAC requires real name registration on BBS. … The regulations will take effect on October 1, said the CAC",
        supports: ['issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=57928051-bacc-4b19-a39e-945b770ecaa8',
        title: 'Lexology',
        quote:
          'The regulations provide that the operators of BBS, online communities and online information exchange platforms shall be responsible for reviewing the information distributed and removing any illegal information. Operators must obtain the authentic identification of the platform users',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────── Internet domain names (MIIT, 2017) ─────────────────────
  {
    id: 'document:measures-for-administration-of-internet-domain-names',
    name: 'Measures for the Administration of Internet Domain Names',
    nameZh: '互联网域名管理办法',
    aliases: ['Internet Domain Name Management Measures'],
    zhShortNames: ['工信部令第43号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2017-08-16',
    promulgated: '2017-08-24',
    effective: '2017-11-01',
    summary:
      'MIIT rules on domain name services — root servers, top-level domain registries, registration and resolution — and real-identity registration of domain names; they replaced the 2004 China Internet domain name measures.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2018/03/30/measures-for-the-administration-of-internet-domain-names',
        title: 'China Law & Practice',
        quote:
          'Measures for the Administration of Internet Domain Names\n互联网域名管理办法\nChina promotes Chinese domain names\n(Promulgated by the Ministry of Industry and Information Technology on August 24 2017 and effective as of November 1 2017.)\n(工业和信息化部于二零一七年八月二十四日公布,自二零一七年十一月一日起施行。)\n工信部令第43号\nOrder of the MIIT No.43 … 本办法所称互联网域名服务(以下简称域名服务),是指从事域名根服务器运行和管理、顶级域名运行和管理、域名注册、域名解析等活动。',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.ccpit-patent.com.cn/zh-hans/node/4455',
        title: '中国国际贸易促进委员会专利商标事务所',
        quote:
          '中华人民共和国工业和信息化部令\n\n第43号\n\n《互联网域名管理办法》已经2017年8月16日工业和信息化部第32次部务会议审议通过,现予公布,自2017年11月1日起施行。原信息产业部2004年11月5日公布的《中国互联网络域名管理办法》(原信息产业部令第30号)同时废止。\n\n \n\n \n\n                                部长    苗圩\n\n                                2017年8月24日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.chinalawtranslate.com/%E4%BA%92%E8%81%94%E7%BD%91%E5%9F%9F%E5%90%8D%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95/?lang=en',
        title: 'China Law Translate',
        quote:
          'Title: Internet Domain Name Management Measures\n\nPromulgating Entities:Ministry of Industry and Information Technology\nReference number: 工信部令第43号\nPromulgation Date: 2017-8-24',
        supports: ['aliases', 'zhShortNames', 'issuers', 'promulgated'],
      },
      {
        url: 'https://en.wikipedia.org/wiki/Internet_Domain_Name_Management_Measures',
        title: 'Wikipedia',
        quote:
          'The Internet Domain Name Management Measures is a departmental regulation in effect in China. The revision of this departmental regulation was publicly solicited for opinions on March 25, 2016, with the aim of supervising Internet domain name registration services and implementing the Internet real-name system in China. … Date Effective: 2017-11-01',
        supports: ['aliases', 'kind', 'status', 'effective', 'summary'],
      },
    ],
  },
];
