import type { AuthorityVariant, CoreAuthority, CoreCase, CoreInstrument } from './types';

/**
 * PRC documents, cases and bodies that pages on NFTs, public data, classified protection of
 * cybersecurity and AI copyright cite and the graph lacked: the Auction Law; Shandong's public data
 * opening measures and work rules and Tai'an's trial measures made under them; the Ministry of Public
 * Security's March 2025 letter on classified protection (公网安〔2025〕1001号); two cases, iQIYI v.
 * MiniMax (AI training, filed in 2025) and the Hangzhou Internet Court's 2018 blockchain-evidence
 * judgment (Huatai v. Daotong); and three bodies: the Hainan market regulator, the Tai'an big data
 * bureau and the MPS Cyber Security Bureau (with its short form 公安部网安局).
 *
 * Left out: the MPS's April 2025 letter explaining classified-protection matters (公网安〔2025〕1846号)
 * and the draft Tai'an implementation rules on public data opening (泰安市公共数据开放实施细则(征求意见稿)),
 * which no stored page names besides the pages that cite them (and, for the letter, a spam mirror);
 * "1001号文" as a short form (other documents numbered 1001 share it); and the Xuhui District and
 * Zhangjiagang People's Courts and the Guangdong and Shenzhen cryptography administrations, for which
 * no stored page gives the Chinese name beside the pages that cite them.
 */
