import type { CoreAuthority, CoreCase, CoreInstrument } from './types';

/**
 * PRC documents and a body that pages on online recruitment, online literature, the publication of
 * judgments and the procuratorates' cyber work cite and the graph lacked: the State Council's Interim
 * Regulations on the Human Resources Market (Order No. 700) and the MOHRSS provisions on online
 * recruitment made under them (Order No. 44); the NPPA's 2020 notice on online literature publishing
 * (国新出发〔2020〕11号); the SPC's 2016 provisions on publishing judgments on the internet (Fa Shi [2016] No. 19);
 * the SPP's 2023 opinions on the procuratorates' cyber rule-of-law work; and the Information
 * Department of the Ministry of Foreign Affairs (外交部新闻司).
 *
 * Left out: the SPC's ten "中国互联网司法典型案例" of December 2019 and the first of them, Fuzhou Jiunong
 * Trading v. Shanghai Xunmeng Information Technology (福州九农贸易有限公司诉上海寻梦信息技术有限公司网络服务合同纠纷),
 * and the Hubei measures on the publicity of administrative law enforcement (湖北省行政执法公示办法(试行)), which no
 * stored page names besides the pages that cite them; the draft Regulations on Non-bank Payment
 * Institutions of January 2021 (非银行支付机构条例(征求意见稿)), for which no clean page gives the title;
 * MIIT's interpretation of its 2023 app filing notice; and the Anhui bodies a press conference page
 * names (the provincial government, its information office and data resources administration, the
 * provincial people's congress standing committee and party committee, the Digital Jianghuai leading
 * group), the SPP's Procuratorial Committee, the Xiaoting District and Yichang procuratorates and the
 * SPC's judicial reform office, for which no stored page other than a content farm or the citing page
 * gives the full name. The English title "Provisional Regulations on Human Resources Market" appears
 * only on machine-translated content farms, so it is not an alias here.
 */
