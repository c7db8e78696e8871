/**
 * National bodies China TMT pages cite that the gazetteer lacked — the foreign ministry that
 * announces countermeasures under the Anti-Foreign Sanctions Law, the national CERT, the national
 * computer-virus centre that publishes reports on apps and cyberattacks, the standards institute of
 * the MIIT and the cybersecurity association under the CAC — and the Chinese short names pages
 * write for bodies the gazetteer holds (证监会, 发改委, 外汇局, 信通院, 文旅部, 国家卫生健康委, 卫健委, 中消协).
 *
 * Left out on purpose: 央行 ("central bank") names any country's central bank (美国央行, 欧洲央行,
 * 日本央行), and MFA (also multi-factor authentication) and MOFA (also Japan's and Taiwan's foreign
 * ministries) name other things on the pages this extension reads. Every name is quoted from a stored page.
 */
import type { AuthorityVariant, CoreAuthority } from './types';

export const CORE_AUTHORITIES_AUTHORITIES_9: readonly CoreAuthority[] = [
  // The PRC foreign ministry: announces countermeasures (asset freezes, entry bans) under the Anti-Foreign Sanctions Law.
  {
    slug: 'mfa',
    name: 'Ministry of Foreign Affairs',
    nameZh: '外交部',
    aliases: [
      "Ministry of Foreign Affairs of the People's Republic of China",
      'Ministry of Foreign Affairs of the People’s Republic of China',
      'Chinese Foreign Ministry',
      "China's Foreign Ministry",
      'China’s Foreign Ministry',
    ],
    kind: 'ministry',
    sources: [
      {
        url: 'https://www.publicnow.com/view/19E37954A30AC11BCBC946A2309D852C55BA843F',
        title: 'Ministry of Foreign Affairs of the People’s Republic of China (via Public)',
        quote:
          "Ministry of Foreign Affairs of the People's Republic of China … Adjournment of the Regular Press Conference of the Ministry of Foreign Affairs",
        supports: ['name', 'aliases'],
      },
      {
        url: 'https://cn.chinadaily.com.cn/a/202209/11/WS631e7ac3a310817f312eda26.html',
        title: '中国日报网',
        quote: '2022年9月8日,外交部美大司司长杨涛就美国对我西北工业大学实施网络攻击窃密向美国驻华使馆提出严正交涉。',
        supports: ['nameZh'],
      },
      {
        url: 'https://www3.nhk.or.jp/nhkworld/en/news/20240523_05/',
        title: 'NHK World',
        quote:
          "China's Foreign Ministry said on Wednesday it will freeze assets in China of the 12 targeted companies, including a unit of Lockheed Martin. The action will be based on China's Anti-Foreign Sanctions Law. … The Chinese Foreign Ministry also cited the US sale of weapons to Taiwan.",
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://bb.china-embassy.gov.cn/eng/zgyw/202404/t20240411_11280072.htm',
        title: 'Embassy of the People’s Republic of China in Barbados',
        quote:
          '(Issued on April 11, 2024 as Decree of the Ministry of Foreign Affairs of the People’s Republic of China No.5, effective as of April 11, 2024) … Pursuant to Articles 3, 4, 5, 6, 9 and 15 of the Law of the People’s Republic of China on Countering Foreign Sanctions, China hereby decides to take the following countermeasures',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // The national CERT: detects, warns of and coordinates the handling of cybersecurity incidents; runs CNVD.
  {
    slug: 'cncert',
    name: 'National Computer Network Emergency Response Technical Team/Coordination Center of China',
    nameZh: '国家计算机网络应急技术处理协调中心',
    aliases: ['国家互联网应急中心'],
    abbreviations: ['CNCERT', 'CNCERT/CC'],
    kind: 'other',
    sources: [
      {
        url: 'https://www.cert.org.cn/publish/english/index.html',
        title: 'CNCERT – About Us',
        quote:
          'The National Computer Network Emergency Response Technical Team/Coordination Center of China (known as CNCERT or CNCERT/CC) was founded in September 2002. It is a non-governmental non-profit cybersecurity technical center and the key coordination team for China’s cybersecurity emergency response community.',
        supports: ['name', 'abbreviations', 'kind', 'summary'],
      },
      {
        url: 'https://doc99.cc/doc/10417.html',
        title: 'doc99.cc',
        quote: '国家计算机网络应急技术处理协调中心(简称“国家互联网应急中心”,英文简称是“CNCERT”或“CNCERT/CC”),成立于2001年8月,为非政府非盈利的网络安全技术中心',
        supports: ['nameZh', 'aliases', 'abbreviations'],
      },
      {
        url: 'http://www.shifair.com/informationDetails/155361.html',
        title: 'shifair.com (CNCERT weekly report)',
        quote: '关于国家互联网应急中心(CNCERT) 国家计算机网络应急技术处理协调中心(英文简称CNCERT/CC),成立于2001年8月',
        supports: ['aliases', 'abbreviations'],
      },
    ],
  },
  // Monitors and names illegal or harmful mobile apps and publishes reports on cyberattacks against China.
  {
    slug: 'cverc',
    name: 'National Computer Virus Emergency Response Center',
    nameZh: '国家计算机病毒应急处理中心',
    abbreviations: ['CVERC'],
    kind: 'other',
    sources: [
      {
        url: 'https://techbullion.com/chinas-national-computer-virus-emergency-response-center-identifies-12-non-compliant-mobile-apps-with-privacy-violations/',
        title: 'TechBullion',
        quote:
          'Recently in an original report by Xinhua News Agency Tianjin, the CVERC, through internet activity monitoring, reported on 12 mobile apps that have violated critical personal privacy regulations.',
        supports: ['abbreviations', 'summary'],
      },
      {
        url: 'https://www.cybersecurity-review.com/china-identifies-the-culprits-behind-cyberattack-on-wuhan-earthquake-monitoring-center/',
        title: 'Cybersecurity Review (from Global Times)',
        quote: 'a joint investigation team formed by the National Computer Virus Emergency Response Center (CVERC) and Chinese cybersecurity company 360 discovered malicious backdoor software',
        supports: ['name', 'abbreviations'],
      },
      {
        url: 'https://cn.chinadaily.com.cn/a/202209/11/WS631e7ac3a310817f312eda26.html',
        title: '中国日报网',
        quote: '日前,中国国家计算机病毒应急处理中心和360公司发布美国国家安全局下属部门对中国西北工业大学实施网络攻击的调查报告',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // The MIIT's electronics standardization institute: drafts standards (the App personal-information rules) and tests apps.
  {
    slug: 'cesi',
    name: 'China Electronics Standardization Institute',
    nameZh: '中国电子技术标准化研究院',
    abbreviations: ['CESI'],
    kind: 'other',
    sources: [
      {
        url: 'https://www.sesec.eu/cesi-holds-a-video-conference-on-project-approval-of-voluntary-standards-for-industrial-communication/',
        title: 'SESEC',
        quote:
          'On April 16-17, 2020, entrusted by the Science and Technology Department of the Ministry of Industry and Information Technology (MIIT), the China Electronics Standardization Institute (CESI) holds a video conference on project approval of voluntary standards for industrial communication in 2020.',
        supports: ['name', 'abbreviations', 'summary'],
      },
      {
        url: 'https://www.secrss.com/articles/41731',
        title: '安全内参 – GB/T 41391—2022 标准解读',
        quote: '中国电子技术标准化研究院联合北京理工大学、中国网络安全审查技术与认证中心等34家单位,研制了《移动互联网应用程序(App)收集个人信息基本要求》。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // A national association of cybersecurity businesses, institutes and experts, set up under the CAC in 2016.
  {
    slug: 'csac',
    name: 'Cyber Security Association of China',
    nameZh: '中国网络空间安全协会',
    aliases: ['CyberSecurity Association of China'],
    abbreviations: ['CSAC'],
    kind: 'other',
    sources: [
      {
        url: 'https://wapacklabs.blogspot.com/2016/09/formation-of-cyber-security-association_12.html',
        title: 'Wapack Labs',
        quote:
          'Early this year, the Chinese government established a new network security organization; the Cyber Security Association of China (CSAC).  Established under the Cyberspace Administration of China, it was founded as a “non-profit social organization,”',
        supports: ['name', 'abbreviations', 'summary'],
      },
      {
        url: 'https://www.csis.org/analysis/what-make-newly-established-cybersecurity-association-china',
        title: 'CSIS',
        quote: 'the creation of the CyberSecurity Association of China (CSAC; 中国网络空间安全协会 ) on March 25 has received far less attention.',
        supports: ['aliases', 'nameZh', 'abbreviations'],
      },
      {
        url: 'http://hkwb.net/news/content/2016-03/25/content_2878759.htm',
        title: 'hkwb.net',
        quote: '3月25日,中国网络空间安全协会在京举行成立大会。这是我国首个网络安全领域的全国性社会团体。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  // In the gazetteer, though no page of the newsletters gave it a node: it tests apps' collection of personal information.
  {
    slug: 'china-consumers-association',
    name: 'China Consumers Association',
    nameZh: '中国消费者协会',
    kind: 'other',
    sources: [
      {
        url: 'https://www.scmp.com/tech/apps-social/article/2175884/chinas-mobile-apps-collect-too-much-data-says-consumer-body',
        title: 'South China Morning Post',
        quote: 'The China Consumers Association said in a report published on Wednesday that 91 out of 100 mobile apps that it recently reviewed are suspected of collecting too much data, without naming them.',
        supports: ['name', 'summary'],
      },
      {
        url: 'https://ylzx.net/18/586420.html',
        title: 'ylzx.net',
        quote: '中消协发布《50款APP账号注销及自动化推荐退订测评报告》 … 中国消费者协会近日组织开展了APP账号注销及自动化推荐退订测评工作。',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
];

export const AUTHORITY_VARIANTS_AUTHORITIES_9: readonly AuthorityVariant[] = [
  // 证监会: 美国证监会 (the SEC) and 香港证监会 (the SFC) also hold it; no place rule reads a foreign country before it.
  {
    slug: 'csrc',
    zhShortNames: ['证监会'],
    sources: [
      {
        url: 'https://freewechat.com/a/MzIxNzI5MjA2Mg==/2247490235/2',
        title: 'freewechat.com (CSRC notice)',
        quote:
          '根据《中华人民共和国证券法》,证监会会同国务院有关部门组织起草了《国务院关于境内企业境外发行证券和上市的管理规定(草案征求意见稿)》,现向社会公开征求意见。公众可通过以下途径和方式提出反馈意见:\n1.登陆中国证监会网站(网址:http://www.csrc.gov.cn),进入首页右侧点击“公开征求意见”栏提出意见。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'ndrc',
    zhShortNames: ['发改委'],
    sources: [
      {
        url: 'http://www.zzwlawyer.com/38918.html',
        title: 'zzwlawyer.com',
        quote: '在国家宏观调控与经济战略部署中,国家发展和改革委员会(简称“发改委”)扮演着至关重要的角色。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://news.creaders.net/china/2015/09/13/1581687.html',
        title: '万维读者网',
        quote: '一度被称为“小国务院”的发改委(中国国家发展和改革委员会)的近期动向引人注目。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'caict',
    zhShortNames: ['信通院'],
    sources: [
      {
        url: 'https://www.chinatimes.com/realtimenews/20220217005224-260410',
        title: '中時新聞網',
        quote: '路透報導,信通院報告顯示,1月5G手機占總出貨量八成,達到2632.4萬支,年減3.5%。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'mct',
    zhShortNames: ['文旅部'],
    sources: [
      {
        url: 'http://ting.lcysne.com/X_051179.html',
        title: 'ting.lcysne.com',
        quote: '图片来源:文旅部网站截图 据介绍,网络演出剧(节)目,是指将演出剧(节)目通过互联网(含移动通讯网、移动互联网)实时传播或者以音视频形式上载传播而形成的互联网文化产品。',
        supports: ['zhShortNames'],
      },
    ],
  },
  // 卫健委: a province's or city's commission is written with its place first (北京市卫健委, 省卫健委), which the recogniser leaves alone.
  {
    slug: 'nhc',
    zhShortNames: ['国家卫生健康委', '卫健委'],
    sources: [
      {
        url: 'https://news.zhaobiao.cn/detail_t_03_c_15_v_363345.html',
        title: '国家卫生健康委员会2024年4月18日新闻发布会文字实录 (招标网)',
        quote: '国家卫生健康委新闻发言人、宣传司副司长 胡强强: 各位媒体朋友,大家上午好!欢迎参加国家卫生健康委在云南省曲靖市召开的新闻发布会。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.worldometers.cn/xinwen/696731.html',
        title: 'worldometers.cn',
        quote: '这个曾经熟悉的机构名称逐渐淡出人们的视线,取而代之的是全新的中华人民共和国国家卫生健康委员会,简称卫健委。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'china-consumers-association',
    aliases: ['China Consumer Association'],
    zhShortNames: ['中消协'],
    sources: [
      {
        url: 'https://ylzx.net/18/586420.html',
        title: 'ylzx.net',
        quote: '中消协发布《50款APP账号注销及自动化推荐退订测评报告》 … 中国消费者协会近日组织开展了APP账号注销及自动化推荐退订测评工作。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://download.cnet.com/news/mobile-apps-called-out-for-excessive-personal-data-collection-in-china-report/',
        title: 'CNET',
        quote: 'But the South China Morning Post warns of an unsettling new report from the China Consumer Association, or CCA',
        supports: ['aliases'],
      },
    ],
  },
];
