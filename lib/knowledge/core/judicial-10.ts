import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

/**
 * Judicial documents that China TMT pages cite and the graph lacked: the SPC's 2025 provisions on
 * the internet courts' jurisdiction (法释〔2025〕14号), the SPC/SPP/MPS 2025 opinions on the crime of
 * assisting information network criminal activities (帮信罪), the SPP's 2021 provisions on handling
 * cybercrime cases, the SPC's evidence rules for IP civil cases (2020) and for civil cases (2019
 * amendment, electronic data), its 2018 provisions on act preservation in IP disputes, the 2020
 * opinions on cross-border gambling, the SPC's 2019 white paper on internet justice and its court
 * reform outline for 2024–2028.
 */
export const CORE_JUDICIAL_10: CoreInstrument[] = [
  // The SPC's 2025 interpretation that redrew the internet courts' jurisdiction (法释〔2025〕14号).
  {
    id: 'document:spc-provisions-on-jurisdiction-of-internet-courts',
    name: 'Provisions of the Supreme People\'s Court on the Jurisdiction of Internet Courts',
    nameZh: '最高人民法院关于互联网法院案件管辖的规定',
    aliases: ['Provisions by the Supreme People\'s Court on the Jurisdiction of Internet Courts over Cases'],
    zhShortNames: ['关于互联网法院案件管辖的规定', '法释〔2025〕14号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2025-09-15',
    promulgated: '2025-09-29',
    effective: '2025-11-01',
    summary:
      'SPC interpretation (4 articles) that gives the internet courts four new kinds of online cases (data, personal information and privacy, virtual property, online unfair competition) and takes away five older ones, replacing the 2018 provisions’ list.',
    relations: [
      { type: 'amends', target: 'document:spc-provisions-on-trial-of-cases-by-internet-courts', source: 2 },
      { type: 'based_on', target: 'document:civil-procedure-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://afdip.com/China_IP_Laws/Others/Judicial_Interpretations/2025/1118/2176.html',
        title: 'AFD China Intellectual Property',
        quote:
          'Provisions by the Supreme People\'s Court on the Jurisdiction of Internet Courts over Cases\nJudicial Interpretation (2025) No. 14\n(Adopted at the 1957th session of the Judicial Committee of the Supreme People\'s Court on September 15, 2025, issued on September 29, 2025, and takes effect as of November 1, 2025) … these Provisions are formulated in accordance with the Civil Procedure Law of the People\'s Republic of China, the Administrative Procedure Law of the People\'s Republic of China, and other relevant legal provisions',
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.mondaq.com/china/media-telecoms-it-entertainment/1694686/%E6%9C%80%E9%AB%98%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2%E5%8F%91%E5%B8%83%E4%BA%92%E8%81%94%E7%BD%91%E6%B3%95%E9%99%A2%E6%A1%88%E4%BB%B6%E7%AE%A1%E8%BE%96%E8%A7%84%E5%AE%9A',
        title: 'Mondaq – 最高人民法院发布互联网法院案件管辖规定',
        quote:
          '最高人民法院今日发布《最高人民法院关于互联网法院案件管辖的规定》（法释〔2025〕14号，以下简称《规定》），对互联网法院案件管辖范围作出调整完善。《规定》自2025年11月1日起施行。 … 《规定》共4条，明确了互联网法院的案件管辖范围、协议管辖规则、上诉审理机制等',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://lawivy.com/?p=69330',
        title: 'Lawivy',
        quote:
          'On October 10, 2025, China’s Supreme People’s Court (SPC) released the Provisions of the Supreme People’s Court on the Jurisdiction of Internet Courts (最高人民法院关于互联网法院案件管辖的规定) effective November 1, 2025. The 2025 Provisions amend the 2018 Provisions by removing Internet Courts’ jurisdiction over five types of cases',
        supports: ['name', 'nameZh', 'issuers', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.leetsai.com/interpretation-of-the-provisions-of-the-supreme-peoples-court-on-the-jurisdiction-of-internet-courts-mainland-china',
        title: 'Lee and Li – Leetsai',
        quote:
          'the Supreme People’s Court, on 15 September 2025, deliberated and adopted the Provisions of the Supreme People’s Court on the Jurisdiction of Internet Courts (hereinafter the “Provisions”), which shall come into force on 1 November 2025.',
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://new.newschinamag.com/newschina/articleDetail.do?article_id=8365&magazine_id=120&section_id=13',
        title: 'NewsChina',
        quote:
          'Most importantly, the courts will handle four new types of cases: those related to the ownership and infringement of internet data, cases related to online personal information and privacy, cases related to the ownership, infringement and contract dispute of virtual assets, and online disputes related to unfair competition.',
        supports: ['summary'],
      },
    ],
  },
  // The SPC/SPP/MPS opinions of July 2025 on the crime of assisting information network criminal activities (帮信罪).
  {
    id: 'document:spc-spp-mps-opinions-on-assisting-information-network-criminal-activities-2025',
    name: 'Opinions on Issues Related to Handling Criminal Cases Involving Assistance in Information Network Crime Activities',
    nameZh: '关于办理帮助信息网络犯罪活动等刑事案件有关问题的意见',
    aliases: ['Opinions of the Supreme People\'s Court, the Supreme People\'s Procuratorate, and the Ministry of Public Security on Issues Related to Handling Criminal Cases Involving Assistance in Information Network Crime Activities'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    promulgated: '2025-07-28',
    summary:
      'SPC/SPP/MPS opinions (16 articles in five parts) on the crime of assisting information network criminal activities: when a helper “knows”, when dealing in phone and bank cards is “serious”, and how the crime differs from concealing proceeds and fraud.',
    sources: [
      {
        url: 'https://article.wn.com/view/WNAT1e94d5958095ab5ff6a0cfebf45f950c',
        title: 'WN (World News)',
        quote:
          '记者从28日在最高人民法院召开的发布会上了解到,最高人民法院、最高人民检察院、公安部《关于办理帮助信息网络犯罪活动等刑事案件有关问题的意见》(以下简称《意见》)今天正式发布。',
        supports: ['nameZh', 'status', 'issuers'],
      },
      {
        url: 'http://www.outlooknewera.com.cn/pcen/info_view.php?VID=68057&tab=mynews',
        title: 'Outlook New Era',
        quote:
          'On July 28th, the Supreme People\'s Court held a press conference and released the "Opinions of the Supreme People\'s Court, the Supreme People\'s Procuratorate, and the Ministry of Public Security on Issues Related to Handling Criminal Cases Involving Assistance in Information Network Crime Activities" (hereinafter referred to as the "Opinions"). It is reported that the "Opinions" consist of five parts and sixteen articles',
        supports: ['name', 'aliases', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1147439948899684352',
        title: 'Reportify (summary of China Securities Journal)',
        quote:
          'Core Viewpoint - The Supreme People\'s Court, the Supreme People\'s Procuratorate, and the Ministry of Public Security have issued opinions on handling criminal cases related to aiding information network crimes, emphasizing the importance of both punishment and prevention in combating telecom and internet fraud [1][2]. … 坚持惩治与预防相结合依法打击帮信犯罪\nZhong Guo Zheng Quan Bao·2025-07-28 21:05',
        supports: ['issuers', 'promulgated'],
      },
      {
        url: 'http://www.aimeiyan.net/27689.html',
        title: 'aimeiyan.net (reprint of China News Service)',
        quote:
          '中国最高人民法院、最高人民检察院、公安部28日联合发布关于办理帮助信息网络犯罪活动等刑事案件有关问题的意见,此举旨在进一步严密刑事法网,加大刑事追诉力度,瓦解电信网络诈骗等犯罪的生存根基。 … 此次发布的意见共16条,就依法认定帮信犯罪、坚持综合治理等问题进行规定。其中明确帮信罪的主观明知认定规则,涉“两卡”(电话卡、银行卡)帮信罪的“情节严重”认定标准,以及帮信罪与掩隐罪、诈骗罪等关联犯罪共犯的区分规则',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://en.spp.gov.cn/cyberspacegovernance.html',
        title: 'Supreme People’s Procuratorate (English)',
        quote:
          'A new legal document jointly issued by the SPC, the SPP and the MPS reiterated the sustainable and strong crackdown on individuals who assist cybercrimes, with targeted measures to address issues involving juveniles.',
        supports: ['issuers', 'summary'],
      },
    ],
  },
  // The SPP’s 2021 rules for procuratorates handling cybercrime cases.
  {
    id: 'document:spp-provisions-on-handling-cybercrime-cases',
    name: 'Provisions on Handling Cybercrime Cases by the People\'s Procuratorates',
    nameZh: '人民检察院办理网络犯罪案件规定',
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spp'],
    adopted: '2020-12-14',
    promulgated: '2021-01-22',
    summary:
      'SPP rules for procuratorates handling cybercrime cases (crimes against or by means of information networks and their upstream and downstream crimes): guidance on evidence collection and case review and the review of electronic data.',
    sources: [
      {
        url: 'http://chinajusticeobserver.com/a/spp-strengthens-cyberspace-governance',
        title: 'China Justice Observer',
        quote:
          'to issue the Provisions on Handling Cybercrime Cases by the People’s Procuratorates (人民检察院办理网络犯罪案件规定) (hereinafter referred to as “the Provisions”) … For the Provisions, "cybercrime" refers to crimes committed against information networks, crimes committed by making use of information networks, and other upstream and downstream crimes. The Provisions strengthens the regulation on the handling of cybercrime cases by the procuratorates in several aspects: the guidance on evidence collection and case review, the review of electronic data',
        supports: ['name', 'nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://www.drxsfd.com/xf/xx2.asp?bh=9455',
        title: 'drxsfd.com (窦振东刑事辩护)',
        quote:
          '《人民检察院办理网络犯罪案件规定》已经2020年12月14日最高人民检察院第十三届检察委员会第五十七次会议通过,现印发你们,请结合实际,认真贯彻落实。 … 第一条 为规范人民检察院办理网络犯罪案件,维护国家安全、网络安全、社会公共利益,保护公民、法人和其他组织的合法权益,根据《中华人民共和国刑事诉讼法》《人民检察院刑事诉讼规则》等规定,结合司法实践,制定本规定。',
        supports: ['nameZh', 'status', 'issuers', 'adopted', 'relations'],
      },
      {
        url: 'http://xsba.vip/sfjs/ljsy/fy-wlfz2021-1.htm',
        title: 'xsba.vip (刑事备案)',
        quote:
          '2021年1月22日,最高人民检察院发布《人民检察院办理网络犯罪案件规定》(以下简称《规定》)。',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
    ],
  },
  // The SPC’s 2020 evidence rules for IP civil litigation (法释〔2020〕12号).
  {
    id: 'document:spc-provisions-on-evidence-in-ip-civil-litigation',
    name: 'Several Provisions on Evidence in Civil Litigation Involving Intellectual Property Rights',
    nameZh: '最高人民法院关于知识产权民事诉讼证据的若干规定',
    aliases: ['Provisions of the Supreme People\'s Court on Evidence in Intellectual Property-Related Civil Litigations', 'Provisions on Evidence in Civil Litigation of Intellectual Property Rights', 'Several Provisions on Evidence in Civil Litigation of Intellectual Property Rights', 'Several Provisions of the Supreme People\'s Court on Evidence in Civil Procedures Involving Intellectual Property Rights'],
    zhShortNames: ['关于知识产权民事诉讼证据的若干规定', '法释〔2020〕12号', '知产证据规定'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2020-11-09',
    promulgated: '2020-11-16',
    effective: '2020-11-18',
    summary:
      'SPC interpretation (33 articles) on evidence in IP civil cases: it eases IP right holders’ burden of proof, streamlines formal requirements for evidence from outside China and introduces penalties for obstructing evidence.',
    relations: [
      { type: 'based_on', target: 'document:civil-procedure-law', source: 0 },
    ],
    sources: [
      {
        url: 'http://www.yogoip.com/news_view.aspx?typeid=5&id=911&fid=t2:5:2',
        title: '粤高知识产权 (Yogo IP)',
        quote:
          '11月16日,最高人民法院发布《关于知识产权民事诉讼证据的若干规定》(以下简称《知产证据规定》),该司法解释将于2020年11月18日施行。 … 《最高人民法院关于知识产权民事诉讼证据的若干规定》已于2020年11月9日由最高人民法院审判委员会第1815次会议通过,现予公布,自2020年11月18日起施行。 … 法释〔2020〕12号 … 为保障和便利当事人依法行使诉讼权利,保证人民法院公正、及时审理知识产权民事案件,根据《中华人民共和国民事诉讼法》等有关法律规定,结合知识产权民事审判实际,制定本规定。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.internationallawoffice.com/Newsletters/Intellectual-Property/China/Wanhuida-Intellectual-Property/Promulgation-of-provisions-on-evidence-in-IP-rights-civil-litigation',
        title: 'International Law Office – Wanhuida Intellectual Property',
        quote:
          'On 16 November 2020 the Supreme People\'s Court promulgated Several Provisions on Evidence in Civil Litigation Involving Intellectual Property Rights. The provisions came into force on 18 November 2020.\n\nThe 33-article provisions alleviate the burden of proof on IP rights holders and streamline the formal requirements for evidence sourced outside China. They also introduce penalties for evidence obstruction and touch on:',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://webiis06.mondaq.com/china/trade-secrets/1011964/provisions-of-the-supreme-people39s-court-on-evidence-in-intellectual-property-related-civil-litigations-take-effect-on-november-18-2020?type=related',
        title: 'Mondaq',
        quote:
          'On November 9, 2020, the Supreme People\'s Court approved the Provisions of the Supreme People\'s Court on Evidence in Intellectual Property-Related Civil Litigations (hereinafter referred to as the "Provisions"). The Provisions took effect on November 18, 2020.',
        supports: ['aliases', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/supreme-court-issues-rules-on-evidence-in-ip-litigation',
        title: 'China Justice Observer',
        quote:
          'On 16 Nov., the Supreme People\'s Court promulgated the Several Provisions on Evidence in Civil Litigation of Intellectual Property Rights (the Provisions, 关于知识产权民事诉讼证据的若干规定), which will enter into force on 18 Nov. 2020.',
        supports: ['aliases', 'nameZh', 'zhShortNames', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinaipcourts.com/2020/11/',
        title: 'China IP Courts',
        quote:
          'On November 16, 2020, the Chinese Supreme Court issued the “Provisions on Evidence in Civil Litigation of Intellectual Property Rights”. This judicial interpretation will be effective as of November 18, 2020.',
        supports: ['aliases', 'kind', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.borsamip.com/Policyfocus/2615.html',
        title: 'Borsam IP',
        quote:
          'On November 16, 2020, the Supreme People’s Court of the People’s Republic of China issued the Several Provisions of the Supreme People\'s Court on Evidence in Civil Procedures Involving Intellectual Property Rights (hereinafter referred to as the Several Provisions of IP Evidence).',
        supports: ['aliases', 'promulgated'],
      },
    ],
  },
  // The SPC’s first white paper on internet justice (December 2019).
  {
    id: 'document:spc-white-paper-chinese-courts-and-internet-judiciary',
    name: 'Chinese Courts and Internet Judiciary',
    nameZh: '中国法院的互联网司法',
    kind: 'report',
    status: 'final',
    issuers: ['spc'],
    summary:
      'SPC white paper on internet justice in Chinese courts: how courts use big data, artificial intelligence and other technologies in handling cases and serving litigants, and the judicial specialisation for the internet.',
    sources: [
      {
        url: 'https://chinaservicesinfo.com/s/201912/05/WS5de87cda498e7df3800efce8/white-paper-reveals-how-courts-are-using-internet-to-improve-efficiency.html',
        title: 'China Services Info (China Daily)',
        quote:
          'China\'s top court issued a white paper on courts\' achievements in judicial efficiency through internet on Wednesday.\nTitled "Chinese Courts and Internet Judiciary", the white paper, unveiled by the Supreme People\'s Court in Wuzhen, Zhejiang province, clarifies how courts nationwide use advanced technologies, including big data and artificial intelligence, in case handlings and how they offer convenience for litigants by improving legal services.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://docslib.org/doc/12289906/indd-1-2019-11-27-10-21-54',
        title: 'DocsLib',
        quote:
          '中国法院的互联网司法 / 中华人民共和国最高人民法院 编. -- 北京:人民法院出版社, 2019.12',
        supports: ['nameZh', 'issuers'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/chinese-courts-and-internet-judiciary',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Chinese Courts and Internet Judiciary\nContents\nPreface.\nI. Overall Development of Internet Judiciary.\nII. Strengthening the Judicial Specialization for the Internet.',
        supports: ['name', 'summary'],
      },
    ],
  },
  // The SPC/SPP/MPS 2020 opinions on cross-border (including online) gambling (公通字〔2020〕14号).
  {
    id: 'document:spc-spp-mps-opinions-on-cross-border-gambling-offences',
    name: 'Opinions on Several Issues Concerning Handling Cross-border Gambling Offences',
    nameZh: '关于办理跨境赌博犯罪案件若干问题的意见',
    zhShortNames: ['办理跨境赌博犯罪案件若干问题的意见', '公通字[2020]14号'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    summary:
      'SPC/SPP/MPS opinions on cross-border gambling offences, addressing Chinese citizens’ gambling in overseas casinos and with online gambling groups and the rise of cross-border online gambling.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-cracks-down-on-cross-border-gambling',
        title: 'China Justice Observer',
        quote:
          'On 26 Nov. 2020, the Supreme People\'s Court, the Supreme People\'s Procuratorate and the Ministry of Public Security jointly issued the Opinions on Several Issues Concerning Handling Cross-border Gambling Offences (“the Opinions”, 办理跨境赌博犯罪案件若干问题的意见) (Gong Tong Zi [2020] No. 14).\n\n\nThe Opinions mainly address the issues of Chinese citizens’ gambling in overseas casinos and online gambling groups, as well as the increase in cross-border online gambling offences',
        supports: ['name', 'zhShortNames', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://m.falvchangshi.com/tags/183045.html',
        title: '法律常识 (falvchangshi.com)',
        quote:
          '2020年10月16日,最高人民法院、最高人民检察院、公安部联合印发《关于办理跨境赌博犯罪案件若干问题的意见》(以下简称《意见》),对于依法惩治跨境赌博等犯罪活动,维护我国经济安全、社会稳定,具有重要指导意义。',
        supports: ['nameZh', 'status', 'issuers'],
      },
      {
        url: 'http://criminallaw.com.cn/article/?id=18038',
        title: '中国刑事法律网 (criminallaw.com.cn)',
        quote:
          '最高人民法院、最高人民检察院、公安部办理跨境赌博犯罪案件若干问题的意见\n\n2020/12/19\n\n公通字[2020]14号',
        supports: ['zhShortNames', 'issuers'],
      },
    ],
  },
  // The SPC’s court reform plan for 2024–2028.
  {
    id: 'document:peoples-courts-sixth-five-year-reform-outline-2024-2028',
    name: 'Sixth Five-Year Reform Outline of the People\'s Courts (2024-2028)',
    nameZh: '人民法院第六个五年改革纲要(2024—2028年)',
    aliases: ['Outline of the Sixth Five-Year Reform Program of the People\'s Court (2024-2028)', 'Outline of the Sixth Five Year Reform of the People\'s Courts'],
    zhShortNames: ['人民法院第六个五年改革纲要'],
    kind: 'plan',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2024-12-26',
    summary:
      'SPC court-reform plan for 2024–2028 (45 reform items in nine areas); among them it calls for a judicial protection system for data rights and adjudication rules for online infringement, AI, algorithm and data unfair-competition cases.',
    sources: [
      {
        url: 'https://cheyaohuoban.com/article/a2644978P.html',
        title: 'cheyaohuoban.com (reprint of 财联社)',
        quote:
          '②完善涉网络侵权、人工智能、算法和涉数据不正当竞争等新类型案件的裁判规则。\n\n财联社12月26日讯,最高人民法院发布《人民法院第六个五年改革纲要(2024—2028年)》。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://aibase.com/news/14282',
        title: 'AIbase',
        quote:
          'The Supreme People\'s Court has released the "Sixth Five-Year Reform Outline of the People\'s Courts (2024-2028)." … Improving the judicial protection system for data rights, including the establishment of adjudication rules for determining data property ownership, market transactions, rights distribution, and interest protection.\n\nImproving adjudication rules for new types of cases involving online infringement, artificial intelligence, algorithms, and unfair competition related to data',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://app.smartappnet.net/tr/news/detail/8425808',
        title: 'smartappnet.net',
        quote:
          'On December 26, the Supreme People’s Court issued the Outline of the Sixth Five-Year Reform Program of the People’s Court (2024-2028) (hereinafter referred to as the “Outline”).',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://outlooknewera.com/en/info_view.php?VID=60474&tab=mynews',
        title: 'Outlook New Era',
        quote:
          'The Supreme People\'s Court held a press conference today to release the "Outline of the Sixth Five Year Reform of the People\'s Courts" (hereinafter referred to as the "Outline"), which was officially issued and implemented on December 26th. … The main tasks include 9 aspects and 45 items.',
        supports: ['aliases', 'kind', 'status', 'promulgated', 'summary'],
      },
    ],
  },
  // The SPC’s civil evidence rules (2001, amended 2019), which define electronic data.
  {
    id: 'document:spc-provisions-on-evidence-in-civil-procedures',
    name: 'Provisions of the Supreme People\'s Court on Evidence in Civil Procedures',
    nameZh: '最高人民法院关于民事诉讼证据的若干规定',
    aliases: ['Provisions on Evidence for Civil Proceedings', 'Several Provisions of the Supreme People\'s Court on Evidence for Civil Actions'],
    zhShortNames: ['关于民事诉讼证据的若干规定', '民事证据规定'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    effective: '2002-04-01',
    amended: ['2020-05-01'],
    summary:
      'SPC rules of evidence in civil cases, in effect since 2002; the 2019 amendment (in force 1 May 2020) lists the kinds of electronic data and sets rules for reviewing and determining it.',
    sources: [
      {
        url: 'https://www.leetsai.com/arbitration-litigation/provisions-of-the-supreme-peoples-court-on-evidence-in-civil-proceduresmainland-china',
        title: 'Lee and Li – Leetsai',
        quote:
          'The Supreme People’s Court released the Decision of the Supreme People’s Court on Amending the Provisions on Evidence in Civil Procedures (the “Civil Evidence Provisions of 2019”), which will go into effect on May 1, 2020. … The Civil Evidence Provisions of 2019 also enumerate the scope of electronic data and stipulate the rules regarding the review and determination of electronic data.',
        supports: ['name', 'kind', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://globallitigationnews.bakermckenzie.com/2020/04/17/prc-supreme-peoples-court-releases-revised-rules-of-evidence-for-civil-proceedings/',
        title: 'Baker McKenzie – Global Litigation News',
        quote:
          'On 25 December 2019, the PRC Supreme People’s Court (“SPC”) released the amended Provisions on Evidence for Civil Proceedings (“Amended Evidence Rules”), which will come into force on 1 May 2020, replacing the old evidence rules that have been in effect since 2002.',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://kw-legal.com/?p=9903',
        title: 'KW Legal',
        quote:
          'The “Several Provisions of the Supreme People\'s Court on Evidence for Civil Actions” (2019 Amendment) will come into force on May 1, 2020.',
        supports: ['aliases', 'amended'],
      },
      {
        url: 'https://www.110.com/ziliao/article-818324.html',
        title: '110法律咨询网',
        quote:
          '《最高人民法院关于民事诉讼证据的若干规定》(以下简称《民事证据规定》)自2002年4月1日实施,迄今已近十八年',
        supports: ['nameZh', 'zhShortNames', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://finet.hk/newscenter/print_content/5ea234dbbde0b33df4740200',
        title: '財華香港網 (Finet)',
        quote:
          '新修正的《最高人民法院关于民事诉讼证据的若干规定》将于2020年5月1日起施行。此前,2019 年12 月 26 日,最高人民法院发布了《最高人民法院关于修改<关于民事诉讼证据的若干规定>的决定》,该决定将于今年 5 月 1 日生效。\n其中细化了电子数据的种类',
        supports: ['nameZh', 'zhShortNames', 'amended', 'summary'],
      },
    ],
  },
  // The SPC’s 2018 interpretation on act preservation (interim injunctions) in IP and competition disputes (法释〔2018〕21号).
  {
    id: 'document:spc-provisions-on-act-preservation-in-ip-disputes',
    name: 'Provisions of the Supreme People\'s Court on Several Issues concerning the Application of Law in Reviewing Act Preservation Cases involving Intellectual Property Disputes',
    nameZh: '最高人民法院关于审查知识产权纠纷行为保全案件适用法律若干问题的规定',
    aliases: ['Provisions on Application of Laws in Adjudication of Action Preservation Cases Involving Intellectual Property Disputes', 'Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Review of Act Preservation in Intellectual Property Disputes'],
    zhShortNames: ['关于审查知识产权纠纷行为保全案件适用法律若干问题的规定', '法释〔2018〕21号', '法释[2018]21号', '行为保全规定'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2018-11-26',
    promulgated: '2018-12-12',
    effective: '2019-01-01',
    summary:
      'SPC interpretation (21 articles) on act preservation (interim injunctions) in IP and unfair competition disputes, including what counts as irreparable harm.',
    relations: [
      { type: 'based_on', target: 'document:civil-procedure-law', source: 0 },
    ],
    sources: [
      {
        url: 'http://www.focustax.cn/home/index/article?id=8588&types=1',
        title: 'FocusTax (focustax.cn)',
        quote:
          '法释[2018]21号 最高人民法院关于审查知识产权纠纷行为保全案件适用法律若干问题的规定\n发文时间:2018-12-12 … 《最高人民法院关于审查知识产权纠纷行为保全案件适用法律若干问题的规定》已于2018年11月26日由最高人民法院审判委员会第1755次会议通过,现予公布,自2019年1月1日起施行。 … 根据《中华人民共和国民事诉讼法》《中华人民共和国专利法》《中华人民共和国商标法》《中华人民共和国著作权法》等有关法律规定,结合审判、执行工作实际,制定本规定。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.hfiplaw.cn/details/20508.html',
        title: 'HFIP Law (hfiplaw.cn)',
        quote:
          '2018年11月26日,最高人民法院审判委员会第1755次全体会议讨论通过了《关于审查知识产权纠纷行为保全案件适用法律若干问题的规定》(法释〔2018〕21号,以下简称《行为保全规定》)。《行为保全规定》共有21条,自2019年1月1日起施行。',
        supports: ['zhShortNames', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.afdip.com/index.php?ac=article&at=read&did=4316',
        title: 'AFD China Intellectual Property',
        quote:
          'Provisions of the Supreme People\'s Court on Several Issues concerning the Application of Law in Reviewing Act Preservation Cases involving Intellectual Property Disputes\n\nJudicial Interpretation [2018] No. 21',
        supports: ['name', 'kind', 'issuers'],
      },
      {
        url: 'https://prod.hsf-prod.magnolia-platform.com/notes/arbitration/2018-12/spc-issues-provisions-on-action-preservation-in-ip-rights-disputes',
        title: 'Herbert Smith Freehills – Arbitration notes',
        quote:
          'The Provisions on Application of Laws in Adjudication of Action Preservation Cases Involving Intellectual Property Disputes (Fa Shi [2018] No. 21) (Provisions) were published on 12 December 2018 and take effect on 1 January 2019. … Article 10, which elaborates on the concept of "irreparable harm" under Article 101 of the 2017 CPL in cases related to IP Rights or unfair competition.',
        supports: ['aliases', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.panawell.com/?relatedxqen/tid/301/id/326.html',
        title: 'Panawell',
        quote:
          'The Provisions of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Review of Act Preservation in Intellectual Property Disputes has been approved by the 1755th conference of the judicial committee of the Supreme People\'s Court on 26 November 2018, and is hereby announced to be enacted from 1 January 2019.',
        supports: ['aliases', 'adopted', 'effective'],
      },
    ],
  },
];

/** Other names pages use for judicial entries the core layer already holds; index.ts merges them with `withOtherNames`. */
export const OTHER_NAMES_JUDICIAL_10: CoreOtherNames[] = [
  {
    // Pages name the SPC's first guiding cases on data rights by the batch's number.
    id: 'document:spc-guiding-cases-on-judicial-protection-of-data-rights',
    aliases: ['47th batch of guiding cases', '47th set of guiding cases'],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china%e2%80%99s-top-court-defines-legal-boundaries-for-data-rights',
        title: 'China Justice Observer – China’s Top Court Defines Legal Boundaries for Data Rights',
        quote:
          "On 28 Aug. 2025, China’s Supreme People's Court (SPC) released its 47th batch of guiding cases, marking the first time China’s top court has issued a set specifically focused on the judicial protection of data rights.",
        supports: ['aliases'],
      },
      {
        url: 'https://www.changtsi.com/news/insight/3866.html',
        title: 'CHANG TSI – A New Breakthrough: China Releases Its First Guiding Cases on Data Rights Protection',
        quote:
          'Recently, the Supreme People’s Court of China released the 47th set of guiding cases. This marks the first batch of guiding cases specifically concerning the judicial protection of data rights',
        supports: ['aliases'],
      },
    ],
  },
];
