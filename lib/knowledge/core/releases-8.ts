/**
 * Published collections and numbered announcements pages cite as documents: the SPC's yearly
 * typical competition cases, the SPC's yearly top IP cases notice, announcements of the Unreliable
 * Entity List working mechanism cited by number, and the numbered batches of MIIT's notices of apps
 * infringing users' rights. Every fact has a stored public page and a verbatim quote.
 */
import type { CoreInstrument } from './types';

export const CORE_RELEASES_8: CoreInstrument[] = [
  // ─────────────────────── SPC typical competition cases, 2023 ───────────────────────
  {
    id: 'document:spc-typical-anti-monopoly-and-anti-unfair-competition-cases-2023',
    name: "Typical Anti-Monopoly and Anti-Unfair Competition Cases of the People's Court in 2023",
    nameZh: '2023年人民法院反垄断和反不正当竞争典型案例',
    aliases: ["List of Typical Anti-Monopoly and Anti-Unfair Competition Cases of the People's Court in 2023"],
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2023-09-14',
    summary:
      'Ten cases the SPC released during the 2023 fair competition policy week, five on monopoly and five on unfair competition, including internet disputes.',
    sources: [
      {
        url: 'http://duanduansz.com/CaseStd_1858.html',
        title: '最高法发布2023年人民法院反垄断和反不正当竞争典型案例 (转载)',
        quote:
          '9月11日至15日为2023年中国公平竞争政策宣传周,今年宣传周的主题是“统一大市场 公平竞未来”。9月14日,最高人民法院发布2023年人民法院反垄断和反不正当竞争典型案例。本次共发布10件典型案例,包括5件反垄断典型案例和5件反不正当竞争典型案例。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://e.ccement.com/news/content/34747476247195001.html',
        title: 'In 2023, the People’s Court issued typical cases of anti-monopoly and anti-unfair competition! (ccement)',
        quote:
          "List\n\nof Typical Anti-Monopoly and Anti-Unfair Competition Cases\n\nof the People's Court in\n\n2023 1. Dispute over Abuse of Market Dominant Position of \"Desloratadine Citrate\" API [Supreme People's Court (2020) Supreme Law Zhimin Zhong No.1140]",
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-publishes-competition-and-anti-monopoly-typical-cases-of-2023',
        title: 'China Justice Observer',
        quote:
          'On 14 Sept. 2023, China’s Supreme People’s Court (SPC) published ten typical cases of anti-monopoly and anti-unfair competition in Chinese courts in 2023, including five typical cases of anti-monopoly and five typical cases of anti-unfair competition. … The five typical cases against competition involve various aspects of unfair competition, including the application of general terms of unfair competition, confusion, false advertising, infringement of technical secrets, and disputes over unfair competition on the Internet.',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ─────────────────────── Unreliable Entity List announcements, 2025 ───────────────────────
  {
    id: 'document:unreliable-entity-list-working-mechanism-announcement-2025-7',
    name: 'Unreliable Entity List Working Mechanism Announcement [2025] No. 7',
    nameZh: '不可靠实体清单工作机制公告〔2025〕7号',
    aliases: ['Unreliable Entity List Mechanism [2025] No.7'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-04-04',
    summary:
      'The 4 April 2025 announcement putting US entities on the Unreliable Entity List, barring their China-related imports and exports and new investment in China; its measures were suspended for 90 days from 14 May 2025 and for a further year from 10 November 2025.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-unreliable-entity-list', source: 1 }],
    sources: [
      {
        url: 'https://wap.iivd.net/article-43050-1.html',
        title: '医业观察 (商务部新闻发言人答记者问转载)',
        quote:
          '根据《中华人民共和国反外国制裁法》《不可靠实体清单规定》及有关规定,不可靠实体清单工作机制于2025年3月4日和4月4日发布公告,将一批美国实体列入不可靠实体清单,采取相应措施。为落实中美吉隆坡经贸磋商共识,中方决定自2025年11月10日起,继续暂停4月4日公告(不可靠实体清单工作机制公告〔2025〕7号)相关措施1年',
        supports: ['nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.gmt8press.com/content/detail/265372',
        title: 'GMT8 Press (MOFCOM spokesperson, translated)',
        quote:
          'According to the Foreign Anti-sanction Law of the People\'s Republic of China, the Provision on Unreliable Entity List, and related regulations, the Unreliable Entity List mechanism will include 17 American entities on April 4 and 9, 2025, prohibiting these companies from engaging in import and export activities related to China, as well as making new investments within China. In order to implement the consensus reached at the China-US economic and trade high-level talks, starting from May 14, 2025, the measures announced on April 4 (Unreliable Entity List Mechanism [2025] No.7) will be suspended for 90 days',
        supports: ['name', 'aliases', 'promulgated', 'summary', 'relations'],
      },
    ],
  },
  {
    id: 'document:unreliable-entity-list-working-mechanism-announcement-2025-6',
    name: 'Unreliable Entity List Working Mechanism Announcement [2025] No. 6',
    nameZh: '不可靠实体清单工作机制公告〔2025〕6号',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-03-04',
    summary:
      'One of the two 4 March 2025 announcements putting US entities on the Unreliable Entity List (the one concerning the in-vitro diagnostics industry); China stopped its measures from 10 November 2025.',
    sources: [
      {
        url: 'https://wap.iivd.net/article-43050-1.html',
        title: '医业观察 (商务部新闻发言人答记者问转载)',
        quote:
          '不可靠实体清单工作机制于2025年3月4日和4月4日发布公告,将一批美国实体列入不可靠实体清单,采取相应措施。为落实中美吉隆坡经贸磋商共识,中方决定自2025年11月10日起,继续暂停4月4日公告(不可靠实体清单工作机制公告〔2025〕7号)相关措施1年,停止3月4日公告(不可靠实体清单工作机制公告〔2025〕5号和6号)相关措施。 … 和IVD行业相关的就是这个3月4日公告(不可靠实体清单工作机制公告〔2025〕6号)',
        supports: ['name', 'nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
    ],
  },

  // ─────────────────────── MIIT notices of apps infringing users' rights, by batch ───────────────────────
  {
    id: 'document:miit-notice-on-apps-infringing-users-rights-2023-batch-1',
    name: "MIIT Notice on Apps Infringing Users' Rights and Interests (Batch 1 of 2023, Batch 27 Overall)",
    nameZh: '关于侵害用户权益行为的APP通报(2023年第1批,总第27批)',
    kind: 'other',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2023-02-08',
    summary:
      'MIIT’s Information and Communications Administration names 46 apps and SDKs found by third-party testing of lifestyle-service apps to infringe users’ rights, to be rectified by 15 February.',
    sources: [
      {
        url: 'https://kankanews.com/detail/J4Q7rZx1Myd',
        title: '看看新闻 (工业和信息化部信息通信管理局通报转载)',
        quote:
          '关于侵害用户权益行为的APP通报\n(2023年第1批,总第27批)\n依据《个人信息保护法》《网络安全法》《电信条例》《电信和互联网用户个人信息保护规定》等法律法规,我部组织第三方检测机构对群众关注的生活服务类移动互联网应用程序(APP)及第三方软件开发工具包(SDK)进行检查。发现46款APP(SDK)存在侵害用户权益行为(详见附件),现予以通报。\n上述APP及SDK应在2月15日前完成整改落实工作。逾期不整改的,我部将依法依规组织开展相关处置工作。\n附件:工业和信息化部通报存在问题的APP(SDK)名单\n工业和信息化部信息通信管理局\n2023年2月8日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  {
    id: 'document:miit-notice-on-apps-infringing-users-rights-look-back-2022-batch-2',
    name: "MIIT Notice on Problems Found in the Look-Back on the Rectification of Apps Infringing Users' Rights (Batch 2 of 2022, Batch 22 Overall)",
    nameZh: '关于APP侵害用户权益整治“回头看”发现问题的通报(2022年第2批,总第22批)',
    kind: 'other',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2022-03-14',
    summary:
      'Before 15 March 2022 MIIT re-tested memory-cleaning and phone-optimising apps and apps flagged the year before, and named 14 that still had problems, to be fixed by 21 March.',
    sources: [
      {
        url: 'https://infoobs.com/article/20220314/52914.html',
        title: '工信部开展APP侵害用户权益整治“回头看” 通报14款存在问题APP (infoobs)',
        quote:
          '关于APP侵害用户权益整治“回头看”发现问题的通报\n\n(2022年第2批,总第22批)\n\n工业和信息化部高度重视用户权益保护工作,持续开展APP侵害用户权益专项整治行动。“3·15”国际消费者权益日来临前夕,为巩固治理成效,营造共同维护消费者权益的良好环境,我部开展APP侵害用户权益整治“回头看”,组织第三方检测机构对前期用户反映问题较多的内存清理类、手机优化类APP进行重点检测,并对去年发现问题的APP进行抽测,共发现14款APP(详见附件)仍然存在问题。上述APP应在3月21日前完成整改 … 工业和信息化部信息通信管理局\n\n2022年3月14日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  {
    id: 'document:miit-notice-on-apps-infringing-users-rights-look-back-2022-batch-6',
    name: "MIIT Notice on Problems Found in the Look-Back on the Rectification of Apps Infringing Users' Rights (Batch 6 of 2022, Batch 26 Overall)",
    nameZh: '关于APP侵害用户权益整治“回头看”发现问题的通报(2022年第6批,总第26批)',
    kind: 'other',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT spot-tested apps for non-compliant pop-up pushes and excessive permission requests and named 38 apps with problems, to be fixed by 20 October.',
    sources: [
      {
        url: 'http://web.cmc.gcable.cn/sxxgbdst_html/app/gjsh/3743580.shtml',
        title: '广州广电 (来源:工业和信息化部官方网站)',
        quote:
          '关于APP侵害用户权益整治“回头看”发现问题的通报(2022年第6批,总第26批)\n工业和信息化部高度重视用户权益保护工作,持续开展APP侵害用户权益专项整治行动。为巩固治理成效,营造共同维护消费者权益的良好环境,近期我部开展APP侵害用户权益整治“回头看”,组织第三方检测机构对违规推送弹窗信息、APP过度索取权限等问题进行重点抽测,共发现38款APP(详见附件)存在问题,现予以通报。上述APP应在10月20日前完成整改',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://senecaesg.com/insights/china-calls-out-38-apps-for-violating-users-rights/',
        title: 'Seneca ESG',
        quote:
          'China’s Ministry of Industry and Information Technology (MIIT) released a list of 38 apps that infringed users’ rights, as reported by Sohu on October 13. After the MIIT recently commissioned third-party testing organizations to conduct sampling tests on the infringement of users’ rights by mobile applications, the listed apps were found pushing pop-up information that violates regulations or asking for permission from users excessively and frequently.',
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── National standard announcement, 2020 No. 1 ───────────────────────
  {
    id: 'document:national-standard-announcement-2020-no-1',
    name: 'National Standard Announcement No. 1 of 2020',
    nameZh: '国家标准公告(2020年第1号)',
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'sac'],
    summary:
      'The SAMR and SAC announcement that issued, among others, GB/T 35273-2020 on personal information security, in force from 1 October 2020 and replacing the 2017 version.',
    relations: [{ type: 'cites', target: 'document:personal-information-security-specification', source: 0 }],
    sources: [
      {
        url: 'https://www.tc260.org.cn/piss/js1.htm',
        title: '全国信息安全标准化技术委员会 (TC260)',
        quote:
          '国家市场监督管理总局、国家标准化管理委员会发布中华人民共和国国家标准公告(2020年第1号),全国信息安全标准化技术委员会归口的国家标准GB/T 35273-2020《信息安全技术 个人信息安全规范》正式发布,实施日期为2020年10月1日。\n\n该标准代替GB/T 35273-2017《信息安全技术 个人信息安全规范》',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
    ],
  },

  // ─────────────────────── SPP typical cases on personal information public interest litigation ───────────────────────
  {
    // The SPP has released more than one batch under this title (March 2023, and a later one of six
    // cases); pages cite the title without the date, so the entry stands for the series.
    id: 'document:spp-typical-cases-of-personal-information-protection-public-interest-litigation',
    name: 'Typical Cases of Procuratorial Public Interest Litigation on Personal Information Protection',
    nameZh: '个人信息保护检察公益诉讼典型案例',
    aliases: [
      'typical cases of prosecutorial public interest litigation on personal information protection',
    ],
    kind: 'case_list',
    status: 'final',
    issuers: ['spp'],
    summary:
      'Batches of procuratorial public interest litigation cases on personal information protection published by the SPP, among them one of six cases involving smart parking lots, community facial recognition, fake online recruitment, “online box opening”, scalpers and travel agencies abusing personal information.',
    sources: [
      {
        url: 'http://love.hnmdtv.com/love/2023/0330/231348.html',
        title: '最高检发布个人信息保护检察公益诉讼典型案例 (央视新闻客户端转载)',
        quote:
          '最高检发布个人信息保护检察公益诉讼典型案例 … 最高人民检察院今天(30日)发布一批个人信息保护检察公益诉讼典型案例',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://outlooknewera.com/pcen/info_view.php?VID=74059&tab=mynews',
        title: 'Outlook New Era',
        quote:
          'Today, the Supreme People\'s Procuratorate released a batch of typical cases of prosecutorial public interest litigation on personal information protection. There are a total of 6 typical cases released this time, involving scenarios such as smart parking lots, community facial recognition, online false recruitment, "online box opening", personal information leakage of the deceased and their relatives, "scalpers", and travel agencies abusing personal information.',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://m.163.com/dy/article/KJVHJUJJ05342I8K.html',
        title: '网易号 (检察公益诉讼)',
        quote:
          '编者按 1月22日,最高人民检察院发布了一批个人信息保护检察公益诉讼典型案例。本次典型案例的发布和解读,旨在深入学习贯彻党的二十届四中全会关于“深化网络空间安全综合治理,加强个人信息保护”的部署要求',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },

  // ─────────────────────── MIIT notice of apps infringing users' rights, 2023 batch 9 ───────────────────────
  {
    id: 'document:miit-notice-on-apps-infringing-users-rights-2023-batch-9',
    name: "MIIT Notice on Apps (SDKs) Infringing Users' Rights and Interests (Batch 9 of 2023, Batch 35 Overall)",
    nameZh: '关于侵害用户权益行为的APP(SDK)通报(2023年第9批,总第35批)',
    kind: 'other',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2023-12-15',
    summary:
      'MIIT names 24 apps and SDKs (utility, local life and online game apps) that third-party testing found to infringe users’ rights.',
    sources: [
      {
        url: 'https://unsafe.sh/go-207144.html',
        title: 'unsafe.sh (《中国信息安全》 repost of the MIIT notice)',
        quote:
          '关于侵害用户权益行为的APP(SDK)通报\n(2023年第9批,总第35批)\n工业和信息化部高度重视用户权益保护工作,依据《个人信息保护法》《网络安全法》《电信条例》《电信和互联网用户个人信息保护规定》等法律法规,持续开展APP侵害用户权益专项整治行动。近期,我部组织第三方检测机构对群众关注的实用工具、本地生活、网络游戏等移动互联网应用程序(APP)及第三方软件开发工具包(SDK)进行检查。发现24款APP、SDK存在侵害用户权益行为(详见附件),现予以通报。\n工业和信息化部信息通信管理局\n2023年12月15日',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ─────────────────────── SAMR typical cases of online unfair competition ───────────────────────
  {
    // SAMR publishes batches under this title (nine cases in 2023, five in 2025, eight later); pages cite
    // the title without the year, so the entry stands for the series.
    id: 'document:samr-typical-cases-of-online-unfair-competition',
    name: 'SAMR Typical Cases of Online Unfair Competition',
    nameZh: '网络不正当竞争典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['samr'],
    summary:
      'Batches of enforcement cases SAMR publishes to warn businesses: data scraping, traffic hijacking, fake transactions and brushing, false advertising, commercial disparagement and technical interference with other operators’ online products.',
    sources: [
      {
        url: 'https://www.cqn.com.cn/zgzlb/content/2025-07/01/content_9112083.htm',
        title: '中国质量报',
        quote:
          '近日,市场监管总局公布5起网络不正当竞争典型案例,通过以案释法明确监管底线,引导经营主体增强合规意识,共同营造公平有序的网络市场竞争环境。 … 2024年,部署开展网络反不正当竞争专项执法工作,2025年,部署开展整治网络不正当竞争行为专项行动',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.ssxjd.com/news/20230927/169580360616048.html',
        title: '市场监管总局公布9起网络不正当竞争典型案例 (转载)',
        quote:
          '为有效发挥典型案例警示教育作用,增强经营主体诚信守法、合规经营的意识,引导消费者科学理性消费,市场监管总局今天公布9起网络不正当竞争典型案例。 … 这9起网络不正当竞争典型案例,涉及数据爬取、流量劫持、虚假交易、刷单炒信、虚假宣传等多种类型。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://www.163.com/dy/article/KKU5V2KL05568W0A.html',
        title: '网易号 (转自中国质量报)',
        quote:
          '近日,市场监管总局公布8起网络不正当竞争典型案例,涉及利用技术手段妨碍、破坏他人网络产品或者服务正常运行,组织虚假交易,非法数据爬取,商业诋毁,商业混淆,虚假宣传等多种网络不正当竞争行为。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },
];
