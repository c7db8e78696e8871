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
      'Five-department rule requiring an application to the provincial religious affairs department to provide religious information online, confining online preaching to licensed religious bodies, schools and venues, and barring online fundraising in the name of religion.',
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
      'CAC draft rules on MCN agencies, the organisations on content platforms that provide planning, production, marketing, brokerage and other services to content producers; open for comment until 9 February 2025.',
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
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
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

  // ───────────── Short-drama creation opinions (NRTA, 2022) ─────────────
  {
    id: 'document:opinions-on-promoting-prosperous-development-of-short-drama-creation',
    name: 'Opinions on Promoting the Prosperous Development of Short Drama Creation',
    nameZh: '关于推动短剧创作繁荣发展的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2022-12-26',
    summary:
      'NRTA opinions encouraging low-cost, positive short dramas and asking producers and platforms to favour them in resources, talent, marketing, scheduling and publicity.',
    sources: [
      {
        url: 'https://scholarmate.com/S/GQ6t8W',
        title: 'scholarmate – 关于推动短剧创作繁荣发展的意见 (摘要)',
        quote:
          '2022年12月26日,国家广电总局印发《关于推动短剧创作繁荣发展的意见》(下称“意见”)。意见指出,要积极创作生产小成本、大情怀、正能量的短剧;相关单位要进一步优化产品结构,在资源、人才、营销、排播、宣传等各方面对短剧进行倾斜性支持。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Online literature: social benefit evaluation (SAPPRFT, 2017) ─────────────
  {
    id: 'document:trial-measures-for-social-benefit-evaluation-of-online-literature-publishing-service-units',
    name: 'Trial Measures for the Social Benefit Evaluation of Online Literature Publishing Service Units',
    nameZh: '网络文学出版服务单位社会效益评估试行办法',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2017-06',
    summary:
      'Scores online literature platforms on publishing quality, reach, content innovation, internal systems and social and cultural impact (5 first-level indicators, 22 second-level, 77 criteria), with a one-vote veto for serious political errors.',
    sources: [
      {
        url: 'https://www.sinobook.com.cn/guide/newsdetail.cfm?iCntno=17026',
        title: '中国高校教材图书网 (中国新闻出版广电报) – 总局印发《网络文学出版服务单位社会效益评估试行办法》',
        quote:
          '2017-06-26 10:53:03  来源:《中国新闻出版广电报》2017-06-26 \n \n\n  国家新闻出版广电总局日前印发《网络文学出版服务单位社会效益评估试行办法》,明确提出对从事网络文学原创业务、提供网络文学阅读平台的网络文学出版服务单位进行社会效益评估考核。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://xwzx.qqzyw.com/show-114363.html',
        title: '全球资源网 (人民网)',
        quote:
          '《办法》对网络文学出版服务单位社会效益评估考核共设置了5个一级指标、22个二级指标和77项评分标准,主要包括出版质量、传播能力、内容创新、制度建设、社会和文化影响等指标。《办法》明确规定,网络文学出版服务单位发表作品出现严重政治差错、社会影响恶劣,在平台首页或重点栏目推介导向有严重问题的作品,违反政治纪律和政治规矩等重大问题,社会效益评估实行“一票否决”',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── 2024 Qinglang series (CAC) ─────────────
  {
    id: 'document:qinglang-series-special-campaigns-2024',
    name: '2024 Qinglang Operation',
    nameZh: '2024年“清朗”系列专项行动',
    aliases: ['2024 "Qinglang Operation"'],
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2024-03-15',
    summary:
      'The CAC’s 2024 Qinglang series: ten rectification tasks on new problems and risks of the online ecosystem, among them a campaign against fake and vulgar live streaming.',
    sources: [
      {
        url: 'https://www.xbhy.cn/xwdt-xyxw/5110.html',
        title: 'xbhy.cn (CAC WeChat account, translated)',
        quote:
          'The Cyberspace Administration of China rolls out the 2024 "Qinglang Operation". … In 2024, the "Qinglang" series of special actions will closely focus on people\'s new expectations and demands, comprehensively cover the key areas of online connections, and focus on exploring and cracking the new problems and risks of network ecology, with a focus on 10 rectification tasks.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.gxoc168.com/new/147785.html',
        title: 'gxoc168.com (看球吧)',
        quote:
          '发布于:2024-03-15 12:00:21 … 03月15日讯 相关部门开展2024年“清朗”系列专项行动,其中包括“清朗·网络直播领域虚假和低俗乱象整治”专项行动。',
        supports: ['nameZh', 'promulgated'],
      },
      {
        url: 'http://m.njpanjin.com/cn/Instant/culture/202403/t20240315_7591194.html',
        title: '中國西藏網 (央視新聞客戶端)',
        quote:
          '10項任務集中整治網上突出問題亂象!中央網信辦部署2024年“清朗”行動\n\n發布時間:2024-03-15 15:26:00來源: 央視新聞客戶端',
        supports: ['issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── Qinglang: fake and vulgar live streaming (CAC, 2024) ─────────────
  {
    id: 'document:qinglang-rectification-of-fake-and-vulgar-live-streaming-2024',
    name: 'Qinglang Campaign against Fake and Vulgar Content in Online Live Streaming',
    nameZh: '清朗·网络直播领域虚假和低俗乱象整治',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2024',
    summary:
      'One-month CAC campaign in the 2024 Qinglang series against live streams with staged scenes and personas, false claims in live selling, fake popular science and “soft pornography”.',
    relations: [{ type: 'implements', target: 'document:qinglang-series-special-campaigns-2024', source: 0 }],
    sources: [
      {
        url: 'http://www.gxoc168.com/new/147785.html',
        title: 'gxoc168.com (看球吧)',
        quote:
          '03月15日讯 相关部门开展2024年“清朗”系列专项行动,其中包括“清朗·网络直播领域虚假和低俗乱象整治”专项行动。\n重点整治7方面突出问题:通过摆拍场景等方式,制作“扮穷""卖惨”内容博眼球;通过渲染商品“功效”等方式,在直播带货中进行虚假宣传',
        supports: ['nameZh', 'kind', 'status', 'promulgated', 'relations'],
      },
      {
        url: 'http://www.sclinghang.com/content/2024-08/03/content_53578.html',
        title: '新疆平安網 (法治日報-法治網)',
        quote:
          '發布時間: 2024-08-03?10:25:46  作者:劉欣\n\n新疆平安網訊 為督促網絡直播平臺落實主體責任,強化網絡主播行為管理,推動網絡直播行業健康有序發展。近日,中央網信辦專門印發通知,在全國范圍內部署開展為期1個月的“清朗·網絡直播領域虛假和低俗亂象整治”專項行動。 … 一是編造虛假場景人設,無底線帶貨營銷。 … 二是“偽科普”“偽知識”混淆視聽。 … 三是傳播“軟色情”信息。',
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Qinglang: 2025 Spring Festival (CAC) ─────────────
  {
    id: 'document:qinglang-2025-spring-festival-online-environment-rectification',
    name: 'Qinglang 2025 Spring Festival Online Environment Rectification',
    nameZh: '清朗·2025年春节网络环境整治',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-01-19',
    summary:
      'One-month CAC campaign for the 2025 Spring Festival against extreme confrontation, fabricated content, vulgarity, harmful culture, traffic for illegal activity and harm to consumers.',
    relations: [{ type: 'implements', target: 'document:qinglang-series-special-campaigns-2025', source: 1 }],
    sources: [
      {
        url: 'http://epaper.tianjinwe.com/tjrb/h5/html5/2025-01/20/content_143090_1773305.htm',
        title: '天津日报 (新华社)',
        quote:
          '中央网信办启动“春节网络环境整治”专项行动 剑指挑起极端对立等6类问题 2025年01月20日  \n\n  据新华社北京1月19日电 记者19日从中央网信办获悉,为了营造喜庆祥和的春节网络氛围,中央网信办决定即日起开展为期1个月的“清朗·2025年春节网络环境整治”专项行动。\n\n  据悉,专项行动重点整治挑起极端对立、炮制不实信息、宣扬低俗恶俗、鼓吹不良文化、违法活动引流、侵害消费者权益等6方面问题。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://m.aqonline.com.cn/zt/2022zt/wlbsfwzd/wxzx/202502/t20250226_10322299.html',
        title: '中央網信辦發布2025年“清朗”系列專項行動整治重點 (“網信中國”微信公眾號)',
        quote:
          '2025年,“清朗”系列專項行動將進一步鞏固提升治理成效 … 重點整治任務主要包括:一是整治春節網絡環境,集中打擊挑起極端對立、炮制不實信息、宣揚低俗惡俗、鼓吹不良文化、違法活動引流等問題。',
        supports: ['relations'],
      },
    ],
  },

  // ───────────── Qinglang: 2026 Spring Festival (CAC) ─────────────
  {
    id: 'document:qinglang-2026-spring-festival-online-environment',
    name: 'Qinglang 2026 Campaign for a Festive and Harmonious Spring Festival Online Environment',
    nameZh: '清朗·2026年营造喜庆祥和春节网络环境',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2026-02-12',
    summary:
      'One-month CAC campaign for the 2026 Spring Festival against incited negative emotions, AI-generated “digital swill” and other junk content, false information and traffic for illegal activity.',
    sources: [
      {
        url: 'https://www.163.com/dy/article/KLIRTSC10539AP40.html',
        title: '网易号',
        quote:
          '为了营造喜庆祥和、积极向上的春节网络氛围,中央网信办决定即日起开展为期1个月的“清朗·2026年营造喜庆祥和春节网络环境”专项行动。\n专项行动着力整治以下4方面突出问题:(一)恶意挑动负面情绪。(二)生成传播“数字泔水”等垃圾信息。(三)炮制传播不实信息。(四)为违法活动引流。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://www.syxj.com.cn/a/202602/12/WS698d8fbaa310d6866eb38f6b.html',
        title: 'China Daily (mirror) – Monthlong campaign launched to tackle AI misuse and misinformation ahead of Spring Festival',
        quote:
          'Updated: 2026-02-12 16:30 … China\'s top cyberspace regulator announced a monthlong campaign on Thursday to clean up online content ahead of the Spring Festival holiday, targeting issues such as artificial intelligence misuse, misinformation, and the malicious incitement of negative sentiments.',
        supports: ['issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://peoplesdaily.pdnews.cn/china/er/30051429969',
        title: "People's Daily – China launches Qinglang campaign ahead of 2026 Spring Festival",
        quote:
          'China\'s top internet regulator has launched a month-long special campaign aimed at fostering a "festive, harmonious and positive" online environment ahead of the 2026 Spring Festival, with a particular focus on harmful and misleading content generated by artificial intelligence (AI) … The Cyberspace Administration of China (CAC) announced that its "Qinglang" operation will focus on the upcoming Spring Festival and run for one month starting immediately.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Qinglang: live-stream tipping (CAC, 2025) ─────────────
  {
    id: 'document:qinglang-rectification-of-live-streaming-tipping-chaos',
    name: 'Qinglang Campaign to Rectify Chaos in Online Live-Streaming Tipping',
    nameZh: '清朗·整治网络直播打赏乱象',
    kind: 'campaign',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2025-10-28',
    summary:
      'Two-month CAC campaign against vulgar group streams that induce tips, fake personas, luring minors to tip and stimulating irrational spending, aimed at platforms, multi-host streams and MCNs.',
    sources: [
      {
        url: 'http://www.o-olink.com/a/202510/28/WS6900c6f3a310f735438b76eb.html',
        title: "China Daily (mirror) – Cyberspace regulator kicks off drive to tackle 'abusive tipping practices'",
        quote:
          "Updated: 2025-10-28 21:36 … China's top cyberspace regulator has launched a two-month special campaign to tackle \"abusive tipping practices\" in online livestreams, according to a notice issued on Tuesday. … The notice said enforcement would target four prominent violations: using vulgar group shows to induce tipping, fabricating personas to deceive viewers, luring minors to tip, and stimulating irrational spending by users.",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.capitalfutures.com.tw/zh-tw/Financial/BreakingNewsArticle?ContentId=C25102800184',
        title: '群益期貨 – 整治網絡直播打賞行為的專項行動概述',
        quote:
          '2025-10-28 … 【中央網信辦開展“清朗·整治網絡直播打賞亂象”專項行動】10月28日訊,中央網信辦發佈關於開展“清朗·整治網絡直播打賞亂象”專項行動的通知。 … 依法嚴懲屢教不改的賬號、平臺,以及教唆、縱容網絡主播違規獲取打賞的MCN機構。',
        supports: ['nameZh', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── NRTA “AI mogai” video clean-up (2026) ─────────────
  {
    id: 'document:nrta-special-rectification-of-ai-altered-videos',
    name: 'NRTA Special Rectification of “AI Mogai” (AI-Altered) Videos',
    nameZh: '“AI魔改”视频专项治理',
    kind: 'campaign',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2025-12-31',
    effective: '2026-01-01',
    summary:
      'One-month NRTA clean-up from 1 January 2026 of AI-altered videos that distort the four classic novels, historical, revolutionary and hero dramas, and of corrupted versions of children’s cartoons, with audiovisual platforms answerable for removing them.',
    sources: [
      {
        url: 'https://news.fznews.com.cn/gngj/20251231/372849z7f6.shtml',
        title: '福州新闻网 (央视新闻客户端) – 国家广播电视总局部署开展“AI魔改”视频专项治理',
        quote:
          '国家广播电视总局部署开展“AI魔改”视频专项治理\n\n2025-12-31 09:09:22来源:央视新闻客户端\n\n为整治“AI魔改”视频传播乱象,国家广播电视总局自2026年1月1日起,在全国范围内开展为期一个月的专项治理。 … 专项治理重点清理基于四大名著、历史题材、革命题材、英模人物等电视剧作品进行“AI魔改”的下列视频 … 专项治理同步清理将少年儿童所熟知、所喜爱的动画形象进行改编生成的各类邪典动画。\n\n专项治理要求网络视听平台落实主体责任',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.stheadline.com/zh-hans/realtime-china/3531394/%E5%B9%BF%E7%94%B5%E6%80%BB%E5%B1%80%E6%98%8E%E8%B5%B7%E4%B8%93%E9%A1%B9%E6%89%93%E5%87%BBAI%E9%AD%94%E6%94%B9-%E7%A6%81%E6%81%B6%E6%90%9E%E5%8E%86%E5%8F%B2%E5%90%8D%E8%91%97%E9%82%AA%E5%85%B8%E5%8A%A8%E7%94%BB',
        title: '星岛头条 – 广电总局明起专项打击AI魔改',
        quote:
          '国家广播电视总局宣布自2026年1月1日起，为整治「AI魔改」短片传播乱象，在全国范围内开展为期一个月的专项治理。',
        supports: ['issuers', 'effective'],
      },
    ],
  },

  // ───────────── NRTA management prompt on children's micro-dramas (2026) ─────────────
  {
    id: 'document:management-prompt-on-childrens-micro-short-dramas',
    name: 'Management Prompt on Children’s Micro-Short Dramas',
    nameZh: '儿童类微短剧管理提示',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2026-01-08',
    summary:
      'NRTA’s first industry management prompt of 2026, drawing lines for children’s micro-short dramas on content orientation, values and the protection of practitioners’ rights.',
    sources: [
      {
        url: 'https://www.10100.com/article/68118004',
        title: '10100.com – 儿童类微短剧管理提示',
        quote:
          '1 月 8 日下午,国家广电总局网络司正式发布 2026 年首个行业管理提示 ——《儿童类微短剧管理提示》,从内容导向、价值传递及从业者权益保障三大维度划定行业红线与发展方向,为快速兴起的儿童类微短剧市场树立明确规范。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── CNSA content review rules for online audiovisual programmes (2017) ─────────────
  {
    id: 'document:general-rules-for-online-audiovisual-program-content-review',
    name: 'General Rules for the Content Review of Online Audiovisual Programs',
    nameZh: '网络视听节目内容审核通则',
    kind: 'other',
    status: 'final',
    issuers: ['cnsa'],
    effective: '2017-07-01',
    summary:
      'Industry association rules, binding only on its members, requiring online audiovisual services to review programmes before they air, with at least three reviewers for each online drama, micro-film, online film, animation or documentary.',
    sources: [
      {
        url: 'http://icp-edi.cn/ask/42603.html',
        title: 'icp-edi.cn – 中国网络视听节目服务协会发布《网络视听节目内容审核通则》',
        quote:
          '中国网络视听节目服务协会30日发布《网络视听节目内容审核通则》。通则表示,互联网视听节目服务相关单位在网络视听节目内容审核方面,应坚持先审后播和审核到位原则。 … 每部网络剧、微电影、网络电影、影视类动画片、纪录片应由不少于三人的审核员审核。',
        supports: ['name', 'nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=6e882c9a-46b0-46ff-a05d-b3f98e4efbc7',
        title: 'Lexology – new CNSA rules on online video content',
        quote:
          'With effect from 1 July 2017, new rules have been introduced by the China Netcasting Services Association ("CNSA") which increase the regulatory scrutiny applied to online video content. … The CNSA is an industry association so the rules are only binding on CNSA members and do not have the force of law.',
        supports: ['kind', 'status', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── CNSA content review rules for online variety shows (2020) ─────────────
  {
    id: 'document:detailed-rules-for-online-variety-show-content-review-standards',
    name: 'Detailed Rules on Content Review Standards for Online Variety Shows',
    nameZh: '网络综艺节目内容审核标准细则',
    kind: 'other',
    status: 'final',
    issuers: ['cnsa'],
    promulgated: '2020-02-21',
    summary:
      'CNSA and the major video platforms’ 94 review standards for online variety shows — talent shows, talk shows, reality and children’s shows — covering who may appear, what they say and wear, language and packaging.',
    sources: [
      {
        url: 'http://dvbcn.com/p/106352.html',
        title: 'DVBCN – 网综节目内容标准细则发布,共涉及94条“禁令”',
        quote:
          '2月21日,中国网络视听节目服务协会联合央视网、芒果TV、腾讯视频、优酷、爱奇艺、搜狐、哔哩哔哩、西瓜视频、快手、秒拍等视听节目网站制订的《网络综艺节目内容审核标准细则》正式对外发布。\n\n据悉,该“细则”是按照国家广播电视总局工作部署,在总局网络视听节目管理司指导下完成制订的。主要就才艺表演、访谈脱口秀、真人秀、少儿亲子、文艺晚会等各种网络综艺节目类型,从主创人员选用、出镜人员言行举止,到造型舞美布设、文字语言使用、节目制作包装等不同维度,提出了94条具有较强实操性的标准。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://gjfs.com.cn/qiche/202207/0705366299.html',
        title: 'gjfs.com.cn',
        quote: '2、2020年2月21日,《网络综艺节目内容审核标准细则》经中国网络视听节目服务协会会议审议通过,发布实施。',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────── Online dramas and micro-films: 2012 notice and 2014 supplementary notice ─────────────
  {
    id: 'document:notice-on-strengthening-management-of-online-dramas-and-micro-films',
    name: 'Notice on Further Strengthening the Management of Online Dramas, Micro-Films and Other Online Audiovisual Programs',
    nameZh: '关于进一步加强网络剧、微电影等网络视听节目管理的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta', 'cac'],
    promulgated: '2012-07',
    summary:
      'SARFT and CAC notice making online audiovisual services answerable for the online dramas and micro-films they carry, with review before broadcast, association-trained reviewers and entry and exit management of providers.',
    sources: [
      {
        url: 'https://cflac.org.cn/gn/201401/t20140127_241826.html',
        title: '中国文艺网 (《中国文化报》) – 国家广电总局完善网络视听节目管理 营造文明网络环境',
        quote: '2012年7月,原广电总局和国家互联网信息办公室联合印发了《关于进一步加强网络剧、微电影等网络视听节目管理的通知》。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://it.alljournals.cn/view_abstract.aspx?aid=A1AAA3BC07F08AE459109CF1E622E03B&cid=1319827C0C74AAE8D654BEA21B7F54D3&eid=BCA2697F357F2001&iid=DF92D298D3FF1E6E&jid=2143E037A51CAB8F5F654E580AF40F59&pcid=5B3AB970F71A803DEACDC0559115BFCF0A068CD97DD29835&yid=99E9153A83D4CB11',
        title: '广电资讯 (摘要)',
        quote:
          '网络剧、微电影将先审后播对业务主体施行准入退出机制为引导和规范网络剧、微电影等网络视听节目健康发展,国家广电总局和国家互联网信息办近日联合下发《关于进一步加强网络剧、微电影等网络视听节目管理的通知》(以下简称《通知》)。《通知》要求互联网视听节目服务单位,切实履行开办主体职责,承担大众传媒的社会责任,对播出的网络剧、微电影等网络视听节目负责;要求网络视听节目服务行业协会,发挥行业组织的职能与作用,对会员单位网络剧、微电影等网络视听节目审核人员开展培训和考核',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:supplementary-notice-on-management-of-online-dramas-and-micro-films',
    name: 'Supplementary Notice on Further Improving the Management of Online Dramas, Micro-Films and Other Online Audiovisual Programs',
    nameZh: '关于进一步完善网络剧、微电影等网络视听节目管理的补充通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2014-01',
    summary:
      'SAPPRFT notice barring platforms from carrying online dramas and micro-films made by producers without a programme production licence and making platforms answerable, as producers, for the real-name uploads they forward.',
    relations: [{ type: 'cites', target: 'document:notice-on-strengthening-management-of-online-dramas-and-micro-films', source: 0 }],
    sources: [
      {
        url: 'https://cflac.org.cn/gn/201401/t20140127_241826.html',
        title: '中国文艺网 (《中国文化报》) – 国家广电总局完善网络视听节目管理 营造文明网络环境',
        quote:
          '时间:2014年01月27日来源:《中国文化报》作者:于帆\n\n  近日,国家新闻出版广电总局印发了《关于进一步完善网络剧、微电影等网络视听节目管理的补充通知》。\n\n  《补充通知》强调,互联网视听节目服务单位不得播出未取得《广播电视节目制作经营许可证》机构制作的网络剧、微电影等网络视听节目。个人制作并上传的网络剧、微电影等网络视听节目,由转发该节目的互联网视听节目服务单位履行生产制作机构的责任。 … 2012年7月,原广电总局和国家互联网信息办公室联合印发了《关于进一步加强网络剧、微电影等网络视听节目管理的通知》。针对实践中出现的新问题,国家新闻出版广电总局研究制定了《补充通知》',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
    ],
  },

  // ───────────── NRTA 14th Five-Year plan for radio, television and online audiovisual (2021) ─────────────
  {
    id: 'document:radio-television-and-online-audiovisual-14th-five-year-development-plan',
    name: 'Radio, Television and Online Audiovisual 14th Five-Year Development Plan',
    nameZh: '广播电视和网络视听“十四五”发展规划',
    kind: 'plan',
    status: 'final',
    issuers: ['nrta'],
    summary:
      'NRTA’s twelve-chapter development plan on integrated media and opinion guidance, quality content, technology, security, public service, management and international reach, which the provinces’ own plans implement.',
    sources: [
      {
        url: 'http://ent.people.com.cn/n1/2021/1009/c1012-32248077.html',
        title: '人民网 – 《广播电视和网络视听“十四五”发展规划》发布',
        quote:
          '人民网北京10月9日电 (记者杨虞波罗)日前,国家广播电视总局发布了《广播电视和网络视听“十四五”发展规划》(以下简称《发展规划》),在总体十二章的规划内容中,从当前的形势与任务到规划指导思想、发展目标,从构建网上网下一体化舆论引导创新体系,到加强优秀作品创作生产传播,从科技创新、安全保障、公共服务、管理优化、国际传播等方面做了重要部署。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://hxbtu.com/news/202110112307.html',
        title: '海峡广播电视设备工程有限公司 – 福建省广播电视和网络视听“十四五”发展规划',
        quote:
          '为贯彻落实国家广电总局印发的《广播电视和网络视听“十四五”发展规划》和福建省政府办公厅印发的《福建省“十四五”文化和旅游改革发展专项规划》,福建省广电局组织编制了《福建省广播电视和网络视听“十四五”发展规划》',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
];
