import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

/**
 * Judicial interpretations and court rules on the internet, telecoms and online content that China
 * TMT pages cite and the graph lacked: the SPC's 2001 interpretation on domain name disputes
 * (法释〔2001〕24号), the SPC/SPP interpretations of 2004 and 2010 on obscene electronic information
 * online (法释〔2004〕11号 and its sequel (二)), the SPC's online mediation rules (法释〔2021〕23号) and
 * online operation rules (法发〔2022〕8号), its 2016 provisions on online judicial auctions
 * (法释〔2016〕18号), and further SPC/SPP documents on telecoms, radio, online fraud and platforms.
 */
export const CORE_JUDICIAL_22: CoreInstrument[] = [
  // The SPC's 2001 interpretation on civil disputes over domain names (法释〔2001〕24号).
  {
    id: 'document:spc-interpretation-on-computer-network-domain-name-civil-disputes',
    name: "Interpretation of the Supreme People's Court on Application of Laws in the Trial of Civil Disputes over Domain Names of Computer Network",
    nameZh: '最高人民法院关于审理涉及计算机网络域名民事纠纷案件适用法律若干问题的解释',
    aliases: [
      'Interpretations of Several Issues Relating to the Application of Law in Adjudication of Cases of Civil Disputes over Domain Names',
      'Several Issues Concerning the Application of Law to the Trial of Civil Dispute Cases Involving Computer Network Domain Names Interpretation',
    ],
    zhShortNames: ['关于审理涉及计算机网络域名民事纠纷案件适用法律若干问题的解释', '法释〔2001〕24号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2001-06-26',
    promulgated: '2001-07-17',
    effective: '2001-07-24',
    summary:
      'SPC interpretation on civil disputes over registering and using domain names: which courts hear them, and the four conditions under which a domain name infringes a mark or is unfair competition.',
    sources: [
      {
        url: 'https://covid-19.chinadaily.com.cn/regional/2010-08/11/content_11139947.htm',
        title: 'China Daily – 最高人民法院关于审理涉及计算机网络域名民事纠纷案件适用法律若干问题的解释',
        quote:
          '中华人民共和国最高人民法院公告\n\n《最高人民法院关于审理涉及计算机网络域名民事纠纷案件适用法律若干问题的解释》已于2001年6月26日由最高人民法院审判委员会第1182次会议通过。现予公布,自2001年7月24日起施行。\n\n二○○一年七月十七日 … 法释〔2001〕24号',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://shndlaw.com/index.php/post/1642',
        title: 'Application of Laws in the Trial of Civil Disputes over Domain Names of Computer Network',
        quote:
          "· Level of Authority: Judicial Interpretation\n· Date issued:07-17-2001\n· Effective Date:07-24-2001\n· Issuing Authority: Supreme People's Court\n· Status: Effective\nAnnouncement of the Supreme People's Court of the People's Republic of China\nThe Interpretation of the Supreme People's Court on Application of Laws in the Trial of Civil Disputes over Domain Names of Computer Network has been adopted at the 1182nd meeting of the Judicial Committee of the Supreme People's Court on June 26, 2001, and is hereby promulgated and shall come into force on July 24, 2001.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.ccpit-patent.com.cn/node/1105',
        title: 'CCPIT Patent & Trademark Law Office – Resolution of Internet Domain Name Disputes',
        quote:
          "The Supreme People's Court issued the Interpretations of Several Issues Relating to the Application of Law in Adjudication of Cases of Civil Disputes over Domain Names on June 26, 2001 and it came into force on July 24, 2001. … Domain name disputes are under the jurisdiction of the intermediate people's court of the place where the defendant has its domicile or where the infringing act is committed. … an act of registration or use of domain name constitutes infringement or unfair competition, if the following four criteria are satisfied simultaneously",
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2001/09/01/several-issues-concerning-the-application-of-law-to-the-trial-of-civil-dispute-cases-involving-computer-network-domain-names-interpretation',
        title: 'China Law & Practice – Several Issues Concerning the Application of Law to the Trial of Civil Dispute Cases Involving Computer Network Domain Names Interpretation',
        quote:
          "Several Issues Concerning the Application of Law to the Trial of Civil Dispute Cases Involving Computer Network Domain Names Interpretation\n关于审理涉及计算机网络域名民事纠纷案件适用法律若干问题的解释\n(Promulgated by the Supreme People's Court on July 17 2001 and effective as if July 24 2001.)",
        supports: ['aliases', 'zhShortNames', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },

  // The SPC/SPP 2004 interpretation on obscene electronic information online (法释〔2004〕11号).
  {
    id: 'document:spc-spp-interpretation-on-obscene-electronic-information-criminal-cases',
    name: 'Interpretation of Some Questions on Concretely Applicable Law in Handling Criminal Cases of Using the Internet or Mobile Communication Terminals and Voicemail Platforms to Produce, Reproduce, Publish, Peddle or Disseminate Obscene Electronic Information',
    nameZh: '最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释',
    zhShortNames: ['法释〔2004〕11号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2004-09-03',
    effective: '2004-09-06',
    summary:
      'SPC/SPP interpretation on when producing, copying, publishing, selling or spreading obscene electronic information over the internet, mobile terminals or voice-service lines is a crime, with thresholds such as the number of clicks on a pornographic website.',
    sources: [
      {
        url: 'https://www.5law.cn/html/20099/2009917105042670.shtml',
        title: '中国法律网 – 最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释',
        quote:
          '(法释〔2004〕11号)  \n\n中华人民共和国最高人民法院公告  \n\n《最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释》已于2004年9月1日由最高人民法院审判委员会第1323次会议、2004年9月2日由最高人民检察院第十届检察委员会第26次会议通过,现予公布,自2004年9月6日起施行。  \n\n二○○四年九月三日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2004/09/09/interpretation-of-some-questions-on-concretely-applicable-law-in-handling-criminal-cases-of-using-the-internet-or-mobile-communication-terminals-and-voicemail-platforms-to-produce-reproduce-publish-2/',
        title: 'China Copyright and Media – Interpretation of Some Questions on Concretely Applicable Law in Handling Criminal Cases of Using the Internet or Mobile Communication Terminals and Voicemail Platforms to Produce, Reproduce, Publish, Peddle or Disseminate Obscene Electronic Information',
        quote:
          'The “Supreme People’s Court and Supreme People’s Procuratorate Interpretation of Some Questions on Concretely Applicable Law in Handling Criminal Cases of Using the Internet or Mobile Communication Terminals and Voicemail Platforms to Produce, Reproduce, Publish, Peddle or Disseminate Obscene Electronic Information” has been passed on the 1323rd meeting of the Supreme People’s Court Trial Committee Meeting on 1 September 2004, by the 26th meeting of the 10th Procuratorate Committee of the Supreme People’s Procuratorate, is hereby promulgated, and takes effect on 6 September 2004\n\n(FS No. (2004)11)\n\n3 September 2004',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://global.chinadaily.com.cn/english/doc/2004-09/06/content_371938.htm',
        title: 'China Daily – Porn producers face severe punishment',
        quote:
          "China's Supreme People's Court and Supreme People's Procuratorate jointly\nissued the interpretations Sunday on the application of law in handling criminal\ncases concerning the production, duplication, publication, sales and\ndissemination of electronic pornographic materials through the Internet, mobile\ncommunication terminals and phone-sex services. They will take effect Monday.\nIf a pornographic website has been clicked for more than 250,000 times, the\ncase would be considered \"very severe\"",
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // The SPC/SPP 2010 sequel (II) on obscene electronic information (法释〔2010〕3号).
  {
    id: 'document:spc-spp-interpretation-ii-on-obscene-electronic-information-criminal-cases',
    name: "Interpretation (II) of the Supreme People's Court and the Supreme People's Procuratorate of Several Issues on the Specific Application of Law in the Handling of Criminal Cases about Producing, Reproducing, Publishing, Selling and Disseminating Pornographic Electronic Information via the Internet, Mobile Communication Terminals and Sound Message Stations",
    nameZh: '最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释(二)',
    aliases: [
      'Supreme People’s Court and Supreme People’s Procuratorate Interpretation of Some Questions on Concretely Applicable Law in Handling Criminal Cases of Using the Internet or Mobile Communication Terminals and Voicemail Platforms to Produce, Reproduce, Publish, Peddle or Disseminate Obscene Electronic Information (II)',
    ],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2010-02-02',
    effective: '2010-02-04',
    summary:
      'Second SPC/SPP interpretation on producing and spreading obscene electronic information via the internet, mobile terminals and voice-message platforms: conviction and sentencing standards, including for the chain of interests behind such crimes.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=126782&lib=law',
        title: 'PKULAW – Interpretation (II) of the SPC and the SPP on pornographic electronic information',
        quote:
          "The Interpretation (II) of the Supreme People's Court and the Supreme People's Procuratorate of Several Issues on the Specific Application of Law in the Handling of Criminal Cases about Producing, Reproducing, Publishing, Selling and Disseminating Pornographic Electronic Information via the Internet, Mobile Communication Terminals and Sound Message Stations, adopted at the 1,483rd session of the Judicial Committee of the Supreme People's Court on January 18, 2010 … is hereby promulgated, and shall come into force on February 4, 2010.\n \n《最高人民法院、最高人民检察院关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释(二)》",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2010/02/20/notice-concerning-doing-the-work-related-to-studying-and-propagating-the-supreme-peoples-court-and-supreme-peoples-procuratorate-interpretation-of-some-questions-on-concretely-applicable-law-in/',
        title: 'China Copyright and Media – MII notice on studying the SPC/SPP Interpretation (II)',
        quote:
          'The “Supreme People’s Court and Supreme People’s Procuratorate Interpretation of Some Questions on Concretely Applicable Law in Handling Criminal Cases of Using the Internet or Mobile Communication Terminals and Voicemail Platforms to Produce, Reproduce, Publish, Peddle or Disseminate Obscene Electronic Information (II)” (FZ No. [2010]3, hereafter simply named “Interpretation (II)”) has been promulgated on 2 February 2010 and took effect on 4 February.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://xsba.vip/sfjs/ljsy/fy-yhdz2010-2.htm',
        title: '《解释(二)》理解与适用(最高人民检察院法律政策研究室)',
        quote:
          '2010年2月3日,最高人民法院、最高人民检察院联合发布了《关于办理利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释(二)》(以下简称《解释(二)》),于2月4日起施行。《解释(二)》针对利用互联网、移动通讯终端、声讯台制作、复制、出版、贩卖、传播淫秽电子信息刑事犯罪及其利益链条等问题,进一步明确了适用法律依据并规定了具体的定罪量刑标准。',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2010/02/20/notice-concerning-doing-the-work-related-to-studying-and-propagating-the-supreme-peoples-court-and-supreme-peoples-procuratorate-interpretation-of-some-questions-on-concretely-applicable-law-in/',
        title: 'China Copyright and Media – MII notice on studying the SPC/SPP Interpretation (II)',
        quote:
          'The “Interpretation (II)” is an important legal basis for severely punishing criminal activities of using Internet and mobile terminals to publish, reproduce, publish, peddle or disseminate obscene electronic information, and disseminating obscene audio information through voicemail platforms, etc. according to the law.',
        supports: ['summary'],
      },
    ],
  },

  // The SPC's online mediation rules (法释〔2021〕23号).
  {
    id: 'document:online-mediation-rules-of-peoples-courts',
    name: "Online Mediation Rules of the People's Courts",
    nameZh: '人民法院在线调解规则',
    aliases: ['People’s Courts Online Mediation Rules', 'Online Mediation Rules of People’s Courts'],
    zhShortNames: ['法释〔2021〕23号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2021-12-27',
    promulgated: '2021-12-30',
    effective: '2022-01-01',
    summary:
      'SPC interpretation (30 articles) on mediation conducted online through the people’s court mediation platform, before filing or during litigation: scope, mediators, procedure and conduct.',
    sources: [
      {
        url: 'https://en.hkhsfy.gov.cn/law/detail?id=519',
        title: 'Online Mediation Rules of the People\'s Courts (court English page)',
        quote:
          "Online Mediation Rules of the People's Courts\nThe Online Mediation Rules of the People’s Courts, as adopted at the 1,859th Session of the Adjudication Committee of the Supreme People’s Court on December 27, 2021, are hereby promulgated and shall take effect on January 1, 2022.\nThe Supreme People’s Court\nDecember 30, 2021\nFa Shi [2021] No. 23",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2%E5%9C%A8%E7%BA%BF%E8%B0%83%E8%A7%A3%E8%A7%84%E5%88%99/',
        title: 'China Law Translate – People’s Courts Online Mediation Rules',
        quote:
          "2021年12月30日\nLegal Interpretation [2021] No. 23\nPeople’s Courts Online Mediation Rules\nThe \"Online Mediation Rules of the People's Courts\", which were adopted at the 1859th meeting of the Judicial Committee of the Supreme People's Court on December 27, 2021, and will come into effect on January 1, 2022.",
        supports: ['name', 'aliases', 'kind', 'adopted', 'effective'],
      },
      {
        url: 'http://govwq.com/article/31339.html',
        title: '《人民法院在线调解规则》理解与适用(《人民司法》2022年第10期)',
        quote:
          '2021年12月27日,最高人民法院审判委员会第1859次会议审议通过《人民法院在线调解规则》(法释〔2021〕23号,以下简称《规则》),自2022年1月1日起施行。《规则》共30条,从司法解释层面对在线调解适用范围、人民法院在线调解内涵、在线调解组织和人员、在线调解程序、在线调解行为规范等作出规定',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-issues-online-operation-rules-for-courts',
        title: 'China Justice Observer – SPC Issues Online Operation Rules for Courts',
        quote:
          'On 17 June and 31 Dec. 2021, the SPC issued respectively the “Online Litigation Rules of People’s Courts” (hereinafter “the Litigation Rules”, 人民法院在线诉讼规则) and “Online Mediation Rules of People’s Courts” (hereinafter “the Mediation Rules”, 人民法院在线调解规则) respectively.',
        supports: ['aliases', 'nameZh', 'issuers'],
      },
    ],
  },

  // The SPC's online operation rules (法发〔2022〕8号).
  {
    id: 'document:online-operation-rules-of-peoples-courts',
    name: "Online Operation Rules of the People's Courts",
    nameZh: '人民法院在线运行规则',
    aliases: ['Online Operation Rules of People’s Courts'],
    zhShortNames: ['法发〔2022〕8号'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc'],
    adopted: '2021-12-30',
    promulgated: '2022-01-26',
    effective: '2022-03-01',
    summary:
      'SPC normative document on building, using and managing the courts’ information systems (smart courts) that support online litigation, mediation and enforcement; the third of the SPC’s online rules.',
    sources: [
      {
        url: 'https://en.hkhsfy.gov.cn/law/detail?id=521',
        title: 'Online Operation Rules of the People\'s Courts (court English page)',
        quote:
          "Online Operation Rules of the People's Courts\nThe Online Operation Rules of the People’s Courts, as adopted at the 1,861st Session of the Adjudication Committee of the Supreme People’s Court on December 30, 2021, are hereby promulgated and shall take effect on March 1, 2022.\nThe Supreme People’s Court\nJanuary 26, 2022",
        supports: ['name', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://dinulawfirm.com/home/information/details/176.html',
        title: '最高人民法院发布《人民法院在线运行规则》',
        quote:
          '法发〔2022〕8号\n最高人民法院\n关于印发《人民法院在线运行规则》的通知\n各省、自治区、直辖市高级人民法院,解放军军事法院,新疆维吾尔自治区高级人民法院生产建设兵团分院:\n《人民法院在线运行规则》已于2021年12月30日经最高人民法院审判委员会第1861次会议通过,现予以印发,自2022年3月1日起施行。\n最高人民法院\n2022年1月26日',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.ssipmc.com/article/16/892.html',
        title: '北京阳光知识产权调解中心 – 人民法院在线运行规则',
        quote:
          '2022年2月22日《人民法院在线运行规则》(2022年3月1日起施行)以规范性文件的形式予以发布,旨在指引人民法院运用互联网、大数据、云计算、移动互联、人工智能和区块链等信息技术,完善智慧法院信息系统,规范应用方式,强化运行管理,以在线方式满足人民群众多元化司法需求,高效支持审判执行活动。',
        supports: ['nameZh', 'kind', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-issues-online-operation-rules-for-courts',
        title: 'China Justice Observer – SPC Issues Online Operation Rules for Courts',
        quote:
          'On 22 Feb. 2022, the SPC issued the “Online Operation Rules of People’s Courts” (hereinafter “the Operation Rules”, 人民法院在线运行规则), with effect from 1 March 2022. … The Operation Rules mainly focuses on the internal management of the court, i.e. the development, application, management of information systems such as litigation platforms and mediation platforms.',
        supports: ['aliases', 'nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // The SPC's 2016 provisions on online judicial auctions (法释〔2016〕18号).
  {
    id: 'document:spc-provisions-on-online-judicial-auctions',
    name: "Provisions of the Supreme People's Court on Certain Issues Concerning Online Judicial Auctions of the People's Courts",
    nameZh: '最高人民法院关于人民法院网络司法拍卖若干问题的规定',
    aliases: ['Regulations on Online Auctions for Judicial Sales'],
    zhShortNames: ['法释〔2016〕18号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2016-05-30',
    promulgated: '2016-08-02',
    effective: '2017-01-01',
    summary:
      'SPC interpretation making online judicial auction the default way courts sell property by auction, with deposits of no more than 20% of the starting price and auctions lasting at least 24 hours.',
    sources: [
      {
        url: 'https://www.bjcourt.gov.cn/ssfw/yshjen/zgzxgk140.htm;jsessionid=node025ukeqnzkp0611hcr9qjm5ajw10889963.node0',
        title: 'Beijing Courts – Provisions of the Supreme People’s Court on Certain Issues Concerning Online Judicial Auctions of the People’s Courts',
        quote:
          "Fa Shi [2016] No. 18\n\nThe Provisions of the Supreme People’s Court on Certain Issues Concerning Online Judicial Auctions of the People‘s Courts was passed and adopted by the Judicial Committee of Supreme People‘s Court at its 1,685th meeting on May 30, 2016. It is hereby released and will be implemented from January 1, 2017.\n\nThe Supreme People’s Court\n\nAugust 2, 2016 … Article 2 Where the People’s court disposing property by auction, it shall do so by means of online judicial auction, except where laws, administrative regulations, and judicial interpretations stipulate that the property must be disposed of by other means",
        supports: ['name', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://yzcbk.com/caijingzixun/19489.html',
        title: '《关于人民法院网络司法拍卖若干问题的规定》的理解与适用(转载)',
        quote:
          '最高人民法院于2016年5月30日经最高人民法院审判委员会第1685次会议审议通过《最高人民法院关于人民法院网络司法拍卖若干问题的规定》(法释〔2016〕18号,以下简称《网拍规定》),自2017年1月1日起正式施行。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://ecns.cn/2016/08-04/221098.shtml',
        title: 'ECNS – judicial interpretation on online judicial auctions',
        quote:
          "A new judicial interpretation has been issued by the top court to regulate online judicial auctions.\nThe Regulations on Online Auctions for Judicial Sales, mapped out by the Supreme People's Court, will take effect on Jan 1. … The regulations stipulate that the deposit should not exceed 20 percent of the starting bidding price and each online auction is required to last at least 24 hours",
        supports: ['aliases', 'kind', 'issuers', 'summary'],
      },
    ],
  },
  // The SPC/SPP 2020 interpretation (III) on IP crimes (法释〔2020〕10号): trade secrets, copyright online.
  {
    id: 'document:spc-spp-interpretation-iii-on-ip-infringement-criminal-cases-2020',
    name: 'Interpretation on Several Issues concerning the Specific Application of Law in Handling Criminal Cases involving Intellectual Property Infringement (III)',
    nameZh: '最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)',
    aliases: [
      'Interpretations (III) on Certain Issues Relating to Specific Application of Law in the Handling of Criminal Cases of the Intellectual Property Rights Infringement',
      'Interpretation on Several Issues Concerning the Specific Application of Law in Handling Criminal Cases of Intellectual Property Infringement (III)',
    ],
    zhShortNames: ['关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)', '法释〔2020〕10号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2020-09-12',
    effective: '2020-09-14',
    summary:
      'SPC/SPP interpretation (12 articles) on IP crimes, among other things setting conviction and sentencing standards for the crime of infringing trade secrets.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/law/x/issues-handling-criminal-cases-involving-intellectual-property-infringement-iii-20200912/intro',
        title: 'China Laws Portal (CJO) – Interpretation on Several Issues concerning the Specific Application of Law in Handling Criminal Cases involving Intellectual Property Infringement (III) (2020)',
        quote:
          "Interpretation on Several Issues concerning the Specific Application of Law in Handling Criminal Cases involving Intellectual Property Infringement (III) (2020)\n\n关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)\n\nType of laws Judicial interpretation\n\nIssuing body Supreme People's Court , Supreme People's Procuratorate\n\nPromulgating date Sep 12, 2020\n\nEffective date Sep 14, 2020",
        supports: ['name', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://watson-band.com/en/cmsDetail_en.htm?from=industry&item.id=918f580c35264d9596ba01f9c0509e87',
        title: 'Watson & Band – SPC and SPP Release Judicial Interpretations for Handling Criminal Cases of IP Rights Infringement',
        quote:
          "Recently the Supreme People's Court (the \"SPC\") and the Supreme People's Procuratorate (the \"SPP\") jointly released the Interpretations (III) on Certain Issues Relating to Specific Application of Law in the Handling of Criminal Cases of the Intellectual Property Rights Infringement (the \"Interpretations\"), with effect from September 14, 2020 and on.\nThe Interpretations, consisting of 12 articles, mainly cover the following three aspects: (1) the first is to stipulate the conviction and sentencing standards for the crime of infringing on trade secrets",
        supports: ['aliases', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://cpahkltd.com/index.php?c=show&id=4691',
        title: 'China Patent Agent (H.K.) – SPC & SPP Invite Public Comments on Draft Judicial Interpretation Relating to Handling Criminal Cases of IP Infringement',
        quote:
          'The Supreme People’s Court (SPC) and the Supreme People’s Procuratorate (SPP) of China jointly published on 17 June 2020 the Interpretation on Several Issues Concerning the Specific Application of Law in Handling Criminal Cases of Intellectual Property Infringement (III) (Draft for Comment) [最高人民法院最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三) (征求意见稿)].',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://xn--9iqxfn9jtspjzb5wgw4t44f.com/yaxue/384.html',
        title: '正之源 – 最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)',
        quote:
          '【颁布时间】2020-9-12\n  2. 【标题】最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)\n  3. 【发文号】法释〔2020〕10号 … 《最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)》已于2020年8月31日最高人民法院审判委员会第1811次会议、2020年8月21日最高人民检察院第十三届检察委员会第四十八次会议通过,现予公布,自2020年9月14日起施行。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://jiangsulong.com/a/2020/0913/1599977982.html',
        title: '最高检网站 – 两高发布侵犯知识产权刑事案件司法解释(三)',
        quote:
          '9月13日 , 最高人民法院、最高人民检察院联合发布《最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)》(以下简称《解释》) , 自2020年9月14日起施行 。',
        supports: ['nameZh', 'issuers', 'effective'],
      },
    ],
  },

  // The SPC's 2010 interpretation on illegal fund-raising crimes (法释〔2010〕18号), amended in 2022 (法释〔2022〕5号) to cover online lending and virtual currency.
  {
    id: 'document:spc-interpretation-on-illegal-fund-raising-criminal-cases',
    name: "Interpretation of the Supreme People's Court of Several Issues on the Specific Application of Law in the Handling of Criminal Cases about Illegal Fund-raising",
    nameZh: '最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释',
    aliases: ['Interpretation of China’s Supreme People’s Court on Several Issues Concerning Specific Application of Law in the Trial of Illegal Fund-raising Criminal Cases'],
    zhShortNames: ['法释〔2010〕18号', '法释〔2022〕5号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2010-11-22',
    promulgated: '2010-12-13',
    effective: '2011-01-04',
    amended: ['2022-03-01'],
    summary:
      'SPC interpretation on illegal fund-raising crimes (illegal absorption of public deposits, fund-raising fraud); the 2022 amendment names online lending and virtual-currency trading as ways of illegally raising funds.',
    sources: [
      {
        url: 'http://lawinfochina.com/display.aspx?id=8523&lib=law',
        title: 'lawinfochina – Interpretation of the Supreme People’s Court of Several Issues on the Specific Application of Law in the Handling of Criminal Cases about Illegal Fund-raising [Revised]',
        quote:
          "Interpretation of the Supreme People's Court of Several Issues on the Specific Application of Law in the Handling of Criminal Cases about Illegal Fund-raising [Revised]\n最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释 [已被修订]\nAnnouncement of the Supreme People's Court of the People's Republic of China\nThe Interpretation of the Supreme People's Court of Several Issues on the Specific Application of Law in the Handling of Criminal Cases about Illegal Fund-raising, which was adopted at the 1,502nd session of the Judicial Committee of the Supreme People's Court on November 22, 2010, is hereby promulgated and shall come into force on January 4, 2011.\nDecember 13, 2010",
        supports: ['name', 'nameZh', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://hilawyer.cn/index.php/content-412',
        title: '法释〔2022〕5号 最高人民法院关于修改《最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释》的决定',
        quote:
          '法释〔2022〕5号 最高人民法院 关于修改《最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释》的决定 (2021年12月30日最高人民法院审判委员会第1860次会议通过,自2022年3月1日起施行) 根据刑法修改和司法实践,现决定对《最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释》(法释〔2010〕18号,以下简称《解释》)作如下修改: … 二、将第二条第八项修改为:“以网络借贷、投资入股、虚拟币交易等方式非法吸收资金的”',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.sxls.com/ffjzsfjs.html',
        title: '最高院关于审理非法集资刑事案件具体应用法律若干问题的解释',
        quote:
          '最高人民法院\n关于审理非法集资刑事案件具体应用法律若干问题的解释\n\n法释〔2022〕5号\n\n为依法惩治非法吸收公众存款、集资诈骗等非法集资犯罪活动,根据《中华人民共和国刑法》的规定,现就审理此类刑事案件具体应用法律的若干问题解释如下:',
        supports: ['zhShortNames', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-amends-judicial-interpretation-on-illegal-fundraising-crimes',
        title: 'China Justice Observer – SPC Amends Judicial Interpretation on Illegal Fundraising Crimes',
        quote:
          'On 24 Feb. 2022, China’s Supreme People’s Court (SPC) issued the “Decision to Amend the Interpretation of China’s Supreme People’s Court on Several Issues Concerning Specific Application of Law in the Trial of Illegal Fund-raising Criminal Cases” (hereinafter “the Decision”, 关于修改<最高人民法院关于审理非法集资刑事案件具体应用法律若干问题的解释>的决定) … It’s noteworthy that the Decision includes raising public money through virtual currency as illegal fund-raising.',
        supports: ['aliases', 'nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://www.chinadaily.com.cn/china/2011-01/05/content_11794513.htm',
        title: 'China Daily – China’s supreme court interprets illegal fundraising',
        quote:
          "BEIJING - China's Supreme People's Court Tuesday introduced judicial interpretations to clarify crimes which are applicable to illegal fundraising activities. … The judicial interpretations, aimed to fight such crimes, are effective from January 4.",
        supports: ['kind', 'issuers'],
      },
    ],
  },

  // The SPC's 2025 interpretation (II) on labour disputes (法释〔2025〕12号): mixed employment, non-competes, social insurance.
  {
    id: 'document:spc-interpretation-ii-on-labor-dispute-cases-2025',
    name: "Interpretation (II) of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Labour Dispute Cases",
    nameZh: '最高人民法院关于审理劳动争议案件适用法律问题的解释(二)',
    aliases: [
      'Interpretation II of the Supreme People’s Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases',
      'Interpretation on Issues of Application of the Law in the Trial of Labor Dispute Cases (2)',
    ],
    zhShortNames: ['关于审理劳动争议案件适用法律问题的解释(二)', '法释〔2025〕12号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2025-02-17',
    promulgated: '2025-07-31',
    effective: '2025-09-01',
    summary:
      'SPC interpretation (II) on labour disputes, covering among others mixed employment by affiliated companies and the invalidity of agreements not to pay social insurance premiums.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2025/09/08/interpretation-on-issues-of-application-of-the-law-in-the-trial-of-labor-dispute-cases-2',
        title: 'China Law & Practice – Interpretation on Issues of Application of the Law in the Trial of Labor Dispute Cases (2)',
        quote:
          'Interpretation on Issues of Application of the Law in the Trial of Labor Dispute Cases (2)\n关于审理劳动争议案件适用法律问题的解释 (二)\nAgreements avoiding payment of social insurance premiums are not valid / Promulgated: 2025-07-31 ; Effective: 2025-09-01\ntop cover\n(Promulgated by the Supreme People’s Court on July 31, 2025 and effective as of September 1, 2025.)\n(最高人民法院于二零二五年七月三十一日公布,自二零二五年九月一日起施行。)\nSPC Interpretation [2025] No.12\n法释〔2025〕12号',
        supports: ['aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://leglobal.law/2025/09/23/china-supreme-peoples-court-issued-their-interpretation-ii-on-several-issues-concerning-the-application-of-law-in-the-trial-of-labour-dispute-cases',
        title: 'L&E Global – China: Supreme People’s Court Issued their Interpretation (II) on Several Issues Concerning the Application of Law in the Trial of Labour Dispute Cases',
        quote:
          'On August 1, 2025, the Supreme People’s Court held a press conference at its All-Media Press Centre to formally release the Interpretation (II) of the Supreme People’s Court on Several Issues Concerning the Application of Law in the Trial of Labour Dispute Cases (the “Interpretation II”), together with six illustrative cases. The Interpretation II was adopted by the Adjudication Committee of the Supreme People’s Court at its 1,942nd meeting on February 17, 2025, and will enter into force on September 1, 2025.',
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.kw-legal.com/?p=20679',
        title: 'KW Legal – “Interpretation II of the Supreme People’s Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases” takes effect on September 1, 2025',
        quote:
          'On July 31, 2025, the Supreme People’s Court issued the “Interpretation II of the Supreme People’s Court on Several Issues Concerning the Application of Law in the Trial of Labor Dispute Cases” (Fa Shi 〔2025〕 No. 12), which will take effect on September 1, 2025. … “Confused” employment by affiliated companiesDetermination of labor relations',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://article.wn.com/view/WNATd2fcf5476abc0ff6eabb8274796b9181',
        title: 'WN – People Daily: 最高法发布劳动争议司法解释(二)',
        quote:
          '8月1日,最高人民法院发布《最高人民法院关于审理劳动争议案件适用法律问题的解释(二)》(以下简称《解释二》),自2025年9月1日起施行。《解释二》聚焦劳动者最关心最直接最现实的利益问题',
        supports: ['nameZh', 'issuers', 'effective'],
      },
    ],
  },
  // The SPC's 2020 interpretation (I) on labour disputes (法释〔2020〕26号), which merged the four earlier ones under the Civil Code.
  {
    id: 'document:spc-interpretation-i-on-labor-dispute-cases-2020',
    name: "Interpretation of the Supreme People's Court on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (I)",
    nameZh: '最高人民法院关于审理劳动争议案件适用法律问题的解释(一)',
    aliases: [
      'Interpretation (I) of the Supreme People’s Court on the Application of Law in Labor Dispute Trials',
      "Interpretation of the Supreme People's Court on the Application of Law in the Trial of Labor Dispute Cases (1)",
    ],
    zhShortNames: ['关于审理劳动争议案件适用法律问题的解释(一)', '法释〔2020〕26号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2020-12-25',
    promulgated: '2020-12-29',
    effective: '2021-01-01',
    summary:
      'SPC interpretation (54 articles) consolidating and replacing its four earlier labour-dispute interpretations, with rules such as the employee’s burden of proving overtime.',
    sources: [
      {
        url: 'http://en.jsjlawyer.com/a/articles/463.html',
        title: 'JSJ Lawyer – New Interpretation of the Supreme People’s Court on the Application of Law in the Trial of Labor Disputes',
        quote:
          "With the abolition of the Original Interpretations, the Supreme People’s Court also officially announced on December 29, 2020 the Interpretation of the Supreme People's Court on Issues Concerning the Application of Law in the Trial of Labor Dispute Cases (I) (Fa Shi [2020] No. 26) (the New Interpretation) to replace the Original Interpretations and become the new criterion for the people’s courts for labor dispute cases.",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.leetsai.com/general-corporate-incorporation/interpretation-i-of-the-supreme-peoples-court-on-the-application-of-law-in-labor-dispute-trials-mainland-china',
        title: 'Lee and Li – Interpretation (I) of the Supreme People’s Court on the Application of Law in Labor Dispute Trials (Mainland China)',
        quote:
          'On December 29, 2020, the Supreme People’s Court Decision on the Abolition of Some Judicial Interpretations and Related Normative Documents abolished the Interpretations (I through IV) of the Supreme People’s Court on the Application of Law in Labor Dispute Trials (the “Old Interpretations”), which are replaced with the new Interpretation (I) of the Supreme People’s Court on the Application of Law in the Labor Dispute Trials (the “New Interpretation”).  Consisting of 54 articles, the New Interpretation is a “four-in-one” integrated compilation of the Old Interpretations',
        supports: ['issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.leetsai.com/general-corporate-incorporation/interpretation-i-of-the-supreme-peoples-court-on-the-application-of-law-in-labor-dispute-trials-mainland-china',
        title: 'Lee and Li – Interpretation (I) of the Supreme People’s Court on the Application of Law in Labor Dispute Trials (Mainland China)',
        quote: 'Interpretation (I) of the Supreme People’s Court on the Application of Law in Labor Dispute Trials (Mainland China)',
        supports: ['aliases'],
      },
      {
        url: 'https://goldenhelm.cn/en/news_view.php?id=18',
        title: 'Golden Helm Law Firm – Interpretation of the Supreme People’s Court on the Application of Law in the Trial of Labor Dispute Cases (1)',
        quote:
          "The Interpretation of the Supreme People's Court on the Application of Law in the Trial of Labor Dispute Cases (1) was adopted at the 1825th meeting of the Judicial Committee of the Supreme People's Court on December 25, 2020. It is hereby promulgated and effective from January 1, 2021 Implement.\nSupreme People's Court\nDecember 29, 2020\nLaw Interpretation (2020) No. 26",
        supports: ['aliases', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://wxredian.com/art?id=7de0bf6c0ef4781a24db7bf5694cfedd',
        title: '最高人民法院关于审理劳动争议案件适用法律问题的解释(一) 第四十二条 条文理解',
        quote:
          '法释〔2020〕26号\n最高人民法院\n关于审理劳动争议案件适用法律问题的解释(一)\n(2020年12月25日最高人民法院审判委员会第1825次会议通过,自2021年1月1日起施行)\n第四十二条 劳动者主张加班费的,应当就加班事实的存在承担举证责任。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // The SPC's interpretation of the Civil Procedure Law (法释〔2015〕5号), which defines electronic data as evidence.
  {
    id: 'document:spc-interpretation-on-application-of-civil-procedure-law',
    name: "Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law of the People's Republic of China",
    nameZh: '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释',
    aliases: ["Interpretation of the Supreme People's Court Concerning the Application of the Civil Procedure Law of the People's Republic of China"],
    zhShortNames: ['法释〔2015〕5号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2014-12-18',
    promulgated: '2015-01-30',
    effective: '2015-02-04',
    summary:
      'SPC interpretation (552 articles in 23 chapters) applying the Civil Procedure Law; among much else it defines electronic data (e-mail, chat records, blogs, microblogs, text messages, electronic signatures, domain names) as evidence.',
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/content.php?lawid=2533770&eng=0',
        title: 'LexisNexis China – Interpretation of the Supreme People’s Court on the Application of the Civil Procedure Law of the People’s Republic of China',
        quote:
          "Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law of the People's Republic of China\nFa Shi [2015] No.5\n\nJanuary 30, 2015\n\nThe Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law of the People's Republic of China, adopted at the 1636th session of the Judicial Committee of the Supreme People's Court on December 18, 2014, is hereby promulgated for implementation as of February 4, 2015.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinalawandpractice.com/2015/03/16/supreme-peoples-court-interpretation-on-the-application-of-the-prc-civil-procedure-law',
        title: 'China Law & Practice – Supreme People’s Court, Interpretation on the Application of the «PRC Civil Procedure Law»',
        quote:
          'Promulgated: January 30 2015\nEffective: February 4 2015\n\nMain contents: The Interpretation defines the term “electronic data” to mean information generated through e-mail, electronic data exchange, online chat records, blogs, micro-blogs, short messaging, electronic signatures, domain names, etc. or stored on electronic media (Article 116).',
        supports: ['issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.xiaomilidoc.com/p-10910877.html',
        title: '最新《民事诉讼法》司法解释全文,共552条',
        quote:
          '《 最 高 人 民 法 院 关 于 适 用 〈 中 华 人 民 共 和 国 民 事诉 讼 法 〉 的 解 释 》 已 于 2014 年 12 月 18 日 由 最 高 人 民 法 院审 判 委 员 会 第 1636 次 会 议 通 过 , 现 予 公 布 , 自 2015 年 2月 4 日 起 施 行 。 最 高 人 民 法 院 2015 年 1 月 30 日 法 释 〔 2015〕 5 号 最 高 人 民 法 院 关 于 适 用 《 中 华 人 民 共 和国 民 事 诉 讼 法 》 的 解 释',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://m.briankreed.com/m/news/378194',
        title: '最高法发布民事诉讼法司法解释:网上聊天记录、微博等可作为证据',
        quote:
          '最高人民法院今日正式发布《关于适用〈中华人民共和国民事诉讼法〉的解释》,该司法解释显示,网上聊天记录、博客、微博客、手机短信、电子签名、域名等形成或者存储在电子介质中的信息可以视为民事案件中的证据。该司法解释将自2月4日起正式实施。\n\n据悉,这部共计23章、552条的司法解释',
        supports: ['kind', 'issuers', 'summary'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=03389d06-d639-40ed-a87d-90d5f90c23b8',
        title: 'Lexology – Supreme People’s Court Interpretation on the Application of the Civil Procedure Law',
        quote:
          'On January 30, 2015, the Supreme People\'s Court issued the Interpretation of the Supreme People\'s Court Concerning the Application of the Civil Procedure Law of the People\'s Republic of China (hereinafter, the "Interpretation"), which came into effect on February 4, 2015.\n\nConsisting of 552 articles, the Interpretation is the most lengthy judicial interpretation',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // The SPC's first guiding cases on labour disputes in new forms of employment (42nd batch, Nos. 237–240, December 2024).
  {
    id: 'document:spc-guiding-cases-on-labor-disputes-in-new-forms-of-employment',
    name: "Supreme People's Court Guiding Cases on Labor Disputes in New Forms of Employment",
    nameZh: '新就业形态劳动争议专题指导性案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    adopted: '2024-11-29',
    promulgated: '2024-12-20',
    summary:
      'The SPC’s 42nd batch of guiding cases (Nos. 237–240), its first on new forms of employment: identifying labour relationships of food-delivery riders, online streamers and ride-hailing drivers.',
    sources: [
      {
        url: 'http://hejicheng.cn/article/19961',
        title: '最高人民法院第 42 批指导性案例(新就业形态劳动争议专题)解读',
        quote:
          '最高人民法院第 42 批指导性案例(指导性案例 237 - 240 号,新就业形态劳动争议专题)编写工作组由最高人民法院研究室主任周加海、民一庭庭长陈宜芳牵头 … 编选了首批新就业形态劳动争议专题指导性案例。2024 年 11 月 29 日,最高人民法院第 1934 次审判委员会审议通过本批指导性案例,并于 2024 年 12 月 20 日发布',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'summary'],
      },
      {
        url: 'https://english.court.gov.cn/2025-05/15/c_1093204.htm',
        title: 'Supreme People’s Court – SPC releases exemplary cases on safeguarding rights and interests of workers in new forms of employment',
        quote:
          'In December 2024, the SPC issued the first batch of guiding cases involving disputes in new forms of employment, clarifying the standards for determining labor relationships in this sector.',
        supports: ['name', 'kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://bastillepost.com/global/article/4429166-chinas-supreme-court-issues-guiding-cases-to-protect-workers-rights-in-new-forms-of-employment',
        title: 'Bastille Post – China’s Supreme Court issues guiding cases to protect workers’ rights in new forms of employment',
        quote:
          "The Supreme People's Court (SPC) on Monday issued a batch of guiding cases to better protect the rights and interests of workers in new forms of employment, said an official of the SPC at a press conference in Beijing on Monday.\nThe cases involving food delivery riders, online streamers, and ride-hailing drivers, focus on the identification of labor relationships and some key issues in judicial practice.",
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // The SPC/SPP 2024 interpretation on money laundering, which names virtual-asset trading as a laundering method.
  {
    id: 'document:spc-spp-interpretation-on-money-laundering-criminal-cases-2024',
    name: 'Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Money Laundering',
    nameZh: '关于办理洗钱刑事案件适用法律若干问题的解释',
    aliases: ['Interpretation on Several Issues Concerning the Application of Laws in Handling Criminal Cases of Money Laundering'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2024-08-19',
    effective: '2024-08-20',
    summary:
      'SPC/SPP interpretation (13 articles) on money-laundering crimes: standards for identifying “self-laundering” and laundering for others, and transactions in virtual assets listed as a laundering method.',
    sources: [
      {
        url: 'https://cagd.gov.cn/v/2024/08/5559.html',
        title: '两高发布办理洗钱刑事案件司法解释',
        quote:
          '8月19日,最高人民法院、最高人民检察院联合召开新闻发布会,发布《关于办理洗钱刑事案件适用法律若干问题的解释》(以下简称《解释》),自2024年8月20日起施行。其中,将通过“虚拟资产”交易明确列为洗钱方式之一。 … 《解释》共13条,主要内容包括:一是明确“自洗钱”“他洗钱”犯罪的认定标准以及“他洗钱”犯罪主观认识的审查认定标准。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://qyfzyj.com/show.asp?id=779',
        title: '“两高”联合发布《关于办理洗钱刑事案件适用法律若干问题的解释》(北大法宝)',
        quote:
          '2024年8月19日,最高人民法院、最高人民检察院联合举行新闻发布会,发布“两高”《关于办理洗钱刑事案件适用法律若干问题的解释》,自2024年8月20日起施行。',
        supports: ['nameZh', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://english.dotdotnews.com/a/202408/20/AP66c4031fe4b0d645a76889c0.html',
        title: 'DotDotNews – China lists virtual asset transactions as money laundering method',
        quote:
          "China's Supreme People's Court and the Supreme People's Procuratorate jointly issued an explanation on several issues regarding the application of laws in handling money laundering criminal cases on Aug. 19, which listed the transaction of virtual assets as one of the money laundering methods, according to Xinhua News Agency.",
        supports: ['issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://binance.com/square/post/12461968194457',
        title: 'Binance Square – Wu Talks Blockchain',
        quote:
          'On the morning of August 19, the Supreme People\'s Court and the Supreme People\'s Procuratorate jointly held a press conference to release the "Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Money Laundering" (hereinafter referred to as the "Interpretation"). The "Interpretation" will come into effect on August 20, 2024.',
        supports: ['name', 'issuers', 'effective'],
      },
      {
        url: 'https://cryptomars.net/?p=5554',
        title: 'CryptoMars – China’s top judicial bodies on virtual assets and money laundering',
        quote:
          'The “Interpretation on Several Issues Concerning the Application of Laws in Handling Criminal Cases of Money Laundering,” effective August 20th, 2024, explicitly lists virtual asset transactions as a method of money laundering.',
        supports: ['aliases', 'effective', 'summary'],
      },
    ],
  },
  // The SPC's 2000 interpretation on disrupting the telecoms market (法释〔2000〕12号): unlicensed international and cross-strait telecom services.
  {
    id: 'document:spc-interpretation-on-disrupting-telecommunications-market-order-cases',
    name: "Interpretation of the Supreme People's Court on Several Issues Concerning the Specific Application of Law in the Trial of Cases of Disrupting the Order of Telecommunications Market Administration",
    nameZh: '最高人民法院关于审理扰乱电信市场管理秩序案件具体应用法律若干问题的解释',
    zhShortNames: ['法释〔2000〕12号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2000-04-28',
    promulgated: '2000-05-12',
    effective: '2000-05-24',
    summary:
      'SPC interpretation making it the crime of illegal business operation to run international or Hong Kong, Macao and Taiwan telecom services for profit without authorisation (by leasing international lines, private switching equipment or other means) where the case is serious.',
    sources: [
      {
        url: 'http://scxbls.com/ArticleShow.asp?cid=11&id=3774',
        title: '四川刑事辩护律师网 – 关于审理扰乱电信市场管理秩序案件具体应用法律若干问题的解释',
        quote:
          '最高人民法院关于审理扰乱电信市场管理秩序案件具体应用法律若干问题的解释\n【发布部门】最高人民法院\n【发文字号】法释[2000]12号\n【发布日期】2000.05.12\n【实施日期】2000.05.24\n【效力状况】现行有效\n【效力级别】司法解释\n为依法惩处扰乱电信市场管理秩序的犯罪活动,根据刑法的有关规定,现就审理这类案件具体应用法律的若干问题解释如下:\n第一条 违反国家规定,采取租用国际专线、私设转接设备或者其他方法,擅自经营国际电信业务或者涉港澳台电信业务进行营利活动,扰乱电信市场管理秩序,情节严重的,依照刑法第二百二十五条第(四)项的规定,以非法经营罪定罪处罚。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://law590.infoeach.com/view-NTkwfDYx.html',
        title: '法律资料网 – 最高人民法院关于审理扰乱电信市场管理秩序案件具体应用法律若干问题的解释',
        quote:
          '(2000年4月28日最高人民法院审判委员会第1113次会议通过)\n\n法释〔2000〕12号\n\n\n中华人民共和国最高人民法院公告\n\n  《最高人民法院关于审理扰乱电信市场管理秩序案件具体应用法律若干问题的解释》已于2000年4月28日由最高人民法院审判委员会第1113次会议通过。现予公布,自2000年5月24日起施行。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'effective'],
      },
    ],
  },

  // The SPC/SPP 2017 interpretation on radio communications crimes: “black broadcasting” and pseudo base stations.
  {
    id: 'document:spc-spp-interpretation-on-disrupting-radio-communications-order-cases',
    name: "Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases of Disrupting the Order of Radio Communications Administration",
    nameZh: '最高人民法院、最高人民检察院关于办理扰乱无线电通讯管理秩序等刑事案件适用法律若干问题的解释',
    zhShortNames: ['关于办理扰乱无线电通讯管理秩序等刑事案件适用法律若干问题的解释'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2017-06-27',
    summary:
      'SPC/SPP interpretation on the crime of disrupting radio communications order: unlicensed “black broadcasting” stations, pseudo base stations that push messages to phones, unapproved use of satellite frequencies and jammers.',
    sources: [
      {
        url: 'https://flfgsc.cn/law/%e6%9c%80%e9%ab%98%e4%ba%ba%e6%b0%91%e6%b3%95%e9%99%a2-%e6%9c%80%e9%ab%98%e4%ba%ba%e6%b0%91%e6%a3%80%e5%af%9f%e9%99%a2%e5%85%b3%e4%ba%8e%e5%8a%9e%e7%90%86%e6%89%b0%e4%b9%b1%e6%97%a0%e7%ba%bf%e7%94%b5%e9%80%9a%e8%ae%af%e7%ae%a1%e7%90%86%e7%a7%a9%e5%ba%8f%e7%ad%89%e5%88%91%e4%ba%8b%e6%a1%88%e4%bb%b6%e9%80%82%e7%94%a8%e6%b3%95%e5%be%8b%e8%8b%a5%e5%b9%b2%e9%97%ae%e9%a2%98%e7%9a%84%e8%a7%a3%e9%87%8a-2017%e5%b9%b4',
        title: '法律法规 – 最高人民法院、最高人民检察院关于办理扰乱无线电通讯管理秩序等刑事案件适用法律若干问题的解释(2017年)',
        quote:
          '最高人民法院、最高人民检察院关于办理扰乱无线电通讯管理秩序等刑事案件适用法律若干问题的解释(2017年)\n为依法惩治扰乱无线电通讯管理秩序犯罪,根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》的有关规定,现就办理此类刑事案件适用法律的若干问题解释如下: … (一)未经批准设置无线电广播电台(以下简称“黑广播”),非法使用广播电视专用频段的频率的;\n(二)未经批准设置通信基站(以下简称“伪基站”),强行向不特定用户发送信息,非法使用公众移动通信频率的;\n(三)未经批准使用卫星无线电频率的;\n(四)非法设置、使用无线电干扰器的;',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://xsba.vip/sfjs/ljsy/fy-txgl2017-1.htm',
        title: '《最高人民法院、最高人民检察院关于办理扰乱无线电通讯管理秩序等刑事案件适用法律若干问题的解释》的理解与适用',
        quote:
          '最高人民法院、最高人民检察院(以下简称“两高”)于2017年6月27日发布了《关于办理扰乱无线电通讯管理秩序等刑事案件适用法律若干问题的解释》(以下简称《解释》)。 … 实践中,一些单位和个人为了牟利不择手段,使用“黑广播”“伪基站”等非法无线电设备,发送假药广告、诈骗消息等有害信息,既严重扰乱无线电通讯管理秩序,又助推了电信诈骗犯罪',
        supports: ['zhShortNames', 'kind', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // The SPC/SPP/MPS 2010 opinions on online gambling crimes (公通字[2010]40号).
  {
    id: 'document:spc-spp-mps-opinions-on-online-gambling-criminal-cases',
    // The English title as a stored page writes it (docslib); no page gives a shorter rendering.
    name: "Opinions of the Supreme People’s Court, the Supreme People’s Procuratorate and the Ministry of Public Security on Several Issues concerning the Application of Law in the Handling of Criminal Cases of Internet Gambling",
    nameZh: '最高人民法院、最高人民检察院、公安部关于办理网络赌博犯罪案件适用法律若干问题的意见',
    zhShortNames: ['关于办理网络赌博犯罪案件适用法律若干问题的意见', '公通字[2010]40号'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    relations: [{ type: 'based_on', target: 'document:spc-spp-interpretation-on-gambling-criminal-cases-2005', source: 2 }],
    summary:
      'SPC/SPP/MPS opinions treating those who set up gambling websites, act as their agents or share in their profits as opening a casino, and making those who knowingly provide services or help to a gambling website accomplices.',
    sources: [
      {
        url: 'https://xzpx.jsjc.gov.cn/jianwu/guifan/201803/t20180322_320477.shtml',
        title: '江苏检察 – 最高人民法院、最高人民检察院、公安部关于办理网络赌博犯罪案件适用法律若干问题的意见',
        quote:
          '最高人民法院、最高人民检察院、公安部关于办理网络赌博犯罪案件适用法律若干问题的意见\n(公通字[2010]40号) … 利用互联网、移动通讯终端等传输赌博视频、数据,组织赌博活动,具有下列情形之一的,属于刑法第三百零三条第二款规定的“开设赌场”行为:\n(一)建立赌博网站并接受投注的;\n(二)建立赌博网站并提供给他人组织赌博的;\n(三)为赌博网站担任代理并接受投注的;\n(四)参与赌博网站利润分成的。 … 明知是赌博网站,而为其提供下列服务或者帮助的,属于开设赌场罪的共同犯罪',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://docslib.org/doc/4872933/international-criminal-law-national-report-on-cyber-cr',
        title: 'National Report on Cyber Crime in China (AIDP Preparatory Colloquium, Helsinki 2013)',
        quote:
          'According to “Opinions of the Supreme People’s Court, the Supreme People’s Procuratorate and the Ministry of Public Security on Several Issues concerning the Application of Law in the Handling of Criminal Cases of Internet Gambling”, Section IV. Jurisdiction over the criminal cases of internet gambling The “place of a crime” shall include the place where the server of the gambling website is located',
        supports: ['name', 'issuers', 'kind'],
      },
      {
        url: 'https://xzpx.jsjc.gov.cn/jianwu/guifan/201803/t20180322_320477.shtml',
        title: '江苏检察 – 最高人民法院、最高人民检察院、公安部关于办理网络赌博犯罪案件适用法律若干问题的意见',
        quote:
          '为依法惩治网络赌博犯罪活动,根据《中华人民共和国刑法》、《中华人民共和国刑事诉讼法》和最高人民法院、最高人民检察院《关于办理赌博刑事案件具体应用法律若干问题的解释》等有关规定,结合司法实践,现就办理网络赌博犯罪案件适用法律的若干问题,提出如下意见:',
        supports: ['relations'],
      },
    ],
  },
  // The SPC/SPP/MPS 2014 opinions on criminal procedure in internet crime cases (公通字〔2014〕10号), replaced in 2022.
  {
    id: 'document:spc-spp-mps-opinions-on-criminal-procedure-in-internet-crime-cases-2014',
    name: "Opinion on Several Issues Regarding the Application of Criminal Procedure in Handling Cases of Internet Crime",
    nameZh: '最高人民法院、最高人民检察院、公安部关于办理网络犯罪案件适用刑事诉讼程序若干问题的意见',
    zhShortNames: ['关于办理网络犯罪案件适用刑事诉讼程序若干问题的意见', '公通字〔2014〕10号'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    summary:
      'SPC/SPP/MPS opinions on criminal procedure in internet crime cases, from their scope (crimes endangering computer information systems and others) onwards; pages compare them with the 2022 opinions on information network crime cases (法发〔2022〕23号).',
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/spc-spp-mps-procedural-rules-for-internet-crimes/',
        title: 'China Law Translate – SPC, SPP MPS procedural rules for Internet Crimes',
        quote:
          "Supreme People's Court Supreme People's Procuratorate Ministry of Public Security\nOpinion on Several Issues Regarding the Application of Criminal Procedure in Handling Cases of Internet Crime\n\nPublic Announcement [2014] No. 10 … I. Regarding the scope of internet crimes\n\n1. Cases of internet crimes as used in this Opinion include:\n\n(1) Criminal cases endangering the security of computer information systems;",
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://flfgdq.cn/law/%e6%9c%80%e9%ab%98%e4%ba%ba%e6%b0%91%e6%b3%95%e9%99%a2-%e6%9c%80%e9%ab%98%e4%ba%ba%e6%b0%91%e6%a3%80%e5%af%9f%e9%99%a2-%e5%85%ac%e5%ae%89%e9%83%a8%e5%85%b3%e4%ba%8e%e5%8a%9e%e7%90%86%e7%bd%91%e7%bb%9c%e7%8a%af%e7%bd%aa%e6%a1%88%e4%bb%b6%e9%80%82%e7%94%a8%e5%88%91%e4%ba%8b%e8%af%89%e8%ae%bc%e7%a8%8b%e5%ba%8f%e8%8b%a5%e5%b9%b2%e9%97%ae%e9%a2%98%e7%9a%84%e6%84%8f%e8%a7%81-2014%e5%b9%b4',
        title: '法律法规大全 – 最高人民法院、最高人民检察院、公安部关于办理网络犯罪案件适用刑事诉讼程序若干问题的意见(2014年)',
        quote:
          '最高人民法院、最高人民检察院、公安部关于办理网络犯罪案件适用刑事诉讼程序若干问题的意见(2014年)\n\n各省、自治区、直辖市高级人民法院,人民检察院,公安厅、局,新疆维吾尔自治区高级人民法院生产建设兵团分院,新疆生产建设兵团人民检察院、公安局:\n为解决近年来公安机关、人民检察院、人民法院在办理网络犯罪案件中遇到的新情况、新问题,依法惩治网络犯罪活动',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers'],
      },
      {
        url: 'https://rivers.chaitin.cn/blog/cq9kag90lnechd245qhg',
        title: '长亭百川云 – 新旧对比:信息网络犯罪案件适用刑事诉讼程序意见',
        quote:
          '就在刚刚,“两高一部”联合发布信息网络犯罪案件适用刑事诉讼程序意见,我们做了一个比对,供各位研究参考。 … 关于办理网络犯罪案件适用刑事诉讼程序若干问题的意见 公通字〔2014〕10号\n\n关于办理信息网络犯罪案件适用刑事诉讼程序若干问题的意见 法发〔2022〕23号',
        supports: ['zhShortNames', 'issuers', 'summary'],
      },
    ],
  },

  // The SPP's ninth group of guiding cases (Cases Nos. 33–38, 2017), all on computer network crimes.
  {
    id: 'document:spp-ninth-group-of-guiding-cases-computer-network-crimes',
    name: "Ninth Group of Guiding Cases of the Supreme People's Procuratorate",
    nameZh: '最高人民检察院第九批指导性案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spp'],
    summary:
      'Six SPP guiding cases (Nos. 33–38) on crimes committed via the internet: hijacking domain names by changing their resolution, tampering with reviews by invading an online crediting system, remotely locking others’ smartphones, downloading data beyond authorised access, stealing domain names and fabricating online transactions.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=303211&lib=law',
        title: 'PKULAW – Notice of the Supreme People’s Procuratorate on Issuing the Ninth Group of Guiding Cases',
        quote:
          "Upon decision of the 70th session of the Twelfth Procuratorial Committee of the Supreme People's Procuratorate on October 10, 2017, the case about Li Binglong's destroying a computer information system and other five guiding cases (Cases No. 33 to 38 of the Supreme People's Procuratorate) are hereby issued as the ninth group of guiding cases for reference in the trial of similar cases. 经2017年10月10日最高人民检察院第十二届检察委员会第七十次会议决定,现将李丙龙破坏计算机信息系统案等六件指导性案例(检例第33-38号)作为第九批指导性案例发布,供参照适用。\nSupreme People's Procuratorate 最高人民检察院",
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=303211&lib=law',
        title: 'PKULAW – Notice of the Supreme People’s Procuratorate on Issuing the Ninth Group of Guiding Cases',
        quote:
          "Notice of the Supreme People's Procuratorate on Issuing the Ninth Group of Guiding Cases of the Supreme People's Procuratorate [Effective]\n最高人民检察院关于印发最高人民检察院第九批指导性案例的通知 [现行有效]",
        supports: ['name', 'nameZh', 'issuers'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=a2163c7e-04c7-4e58-bdc0-d44479790cc0',
        title: 'Lexology – SPP ninth batch of guiding cases',
        quote:
          'All the cases included concern crimes committed via the Internet or in the cyberspace. … (i) hijacking domain names by changing the pointing of domain name resolution services and thus causing the improper operation of computer systems; (ii) pretending to be buyers and invading online crediting systems to tamper reviews and comments; (iii) changing others’ passwords and remotely locking their smart phones; (iv) accessing computer systems beyond the authorised scope and downloading data; (v) stealing others’ domain names; and (vi) fabricating online transactions',
        supports: ['kind', 'summary'],
      },
    ],
  },
  // The SPC/SPP 2005 interpretation on gambling crimes (法释〔2005〕3号), which first treated gambling websites as opening a casino.
  {
    id: 'document:spc-spp-interpretation-on-gambling-criminal-cases-2005',
    name: "Interpretation by the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Specific Application of Law in the Handling of Criminal Gambling Cases",
    nameZh: '最高人民法院、最高人民检察院关于办理赌博刑事案件具体应用法律若干问题的解释',
    aliases: ["Interpretation of the Supreme People's Court and Supreme People's Procuratorate on Several Issues concerning the Specific Application of Law in Handling Gambling Criminal Cases"],
    zhShortNames: ['关于办理赌博刑事案件具体应用法律若干问题的解释', '法释〔2005〕3号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2005-05-11',
    effective: '2005-05-13',
    summary:
      'SPC/SPP interpretation on gambling crimes: setting up a gambling website or acting as its agent for profit counts as opening a casino, and knowingly supplying funds, internet or telecom services makes one an accomplice.',
    sources: [
      {
        url: 'http://www.lawinfochina.com/Law/Display.asp?Id=4192',
        title: 'lawinfochina – Interpretation by the SPC and the SPP on Several Issues Concerning the Specific Application of Law in the Handling of Criminal Gambling Cases',
        quote:
          "The Interpretation by the Supreme People's Court and the Supreme People's Procuratorate on Several Issues Concerning the Specific Application of Law in the Handling of Criminal Gambling Cases, as adopted at the 1349th meeting of the Judicial Committee of the Supreme People's Court on April 26, 2005 and at the 34th meeting of the 10th Procuratorate Committee of the Supreme People's Procuratorate on May 8, 2005, is hereby issued, with effect from May 13, 2005. May 11, 2005. … (法释[2005]3号) 《最高人民法院、最高人民检察院关于办理赌博刑事案件具体应用法律若干问题的解释》",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://law51.infoeach.com/view-NTF8NDk5MDg=.html',
        title: '法律资料网 – 最高人民法院、最高人民检察院关于办理赌博刑事案件具体应用法律若干问题的解释',
        quote:
          '(2005年4月26日最高人民法院审判委员会第1349次会议、2005年5月8日最高人民检察院第十届检察委员会第34次会议通过)法释〔2005〕3号 … 第二条 以营利为目的,在计算机网络上建立赌博网站,或者为赌博网站担任代理,接受投注的,属于刑法第三百零三条规定的“开设赌场”。',
        supports: ['zhShortNames', 'issuers', 'summary'],
      },
      {
        url: 'http://english.china.org.cn/english/government/128749.htm',
        title: 'China.org.cn – judicial interpretations on gambling crimes',
        quote:
          'The interpretations says that whoever, for the purpose of reaping profits, sets up gambling websites on the Internet or acts as an on-line gambling agent will be regarded as "opening gambling houses" and will be punished according to the Article 303 of the Criminal Law. … They say whoever knowingly offers capital or Internet services and telecommunications facilities to gambling participants or organizers, will be regarded as accomplice of gambling criminals.',
        supports: ['kind', 'issuers', 'summary'],
      },
      {
        url: 'https://www.shndlaw.com/post/1505',
        title: 'Opinions on the Use of Gambling Machines to Open Casinos (2014) – shndlaw',
        quote:
          "in accordance with the Criminal Law of the People's Republic of China, the Interpretation of the Supreme People's Court and Supreme People's Procuratorate on Several Issues concerning the Specific Application of Law in Handling Gambling Criminal Cases and other relevant provisions",
        supports: ['aliases'],
      },
    ],
  },
  // The SPC's 2002 interpretation on copyright civil disputes (法释〔2002〕31号).
  {
    id: 'document:spc-interpretation-on-copyright-civil-disputes-2002',
    name: "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in Hearing Cases of Civil Disputes over Copyright",
    nameZh: '最高人民法院关于审理著作权民事纠纷案件适用法律若干问题的解释',
    aliases: ["Interpretation of the Supreme People's Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes"],
    zhShortNames: ['法释〔2002〕31号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2002-10-12',
    effective: '2002-10-15',
    summary:
      'SPC interpretation (32 articles) on copyright civil cases under the revised Copyright Law: procedure for pre-suit injunctions and other interim measures, jurisdiction, burden of proof and the law’s application before and after the revision.',
    sources: [
      {
        url: 'http://iprchina.blogspot.com/2012/03/',
        title: 'IPR China blog – Interpretation of the Supreme People’s Court on Several Issues Concerning the Application of Law in Hearing Cases of Civil Disputes over Copyright',
        quote:
          "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in Hearing Cases of Civil Disputes over Copyright  October 12, 2002\n\nFa Shi [2002] No. 31\n\nInterpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in Hearing Cases of Civil Disputes over Copyright have been adopted at the1246th Session of the Judicial Committee of the Supreme People's Court on October 12, 2002 and are hereby promulgated for implementation as of October 15, 2002.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.uip-law-firm.com/en/newsView.asp?id=255',
        title: 'UIP Law Firm – Interpretation of the Supreme People’s Court (Copyright Law)',
        quote:
          "The Interpretation of the Supreme People's Court on Certain Issues Concerning the Application of Law in the Trial of Civil Cases Involving Copyright Disputes was adopted by the 1246th Session of the Trial Committee of the Supreme People's Court on 12 October 2002.  It is hereby promulgated and shall take effect as of 15 October 2002. … Article 2    Civil cases involving copyright disputes shall be under the jurisdiction of a people's court at an intermediate level or above.",
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://m.cehavas.com/law/law_view.asp?id=41827',
        title: '最高人民法院關于審理著作權民事糾紛案件適用法律若干問題的解釋',
        quote:
          '最高人民法院關于審理著作權民事糾紛案件適用法律若干問題的解釋\n(2002年10月12日最高人民法院審判委員會第1246次會議通過)\n法釋〔2002〕31號\n中華人民共和國最高人民法院公告\n《最高人民法院關于審理著作權民事糾紛案件適用法律若干問題的解釋》已于2002年10月12日由最高人民法院審判委員會第1246次會議通過',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'adopted'],
      },
      {
        url: 'https://qfqygl.com/index1655.html',
        title: '如何理解和适用最高法院著作权法司法解释',
        quote:
          '2002年10月12日经最高人民(mín)法院审判委员会第1 24 6次会议讨论通过了该司法解释,并于 2002年10月 15日公布实行。《最高人民(mín)法院关于审理(lǐ)著作权民(mín)事纠纷案件适用(yòng)法律若干问题的解释》共三十二条 … 一是要对新(xīn)著作权法增设的诉前禁令等临时措施的实施,制定程序上相应的配套制度;二是要对著作权法中涉及管辖、举证责任和著作权法修改前后的时间效力等问题做出具體(tǐ)规定',
        supports: ['kind', 'issuers', 'summary'],
      },
    ],
  },
];

export const OTHER_NAMES_JUDICIAL_22: CoreOtherNames[] = [
  // The 2022 SPC/SPP/MPS opinions on criminal procedure in information network crime cases, by their number and short title.
  {
    id: 'document:spc-spp-mps-opinions-on-criminal-procedure-in-information-network-crime-cases',
    zhShortNames: ['法发〔2022〕23号'],
    sources: [
      {
        url: 'https://rivers.chaitin.cn/blog/cq9kag90lnechd245qhg',
        title: '长亭百川云 – 新旧对比:信息网络犯罪案件适用刑事诉讼程序意见',
        quote:
          '“两高一部”联合发布信息网络犯罪案件适用刑事诉讼程序意见,我们做了一个比对 … 关于办理网络犯罪案件适用刑事诉讼程序若干问题的意见 公通字〔2014〕10号\n\n关于办理信息网络犯罪案件适用刑事诉讼程序若干问题的意见 法发〔2022〕23号',
        supports: ['zhShortNames'],
      },
    ],
  },
];
