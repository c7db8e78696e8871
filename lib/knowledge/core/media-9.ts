/**
 * Curated core layer: online content, audiovisual and media instruments of 2019–2026 that China
 * TMT pages cite and the graph lacked — the internet religious information measures, NRTA's draft
 * Radio and Television Law and its micro-drama documents, the CAC's draft MCN provisions, and the
 * CAC's yearly and seasonal “Qinglang” (清朗) campaigns. Every fact is quoted from a stored public page.
 */
import type { CoreAuthority, CoreInstrument } from './types';

export const CORE_AUTHORITIES_MEDIA_9: readonly CoreAuthority[] = [
  {
    slug: 'nraa',
    name: 'National Religious Affairs Administration',
    nameZh: '国家宗教事务局',
    aliases: ['State Administration for Religious Affairs'],
    abbreviations: ['NRAA'],
    kind: 'regulator',
    sources: [
      {
        url: 'http://apiv2.chinachristiandaily.com/news/china/2022-01-20/nraa-holds-press-conferece-on-administrative-measures-for-internet-religious-information-services_11077',
        title: 'China Christian Daily – NRAA holds press conference on Administrative Measures for Internet Religious Information Services',
        quote:
          'In order to standardize the administration of Internet religious affairs and implement the relevant provisions of the revised Regulations on Religious Affairs, five official departments, namely, the National Religious Affairs Administration (NRAA), the Cyberspace Administration of China, the Ministry of Industry and Information Technology, the Ministry of Public Security and the Ministry of State Security, recently announced the Administrative Measures for Internet Religious Information Services',
        supports: ['name', 'abbreviations'],
      },
      {
        url: 'https://chinachristiandaily.com/news/china/2021-12-23/china-releases-administrative-measures-for-internet-religious-information-services-10985',
        title: 'China Christian Daily – China Releases Administrative Measures for Internet Religious Information Services',
        quote:
          'Released by the State Administration for Religious Affairs on December 3, the "Administrative Measures for Internet Religious Information Services" will come into effect on March 1, 2022.',
        supports: ['aliases'],
      },
      {
        url: 'https://hans.gospelherald.com/news/1cpwtj20yam4?langkey=zh-hans',
        title: '基督邮报',
        quote:
          '国家宗教事务局12月3日发布《互联网宗教信息服务管理办法》(简称《办法》),共5章36条,2022年3月1日起实施',
        supports: ['nameZh'],
      },
    ],
  },
];

