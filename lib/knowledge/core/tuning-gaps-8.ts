/**
 * Curated core layer: PRC instruments real pages cite that the graph lacked — MOFCOM's Unreliable
 * Entity List and the Anti-Foreign Sanctions Law's countermeasures list, the draft Telecommunications
 * Law and the 1950s posts and telecommunications law draft, the planned Artificial Intelligence Law,
 * SAMR's 2025 draft guidelines on non-horizontal concentrations, the "dual gigabit" action plan and
 * the gigabit-city notices, the 2014 notice on Party and government agency websites, and the 2025
 * action plan for stabilising foreign investment. Every filled field is backed by a verbatim quote
 * from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_TUNING_GAPS_8: CoreInstrument[] = [
  // ───────────────────────── Unreliable Entity List (MOFCOM) ─────────────────────────
  {
    id: 'document:unreliable-entity-list',
    name: 'Unreliable Entity List',
    nameZh: '不可靠实体清单',
    aliases: ['Unreliable Entities List'],
    kind: 'other',
    status: 'final',
    issuers: ['mofcom'],
    summary:
      'MOFCOM’s list of foreign entities that, among other things, boycott or cut off supply to Chinese enterprises without commercial justification; listed entities can be barred from China-related import and export and from new investment in China.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-unreliable-entity-list', source: 0 }],
    sources: [
      {
        url: 'https://www.gmt8press.com/content/detail/265372',
        title: 'GMT8 Press – MOFCOM spokesperson on the Unreliable Entity List',
        quote:
          'According to the Foreign Anti-sanction Law of the People\'s Republic of China, the Provision on Unreliable Entity List, and related regulations, the Unreliable Entity List mechanism will include 17 American entities on April 4 and 9, 2025, prohibiting these companies from engaging in import and export activities related to China, as well as making new investments within China.',
        supports: ['name', 'summary', 'relations'],
      },
      {
        url: 'https://www.clearytradewatch.com/2019/06/china-to-establish-unreliable-entity-list-in-response-to-unilateralism-and-trade-protectionism/',
        title: 'Cleary Trade Watch – China to establish Unreliable Entity List',
        quote:
          'China’s Ministry of Commerce (MOFCOM) announced at a special press conference on May 31 that it will institute an “Unreliable Entity List” system based on China’s Foreign Trade Law, Anti-Monopoly Law, and National Security Law. The planned “Unreliable Entity List” will include foreign companies, organizations, and individuals that do not obey market rules, act contrary to the spirit of contract, engage in boycott or suspension of supply against Chinese enterprises without commercial justifications',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://www.squirepattonboggs.com/en/insights/publications/2020/09/china-publishes-regulations-on-unreliable-entity-list',
        title: 'Squire Patton Boggs – China Publishes Regulations on Unreliable Entity List',
        quote:
          'Following its first announcement on May 31, 2019, the unreliable entities list (UEL) has attracted the attention the Chinese and non-Chinese media alike.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.cuiqq.com/newsdetail/11719',
        title: '中国反制清单实务问答:监管要求与执法动向(中伦视界)',
        quote: '2025年前两个月,中国商务部连续发布四个公告,将23家外国实体列入不可靠实体清单[1]。',
        supports: ['nameZh', 'issuers', 'status'],
      },
    ],
  },

  // ───────────────────────── Countermeasures List (Anti-Foreign Sanctions Law) ─────────────────────────
  {
    id: 'document:countermeasures-list',
    name: 'Countermeasures List',
    nameZh: '反制清单',
    aliases: ['Countermeasure List'],
    kind: 'other',
    status: 'final',
    summary:
      'The list of foreign individuals and organisations the State Council’s departments designate under the Anti-Foreign Sanctions Law, against whom countermeasures such as entry bans and asset freezes are taken.',
    relations: [{ type: 'based_on', target: 'document:anti-foreign-sanctions-law', source: 0 }],
    sources: [
      {
        url: 'https://www.cuiqq.com/newsdetail/11719',
        title: '中国反制清单实务问答:监管要求与执法动向(中伦视界)',
        quote: '2024年,中国依据《反外国制裁法》开展12次反制裁执法,将118个被制裁对象(包含56个自然人和62个实体)列入反制清单。',
        supports: ['nameZh', 'status', 'relations'],
      },
      {
        url: 'https://www.haitonglawyer.com/en/news/930.html',
        title: 'Haitong Law Firm – Regulations on the Implementation of the Anti-Foreign Sanctions Law',
        quote:
          'The State Council can list entities on a countermeasures list and impose measures such as restricting entry, sealing assets, and freezing property within China.',
        supports: ['name', 'kind', 'summary'],
      },
      {
        url: 'https://www.europeansanctions.com/2023/09/china-sanctions-us-defence-entities/',
        title: 'European Sanctions – China sanctions US defence entities',
        quote:
          'pursuant to Article 6 of the AFSL, if an entity is included on the AFSL “Countermeasure List”, the State Council is entitled to adopt a range of measures',
        supports: ['aliases', 'summary'],
      },
    ],
  },

  // ───────────────────────── Non-horizontal concentration guidelines (SAMR draft, 2025) ─────────────────────────
  {
    id: 'document:guidelines-for-review-of-non-horizontal-concentrations-draft',
    name: 'Guidelines for the Review of Non-Horizontal Concentrations of Undertakings (Draft for Comment)',
    nameZh: '非横向经营者集中审查指引(征求意见稿)',
    kind: 'guideline',
    status: 'draft',
    issuers: ['samr'],
    promulgated: '2025-06-27',
    summary:
      'SAMR’s draft guidelines on how it reviews non-horizontal concentrations of undertakings, drafted after its horizontal guidelines and open for comment until 16 July 2025.',
    sources: [
      {
        url: 'https://www.cqn.com.cn/zj/content/2025-06/30/content_9111834.htm',
        title: '中国质量新闻网 – 市场监管总局关于公开征求《非横向经营者集中审查指引(征求意见稿)》意见的公告',
        quote:
          '市场监管总局在前期制定发布《横向经营者集中审查指引》基础上,聚焦非横向经营者集中,研究起草了《非横向经营者集中审查指引(征求意见稿)》,现向社会公开征求意见。 … 意见反馈截止日期为2025年7月16日。 … 市场监管总局\n\n2025年6月27日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────────────────── Telecommunications Law (draft) ─────────────────────────
  {
    // The bare titles (电信法, "Telecommunications Law") are also everyday phrases (电信法律, "telecommunications law").
    id: 'document:telecommunications-law-draft',
    name: 'Telecommunications Law (Draft)',
    nameZh: '电信法(草案)',
    aliases: ['Draft Telecommunications Law'],
    zhShortNames: ['电信法草案'],
    kind: 'law',
    status: 'draft',
    summary:
      'China’s long-planned basic telecommunications law: drafting began in 1980 and since 2021 the draft has stayed a preparatory item on the NPC Standing Committee’s annual legislative plans.',
    sources: [
      {
        url: 'http://asiaict.com/finance/9347.html',
        title: 'AsiaICT – Telecommunications Law: Five Years of Preparatory Deliberation',
        quote:
          "This marks the fifth consecutive year that the 'Draft Telecommunications Law' has been categorized as a 'preparatory deliberation item' since its inclusion in the preparatory deliberation items to be submitted to the Standing Committee of the National People's Congress in 2021.\n\nIt has been 45 years since the Ministry of Posts and Telecommunications initiated the drafting of the 'Telecommunications Law (Draft)' in 1980, yet there is still no definitive timeline for its enactment.",
        supports: ['name', 'aliases', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://tele.m.ofweek.com/2025-05/ART-8320507-8500-30663056.html',
        title: 'OFweek – 电信法:五年预备审议',
        quote:
          '这也是自2021年“电信法草案”列入预备提请全国人大常委会审议以来,“电信法草案”连续第5年被列为“预备审议项目”。\n此时,距离1980年邮电部首次组织起草《电信法(草案)》已经过去45年,但它何时出炉,依然遥遥无期。',
        supports: ['nameZh', 'zhShortNames', 'status', 'summary'],
      },
    ],
  },

  // ───────────────────────── Posts and Telecommunications Law (draft, 1955–1958) ─────────────────────────
  {
    id: 'document:posts-and-telecommunications-law-draft',
    name: 'Posts and Telecommunications Law (Draft)',
    nameZh: '邮电法(草案)',
    aliases: ['Posts and Telecommunications Law', 'Posts and Telecommunications Law (Revised Draft)'],
    zhShortNames: ['邮电法(修订稿)'],
    kind: 'law',
    status: 'draft',
    summary:
      'The Ministry of Posts and Telecommunications’ 1955 draft law on posts and telecommunications, revised three times into 38 articles before drafting stopped in 1958.',
    sources: [
      {
        url: 'http://asiaict.com/finance/9347.html',
        title: 'AsiaICT – Telecommunications Law: Five Years of Preparatory Deliberation',
        quote:
          "In 1955, the Ministry began drafting the 'Posts and Telecommunications Law (Draft)', completing the first draft within the year.\n\nWithin just two years, the 'Posts and Telecommunications Law' underwent three revisions, culminating in a final 'Posts and Telecommunications Law (Revised Draft)' comprising three sections and 38 articles.",
        supports: ['name', 'aliases', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://tele.m.ofweek.com/2025-05/ART-8320507-8500-30663056.html',
        title: 'OFweek – 电信法:五年预备审议',
        quote:
          '1955年,邮电部着手《邮电法(草案)》的组织起草,并在当年内完成初稿。\n此后,短短两年时间内,《邮电法》进行三次修改,最终形成三编38条的《邮电法(修订稿)》。\n然而,为了战备保密需要,1958年,中共中央批准邮电部“改变邮电体制”报告,《邮电法》起草进程就此中断。',
        supports: ['nameZh', 'zhShortNames', 'status', 'summary'],
      },
    ],
  },

  // ───────────────────────── Artificial Intelligence Law (planned) ─────────────────────────
  {
    // The bare 人工智能法 is also how pages begin 人工智能法案 (the EU's AI Act), so only the draft's forms are matched.
    id: 'document:artificial-intelligence-law-draft',
    name: 'Artificial Intelligence Law (Draft)',
    nameZh: '人工智能法(草案)',
    // Pages call the planned law by its name alone; in English only as written, on a page about
    // China (phrase-names.ts: many countries debate an "AI law").
    aliases: ['AI Law', 'Artificial Intelligence Law'],
    zhShortNames: ['人工智能法草案', '人工智能法'],
    kind: 'law',
    status: 'draft',
    summary:
      'China’s planned national AI law: the State Council’s 2023 and 2024 legislative plans listed the draft for submission to the NPC Standing Committee; the 2025 plans speak of legislation on the healthy development of AI.',
    sources: [
      {
        url: 'http://www.moj.gov.cn/pub/sfbgw/zwgkztzl/xxxcgcxjpfzsx/fzsxllqy/202505/t20250528_520173.html',
        title: '司法部 – 张凌寒:人工智能立法',
        quote:
          '前不久,《国务院2025年度立法工作计划》公布。与2023、2024年度立法工作计划不同,此次并未将人工智能法草案继续列入预备提请全国人大常委会审议的项目,而是将表述调整为“推进人工智能健康发展立法工作”。',
        supports: ['zhShortNames', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://china.hket.com/article/3543830',
        title: '香港經濟日報 – 國務院發布今年立法工作計劃 將審議人工智能法草案',
        quote: '根據立法流程,《人工智能法(草案)》將由國務院相關部門起草,然後經國務院常務會議審議並通過,繼而才能提請立法機關審議、表決。',
        supports: ['nameZh', 'status'],
      },
      {
        url: 'https://china.hket.com/article/3543830',
        title: '香港經濟日報 – 國務院發布今年立法工作計劃 將審議人工智能法草案',
        quote: '國務院辦公廳近日印發《國務院2023年度立法工作計劃》。當中顯示《人工智能法》已列入立法計劃,草案預備年內提請全國人大常委會審議',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.geopolitechs.org/p/chinas-ai-law-recent-developments',
        title: 'Geopolitechs – China’s AI Law: recent developments',
        quote:
          'published a front-page report titled “Multiple NPC Representatives Propose Drafting an Artificial Intelligence Law: Building a Comprehensive and Scientific Legal Framework for AI.” … Quan Heng (权衡) and several other deputies submitted proposals on enacting China’s AI Law.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.scmp.com/tech/policy/article/3223429/china-draw-ai-regulation-2023-beijing-races-against-eu-us-roll-out-new-laws-covering-technology?utm_source=rss_feed',
        title: 'South China Morning Post – China to draw up AI regulation in 2023',
        quote:
          'The 2023 legislation plan of the State Council, China’s cabinet, includes the submission of a draft AI law, among more than 50 measures up for review\n- The National People’s Congress Standing Committee is expected to review the draft AI legislation before putting the measure for a vote',
        supports: ['name', 'status', 'summary'],
      },
    ],
  },

  // ───────────────────────── “Dual Gigabit” action plan (MIIT, 2021) ─────────────────────────
  {
    id: 'document:dual-gigabit-network-coordinated-development-action-plan-2021-2023',
    name: '“Dual Gigabit” Network Coordinated Development Action Plan (2021-2023)',
    nameZh: '“双千兆”网络协同发展行动计划(2021-2023年)',
    aliases: ['Dual Gigabit Network Coordinated Development Action Plan (2021-2023)'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT’s three-year plan for gigabit fibre and 5G (“dual gigabit”) networks, with targets such as 100 gigabit cities by the end of 2023.',
    sources: [
      {
        url: 'https://www.commsupdate.com/articles/2021/03/29/miit-sets-out-dual-gigabit-network-action-plan/',
        title: 'CommsUpdate – MIIT sets out dual gigabit network action plan',
        quote:
          'China’s Ministry of Industry and Information Technology (MIIT) has issued its ‘Dual Gigabit Network Coordinated Development Action Plan (2021-2023)’, setting out targets and planned works for the extension of the ‘dual gigabit network’ – the combination of gigabit fibre-optic and 5G infrastructures – over the next three years. … The regulator has also set end-2023 as the deadline for its so-called ‘Double Hundred’ goal, which envisions the construction of 100 gigabit cities and 100 gigabit industry VPN benchmark projects.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.bijie.gov.cn/bm/bjsgyhxxhj/zwgk/zcwjjjd/202402/t20240205_83787315.html',
        title: '毕节市人民政府 – 工业和信息化部办公厅关于2023年千兆城市建设情况的通报',
        quote: '按照《“双千兆”网络协同发展行动计划(2021-2023年)》《关于开展2023年度千兆城市建设情况总结评估工作的通知》有关要求,我部组织开展了2023年度千兆城市总结评估工作',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────────────────── 2023 gigabit city bulletin (MIIT General Office, 2024) ─────────────────────────
  {
    id: 'document:notice-on-2023-gigabit-city-construction',
    name: 'Notice of the General Office of the Ministry of Industry and Information Technology on the 2023 Gigabit City Construction',
    nameZh: '工业和信息化部办公厅关于2023年千兆城市建设情况的通报',
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2024-02-04',
    summary: 'MIIT General Office bulletin on the 2023 gigabit city evaluation: 97 more cities met the gigabit city standard in 2023.',
    relations: [
      { type: 'cites', target: 'document:dual-gigabit-network-coordinated-development-action-plan-2021-2023', source: 0 },
      { type: 'cites', target: 'document:notice-on-summary-evaluation-of-2023-gigabit-city-construction', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.bijie.gov.cn/bm/bjsgyhxxhj/zwgk/zcwjjjd/202402/t20240205_83787315.html',
        title: '毕节市人民政府 – 工业和信息化部办公厅关于2023年千兆城市建设情况的通报',
        quote:
          '工业和信息化部办公厅关于2023年千兆城市建设情况的通报\n\n各省、自治区、直辖市通信管理局 … 按照《“双千兆”网络协同发展行动计划(2021-2023年)》《关于开展2023年度千兆城市建设情况总结评估工作的通知》有关要求,我部组织开展了2023年度千兆城市总结评估工作 … 2023年度新增97个城市达到千兆城市标准,完成千兆城市总结评估工作。 … 工业和信息化部办公厅\n\n2024年2月4日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
    ],
  },

  // ───────────────────────── Notice on the 2023 gigabit city summary evaluation ─────────────────────────
  {
    id: 'document:notice-on-summary-evaluation-of-2023-gigabit-city-construction',
    name: 'Notice on Carrying Out the Summary Evaluation of the 2023 Gigabit City Construction',
    nameZh: '关于开展2023年度千兆城市建设情况总结评估工作的通知',
    kind: 'normative_document',
    status: 'final',
    summary: 'Notice launching the summary evaluation of gigabit city construction in 2023, under the dual-gigabit network action plan for 2021-2023.',
    sources: [
      {
        url: 'https://www.bijie.gov.cn/bm/bjsgyhxxhj/zwgk/zcwjjjd/202402/t20240205_83787315.html',
        title: '毕节市人民政府 – 工业和信息化部办公厅关于2023年千兆城市建设情况的通报',
        quote: '按照《“双千兆”网络协同发展行动计划(2021-2023年)》《关于开展2023年度千兆城市建设情况总结评估工作的通知》有关要求,我部组织开展了2023年度千兆城市总结评估工作',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },

  // ───────────────────────── Party and government agency websites (2014) ─────────────────────────
  {
    id: 'document:notice-on-strengthening-security-management-of-party-and-government-agency-websites',
    name: 'Notice on Strengthening the Security Management of Party and Government Agency Websites',
    nameZh: '关于加强党政机关网站安全管理的通知',
    zhShortNames: ['中网办发文〔2014〕1号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['central-cyberspace-affairs-commission'],
    summary:
      'Notice of the office of the central cyberspace leading group on raising the security protection of Party and government agency websites: opening approval and qualification review, website identifiers, email security and technical protection.',
    sources: [
      {
        url: 'https://xxzx.zjitc.net/info/1008/1080.htm',
        title: '浙江工贸职业技术学院信息中心 – 关于加强党政机关网站安全管理的通知',
        quote:
          '关于加强党政机关网站安全管理的通知\n\n作者:中央网络安全和信息化领导小组办公室 … 中网办发文【2014】1号\n\n各省、自治区、直辖市网络安全和信息化领导小组,中央和国家机关各部委,各人民团体:\n\n    为提高党政机关网站安全防护水平,保障和促进党政机关网站建设,经中央网络安全和信息化领导小组同意,现就加强党政机关网站安全管理通知如下。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.scjyyz.com/article/513f0987-262b-4f2b-af17-ee1bca665986.shtml',
        title: '关于做好党政机关网站开办审核、资格复核和网站标识管理工作的通知',
        quote:
          '根据中央网络安全和信息化领导小组办公室《关于加强党政机关网站安全管理的通知》(中网办发文〔2014〕1号,以下简称《通知》)要求,机构编制部门会同同级党委网络安全和信息化领导小组办公室负责党政机关网站开办审核和资格复核工作,建立党政机关网站标识制度',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'summary'],
      },
      {
        url: 'https://yunzhan365.com/basic/201-209/68317984.html',
        title: '关于加强党政机关网站安全管理的通知(文本)',
        quote: '六、 加强党政机关电子邮件安全管理 … 七、 加强党政机关网站技术防护',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── 2025 Action Plan for Stabilizing Foreign Investment ─────────────────────────
  {
    id: 'document:2025-action-plan-for-stabilizing-foreign-investment',
    name: '2025 Action Plan for Stabilizing Foreign Investment',
    nameZh: '2025年稳外资行动方案',
    kind: 'plan',
    status: 'final',
    issuers: ['mofcom', 'ndrc'],
    promulgated: '2025-02-17',
    summary:
      'MOFCOM and NDRC plan of 20 measures in four areas to stabilise foreign investment in 2025 (orderly wider opening, investment promotion, more effective opening platforms and service guarantees), forwarded by the State Council General Office.',
    sources: [
      {
        url: 'https://swj.huaibei.gov.cn/wzwm/57878864.html',
        title: '淮北市商务局 – 国务院办公厅关于转发商务部、国家发展改革委《2025年稳外资行动方案》的通知',
        quote:
          '国务院办公厅关于转发商务部、国家发展改革委\n《2025年稳外资行动方案》的通知\n国办函〔2025〕16号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n商务部、国家发展改革委《2025年稳外资行动方案》已经国务院同意,现转发给你们,请认真贯彻落实。\n国务院办公厅\n2025年2月17日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://mmlcgroup.com/chinas-foreign-investment-2025/',
        title: 'MMLC Group – China Releases 2025 Action Plan Aimed at Attracting Foreign Investment',
        quote:
          'On 19 February 2025, the General Office of the State Council of China released the 2025 Action Plan for Stabilizing Foreign Investment (“2025 Plan”) formulated by the Ministry of Commerce and the National Development and Reform Commission. … the 2025 Plan lists 20 specific measures from four aspects: orderly expansion of autonomous opening up, improving investment promotion, enhancing the effectiveness of open platforms, and increasing service guarantees.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://english.mofcom.gov.cn/PressConferenceHomepage/ForeignInvestment/art/2025/art_8c3d084e136c4733a46c656653647bc8.html',
        title: 'MOFCOM – press conference on foreign investment',
        quote:
          'Based on existing policies such as the 24 measures for attracting foreign investment, we launched the 2025 Action Plan for Stabilizing Foreign Investment and introduced 20 practical measures to stabilize foreign investment.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },
];
