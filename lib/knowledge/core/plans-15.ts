import type { CoreInstrument } from './types';

/**
 * Yearly and planning documents that pages about China's AI, data and internet law cite as
 * documents: the State Council's legislative work plans for 2020 and 2023 (the 2023 plan first
 * listed a draft AI law), the NPC Standing Committee's 2022 legislative work plan, its five-year
 * legislative plans for the 13th (2018) and 14th (2023) terms, the 2026 Government Work Report and
 * the Outline of the 15th Five-Year Plan (2026-2030) the NPC approved in March 2026.
 */
export const CORE_PLANS_15: CoreInstrument[] = [
  // ───────────── State Council legislative work plan 2023 (General Office, May 2023) ─────────────
  {
    id: 'document:state-council-legislative-work-plan-2023',
    name: 'Legislative Work Plan of the State Council for 2023',
    nameZh: '国务院2023年度立法工作计划',
    aliases: ['2023 Legislative Work Plan of the State Council'],
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2023-05-31',
    summary:
      'The State Council’s legislative agenda for 2023; it listed a draft AI law among the bills to submit to the NPC Standing Committee that year, together with a draft revision of the Anti-Unfair Competition Law, and the regulation on the online protection of minors.',
    sources: [
      {
        url: 'https://a5qu.com/the_world/announcement_of_the_legislative_work_plan_of_the_state_council_for_2023_state_council_plan_1433.html',
        title: 'a5qu.com (translation of the State Council notice)',
        quote:
          "Notice on the Legislative Work Plan of the State Council for 2023\n\nGuo Ban Fa [2023] No. 18 … The 2023 Legislative Work Plan of the State Council has been approved by the Central Committee of the Communist Party of China and the State Council, and is now issued to you for careful implementation.\n\nGeneral Office of the State Council\n\nMay 31, 2023",
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://china.hket.com/article/3543830',
        title: '香港經濟日報 (hket.com)',
        quote:
          '國務院辦公廳近日印發《國務院2023年度立法工作計劃》。當中顯示《人工智能法》已列入立法計劃,草案預備年內提請全國人大常委會審議 … 此外,今年預備提請全國人大常委會審議的還包括國家發展規劃法草案、消費稅法草案、反不正當競爭法修訂草案',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://www.njpanjin.com/cn/Instant/local/202307/t20230712_7448720.html',
        title: '中國西藏網 (人民日報) mirror',
        quote: '據悉,制定《未成年人網絡保護條例》已列入國務院2023年度立法工作計劃',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'http://www.moj.gov.cn/pub/sfbgw/zwgkztzl/xxxcgcxjpfzsx/fzsxllqy/202505/t20250528_520173.html',
        title: '司法部 (张凌寒)',
        quote: '前不久,《国务院2025年度立法工作计划》公布。与2023、2024年度立法工作计划不同,此次并未将人工智能法草案继续列入预备提请全国人大常委会审议的项目',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── NPC Standing Committee legislative work plan 2022 (May 2022) ─────────────
  {
    id: 'document:npcsc-legislative-work-plan-2022',
    name: '2022 Legislative Work Plan of the NPC Standing Committee',
    nameZh: '全国人大常委会2022年度立法工作计划',
    kind: 'plan',
    status: 'final',
    issuers: ['npc-standing-committee'],
    promulgated: '2022-05-06',
    summary:
      'The NPC Standing Committee’s programme of bills for 2022: 15 bills to continue deliberating, among them the Anti-Telecom Network Fraud Law, and 24 for first reading, stressing legislation in key, emerging and foreign-related areas.',
    sources: [
      {
        url: 'http://gdjyj.gd.gov.cn/newscenter/szyw/content/post_3925830.html',
        title: 'gdjyj.gd.gov.cn (中国人大网)',
        quote: '全国人大常委会2022年度立法工作计划\n\n时间 : 2022-05-07 21:27:38 来源 : 中国人大网',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://lwxsd.com/en/info_view.php?tab=mynews&VID=23675',
        title: 'lwxsd.com',
        quote:
          "The legislative work plan for 2022 released by the Standing Committee of the National People's Congress on the 6th shows that this year, the Standing Committee of the National People's Congress plans to continue to consider 15 legal cases such as the anti telecommunications network fraud law and 24 legal cases such as the preschool education law for the first time. The annual legislative work plan shows that in 2022, the Standing Committee of the National People's Congress will strengthen legislation in key areas, emerging areas and foreign-related areas",
        supports: ['name', 'kind', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Legislative plan of the 13th NPC Standing Committee (September 2018) ─────────────
  {
    id: 'document:legislative-plan-of-13th-npc-standing-committee',
    name: 'Legislative Plan of the 13th NPC Standing Committee',
    nameZh: '十三届全国人大常委会立法规划',
    kind: 'plan',
    status: 'final',
    issuers: ['npc-standing-committee'],
    promulgated: '2018-09-07',
    summary:
      'The NPC Standing Committee’s five-year legislative programme: 116 projects in three categories, with the Personal Information Protection Law among the bills to submit during the term, the Data Security Law also listed, and AI legislation in the third category.',
    sources: [
      {
        url: 'http://lanzhou.baogaosu.com/xinwen/%E5%8D%81%E4%B8%89%E5%B1%8A%E5%85%A8%E5%9B%BD%E4%BA%BA%E5%A4%A7%E5%B8%B8%E5%A7%94%E4%BC%9A%E7%AB%8B%E6%B3%95%E8%A7%84%E5%88%92/70133102/',
        title: 'baogaosu.com (法制网)',
        quote:
          '09.10.2018  11:13 … 9月7日,十三届全国人大常委会立法规划正式对外公布。 … 立法规划中含各类立法项目共116件。其中,第一类项目(即条件比较成熟,十三届全国人大常委会任期内拟提请审议)有69件,包括修改全国人民代表大会组织法、国务院组织法、治安管理处罚法等34件,新制定学前教育法、个人信息保护法等35件。 … 而农村集体经济组织、社会信用、人工智能、湿地保护、家庭教育等方面的立法项目被纳入第三类项目',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://usito.org/news/npc-releases-five-year-legislation-plan',
        title: 'USITO',
        quote:
          'NPC Releases Five-Year Legislation Plan\nThe Standing Committee of the National People’s Congress (NPC), China’s top legislative body, met on September 7 to discuss legislative work. Since then, the NPC has proposed 116 legislative projects that fall under three categories. … Personal Information Protection Law, Standing Committee. … Data Security Law, Standing Committee',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────── Outline of the 15th Five-Year Plan (NPC, March 2026) ─────────────
  {
    id: 'document:outline-of-15th-five-year-plan',
    name: 'Outline of the 15th Five-Year Plan for National Economic and Social Development',
    nameZh: '国民经济和社会发展第十五个五年规划纲要',
    aliases: ['Outline of the 15th Five-Year Plan (2026-2030) for National Economic and Social Development'],
    zhShortNames: ['十五五规划纲要'],
    kind: 'plan',
    status: 'final',
    issuers: ['npc'],
    adopted: '2026-03-12',
    summary:
      'China’s national development plan for 2026-2030, drafted by the State Council on the basis of the Party’s recommendations and approved by the NPC in March 2026, with 20 main indicators including digital-economy core industries reaching 12.5% of GDP.',
    relations: [{ type: 'based_on', target: 'document:recommendations-for-formulating-15th-five-year-plan', source: 1 }],
    sources: [
      {
        url: 'https://www.stheadline.com/zh-hans/realtime-china/3548393/%E4%B8%A4%E4%BC%9A2026%E5%B0%8F%E7%99%BE%E7%A7%91%E4%B8%80%E6%96%87%E7%9D%87%E6%B8%85%E5%8D%81%E4%BA%94%E4%BA%94%E6%98%AF%E7%94%9A%E4%B9%88-%E4%BA%94%E5%B9%B4%E8%A7%84%E5%88%92%E5%A7%8B%E4%BA%8E%E5%BB%BA%E5%9B%BD%E4%B8%80%E7%A9%B7%E4%BA%8C%E7%99%BD%E6%97%B6%E4%BB%A3',
        title: '星岛头条',
        quote: '1‧「十五五」全称是什么？\n\n《中华人民共和国国民经济和社会发展第十五个五年规划纲要》',
        supports: ['nameZh', 'kind'],
      },
      {
        url: 'https://www.jiemian.com/article/14071737.html',
        title: '界面新闻',
        quote:
          '2026年3月5日,国务院总理李强在政府工作报告中介绍,根据《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》,国务院编制了《中华人民共和国国民经济和社会发展第十五个五年规划纲要(草案)》(简称《纲要(草案)》),提交大会审查。\n《纲要(草案)》细化提出20项主要指标 … 深入推进数字中国建设,数字经济核心产业增加值占国内生产总值比重达到12.5%。',
        supports: ['nameZh', 'kind', 'summary', 'relations'],
      },
      {
        url: 'http://www.ecns.cn/news/economy/2026-03-13/detail-ihfaqfsq8283880.shtml',
        title: 'ecns.cn (Xinhua)',
        quote:
          "China's national lawmakers on Thursday approved a development blueprint for the 2026-2030 period … The closing meeting of the fourth session of the 14th National People's Congress (NPC) is held at the Great Hall of the People in Beijing, capital of China, March 12, 2026. … The outline of the 15th Five-Year Plan (2026-2030) for national economic and social development sets a slew of goals",
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://udn.com/news/story/7331/9377182',
        title: '聯合新聞網',
        quote: '大陸全國「兩會」落幕，十四屆人大四次會議12日閉幕，表決通過包含「十五五規劃綱要」等法案與文件。',
        supports: ['zhShortNames', 'status', 'issuers'],
      },
    ],
  },
];
