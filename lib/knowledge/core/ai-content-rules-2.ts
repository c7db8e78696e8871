import type { AuthorityVariant, CoreAuthority, CoreCase, CoreInstrument } from './types';

/**
 * Online content, live-streaming commerce and AI-ethics instruments that pages on China's content
 * and AI rules cite and the graph lacked: the CAC's 2023 notice on "self-media", the China
 * Netcasting Services Association's short-video review rules and platform norms, the SAMR/CAC
 * measures on live-streaming e-commerce, the 2022 opinions on ethical governance of science and
 * technology, and the national standard on generative-AI training data. With the issuing bodies
 * those pages name that the gazetteer lacks or names another way.
 */

/** Issuers of the instruments below that the gazetteer lacks. */
export const CORE_AUTHORITIES_AI_CONTENT_2: CoreAuthority[] = [
  {
    slug: 'cnsa',
    name: 'China Netcasting Services Association',
    nameZh: '中国网络视听节目服务协会',
    // 中国网络视听协会 is the association's own short name (it signs the 2021 rules so).
    aliases: ['China Network Audio-visual Program Service Association', '中国网络视听协会'],
    abbreviations: ['CNSA'],
    kind: 'other',
    sources: [
      {
        url: 'https://technode.com/2019/01/10/chinas-strict-short-video-policy/',
        title: 'TechNode',
        quote:
          'The China Netcasting Services Association (CNSA) released the detailed guidelines on Wednesday. The national industry association is governed by the country’s National Radio and Television Administration (NRTA) and oversees member organizations including national broadcaster CCTV and state-run press agency Xinhua Net.',
        supports: ['name', 'abbreviations'],
      },
      {
        url: 'https://tech.gmw.cn/2021-12/16/content_35386289.htm',
        title: '光明网',
        quote: '12月15日,中国网络视听节目服务协会发布了《网络短视频内容审核标准细则》(2021)。',
        supports: ['nameZh'],
      },
      {
        url: 'https://equalocean.com/briefing/20211215230103650',
        title: 'EqualOcean',
        quote:
          'China Network audio-visual program Service Association issued the detailed rules for the standard review of network short video content (2021).',
        supports: ['aliases'],
      },
      {
        url: 'http://database.caixin.com/2021-12-16/101818406.html',
        title: '财新网',
        quote: '网络短视频内容审核标准细则(2021) … 发布机构:中国网络视听协会 发布日期:2021年12月15日',
        supports: ['aliases'],
      },
    ],
  },
  {
    slug: 'general-office-of-the-cpc-central-committee',
    name: 'General Office of the CPC Central Committee',
    nameZh: '中共中央办公厅',
    aliases: [
      'General Office of the Central Committee of the Communist Party of China',
      'General Office of the Communist Party of China Central Committee',
    ],
    // 中办 (with 国办 for the State Council's General Office) is left out: as a bare two-character
    // key it also matches inside 集中办理 (and 国办 inside 全国办理).
    kind: 'party',
    sources: [
      {
        url: 'http://lwxsd.com/en/info_view.php?VID=21952&tab=mynews',
        title: 'lwxsd.com (Xinhua, English)',
        quote:
          'Recently, the general office of the CPC Central Committee and the general office of the State Council issued the opinions on strengthening the governance of science and technology ethics',
        supports: ['name'],
      },
      {
        url: 'https://asiacity.news/china/tianjin-en-2/xi-jinping-sends-congratulatory-letter-on-the-70th-anniversary-of-the-liberation-army-daily',
        title: 'Asia City News',
        quote:
          'Recently, the “Notice on Relevant Work for the 2026 New Year and Spring Festival Period” issued by the General Office of the Central Committee of the Communist Party of China and the General Office of the State Council pointed out',
        supports: ['aliases'],
      },
      {
        url: 'https://english.www.gov.cn/policies/latestreleases/202203/21/content_WS6237b179c6d02e5335328099.html',
        title: 'english.gov.cn (Xinhua)',
        quote:
          'Ethics compliance should be emphasized throughout the process of scientific research and technological development, according to the guidelines, which were issued by the General Office of the Communist Party of China Central Committee and the General Office of the State Council.',
        supports: ['aliases'],
      },
      {
        url: 'http://szb.eyesnews.cn/pad/cont/202203/21/content_67476.html',
        title: '新华社 (转载)',
        quote: '据新华社北京3月20日电 近日,中共中央办公厅、国务院办公厅印发了《关于加强科技伦理治理的意见》',
        supports: ['nameZh'],
      },
    ],
  },
  {
    slug: 'hangzhou-intermediate-court',
    name: 'Hangzhou Intermediate People’s Court',
    nameZh: '杭州市中级人民法院',
    aliases: ["Hangzhou Intermediate People's Court", 'Intermediate People’s Court of Hangzhou', "Intermediate People's Court of Hangzhou"],
    kind: 'court',
    sources: [
      {
        url: 'https://www.lwxsd.com/en/info_view.php?VID=62118&tab=mynews',
        title: 'lwxsd.com',
        quote:
          'Recently, the Hangzhou Intermediate People\'s Court in Zhejiang Province concluded a case involving an AI platform.',
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://intellectual-property-helpdesk.ec.europa.eu/news-events/news/ultraman-ai-case-china-defining-copyright-liability-generative-ai-providers-2025-02-18_en',
        title: 'China IP SME Helpdesk (European Commission)',
        quote:
          'Recently, the Intermediate People’s Court of Hangzhou, Zhejiang Province, delivered a second-instance judgement on a high-profile copyright infringement case involving a generative artificial intelligence platform.',
        supports: ['aliases'],
      },
      {
        url: 'https://ciplawyer.cn/articles/155989.html',
        title: '中国知识产权律师网 (知产宝)',
        quote: '杭州市中级人民法院二审予以维持。 浙江省杭州市中级人民法院 民事判决书 (2024)浙01民终10332号',
        supports: ['nameZh'],
      },
    ],
  },
];

