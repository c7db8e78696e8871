/**
 * Typical-case releases, white papers and a procedural rule that China TMT pages cite as documents:
 * the Beijing Internet Court's 2025 typical AI cases and its 2024 white paper on new quality
 * productive forces, the SPC's yearly IP releases (the 2024 typical IP cases, the 2024 white paper on
 * IP protection by Chinese courts, the 2023 top 10 and 50 typical IP cases), its 2025 anti-monopoly
 * and anti-unfair-competition typical cases, its 2025 cases on personality rights infringed through
 * networks and information technology and its 2022 personality-rights civil cases, the SPP's 2022
 * typical cases on crimes against citizens' personal information, and the SPP's Rules for Handling
 * Public Interest Litigation Cases (高检发释字〔2021〕2号). A year's release is its own entry.
 */
import type { CoreInstrument } from './types';

export const CORE_CASES_15: CoreInstrument[] = [
  // ─────────────────────── Beijing Internet Court, typical AI cases (September 2025) ───────────────────────
  {
    // The Chinese title is the one the court gave the release; other courts' AI case releases carry
    // their court's name or another wording (杭州法院 … 涉人工智能的典型案例).
    id: 'document:bic-typical-cases-involving-artificial-intelligence-2025',
    name: 'Beijing Internet Court Typical Cases Involving Artificial Intelligence',
    nameZh: '涉人工智能典型案例',
    aliases: ['Typical Cases Involving Artificial Intelligence'],
    kind: 'case_list',
    status: 'final',
    issuers: ['beijing-internet-court'],
    promulgated: '2025-09-10',
    summary:
      'Eight effective judgments the Beijing Internet Court released on AI disputes: copyright in AI-generated images and virtual digital humans, AI-synthesised voices, AI face-swapping and personal information, and a platform’s duty to explain an algorithmic decision.',
    sources: [
      {
        url: 'https://www.chinaiplawupdate.com/author/aaron-wininger/page/3/',
        title: 'China IP Law Update – Early Jurisprudence from Beijing on the Intersection of Artificial Intelligence, Copyright and Personality Rights',
        quote:
          'On September 10, 2025, the Beijing Internet Court released eight Typical Cases Involving Artificial Intelligence (涉人工智能典型案例) “to better serve and safeguard the healthy and orderly development of the artificial intelligence industry.”',
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.top168.com/news/show-581025.html',
        title: '知产力 (转载) – 北京互联网法院今日发布涉人工智能典型案例 明确AI应用法律边界',
        quote:
          '北京互联网法院今日发布涉人工智能典型案例 明确AI应用法律边界\n\nIP属地 中国·北京 编辑:钟景轩 知产力 时间:2025-09-11 00:25:52\n\n今日(9月10日),北京互联网法院发布涉人工智能案件审理情况及8起涉人工智能典型案例。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.python88.com/topic/186786',
        title: 'python88.com (reprint of a law-firm note)',
        quote:
          'On September 10, 2025, the Beijing Internet Court held a press conference on the trial of AI-related cases and released eight typical cases of AI-related disputes: … (4) Case 4: If an AI face-swap makes the original subject unrecognizable, it does not constitute portrait right infringement; however, using video containing facial information for AI synthesis without consent infringes on personal information rights and interests. (5) Case 5: If a platform’s algorithm misjudges AI-generated content and mutes the user, and fails to fulfill its obligation to explain the algorithmic decision, the platform shall bear liability for breach of contract.',
        supports: ['issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ─────────────────────── Beijing Internet Court, white paper on new quality productive forces (2024) ───────────────────────
  {
    id: 'document:bic-white-paper-on-serving-new-quality-productive-forces',
    name: 'Beijing Internet Court White Paper on Serving and Safeguarding the Accelerated Development of New Quality Productive Forces',
    nameZh: '服务保障新质生产力加快发展白皮书',
    kind: 'report',
    status: 'final',
    issuers: ['beijing-internet-court'],
    summary:
      'White paper of the Beijing Internet Court on its cases since it was set up (about 62% copyright disputes), released with ten typical cases (four on AI) and seventeen measures to serve new industries and the digital economy.',
    sources: [
      {
        url: 'http://dashboard.liangstudy.cn/study/4777.html',
        title: 'liangstudy.cn (reprint of 北京青年报) – 北京互联网法院公布“服务保障新质生产力十大典型案例”',
        quote:
          '8月26日,北京互联网法院对外发布《服务保障新质生产力加快发展白皮书》以及“服务保障新质生产力十大典型案例”,并提出十七项举措。北京青年报记者从发布会上了解到,十大典型案例中,4起案例与AI相关 … 白皮书显示,自建院以来,北京互联网法院受理各类案件219695件,结案214469件,其中著作权纠纷占比约62%。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC typical IP cases of 2024 (released April 2025) ───────────────────────
  {
    id: 'document:spc-typical-ip-cases-2024',
    name: 'Typical Intellectual Property Cases of the People’s Courts in 2024',
    nameZh: '2024年人民法院知识产权典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2025-04-21',
    summary:
      'Eight IP cases the SPC released on 21 April 2025 (patent, trademark, copyright, unfair competition and trade secrets in biomedicine, AI and online games), among them an AI face-swap copyright case and a game “reskin” case.',
    sources: [
      {
        url: 'https://www.ciplawyer.net/articles/156510.html',
        title: '中国知识产权律师网 (最高人民法院新闻局) – 最高法發布2024年人民法院知識産權典型案例',
        quote:
          '2025年4月21日,最高人民法院舉行新聞發布會,發布《中國法院知識産權司法保護狀況(2024年)》及2024年人民法院知識産權典型案例 … 該批案例覆蓋了專利、商标、著作權、反不正當競争、商業秘密等案件類型,涉及生物醫藥、AI技術、網絡遊戲等行業領域 … 案例4.“AI換臉”著作權侵權案\n\n案例5.遊戲“換皮”侵權案',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc%e2%80%99s-2024-typical-ip-cases-include-ai-face-swap-ruling',
        title: 'China Justice Observer – SPC’s 2024 Typical IP Cases Include AI Face-Swap Ruling',
        quote:
          'The eight cases in this batch cover industries such as bio-pharmaceuticals, AI technology, and online gaming. Among them, Case 4—a ruling on “AI Face-Swapping” infringement—has drawn significant attention, offering judicial reference for global AI compliance.',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC white paper: IP protection by Chinese courts, 2024 ───────────────────────
  {
    id: 'document:intellectual-property-protection-by-chinese-courts-2024',
    name: 'Intellectual Property Protection by Chinese Courts in 2024',
    nameZh: '中国法院知识产权司法保护状况(2024年)',
    aliases: ['Intellectual Property (IP) Judicial Protection Status in Chinese Courts (2024)'],
    kind: 'report',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2025-04-21',
    summary:
      'The SPC’s yearly white paper on the judicial protection of intellectual property by Chinese courts in 2024, released on 21 April 2025 with typical IP cases of 2024.',
    sources: [
      {
        url: 'https://www.lexblog.com/2025/06/20/spcs-2024-typical-ip-cases-include-ai-face-swap-ruling/',
        title: 'LexBlog (China Justice Observer) – SPC’s 2024 Typical IP Cases Include AI Face-Swap Ruling',
        quote:
          'On 21 Apr. 2025, China’s Supreme People’s Court (SPC) released the “Intellectual Property (IP) Judicial Protection Status in Chinese Courts (2024)” (中国法院知识产权司法保护状况(2024年)) along with typical IP cases adjudicated by Chinese courts in 2024.',
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.ciplawyer.net/articles/156510.html',
        title: '中国知识产权律师网 (最高人民法院新闻局) – 最高法發布2024年人民法院知識産權典型案例',
        quote:
          '2025年4月21日,最高人民法院舉行新聞發布會,發布《中國法院知識産權司法保護狀況(2024年)》及2024年人民法院知識産權典型案例,并回答記者提問。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
    ],
  },

  // ─────────────────────── SPC 2023 top 10 IP cases and 50 typical IP cases (released April 2024) ───────────────────────
  {
    id: 'document:spc-2023-top-10-ip-cases-and-50-typical-ip-cases',
    name: '2023 Top 10 Intellectual Property Cases and 50 Typical Intellectual Property Cases of Chinese Courts',
    nameZh: '2023年中国法院10大知识产权案件和50件典型知识产权案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    summary:
      'The SPC’s yearly selection of the ten most important and fifty typical IP cases decided by Chinese courts in 2023, released at its IP week press conference with the courts’ 2023 IP figures.',
    sources: [
      {
        url: 'https://ipeconomy.cn/mobile/zhuanti/8311.html',
        title: '知产财经',
        quote:
          '知产财经获悉,4月22日,最高人民法院召开新闻发布会,通报了全国法院2023年知识产权司法保护整体情况、知识产权保护公益短片征集评选活动有关情况,并发布2023年中国法院10大知识产权案件和50件典型知识产权案例。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC anti-monopoly typical cases of 2025 ───────────────────────
  {
    id: 'document:spc-typical-anti-monopoly-cases-2025',
    name: 'Typical Anti-Monopoly Cases of the People’s Courts in 2025',
    nameZh: '2025年人民法院反垄断典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    summary:
      'Five anti-monopoly cases the SPC released for 2025: abuse of administrative power over shared e-bikes, and horizontal monopoly agreements of a cement association, of camphor raw-material drug makers, of concrete firms and in the formaldehyde sales market.',
    sources: [
      {
        url: 'http://m.law-lib.com/law/law_view.asp?id=782300&page=1',
        title: '法律图书馆 – 最高人民法院发布2025年人民法院反垄断典型案例',
        quote:
          '最高人民法院发布2025年人民法院反垄断典型案例\n2025年人民法院反垄断典型案例目录\n1.“共享电单车”滥用行政权力排除、限制竞争案【最高人民法院(2023)最高法知行终1011号】——滥用行政权力排除、限制竞争行为的认定\n2.“水泥协会横向垄断协议”反垄断行政处罚案 … 3.“原料药樟脑横向垄断协议”反垄断行政处罚案 … 4.“混凝土企业”横向垄断协议案 … 5.“甲醛销售市场”横向垄断协议案',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC anti-unfair-competition typical cases of 2025 ───────────────────────
  {
    id: 'document:spc-typical-anti-unfair-competition-cases-2025',
    name: 'Typical Anti-Unfair Competition Cases of the People’s Courts in 2025',
    nameZh: '2025年人民法院反不正当竞争典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2025-09-08',
    summary:
      'Eight unfair competition cases the SPC released in September 2025 (passing off, trade secrets, commercial disparagement, online unfair competition and the general clause), touching e-commerce platforms, AI and live-streaming.',
    sources: [
      {
        url: 'https://hk.crntt.com/doc/1071/1/8/2/107118273.html?coluid=7&kindid=0&docid=107118273&mdate=0909095956',
        title: '中评社 (据人民日报)',
        quote:
          '中評社北京9月9日電／據人民日報報導，最高人民法院8日發布2025年人民法院反不正當競爭典型案例，這批案例共8件，涉及仿冒混淆、侵害技術秘密、商業詆毀、網絡不正當競爭行為的認定及反不正當競爭法一般條款的適用等重要法律問題，涉及電商平台、養車服務等線上線下產業領域，以及人工智能、直播平台等新技術新業態。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC typical cases on personality rights infringed by network and IT (June 2025) ───────────────────────
  {
    id: 'document:spc-typical-cases-of-infringing-personality-rights-by-network-and-information-technology',
    name: 'Typical Cases of Infringing Personality Rights by Using Networks and Information Technology',
    nameZh: '利用网络、信息技术侵害人格权典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2025-06-12',
    summary:
      'Six cases the SPC released on personality rights infringed through the internet and information technology, on issues such as facial identity theft, AI voice cloning and cyberbullying.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-releases-typical-cases-on-ai-voice,-face-swapping-&-cyberbullying',
        title: 'China Justice Observer – SPC Releases Typical Cases on AI Voice, Face-Swapping & Cyberbullying',
        quote:
          'On 12 June 2025, China’s Supreme People’s Court (SPC) released six typical cases involving the use of the internet and information technology to infringe upon personality rights, highlighting the judicial practice of courts in protecting personality rights.\n\nThese cases address issues such as facial identity theft, AI voice cloning, and cyberbullying',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://m.rainbowmusic.cn/news/466225.html',
        title: 'rainbowmusic.cn (reprint) – 某相聲演員粉絲,被最高法點名',
        quote:
          '法院判決超話賬號管理者承擔侵權責任,應刪除涉案相關信息、公開賠禮道歉并賠償損失。6月12日,最高人民法院發布利用網絡、信息技術侵害人格權典型案例,上述案例入選。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC typical civil cases on personality rights after the Civil Code (April 2022) ───────────────────────
  {
    id: 'document:spc-typical-civil-cases-of-judicial-protection-of-personality-rights-after-civil-code',
    name: 'Typical Civil Cases on Personality Rights Protection',
    nameZh: '民法典颁布后人格权司法保护典型民事案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2022-04-11',
    summary:
      'Nine personality-rights civil cases decided after the Civil Code that the SPC released to guide courts, among them an online bidding-ranking case infringing a name right and intelligent-algorithm software infringing personality rights.',
    sources: [
      {
        url: 'https://english.court.gov.cn/topnews_110.html',
        title: 'Supreme People’s Court (English) – SPC releases typical civil cases on personality rights protection',
        quote:
          'SPC releases typical civil cases on personality rights protection 2022-04-12 The Supreme People\'s Court (SPC) released nine typical civil cases on personality rights protection on April 11, in a bid to guide courts across the nation on how to correctly apply the provisions concerning personality rights in the Civil Code, which took effect on Jan 1, 2021.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://zgcyjia.com.cn/jiandu/zixun/2022-04-12/5704.html',
        title: '最高人民法院发布民法典颁布后人格权司法保护典型民事案例 (来源:中国法院网)',
        quote:
          '最高人民法院发布民法典颁布后人格权司法保护典型民事案例 时间:2022-04-12 05:47:38 来源:中国法院网 … 最高人民法院民一庭评选出九个人格权司法保护典型民事案例。这九个案例,均为民法典颁布后全国各级人民法院已判决生效的具有重大社会影响和典型示范意义的案件。分别为:未成年人姓名变更维权案、养女墓碑刻名维权案、网络竞价排名侵害名称权案、智能算法软件侵害人格权案',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPP typical cases on crimes against citizens' personal information (December 2022) ───────────────────────
  {
    id: 'document:spp-typical-cases-of-punishing-crimes-of-infringing-citizens-personal-information-2022',
    name: 'Typical Cases of Procuratorates Punishing Crimes of Infringing Citizens’ Personal Information',
    nameZh: '检察机关依法惩治侵犯公民个人信息犯罪典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spp'],
    promulgated: '2022-12-07',
    summary:
      'Five criminal cases the SPP released a year after the PIPL took effect, covering credit, biometric, location and health information.',
    sources: [
      {
        url: 'https://fx361.cc/page/2023/0124/15631720.shtml',
        title: '中国检察官 2022年24期 (fx361 reprint)',
        quote:
          '最高检在《中华人民共和国个人信息保护法》(以下简称《个人信息保护法》)贯彻实施一周年之际,发布“解某某、辛某某等人侵犯公民个人信息案”等5件检察机关依法惩治侵犯公民个人信息犯罪典型案例。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6270188&typeid=26',
        title: '北京青年报 (央视新闻) – 最高检发布依法惩治侵犯公民个人信息犯罪典型案例',
        quote:
          '最高检发布依法惩治侵犯公民个人信息犯罪典型案例\n央视新闻 2022-12-07 16:56\n\n最高人民检察院近日发布5件依法惩治侵犯公民个人信息犯罪典型案例。 … 该批典型案例涵盖了对公民征信信息、生物识别信息、行踪轨迹信息、健康生理信息等不同类型个人信息的全面保护',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://peopleweekly.cn/html/2022/pinglun_1216/151704.html',
        title: '人民周刊',
        quote: '12月7日,最高人民检察院发布5件依法惩治侵犯公民个人信息犯罪典型案例,对部分法律适用问题重申或者明确意见,强调诉源治理等。',
        supports: ['issuers', 'promulgated'],
      },
    ],
  },

  // ─────────────────────── SPP Rules for Handling Public Interest Litigation Cases (2021) ───────────────────────
  {
    id: 'document:spp-rules-for-handling-public-interest-litigation-cases',
    name: 'Rules of the People’s Procuratorates for Handling Public Interest Litigation Cases',
    nameZh: '人民检察院公益诉讼办案规则',
    aliases: [
      'Rules for the Handling of Public Interest Litigation Cases by People’s Procuratorates',
    ],
    zhShortNames: ['高检发释字〔2021〕2号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spp'],
    adopted: '2020-09-28',
    promulgated: '2021-06-29',
    effective: '2021-07-01',
    summary:
      'SPP rules (112 articles) on how people’s procuratorates perform their procuratorial duties in public interest litigation.',
    relations: [
      { type: 'based_on', target: 'document:civil-procedure-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://yfs8.com/news/695312.html',
        title: 'yfs8.com (text of the rules)',
        quote:
          '【制定机关】最高人民检察院\n【公布日期】2021.06.29\n【文 号】高检发释字〔2021〕2号\n【施行日期】2021.07.01\n【效力等级】司法解释 … 《人民检察院公益诉讼办案规则》已经2020年9月28日最高人民检察院第十三届检察委员会第五十二次会议通过,现予公布,自2021年7月1日起施行。 … 根据《中华人民共和国人民检察院组织法》《中华人民共和国民事诉讼法》《中华\n人民共和国行政诉讼法》等法律规定,结合人民检察院工作实际,制定本规则。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/rules-for-handling-of-public-interest-litigation-cases-20210629',
        title: 'China Justice Observer',
        quote:
          'Rules for the Handling of Public Interest Litigation Cases by People’s Procuratorates were promulgated on 29 June 2021, and entered into force on 1 July 2021.\nThere are 112 articles in total. The Rules aim to regulate the people’s procuratorates in the performance of their procuratorial duties for public interest lawsuits.',
        supports: ['name', 'aliases', 'kind', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://news.china.com.cn/txt/2021-07/14/content_77627137.htm',
        title: '中国网',
        quote:
          '为更好地规范、保障公益诉讼检察权的正确行使,提高办案质效,最高检研究制定《人民检察院公益诉讼办案规则》(下称《办案规则》),于2021年7月1日起正式施行。',
        supports: ['nameZh', 'issuers', 'effective'],
      },
    ],
  },
];