export const CORE_RESERVED_27: CoreInstrument[] = [
  // ───────────── Interim Regulations on the Human Resources Market (国务院令第700号) ─────────────
  {
    id: 'document:interim-regulations-for-human-resources-market',
    name: 'Interim Regulations for the Human Resources Market',
    nameZh: '人力资源市场暂行条例',
    aliases: ['Interim Regulation on Human Resources Market'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2018-05-02',
    promulgated: '2018-06-29',
    effective: '2018-10-01',
    code: '国务院令第700号',
    summary:
      'China’s first administrative regulation on job hunting, recruitment and human resources services: public and for-profit service institutions (the latter licensed), truthful recruitment information, and supervision by the human resources and social security departments.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=317604&lib=law',
        title: 'PKULaw (北大法宝) – Interim Regulation on Human Resources Market 人力资源市场暂行条例',
        quote:
          "Interim Regulation on Human Resources Market [Effective]\n人力资源市场暂行条例 [现行有效]\n【法宝引证码】\n\nOrder of the State Council \n\n国务院令\n\n(No. 700) (第700号)\n\nThe Interim Regulation on Human Resources Market, which has been adopted on the 7th Executive Meeting of the State Council on May 2nd, 2018, is hereby issued and shall come into force as of October 1st, 2018. 《人力资源市场暂行条例》已经2018年5月2日国务院第7次常务会议通过,现予公布,自2018年10月1日起施行。\nPremier Li Keqiang 总理 李克强\nJune 29, 2018 2018年6月29日",
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3295311-T.html?eng=0',
        title: 'LexisNexis China – Interim Regulations for the Human Resources Market',
        quote:
          "Interim Regulations for the Human Resources Market\n\nOrder of the State Council of the People's Republic of China No.700\n\nJune 29, 2018\n\nInterim Regulations for the Human Resources Market adopted at the seventh executive meeting of the State Council on May 2, 2018 are hereby promulgated for implementation as of October 1, 2018.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://jendow.com.tw/wiki/%E4%BA%BA%E5%8A%9B%E8%B3%87%E6%BA%90%E5%B8%82%E5%A0%B4%E6%9A%AB%E8%A1%8C%E6%A2%9D%E4%BE%8B',
        title: '中文百科 – 人力資源市場暫行條例',
        quote:
          '中華人民共和國國務院令 第700號\n\n《人力資源市場暫行條例》已經2018年5月2日國務院第7次常務會議通過,現予公布,自2018年10月1日起施行。\n\n總理 李克強\n\n2018年6月29日',
        supports: ['nameZh', 'code', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.globaltimes.cn/content/1121591.shtml',
        title: 'Global Times – Provisional regulation on human resources market to take effect Monday',
        quote:
          "It is China's first administrative regulation on job hunting, hiring and associated services in the human resources market.\n\n\n\nThe regulation provides comprehensive provisions on concerns such as service providers, market activities, supervision and legal responsibilities.\n\n\n\nIt stipulates that information, such as recruitment numbers, hiring conditions, job descriptions and location, as well as basic labor remunerations published by employers or provided to human resources services, should be true and lawful.",
        supports: ['summary'],
      },
      {
        url: 'http://english.www.gov.cn/policies/latest_releases/2018/07/17/content_281476225815628.htm',
        title: 'english.gov.cn – Govt to further regulate human resources market',
        quote:
          'Currently, the two major types of institutions that provide human resources service are public and profitable human resource institutions. Profitable institutions can only start their intermediary business after obtaining permission from human resource and social insurance administrations.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── MOHRSS: online recruitment services (人力资源社会保障部令第44号) ─────────────
  {
    id: 'document:provisions-on-administration-of-online-recruitment-services',
    // English title translated: no stored English page names it (only machine-translated content
    // farms and the page that cites it write this title).
    name: 'Provisions on the Administration of Online Recruitment Services',
    nameZh: '网络招聘服务管理规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mohrss'],
    adopted: '2020-12-07',
    promulgated: '2020-12-18',
    effective: '2021-03-01',
    code: '人社部令第44号',
    summary:
      'The first departmental rule on online recruitment services: market entry, service norms, supervision and liability for human resources service institutions that recruit through online platforms, their own websites or other online services, made under the Interim Regulations on the Human Resources Market.',
    relations: [{ type: 'based_on', target: 'document:interim-regulations-for-human-resources-market', source: 0 }],
    sources: [
      {
        url: 'https://m.9pinw.com/law11483.html',
        title: '9pinw.com – 网络招聘服务管理规定',
        quote:
          '中华人民共和国人力资源和社会保障部令\n\n第44号\n\n《网络招聘服务管理规定》已经2020年12月7日人力资源社会保障部第54次部务会审议通过,现予公布,自2021年3月1日起施行。\n\n部 长  张纪南\n\n2020年12月18日\n\n网络招聘服务管理规定\n\n第一章  总则\n\n第一条 为了规范网络招聘服务,促进网络招聘服务业态健康有序发展,促进就业和人力资源流动配置,根据《中华人民共和国就业促进法》《中华人民共和国网络安全法》《中华人民共和国电子商务法》《人力资源市场暂行条例》《互联网信息服务管理办法》等法律行政法规,制定本规定。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://m.9pinw.com/law11483.html',
        title: '9pinw.com – 网络招聘服务管理规定',
        quote:
          '第二条 本规定所称网络招聘服务,是指人力资源服务机构在中华人民共和国境内通过互联网等信息网络,以网络招聘服务平台平台内经营自建网站或者其他网络服务方式,为劳动者求职和用人单位招用人员提供的求职招聘服务。',
        supports: ['summary'],
      },
      {
        url: 'http://www.boyin0.com/rbj_zcfg/rbj_zcwj/202102/t20210201_709922.html',
        title: 'boyin0.com – 转发《网络招聘服务管理规定》的通知',
        quote:
          '現將《網絡招聘服務管理規定》(人社部令第44號)轉發給你們,並提出以下意見,請認真貫徹落實:\n一、切實提高認識\n《網絡招聘服務管理規定》(以下簡稱《規定》)是我國網絡招聘服務領域第一部部門規章,對網絡招聘服務准入條件、服務規範、監督管理、法律責任等作出規定。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'code', 'summary'],
      },
    ],
  },

  // ───────────── NPPA: online literature publishing (国新出发〔2020〕11号) ─────────────
  {
    id: 'document:notice-on-further-strengthening-management-of-online-literary-publications',
    name: 'Notice on Further Strengthening Management of Online Literary Publications',
    nameZh: '关于进一步加强网络文学出版管理的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['nppa'],
    promulgated: '2020-06-05',
    code: '国新出发〔2020〕11号',
    summary:
      'The NPPA’s 2020 notice on online literature publishing: content review led by an editor-in-chief, real-name registration of authors, management of rankings and comments, and social-benefit assessments of online literature publishers by the publishing authorities.',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/online-literature-regulation/print/',
        title: 'China Law Translate – General Administration of Press and Publication Notice on Further Strengthening Management of Online Literary Publications',
        quote:
          'Promulgation Date: 2020-6-5\nTitle: General Administration of Press and Publication Notice on Further Strengthening Management of Online Literary Publications\nDocument Number:国新出发〔2020〕11号\nExpiration date: \nPromulgating Entities: National Press and Publication Administration',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'code'],
      },
      {
        url: 'http://300163.com/a/xinwenjiaodian/2020/0615/1175.html',
        title: '300163.com (澎湃新闻) – 国家新闻出版署:严格实行网络文学创作者实名注册制度',
        quote:
          '新华社北京6月15日消息,近日,国家新闻出版署印发《关于进一步加强网络文学出版管理的通知》,要求规范网络文学行业秩序,加强网络文学出版管理,引导网络文学出版单位始终坚持正确出版导向,坚持把社会效益放在首位,坚持高质量发展,努力以精品奉献人民,推动网络文学繁荣健康发展。',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://u.osu.edu/mclc/2020/06/20/online-lit-to-see-tighter-regulation/',
        title: 'MCLC Resource Center (China Daily) – Online lit to see tighter regulation',
        quote:
          'Recently, the National Press and Publication Administration issued a notice on further strengthening the administration of online literature publication. … Implementation of a real-name registration system for online literature creators was required by the notice, which also asks for strengthening the dynamic management of rankings and reviews for online works.\n\nThe notice requires each level of managing departments in publishing to review the social benefits of online literature publishers.',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'https://ity-alu.com/xfzg202006/t20200618_4700.html',
        title: 'ity-alu.com – 国新出发〔2020〕11号',
        quote:
          '国新出发〔2020〕11号\n各省、自治区、直辖市新闻出版局,各网络文学出版单位: … 一、建立健全内容审核机制。网络文学出版单位须设立总编辑,建立健全编辑委员会,强化内容把关职责,总编辑对涉及内容导向问题的事项具有否决权,对发布作品的内容质量负总责。',
        supports: ['code', 'summary'],
      },
    ],
  },

  // ───────────── SPC: publication of judgments on the internet (法释〔2016〕19号) ─────────────
  {
    // The 2016 provisions replaced the SPC's provisions of the same Chinese title of 2013
    // (法释〔2013〕26号, in force from 1 January 2014); this entry is the 2016 text.
    id: 'document:spc-provisions-on-online-issuance-of-judgment-documents-by-peoples-courts',
    name: "Provisions of the Supreme People's Court on the Online Issuance of Judgment Documents by People's Courts",
    nameZh: '最高人民法院关于人民法院在互联网公布裁判文书的规定',
    aliases: ["Supreme People's Court Provisions on People's Courts Release of Judgments on the Internet"],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2016-07-25',
    promulgated: '2016-08-29',
    effective: '2016-10-01',
    summary:
      'The SPC’s rules on publishing judgments on the internet: China Judgments Online as the single platform, the judgments, rulings and other documents that must be published, and those that are not published (state secrets, minors’ crimes, divorce).',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-2927700-T.html?eng=0',
        title: "LexisNexis China – Provisions of the Supreme People's Court on the Online Issuance of Judgment Documents by People's Courts",
        quote:
          "Provisions of the Supreme People's Court on the Online Issuance of Judgment Documents by People's Courts\n\nFa Shi [2016] No.19\n\nAugust 29, 2016\n\nProvisions of the Supreme People's Court on the Online Issuance of Judgment Documents by People's Courts, which were adopted at the 1689th meeting of the Judicial Committee of the Supreme People's Court on July 25, 2016, are hereby promulgated for implementation as of October 1, 2016.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/the-supreme-peoples-court-provisions-on-peoples-courts-release-of-judgments-on-the-internet/',
        title: "China Law Translate – The Supreme People's Court Provisions on People's Courts Release of Judgments on the Internet",
        quote:
          "The Supreme People's Court Provisions on People's Courts Release of Judgments on the Internet\n\n 【Issuing Body】Supreme People's Court\n 【Issuance Number】Legal Interpretation (2016) No. 19\n 【Date of Issue】2016-08-29\n 【Effective Date】2016-10-01\n 【Expiration Date】\n 【Document Type】Judicial Interpretation … Article 2: China Judgments Online is the uniform platform for the nation's courts' publication of judgment documents.",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://wb.lhrb.com.cn/html/2016-08/31/content_19686.htm',
        title: '临海日报 (中新网) – 最高法裁判文书公开相关情况发布会',
        quote:
          '8月30日,最高法举办裁判文书公开相关情况发布会,介绍《最高人民法院关于人民法院在互联网公布裁判文书的规定(修订)》(以下简称《规定》)主要内容。 … 《规定》还明确要求,“离婚诉讼的裁判文书或者涉及未成年子女抚养、监护”的裁判文书不上网公开。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'http://renminbao.com/rmb/articles/2016/8/31/64076pb.html',
        title: '人民報 – 最高法的這個規定10月1日起施行',
        quote:
          '2016年7月25日,最高法院審判委員會第1689次會議通過了《最高人民法院關於人民法院在互聯網公布裁判文書的規定》,2016年8月29日公布,自2016年10月1日起施行。 … 人民法院作出的裁判文書有下列情形之一的,不在互聯網公布\n\n(一)涉及國家秘密的;\n\n(二)未成年人犯罪的;',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── SPP: procuratorates' cyber rule-of-law work (2023) ─────────────
  {
    id: 'document:spp-opinions-on-strengthening-cyber-rule-of-law-work-of-procuratorial-organs-in-new-era',
    name: 'Opinions on Strengthening the Network Rule of Law Work of Procuratorial Organs in the New Era',
    nameZh: '关于加强新时代检察机关网络法治工作的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['spp'],
    summary:
      'The SPP’s 2023 opinions in 21 articles under six headings on the procuratorates’ part in cyber law-making, enforcement, adjudication, legal awareness, research and staff: punishing cybercrime, protecting minors online and joining the revision of the Cybersecurity Law and other laws.',
    sources: [
      {
        url: 'http://lwxsd.com/en/info_view.php?tab=mynews&VID=36951',
        title: 'lwxsd.com – Strengthening the Cyber Rule of Law Work of Prosecutorial Organs in the New Era',
        quote:
          'Recently, the Supreme People\'s Procuratorate issued the "Opinions on Strengthening the Network Rule of Law Work of Procuratorial Organs in the New Era" (hereinafter referred to as the "Opinions").',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://news.cqnews.net/1/detail/1098274875684605952/web/content_1098274875684605952.html',
        title: '华龙网 (法治网) – 最高检印发《关于加强新时代检察机关网络法治工作的意见》',
        quote:
          '最高检印发《关于加强新时代检察机关网络法治工作的意见》\n\n来源:法治网2023-04-19\n\n近日,最高人民检察院印发《关于加强新时代检察机关网络法治工作的意见》(以下简称《意见》)。《意见》共6方面21条,围绕党的二十大关于健全网络综合治理体系的重要部署,结合检察履职实际,从网络立法、执法、司法、普法以及法治研究、队伍建设等方面,对加强新时代检察机关网络法治工作提出具体要求。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://m.shbear.com/dt/2023/0419/63481.html',
        title: 'shbear.com (中国青年报) – 最高检印发《关于加强新时代检察机关网络法治工作的意见》',
        quote:
          '本报北京4月18日电(中青报·中青网记者 韩飏)近日,最高人民检察院印发《关于加强新时代检察机关网络法治工作的意见》(以下简称《意见》)。 … 《意见》要求,要积极参与网络立法制定修订工作,配合立法机关和行业主管部门,推动制定修订网络安全法、网络犯罪防治法、反不正当竞争法、未成年人网络保护条例等法律法规,提供司法实践样本,提出立法意见建议。',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://hepan.com/article-61800-1.html',
        title: 'hepan.com – 最高检印发《关于加强新时代检察机关网络法治工作的意见》',
        quote:
          '《意见》指出,要充分发挥司法办案职能,依法严厉打击利用网络实施的危害国家安全犯罪,依法加大对危害计算机信息系统安全、数据安全犯罪的惩治力度,全链条惩治人民群众反映强烈的网络犯罪,依法保护和规范数字技术、数字产业和数字市场,大力加强网络空间未成年人权益的综合司法保护,切实维护网络空间安全和服务数字经济健康发展。',
        supports: ['summary'],
      },
    ],
  },
];