/** Other names of gazetteer authorities that these pages use. */
export const AUTHORITY_VARIANTS_AI_CONTENT_2: AuthorityVariant[] = [
  {
    // In the gazetteer but not named by any newsletter, so absent from the graph until this entry;
    // IP pages name it by its former English name as often as by the current one.
    slug: 'cnipa',
    aliases: ['National Intellectual Property Administration'],
    formerNames: [
      { name: 'State Intellectual Property Office', to: 2018 },
      { name: 'SIPO', to: 2018 },
    ],
    sources: [
      {
        url: 'https://www.worldipreview.com/news/china-s-sword-net-campaign-to-crack-down-on-online-piracy-19914',
        title: 'World IP Review',
        quote: 'According to a release from China’s National Intellectual Property Administration (CNIPA), authorities will supervise e-commerce platforms by targeting websites selling pirated books, music, and videos.',
        supports: ['aliases'],
      },
      {
        url: 'https://content.next.westlaw.com/practical-law/document/I438d01f3480411e498db8b09b4f043e0/State-Intellectual-Property-Office?viewType=FullText&originationContext=document&transitionType=DocumentItem&ppcid=b299e97e2533420ab3f555f3d359cdf1&contextData=(sc.DocLink)',
        title: 'Practical Law (Thomson Reuters)',
        quote:
          'A government institution managed by the State Administration for Market Regulation (SAMR), formerly named as the State Intellectual Property Office (SIPO) and renamed to the China National Intellectual Property Administration (CNIPA) on 28 August 2018.',
        supports: ['formerNames'],
      },
    ],
  },
  {
    // A core authority that issues nothing here: this entry brings it into the graph, with the
    // short form pages on the Ultraman case use.
    slug: 'hangzhou-intermediate-court',
    zhShortNames: ['杭州中院'],
    sources: [
      {
        url: 'https://www.python88.com/topic/179026',
        title: 'python88.com (数据何规)',
        quote: '杭州中院杭互奥特曼AIGC侵权案判决书(二审)',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    // The court is in the gazetteer but no newsletter names it, so without this entry it is
    // missing from the graph and pages on the Ultraman AI case lose it.
    slug: 'guangzhou-internet-court',
    aliases: ['Guangzhou Court of the Internet'],
    sources: [
      {
        url: 'http://www.cpahkltd.com/DE/info.aspx?n=201901081220560172DE',
        title: 'CPA HK Ltd',
        quote:
          'Guangzhou Court of the Internet (GCI), the third internet court of China, has started operation on 28 September 2018.',
        supports: ['aliases'],
      },
    ],
  },
  {
    slug: 'cac',
    // The Party name of the office the CAC also is (one institution, two names); pages give it
    // as the issuer of Party-side notices such as the 2023 self-media notice. The Chinese form is
    // the full name, kept with the short forms since a variant has no other Chinese field.
    aliases: ['Office of the Cyber Security and Informatization Commission of the Central Committee of the Communist Party of China'],
    zhShortNames: ['中共中央网络安全和信息化委员会办公室'],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/personal-media-rules/',
        title: 'China Law Translate',
        quote:
          'Notice on Strengthening the Management of "Personal Media" Promulgation Date: 2023-7-5 … Promulgating Entities: Office of the Cyber Security and Informatization Commission of the Central Committee of the Communist Party of China',
        supports: ['aliases'],
      },
      {
        url: 'http://www.meritsandtree.com/index/journal/detail?id=5939',
        title: 'meritsandtree.com',
        quote: '2023年7月10日,中共中央网络安全和信息化委员会办公室公布了《关于加强“自媒体”管理的通知》',
        supports: ['zhShortNames'],
      },
    ],
  },
];

