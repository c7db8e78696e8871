/**
 * Curated core layer: instruments Chinese-language pages (news reports, government and law-firm
 * pages) cite by their 《…》 titles across TMT topics — online content and platform rules of the
 * CAC, audio-visual and minors' programme rules, app and telecom filings — that the graph did not
 * hold. Each fact is quoted from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_ZHNEWS_7: CoreInstrument[] = [
  // ───────────── CAC microblog rules (2018) ─────────────
  {
    id: 'document:provisions-on-administration-of-microblog-information-services',
    name: 'Provisions on the Administration of Microblog Information Services',
    nameZh: '微博客信息服务管理规定',
    aliases: [
      'Provisions on Management of Microblog Information Services',
      'Administrative Provisions on Information Services on Microblogs',
      'Administrative Regulations on Micro-blogging Information Services',
      'Microblog Information Service Management Regulations',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2018-02-02',
    effective: '2018-03-20',
    summary:
      'CAC rules for microblog platforms: providers verify users’ real identity, manage accounts by tier and category, refute rumours and carry content-security responsibility.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 1 }],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/micro-blogging-information-services-20180202',
        title: 'Administrative Regulations on Micro-blogging Information Services (2018) – China Laws Portal, CJO',
        quote:
          'Administrative Regulations on Micro-blogging Information Services (2018)\n\n微博客信息服务管理规定\n\nType of laws Departmental rule\n\nIssuing body Cyberspace Administration of China\n\nPromulgating date Feb 02, 2018\n\nEffective date Mar 20, 2018\n\nValidity status Valid',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'https://shndlaw.com/post/708',
        title: 'Provisions on the Administration of Microblog Information Services',
        quote:
          "Provisions on the Administration of Microblog Information Services\nArea of Law: Post and Telecommunications- Level of Authority: Departmental Regulatory Documents\n- Date issued:02-02-2018\n- Effective Date:03-20-2018\n- Status: Effective … (by Cyberspace Administration of China, February 2, 2018)\nArticle 1 For the purposes of promoting the sound and orderly development of\nmicroblog information services, … these Provisions are developed in accordance with\nthe Cybersecurity Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/provisions-on-management-of-microblog-information-services/',
        title: 'Provisions on Management of Microblog Information Services – China Law Translate',
        quote: 'Title: Provisions on Management of Microblog Information Services\nPromulgating Entities: Cybersecurity Administration\nReference number: \nPromulgation Date: 2018-2-2',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=c6c0328e-4c08-46e4-bde9-4f53b0cc0b6f',
        title: 'Lexology',
        quote:
          'The Cyberspace Administration of China (“CAC”) issued the Administrative Provisions on Information Services on Microblogs (“Provisions”) on 2 February 2018.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2018/02/02/microblog-information-service-management-regulations/',
        title: 'Microblog Information Service Management Regulations – China Copyright and Media',
        quote:
          'Microblog Information Service Management Regulations\nArticle 1: In order to stimulate the healthy and orderly development of microblog information services',
        supports: ['aliases'],
      },
      {
        url: 'https://www.leetsai.com/other-areas/provisions-on-the-administration-of-microblog-information-services-mainland-china',
        title: 'Provisions on the Administration of Microblog Information Services (Mainland China) – Lee and Li',
        quote:
          'Consisting of 18 articles, the Provisions cover the principal liabilities of the microblog service providers, authentication of true identity information, tiered and categorized management, rumor-dispelling mechanisms, industry self-discipline, social supervision, and administrative management, among other matters.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── CAC implementing rules for news licences (2017) ─────────────
  {
    id: 'document:implementing-rules-for-internet-news-information-service-licensing',
    name: 'Implementation Regulations on the Licensing of Internet News Information Services',
    nameZh: '互联网新闻信息服务许可管理实施细则',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2017-05-22',
    effective: '2017-06-01',
    summary:
      'CAC rules (18 articles) detailing the internet news information service licence: conditions, application materials, security assessment, acceptance, review and decision, supervision, and the three-year licence term.',
    relations: [{ type: 'implements', target: 'document:provisions-for-administration-of-internet-news-information-services', source: 0 }],
    sources: [
      {
        url: 'https://www.leetsai.com/other-areas/implementation-regulations-on-the-licensing-of-internet-news-information-servicesmainland-china',
        title: 'Implementation Regulations on the Licensing of Internet News Information Services (Mainland China) – Lee and Li',
        quote:
          'On May 22, the State Internet Information Office promulgated the Implementation Regulations on the Licensing of Internet News Information Services (the “Implementation Regulations”), which came into effect on June 1, 2017. According to the official-in-charge at the State Internet Information Office, the Implementation Regulations seeks to further refine relevant provisions under the Regulations for the Administration of Internet News Information Services',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'status', 'relations'],
      },
      {
        url: 'https://www.kankanews.com/detail/lm2XNq58aQr',
        title: '国家网信办公布《互联网新闻信息服务许可管理实施细则》 – 看看新闻',
        quote:
          '国家互联网信息办公室22日公布《互联网新闻信息服务许可管理实施细则》。国家网信办有关负责人表示,出台细则旨在进一步细化《互联网新闻信息服务管理规定》有关条款 … 据了解,细则共十八条,对互联网新闻信息服务的许可条件、申请材料、安全评估;许可受理、审核、决定;监督管理要求等作出要求,自2017年6月1日起施行。 … 明确《互联网新闻信息服务许可证》有效期为三年。',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary', 'status'],
      },
    ],
  },

  // ───────────── CAC enforcement procedures (2023, replacing 2017) ─────────────
  {
    id: 'document:provisions-on-administrative-law-enforcement-procedures-of-cyberspace-administrations',
    name: 'Provisions on Administrative Law Enforcement Procedures of Cyberspace Administrations',
    nameZh: '网信部门行政执法程序规定',
    aliases: [
      'Procedural Provisions on the Administrative Law Enforcement of Cyberspace Affairs Departments',
      'Provisions on Administrative Law Enforcement Procedures of Internet Information Departments',
      'Provisions on Procedures for Administrative Law Enforcement by Cyberspace Departments',
    ],
    zhShortNames: ['国家互联网信息办公室令第14号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2023-03-18',
    effective: '2023-06-01',
    summary: 'CAC order (No. 14) on the procedures cyberspace departments follow in administrative law enforcement, in force from 1 June 2023.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-issues-procedural-rules-for-cyber-law-enforcement',
        title: 'China Issues Procedural Rules for Cyber Law Enforcement – China Justice Observer',
        quote:
          'On 23 Mar. 2023, the Cyberspace Administration of China (CAC) released the “Provisions on Administrative Law Enforcement Procedures of Cyberspace Administrations” (hereinafter the “Provisions”, 网信部门行政执法程序规定).',
        supports: ['name', 'nameZh', 'issuers', 'status'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=229453',
        title: 'Procedural Provisions on the Administrative Law Enforcement of Cyberspace Affairs Departments – csrcare.com',
        quote:
          'Procedural Provisions on the Administrative Law Enforcement of Cyberspace Affairs Departments\n\n中文\nDocument Number:国家互联网信息办公室令第14号 Issuing Authority:Cyberspace Administration of China … Order of the Cyberspace Administration of China\n(No. 14)\n\n\n\nThe Procedural Provisions on the Administrative Law Enforcement of Cyberspace Affairs Departments, as deliberated and adopted at the second executive meeting of the Cyberspace Administration of China for 2023 on February 3, 2023, is hereby issued and shall come into force on June 1, 2023.\n\n\nZhuang Rongwen, Director\n\nMarch 18, 2023',
        supports: ['aliases', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://rpls.com.cn/tag/%e4%b8%8a%e6%b5%b7%e8%b4%b5%e6%97%8f%e5%ae%9d%e8%b4%9d%e4%ba%a4%e6%b5%81',
        title: 'rpls.com.cn',
        quote:
          'On March 23, the National Internet Information Office promulgated the Provisions on Administrative Law Enforcement Procedures of Internet Information Departments (hereinafter referred to as the Provisions), which will take effect on June 1, 2023.',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'https://digichina.stanford.edu/work/translation-provisions-on-procedures-for-administrative-law-enforcement-by-cyberspace-departments-draft-for-comment/',
        title: 'Translation: Provisions on Procedures for Administrative Law Enforcement by Cyberspace Departments (Draft for Comment) – DigiChina',
        quote:
          'Translation: Provisions on Procedures for Administrative Law Enforcement by Cyberspace Departments (Draft for Comment)\n\n\nNovember 20, 2022',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:provisions-on-administrative-law-enforcement-procedures-for-internet-information-content-management',
    name: 'Administrative Enforcement Procedures for the Administration of Internet-based Information Contents',
    nameZh: '互联网信息内容管理行政执法程序规定',
    aliases: [
      'Regulations for Internet Content Management Administration Law Enforcement Procedures',
      'Regulations on Administrative Enforcement Procedures for Internet Information Content',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac'],
    effective: '2017-06-01',
    summary:
      'CAC procedures (2017) for administrative sanctions over internet content: case filing, investigation and evidence, hearings and interviews, decisions and their service, enforcement and closure; since comprehensively revised.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/enforcement-procedures-for-internet-based-information-contents-20170502',
        title: 'Administrative Enforcement Procedures for the Administration of Internet-based Information Contents – CJO',
        quote:
          'Administrative Enforcement Procedures for the Administration of Internet-based Information Contents entered into force on 1 June 2017.\nThere are 49 articles in total. … The Cyberspace Administration of China and its local government counterparts are responsible for enforcing the administrative law and impose administrative sanctions in the area.\n- The procedures for administrative sanctions include: filing a case, investigation and evidence collection, public hearing and interview, making decisions of administrative sanctions and serving the decisions, enforcement of the sanctions and closure of the case.',
        supports: ['aliases', 'effective', 'summary', 'status', 'name'],
      },
      {
        url: 'https://freewechat.com/a/MzkyNzM0NzA3Ng==/2247501776/2',
        title: 'freewechat.com',
        quote:
          '为了全面推进网信领域法治建设工作,规范网信部门行政执法程序,保障网信部门依法履行职责,国家互联网信息办公室根据《行政处罚法》《行政强制法》《网络安全法》《数据安全法》《个人信息保护法》等相关法律法规,立足网信部门行政执法实践,对2017年公布的《互联网信息内容管理行政执法程序规定》进行了全面修订。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://digichina.stanford.edu/work/translation-provisions-on-procedures-for-administrative-law-enforcement-by-cyberspace-departments-draft-for-comment/',
        title: 'Translation: Provisions on Procedures for Administrative Law Enforcement by Cyberspace Departments (Draft for Comment) – DigiChina',
        quote:
          'It is based on but substantially revised from the English translation of the 2017 Regulations for Internet Content Management Administration Law Enforcement Procedures, available here',
        supports: ['aliases'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=b2aa77aa-0270-40f8-9f18-ad65b6130259',
        title: 'Lexology',
        quote:
          'In May 2017, the Cyberspace Administration of China (CAC) published a series of regulations on internet news media and content. These regulations include the Regulations on Administration of Internet News Information Service (News Regulations) together with the implementing rules, and the Regulations on Administrative Enforcement Procedures for Internet Information Content (Enforcement Regulations).',
        supports: ['aliases', 'issuers'],
      },
    ],
  },

  // ───────────── CAC opinions on platforms' content responsibility (2021) ─────────────
  {
    id: 'document:opinions-on-further-intensifying-website-platforms-entity-responsibility-for-information-content',
    name: "Opinions on Further Intensifying Website Platforms' Entity Responsibility for Information Content",
    nameZh: '关于进一步压实网站平台信息内容管理主体责任的意见',
    aliases: [
      'Opinions on Further Clarifying the Responsibilities of the Online Platform Operators in terms of Information Content',
    ],
    zhShortNames: ['关于进一步压实网站平台信息内容主体责任的意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2021-09-15',
    summary:
      'CAC opinions setting out what website platforms must do as first responsible party for content: community rules, account management, content review, minors’ protection and staffing.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/content-responsibility/',
        title: "Opinions on Further Intensifying Website Platforms' Entity Responsibility for Information Content – China Law Translate",
        quote:
          "Opinions on Further Intensifying Website Platforms' Entity Responsibility for Information Content\n\nPromulgation Date: 2021-9-15\nTitle: 关于进一步压实网站平台信息内容管理主体责任的意见\nDocument Number:\nPromulgating Entities: Cybersecurity Administration",
        supports: ['name', 'nameZh', 'promulgated', 'issuers', 'status'],
      },
      {
        url: 'https://topics.neamco.com/2021-12/24/content_35404800.htm',
        title: 'topics.neamco.com',
        quote:
          '《关于进一步压实网站平台信息内容管理主体责任的意见》(简称《意见》)于2021年9月15日发布。《意见》首次系统提出网站平台履行信息内容管理主体责任的工作要求,从4个维度明确把握主体责任内涵,并从完善平台社区规则、加强账号规范管理、健全内容审核机制、提升信息内容质量、规范信息内容传播、加强重点功能管理、坚持依法合规经营、严格未成年人网络保护、加强人员队伍建设等9个方面,对网站平台履行主体责任提出具体要求。',
        supports: ['nameZh', 'kind', 'promulgated', 'summary'],
      },
      {
        url: 'http://cnqlr.com/news/elec/4795.html',
        title: 'cnqlr.com (经济参考报)',
        quote: '15日,国家互联网信息办公室发布《关于进一步压实网站平台信息内容主体责任的意见》(以下简称《意见》)。',
        supports: ['zhShortNames', 'issuers'],
      },
      {
        url: 'http://chinascope.org/archives/27688',
        title: 'China Stepped up Control of Web Contents – Chinascope',
        quote:
          'On September 15, the Cyber Administration of China (CAC), the country’s top cyber regulator, released the “Opinions on Further Clarifying the Responsibilities of the Online Platform Operators in terms of Information Content.”',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ───────────── NRTA rules on programmes for minors (2019, revised 2021) ─────────────
  {
    id: 'document:provisions-on-administration-of-programs-for-minors',
    name: 'Provisions on the Administration of Programs for Minors',
    nameZh: '未成年人节目管理规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nrta'],
    adopted: '2019-02-14',
    promulgated: '2019-03-29',
    effective: '2019-04-30',
    amended: ['2021-10-08'],
    summary:
      'NRTA order on radio, television and online audio-visual programmes made for or featuring minors: banned content, no child-star hype or showcasing celebrities’ children, protection of minors taking part.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=7b35383e895c67eabdfb&lib=law',
        title: 'Provisions on the Administration of Programs for Minors – pkulaw.cn',
        quote:
          'Provisions on the Administration of Programs for Minors [Revised]\n未成年人节目管理规定 [已被修订]\n\nOrder of the National Radio and Television Administration \n\n\n(No. 3) (第3号)\n\nThe Provisions on the Administration of Programs for Minors, which were adopted upon deliberation by the executive meeting of the National Radio and Television Administration (“NRTA”) on February 14, 2019, are hereby issued and shall come into force on April 30, 2019. 《未成年人节目管理规定》已经2019年2月14日国家广播电视总局局务会议审议通过,现予公布,自2019年4月30日起施行。\nDirector of the NRTA: Nie Chenxi 局长:聂辰席\nMarch 29, 2019 2019年3月29日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/kid-shows-2021/',
        title: 'Provisions on the Administration of Programs for Minors (2021) – China Law Translate',
        quote:
          'Provisions on the Administration of Programs for Minors (2021)\n\nPromulgation Date: 2021-10-8\nTitle: Provisions on the Administration of Programs for Minors … "Programs for minors" as used in these Provisions include radio, television, and online audiovisual programs in which minors are the primary participants or minors are the primary audience.',
        supports: ['name', 'amended', 'summary'],
      },
      {
        url: 'http://yanjintv.com/news/fazhi/69639.html',
        title: '未成年人节目管理规定30日施行 强调不得炒作明星子女(中新网)',
        quote:
          '国家广播电视总局今天透露,《未成年人节目管理规定》将于4月30日起施行。规定强调未成年人节目不得宣扬童星效应或者包装、炒作明星子女,不得渲染暴力、血腥、恐怖,教唆犯罪或者传授犯罪方法',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Rules on dangerous-goods information online (2015) ─────────────
  {
    id: 'document:provisions-on-managing-release-of-information-about-dangerous-items-on-internet',
    name: 'Provisions on Managing Release of Information about Dangerous Items on the Internet',
    nameZh: '互联网危险物品信息发布管理规定',
    aliases: [
      'Provisions on Managing Release of Information about Dangerous Goods on the Internet',
      'Regulations on the Administration of Information Dissemination of Dangerous Goods on the Internet',
    ],
    zhShortNames: ['公通字〔2015〕5号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mps', 'cac', 'miit'],
    promulgated: '2015-02-05',
    effective: '2015-03-01',
    summary:
      'Six-department rules barring individuals from posting information on dangerous items such as guns, fireworks, chemicals and nuclear materials online and tightening control of providers’ online messages.',
    sources: [
      {
        url: 'https://jindouyun.cn/document/recordsvc/details/3516',
        title: '关于印发《互联网危险物品信息发布管理规定》的通知 – jindouyun.cn',
        quote:
          '关于印发《互联网危险物品信息发布管理规定》的通知\n公通字〔2015〕5号 … 公安部、国家互联网信息办公室、工业和信息化部、环境保护部、国家工商行政管理总局、国家安全生产监督管理总局联合制定了《互联网危险物品信息发布管理规定》,现印发给你们,请结合本地实际,认真贯彻执行。\n公安部\n国家互联网信息办公室\n工业和信息化部\n环境保护部\n国家工商行政管理总局\n国家安全生产监督管理总局\n2015年2月5日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/hazmatnet/',
        title: 'Provisions on Managing Release of Information about Dangerous Items on the Internet – China Law Translate',
        quote:
          'Provisions on Managing Release of Information about Dangerous Items on the Internet … Notice on the Publication of the "Provisions on Managing Release of Information about Dangerous Goods on the Internet"',
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://en.gaozhikj.com/news_detail/16395241.html',
        title: 'The six departments jointly issued regulations on the administration of information release of dangerous goods on the Internet',
        quote:
          'Gong Tong Zi [2015] No.5\nNotice on the issuance of the Regulations on the Administration of Information Dissemination of Dangerous Goods on the Internet',
        supports: ['aliases'],
      },
      {
        url: 'http://www.ecns.cn/2015/02-26/155883.shtml',
        title: 'Guns, fireworks face stricter policing on Internet – ECNS',
        quote:
          'Guns, fireworks face stricter policing on Internet\n\n2015-02-26 16:00 chinadaily.com.cn … Individuals are to be banned from posting any information relating to dangerous articles on the Internet, and the providers of such goods will also face stricter control regarding online messages, according to a new rule.\n\nThe rule was drawn up by six Chinese authorities, including the Ministry of Public Security and the country\'s Cyberspace Administration … will come into effect on March 1. It stipulates goods that endanger people\'s lives and property are defined as dangerous articles, such as guns, fireworks, chemicals and nuclear materials.',
        supports: ['effective', 'summary', 'issuers'],
      },
    ],
  },

  // ───────────── Government mobile apps (General Office of the State Council, 2026) ─────────────
  {
    id: 'document:measures-for-standardized-management-of-government-mobile-internet-applications',
    name: 'Measures for the Standardized Management of Government Mobile Internet Applications',
    nameZh: '政务移动互联网应用程序规范化管理办法',
    aliases: [
      'Regulations for the Standardized Management of Government Mobile Internet Applications',
      'Regulations on the Standardized Management of Government Mobile Internet Applications',
    ],
    zhShortNames: ['国办函〔2026〕12号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2026-01-25',
    summary:
      'Rules for government apps, mini-programs and quick apps: filing before launch, a ban on compulsory check-ins, rankings and online-time tracking, and in principle no apps built below county level.',
    sources: [
      {
        url: 'http://blog.lgjyuntun.com/article/4193856.shtml',
        title: '国务院办公厅关于印发《政务移动互联网应用程序规范化管理办法》的通知 – blog.lgjyuntun.com',
        quote:
          '国办函〔2026〕12号\n\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n\n  《政务移动互联网应用程序规范化管理办法》已经国务院同意,现印发给你们,请结合实际认真贯彻执行。\n\n国务院办公厅\n\n2026年1月25日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.outlooknewera.com.cn/pcen/info_view.php?VID=74458&tab=mynews',
        title: 'Standardize the management of government mobile Internet applications – Outlook New Era',
        quote:
          'On January 28, the General Office of the State Council issued the Measures for the Standardized Management of Government Mobile Internet Applications (hereinafter referred to as the Measures), which made requirements for the standardized management of government mobile Internet applications',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://reportify.ai/news/1213995447610380288',
        title: '国务院办公厅关于印发《政务移动互联网应用程序规范化管理办法》的通知 – Reportify',
        quote:
          '国务院办公厅关于印发《政务移动互联网应用程序规范化管理办法》的通知\nXin Lang Cai Jing·2026-01-28 12:34\n\nCore Points - The document outlines the "Regulations for the Standardized Management of Government Mobile Internet Applications,"',
        supports: ['nameZh', 'aliases', 'issuers'],
      },
      {
        url: 'https://reportify.ai/news/1214102456712171520',
        title: '国家网信办有关负责同志 就《政务移动互联网应用程序规范化管理办法》答记者问 – Reportify',
        quote:
          'Core Viewpoint - The State Council has issued the "Regulations on the Standardized Management of Government Mobile Internet Applications," which aims to address issues of formalism in government services',
        supports: ['aliases'],
      },
      {
        url: 'https://www.stdaily.com/web/English/2026-02/09/content_472099.html',
        title: 'Government Mobile Apps Get Standardized – Science and Technology Daily',
        quote:
          'Government mobile apps, as defined by the measures, include apps, mini-programs, and quick apps developed or used by government agencies, mass organizations and public institutions to support internal work such as administration, management and training. County-level authorities and below are, in principle, prohibited from independently developing such apps. … The new rules explicitly ban compulsory functions such as daily sign-ins, points-based rankings, and mandatory online time tracking … All government apps must complete filing procedures before launch',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── State Council notice empowering the CAC (2014) ─────────────
  {
    id: 'document:notice-on-authorizing-cac-to-be-responsible-for-internet-information-content-management',
    name: 'Notice concerning Empowering the Cyberspace Administration of China to Be Responsible for Internet Information Content Management Work',
    nameZh: '关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知',
    aliases: [
      'State Council Notice concerning Authorizing the Cyberspace Administration of China to Take Responsibility for Internet Information Content Management Work',
      'Notice of the State Council on Delegating the Cyberspace Administration of China to Take Charge of the Content Management of Information on the Internet',
      'Notice of the State Council on Charging the Cyberspace Administration of China with the Content Management of Information on the Internet',
    ],
    zhShortNames: ['国发〔2014〕33号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2014-08-26',
    summary:
      'State Council notice making the re-established CAC responsible nationwide for internet information content management, supervision and law enforcement; the basis cited by the CAC’s content rules.',
    sources: [
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2014/08/26/notice-concerning-empowering-the-cyberspace-administration-of-china-to-be-responsible-for-internet-information-content-management-work/',
        title: 'Notice concerning Empowering the Cyberspace Administration of China to Be Responsible for Internet Information Content Management Work – China Copyright and Media',
        quote:
          'Notice concerning Empowering the Cyberspace Administration of China to Be Responsible for Internet Information Content Management Work … the re-established Cyberspace Administration of China is empowered to be responsible for Internet information content management work nationwide, and to be responsible for supervision, management and law enforcement.\n\nState Council\n\n26 August 2014\n\n国务院关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知\n国发〔2014〕33号',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/category/content-management/page/2/',
        title: 'Content Management – China Copyright and Media',
        quote:
          'on the basis of the “National People’s Congress Standing Committee Decision concerning Strengthening Online Information Protection” and the “State Council Notice concerning Authorizing the Cyberspace Administration of China to Take Responsibility for Internet Information Content Management Work”, these Regulations are formulated.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://shndlaw.com/post/708',
        title: 'Provisions on the Administration of Microblog Information Services',
        quote:
          "these Provisions are developed in accordance with\nthe Cybersecurity Law of the People's Republic of China\nand the Notice of the State Council on\nDelegating the Cyberspace Administration of China to Take Charge of the Content\nManagement of Information on the Internet.",
        supports: ['aliases'],
      },
      {
        url: 'http://wilmap.law.stanford.edu/entries/provisions-administration-internet-news-information-service-2017',
        title: 'Provisions for the Administration of Internet News Information Service 2017 – WILMap',
        quote:
          'on the basis of the “Cybersecurity Law of the People’s Republic of China”, the “ Administrative Measures of Internet Information Services”, and the “Notice of the State Council on Charging the Cyberspace Administration of China with the Content Management of Information on the Internet”, these Regulations are formulated.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── CAC account-name rules (2015) ─────────────
  {
    id: 'document:provisions-on-administration-of-internet-user-account-names',
    name: 'Provisions on the Administration of Internet User Account Names',
    nameZh: '互联网用户账号名称管理规定',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2015-02-04',
    effective: '2015-03-01',
    summary:
      'CAC rules on the names of accounts registered or used for blogs, microblogs, instant messaging, forums and comment services, with real-name registration “real name backstage, voluntary front stage”.',
    relations: [{ type: 'based_on', target: 'document:notice-on-authorizing-cac-to-be-responsible-for-internet-information-content-management', source: 1 }],
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=f077f0b5-8665-4955-ae02-a6104b5a813e',
        title: 'Lexology',
        quote:
          'On February 4, 2015, the State Internet Information Office promulgated the Provisions on the Administration of Internet User Account Names (hereinafter, the "Provisions"), which came into effect on March 1, 2015. … An "Internet user account name" is defined as an account the name registered or used by an entity or individual for Internet information services such as blog, microblog, instant messaging tools, forums, thread comments, etc. … an Internet service provider shall require Internet users to register their accounts based on real identity information authentication under the principle of "real name backstage and voluntary choice front stage."',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'status', 'summary'],
      },
      {
        url: 'https://www.jiangzuoku.net/post/71431.html',
        title: '介绍互联网用户账号名称管理规定 – jiangzuoku.net',
        quote:
          '互联网用户账号名称管理规定 第一条 为加强对互联网用户账号名称的管理,保护公民、法人和其他组织的合法权益,根据《国务院关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知》和有关法律、行政法规,制定本规定。 … 第三条 国家互联网信息办公室负责对全国互联网用户账号名称的注册、使用实施监督管理',
        supports: ['nameZh', 'kind', 'issuers', 'relations'],
      },
    ],
  },

  // ───────────── CAC instant-messaging rules (2014) ─────────────
  {
    id: 'document:interim-provisions-on-development-of-public-information-services-via-instant-messaging-tools',
    name: 'Interim Provisions on the Administration of the Development of Public Information Services Provided through Instant Messaging Tools',
    nameZh: '即时通信工具公众信息服务发展管理暂行规定',
    aliases: [
      'Interim Provisions on Managing the Development of Public Information Services on Instant Messaging Tools',
      'Provisional Regulations to Manage the Development of Instant Messaging Tools in Providing Public Information Services',
      'Interim Provisions on the Administration of the Development of Public Information Services for Instant Messaging Services',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2014-08-07',
    summary:
      'CAC rules on public information services provided through instant messaging tools: public account users that are not news units or credentialed internet news services need approval before they disseminate current political news.',
    sources: [
      {
        url: 'https://www.hrichina.org/en/press-work/hric-bulletin/china-issues-new-regulations-mobile-text-and-voice-messaging-services-hric',
        title: 'China Issues New Regulations on Mobile Text and Voice Messaging Services (HRIC Translation) – Human Rights in China',
        quote:
          'The SIIO states that the “Provisional Regulations to Manage the Development of Instant Messaging Tools in Providing Public Information Services” (即时通信工具公众信息服务发展管理暂行规定) have been formulated to “protect the lawful rights and interests of citizens … and safeguard state security and public interests.” … Specifically, Article 7 requires:\n\n  • all public account users who are not news units or news websites and not credentialed to provide Internet news information services to obtain approval before they can disseminate “current political news”',
        supports: ['aliases', 'nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?id=17600&lib=law',
        title: 'lawinfochina.com (PKULaw)',
        quote: 'Interim Provisions on the Administration of the Development of Public Information Services Provided through Instant Messaging Tools | | 即时通信工具公众信息服务发展管理暂行规定 |\n(State Internet Information Office, August 7, 2014) | | (国家互联网信息办公室 2014年8月7日) |',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.lylawoffice.com/hk/prc-regulation-regarding-icos/',
        title: 'Interim Provisions on the Administration of the Development of Public Information Services Provided through Instant Messaging Tools – lylawoffice.com',
        quote:
          'Interim Provisions on the Administration of the Development of Public Information Services Provided through Instant Messaging Tools\n\nArticle 1: In order to further promote the healthy and orderly development of instant messaging tools and public information services',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/provisions-on-management-of-instant-messaging-services/',
        title: 'Interim Provisions on Managing the Development of Public Information Services on Instant Messaging Tools – China Law Translate',
        quote:
          'People\'s Daily Online, Beijing, August 7: Today the State Internet Information Office promulgated the "Interim Provisions on Managing the Development of Public Information Services on Instant Messaging Tools".',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://www.soolun.net/periodical/a6d4b230b99902b592e734cd8dcc2fb1.html',
        title: '网信办规范即时通讯工具(IT时代周刊) – soolun.net',
        quote:
          '8月7日,国家互联网信息办公室出台《即时通信工具公众信息服务发展管理暂行规定》,对通过即时通信工具的公众账号及向公众发布信息的其他形式的活动,进行了管理和规范 … On August 7, the State Internet Information Office issued the Interim Provisions on the Administration of the Development of Public Information Services for Instant Messaging Services',
        supports: ['nameZh', 'kind', 'aliases', 'issuers'],
      },
    ],
  },

  // ───────────── State Council General Office opinions on new consumption (2020) ─────────────
  {
    id: 'document:opinions-on-leading-accelerated-development-of-new-consumption-with-new-business-forms-and-models',
    name: 'Opinions on Leading the Accelerated Development of New Types of Consumption with New Business Forms and New Models',
    nameZh: '关于以新业态新模式引领新型消费加快发展的意见',
    zhShortNames: ['国办发〔2020〕32号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2020-09-21',
    summary:
      'State Council General Office opinions to speed up online and new types of consumption: merging online and offline consumption, 5G, data centre and other infrastructure, and better rules for new business models.',
    sources: [
      {
        url: 'http://xqb.smesc.cn/news/show.php?itemid=376422',
        title: '关于印发《加快培育新型消费实施方案》的通知 – xqb.smesc.cn',
        quote: '根据《国务院办公厅关于以新业态新模式引领新型消费加快发展的意见》(国办发〔2020〕32号)部署要求,国家发展改革委会同有关部门和单位研究制定了《加快培育新型消费实施方案》。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://whatchina.cn/chinas-national-development-and-reform-commission-says-5g-will-cover-all-prefecture-level-cities.html',
        title: 'whatchina.cn',
        quote:
          'The General Office of the State Council of China recently issued the “Opinions on Leading the Accelerated Development of New Types of Consumption with New Business Forms and New Models” to promote the deep integration of online and offline consumption.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://english.www.gov.cn/policies/latestreleases/202009/21/content_WS5f68a0aec6d0f7257693c60c.html',
        title: 'China to promote new types of consumption with new business patterns – english.www.gov.cn',
        quote:
          'Updated: September 21, 2020 20:46 english.www.gov.cn\n\nChina will speed up new types of consumption with better support in infrastructure, services and regulation, and shore up new business patterns under regular epidemic control, according to a circular issued by the State Council on Sept 21. … the nation should strengthen construction on information networks with focus on 5G networks, data centers, industrial internet, and internet of things',
        supports: ['promulgated', 'summary'],
      },
    ],
  },
  // ───────────── CAC rules on content staff of news services (2017) ─────────────
  {
    id: 'document:administrative-measures-for-content-management-personnel-in-internet-news-information-services-entities',
    name: 'Administrative Measures for Content Management Personnel in Internet News Information Services Entities',
    nameZh: '互联网新闻信息服务单位内容管理从业人员管理办法',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2017-10-30',
    effective: '2017-12-01',
    summary:
      'CAC rules for staff who edit, publish, repost and review content at internet news information services: a code of conduct, credit files and blacklists.',
    relations: [{ type: 'based_on', target: 'document:provisions-for-administration-of-internet-news-information-services', source: 1 }],
    sources: [
      {
        url: 'https://www.leetsai.com/administrative-measures-for-content-management-personnel-in-internet-news-information-services-entitiesmainland-china?lang=zh-TW',
        title: 'Administrative Measures for Content Management Personnel in Internet News Information Services Entities (Mainland China) – Lee and Li',
        quote:
          'On October 30, 2017, the Cyberspace Administration of China promulgated the Administrative Measures for Content Management Personnel in Internet News Information Services Entities ( the "Measures"), which went into effect on December 1, 2017. … Articles 5 through 8 of the Measures specifically enumerate the code of conduct for the personnel … the administrative measures of Internet information departments, which are required to enhance the administration of personnel, the backup of information systems, the creation of credit files and blacklists',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'status', 'summary'],
      },
      {
        url: 'https://m.pinggu.org/bbs/thread-14049397-1-1.html',
        title: '互联网新闻信息服务单位内容管理从业人员管理办法 – 经管之家',
        quote:
          '互联网新闻信息服务单位内容管理从业人员管理办法\n第一章 总则\n第一条为加强对互联网新闻信息服务单位内容管理从业人员(以下简称“从业人员”)的管理,维护从业人员和社会公众的合法权益,促进互联网新闻信息服务健康有序发展,根据《中华人民共和国网络安全法》《互联网新闻信息服务管理规定》,制定本办法。\n第二条本办法所称从业人员,是指互联网新闻信息服务单位中专门从事互联网新闻信息采编发布、转载和审核等内容管理工作的人员.',
        supports: ['nameZh', 'kind', 'relations', 'summary'],
      },
    ],
  },

  // ───────────── Internet e-mail (Ministry of Information Industry, 2006) ─────────────
  // Issued by the Ministry of Information Industry, whose remit passed to MIIT; the gazetteer lists it under that name.
  {
    id: 'document:measures-for-administration-of-internet-email-services',
    name: 'Measures for the Management of Internet E-mail Services',
    nameZh: '互联网电子邮件服务管理办法',
    zhShortNames: ['信息产业部第38号令'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    effective: '2006-03-30',
    summary:
      'The first departmental rules against spam: commercial advertising e-mail must be marked “广告” or “AD”, and addresses harvested automatically may not be sold, shared or exchanged.',
    sources: [
      {
        url: 'https://www.ppdoc.com/periodical/1ed0ea9c9d40c073bd66587babe7111e.html',
        title: 'ppdoc.com',
        quote:
          '2月21日,信息产业部官员表示,《互联网电子邮件服务管理办法》将于3月30 日起实施。这是中国首次以部门规章的形式对垃圾邮件进行治理。 … On February 21, officials from the Ministry of Information Industry said that the Measures for the Management of Internet E-mail Services will be implemented on March 30. This is the first time that China has handled spam in the form of departmental rules and regulations.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://west999.com/info/html/wangzhanlianmeng/wangzhuanjiqiao/20080224/34553.html',
        title: '商业电邮前不注明广告最高罚3万 – west999.com',
        quote:
          '记者昨日在国家信产部的官方网站看到,《互联网电子邮件服务管理办法》(信息产\n业部第38号令)将于2006年3月30日起施行。该《办法》同时规定,“把采用在线自动收集、字母或者数字任意组合等手段获得的他人的互联网电子邮件地址用于出售、共享、交换,或者向通过上述方式获得的电子邮件地址发送互联网电子邮件”',
        supports: ['nameZh', 'zhShortNames', 'effective', 'summary'],
      },
      {
        url: 'http://www.yskii.cn/news/show-htm-itemid-5595.html',
        title: '商業電郵前不注明“廣告”最高罰3萬 – yskii.cn',
        quote: '《辦法》規定在發送包含商業廣告內容的互聯網電子郵件時,如果該郵件標題信息前未注明“廣告”或者“AD”字樣,發送方將可能被處3萬元以下的罰款。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── CAC security assessment of news-service new technologies (2017) ─────────────
  {
    id: 'document:provisions-on-security-assessment-of-new-technologies-and-applications-in-internet-news-information-services',
    name: 'Provisions on Security Assessment of New Technologies and Applications in Internet News Information Services',
    nameZh: '互联网新闻信息服务新技术新应用安全评估管理规定',
    aliases: [
      'Regulations on the Administration of Security Assessment of New Technologies and New Applications for News and Information Services',
      'Security Assessment and Management Regulations concerning New Technologies and New Applications in Internet News Information Services',
      'Administrative Provisions on Security Assessment of New Technologies and New Applications for Internet-based News Information Services',
      'Regulation on Security Assessment of New Technologies and New Applications for News and Information Services',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2017-10-30',
    effective: '2017-12-01',
    summary: 'CAC rules under which new technologies and applications in internet news information services are security-assessed by the service providers and then reviewed by the supervising authorities.',
    relations: [{ type: 'based_on', target: 'document:provisions-for-administration-of-internet-news-information-services', source: 2 }],
    sources: [
      {
        url: 'http://usito.org/news/new-provisions-assess-security-online-news-services',
        title: 'New Provisions to Assess Security of Online News Services – USITO',
        quote:
          'On October 30, the Cyberspace Administration of China (CAC) released Provisions on Security Assessment of New Technologies and Applications in Internet News Information Services in line with the Cybersecurity Law and the Provisions on the Administration of Internet News Information Services released by CAC earlier this May. The provisions will be effective on December 1, 2017.\nAccording to the Provisions, “new technologies and applications in Internet news information services” are subject to security assessment, which will be conducted by service providers first and further reviewed by the respective supervisory government agencies',
        supports: ['name', 'issuers', 'effective', 'status', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/regulations-on-the-administration-of-security-assessment-of-new-technologies-and-new-applications-for-news-and-information-services/',
        title: 'Regulations on the Administration of Security Assessment of New Technologies and New Applications for News and Information Services – China Law Translate',
        quote:
          'Title: Regulations on the Administration of Security Assessment of New Technologies and New Applications for News and Information Services Promulgating Entities:Cybersecurity Administration Reference number: Promulgation Date: 2017-10-30',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2017/10/30/security-assessment-and-management-regulations-concerning-new-technologies-and-new-applications-in-internet-news-information-services/',
        title: 'Security Assessment and Management Regulations concerning New Technologies and New Applications in Internet News Information Services – China Copyright and Media',
        quote:
          'Security Assessment and Management Regulations concerning New Technologies and New Applications in Internet News Information Services … on the basis of the “Cybersecurity Law of the People’s Republic of China”, and the “Internet News Information Service Management Regulations”, these Regulations are formulated.',
        supports: ['aliases', 'relations'],
      },
      {
        url: 'https://faegredrinker.com/en/insights/publications/2017/11/china-issues-rule-on-security-assessment-of-new-technologies-for-online-news-services',
        title: 'China Issues Rule on Security Assessment of New Technologies for Online News Services – Faegre Drinker',
        quote:
          '“Administrative Provisions on Security Assessment of New Technologies and New Applications for Internet-based News Information Services” (the “New Rule”) will become effective on December 1, 2017, by the Cybersecurity Administration of China (CAC).',
        supports: ['aliases', 'effective', 'issuers'],
      },
      {
        url: 'https://chinamediaproject.org/2017/11/01/china-mandates-security-review-for-new-information-products/',
        title: 'China Mandates Security Review for New Information Products – China Media Project',
        quote:
          'the “Regulation on Security Assessment of New Technologies and New Applications for News and Information Services” now addresses the key phase of new technology adoption.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.jianbiaoku.com/webarbs/book/163772/4709384.shtml',
        title: '互联网新闻信息服务新技术新应用安全评估管理规定 – 建标库',
        quote:
          '互联网新闻信息服务新技术新应用安全评估管理规定互联网新闻信息服务新技术新应用安全评估管理规定、第一条.为规范开展互联网新闻信息服务新技术新应用安全评估工作 … 第四条.国家互联网信息办公室负责全国新技术新应用安全评估工作',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },

  // ───────────── CAC app-store filing notice (2017) ─────────────
  {
    id: 'document:notice-on-carrying-out-filing-of-internet-app-stores',
    name: 'Notice on Initiating Recordation of Internet APP Stores',
    nameZh: '关于开展互联网应用商店备案工作的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    summary:
      'CAC notice starting, from 16 January 2017, the filing of app stores with the provincial cyberspace offices: filing to operate, to change filed details and to stop service.',
    sources: [
      {
        url: 'http://www.my18.net.cn/info_Show.asp?ClassId=25&InfoId=6501',
        title: '国家网信办启动互联网应用商店备案工作 – my18.net.cn',
        quote:
          '国家网信办启动互联网应用商店备案工作 | 来源:转载 点击数:1028次 更新时间:2017/1/14 13:18:45 |\n为进一步促进互联网应用商店行业健康有序发展,规范移动互联网应用程序(App)信息服务,依据《移动互联网应用程序信息服务管理规定》,国家互联网信息办公室日前下发《关于开展互联网应用商店备案工作的通知》,要求各省、自治区、直辖市互联网信息办公室于1月16日起,正式启动互联网应用商店备案工作。 … 将突出“三个申请”:一是应用商店业务运营需申请备案;二是应用商店备案事项变更需申请变更备案;三是应用商店停止服务需申请注销备案。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://watson-band.com/en/cmsDetail_en.htm?from=industry&item.id=01b16265587e455d864a772eaefcd20a',
        title: 'Shanghai Officially Initiates Recordation of Internet APP Stores – Watson & Band',
        quote:
          'The recordation will be based on the Regulations for the Administration of Mobile Internet APP Information Services and the Notice on Initiating Recordation of Internet APP Stores promulgated by the National Office of Internet Information.',
        supports: ['name', 'issuers'],
      },
    ],
  },
];
