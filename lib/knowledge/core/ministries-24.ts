import type { CoreInstrument } from './types';

/**
 * Departmental notices, opinions and drafts of 2020–2021 on apps, telecoms, industrial data and
 * payments that pages about China's TMT regulation cite: MIIT's 2020 notice on accelerating 5G
 * and its guiding opinions on industrial big data, the 2021 draft interim provisions on personal
 * information protection in mobile apps, the PBOC's 2021 notice on payment acceptance terminals
 * (银发〔2021〕259号) and the five-department opinions on open source technology in finance.
 */
export const CORE_MINISTRIES_24: CoreInstrument[] = [
  // ───────────── Mobile app personal information protection (draft, April 2021) ─────────────
  {
    id: 'document:interim-provisions-on-personal-information-protection-for-mobile-internet-applications-draft',
    name: 'Interim Provisions on the Protection and Management of Personal Information in Mobile Internet Applications (Draft for Solicitation of Comments)',
    nameZh: '移动互联网应用程序个人信息保护管理暂行规定(征求意见稿)',
    aliases: [
      'Interim Regulations on the Administration of Personal Information Protection for Mobile Internet Applications',
      'Interim Provisions on the Management of Personal Information Protection for Mobile Internet Applications',
    ],
    kind: 'normative_document',
    status: 'draft',
    issuers: ['miit', 'cac', 'mps', 'samr'],
    summary:
      'Draft of MIIT, the Ministry of Public Security and SAMR, under CAC guidance, placing personal information duties on five kinds of entities: app developers, app distribution platforms, third-party service providers, terminal makers and network technology service providers.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/app-personal-data-protection/',
        title: 'China Law Translate – Interim Provisions on the Protection and Management of Personal Information in Mobile Internet Applications (Draft)',
        quote:
          'Interim Provisions on the Protection and Management of Personal Information in Mobile Internet Applications (Draft for Solicitation of Comments)\n\n[Source]http://www.cac.gov.cn/2021-04-26/c_1621018189707703.htm',
        supports: ['name', 'kind', 'status'],
      },
      {
        url: 'https://www.perkinsonprivacy.com/2021/06/china-proposes-draft-regulations-for-the-protection-of-personal-information-collected-via-mobile-applications/',
        title: 'Perkins Coie – China Proposes Draft Regulations for the Protection of Personal Information Collected via Mobile Applications',
        quote:
          'On April 26, 2021, the Cyberspace Administration of China, the Ministry of Industry and Information Technology, the Ministry of Public Security, and the State Administration for Market Regulation, jointly released the draft Interim Regulations on the Administration of Personal Information Protection for Mobile Internet Applications.',
        supports: ['aliases', 'issuers', 'status'],
      },
      {
        url: 'https://www.mondaq.com/china/data-protection/1059782/apps-shall-respect-more-privacy-of-users',
        title: 'Mondaq – Apps Shall Respect More Privacy Of Users',
        quote:
          'the Ministry of Industry and Information Technology plans to officially release the "Interim Provisions on the Management of Personal Information Protection for Mobile Internet Applications" (draft for comment). … The Interim Provisions impose obligations on five types of entities: app developers, app distribution platforms, third-party service providers, mobile terminal telecommunication equipment manufacturers, and network technology service providers.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://m.fiyhigh.com.cn/chanye/2021/0426/100009752.html',
        title: '上海證券報·中國證券網 (reprint) – 工信部擬發文加強個人信息保護 違規情節嚴重的App將直接下架',
        quote:
          '在國家互聯網信息辦公室的統籌指導下,工業和信息化部會同公安部、市場監管總局起草了《移動互聯網應用程序個人信息保護管理暫行規定(征求意見稿)》(下稱《征求意見稿》),并向社會公開征求意見。',
        supports: ['nameZh', 'issuers', 'status', 'summary'],
      },
    ],
  },

  // ───────────── Industrial big data (MIIT, 2020) ─────────────
  {
    id: 'document:miit-guiding-opinions-on-industrial-big-data-development',
    name: 'Guiding Opinions on Industrial Big Data Development',
    nameZh: '工业和信息化部关于工业大数据发展的指导意见',
    aliases: ['Guiding Opinions on the Development of Industrial Big Data'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    summary:
      'MIIT opinions to promote the collection, sharing, application, governance and security of industrial data and the growth of an industrial big data sector.',
    sources: [
      {
        url: 'http://watson-band.com.cn/en/cmsDetail_en.htm?from=industry&item.id=0553e309919c4bfc8162e7cc03c90474',
        title: 'Watson & Band – MIIT Provides Guidance on Industrial Big Data Development',
        quote:
          'The Ministry of Industry and Information Technology ("MIIT") recently issued the Guiding Opinions on Industrial Big Data Development (the "Opinions"). … the Opinions map out 18 key tasks in six aspects: (1) accelerating data aggregation; (2) promoting data sharing: (3) deepening data application; (4) improving data governance; (5) strengthening data security; and (6) Facilitating development of this sector.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://trigonos.net/en/news_con_868.html',
        title: 'trigonos.net – Guiding Opinions on the Development of Industrial Big Data',
        quote:
          'The Ministry of Industry and Information Technology recently issued the "Guiding Opinions on the Development of Industrial Big Data", which clearly promotes the convergence and sharing of industrial data',
        supports: ['aliases'],
      },
      {
        url: 'https://zhongchuang365.com/news/167868726517840.html',
        title: '众创网 – 工业和信息化部关于工业大数据发展的指导意见',
        quote: '工业和信息化部关于工业大数据发展的指导意见\n众创网2020-04-28',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },

  // ───────────── Accelerating 5G (MIIT, March 2020) ─────────────
  {
    id: 'document:miit-notice-on-accelerating-the-development-of-5g',
    name: 'Notice on Accelerating the Development of 5G',
    nameZh: '关于推动5G加快发展的通知',
    aliases: ['Notice on Promoting Accelerated Development of 5G'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2020-03-24',
    summary:
      'MIIT notice with 18 measures in five areas to speed up 5G network construction, enrich 5G applications, step up 5G research and build a 5G security system.',
    sources: [
      {
        url: 'http://www.hengbroad.com/news_details/5.html',
        title: 'hengbroad.com – Ministry of Industry and Information Technology issues notice on promoting accelerated development of 5G',
        quote:
          '5G acceleration, Ministry of Industry and Information Technology issues notice on promoting accelerated development of 5G … the Ministry of Industry and Information Technology has issued the "Notice on Accelerating the Development of 5G", which clearly proposes 18 measures in five aspects, including accelerating the deployment of 5G network construction, enriching 5G technology application scenarios, continuously increasing 5G technology research and development efforts, focusing on building a 5G security guarantee system',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://training-fly.com/tech/techgd/20200324/t20200324_525028349.shtml',
        title: '央廣網 (reprint) – 工信部發布關于推動5G加快發展的通知',
        quote:
          '央廣網北京3月24日消息 今天(24日),工信部發布關于推動5G加快發展的通知,明確加快5G網絡建設部署、豐富5G技術應用場景、加大5G技術研發力度、構建5G安全保障體系、加強組織實施等5個方面18條具體舉措。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://www.channelnewsasia.com/news/business/china-s-it-ministry-calls-for-faster-5g-network-rollout---government-document-12571290',
        title: 'CNA (Reuters) – China\'s IT ministry calls for faster 5G network rollout – government document',
        quote:
          "2020-03-24 China's IT ministry calls for faster 5G network rollout - government document … China's Ministry of Industry and Information Technology (MIIT) has called for the 5G network to be built faster to minimise the impact of the coronavirus, according to a document published on Tuesday.",
        supports: ['promulgated'],
      },
    ],
  },

  // ───────────── Payment acceptance terminals (PBOC, 银发〔2021〕259号) ─────────────
  {
    id: 'document:pboc-notice-on-strengthening-management-of-payment-acceptance-terminals',
    name: 'Notice on Strengthening the Management of Payment Acceptance Terminals and Related Businesses',
    nameZh: '中国人民银行关于加强支付受理终端及相关业务管理的通知',
    aliases: [
      "Notice of the People's Bank of China on Strengthening the Management of Payment Acceptance Terminals and Related Businesses",
      "People's Bank of China Notice Concerning Strengthening Regulation of Payments Acceptance Terminals and Related Operations",
    ],
    zhShortNames: ['银发〔2021〕259号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2021-10-13',
    effective: '2022-03-01',
    code: '银发〔2021〕259号',
    summary:
      'PBOC notice on acquiring terminals, special merchants and acquiring monitoring that also brings payment QR codes under regulation, with rules on the use of personal collection codes, which may not be used for remote, non-face-to-face collection.',
    sources: [
      {
        url: 'https://dsb.cn/news-flash/85189.html',
        title: '电商报 – 2022年3月1日起 微信、支付宝收款码不能用于经营收款',
        quote:
          '2021-11-26 11:23:01 … 据悉,10月13日,央行发布《中国人民银行关于加强支付受理终端及相关业务管理的通知(银发〔2021〕259号)》,从支付受理终端业务管理、特约商户管理、收单业务监测三个方面入手,对收单机构和清算结构提出了一系列的管理要求。条码支付也被纳入监管,对个人收款条码的使用规范做出具体规定,并将于2022年3月1日起施行。',
        supports: ['nameZh', 'zhShortNames', 'code', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://ducksell.com/p/31069.html',
        title: 'ducksell.com – personal payment codes and the PBOC notice',
        quote:
          'on October 13, 2021, the central bank’s official website issued the "Notice of the People\'s Bank of China on Strengthening the Management of Payment Acceptance Terminals and Related Businesses (Yinfa [2021] No. 259)"',
        supports: ['name', 'aliases', 'promulgated'],
      },
      {
        url: 'https://thepaypers.com/mobile-payments/alipay-and-wechat-pay-to-launch-personal-business-qr-codes--1254891',
        title: 'The Paypers – Alipay and WeChat Pay to launch personal business QR codes',
        quote:
          'In October 2021 the Chinese central bank issued its ‘People’s Bank of China Notice Concerning Strengthening Regulation of Payments Acceptance Terminals and Related Operations’. The notice, scheduled to come into effect on 1 March 2022 … The notice also prohibits the use of personal QR codes for long-distance, non-face-to-face payments receipts',
        supports: ['name', 'aliases', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Open source technology in finance (PBOC and four others, October 2021) ─────────────
  {
    id: 'document:opinions-on-standardizing-application-and-development-of-open-source-technology-in-financial-industry',
    name: 'Opinions on Standardizing the Application and Development of Open Source Technology in the Financial Industry',
    nameZh: '关于规范金融业开源技术应用与发展的意见',
    aliases: ['Opinions Concerning the Standardisation of Financial Sector Open Sources Technology Application and Development'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['pboc', 'cac', 'miit', 'csrc'],
    summary:
      'Opinions of the PBOC, CAC, MIIT and the banking and securities regulators on how financial institutions use open source technology: secure, controllable and compliant use, planned within their IT development and governed by a management system.',
    sources: [
      {
        url: 'https://www.chinabankingnews.com/2021/10/22/chinese-central-bank-pushes-for-development-and-standardisation-of-open-source-technology-in-finance-sector/',
        title: 'China Banking News – Chinese Central Bank Pushes for Development and Standardisation of Open Source Technology in Finance Sector',
        quote:
          'The “Opinions Concerning the Standardisation of Financial Sector Open Sources Technology Application and Development” (关于规范金融业开源技术应用与发展的意见) was recently issued by a group of five central government agencies, including PBOC, the Cyberspace Administration of China (CAC), the Ministry of Industry and Information Technology (MIIT), and the banking and securities regulators.',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://www.equalocean.com/briefing/20211020230088351',
        title: 'EqualOcean – central bank and other departments issue opinions on open source technology in finance',
        quote:
          'Oct 20, 2021 06:11 PM (GMT+8) · EqualOcean\nFinancial Associated Press, October 20 - the central bank and other five departments jointly issued the opinions on standardizing the application and development of open source technology in the financial industry.',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://www.cititic.com/news/mm/1655850-20211020.htm',
        title: '上海证券报 (via cititic.com) – 人民银行等五部门联合发布关于规范金融业开源技术应用与发展的意见',
        quote:
          '人民银行办公厅、中央网信办秘书局、工业和信息化部办公厅、银保监会办公厅、证监会办公厅联合发布关于规范金融业开源技术应用与发展的意见以下简称意见 … 意见要求金融机构在使用开源技术时,应遵循安全可控、合规使用、问题导向、开放创新等原则',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://www.egsea.com/news/detail?id=991274',
        title: '证券时报·e公司 – 央行等五部门:鼓励金融机构将开源技术应用纳入自身信息化发展规划',
        quote:
          'e公司讯,央行等五部门联合发布《关于规范金融业开源技术应用与发展的意见》。《意见》鼓励金融机构将开源技术应用纳入自身信息化发展规划,加强对开源技术应用的组织管理和统筹协调,建立健全开源技术应用管理制度体系',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
];