export const CORE_RESERVED_25: CoreInstrument[] = [
  // ───────────── Auction Law (1996, amended 2004) ─────────────
  {
    id: 'document:auction-law',
    name: 'Auction Law',
    nameZh: '拍卖法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1996-07-05',
    effective: '1997-01-01',
    amended: ['2004-08-28'],
    summary:
      'The law on auctions by auction enterprises in China: objects of auction, auctioneers, clients, bidders and buyers, auction procedures and commission, supervised by the auction-trade departments of the State Council and local governments.',
    sources: [
      {
        url: 'https://english.court.gov.cn/2016-04/14/c_761429.htm',
        title: 'Supreme People’s Court (English) – Auction Law of the People’s Republic of China',
        quote:
          "Auction Law of the People's Republic of China\n\n    Updated : 2016-04-14\n\n(Adopted at the 20th Meeting of the Standing Committee of the Eighth National People's Congress on July 5, 1996, promulgated by Order No. 70 of the People’s Republic of China on July 5, 1996, and amended according to the Decision of the Standing Committee of the Tenth National People’s Congress on Amending the Auction Law of the People’s Republic of China adopted at its 11th Meeting on August 28, 2004)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://english.court.gov.cn/2016-04/14/c_761429.htm',
        title: 'Supreme People’s Court (English) – Auction Law of the People’s Republic of China',
        quote:
          "Article 2 This Law shall be applicable to auction activities conducted by auction enterprises within the territory of the People's Republic of China. … Article 5 The department in charge of administration of the auction trade under the State Council shall exercise supervision over and administration of the auction trade throughout the country.",
        supports: ['summary'],
      },
      {
        url: 'http://china.org.cn/china/LegislationsForm2001-2010/2011-02/12/content_21908162.htm',
        title: 'China.org.cn – Auction Law of the People’s Republic of China',
        quote:
          'Chapter I General Provisions\n\nChapter II Objects of Auction\n\nChapter III Parties to Auction\n\nSection 1 Auctioneer\n\nSection 2 Client\n\nSection 3 Bidder\n\nSection 4 Vendee\n\nChapter IV Auction Procedures\n\nSection 1 Authorization of Auction\n\nSection 2 Announcement of Auction and Display of Objects of Auction\n\nSection 3 Execution of Auction\n\nSection 4 Commission',
        supports: ['name', 'summary'],
      },
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/al109',
        title: 'AsianLII – Auction Law',
        quote:
          "AUCTION LAW\n\nCategory  OBLIGATORY RIGHT Organ of Promulgation  The Standing Committee of the National People's Congress Status of Effect  In Force\nDate of Promulgation  1996-07-05 Effective Date  1997-01-01",
        supports: ['name', 'issuers', 'status', 'effective'],
      },
      {
        url: 'https://m.engbus.cn/hangye/13/12916.html',
        title: '英语巴士网 – 中华人民共和国拍卖法 AUCTION LAW OF THE PEOPLE’S REPUBLIC OF CHINA',
        quote:
          "中华人民共和国拍卖法 AUCTION LAW OF THE PEOPLE'S REPUBLIC O\n\n分类: 法律英语 \n \n\n(Adopted at the 20th Meeting of the Standing Committee of the Eighth National People's Congress on July 5, 1996, promulgated by Order No.70 of the President of the People's Republic of China on July 5, 1996)\n颁布日期:19960705  实施日期:19970101  颁布单位:全国人大常委会",
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'effective'],
      },
    ],
  },

  // ───────────── Shandong: public data opening measures (省政府令第344号) ─────────────
  {
    id: 'document:shandong-measures-for-public-data-opening',
    // English title translated: no stored English page names it.
    name: 'Shandong Province Measures for Public Data Opening',
    nameZh: '山东省公共数据开放办法',
    kind: 'local_government_rule',
    status: 'final',
    summary:
      'Shandong provincial government rules (Order No. 344) on opening public data, under which Shandong’s cities made their own public data opening rules and measures.',
    sources: [
      {
        url: 'http://www.echinagov.com/policy/364388.htm',
        title: '潍坊市大数据局 – 潍坊市公共数据开放工作细则 (echinagov.com)',
        quote:
          '为规范公共数据开放工作,促进公共数据资源开发利用,根据《山东省公共数据开放办法》(省政府令第344号)、《山东省公共数据开放工作细则》(鲁数发〔2025〕1号),市大数据局研究制定了《潍坊市公共数据开放工作细则》,现印发给你们,请认真遵照执行。',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
      {
        url: 'http://www.bridata.com/policy/detail?id=15893',
        title: '德州市公共数据开放管理办法(公开征求意见稿) (bridata.com)',
        quote:
          '德州市公共数据开放管理办法 (公开征求意见稿) 第一条 为了规范和促进公共数据开放和利用,提升 政府治理能力和公共服务水平,推动数字经济高质量发展, 根据《中华人民共和国数据安全法》《山东省大数据发展促 进条例》《山东省公共数据开放办法》《山东省公共数据开 放工作细则》等法规、文件,结合本市实际,制定本办法。',
        supports: ['nameZh', 'status', 'summary'],
      },
    ],
  },

  // ───────────── Shandong: public data opening work rules (鲁数发〔2025〕1号) ─────────────
  {
    // Binzhou's 2024 rules cite an earlier trial edition, 山东省公共数据开放工作细则(试行); the
    // title without (试行) is this one's.
    id: 'document:shandong-detailed-rules-for-public-data-opening-work',
    // English title translated: no stored English page names it.
    name: 'Shandong Province Detailed Rules for Public Data Opening Work',
    nameZh: '山东省公共数据开放工作细则',
    kind: 'normative_document',
    status: 'final',
    code: '鲁数发〔2025〕1号',
    summary:
      'Shandong work rules on how public data is opened; the Big Data Bureau’s draft for comment set out data catalogues, security review and desensitisation before release on the open-data platform, and applications for data opened on conditions.',
    sources: [
      {
        url: 'http://www.echinagov.com/policy/364388.htm',
        title: '潍坊市大数据局 – 潍坊市公共数据开放工作细则 (echinagov.com)',
        quote:
          '为规范和促进潍坊市公共数据开放利用,依据《山东省公共数据开放办法》(省政府令第344 号)、《山东省公共数据开放工作细则》(鲁数发〔2025〕1 号)、《潍坊市公共数据管理办法》(潍政办发〔2021〕17 号)及相关法律、法规,结合本市实际,制定本细则。',
        supports: ['name', 'nameZh', 'kind', 'status', 'code'],
      },
      {
        url: 'http://databanker.cn/policy/360586.html',
        title: 'databanker.cn – 山东省公共数据开放工作细则(征求意见)',
        quote:
          '12月2日,山东省大数据局牵头研究起草并发布了《山东省公共数据开放工作细则》(以下简称《工作细则》),现向社会公开征求意见。\n· 政策速览 ·\n《工作细则》提出公共数据开放主体开放数据应当通过下列流程:\n(一)公共数据开放主体依托一体化大数据平台,编制数据目录,提供数据字典,匹配数据资源,进行安全审查,确定脱敏规则,提交开放数据。',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'http://databanker.cn/policy/360586.html',
        title: 'databanker.cn – 山东省公共数据开放工作细则(征求意见)',
        quote:
          '申请获取有条件开放数据,应当通过下列流程:\n(一)数据获取申请。公共数据利用主体可以通过开放平台向公共数据开放主体申请获取有条件开放数据。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Tai'an: public data opening measures (trial, 2025) ─────────────
  {
    id: 'document:taian-measures-for-public-data-opening-trial',
    // English title translated: no stored English page names it.
    name: 'Tai’an Municipal Measures for Public Data Opening (Trial)',
    nameZh: '泰安市公共数据开放办法(试行)',
    kind: 'normative_document',
    status: 'final',
    summary:
      'Tai’an’s trial measures on opening public data, drafted by the city’s big data bureau in July 2025 under the Cybersecurity Law, the Data Security Law and the Shandong big data regulations, and cited as a basis of the city’s implementation rules.',
    sources: [
      {
        url: 'https://www.taian.gov.cn/art/2025/7/2/art_165553_9102.html',
        title: 'taian.gov.cn – 泰安市公共数据开放办法(试行)(征求意见稿)',
        quote:
          '为规范公共数据开放,推动数据要素流动,提升社会治理能力和公共服务水平,促进数字经济发展,泰安市大数据局起草了《泰安市公共数据开放办法(试行)(征求意见稿)》。 … 泰安市大数据局\n2025年7月2日\n泰安市公共数据开放办法(试行)\n(征求意见稿)\n第一章 总 则\n第一条 为了促进和规范泰安市公共数据开放,加快数据要素有效流动,提升社会治理能力和公共服务水平,推动数字经济发展,根据《中华人民共和国网络安全法》《中华人民共和国数据安全法》《山东省大数据发展促进条例》等法律法规,结合本市实际,制定本办法。',
        supports: ['name', 'nameZh', 'kind', 'summary'],
      },
      {
        url: 'https://www.taian.gov.cn/art/2025/7/21/art_165553_9222.html',
        title: 'taian.gov.cn – 泰安市公共数据开放实施细则(征求意见稿)',
        quote:
          '第一条 为规范和促进泰安市公共数据开放利用,加快数据要素有效流动,提升社会治理能力和公共服务水平,推动数字经济发展,依据《中华人民共和国政府信息公开条例》《山东省公共数据开放办法》《山东省公共数据开放工作细则》《泰安市公共数据开放办法(试行)》及相关法律、法规,结合本市实际,制定本细则。',
        supports: ['nameZh', 'status', 'summary'],
      },
    ],
  },

  // ───────────── MPS: letter on classified protection work (公网安〔2025〕1001号) ─────────────
  {
    id: 'document:mps-letter-on-further-improving-cybersecurity-classified-protection-work',
    // English title translated: no stored English page names it.
    name: 'Letter on Further Improving Work Related to Cybersecurity Classified Protection',
    nameZh: '关于进一步做好网络安全等级保护有关工作的函',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mps'],
    promulgated: '2025-03-08',
    code: '公网安〔2025〕1001号',
    summary:
      'The MPS Cyber Security Bureau’s 2025 letter setting six tasks of classified protection: updating the filings of systems at level 2 and above by 30 November 2025, level-5 grading, a survey of data resources, checks for risks and hidden dangers, and protection work plans.',
    sources: [
      {
        url: 'https://www.tanovo.com/display2.php?id=2424',
        title: 'tanovo.com (中检天帷)',
        quote:
          '近期,公安部网安局先后印发了《关于进一步做好网络安全等级保护有关工作的函》(公网安〔2025〕1001号)、《关于对网络安全等级保护有关工作事项进一步说明的函》(公网安〔2025〕1846号),对网络安全等级保护工作提出了新的要求和细化说明 … 组织专家团队对公安部两个文件进行了分析解读。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'code'],
      },
      {
        url: 'https://www.tanovo.com/display2.php?id=2424',
        title: 'tanovo.com (中检天帷)',
        quote:
          '①、1001号文(3月8日):明确等级保护“六大任务”(包括系统备案更新、第五级定级、数据资源摸底、风险隐患排查、保护工作方案和调动资源合力等)。 … 1、系统备案更新(2025年11月30日截止)\n①、更新范围:\n所有二级及以上系统,无论级别有无变更,都需在2025年11月30日前按照2025版模板重新填报备案信息。',
        supports: ['promulgated', 'summary'],
      },
      {
        url: 'https://www.chaxiaohao.com/read-1752051126l6187861.html',
        title: 'chaxiaohao.com',
        quote:
          '2025年3月公安部网安局发布的《关于进一步做好网络安全等级保护有关工作的函》明确要求各级单位深化系统备案更新、数据资源摸底及风险整改',
        supports: ['nameZh', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
];

/** Court cases the pages cite by their parties or number. */
export const CORE_CASES_RESERVED_25: CoreCase[] = [
  {
    // Filed in the Xuhui District People's Court at the start of 2025; no judgment is reported, so the
    // entry has no date and no deciding body.
    id: 'case:iqiyi-v-minimax',
    name: 'iQIYI v. MiniMax',
    court: "People's Court of Xuhui District in Shanghai",
    summary:
      'iQIYI’s copyright suit against the AI start-up MiniMax over the unauthorised use of its films and series to train MiniMax’s models and over infringing generated content, claiming about 100,000 yuan.',
    sources: [
      {
        url: 'https://www.antipiracy.news/post/china-copyright-ai-video-streaming-litigation',
        title: 'Rouse Anti-Piracy News – China copyright AI video streaming litigation',
        quote:
          "The iQIYI v. Minimax AI case in China is a copyright infringement lawsuit filed by the major Chinese video-streaming platform iQIYI against AI startup MiniMax. … Unauthorized Training Data: iQIYI alleges that MiniMax used its copyrighted movies, TV shows, and other content without authorization to train MiniMax's large AI models.",
        supports: ['name', 'summary'],
      },
      {
        url: 'https://news.futunn.com/en/post/51839817/ai-training-data-has-sparked-copyright-disputes-again-with-iqiyi',
        title: 'Futu News (cls.cn) – AI training data has sparked copyright disputes again, with iQIYI suing MiniMax',
        quote:
          "According to the Star Daily on January 6 (Reporter Huang Xinyi), iQIYI has formally filed a lawsuit with the People's Court of Xuhui District in Shanghai, accusing the domestic AI startup MiniMax of infringing its copyright in the AI model training and content generation process. … iQIYI demands that MiniMax immediately cease this infringing behavior and seeks compensation of approximately 0.1 million yuan.",
        supports: ['court', 'summary'],
      },
      {
        url: 'http://jdsy.com.cn/item/367548',
        title: 'jdsy.com.cn',
        quote: '今年1月,爱奇艺也起诉了MiniMax,称其未经授权使用爱奇艺享有版权的视频素材进行模型训练并索赔10万元,目前案件尚在审理过程中。',
        supports: ['summary'],
      },
    ],
  },
  {
    // The judgment is dated 27 June 2018 (Mondaq, Virtual Currency Report); it was pronounced in
    // public on 28 June (obwb, 杭州网).
    id: 'case:hangzhou-huatai-yimei-v-shenzhen-daotong',
    name: 'Hangzhou Huatai Yimei Cultural Media Co., Ltd. v. Shenzhen Daotong Technology Development Co., Ltd.',
    aliases: ['Huatai v. Daotong'],
    caseNumber: '(2018)浙0192民初81号',
    court: 'Hangzhou Internet Court',
    decidedBy: 'hangzhou-internet-court',
    date: '2018-06-27',
    summary:
      'The first Chinese judgment to accept evidence preserved on a blockchain: in a suit over an article republished without licence, the Hangzhou Internet Court admitted webpage captures a third-party platform had hashed onto the Factom and Bitcoin blockchains.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/how-chinese-courts-review-electronic-evidence-stored-on-blockchain',
        title: 'China Justice Observer – How Chinese Courts Review Electronic Evidence Stored on Blockchain?',
        quote:
          'Hangzhou Huatai Yimei Cultural Media Co., Ltd. v. Shenzhen Daotong Technology Development Co., Ltd. (2018) is the first case discussing and confirming the admissibility of blockchain evidence in Chinese courts. … In June 2018, Hangzhou Internet Court (hereinafter the “Hangzhou Court”) decided in a case that the electronic evidence preserved through a blockchain-based third-party platform (hereinafter the “blockchain evidence”) was legal and reliable. (See Hangzhou Huatai Yimei Cultural Media Co., Ltd. v. Shenzhen Daotong Technology Development Co., Ltd. (2018) Zhe 0192 Min Chu No. 81 ((2018)浙0192民初81号))',
        supports: ['name', 'caseNumber', 'court', 'summary'],
      },
      {
        url: 'http://www.mondaq.com/china/x/723594/Copyright/Chinese+Court+Is+First+To+Accept+Blockchain+As+Means+Of+Evidence',
        title: 'Mondaq – China: Chinese Court Is First To Accept Blockchain As Means Of Evidence',
        quote:
          'The Hangzhou Internet Court rendered a copyright dispute judgment on June 27, 2018, which is the first time blockchain technology has been recognized as an admitted means of evidence in a civil law case.\n\nThe Dispute\n\nThe dispute between the plaintiff, Hangzhou Huatai Yimei Culture Media Co., Ltd. and the defendant, Shenzhen Daotong Technology Development Co., Ltd. involved the unauthorized republication of an article originally published in the City Express newspaper.',
        supports: ['court', 'date', 'summary'],
      },
      {
        url: 'https://www.virtualcurrencyreport.com/2018/10/chinese-court-recognizes-blockchain-verified-evidence-for-the-first-time/',
        title: 'Virtual Currency Report – Chinese Court Recognizes Blockchain-Verified Evidence for the First Time',
        quote:
          'On June 27, 2018, the Chinese Hangzhou Internet Court announced its decision on a case regarding the infringement of the right of communication through an information network. … Huatai submitted evidence of the alleged infringement, including webpage screenshots and website source code, which were all uploaded to Factom and Bitcoin blockchains through Baoquan.com, a third-party evidence preservation platform based on the blockchain technology.',
        supports: ['court', 'date', 'summary'],
      },
      {
        url: 'https://www.obwb.com/newsletter/the-first-case-in-china-using-blockchain-technology-to-preserve-electronic-evidence',
        title: 'OBWB – The First Case in China Using Blockchain Technology to Preserve Electronic Evidence',
        quote:
          'Specifically, although electronic data was permitted as a valid form of evidence[1] when the Civil Procedure Law of the People’s Republic of China was amended in 2012, in Huatai v. Daotong, the Court permitted the use of data stored on a blockchain service as evidence.',
        supports: ['aliases'],
      },
      {
        url: 'http://hznews.hangzhou.com.cn/jingji/content/2018-06/29/content_7027840.htm',
        title: '杭州网 – 杭州互联网法院 首次对区块链电子存证的法律效力予以确认',
        quote:
          '昨天上午,杭州互联网法院对一起侵害作品信息网络传播权纠纷案进行公开宣判。\n\n原告是杭州华泰一媒文化传媒有限公司。\n\n被告是深圳市道同科技发展有限公司。',
        supports: ['court', 'summary'],
      },
    ],
  },
];

/** Bodies the gazetteer lacked. */
export const CORE_AUTHORITIES_RESERVED_25: readonly CoreAuthority[] = [
  // Hainan's market regulator led the ten departments' 2023 notice on digital collectibles (NFTs).
  {
    slug: 'hainan-amr',
    name: 'Hainan Province Market Supervision and Administration Bureau',
    nameZh: '海南省市场监督管理局',
    kind: 'regulator',
    sources: [
      {
        url: 'https://www.chinabankingnews.com/2023/01/31/hainan-province-calls-for-strengthening-risk-control-for-digital-collectibles/',
        title: 'China Banking News – Hainan Province Calls for Strengthening Risk Control for Digital Collectibles',
        quote:
          'On 30 January the Hainan Province Market Supervision and Administration Bureau led the issuance of the “Notice on Strengthening the Risk Supervision of Digital Collectibles” (关于加强数字藏品风险监管工作的通知).',
        supports: ['name'],
      },
      {
        url: 'https://app.bjtitle.com/8816/newshow.php?did=e0b7e7ebef534eacbbac0a9ed6d7d53a&newsid=6297425&typeid=111',
        title: '财联社 – 海南发布首个地方监管政策 数藏行业将迎来洗牌期',
        quote: '近日,海南省市场监督管理局、公安厅等10部门联合发布《关于加强数字藏品风险监管工作的通知》(以下简称“通知”)。',
        supports: ['nameZh'],
      },
    ],
  },
  // Tai'an's big data bureau drafts the city's public data rules.
  {
    slug: 'taian-big-data-bureau',
    // English name translated: no stored English page names it.
    name: 'Tai’an Municipal Big Data Bureau',
    nameZh: '泰安市大数据局',
    kind: 'government',
    sources: [
      {
        url: 'https://www.taian.gov.cn/art/2025/7/2/art_165553_9102.html',
        title: 'taian.gov.cn – 泰安市公共数据开放办法(试行)(征求意见稿)',
        quote:
          '为规范公共数据开放,推动数据要素流动,提升社会治理能力和公共服务水平,促进数字经济发展,泰安市大数据局起草了《泰安市公共数据开放办法(试行)(征求意见稿)》。',
        supports: ['name', 'nameZh'],
      },
    ],
  },
  // The MPS bureau in charge of cybersecurity and classified protection (网安局).
  {
    slug: 'mps-cyber-security-bureau',
    // English name translated: no stored English page names it.
    name: 'Cyber Security Bureau of the Ministry of Public Security',
    nameZh: '公安部网络安全保卫局',
    kind: 'ministry',
    sources: [
      {
        url: 'https://junhe.com/legal-updates/943',
        title: '君合律师事务所 – 法律评述',
        quote:
          '继2018年11月30日发布征求意见后,2019年4月10日,公安部网络安全保卫局联合北京网络行业协会、公安部第三研究所共同研究制定的《互联网个人信息安全保护指南》(以下简称“《指南》”)正式发布。',
        supports: ['name', 'nameZh'],
      },
    ],
  },
];

/** Short forms of the bodies above. */
export const AUTHORITY_VARIANTS_RESERVED_25: AuthorityVariant[] = [
  {
    slug: 'mps-cyber-security-bureau',
    zhShortNames: ['公安部网安局'],
    sources: [
      {
        url: 'https://www.tanovo.com/display2.php?id=2424',
        title: 'tanovo.com (中检天帷)',
        quote: '近期,公安部网安局先后印发了《关于进一步做好网络安全等级保护有关工作的函》(公网安〔2025〕1001号)',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.chaxiaohao.com/read-1752051126l6187861.html',
        title: 'chaxiaohao.com',
        quote: '2025年5月公安部网安局召开的专题会议进一步强调,要依托网络安全服务认证体系提升测评活动的专业性、客观性和权威性。',
        supports: ['zhShortNames'],
      },
    ],
  },
];
