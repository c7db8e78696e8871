import type { CoreInstrument } from './types';

/**
 * Local data rules and central data policy that pages on China's data regime cite and the graph
 * lacked: the Shenzhen and Shanghai data regulations (the first local comprehensive data laws,
 * both in force on 1 January 2022), the mainland–Hong Kong standard contract for personal
 * information flowing within the Greater Bay Area and the 2023 memorandum it implements, and the 2024 central opinions on developing
 * and using public data resources.
 */
export const CORE_LOCAL_POLICY_RULES_2: CoreInstrument[] = [
  // ─────────────────────── Shenzhen Special Economic Zone Data Regulations ───────────────────────
  {
    id: 'document:shenzhen-special-economic-zone-data-regulations',
    name: 'Shenzhen Special Economic Zone Data Regulations',
    nameZh: '深圳经济特区数据条例',
    // Pages put "Data Regulation(s)" before or after the zone's name, singular or plural.
    aliases: [
      'Shenzhen Special Economic Zone Data Regulation',
      'Data Regulation of the Shenzhen Special Economic Zone',
      'Data Regulations of Shenzhen Special Economic Zone',
    ],
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-06-29',
    promulgated: '2021-07-06',
    effective: '2022-01-01',
    summary:
      'Shenzhen’s data regulations, China’s first comprehensive local data legislation, covering among others the sharing of public data and the data trading market.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/data-regulation-of-the-shenzhen-special-economic-zone20210629',
        title: 'China Laws Portal – CJO',
        quote:
          "Data Regulation of the Shenzhen Special Economic Zone\n\n深圳经济特区数据条例\n\nType of laws Local regulation\n\nIssuing body Standing Committee of Shenzhen Municipal People's Congress\n\nPromulgating date Jun 29, 2021\n\nEffective date Jan 01, 2022\n\nValidity status Valid\n\nScope of application Guangdong\n\nTopic(s) Personal Data Protection\n\nEditor(s) Huang Yanling 黄燕玲\n\nData Regulations of Shenzhen Special Economic Zone were promulgated on 6 July 2021, and entered into force on 1 Jan. 2022.",
        supports: ['nameZh', 'aliases', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.dataguidance.com/jurisdiction/shenzhen-special-economic-zone',
        title: 'OneTrust DataGuidance',
        quote:
          "Law: Shenzhen Special Economic Zone Data Regulations (only available in Chinese here) ('the Regulations') … The Standing Committee of Shenzhen Municipal People's Congress announced, on 7 July 2021, that the Shenzhen Special Economic Zone Data Regulation ('the Regulation') was adopted by the second meeting of the Standing Committee of the Seventh Shenzhen Municipal People's Congress on 29 June 2021. The Regulation entered into effect on 1 January 2022.",
        supports: ['name', 'aliases', 'status', 'adopted', 'effective'],
      },
      {
        url: 'https://fx361.cc/page/2022/0505/10291187.shtml',
        title: 'fx361.cc',
        quote: '地方层面,《深圳经济特区数据条例》作为我国第一部地方综合性数据立法,备受各界关注',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'https://www.china-briefing.com/news/shenzhen-new-data-regulations-explained-impact-china-personal-data-protection/?shared=email&msg=fail',
        title: 'China Briefing',
        quote:
          'The Shenzhen regulations also make major inroads into the sharing of public data and tackles the under-regulated data trading market. … recently passed the Shenzhen Special Economic Zone Data Regulations (the ‘regulations’), the first of its kind to be released by a regional government in China.',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ─────────────────────────────── Shanghai Data Regulations ───────────────────────────────
  {
    id: 'document:shanghai-data-regulations',
    name: 'Shanghai Data Regulations',
    nameZh: '上海市数据条例',
    kind: 'local_regulation',
    status: 'final',
    adopted: '2021-11-25',
    effective: '2022-01-01',
    summary:
      "Shanghai's comprehensive local regulation on data rights and interests, public data, the data market and data security, which recognises data property rights of the parties to data transactions.",
    sources: [
      {
        url: 'http://www.chinaiptoday.com/post.html?id=1687',
        title: 'China IP Today',
        quote:
          "The Shanghai Municipal People's Government on November 29 released the Shanghai Data Regulations (《上海市数据条例》), which is to take effect on January 1, 2022. … The Shanghai Data Regulations’ biggest highlight is that it clarifies that civil subjects of data transactions enjoy \"data property rights\".",
        supports: ['name', 'nameZh', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://www.dataguidance.com/opinion/shanghai-shanghai-data-regulations-regionalising',
        title: 'OneTrust DataGuidance',
        quote:
          "The Shanghai Municipal People's Government announced, on 29 November 2021, that the 37th meeting of the Standing Committee of the 15th Shanghai Municipal People's Congress adopted, on 25 November 2021, the Shanghai Data Regulations ('the Regulations').",
        supports: ['name', 'kind', 'status', 'adopted'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/shanghai-data-regs-draft/',
        title: 'China Law Translate',
        quote:
          'The comment draft has 10 Chapters with 91 articles, divided into General Provisions, Protection of Rights and Interests in Data, Public Data, Data Element Markets, Exploitation and Use of Data Resources, Data Reform in the Pudong New District, Data Cooperation in the Yangtze River Delta, Data Security, Legal Responsibility, and Supplementary Provisions.',
        supports: ['summary'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/2533-consultation-opened-on-shanghai-data-regulations-draft-including-data-protection-regulation',
        title: 'Digital Policy Alert',
        quote: 'On 1 January 2022, the Shanghai Data Regulations have entered into force.',
        supports: ['name', 'effective'],
      },
    ],
  },

  // ───────────── Greater Bay Area (Mainland, Hong Kong) standard contract for personal information ─────────────
  {
    id: 'document:gba-standard-contract-for-cross-boundary-flow-of-personal-information-mainland-hong-kong',
    name: 'Standard Contract for Cross-boundary Flow of Personal Information Within the Guangdong–Hong Kong–Macao Greater Bay Area (Mainland, Hong Kong)',
    nameZh: '粤港澳大湾区(内地、香港)个人信息跨境流动标准合同',
    // Pages use "cross-boundary" or "cross-border", and often the short "GBA Standard Contract".
    aliases: [
      'Standard Contract for the Cross-boundary Flow of Personal Information within the Guangdong-Hong Kong-Macao Greater Bay Area (Mainland, Hong Kong)',
      'Guangdong-Hong Kong-Macao Greater Bay Area Standard Contract for Cross-border Flow of Personal Information',
      'Greater Bay Area Standard Contract',
      'GBA Standard Contract',
    ],
    abbreviations: ['GBA SC'],
    zhShortNames: ['大湾区标准合同'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2023-12-13',
    summary:
      'Standard contract, made by the CAC and Hong Kong authorities under their 2023 memorandum, for transferring personal information between the nine mainland Greater Bay Area cities and Hong Kong, with lighter requirements than the national cross-border regime.',
    relations: [{ type: 'implements', target: 'document:mou-on-facilitating-cross-boundary-data-flow-within-greater-bay-area', source: 3 }],
    sources: [
      {
        url: 'https://pcpd.org.hk/english/news_events/newspaper/newspaper_20240314.html',
        title: 'PCPD Hong Kong',
        quote:
          'the CAC, ITIB, and my Office jointly formulated and published the Standard Contract for Cross-boundary Flow of Personal Information Within the Guangdong–Hong Kong–Macao Greater Bay Area (Mainland, Hong Kong) (“the GBA SC”) on 13 December 2023.\n\nScope of Application\nThe GBA SC applies to cross-boundary transfers of personal information between nine Mainland cities that are within the Greater Bay Area',
        supports: ['name', 'abbreviations', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://digitalpolicy.gov.hk/en/our_work/digital_infrastructure/mainland/cross-boundary_data_flow',
        title: 'Digital Policy Office, Hong Kong',
        quote:
          'Facilitation Measure of “Standard Contract for the Cross-boundary Flow of Personal Information within the Guangdong-Hong Kong-Macao Greater Bay Area (Mainland, Hong Kong)”',
        supports: ['aliases'],
      },
      {
        url: 'https://gba.investhk.gov.hk/en/business-insights/standard-contract-for-cross-border-flow-of-personal-information-to-achieve-seamless-cross-border-data-flow-in-the-guangdong-hong-kong-macao-greater-bay-area/',
        title: 'InvestHK',
        quote:
          'The "Guangdong-Hong Kong-Macao Greater Bay Area Standard Contract for Cross-border Flow of Personal Information" (Greater Bay Area Standard Contract) was officially released today on 13 December 2023',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'https://www.boasecohencollins.com/blog/gba-given-data-transfer-boost/',
        title: 'Boase Cohen & Collins',
        quote:
          'The so-called GBA Standard Contract is the first measure resulting from a Memorandum of Understanding signed last June by Hong Kong’s Innovation, Technology and Industry Bureau (ITIB) and the Cyberspace Administration of China (CAC). Not only does it streamline the process and reduce compliance costs surrounding cross-border data transfer requirements in comparison to those between mainland China and foreign nations',
        supports: ['aliases', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://jiaohuiyun.com/news/content/3008.html',
        title: 'jiaohuiyun.com',
        quote:
          '国家互联网信息办公室 香港创新科技及工业局 公 告 2023年3号 … 第二条 《粤港澳大湾区(内地、香港)个人信息跨境流动标准合同》(以下简称标准合同,见附件1)为备忘录下有关促进粤港澳大湾区个人信息跨境流动的便利措施。',
        supports: ['nameZh', 'kind', 'issuers'],
      },
      {
        url: 'http://chinasem.cn/article/998291',
        title: 'chinasem.cn',
        quote:
          '通过订立《粤港澳大湾区(内地、香港)个人信息跨境流动标准合同》(下称《大湾区标准合同》)的方式进行粤港澳大湾区中内地和香港之间的个人信息跨境流动',
        supports: ['nameZh', 'zhShortNames'],
      },
    ],
  },

  // ─────────────── 2024 opinions on developing and using public data resources ───────────────
  {
    id: 'document:opinions-on-accelerating-development-and-utilization-of-public-data-resources',
    name: 'Opinions on Accelerating the Development and Utilization of Public Data Resources',
    nameZh: '关于加快公共数据资源开发利用的意见',
    kind: 'normative_document',
    status: 'final',
    // Issued jointly by the General Offices of the CPC Central Committee and of the State Council.
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2024-09-21',
    summary:
      'First systematic central-level deployment on developing and using public data resources, with a system of rules preliminarily established by 2025 and a comprehensive system by 2030.',
    sources: [
      {
        url: 'https://laitimes.com/en/article/79srd_7q4zu.html',
        title: 'laitimes.com',
        quote:
          'The "Opinions on Accelerating the Development and Utilization of Public Data Resources" issued by the General Office of the Central Committee of the Communist Party of China and the General Office of the State Council was released on October 9, which is the first systematic deployment of the development and utilization of public data resources at the central level.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://m.chujuan.cn/question/preview/60710764',
        title: 'chujuan.cn',
        quote:
          '2024年10月10日,中共中央办公厅、国务院办公厅印发的《关于加快公共数据资源开发利用的意见》发布,中央层面首次对公共数据资源开发利用进行系统部署。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://sundir.cn/28/12103.html',
        title: 'sundir.cn (Xinhua)',
        quote: '新華社北京10月9日電\n中共中央辦公廳 國務(wù)院辦公廳關(guān)于加快公共數據資源開(kāi)發(fā)利用的意見(jiàn)\n(2024年9月21日)',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'https://www.bastillepost.com/global/article/4232609-china-promotes-authorized-operation-of-public-data-resources',
        title: 'Bastille Post',
        quote:
          'By 2025, the system and rules for the development and utilization of public data resources will be preliminarily established. … By 2030, a comprehensive system for the development and utilization of public data resources will be established',
        supports: ['summary'],
      },
      {
        url: 'https://tf-lawyer.com/?p=117',
        title: 'tf-lawyer.com',
        quote:
          'Liu Liehong, the director of the National Data Bureau, underscored the significance of the recently issued “Opinions on Accelerating the Development and Utilization of Public Data Resources,”',
        supports: ['name'],
      },
    ],
  },

  // ─────────── 2023 memorandum on cross-boundary data flow within the Greater Bay Area ───────────
  {
    id: 'document:mou-on-facilitating-cross-boundary-data-flow-within-greater-bay-area',
    name: 'Memorandum of Understanding on Facilitating Cross-boundary Data Flow Within the Guangdong–Hong Kong–Macao Greater Bay Area',
    nameZh: '关于促进粤港澳大湾区数据跨境流动的合作备忘录',
    aliases: [
      'Memorandum of Understanding on Facilitating Cross-boundary Data Flow within the Guangdong-Hong Kong-Macao Greater Bay Area',
      'Cooperation Memorandum on Promoting Cross-border Data Flow in the Guangdong-Hong Kong-Macao Greater Bay Area',
    ],
    // Signed between the CAC and a Hong Kong government bureau: an arrangement between two
    // jurisdictions, neither a statute nor a rule.
    kind: 'other',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2023-06-29',
    summary:
      'CAC–Hong Kong memorandum of 29 June 2023 to ease cross-boundary data flows within the Greater Bay Area; under it the two sides jointly draw up and implement a GBA standard contract for cross-boundary personal information.',
    sources: [
      {
        url: 'https://digitalpolicy.gov.hk/en/our_work/digital_infrastructure/mainland/cross-boundary_data_flow',
        title: 'Digital Policy Office, Hong Kong',
        quote:
          'The Innovation, Technology and Industry Bureau (“ITIB”) and the Cyberspace Administration of China (“CAC”) signed the “Memorandum of Understanding on Facilitating Cross-boundary Data Flow within the Guangdong-Hong Kong-Macao Greater Bay Area” (“the Memorandum”) in Beijing on 29 June 2023 to promote cross-boundary data flow within the Greater Bay Area (“GBA”).',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://pcpd.org.hk/english/news_events/newspaper/newspaper_20240314.html',
        title: 'PCPD Hong Kong',
        quote:
          'signed a Memorandum of Understanding on Facilitating Cross-boundary Data Flow Within the Guangdong–Hong Kong–Macao Greater Bay Area (“MoU”) on 29 June 2023 to jointly promote cross-boundary data flows in the Greater Bay Area.',
        supports: ['name', 'promulgated', 'summary'],
      },
      {
        url: 'https://gba.investhk.gov.hk/en/business-insights/standard-contract-for-cross-border-flow-of-personal-information-to-achieve-seamless-cross-border-data-flow-in-the-guangdong-hong-kong-macao-greater-bay-area/',
        title: 'InvestHK',
        quote:
          'the orderly flow of cross-border data proposed in the "Cooperation Memorandum on Promoting Cross-border Data Flow in the Guangdong-Hong Kong-Macao Greater Bay Area" signed by the Mainland and the Hong Kong Special Administrative Region Governments on 29 June, 2023.',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'http://chinasem.cn/article/998291',
        title: 'chinasem.cn',
        quote:
          '2023 6 29 日,香港创新科技及工业局与国家网信办签署《促进粤港澳大湾区数据跨境流动的合作备忘录》(下称《合作备忘录》),以降低跨境数据流动的合规成本,促进大湾区数字经济及科研发展。',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'https://jiaohuiyun.com/news/content/3008.html',
        title: 'jiaohuiyun.com',
        quote:
          '落实《中华人民共和国国家互联网信息办公室与香港特别行政区政府创新科技及工业局 关于促进粤港澳大湾区数据跨境流动的合作备忘录》关于“共同制定粤港澳大湾区个人信息跨境标准合同并组织实施,加强个人信息跨境标准合同备案管理”的合作措施',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
];
