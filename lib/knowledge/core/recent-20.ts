/**
 * Curated core layer: PRC instruments on AI ethics, AI in government and in sectors (energy,
 * transport, consumption) and platform personal-information oversight, issued or put out for comment
 * between September 2025 and June 2026, that recent pages (law-firm alerts, policy trackers, research
 * centres, Hong Kong and mainland news) cite and the graph lacked. Every filled field is backed by a
 * verbatim quote from a stored public page.
 *
 * OTHER_NAMES_RECENT_20 adds the English title pages give the final anthropomorphic-AI measures
 * (April 2026) to the entry the graph already has for them.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_RECENT_20: CoreInstrument[] = [
  // ───────────── MIIT and nine other departments: AI science and technology ethics review (March 2026) ─────────────
  {
    id: 'document:measures-for-ethical-review-and-service-of-artificial-intelligence-science-and-technology-trial',
    name: 'Measures for Ethical Review and Service of Artificial Intelligence Science and Technology (Trial)',
    nameZh: '人工智能科技伦理审查与服务办法(试行)',
    aliases: [
      'Measures for Ethical Review and Services for Artificial Intelligence Scientific and Technological Activities (for Trial Implementation)',
      'Administrative Measures for the Ethics Review and Services of Artificial Intelligence Science and Technology (Trial)',
    ],
    code: 'MIIT Joint Science [2026] No. 75',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit', 'most'],
    promulgated: '2026-03-20',
    effective: '2026-03-20',
    summary:
      'Trial rules of MIIT and nine other departments for the ethics review of AI research and development: entities doing AI science and technology activities must set up an ethics committee or entrust a service centre, and reviews look at well-being, algorithmic discrimination, controllability, transparency and privacy.',
    sources: [
      {
        url: 'https://techjacksolutions.com/ai-governance-china/ethics-review/',
        title: 'Tech Jacks Solutions – AI Ethics Review and Committees (China)',
        quote:
          'The Measures for Ethical Review and Service of Artificial Intelligence Science and Technology (Trial) (人工智能科技伦理审查与服务办法(试行)), issued jointly by 10 government departments including MIIT and MOST, took effect in April 2026. MOST leads national ethics supervision while MIIT coordinates AI-specific ethics governance and interprets these measures.',
        supports: ['name', 'nameZh', 'status', 'issuers'],
      },
      {
        url: 'https://www.leetsai.com/news-detail.php?id=4099&lang=en-US',
        title: 'Leetsai – Official Issuance of the Measures for Ethical Review and Services for AI Scientific and Technological Activities (for Trial Implementation)',
        quote:
          'On March 20, 2026, ten departments, including the Ministry of Industry and Information Technology, issued the Notice on Printing and Distributing the Measures for Ethical Review and Services for Artificial Intelligence Scientific and Technological Activities (for Trial Implementation) (hereinafter referred to as “the Measures”), which came into force on the same day. … Article 9 of the Measures explicitly requires all entities engaging in artificial intelligence (hereinafter referred to as AI) scientific and technological activities to establish an ethics committee, and entities that do not meet the conditions shall entrust a service center for review.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://cisema.com/news/china-ai-ethics-review',
        title: 'Cisema – China’s New AI Ethics Measures Increase Scrutiny of High-Impact AI',
        quote:
          'On March 20, 2026, the Ministry of Industry and Information Technology, together with 10 other government departments, issued the “Administrative Measures for the Ethics Review and Services of Artificial Intelligence Science and Technology (Trial)” under “MIIT Joint Science [2026] No. 75.” The Measures create China’s first dedicated framework for the ethics review and service management of AI science and technology activities.',
        supports: ['aliases', 'code', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://bricscompetition.org/news/china-issues-guideline-for-ai-ethics-governance',
        title: 'BRICS Competition Law and Policy Centre – China issues guideline for AI ethics governance',
        quote:
          'The rules set out key review criteria such as whether a technology promotes social well-being and prioritizes the protection of life and health. Reviews also examine risks including algorithmic discrimination and assess whether systems are controllable, reliable, transparent and explainable, with accountability traceable and privacy adequately protected.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── CAC draft: personal information protection supervision committees of large platforms (September 2025) ─────────────
  {
    id: 'document:provisions-on-establishment-of-personal-information-protection-supervision-committees-by-large-online-platforms-draft',
    name: 'Provisions on the Establishment of Personal Information Protection Supervision Committees by Significant Network Platforms (Consultation Draft)',
    nameZh: '大型网络平台设立个人信息保护监督委员会规定(征求意见稿)',
    aliases: [
      'Provisions on the Establishment of Personal Information Protection Supervision Committees by Significant Network Platforms',
      'Provisions on the Establishment of Personal Information Protection Oversight Committees for Large-Scale Internet Platforms',
    ],
    zhShortNames: ['大型网络平台设立个人信息保护监督委员会规定'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2025-09-12',
    summary:
      'CAC draft under the PIPL: large online platforms must set up an independent personal information protection supervision committee of at least seven members, two-thirds external, that meets quarterly to review compliance systems, data protection rules, sensitive data handling, impact assessments and social responsibility reports.',
    relations: [{ type: 'based_on', target: 'document:personal-information-protection-law', source: 0 }],
    sources: [
      {
        url: 'https://focustax.cn/home/index/article?id=25805&types=1',
        title: '方圆财税 (focustax.cn) – 大型网络平台设立个人信息保护监督委员会规定(征求意见稿)',
        quote:
          '大型网络平台设立个人信息保护监督委员会规定(征求意见稿)\n发文时间:2025-09-12 … 根据《中华人民共和国个人信息保护法》、《网络数据安全管理条例》等法律、行政法规,国家互联网信息办公室起草了《大型网络平台设立个人信息保护监督委员会规定(征求意见稿)》,现向社会公开征求意见。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.cliffordchance.com/insights/resources/blogs/talking-tech/en/articles/2025/09/china-consults-on-the-provisions-on-the-establishment-of-persona.html',
        title: 'Clifford Chance – China consults on the Provisions on the Establishment of Personal Information Protection Supervision Committees by Significant Network Platforms',
        quote:
          'The Cyberspace Administration of China (CAC) released the Provisions on the Establishment of Personal Information Protection Supervision Committees by Significant Network Platforms (Consultation Draft) (Draft Provisions) on 12 September 2025. The Draft Provisions, as an implementation measure, if finalised on this basis, provide detailed guidance for significant network platforms (the Significant Platforms) on how to establish an independent mechanism to supervise their performance in safeguarding personal information.',
        supports: ['name', 'aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://cm.twobirds.com/en/insights/2025/china/china-cybersecurity-and-data-protection-monthly-update--october-2025-issue',
        title: 'Bird & Bird – China Cybersecurity and Data Protection: Monthly Update, October 2025 Issue',
        quote:
          'At the legislative level, the Cyberspace Administration of China (“CAC”) planned to issue the Draft Provisions on the Establishment of Personal Information Protection Oversight Committees for Large-Scale Internet Platforms for public consultation.',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/33440-cyberspace-administration-opened-consultation-on-draft-regulations-on-establishment-of-personal-information-protection-supervisory-committees-on-large-scale-online-platforms',
        title: 'Digital Policy Alert – CAC opened consultation on draft regulations on personal information protection supervisory committees on large-scale online platforms',
        quote:
          'On 12 September 2025, the Cyberspace Administration of China opened a consultation on draft regulations on the establishment of personal information protection supervisory committees on large-scale online platforms, until 12 October 2025. … Committees must have at least seven members, with two-thirds being external, to ensure independence and expertise. They are required to hold quarterly meetings to review compliance systems, data protection rules, sensitive data handling, impact assessments, and social responsibility reporting',
        supports: ['status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350912776',
        title: '經濟通 – 網信辦新規指導大型網絡平台設個人信息保護監督委員會',
        quote:
          '國家互聯網信息辦公室起草了《大型網絡平台設立個人信息保\n護監督委員會規定（徵求意見稿）》，現向社會公開徵求意見。 … 意見稿提出，監督委員會成員人數應與大型網絡平台業務規模、用戶數量等相匹配，一般不\n得少於７人，外部成員佔比不低於三分之二。',
        supports: ['nameZh', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── NDRC/NEA: AI+ energy implementation opinions (September 2025) ─────────────
  {
    id: 'document:implementation-opinions-on-promoting-high-quality-development-of-ai-plus-energy',
    name: "Implementation Opinions on Promoting the High-Quality Development of 'Artificial Intelligence + Energy'",
    nameZh: '关于推进“人工智能+”能源高质量发展的实施意见',
    aliases: [
      'Implementation Opinions of the National Development and Reform Commission and the National Energy Administration on Promoting the High-Quality Development of “Artificial Intelligence+” Energy',
      'Implementation Opinions on Promoting High-Quality Development of "AI+" Energy',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'nea'],
    promulgated: '2025-09-08',
    summary:
      'NDRC and NEA plan for AI in the energy sector: by 2027 five or more specialised large models in grids, generation, coal and oil and gas, ten or more demonstration projects and a hundred application scenarios; by 2030 world-leading energy AI, across eight scenarios from grids to nuclear power.',
    relations: [{ type: 'implements', target: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action', source: 0 }],
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/china_ai_plus_energy_opinions_2025',
        title: 'CSET (Georgetown) – Implementation Opinions on Promoting the High-Quality Development of “Artificial Intelligence+” Energy (translation)',
        quote:
          'A spinoff of the August 2025 “AI+” strategy, this plan identifies numerous ways that Chinese electric utilities and energy companies should use AI to improve their operations. … Implementation Opinions of the National Development and Reform Commission and the National Energy Administration on Promoting the High-Quality Development of “Artificial Intelligence+” Energy … carry out the relevant work requirements set forth in the Opinions of the State Council on Deepening the Implementation of the “AI+” Initiative ([2025] Document No. 11)',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://gmteight.com/latest/detail/522788',
        title: 'GMT Eight – National Energy Administration answers questions on the AI + Energy implementation opinions',
        quote:
          'date\n09/09/2025\nOfficials from the Science and Technology Department of the National Energy Administration answered questions from reporters regarding the "Implementation Opinions on Promoting the High-Quality Development of \'Artificial Intelligence + Energy\'".',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://sinolytics.de/global-business-news/blog/technology/china-ai-energy-foreign-impact/',
        title: 'Sinolytics – China’s AI+ Energy plan and its impact on foreign companies',
        quote:
          'The Implementation Opinions on Promoting\nHigh-Quality Development of "AI+" Energy, jointly issued by the\nNational Development and Reform Commission (NDRC) and the National Energy\nAdministration (NEA), sets a clear trajectory: by 2027, China aims to establish\nfoundational innovation systems and launch 10+ demonstration projects and 100+\napplication scenarios.',
        supports: ['aliases', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.yoyozy.com/web/gdxw/2025-09/08/content_397249.html',
        title: '科技日报 (reprint) – 两部门推进“人工智能+”能源高质量发展',
        quote:
          '9月8日,由國家發展改革委、國家能源局印發的《關于推進“人工智能+”能源高質量發展的實施意見》(以下簡稱《實施意見》)公布。 … 推動五個以上專業大模型在電網、發電、煤炭、油氣等行業深度應用,挖掘十個以上可復制、易推廣、有競爭力的重點示范項目,探索百個典型應用場景賦能路徑 … 到2030年,能源領域人工智能專用技術與應用總體達到世界領先水平。 … 系統部署了人工智能+電網、能源新業態、新能源、水電、火電、核電、煤炭、油氣八大應用場景',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── MOT, NDRC, MIIT and four other bodies: AI+ transportation implementation opinions (September 2025) ─────────────
  {
    id: 'document:implementation-opinions-on-ai-plus-transportation',
    name: 'Implementation Opinions on AI + Transportation',
    nameZh: '关于“人工智能+交通运输”的实施意见',
    zhShortNames: ['关于「人工智能＋交通运输」的实施意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mot', 'ndrc', 'miit'],
    promulgated: '2025-09-22',
    summary:
      'Seven-department opinions on AI in transport: by 2027 AI widely used in typical transport scenarios and a comprehensive transport large-model system deployed, by 2030 AI deeply integrated with core technologies under domestic control; 16 tasks across key technology supply, scenarios, core factors and the industry ecosystem.',
    relations: [{ type: 'implements', target: 'document:opinions-on-deepening-implementation-of-artificial-intelligence-plus-action', source: 0 }],
    sources: [
      {
        url: 'https://sesec.eu/2025/news-events/news/china-releases-roadmap-to-integrate-ai-into-the-transport-sector',
        title: 'SESEC – China Releases Roadmap to Integrate AI into the Transport Sector',
        quote:
          'On September 22, 2025, China’s Ministry of Transport (MOT), National Development and Reform Commission (NDRC), the Ministry of Industry and Information Technology (MIIT) and other 4 bureaus jointly issued the Implementation Opinions on AI + Transportation. These implementation opinions act as policy responses to the AI+ Initiatives released by the State Council in August 2025, pointing to the direction of AI development and its intended impact on the transport sector in the next 5 years.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://www.slrbs.com/cj/cjyw/2025-09-26/1783881.html',
        title: '中国新闻网 (reprint) – 七部门:加快推动人工智能在交通运输领域规模化创新应用',
        quote:
          '中新网9月26日电 据交通运输部网站消息,交通运输部等七部门26日公布《关于“人工智能+交通运输”的实施意见》(以下简称《实施意见》)。\n\n  《实施意见》明确了“人工智能+交通运输”行动总体目标:到2027年,人工智能在交通运输行业典型场景广泛应用,综合交通运输大模型体系落地部署,普及应用一批智能体,建成一批标志性创新工程',
        supports: ['nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.slrbs.com/cj/cjyw/2025-09-26/1783881.html',
        title: '中国新闻网 (reprint) – 七部门:加快推动人工智能在交通运输领域规模化创新应用',
        quote:
          '到2030年,人工智能深度融入交通运输行业,智能综合立体交通网全面推进,关键核心技术自主可控,总体水平居世界前列。《实施意见》主要部署了以下4方面任务。',
        supports: ['summary'],
      },
      {
        url: 'http://www.b4dc4.cn/kandian/102025_304534.html',
        title: 'b4dc4.cn (news mirror)',
        quote:
          '《意見》從加大關(guān)鍵技術(shù)供給、加速創(chuàng)新場景賦能、加強核心要素保障、優(yōu)化產(chǎn)業(yè)發(fā)展生態(tài)四大方面,提出16項具體任務(wù)。',
        supports: ['summary'],
      },
      {
        url: 'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350926782',
        title: '經濟通 – 七部門發文推進「人工智能+交通運輸」',
        quote:
          '26/09/2025 17:27 … 交通運輸部、國家發展改革委、工業和信息化部等七部門印發\n《關於「人工智能＋交通運輸」的實施意見》，從加大關鍵技術供給、加速創新場景賦能、加強\n核心要素保障、優化產業發展生態四大方面，部署建設綜合交通運輸大模型等１６項具體任務。 … 到２０３０年，人工智能\n深度融入交通運輸行業，智能綜合立體交通網全面推進，關鍵核心技術自主可控，總體水平居世\n界前列。',
        supports: ['zhShortNames', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── CAC/NDRC: guidelines on AI large models in government affairs (October 2025) ─────────────
  {
    id: 'document:guidelines-for-deployment-and-application-of-ai-large-models-in-government-affairs',
    name: 'Guidelines for the Deployment and Application of Large Artificial Intelligence Models in the Field of Government Affairs',
    nameZh: '政务领域人工智能大模型部署应用指引',
    aliases: [
      'Guidelines for the Deployment and Application of Large-Scale Artificial Intelligence Models in Government Affairs',
      'Guidelines for the Deployment and Application of Artificial Intelligence Large Models in the Government Sector',
      'Guidelines for the Deployment and Application of Large Artificial Intelligence Models in the Government Affairs Field',
    ],
    kind: 'guideline',
    status: 'final',
    issuers: ['cac', 'ndrc'],
    promulgated: '2025-10-10',
    summary:
      'CAC and NDRC guidance for government departments on deploying AI large models in government services, social governance, office work and decision support, with full-cycle management and AI kept in a supporting, non-decision-making role.',
    sources: [
      {
        url: 'https://www.lawinfochina.com/display.aspx?id=45848&lib=law',
        title: 'LawInfoChina – Guidelines for the Deployment and Application of Large Artificial Intelligence Models in the Field of Government Affairs',
        quote:
          'Guidelines for the Deployment and Application of Large Artificial Intelligence Models in the Field of Government Affairs | | 政务领域人工智能大模型部署应用指引 |\n(Office of the Central Cyberspace Affairs Commission and National Development and Reform Commission, October 2025) | | (中央网信办、国家发展改革委 2025年10月) |',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://babl.ai/china-issues-national-guidelines-for-deploying-ai-models-in-government-affairs',
        title: 'BABL AI – China Issues National Guidelines for Deploying AI Models in Government Affairs',
        quote:
          'Posted on 10/29/2025 … China’s Cyberspace Administration has released comprehensive new “Guidelines for the Deployment and Application of Large-Scale Artificial Intelligence Models in Government Affairs,” establishing a national framework for how AI will be integrated into governance, public service, and decision-making. … Issued on October 10, the guidelines aim to “enhance digital and intelligent governance” … The document outlines four main areas of application: government services, social governance, office automation, and policy decision support.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://ai-damn.com/china-issues-guidelines-for-ai-large-models-in-government-1760156261383',
        title: 'AI Damn – China Issues Guidelines for AI Large Models in Government',
        quote:
          'The Cyberspace Administration of China and the National Development and Reform Commission have jointly issued "Guidelines for the Deployment and Application of Artificial Intelligence Large Models in the Government Sector." … - Full-cycle management systems\n- Clear application boundaries\n- Defined supportive (non-decision-making) roles for AI models',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://aigovernancecompass.com/newsinfo/3142466.html',
        title: 'AI Governance Compass – Guidelines for the Deployment and Application of Large Artificial Intelligence Models in the Government Affairs Field',
        quote:
          'Guidelines for the Deployment and Application of Large Artificial Intelligence Models in the Government Affairs Field … This guideline mainly provides work guidance and basic reference for the deployment and application of AI large models for government departments at all levels.',
        supports: ['aliases', 'kind', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM and seven other departments: AI+ consumption implementation opinions (June 2026) ─────────────
  {
    id: 'document:implementation-opinions-on-accelerating-development-of-ai-plus-consumption',
    name: 'Implementation Opinions on Accelerating the Development of “AI Plus Consumption”',
    nameZh: '关于加快“人工智能+消费”发展的实施意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2026-06',
    summary:
      'Eight-department, MOFCOM-led policy creating demand for AI products and services in consumer markets, using subsidies, financing support, investment funds and infrastructure: the demand-side companion to the State Council’s 2025 AI Plus initiative.',
    sources: [
      {
        url: 'https://geopolitechs.org/p/selling-ai-to-14-billion-people',
        title: 'Geopolitechs – Selling AI to 1.4 Billion People',
        quote:
          'On June 18, 2026, China Central Television’s official account quietly carried a notice that deserves more attention than it received: eight central government departments, led by MOFCOM, had jointly issued the Implementation Opinions on Accelerating the Development of “AI Plus Consumption” (关于加快”人工智能+消费”发展的实施意见). … Its policy tools are drawn largely from China’s consumption and industrial policy toolkit, including subsidies, financing support, investment funds, and infrastructure development. … the document can be understood as the demand-side companion to the State Council’s August 2025 “AI Plus” initiative.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── MOF: government procurement measures against 46 US companies (Cai Ku [2026] No. 10, June 2026) ─────────────
  {
    id: 'document:mof-notice-on-measures-against-us-enterprises-in-government-procurement-2026',
    name: 'Notice on Taking Relevant Measures against Relevant U.S. Enterprises in Government Procurement Activities',
    nameZh: '关于在政府采购活动中对有关美国企业采取相关措施的通知',
    zhShortNames: ['财库〔2026〕10号'],
    code: '财库〔2026〕10号',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mof'],
    promulgated: '2026-06-22',
    effective: '2026-06-22',
    summary:
      'Ministry of Finance notice barring purchasers in government procurement from buying products made by 46 listed US companies (US-invested companies in China excepted), in force on issue; announced the same day MOFCOM put 10 US companies on its export control list, after the US expanded its Section 1260H list.',
    sources: [
      {
        url: 'https://chinagovernance.com/document/900031526',
        title: 'China Governance (观察者网 text) – 财政部:在政府采购活动中对46家美国企业采取相关措施',
        quote:
          'Ministry of Finance: Imposes Measures on 46 U.S. Enterprises in Government Procurement Activities … 财政部网站6月22日发布《关于在政府采购活动中对有关美国企业采取相关措施的通知》。 <br> 全文如下: <br> 关于在政府采购活动中对有关美国企业采取相关措施的通知 <br> 财库〔2026〕10号 <br> 各中央预算单位,各省、自治区、直辖市、计划单列市财政厅(局),新疆生产建设兵团财政局: <br> 根据有关法律法规,经批准,现决定在政府采购活动中对46家美国企业采取相关措施。具体通知如下: <br> 一、采购人在政府采购活动中,不得采购46家美国企业(不包括在华美资企业)生产的产品。 <br> 二、本通知自印发之日起施行。 <br> 附件:46家美国企业名单 <br> 财政部 <br> 2026年6月22日',
        supports: ['name', 'nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.163.com/dy/article/L013DLII0514R9KQ.html',
        title: '网易 (央视新闻客户端 text) – 关于在政府采购活动中对有关美国企业采取相关措施的通知',
        quote:
          '关于在政府采购活动中对有关美国企业采取相关措施的通知\n财库〔2026〕10号\n各中央预算单位,各省、自治区、直辖市、计划单列市财政厅(局),新疆生产建设兵团财政局:\n根据有关法律法规,经批准,现决定在政府采购活动中对46家美国企业采取相关措施。',
        supports: ['nameZh', 'zhShortNames', 'code', 'status', 'issuers'],
      },
      {
        url: 'https://www.squirepattonboggs.com/insights/publications/dueling-lists-china-s-answer-to-the-section-1260h-expansion-and-the-risk-in-the-pattern-what-us-stakeholders-should-know/',
        title: 'Squire Patton Boggs – Dueling lists: China’s answer to the Section 1260H expansion',
        quote:
          'On June 22, 2026, the People’s Republic of China announced two new restrictive measures affecting dozens of US companies. The move came two weeks after the US Department of Defense, on June 8, expanded its Section 1260H list of “Chinese Military Companies” (CMCs) by 65 entities … China moved on two fronts on June 22. The Ministry of Finance (MOF) barred government procurement entities from buying goods or services from 46 US companies in covered projects. The Ministry of Commerce (MOFCOM) separately added 10 US companies to the Export Control Entity List',
        supports: ['status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
];

/**
 * Names for entries of other files. The final anthropomorphic-AI measures (10 April 2026, in force 15 July 2026) are
 * not one of them: the graph holds only the December 2025 draft, whose card says so, and the final's title on it would
 * tell a lawyer the final were still a draft. The final waits for a source with its Chinese title.
 */
export const OTHER_NAMES_RECENT_20: CoreOtherNames[] = [];