/** No case could be sourced beyond the page that cites it (see the note above). */
export const CORE_CASES_RESERVED_27: CoreCase[] = [];

/** Bodies the gazetteer lacked. */
export const CORE_AUTHORITIES_RESERVED_27: readonly CoreAuthority[] = [
  // The MFA department that holds the ministry's regular press conferences; its director and deputy
  // directors are the spokespersons.
  {
    slug: 'mfa-information-department',
    // English name as China Daily and others write it for "the ministry's Information Department".
    name: 'Information Department of the Ministry of Foreign Affairs',
    nameZh: '外交部新闻司',
    kind: 'ministry',
    sources: [
      {
        url: 'https://www.chinadaily.com.cn/a/202002/25/WS5e548abca31012821727a1af.html',
        title: 'China Daily – Ministry gets new spokesman',
        quote:
          "Zhao Lijian is the Foreign Ministry's 31st spokesperson. … He was appointed deputy director-general of the ministry's Information Department in 2019.",
        supports: ['name'],
      },
      {
        url: 'http://chengpou.com.mo/dailynews/243016.html',
        title: '澳門正報 (中新社) – 毛寧任中國外交部新聞司司長',
        quote:
          '【中新社北京1月15日電】中國外交部官網信息顯示,毛寧已任外交部新聞司司長。 … 外交部新聞司主要職責為承擔發佈中國重要外交活動信息、闡述中國對外政策工作',
        supports: ['nameZh'],
      },
    ],
  },
];
