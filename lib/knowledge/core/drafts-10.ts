/**
 * Curated core layer: drafts for comment (征求意见稿, 修订草案) of 2021–2024 on data, personal
 * information, AI, cybersecurity, online content and competition that pages still cite by their
 * draft titles, kept apart from their final versions where the graph has them (draft_of), so a
 * title followed by a draft marker names the draft. Every filled field is backed by a verbatim
 * quote from a stored public page; where a page is a reprint on an unrelated site, its title says so.
 */
import type { CoreInstrument } from './types';

export const CORE_DRAFTS_10: CoreInstrument[] = [
  // ───────────── CAC draft measures on generative AI services (April 2023) ─────────────
  {
    id: 'document:administrative-measures-for-generative-artificial-intelligence-services-draft-2023',
    name: 'Administrative Measures for Generative Artificial Intelligence Services (Draft for Public Comments)',
    nameZh: '生成式人工智能服务管理办法(征求意见稿)',
    aliases: [
      'Draft Administrative Measures for Generative AI',
      'Measures on the Administration of Generative Artificial Intelligence Services (Draft for Solicitation of Comments)',
    ],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2023-04-11',
    summary:
      'The CAC’s April 2023 draft rules for generative AI services, open for comment until 10 May 2023 and finalised, with several requirements relaxed, as the Interim Measures of July 2023.',
    relations: [{ type: 'draft_of', target: 'document:interim-measures-for-management-of-generative-artificial-intelligence-services', source: 3 }],
    sources: [
      {
        url: 'https://freewechat.com/a/MjM5ODI5MzI0NA==/2651522274/2',
        title: 'freewechat.com (reprint of a law firm’s WeChat article)',
        quote:
          'On April 11, 2023, the Cyberspace Administration of China (hereinafter referred to as the “CAC”) released a notice to solicit public comments on the "Administrative Measures for Generative Artificial Intelligence Services (Draft for Public Comments)" (hereinafter referred to as the "Draft Administrative Measures for Generative AI"). The deadline for submitting comments is May 10, 2023.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.scribd.com/document/669466758/2023-04-China-AI-Rules',
        title: 'Scribd – 2023-04 China AI Rules (bilingual text)',
        quote:
          '2023 年 4 月 11 日\n生成式人工智能服务管理办法(征求意见稿)\nCyberspace Administration of China\n11 April 2023\nMeasures on the Administration of Generative Artificial Intelligence Services\n(Draft for Solicitation of Comments)',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.basocial.cn/bikuaixun/361.html',
        title: '眾鏈財經 – 網信辦發布關于《生成式人工智能服務管理辦法(征求意見稿)》公開征求意見的通知',
        quote:
          '4月11日消息,國家互聯網信息辦公室發布關于《生成式人工智能服務管理辦法(征求意見稿)》公開征求意見的通知。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.mondaq.com:443/china/new-technology/1347520/china-finalizes-its-first-administrative-measures-governing-generative-ai',
        title: 'Mondaq – China Finalizes Its First Administrative Measures Governing Generative AI',
        quote:
          'On July 13, 2023, the Cyberspace Administration of China ( CAC ), China\'s main regulator for cybersecurity and data privacy, issued its final version of the Interim Administrative Measures for Generative Artificial Intelligence Service ( Generative AI Measures ), which will come into effect on August 15, 2023. Compared to the draft regulations ( Draft Regulations ) published by the CAC in April for public comments, the Generative AI Measures have relaxed several requirements',
        supports: ['summary', 'relations'],
      },
    ],
  },

  // ───────────── CAC draft provisions on cross-border data flows (September 2023) ─────────────
  {
    id: 'document:provisions-on-regulating-and-promoting-cross-border-data-flows-draft-2023',
    name: 'Provisions on Regulating and Promoting Cross-border Data Flows (Draft for Comment)',
    nameZh: '规范和促进数据跨境流动规定(征求意见稿)',
    aliases: [
      'Provisions for Regulating and Promoting the Cross-Border Flow of Data (Draft for Comments)',
      'Provisions on Regulating and Facilitating Cross-border Data Flow (Draft for Comment)',
      'Draft Provisions on Regulating and Facilitating Cross-Border Data Flow',
    ],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2023-09-28',
    summary:
      'The CAC’s September 2023 draft easing outbound data transfer rules, exempting necessary and small-volume transfers of personal information from the security assessment and filing; finalised under a reordered title (促进 before 规范).',
    relations: [{ type: 'draft_of', target: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows', source: 2 }],
    sources: [
      {
        url: 'https://worldservicesgroup.com/publications.asp?action=article&artid=26625',
        title: 'World Services Group – A First Look at the Provisions on Regulating and Promoting Cross-border Data Flows (Draft for Comment)',
        quote:
          'On September 28, 2023, the Cyberspace Administration of China (the "CAC") issued theProvisions on Regulating and Promoting Cross-border Data Flows (Draft for Comment)(the "Draft Provisions"). In light of the previous practical issues relating to data export security assessments, standards for PI exports, and contract record-filing, the Draft Provisions would significantly adjust the applicable standards for data export assessment and record-filing and substantially exempt enterprises from the evaluation and record-filing obligations for scenarios where data exports are necessary or where only a small amount of PI is to be transferred.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2023/10/19/china-expects-to-loosen-restrictions-on-cross-border-data-transfer',
        title: 'China Law & Practice – China Expects to Loosen Restrictions on Cross-Border Data Transfer',
        quote:
          'On Sept. 28, 2023, just before the start of an 8-day public national holiday, the Cyberspace Administration of China (CAC) published a draft document titled the Provisions for Regulating and Promoting the Cross-Border Flow of Data (Draft for Comments) (规范和促进数据跨境流动规定(征求意见稿)), "Draft Provisions") for public feedback.',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.icourt.cc/prac-document/157293.html',
        title: 'iCourt – 数据出境新规要点 (bilingual)',
        quote:
          '数据出境新规的全称为《促进和规范数据跨境流动规定》,此前2023年9月28日公布的征求意见稿全称为《规范和促进数据跨境流动规定》(以下称“9.28征求意见稿”),“促进”字样调整于“规范”之前',
        supports: ['nameZh', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=35919bc988fb4299a02dac7b2a0b4668',
        title: 'Watson & Band – CAC Seeks Comments on Provisions on Regulating and Facilitating Cross-border Data Flow',
        quote:
          'On October 9, the Cyberspace Administration of China (CAC) drafted the Provisions on Regulating and Facilitating Cross-Border Data Flow (Draft for Comment) (the "Draft") and published it for public feedback.',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://www.uschina.org/advocacy/regulatory-comments-on-china/uscbc-comments-draft-provisions-regulating-and-facilitating-cross-border-data-flow',
        title: 'US-China Business Council – USCBC Comments on the Draft Provisions on Regulating and Facilitating Cross-Border Data Flow',
        quote:
          'USCBC Comments on the Draft Provisions on Regulating and Facilitating Cross-Border Data Flow',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── CAC draft measures on labelling AI-generated content (September 2024) ─────────────
  {
    id: 'document:measures-for-labelling-artificial-intelligence-generated-synthetic-content-draft-2024',
    name: 'Measures for Labeling Content Generated by Artificial Intelligence (Draft for Comment)',
    nameZh: '人工智能生成合成内容标识办法(征求意见稿)',
    // The measures it drafted were issued under a notice, not as a departmental order.
    kind: 'normative_document',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2024-09-14',
    summary:
      'The CAC’s September 2024 draft requiring explicit and implicit labels on AI-generated text, images, audio and video, open for comment until 14 October 2024 alongside a draft mandatory labelling standard.',
    relations: [{ type: 'draft_of', target: 'document:measures-for-labelling-of-artificial-intelligence-generated-and-synthetic-content', source: 2 }],
    sources: [
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=cba0d5b5089a4214b57b5f9ab9f82cd6',
        title: 'Watson & Band – CAC Seeks Public Feedback on the Measures for Labeling Content Generated by Artificial Intelligence',
        quote:
          'On September 14, 2024, the Cyberspace Administration of China (CAC) released the Measures for Labeling Content Generated by Artificial Intelligence (Draft for Comment) (the "Draft"), with feedback period open until October 14, 2024. Additionally, the Office of the Central Cyberspace Affairs Commission published a mandatory national standard "Cyber-security Technology — Labeling Method for Content Generated by Artificial Intelligence (Draft for Comment)", also available for public consultation.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.shine.cn/biz/tech/2409144652/',
        title: 'SHINE (Shanghai Daily)',
        quote:
          'Titled "Measures for identifying AI-generated synthetic content," the draft regulation is open for public feedback until October 14, 2024.',
        supports: ['status'],
      },
      {
        url: 'http://cppjump.com/?js=9Avy.html',
        title: 'cppjump.com (reprint of a Xinhua report) – 国家网信办就人工智能生成合成内容标识办法公开征求意见',
        quote:
          '新华社北京9月14日电 为规范人工智能生成合成内容标识,维护国家安全和社会公共利益,保护公民、法人和其他组织的合法权益,国家互联网信息办公室14日就《人工智能生成合成内容标识办法(征求意见稿)》公开征求意见。意见反馈截止时间为2024年10月14日。\n\n  征求意见稿提出,人工智能生成合成内容是指利用人工智能技术制作、生成、合成的文本、图片、音频、视频等信息。人工智能生成合成内容标识包括显式标识和隐式标识。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://www.dataprotectionreport.com/2024/10/chinas-proposed-ai-labelling-regulations-key-points/',
        title: 'Data Protection Report (Norton Rose Fulbright) – China’s proposed AI labelling regulations: key points',
        quote:
          'the Cyberspace Administration of China (the CAC) recently issued two draft regulations for public consultation: Measures for Labelling Artificial Intelligence-Generated or Synthetic Content (the Draft AI Labelling Measures) and Cybersecurity technology—Labelling method for content generated by artificial intelligence (the Draft Labelling Method Standard).',
        supports: ['status', 'issuers'],
      },
    ],
  },

  // ───────────── CAC draft measures on cybersecurity incident reporting (December 2023) ─────────────
  {
    id: 'document:measures-for-management-of-cybersecurity-incident-reports-draft-2023',
    name: 'Measures for the Management of Cybersecurity Incident Reports (Draft for Comments)',
    nameZh: '网络安全事件报告管理办法(征求意见稿)',
    aliases: ['Administrative Measures for the Reporting of Cybersecurity Incidents (Draft for Comment)'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2023-12-08',
    summary:
      'The CAC’s December 2023 draft requiring network operators to report relatively major, major and particularly major cybersecurity incidents within one hour, with heavier penalties where late, missed, false or concealed reports cause serious harm.',
    sources: [
      {
        url: 'https://www.deloitte.com/cn/en/pages/risk/articles/management-of-cybersecurity-incident-reports.html',
        title: 'Deloitte China – Measures for the Management of Cybersecurity Incident Reports (Draft for Comments)',
        quote:
          'Published date: 12 December 2023\n\nOn December 8th, the National CAC drafted the " Measures for the Management of Cybersecurity Incident Reports (Draft for Comments)" (hereinafter referred to as the "Draft for Comments"), aiming to standardize the reporting of cybersecurity incidents, reduce losses and hazards caused by cybersecurity incidents, and maintain national security.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=687a2f6ce2a54340b295c313123c918b',
        title: 'Watson & Band – CAC Seeks Comments on Administrative Measures for the Reporting of Cybersecurity Incidents',
        quote:
          'On December 8, the Cyberspace Administration of China (CAC) drafted the Administrative Measures for the Reporting of Cybersecurity Incidents (Draft for Comment) (the "Draft") to solicit public opinions by January 7, 2024.\n\nThe Draft requires operators to promptly initiate their contingency plan and take measures when a cybersecurity incident occurs. Subject to the Guide to the Classification of Cybersecurity Incidents, a relatively major, major, or particularly major cybersecurity incident shall be reported within one hour.',
        supports: ['aliases', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://dzb.zzrbnews.com/news/52712.html',
        title: '郑州日报 – 国家网信办就网络安全事件报告管理办法公开征求意见',
        quote:
          '新华社北京12月8日电 为了规范网络安全事件的报告,减少网络安全事件造成的损失和危害,维护国家网络安全,国家互联网信息办公室8日就《网络安全事件报告管理办法(征求意见稿)》公开征求意见。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://dzb.zzrbnews.com/news/52712.html',
        title: '郑州日报 – 国家网信办就网络安全事件报告管理办法公开征求意见',
        quote:
          '根据征求意见稿,运营者未按照规定报告网络安全事件的,网信部门按照有关法律、行政法规的规定进行处罚。因运营者迟报、漏报、谎报或者瞒报网络安全事件,造成重大危害后果的,对运营者及有关责任人依法从重处罚。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── CAC draft measures on personal information protection compliance audits (August 2023) ─────────────
  {
    id: 'document:measures-for-personal-information-protection-compliance-audits-draft-2023',
    name: 'Administrative Measures for the Compliance Audit of Personal Information Protection (Exposure Draft)',
    nameZh: '个人信息保护合规审计管理办法(征求意见稿)',
    aliases: ['Administrative Measures for Compliance Auditing of Personal Information Protection (Draft for Comment)'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2023-08-03',
    summary:
      'The CAC’s August 2023 draft on PIPL compliance audits: yearly audits for processors of over one million people’s personal information and every two years for others; finalised in February 2025.',
    relations: [{ type: 'draft_of', target: 'document:measures-for-administration-of-personal-information-protection-compliance-audits', source: 3 }],
    sources: [
      {
        url: 'https://www.dahuilawyers.com/en/news-insights/data-protection-laws-in-china-new-draft-measures-offer-clarity-on-compliance-audits-under-the-pipl/',
        title: 'Dahui Lawyers – New Draft Measures Offer Clarity on Compliance Audits under the PIPL',
        quote:
          'On 3 August 2023, the Cyberspace Administration of China (“CAC”) released the Administrative Measures for Personal Information Protection Compliance Audits (Draft for Comment) (《个人信息保护合规审理管理办法(征求意见稿)》) (“Draft Measures”), which are open for public comment until 2 September 2023.',
        supports: ['kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.appInChina.co/government-documents/cac-notice-on-seeking-public-comments-on-the-administrative-measures-for-the-compliance-audit-of-personal-information-protection-exposure-draft/',
        title: 'AppInChina – CAC Notice on Seeking Public Comments on the Administrative Measures for the Compliance Audit of Personal Information Protection (Exposure Draft)',
        quote:
          'Release Date: 2023-08-03\n\nSource: http://www.cac.gov.cn/2023-08/03/c_1692628348448092.htm\n\nOriginal Title: 国家互联网信息办公室关于《个人信息保护合规审计管理办法(征求意见稿)》公开征求意见的通知\n\nCAC Notice on Seeking Public Comments on the Administrative Measures for the Compliance Audit of Personal Information Protection (Exposure Draft)',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://credit.xining.gov.cn/m_675/65535.html',
        title: '信用西宁 – 国家网信办:就个人信息保护合规审计管理办法公开征求意见',
        quote:
          '《征求意见稿》提出,处理超过100万人个人信息的处理者,应当每年至少开展一次个人信息保护合规审计;其他个人信息处理者应当每二年至少开展一次个人信息保护合规审计。',
        supports: ['summary'],
      },
      {
        url: 'https://gaopenglaw.com/content/details11_4852.html',
        title: '高朋律师事务所 – 《个人信息保护合规审计管理办法》解读',
        quote:
          '2025年2月14日,国家互联网信息办公室正式发布《个人信息保护合规审计管理办法》(“《审计办法》”) … 2023年8月,国家互联网信息办公室发布《个人信息保护合规审计管理办法(征求意见稿)》;2024年7月12日,全国信息安全标准化技术委员会发布国家标准《数据安全技术个人信息保护合规审计要求(征求意见稿)》。本文旨对《审计办法》正式稿进行全面梳理和解读。',
        supports: ['nameZh', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://privacymatters.dlapiper.com/2023/08/china-new-mandatory-data-protection-compliance-audits-proposed/',
        title: 'DLA Piper Privacy Matters – China: New mandatory data protection compliance audits proposed',
        quote:
          'On 3 August 2023, the Cyberspace Administration of China (“CAC”) published the Administrative Measures for Personal Information Protection Compliance Audit (Draft for Comment) (“Draft Measures”) for public consultation, which closes on 2 September 2023.',
        supports: ['status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.dataguidance.com/news/china-cac-requests-comments-administrative-measures',
        title: 'DataGuidance – China: CAC requests comments on administrative measures for auditing data protection',
        quote:
          'On August 3, 2023, the Cyberspace Administration of China (CAC) released the Administrative Measures for Compliance Auditing of Personal Information Protection (Draft for Comment) and is requesting public comments on the same.',
        supports: ['aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://cm.twobirds.com/en/insights/2025/china/chinas-pi-audit-regulation-finally-released-what-you-need-to-know',
        title: 'Bird & Bird – China’s PI Audit Regulation Finally Released',
        quote:
          'the specific framework for conducting these audits remained ambiguous until the introduction of the Draft Administrative Measures for Personal Information Protection Compliance Audit (“Draft Measures”) by the CAC on August 3, 2023.',
        supports: ['issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── CAC draft provisions on governing cyberviolence information (July 2023) ─────────────
  {
    id: 'document:provisions-on-governance-of-cyberviolence-information-draft-2023',
    name: 'Provisions on the Governance of Cyberviolence Information (Comments Draft)',
    nameZh: '网络暴力信息治理规定(征求意见稿)',
    aliases: ['Cyber Violence Information Governance Provisions'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2023-07-07',
    summary:
      'The CAC’s July 2023 draft on cyberviolence: platform duties for account management, monitoring and handling of cyberviolence information, and a “one-click protection” function for victims; open for comment until 6 August 2023.',
    relations: [{ type: 'draft_of', target: 'document:provisions-on-governance-of-online-violence-information', source: 2 }],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/cac-cyberviolence/',
        title: 'China Law Translate – CAC Notice on "Provisions on the Governance of Cyberviolence Information (Comments Draft)"',
        quote:
          'CAC Notice on "Provisions on the Governance of Cyberviolence Information (Comments Draft)"\n\n[Source]http://www.cac.gov.cn/2023-07/07/c_1690295996362667.htm',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202307/1293935.shtml',
        title: 'Global Times – China releases cyber violence regulation draft',
        quote:
          'The "one-click protection" function allows victims who suffer from cyber violence to close strangers\' private messages and comments with one click, according to the draft, which is titled "Cyber Violence Information Governance Provisions" and was released by Cyberspace Administration of China (CAC).',
        supports: ['aliases', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://yinliao.rexun.cn/chanye/2023/0707/14452.html',
        title: 'rexun.cn (reprint of a CCTV report) – 网信办就网络暴力信息治理规定公开征求意见',
        quote:
          '央视网消息:记者今天(7月7日)从国家网信办了解到,为切实加强网络暴力信息治理力度,营造良好网络生态,国家网信办起草的《网络暴力信息治理规定(征求意见稿)》,向社会公开征求意见。意见反馈截止日期为今年8月6日。征求意见稿提出,网络信息服务提供者应当履行信息内容管理主体责任,建立完善网络暴力信息治理机制,健全账号管理、信息发布审核、监测预警、举报救助、网络暴力信息处置等制度。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
    ],
  },

  // ───────────── NPC Standing Committee draft revision of the Anti-Unfair Competition Law (December 2024) ─────────────
  {
    id: 'document:anti-unfair-competition-law-draft-revision-2024',
    name: 'Draft Amendment to the Anti-Unfair Competition Law',
    nameZh: '反不正当竞争法修订草案',
    aliases: ['Draft Amendment to Anti-Unfair Competition Law', 'draft revision to the Anti-Unfair Competition Law', 'draft revision to the Law against Unfair Competition'],
    kind: 'law',
    status: 'draft',
    issuers: ['npc-standing-committee'],
    promulgated: '2024-12-21',
    summary:
      'The draft overhaul of the Anti-Unfair Competition Law submitted to the NPC Standing Committee in December 2024 and read again in June 2025, with new rules against platforms forcing merchants to sell below cost; adopted on 27 June 2025.',
    relations: [{ type: 'draft_of', target: 'document:anti-unfair-competition-law', source: 2 }],
    sources: [
      {
        url: 'http://cmacnewsletter.cn/en/index.php?id=300',
        title: 'CMAC Newsletter – The Draft Amendment to the Anti-Unfair Competition Law submitted for review',
        quote:
          'The Draft Amendment to the Anti-Unfair Competition Law submitted for review\nOn December 21, 2024, the Draft Amendment to Anti-Unfair Competition Law (Draft Amendment) was submitted to the 13th Session of the Standing Committee of the 14th NPC for review.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://en.people.cn/n3/2024/1223/c90000-20257055.html',
        title: 'People’s Daily Online (Xinhua) – China mulls law revision to foster fair market environment',
        quote:
          'Chinese lawmakers are considering a draft revision to the Anti-Unfair Competition Law, which is expected to foster a fair market environment for business entities.\nThe draft revision was submitted on Saturday to the ongoing session of the Standing Committee of the National People\'s Congress, the national legislature, for deliberation.',
        supports: ['aliases', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://beijingspring.com/bj2/2010/c8/mmdjhaovv/xw/zgbd/20250623155844.htm',
        title: 'beijingspring.com (reprint of a CNA report) – 中國反不正當競爭法修訂',
        quote:
          '中國反不正當競爭法修訂草案即將二審,將強化約束、整治「內捲式」競爭,新增條款包括禁止平台經營者強制商家低於成本銷售、禁止大型企業等經營者濫用自身優勢地位等。',
        supports: ['nameZh', 'status', 'summary', 'relations'],
      },
      {
        url: 'http://www.bazhesc.com/news/politics/2025-06-23/detail-ihestqxv5316181.shtml',
        title: 'bazhesc.com (reprint of a Global Times report)',
        quote:
          'The second draft revision to the Law against Unfair Competition will be submitted for review at the 16th session of the Standing Committee of the 14th National People\'s Congress (NPC), Huang Haihua, spokesperson for the Legislative Affairs Commission of the NPC Standing Committee, told a press conference on Monday',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'http://www.xydpcl.com/article/detail/849',
        title: 'xydpcl.com (reprint of a Zhonghao Law Firm article) – 新修訂《反不正當競爭法》解讀',
        quote:
          '十四屆全國人大常委會第十六次會議于 2025 年 6 月 27 日表決通過新修訂的《反不正當競爭法》,并將于 2025 年 10 月 15 日起施行。',
        supports: ['summary'],
      },
    ],
  },
];