export const CORE_MEDIA_9: CoreInstrument[] = [
  // ───────────── Internet religious information services (NRAA and four departments, 2021) ─────────────
  {
    id: 'document:measures-for-administration-of-internet-religious-information-services',
    name: 'Measures for the Administration of Internet Religious Information Services',
    nameZh: '互联网宗教信息服务管理办法',
    aliases: ['Administrative Measures for Internet Religious Information Services', 'Administrative Measures for Internet-based Religious Information Services'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nraa', 'cac', 'miit', 'mps', 'mss'],
    promulgated: '2021-12-03',
    effective: '2022-03-01',
    summary:
      'Five-department rule requiring a provincial licence to provide religious information online, confining online preaching to licensed religious bodies and barring everyone else from preaching, religious rites or religious fundraising on the internet.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 1 },
      { type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 1 },
    ],
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/12084-adopted-measures-for-the-administration-of-internet-religious-information-services-including-content-moderation-regulation',
        title: 'Digital Policy Alert – Adopted Measures for the Administration of Internet Religious Information Services',
        quote:
          'On 3 December 2021, the Measures for the Administration of Internet Religious Information Services were adopted, to be implemented on 1 March 2022.',
        supports: ['name', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4148368-T.html?eng=0',
        title: 'LexisNexis China – Administrative Measures for Internet-based Religious Information Services',
        quote:
          'Administrative Measures for Internet-based Religious Information Services\n\nOrder of the National Religious Affairs Administration, the Cyberspace Administration of China, the Ministry of Industry and Information Technology … No.17\n\nDecember 3, 2021 … are hereby issued, effective from March 1, 2022. … Article 1 These Measures are enacted in accordance with the Cybersecurity Law of the People\'s Republic of China, the Administrative Measures for Internet-based Information Services, and the Regulations on Religious Affairs',
        supports: ['aliases', 'kind', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://chinachristiandaily.com/news/china/2021-12-23/china-releases-administrative-measures-for-internet-religious-information-services-10985',
        title: 'China Christian Daily – China Releases Administrative Measures for Internet Religious Information Services',
        quote:
          'Released by the State Administration for Religious Affairs on December 3, the "Administrative Measures for Internet Religious Information Services" will come into effect on March 1, 2022.\n\nThe measures were jointly formulated by the National Religious Affairs Administration, the Cyberspace Administration of China, the Ministry of Industry and Information Technology, the Ministry of Public Security, and the Ministry of National Security.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://hans.gospelherald.com/news/1cpwtj20yam4?langkey=zh-hans',
        title: '基督邮报 – 国家宗教事务局发布《互联网宗教信息服务管理办法》',
        quote:
          '国家宗教事务局12月3日发布《互联网宗教信息服务管理办法》(简称《办法》),共5章36条,2022年3月1日起实施 … 1. 从事互联网宗教信息服务,需向所在地省级人民政府宗教事务部门提出申请 … 2. 网上讲经讲道应当由取得《互联网宗教信息服务许可证》的宗教团体、宗教院校和寺观教堂组织开展 … 4. 任何组织或个人不得在互联网上以宗教名义开展募捐。 … 《办法》由国家宗教事务局、国家互联网信息办公室、工业和信息化部、公安部和国家安全部五部门联合制定。',
        supports: ['nameZh', 'status', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Radio and Television Law, draft for comment (NRTA, 2021) ─────────────
  {
    id: 'document:radio-and-television-law-draft',
    name: 'Radio and Television Law (Draft for Comment)',
    nameZh: '广播电视法(征求意见稿)',
    aliases: ["Radio and Television Law of the People's Republic of China (Draft for Soliciting Opinions)"],
    kind: 'law',
    status: 'draft',
    issuers: ['nrta'],
    promulgated: '2021-03-16',
    summary:
      'NRTA’s draft of a first national broadcasting law, in 10 chapters and 80 articles, covering market entry, production and broadcasting, transmission, public service, support, security, supervision and liability, with special channels and time slots for minors.',
    sources: [
      {
        url: 'http://gdj.fj.gov.cn/xw/sjgz/202103/t20210319_5552105.htm',
        title: '福建省广播电视局 – 《中华人民共和国广播电视法(征求意见稿)》公开征求意见',
        quote:
          '3月16日,国家广播电视总局发布了《关于公开征求<中华人民共和国广播电视法(征求意见稿)>》意见的通知。广播电视法征求意见稿包括总则、业务准入、制作播放、传输覆盖、公共服务、扶持促进、安全保障、监督管理、法律责任和附则等,共10章80条。 … 意见反馈截止时间为2021年4月16日。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.4ll.net/society/109191.html',
        title: '4ll.net – The first draft radio and television law will prepare for review this year',
        quote:
          'As early as March 16, 2021, the State Administration of Radio and Television released the "Radio and Television Law of the People\'s Republic of China (Draft for Soliciting Opinions)", which officially launched the solicitation of the drafted radio and television law.',
        supports: ['name', 'aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.xinhuanet.com/english/2021-03/21/c_139825704.htm',
        title: "Xinhua – China's draft broadcast law urges protection of minors",
        quote:
          "China's TV and radio integrated broadcasters shall launch special channels and frequencies, time slots, sections, and modes for programs targeting minors as an audience, says a draft law on TV and radio. … Public opinion is being invited until April 16, 2021, for the draft law, which is available on the website of the National Radio and Television Administration.",
        supports: ['name', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── 2022 Qinglang series (CAC) ─────────────
  {
    id: 'document:qinglang-series-special-campaigns-2022',
    name: '2022 Qinglang Series of Special Actions',
    nameZh: '2022年“清朗”系列专项行动',
    aliases: ["2022 'Clear and Bright' Campaign"],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2022-03-17',
    summary:
      'The CAC’s ten online-ecosystem campaigns for 2022, from live-streaming and short-video disorder and MCN content to rumours, minors in summer, app information services, algorithms, the Spring Festival, fake traffic and account operation.',
    sources: [
      {
        url: 'http://news.jstv.com/a/20220318/1647572620757.shtml',
        title: '荔枝网 (央视网)',
        quote:
          '2022年03月18日 11:03:40 | 来源:央视网 … 在今天(3月17日)召开的国新办发布会上,国家互联网信息办公室相关负责人介绍了2022年“清朗”系列专项行动有关情况。专项行动将聚焦影响面广、危害性大的问题开展整治,具体包括:打击网络直播、短视频领域乱象,整治MCN机构信息内容乱象,打击网络谣言,整治暑期未成年人网络环境,整治应用程序信息服务乱象,规范网络传播秩序,算法综合治理,整治春节网络环境,打击流量造假、黑公关、网络水军,互联网用户账号运营专项整治行动。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://news.cnhubei.com/content/2022-03/17/content_14584782.html',
        title: '荆楚网 (新华社)',
        quote:
          '国家网信办部署开展2022年“清朗”系列专项行动,聚焦影响面广、危害性大的问题开展整治,具体包括10个方面重点任务:\n一、“清朗·打击网络直播、短视频领域乱象”专项行动\n二、“清朗·MCN机构信息内容乱象整治”专项行动',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://radii.co/?p=15902',
        title: 'RADII – Chinese Regulators Crack Down on Social Media, Livestreaming ‘Chaos’',
        quote:
          'The country’s top internet regulator announced the above during a press conference held last Thursday, March 17. The cyberspace authority also released a list of the top 10 priorities for its 2022 ‘Clear and Bright’ Campaign, which authorities first introduced in 2020.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── MCN institutions, draft provisions (CAC, 2025) ─────────────
  {
    id: 'document:provisions-on-business-activities-of-mcn-institutions-draft',
    name: 'Regulations on the Management of Business Activities Related to Network Information Content Multi-Channel Distribution Service Organizations (Draft)',
    nameZh: '网络信息内容多渠道分发服务机构相关业务活动管理规定',
    aliases: [
      'Regulations on the Management of Business Activities Related to Internet Information Content Distribution Services by MCN Organizations',
      'Regulations on the Management of Business Activities of Multi-channel Distribution Service Institutions for Network Information Content',
    ],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2025-01-10',
    summary:
      'CAC draft defining MCN agencies, barring them and their signed accounts from rumour-mongering and stirring up hot topics, and requiring platforms to vet MCNs, grade them by accounts and followers and show each account’s MCN.',
    sources: [
      {
        url: 'https://mmlcgroup.com/china-mcns',
        title: 'MMLC Group – China Solicits Opinion on the Management of MCN Organizations',
        quote:
          'On January 10, 2025, the Cyberspace Administration of China (CAC) issued a draft of the Regulations on the Management of Business Activities Related to Network Information Content Multi-Channel Distribution Service Organizations (《网络信息内容多渠道分发服务机构相关业务活动管理规定》, the Draft) for public opinion. … organizations that are stationed in network information content service platforms and provide planning, production, marketing, brokerage, and other related services to network information content producers,” which are also known as the MCNs (Multi-Channel Networks).',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://gmteight.com/content/detail/223177',
        title: 'GMT Eight – The National Internet Information Office plans to introduce new regulations for the management of MCN institutions',
        quote:
          'the Cyberspace Administration of China has drafted the "Regulations on the Management of Business Activities Related to Internet Information Content Distribution Services by MCN Organizations (Draft), and is now seeking public feedback. … The deadline for feedback is February 9, 2025. Cyberspace Administration of China January 10, 2025',
        supports: ['aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.chneye.com/index.php/2025/01/10/the-national-internet-information-office-of-china-is-about-to-issue-new-regulations-on-managing-mcn-agencies/',
        title: 'China Eye – The National Internet Information Office of China is about to issue new regulations on managing MCN agencies',
        quote:
          'the National Office for the Internet Information (NOII) has drafted the “Regulations on the Management of Business Activities of Multi-channel Distribution Service Institutions for Network Information Content (Draft)” based on laws and regulations such as the “Network Security Law of the People’s Republic of China” and the “Regulations on the Protection of Minors’ Network.” The draft is now open for public consultation.',
        supports: ['aliases', 'status'],
      },
      {
        url: 'http://guibinke.net/post/MLig_84004.html',
        title: '中新网 (转载)',
        quote:
          '中新网1月10日电 据中国网信网消息,为规范MCN机构互联网信息内容相关业务活动,保障公民、法人和其他组织的合法权益,营造清朗网络空间,根据《中华人民共和国网络安全法》《未成年人网络保护条例》等法律法规,国家互联网信息办公室起草了《网络信息内容多渠道分发服务机构相关业务活动管理规定(草案稿)》,现向社会公开征求意见。',
        supports: ['nameZh', 'status', 'issuers'],
      },
    ],
  },

  // ───────────── Micro-short drama development measures, draft (NRTA, 2026) ─────────────
  {
    id: 'document:measures-for-administration-of-micro-short-drama-development-draft',
    name: 'Administrative Measures for the Development of Micro-Short Dramas (Draft for Public Comment)',
    nameZh: '微短剧发展管理办法',
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['nrta'],
    promulgated: '2026-06-24',
    summary:
      'NRTA draft rule defining micro-short dramas as serials with episodes under 20 minutes, covering every distribution channel, and sorting them into three classes by investment size and subject matter for review.',
    sources: [
      {
        url: 'https://kisskh.at/article/china-proposes-new-regulatory-framework-for-micro-short-dramas',
        title: 'kisskh – China proposes new regulatory framework for micro-short dramas',
        quote:
          'On June 24, the National Radio and Television Administration (NRTA) published a notice on its official website announcing that it is soliciting public opinions on the "Administrative Measures for the Development of Micro-Short Dramas (Draft for Public Comment)" (hereinafter referred to as the "Measures"), which it has organized and drafted. The deadline for submitting feedback is July 23, 2026. … The Measures clearly define micro-short dramas as serialized dramatic works with episodes shorter than 20 minutes … the Measures propose categorizing micro-short dramas into three classes based on investment size and subject matter.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.jiemian.com/article/13987441.html',
        title: '界面新闻 – 广电总局:制定实施《微短剧发展管理办法》',
        quote:
          '2月6日,广电总局网络视听节目管理司司长王小亮在国务院政策例行吹风会上表示,广电总局将从三个维度发力,进一步推动微短剧拉动服务消费、助力经济社会发展。首先是强化政策保障。制定实施《微短剧发展管理办法》,做到既“放得活”又“管得好”',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },
];