export const CORE_AI_CONTENT_RULES_2: CoreInstrument[] = [
  // ───────────────────── CAC notice on self-media (2023) ─────────────────────
  {
    id: 'document:notice-on-strengthening-management-of-self-media',
    name: 'Notice on Strengthening the Management of “Self-Media”',
    nameZh: '关于加强“自媒体”管理的通知',
    aliases: ['Notice on Strengthening the Management of “Personal Media”'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    // Issued on Wednesday 5 July 2023 and published on the CAC's website on 10 July.
    promulgated: '2023-07-05',
    summary:
      'CAC notice on “self-media” accounts requiring platforms to prevent impersonation, display qualifications, label information sources and fictional or disputed content, improve rumour labels, set conditions for monetisation, manage follower counts and tighten management of MCN agencies.',
    sources: [
      {
        url: 'https://www.hkcnsa.org/en/post/notice-on-strengthening-the-management-of-self-media',
        title: 'HKCNSA (English translation)',
        quote:
          'Notice on Strengthening the Management of "Self-Media" … In order to strengthen the management of "self-media," consolidate the responsibilities of website platforms in managing information content, establish a normalized management system, and promote the development of a sound online public opinion environment, the following work requirements are hereby announced',
        supports: ['name', 'kind', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/personal-media-rules/',
        title: 'China Law Translate',
        quote:
          'Notice on Strengthening the Management of "Personal Media" Promulgation Date: 2023-7-5 … Promulgating Entities: Office of the Cyber Security and Informatization Commission of the Central Committee of the Communist Party of China',
        supports: ['aliases', 'promulgated', 'issuers'],
      },
      {
        url: 'https://podcast24.nl/episodes/china-daily-podcast/13-oFqXCK91tI',
        title: 'China Daily podcast (bilingual)',
        quote:
          'The notification was issued by the Cyberspace Administration of China, the country\'s top internet regulator, on Wednesday, and published on its website on Monday.7月5日,中央网信办发布《关于加强“自媒体”管理的通知》(以下简称“通知”),并于10日在其网站上公布。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.meritsandtree.com/index/journal/detail?id=5939',
        title: 'meritsandtree.com',
        quote:
          '2023年7月10日,中共中央网络安全和信息化委员会办公室公布了《关于加强“自媒体”管理的通知》,旨在加强“自媒体”规范化、整治互联网“自媒体”乱象,要求网站平台严防假冒仿冒行为,强化资质认证展示,规范信息来源标注,加强信息真实性管理,加注虚构内容或争议信息标签,完善谣言标签功能,规范账号运营行为,明确营利权限开通条件,限制违规行为获利,完善粉丝数量管理措施,加大对“自媒体”所属MCN机构管理力度',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────────────── CNSA short-video content review rules (2019; revised 2021) ─────────────────────
  {
    id: 'document:detailed-rules-for-online-short-video-content-review-standards',
    name: 'Standards and Detailed Rules for the Review of Online Short Video Content',
    nameZh: '网络短视频内容审核标准细则',
    aliases: [
      'Detailed Rules for Review of Online Short Video Content',
      'Detailed Censorship Standards for Short-Video Content Featured on the Internet',
      'Detailed Rules for the Standard Review of Network Short Video Content',
    ],
    kind: 'guideline',
    status: 'final',
    issuers: ['cnsa'],
    promulgated: '2019-01-09',
    amended: ['2021-12-15'],
    summary:
      'The China Netcasting Services Association’s 100 rules in 21 categories on content online short videos must not show; revised in 2021.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/short-video-content/',
        title: 'China Law Translate',
        quote:
          'Standards and Detailed Rules for the Review of Online Short Video Content (2021) These Detailed Rules are formulated on the basis of relevant state laws and regulations, the "Provisions on the Administration of Internet Audiovisual Programming Services" and the " General Provisions on Review of Audivisual Program Content"',
        supports: ['name', 'kind'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/norms-for-the-administration-of-online-short-video-platforms-and-detailed-implementation-rules-for-online-short-video-content-review-standards/',
        title: 'China Law Translate',
        quote: '"Regulation on Administration of Online Short Video Platforms" "Detailed Rules for Review of Online Short Video Content"',
        supports: ['aliases'],
      },
      {
        url: 'https://chinafilminsider.com/short-video-censorship-policy-updates-walking-on-eggshells/',
        title: 'China Film Insider',
        quote:
          'On January 9th , the China Netcasting Services Association issued “Detailed Censorship Standards for Short-Video Content Featured on the Internet (in Chinese)” through its official website. The document contains one hundred provisions, specified within twenty one categories, stating what kinds of content are prohibited to be shown in online short videos.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://supchina.com/2019/01/09/100-rules-for-short-video-apps/',
        title: 'SupChina',
        quote:
          'the China Netcasting Services Association (CNSA), the largest government-affiliated association, which has more than 600 internet companies as its members, has introduced a set of detailed regulations (in Chinese) to put the booming industry under rigid scrutiny. The rules were announced in a notice published on the association’s website on January 9.',
        supports: ['status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://tech.gmw.cn/2021-12/16/content_35386289.htm',
        title: '光明网',
        quote:
          '12月15日,中国网络视听节目服务协会发布了《网络短视频内容审核标准细则》(2021)。 中国网络视听节目服务协会组织有关短视频平台对2019版《细则》进行了全面修订。 … 对原有21类100条标准进行了与时俱进的完善。',
        supports: ['nameZh', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://equalocean.com/briefing/20211215230103650',
        title: 'EqualOcean',
        quote:
          'Financial Associated Press, December 15, China Network audio-visual program Service Association issued the detailed rules for the standard review of network short video content (2021).',
        supports: ['aliases', 'amended'],
      },
    ],
  },

  // ───────────────────── CNSA norms for short-video platforms (2019) ─────────────────────
  {
    id: 'document:norms-for-administration-of-online-short-video-platforms',
    name: 'Regulation on Administration of Online Short Video Platforms',
    nameZh: '网络短视频平台管理规范',
    kind: 'guideline',
    status: 'final',
    issuers: ['cnsa'],
    summary:
      'The China Netcasting Services Association’s norms for short-video platforms: review of every video, with its title, summary, bullet comments and comments, before broadcast, and in principle one reviewer per thousand new videos a day.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/norms-for-the-administration-of-online-short-video-platforms-and-detailed-implementation-rules-for-online-short-video-content-review-standards/',
        title: 'China Law Translate',
        quote:
          'Regulation on Administration of Online Short Video Platforms The following norms shall be obeyed when opening online platforms for short videos … 4. online short video platforms are to implement a system of reviewing program content prior to broadcast. All short videos broadcast on the platform should only be broadcasted after content review, including the program title, summary, Danmaku, comments and other such content. … In principle, the number of review personnel shall be one for every one thousand videos added for new broadcast each day.',
        supports: ['name', 'kind', 'summary'],
      },
      {
        url: 'http://m.cnr.cn/news/20190201/t20190201_524500627.html',
        title: '央广网',
        quote: '二十多天前,中国网络视听节目服务协会发布了《网络短视频平台管理规范》和《网络短视频内容审核标准细则》。',
        supports: ['nameZh', 'status', 'issuers'],
      },
    ],
  },

  // ───────────────────── Opinions on ethical governance of science and technology (2022) ─────────────────────
  {
    id: 'document:opinions-on-strengthening-ethical-governance-of-science-and-technology',
    name: 'Opinions on Strengthening the Ethical Governance of Science and Technology',
    nameZh: '关于加强科技伦理治理的意见',
    aliases: [
      'Opinions on Strengthening the Governance of Science and Technology Ethics',
      'Opinions on Strengthening Ethical Governance in Science and Technology',
      'Opinions on Strengthening Ethical Governance of Science and Technology',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    summary:
      'Party and State Council opinions setting the principles of science and technology ethics and calling for ethics rules, review and risk monitoring in key fields such as the life sciences, medicine and artificial intelligence.',
    sources: [
      {
        url: 'http://en.hfiasc.com/display_new.php?id=117',
        title: 'hfiasc.com (Xinhua)',
        quote:
          'The General Office of the Central Committee of the Communist Party of China and the General Office of the State Council have issued the "Opinions on Strengthening the Governance of Science and Technology Ethics" … issued the "Opinions on Strengthening Ethical Governance in Science and Technology" and issued a notice … The full text of the "Opinions on Strengthening Ethical Governance of Science and Technology" is as follows.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://szb.eyesnews.cn/pad/cont/202203/21/content_67476.html',
        title: '新华社 (转载)',
        quote: '据新华社北京3月20日电 近日,中共中央办公厅、国务院办公厅印发了《关于加强科技伦理治理的意见》,并发出通知,要求各地区各部门结合实际认真贯彻落实。',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'https://english.www.gov.cn/policies/latestreleases/202203/21/content_WS6237b179c6d02e5335328099.html',
        title: 'english.gov.cn (Xinhua)',
        quote:
          'The document clarified the ethical principles in science and technology, saying that scientific activities should serve the well-being of humanity, respect people\'s right to life, adhere to fairness and justice, control risks in an appropriate way, and maintain openness and transparency. It urged efforts to make and improve regulations and standards for ethics in key areas such as the life sciences, medicine and artificial intelligence, improve the rules and processes of ethical review, risk management and the handling of violations',
        supports: ['summary'],
      },
      {
        url: 'http://lwxsd.com/en/info_view.php?VID=21952&tab=mynews',
        title: 'lwxsd.com (Xinhua, English)',
        quote:
          'Recently, the general office of the CPC Central Committee and the general office of the State Council issued the opinions on strengthening the governance of science and technology ethics, and issued a notice requiring all regions and departments to earnestly implement it in combination with reality. The full text of the opinions on strengthening the ethical governance of science and technology is as follows.',
        supports: ['name', 'kind', 'status'],
      },
    ],
  },

  // ───────────────────── GB/T 45652-2025: generative-AI training data security ─────────────────────
  {
    id: 'document:security-specification-for-generative-ai-pre-training-and-fine-tuning-data',
    name: 'Security Specification for Generative Artificial Intelligence Pre-training and Fine-tuning Data',
    nameZh: '网络安全技术 生成式人工智能预训练和优化训练数据安全规范',
    aliases: ['Safety Specifications for Generative Artificial Intelligence Pre-Training and Fine-Tuning Data', 'Pre-training and Fine-tuning Data Security'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    effective: '2025-11-01',
    code: 'GB/T 45652-2025',
    summary:
      'Recommended national standard on the security of the data used to pre-train and fine-tune generative AI models: data traceability, assessment of harmful content and controls over training-data provenance.',
    sources: [
      {
        url: 'https://max.book118.com/html/2026/0106/8013062052010032.shtm',
        title: 'book118 (standard text)',
        quote:
          '中华人民共和国国家标准 —GB/T45652 2025 网络安全技术生成式人工智能预训练和优化训练数据安全规范 Cybersecuritytechnology—Securityspecificationforgenerativeartificialintelligencepre-trainingandfine-tuningdata',
        supports: ['name', 'nameZh', 'kind'],
      },
      {
        url: 'https://techjacksolutions.com/ai-governance-china/tc260-standards/',
        title: 'Tech Jacks Solutions – TC260 National AI Standards',
        quote:
          'GB/T 45652-2025 Recommended Pre-training and Fine-tuning Data Security Effective: November 1, 2025 Establishes data traceability requirements, harmful content assessment procedures, and security controls for training data provenance across the full model development lifecycle.',
        supports: ['aliases', 'code', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://www.fxbaogao.com/detail/5140793',
        title: 'fxbaogao (draft standard, English)',
        quote:
          'National Standard of the People’s Republic of China Cybersecurity Technology–SafetySpecificationsfor GenerativeArtificial Intelligence Pre-Trainingand Fine-TuningData (Draft for Feedback) (Draft Completed on: March 28, 2024) … State Administration for Market RegulationStandardization Administration of ChinaIssuers',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
];

/** The appeal judgment pages on generative-AI platform liability cite by number. */
export const CORE_CASES_AI_CONTENT_2: CoreCase[] = [
  {
    id: 'case:hangzhou-ultraman-generative-ai-platform-appeal',
    // No English page quoted here names the parties; the Chinese title the judgment is published
    // under is the name. "Ultraman case" is left out: pages use it for the Guangzhou case too.
    name: '上海某文化发展有限公司诉杭州某智能科技有限公司著作权侵权及不正当竞争纠纷案',
    aliases: ['首例涉生成式人工智能平台侵害信息网络传播权案'],
    caseNumber: '(2024)浙01民终10332号',
    court: 'Hangzhou Intermediate People’s Court',
    summary:
      'On appeal from the Hangzhou Internet Court, the court upheld that an AI platform letting users train and share LoRA models producing Ultraman images was a contributory infringer of the right of communication through information networks, and rejected the added unfair-competition claim.',
    sources: [
      {
        url: 'https://ciplawyer.cn/articles/155989.html',
        title: '中国知识产权律师网 (知产宝)',
        quote:
          '首例涉生成式人工智能平台侵害信息网络传播权案二审判决书 上海某文化发展有限公司诉杭州某智能科技有限公司著作权侵权及不正当竞争纠纷案 … 编者按:近日,杭州互联网法院就首例涉生成式人工智能平台侵害信息网络传播权案作出一审判决,认定被告杭州某智能科技公司构成侵害信息网络传播权的帮助侵权,判决被告立即停止侵权并赔偿经济损失及合理费用3万元。杭州市中级人民法院二审予以维持。 浙江省杭州市中级人民法院 民事判决书 (2024)浙01民终10332号',
        supports: ['name', 'aliases', 'caseNumber', 'court', 'summary'],
      },
      {
        url: 'https://intellectual-property-helpdesk.ec.europa.eu/news-events/news/ultraman-ai-case-china-defining-copyright-liability-generative-ai-providers-2025-02-18_en',
        title: 'China IP SME Helpdesk (European Commission)',
        quote:
          'The plaintiff in this case holds the intellectual property rights to the Ultraman series of images. The defendant operates an AI platform that allows users to upload Ultraman images to train a LoRA model … The first-instance court found that the platform constituted contributory infringement and awarded CNY 30,000 (approx. 4,300) in damages, but dismissed the unfair competition claim.',
        supports: ['summary'],
      },
    ],
  },
];
