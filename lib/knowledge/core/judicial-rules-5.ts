import type { CoreInstrument } from './types';

/**
 * Judicial documents China TMT pages cite that the graph lacked: the SPC/SPP criminal
 * interpretations on cybercrime (hacking 2011, online defamation 2013, the 2019 interpretation on
 * illegal use of information networks and assisting information network crimes, 帮信罪), the
 * SPC/SPP/MPS opinions on telecom and online fraud (2016, 2021, cross-border 2024), the SPC's 2020
 * reply and guiding opinions on online and e-commerce IP disputes, its 2021 interpretation on
 * punitive damages for IP infringement, its 2022 opinions on blockchain in the courts, and the
 * Beijing and Guangdong high courts' guidelines on online IP and online game cases.
 */
export const CORE_JUDICIAL_RULES_5: CoreInstrument[] = [
  // ─────────────────────── Cybercrime interpretations ───────────────────────
  {
    id: 'document:spc-spp-interpretation-on-illegal-use-of-information-networks-and-assisting-criminal-activities',
    name: 'Interpretation on Several Issues Concerning the Application of the Law in Handling Criminal Cases of Unlawful Use of Information Networks, Assisting Criminal Activities Over Information Networks, Etc.',
    nameZh: '最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释',
    aliases: [
      'Interpretation on Several Issues Concerning the Application of the Law in Handling Criminal Cases of Unlawful Use of Information Networks, Assisting Criminal Activities Over Information Networks',
      'Interpretation on Several Questions on the Application of Law in Handling Criminal Cases Such as Criminal Use of Information Networks, and Assisting in Criminal Information Network Activities',
      'Interpretations on the Application of Law in Handling Illegal Use of Information Networks or Aiding Criminal Activities Relating to Information Networks',
    ],
    // Pages cite it without the two courts' names, by its number, or by the short name a law firm gave it.
    zhShortNames: ['关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释', '法释〔2019〕15号', '信息网络犯罪司法解释'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    promulgated: '2019-10-21',
    effective: '2019-11-01',
    summary:
      'SPC/SPP interpretation (19 articles) of the three network crimes of Amendment IX to the Criminal Law: refusing to perform information network security management obligations, illegal use of information networks, and assisting information network criminal activities; it defines network service providers.',
    relations: [
      { type: 'based_on', target: 'document:criminal-law', source: 1 },
      { type: 'implements', target: 'document:amendment-ix-to-criminal-law', source: 0 },
    ],
    sources: [
      {
        url: 'http://glo.com.cn/Content/2019/12-23/1846110970.html',
        title: '环球律师事务所 (Global Law Office)',
        quote:
          '我国在2015年11月1日正式实施的《刑法修正案(九)》中增加了拒不履行信息网络安全管理义务罪(刑法第二百八十六条之一)、非法利用信息网络罪(第二百八十七条之一)以及帮助信息网络犯罪活动罪(第二百八十七条之二)。为进一步明确以上三项罪名的定罪量刑标准和有关法律适用问题,依法惩治网络违法犯罪活动,最高人民法院、最高人民检察院于2019年10月21日正式对外发布《关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释》(以下简称“《信息网络犯罪司法解释》”),并即将于2019年11月1日(本周五)正式实施。\n《信息网络犯罪司法解释》共计十九条',
        supports: ['zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/interpretation-on-several-questions-on-the-application-of-law-in-handling-criminal-cases-such-as-criminal-use-of-information-networks-and-assisting-in-criminal-information-network-activities/',
        title: 'China Law Translate',
        quote:
          'Interpretation on Several Questions on the Application of Law in Handling Criminal Cases Such as Criminal Use of Information Networks, and Assisting in Criminal Information Network Activities\n\nPromulgation Date: 2019-10-21\nTitle: 最高人民法院、最高人民检察院关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释 … Promulgating Entities: The Supreme People\'s Court, The Supreme People\'s Procuratorate … on the basis of the "Criminal Law of the People\'s Republic of China" and the" Criminal Procedure Law of the People\'s Republic of China"; the following Interpretation on handling such cases is hereby made:\n\nArticle 1: Units and individuals providing the following services shall be found to be "network service providers"',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2020/03/06/interpretation-on-several-issues-concerning-the-application-of-the-law-in-handling-criminal-cases-of-unlawful-use-of-information-networks-assisting-criminal-activities-over-information-networks-etc',
        title: 'China Law & Practice',
        quote:
          "Interpretation on Several Issues Concerning the Application of the Law in Handling Criminal Cases of Unlawful Use of Information Networks, Assisting Criminal Activities Over Information Networks, Etc.\n关于办理非法利用信息网络、帮助信息网络犯罪活动等刑事案件适用法律若干问题的解释 … (Promulgated by the Supreme People's Court and Supreme People's Procuratorate on October 21, 2019 and effective as of November 1, 2019.)\n法释〔2019〕15号",
        supports: ['name', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.leetsai.com/other-areas/interpretations-of-the-supreme-peoples-court-and-the-supreme-peoples-procuratorate-on-the-application-of-law-in-handling-illegal-use-of-information-networks-or-aiding-criminal-activities-relating',
        title: 'Lee and Li – Leetsai',
        quote:
          'the Supreme People’s Court and the Supreme People’s Procuratorate promulgated the Interpretations on the Application of Law in Handling Illegal Use of Information Networks or Aiding Criminal Activities Relating to Information Networks (the “Interpretations”).  The Interpretations provide details about disruption of computer information systems, refusal to perform obligation to securely manage information networks and the illegal use of information networks.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:spc-spp-interpretation-on-online-defamation-and-other-crimes',
    name: 'Interpretation on Several Issues Concerning the Application of the Law in Handling Cases of Using Information Networks to Commit Defamation and Other Such Criminal Offences',
    nameZh: '最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释',
    aliases: [
      'Interpretation on Several Issues Regarding the Applicable Law in Cases of Using Information Networks to Commit Defamation and Other Such Crimes',
      'Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases Involving Defamation through Information Networks',
    ],
    zhShortNames: ['关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释', '法释〔2013〕21号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    // Adopted by the SPC Adjudication Committee on 5 September 2013 and by the SPP Procuratorial Committee on 2 September 2013.
    adopted: '2013-09-05',
    promulgated: '2013-09-06',
    effective: '2013-09-10',
    summary:
      'SPC/SPP interpretation (10 articles) on defamation, provoking trouble, extortion and illegal business online: a defamatory post clicked or viewed 5,000 times or reposted 500 times is a “serious circumstance” of criminal defamation.',
    relations: [
      { type: 'based_on', target: 'document:criminal-law', source: 1 },
      { type: 'based_on', target: 'document:decision-on-preserving-computer-network-security', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/spc-and-spp-interpretation-on-internet-speech-crimes/',
        title: 'China Law Translate',
        quote:
          '"The Supreme People\'s Court and Supreme People\'s Procuratorate Interpretation on Several Issues Regarding the Applicable Law in Cases of Using Information Networks to Commit Defamation and Other Such Crimes" , having been passed by the 1589th meeting of the adjudication committee of the Supreme People\'s Court on September 5, 2013 and by the 9th meeting of the 12th session of the prosecutorial committee of the Sumpreme People\'s Procuratorate, is hereby promulgated and takes effect from September 10, 2013.\n\nThe Supreme People\'s Court, The Supreme People\'s Procuratorate\nSeptember 6, 2013',
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinalawandpractice.com/2013/10/17/interpretation-on-several-issues-concerning-the-application-of-the-law-in-handling-cases-of-using-information-networks-to-commit-defamation-and-other-such-criminal-offences',
        title: 'China Law & Practice',
        quote:
          "Interpretation on Several Issues Concerning the Application of the Law in Handling Cases of Using Information Networks to Commit Defamation and Other Such Criminal Offences … 关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释 … (Promulgated by the Supreme People's Court and Supreme People's Procuratorate on September 6 2013 and effective as of September 10 2013.) … 法释〔2013〕21号 … pursuant to provisions such as the PRC Criminal Law and the Standing Committee of the National People's Congress, Decision on Maintenance of Internet Security, give the following interpretation on … using information networks to commit defamation, stir up trouble, commit extortion or blackmail, illegally operate a business",
        supports: ['name', 'zhShortNames', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://wxredian.com/art?id=00dc034f3440a3c903f6d50b024f7d4b',
        title: '微信热点 (reprint of the interpretation)',
        quote:
          '法释〔2013〕21号\n\n    《最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》已于2013年9月5日由最高人民法院审判委员会第1589次会议、2013年9月2日由最高人民检察院第十二届检察委员会第9次会议通过,现予公布,自2013年9月10日起施行。\n\n最高人民法院\n最高人民检察院\n2013年9月6日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://globethesis.com/?t=2556307064492864',
        title: 'Global Thesis',
        quote:
          'in 2013 the Supreme People’s Court and the Supreme People’s Procuratorate issued "the Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases Involving Defamation through Information Networks"(hereinafter referred to as the "Interpretation of Online Defamation").The Interpretation of Online Defamation stipulates the criteria for determining the "serious circumstances" of online defamation',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://global.chinadaily.com.cn/opinion/2015-11/07/content_22394700_2.htm',
        title: 'China Daily',
        quote:
          'One is the judicial interpretation of the criteria for convicting and sentencing offenders in cases of online libel, which was jointly issued by the SPC and the Supreme People\'s Procuratorate on Sept 6, 2013. It describes the following four scenarios as "serious", which is the precondition constituting a libel breach: a single defamatory information on the Internet being clicked/browsed more than 5,000 times or forwarded over 500 times',
        supports: ['kind', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.ppdoc.com/periodical/81e5264aacc4961df309363c69eff7cd.html',
        title: 'ppdoc (journal abstract)',
        quote:
          '2013年9月9日,最高人民法院召开新闻发布会,发布《最高人民法院、最高人民检察院关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的解释》(下简称《司法解释》)。这部总共10条的《司法解释》,通过厘清信息网络发表言论的法律边界,明确7种情形适用公诉程序',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
  {
    id: 'document:spc-spp-interpretation-on-crimes-endangering-computer-information-system-security',
    name: "Interpretation of the Supreme People's Court and the Supreme People's Procuratorate of Several Issues on the Application of Law in the Handling of Criminal Cases about Endangering the Security of Computer Information Systems",
    nameZh: '最高人民法院、最高人民检察院关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释',
    aliases: ['Interpretation concerning Applicable Law in handling Criminal Cases of Endangering Computer Information System Security'],
    zhShortNames: ['关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释', '法释〔2011〕19号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    // Adopted by the SPC Judicial Committee on 20 June 2011 and by the SPP Procuratorial Committee on 11 July 2011.
    adopted: '2011-06-20',
    promulgated: '2011-08-01',
    effective: '2011-09-01',
    summary:
      'SPC/SPP interpretation setting the thresholds of the hacking crimes added by Criminal Law Amendment (VII): illegally obtaining computer data or controlling computer systems (e.g. 10 sets of online-finance authentication data, 500 other sets, 20 controlled computers) and providing intrusion or control tools.',
    relations: [
      { type: 'based_on', target: 'document:criminal-law', source: 1 },
      { type: 'based_on', target: 'document:decision-on-preserving-computer-network-security', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.66laws.com/fagui/13428.html',
        title: '律科网',
        quote:
          '最高人民法院、最高人民检察院《关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释》已于2011年6月20日由最高人民法院审判委员会第1524次会议、2011年7月11日由最高人民检察院第十一届检察委员会第63次会议通过,现予公布,自2011年9月1日起施行。\n\n  2011年8月1日\n\n  最高人民法院 最高人民检察院\n\n  关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释\n\n  法释〔2011〕19号',
        supports: ['zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=8923&CGid=',
        title: 'lawinfochina.com (PKU Law)',
        quote:
          "The Interpretation of the Supreme People's Court and the Supreme People's Procuratorate of Several Issues on the Application of Law in the Handling of Criminal Cases about Endangering the Security of Computer Information Systems, as adopted at the 1,524th session of the Judicial Committee of the Supreme People's Court on June 20, 2011 and the 63rd meeting of the eleventh Procuratorial Committee … is hereby issued, and shall come into force on September 1, 2011. August 1, 2011 … in accordance with the provisions of the Criminal Law of the People's Republic of China and the Decision of the Standing Committee of the National People's Congress on Maintaining the Security of the Internet",
        supports: ['name', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://m.zlawyer148.com/article_view_432966.html',
        title: '北京律师网',
        quote:
          '《最高人民法院、最高人民检察院关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释》已于2011年6月20日由最高人民法院审判委员会第1524次会议、2011年7月11日由最高人民检察院第十一届检察委员会第63次会议通过,现予公布,自2011年9月1日起施行。',
        supports: ['nameZh', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2011/08/01/interpretation-concerning-applicable-law-in-handling-criminal-cases-of-endangering-computer-information-system-security/',
        title: 'China Copyright and Media',
        quote:
          'The “Supreme People’s Court and Supreme People’s Procuratorate Interpretation concerning Applicable Law in handling Criminal Cases of Endangering Computer Information System Security” was passed … on 20 June 2011 … Article 1: Where computer information system data are illegally obtained or computer information systems are illegally controlled … (1) where 10 or more groups of identity authentication data for payment and accounting, securities trading, futures trading and other network finance services are obtained;\n\n(2) where 500 groups of identity authentication data other than those in Clause (1) are obtained; … (3) where 20 or more computer information systems are illegally controlled;',
        supports: ['aliases', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://www.055110.com/xs/6/18404.html',
        title: '合肥律师门户网 (《人民司法》2011年第19期, 喻海松)',
        quote:
          '为依法惩治危害计算机信息系统安全犯罪活动,维护正常的计算机网络运行秩序,最高人民法院、最高人民检察院联合发布了《关于办理危害计算机信息系统安全刑事案件应用法律若干问题的解释》(法释[2011]19号,以下简称《解释》),自2011年9月1日起施行。 … 刑法修正案(七)增设了非法获取计算机信息系统数据、非法控制计算机信息系统罪,提供侵入、非法控制计算机信息系统程序、工具罪。',
        supports: ['issuers', 'effective', 'summary'],
      },
    ],
  },

  // ─────────────────────── Telecom and online fraud opinions (SPC, SPP, MPS) ───────────────────────
  {
    id: 'document:spc-spp-mps-opinions-on-telecommunications-network-fraud-criminal-cases',
    name: "Opinions of the Supreme People's Court, the Supreme People's Procuratorate and the Ministry of Public Security on Several Issues concerning the Application of Law in the Handling of Telecommunications Network Fraud and other Criminal Cases",
    nameZh: '最高人民法院、最高人民检察院、公安部关于办理电信网络诈骗等刑事案件适用法律若干问题的意见',
    aliases: ['Opinions on Several Issues Concerning the Application of Law in the Handling of Telecommunications Network Fraud and other Criminal Cases'],
    zhShortNames: ['关于办理电信网络诈骗等刑事案件适用法律若干问题的意见', '法发〔2016〕32号'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    effective: '2016-12-20',
    summary:
      'SPC/SPP/MPS opinions on telecom and online fraud: fraud of RMB 3,000 or more is a crime, ten circumstances call for heavier punishment, and related upstream and downstream crimes (such as trading in personal information) are to be punished too.',
    relations: [{ type: 'based_on', target: 'document:criminal-law', source: 0 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=286976&lib=law',
        title: 'PKU Law (pkulaw.cn)',
        quote:
          "Opinions of the Supreme People's Court, the Supreme People's Procuratorate and the Ministry of Public Security on Several Issues concerning the Application of Law in the Handling of Telecommunications Network Fraud and other Criminal Cases [Effective]\n最高人民法院、最高人民检察院、公安部关于办理电信网络诈骗等刑事案件适用法律若干问题的意见 [现行有效] … (No. 32 [2016] of the Supreme People's Court, to be in force on December 20, 2016) (法发[2016]32号 2016年12月20日实施)\n\nFor purposes of imposing punishment for telecommunications network fraud and other criminal activities … these Opinions are developed in accordance with the Criminal Law of the People's Republic of China",
        supports: ['name', 'nameZh', 'status', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/opinions-on-several-issues-concerning-application-of-law-in-handling-of-telecommunications-network-fraud-and-other-criminal-cases-20161219/enchn',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Opinions on Several Issues Concerning the Application of Law in the Handling of Telecommunications Network Fraud and other Criminal Cases … The Opinions aim to specify how courts, procuratorates, public security organs and judicial administrative organs punish telecommunications network fraud crimes committed by using communication tools, the Internet, and other technical means.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://views.ce.cn/view/ent/201612/22/t20161222_18985491.shtml',
        title: '中国经济网',
        quote:
          '最高人民法院、最高人民检察院、公安部12月20日联合发布《关于办理电信网络诈骗等刑事案件适用法律若干问题的意见》(下称《意见》),进一步明确打击电信网络诈骗的法律标准,统一执法尺度。电信诈骗犯罪只要诈骗数额达到3000元即构成“数额较大”,以犯罪论处。 … 《意见》除了对电信网络诈骗犯罪的量刑标准进行细化,从源头上治理电信网络诈骗犯罪,从资金去向上斩断犯罪“黑手”之外,首次明确提出了“全面惩处关联犯罪”的基本要求',
        supports: ['zhShortNames', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://nanchang.baogaosu.com/xinwen/%E7%94%B5%E4%BF%A1%E7%BD%91%E7%BB%9C%E8%AF%88%E9%AA%97%E7%AD%89%E5%88%91%E4%BA%8B%E6%A1%88%E4%BB%B6%E9%80%82%E7%94%A8%E6%B3%95%E5%BE%8B/53410129',
        title: 'baogaosu.com (reprint of the opinions)',
        quote:
          '明确了达到相应数额标准的电信网络诈骗犯罪“酌情从重处罚”的10种情形 … 全文如下:\n法发〔2016〕32号\n最高人民法院 最高人民检察院 公安部\n关于办理电信网络诈骗等刑事案件适用法律若干问题的意见\n为依法惩治电信网络诈骗等犯罪活动 … 侵犯公民个人信息,扰乱无线电通讯管理秩序,掩饰、隐瞒犯罪所得、犯罪所得收益等上下游关联犯罪不断蔓延。',
        supports: ['zhShortNames', 'issuers', 'summary'],
      },
      {
        url: 'https://legal.gmw.cn/2021-06/23/content_34941256.htm',
        title: '光明网',
        quote:
          '2016年12月,最高法、最高检、公安部联合发布了《关于办理电信网络诈骗等刑事案件适用法律若干问题的意见》(以下简称《意见一》),为公检法机关依法办案提供了更加明确具体的适用法律依据。',
        supports: ['zhShortNames', 'kind', 'issuers'],
      },
    ],
  },
  {
    id: 'document:spc-spp-mps-opinions-on-telecommunications-network-fraud-criminal-cases-ii',
    name: 'Opinions on Issues in the Application of Law in Handling Telecommunications Network Fraud and Other Criminal Cases (II)',
    nameZh: '关于办理电信网络诈骗等刑事案件适用法律若干问题的意见(二)',
    aliases: ['Opinions on Several Issues Concerning the Application of Law in Handling Criminal Cases such as Telecommunications and Internet Fraud (II)'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    // Dated 17 June 2021; the three bodies released it at a press conference on 22 June 2021.
    promulgated: '2021-06-17',
    summary:
      'Second SPC/SPP/MPS opinions on telecom and online fraud (17 articles): jurisdiction, evidence gathered abroad, crimes involving phone cards and bank cards (“two cards”), and returning frozen funds to victims first.',
    relations: [
      { type: 'based_on', target: 'document:criminal-law', source: 0 },
      { type: 'amends', target: 'document:spc-spp-mps-opinions-on-telecommunications-network-fraud-criminal-cases', source: 2 },
    ],
    sources: [
      {
        url: 'https://www.leetsai.com/arbitration-litigation/opinions-of-the-supreme-peoples-court-the-supreme-peoples-procuratorate-and-the-ministry-of-public-security-on-issues-in-the-application-of-law-in-handling-telecommunications-network-fraud-and-ot',
        title: 'Lee and Li – Leetsai',
        quote:
          'the Supreme People’s Court, the Supreme People’s Procuratorate and the Ministry of Public Security issued the Opinions on Issues in the Application of Law in Handling Telecommunications Network Fraud and Other Criminal Cases (II) (the “Opinions”) on June 17, 2021 in accordance with the provisions of the Criminal Law of the People’s Republic of China, the Criminal Procedure Law of the People’s Republic of China and other laws and relevant judicial interpretations.',
        supports: ['name', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://en.xinglailaw.com/news/66.html',
        title: 'Xinglai Law Firm',
        quote:
          'On June 22, 2021, the Supreme People\'s Court, the Supreme People\'s Procuratorate, and the Ministry of Public Security officially released the "Opinions on Several Issues Concerning the Application of Law in Handling Criminal Cases such as Telecommunications and Internet Fraud (II)" (hereafter referred to as "Opinion II").',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://legal.gmw.cn/2021-06/23/content_34941256.htm',
        title: '光明网',
        quote:
          '今天,最高人民法院、最高人民检察院、公安部《关于办理电信网络诈骗等刑事案件适用法律若干问题的意见(二)》(以下简称《意见二》)正式对外公布。 … 《意见二》共十七条,主要针对司法实践中存在的新的突出问题,如电信网络诈骗犯罪案件及关联犯罪案件的管辖、跨境电信网络诈骗犯罪案件的取证、涉手机卡、信用卡即所谓“两卡”犯罪案件的处理、办理电信网络诈骗犯罪案件的政策适用等问题进行了规定。 … 2016年12月,最高法、最高检、公安部联合发布了《关于办理电信网络诈骗等刑事案件适用法律若干问题的意见》(以下简称《意见一》)',
        supports: ['nameZh', 'kind', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.cititic.com/news/mm/1613564-20210622.htm',
        title: '城市镜像 (新华网)',
        quote:
          '最高人民法院、最高人民检察院、公安部22日联合发布关于办理电信网络诈骗等刑事案件适用法律若干问题的意见二,意见强调进一步依法严厉惩治电信网络诈骗犯罪,对其上下游关联犯罪实行全链条、全方位打击 此次出台的意见共十七条 … 其中明确,办理电信网络诈骗犯罪案件时,查扣在案的涉案账户内资金,应当优先返还被害人',
        supports: ['issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:spc-spp-mps-opinions-on-cross-border-telecommunications-network-fraud',
    name: 'Opinions on Several Issues Concerning the Application of Law in Handling Criminal Cases Involving Cross-Border Telecommunications Network Fraud',
    nameZh: '关于办理跨境电信网络诈骗等刑事案件适用法律若干问题的意见',
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    // Dated 26 June 2024; released with typical cases at a press conference on 26 July 2024.
    promulgated: '2024-06-26',
    summary:
      'SPC/SPP/MPS opinions (three parts, 16 articles) on cross-border telecom fraud: criminal groups running scams behind “industrial parks” abroad, organisations sheltering them, the killings, kidnappings and other violent crimes such groups commit, smuggling recruits across the border, and recovering proceeds.',
    sources: [
      {
        url: 'http://huichengqingdao.com/newdetails_5843043.html',
        title: 'huichengqingdao.com (translation of the notice)',
        quote:
          "Notice on the Issuance of the Opinions of the Supreme People's Court, the Supreme People's Procuratorate and the Ministry of Public Security on Several Issues Concerning the Application of Law in Handling Criminal Cases Involving Cross-Border Telecommunications Network Fraud, etc. … Supreme People's Court Supreme People's Procuratorate Ministry of Public Security\nJune 26, 2024",
        supports: ['name', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://chinatrial.net.cn/news/31846.html',
        title: '中国审判 (最高人民法院)',
        quote:
          '7月26日,最高人民法院、最高人民检察院、公安部发布《关于办理跨境电信网络诈骗等刑事案件适用法律若干问题的意见》(以下简称《意见》)以及相关典型案例,并回答记者提问。 … 《意见》共三部分十六条,规定了办理跨境电信网络诈骗等刑事案件的总体要求、法律适用、程序规定、政策把握、追赃挽损等。《意见》强调,当前要突出四个惩治重点:依法重点打击犯罪集团及其组织者、策划者、指挥者和骨干成员;重点打击为跨境电信网络诈骗等犯罪活动提供庇护的组织;重点打击犯罪集团实施的故意杀人、故意伤害、绑架、强奸、强迫卖淫、非法拘禁等犯罪行为;重点打击为跨境电信网络诈骗等犯罪集团招募成员而实施组织、运送他人偷越国(边)境的犯罪行为。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://cn.bg3.co/a/liang-gao-yi-bu-fa-bu-guan-yu-ban-li-kua-jing-dian-xin-wang-luo-zha-pian-deng-xing-shi-an-jian-gua-yong-fa-lu-ruo-gan-wen-ti-de-yi-jian.html',
        title: '央广网',
        quote:
          '针对跨境电诈等犯罪组织集团化、垄断化,打着“工业园”“开发区”等幌子,实则诈骗敛财等问题,《意见》第四条规定,通过提供犯罪场所、后勤保障、武装庇护、人员管理等方式,管理控制犯罪团伙实施跨境电诈、敲诈勒索等犯罪活动,抽成分红或收取相关费用,有明确的组织者、领导者,骨干成员固定或基本固定,符合刑法第二十六条第二款规定的,应当认定为犯罪集团,依法予以严惩。',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── Criminal procedure: electronic data (2016) and information network crimes (2022) ───────────────────────
  {
    id: 'document:spc-spp-mps-provisions-on-electronic-data-in-criminal-cases',
    name: 'Provisions on Several Issues Concerning the Gathering, Accessing, Review and Determination of Electronic Data in the Handling of Criminal Cases',
    nameZh: '最高人民法院、最高人民检察院、公安部关于办理刑事案件收集提取和审查判断电子数据若干问题的规定',
    zhShortNames: ['关于办理刑事案件收集提取和审查判断电子数据若干问题的规定'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    promulgated: '2016-09-09',
    // China Law & Practice gives 1 November 2016; the text reprinted by cuploeru.com and other pages says 1 October 2016.
    effective: '2016-10-01',
    summary:
      'SPC/SPP/MPS rules on electronic data as evidence in criminal cases: what counts as electronic data (such as information posted on web pages, blogs, microblogs, WeChat Moments and cloud storage), its collection, extraction and freezing, and courts’, procuratorates’ and police’s power to gather it from units and individuals.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2016/11/14/supreme-peoples-court-supreme-peoples-procuratorate-and-ministry-of-public-security-provisions-on-several-issues-concerning-the-gathering-accessing-review-and-determination-of-el',
        title: 'China Law & Practice',
        quote:
          "Supreme People's Court, Supreme People's Procuratorate and Ministry of Public Security, Provisions on Several Issues Concerning the Gathering, Accessing, Review and Determination of Electronic Data in the Handling of Criminal Cases\n最高人民法院、最高人民检察院、 公安部关于办理刑事案件收集提取和审查判断电子数据若干问题的规定 … Online service providers need to assist in electronic data taking and freezing for criminal cases.\nPromulgated: September 9 2016 … Electronic data include but are not limited to the following information and electronic documents:\n(1) information posted on online platforms such as web pages, blogs, microblogs, circles of friends, Tieba and cloud storage;",
        supports: ['name', 'nameZh', 'zhShortNames', 'status', 'issuers', 'promulgated', 'summary', 'kind'],
      },
      {
        url: 'http://ahscb.com/html/2016-09/21/content_222090.htm',
        title: '安徽商报',
        quote:
          '最高人民法院、最高人民检察院、公安部日前联合下发《关于办理刑事案件收集提取和审查判断电子数据若干问题的规定》,进一步规范电子数据的收集提取和审查判断。明确今后办理刑事案件时,法院、检察院和公安机关有权依法向有关单位和个人收集、调取电子数据。电子数据包括博客、微博客、朋友圈、网盘等网络平台发布的信息等。',
        supports: ['zhShortNames', 'issuers', 'summary'],
      },
      {
        url: 'https://usito.org/news/mps-releases-regulations-use-electronic-data-criminal-cases',
        title: 'USITO – MPS Releases Regulations on Use of Electronic Data in Criminal Cases',
        quote: "On September 20, the Ministry of Public Security (MPS), Supreme People's Court (SPC) and Supreme People's Procuratorate (SPP) jointly released the Regulations on Issues related to Collecting, Obtaining and Examining and Judging Electronic Data in Criminal Cases, which will go into effect on October 1, 2016.",
        supports: ['issuers', 'effective'],
      },
      {
        url: 'https://www.leetsai.com/litigation-related/provisions-on-issues-in-the-collection-retrieval-review-and-determination-of-electronic-data-in-criminal-casesmainland-china',
        title: 'Lee and Li (Leetsai) – Provisions on Issues in the Collection, Retrieval, Review and Determination of Electronic Data in Criminal Cases',
        quote: 'The Provisions, which came into effect on October 1, 2016, cover four aspects in the general provisions concerning electronic data, the collection and retrieval of electronic data, the transfer and display of electronic data and the review and determination of electronic data.',
        supports: ['effective'],
      },
    ],
  },
  {
    id: 'document:spc-spp-mps-opinions-on-criminal-procedure-in-information-network-crime-cases',
    name: 'Opinions on Several Issues concerning the Application of Criminal Procedures in the Handling of Information Network Related Crime Cases',
    nameZh: '最高人民法院 最高人民检察院 公安部关于办理信息网络犯罪案件适用刑事诉讼程序若干问题的意见',
    zhShortNames: ['关于办理信息网络犯罪案件适用刑事诉讼程序若干问题的意见'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc', 'spp', 'mps'],
    promulgated: '2022-08-30',
    effective: '2022-09-01',
    summary:
      'SPC/SPP/MPS opinions (23 articles) on procedure in information network crime cases (hacking, 帮信 and illegal use of networks, online fraud, gambling and personal-information crimes): scope, jurisdiction, investigation and verification, evidence-gathering and the review of evidence.',
    relations: [{ type: 'based_on', target: 'document:criminal-law', source: 1 }],
    sources: [
      {
        url: 'https://glszcits.com/wwwgd/NG/202209/t20220916_3831813',
        title: 'glszcits.com (mirror of 阳光检务网 bilingual news)',
        quote:
          'For the purpose of punishing information network related criminal activities in accordance with the law, the Supreme People’s Court, the Supreme People’s Procuratorate and the Ministry of Public Security jointly issued the Opinions on Several Issues concerning the Application of Criminal Procedures in the Handling of Information Network Related Crime Cases on August 30th … Taking effect on September 1st 2022, the Opinions contain 23 articles, which mainly concern five aspects of handling information network related crime cases, including the scope, jurisdiction, investigation and verification, evidence and other issues.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://toymoban.com/news/detail-472570.html',
        title: 'toymoban.com (text of the opinions)',
        quote:
          '最高人民法院 最高人民检察院 公安部关于办理信息网络犯罪案件适用刑事诉讼程序若干问题的意见\n\n发布时间:2022年8月30日\n\n为依法惩治信息网络犯罪活动,根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》以及有关法律、司法解释的规定 … 1.本意见所称信息网络犯罪案件包括:\n\n(1)危害计算机信息系统安全犯罪案件;\n\n(2)拒不履行信息网络安全管理义务、非法利用信息网络、帮助信息网络犯罪活动的犯罪案件;\n\n(3)主要行为通过信息网络实施的诈骗、赌博、侵犯公民个人信息等其他犯罪案件。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'http://www.shenduxp.com/wap/2022-08/31/content_31120359.htm',
        title: 'shenduxp.com (新华网 report)',
        quote:
          '新華社北京8月30日電(記者齊琪、羅沙)最高人民法院、最高人民檢察院、公安部30日聯合發布關于辦理信息網絡犯罪案件適用刑事訴訟程序若干問題的意見,進一步規范信息網絡犯罪案件的管轄、取證、證據審查等問題 … 意見自2022年9月1日起施行。',
        supports: ['issuers', 'effective', 'summary'],
      },
    ],
  },

  // ─────────────────────── Procuratorates and personal information (SPP, 2021) ───────────────────────
  {
    id: 'document:spp-notice-on-personal-information-protection-public-interest-litigation',
    name: 'Notice on Implementing the Personal Information Protection Law and Promoting Procuratorial Work of Public Interest Litigation on Personal Information Protection',
    nameZh: '关于贯彻执行个人信息保护法推进个人信息保护公益诉讼检察工作的通知',
    aliases: [
      'Circular on Implementing the Personal Information Protection Law and Promoting the Public Interest Litigation Filed by Procuratorates for Personal Information Protection',
      'Notice on Implementing the Personal Information Protection Law and Promoting Public Interest Litigation Procuratorial Work',
    ],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spp'],
    promulgated: '2021-08-21',
    summary:
      'SPP notice on public interest litigation under Article 70 of the PIPL: procuratorates are to give priority to sensitive personal information, special groups such as children, key sectors, and processing of data on more than one million people.',
    relations: [{ type: 'implements', target: 'document:personal-information-protection-law', source: 0 }],
    sources: [
      {
        url: 'https://chinajusticeobserver.com/a/spp-issues-public-interest-litigation-rules-to-implement-personal-information-protection-law',
        title: 'China Justice Observer',
        quote:
          "China's first Personal Information Protection Law was enacted on 21 Aug. 2021, and will take effect on 1 Nov. 2021.\n\nArticle 70 of the Personal Information Protection Law (“the Law”) stipulates that … To implement this provision, the Supreme People's Procuratorate (SPP) on August 21 issued the ‘Notice on Implementing the Personal Information Protection Law and Promoting Procuratorial Work of Public Interest Litigation on Personal Information Protection’ (“the Notice”, 关于贯彻执行个人信息保护法推进个人信息保护公益诉讼检察工作的通知).\n\nThe Notice requires procuratorates at all levels to pay attention to sensitive personal information, personal information of special groups and personal information in key areas",
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/personal-information-protection-next-battlefield-for-china-s-public-interest-litigation',
        title: 'China Justice Observer',
        quote:
          'The day right after the promulgation of the PIPL, the Supreme People’s Procuratorate (SPP) issued the “Circular on Implementing the Personal Information Protection Law and Promoting the Public Interest Litigation Filed by Procuratorates for Personal Information Protection” (关于贯彻执行个人信息保护法推进个人信息保护公益诉讼检察工作的通知), expressing its commitment to addressing personal information protection through public interest litigation.',
        supports: ['nameZh', 'aliases', 'issuers'],
      },
      {
        url: 'https://lcddisplay.org/supreme-prosecutor-personal-information-protection-is-included-in-the-statutory-field-of-procuratorial-public-interest-litigation/',
        title: 'lcddisplay.org (translation of a news report)',
        quote:
          'On August 20, the “Personal Information Protection Law of the People’s Republic of China” passed at the 30th meeting of the Standing Committee of the 13th National People’s Congress will be officially implemented on November 1, 2021. … On the 21st, the Supreme People’s Procuratorate issued the “Notice on Implementing the Personal Information Protection Law and Promoting Public Interest Litigation Procuratorial Work” (hereinafter referred to as the “Notice”)',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'http://szfx.org.cn/NewsView.asp?ID=2122',
        title: '朔州市法学会 (山西省法学会)',
        quote:
          '发布时间:2021.08.30 … 近日,最高人民检察院下发《关于贯彻执行个人信息保护法推进个人信息保护公益诉讼检察工作的通知》(下称《通知》),就个人信息保护法明确将个人信息保护纳入检察公益诉讼法定领域进行安排部署 … 生物识别、宗教信仰、特殊身份、医疗健康、金融账号、行踪轨迹等敏感个人信息应当严格保护;儿童、妇女、残疾人、老年人、军人等特殊群体的个人信息需要特别保护;教育、医疗、就业、养老、消费等重点领域处理的个人信息,以及处理100万人以上的大规模个人信息应当重点保护',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC guiding cases on data rights (47th batch, 2025) ───────────────────────
  {
    // Pages cite the batch by its theme; the batch number alone (第47批指导性案例) is not given as a
    // short name, as the SPP numbers its own batches of guiding cases too.
    id: 'document:spc-guiding-cases-on-judicial-protection-of-data-rights',
    name: "Supreme People's Court Guiding Cases on the Judicial Protection of Data Rights",
    nameZh: '数据权益司法保护专题指导性案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2025-08-28',
    summary:
      'The SPC’s 47th batch of guiding cases (six cases, from No. 262), its first on data rights: data scraping as unfair competition, account-linking services, lawful use of enterprise data, an app’s excessive collection of personal information, and handing over online platform accounts.',
    sources: [
      {
        url: 'https://www.gdzf.org.cn/index/zfyw/content/post_186015.html',
        title: '广东政法网',
        quote:
          '为切实解决涉数据权益纠纷案件审理中的难点、堵点,明确法律适用、统一裁判标准,进一步促进数字经济高质量发展,8月28日,最高人民法院发布第47批指导性案例,也是最高法首次发布数据权益司法保护专题指导性案例。\n此次发布的6件指导性案例,案件类型全面,涉及数据基础制度建设的重点问题、学界研究关注的热点问题、司法实务的堵点问题 … 此次发布的指导性案例中,262号、263号为不正当竞争纠纷案例,编织形成了数据不正当竞争纠纷的裁判规则体系。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1158590080739315712',
        title: 'Reportify (21世纪经济报道 summary)',
        quote:
          '2 1 Shi Ji Jing Ji Bao Dao·2025-08-28 15:28\n\nCore Viewpoint - The Supreme People\'s Court of China has released its first set of guiding cases on data rights protection, addressing key issues such as data ownership, utilization of data products, personal information protection, and the delivery of online platform accounts, aiming to unify the adjudication standards for similar cases',
        supports: ['name', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.changtsi.com/news/insight/3866.html',
        title: 'CHANG TSI & Partners',
        quote:
          'Recently, the Supreme People’s Court of China released the 47th set of guiding cases. This marks the first batch of guiding cases specifically concerning the judicial protection of data rights, aiming to address core issues in the digital economy, such as determining data ownership, utilizing data products, protecting personal information, and transferring platform accounts.',
        supports: ['name', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1158469632089264128',
        title: 'Reportify',
        quote:
          '- Case 262 involves a dispute over unfair competition due to data scraping from an online platform, affirming that platform operators can seek legal protection when their business interests are harmed [4][8]. - Case 263 clarifies that providing associated account services with user authorization does not constitute unfair competition if it does not disrupt market order [4][17]. - Case 264 establishes that data processors who collect and process enterprise data without causing harm to the enterprise\'s rights are not liable for tort [4][25]. - Case 265 addresses the excessive collection of personal information by an app operator',
        supports: ['summary'],
      },
    ],
  },

  // ─────────────────────── Online and e-commerce IP disputes (SPC, 2020) ───────────────────────
  {
    id: 'document:spc-reply-on-online-ip-infringement-disputes',
    name: "Official Reply of the Supreme People's Court on Several Issues Concerning the Application of Law to Online Intellectual Property Infringement Disputes",
    nameZh: '关于涉网络知识产权侵权纠纷几个法律适用问题的批复',
    aliases: [
      "Official Reply from the Supreme People's Court on Several Issues concerning the Application of Law to Online Intellectual Property Infringement Disputes",
      'Reply of Supreme People’s Court Regarding Several Questions on the Application of Law in Network IP Infringement Disputes',
      'Official Reply of the Supreme People’s Court on the Application of Law in Internet-related Intellectual Property Rights Infringement Disputes',
      'Reply to Several Issues Concerning the Application of Law in Online IP Rights Infringement Disputes',
    ],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2020-08-24',
    promulgated: '2020-09-12',
    effective: '2020-09-14',
    summary:
      'SPC reply on online IP infringement: rights holders’ applications for preservation, when network service providers and e-commerce platforms bear joint liability, the period for handling non-infringement statements, punitive damages for bad-faith statements, and no civil liability for mistaken notices submitted in good faith.',
    sources: [
      {
        url: 'https://east-ip.com/zh/insights/reply-of-supreme-peoples-court-regarding-several-questions-on-the-application-of-law-in-network-ip-infringement-disputes-translation',
        title: 'East IP',
        quote:
          'The Reply of Supreme People’s Court Regarding Several Questions on the Application of Law in Network IP Infringement Disputes was adopted at the 1810th meeting of the Judicial Committee of the Supreme People’s Court on August 24, 2020. It is hereby promulgated and effective as of September 14, 2020.\n\nSeptember 12, 2020',
        supports: ['aliases', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://xinyuezhai.com/fwc/a/MzU4NTUxNzI5MQ==/2247484502/1',
        title: 'LegalTips (WeChat reprint)',
        quote:
          "The Official Reply from the Supreme People's Court on Several Issues concerning the Application of Law to Online Intellectual Property Infringement Disputes, is promulgated on 12 September 2020 and shall come into force as of September 14, 2020.",
        supports: ['name', 'aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.leetsai.com/copyright-other-intellectual-property-right/official-reply-of-the-supreme-peoples-court-on-the-application-of-law-in-internet-related-intellectual-property-rights-infringement-disputes-mainland-china',
        title: 'Lee and Li – Leetsai',
        quote:
          'Official Reply of the Supreme People’s Court on the Application of Law in Internet-related Intellectual Property Rights Infringement Disputes (Mainland China) … On September 12, 2020, the Supreme People’s Court issued its Official Reply on the Application of Law in Disputes Internet-related Intellectual Property Rights Infringement Disputes (the “Reply”).',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.internationallawoffice.com/Newsletters/Intellectual-Property/China/Wanhuida-Intellectual-Property/Supreme-Peoples-Court-issues-judicial-interpretations-on-IP-rights-disputes-which-involve-ISPs',
        title: 'International Law Office (Wanhuida)',
        quote:
          "On 12 September 2020 the Supreme People's Court promulgated two judicial interpretations regarding IP rights disputes that involve internet service providers (ISPs):\n\n  • the Reply to Several Issues Concerning the Application of Law in Online IP Rights Infringement Disputes, which applies to all ISPs",
        supports: ['aliases', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://amitalaw.com/industrytrends/9604.html',
        title: '阿米塔律师事务所',
        quote:
          '9月13日,最高人民法院发布《关于涉网络知识产权侵权纠纷几个法律适用问题的批复》(下文简称《网络知产批复》)和《关于审理涉电子商务平台知识产权民事案件的指导意见》(下文简称《电商平台意见》)。\n“批复”是最高人民法院对地方法院就审判工作中具体应用法律问题的请示而制定的一种司法解释。此次发布的《网络知产批复》,对涉及网络知识产权侵权案件中,知识产权权利人提出保全申请、网络服务提供者和电子商务平台经营者承担连带责任的条件、网络服务提供者和电子商务平台经营者处理网络用户和平台内经营者提交的不侵权声明的期限、对恶意提交不侵权声明适用惩罚性赔偿的条件、免除知识产权权利人善意提交错误通知的民事责任等问题作出了明确规定。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },
  {
    id: 'document:spc-guiding-opinions-on-ip-civil-cases-involving-e-commerce-platforms',
    name: "Guiding Opinions of the Supreme People's Court on the Trial of Intellectual Property Civil Cases Involving e-Commerce Platforms",
    nameZh: '关于审理涉电子商务平台知识产权民事案件的指导意见',
    aliases: [
      'Guiding Opinions on the Trial of Civil Cases Involving Intellectual Property Rights on E-commerce Platforms',
      'Guiding Opinions of the Supreme People’s Court Regarding the Trial of Civil Cases Involving IP Rights on E-commerce Platforms',
      'Guiding Opinion on the Trial of Civil Cases of Intellectual Property Rights Involving E-Commerce Platforms',
      'Guiding Opinions on the Trial of Civil IP Rights Cases Involving E-Commerce Platforms',
    ],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2020-09-10',
    summary:
      'The SPC’s first guiding opinions on IP protection in e-commerce (11 articles): basic principles, platforms’ IP protection rules and governance measures, when a platform runs its own business, when a notice is in bad faith, and platform operators’ liability.',
    relations: [{ type: 'cites', target: 'document:e-commerce-law', source: 3 }],
    sources: [
      {
        url: 'http://www.afdip.com/index.php?ac=article&at=read&did=4394',
        title: 'AFD China Intellectual Property',
        quote:
          "Guiding Opinions of the Supreme People's Court on the Trial of Intellectual Property Civil Cases Involving e-Commerce Platforms\n\nJudicial Issuance [2020] No. 32\n\nNotice from the Supreme People's Court regarding Issuing Guiding Opinions on the Trial of Intellectual Property Civil Cases Involving e-Commerce Platforms … The Supreme People's Court\nSeptember 10, 2020",
        supports: ['name', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.leetsai.com/copyright/guiding-opinions-of-the-supreme-peoples-court-on-the-trial-of-civil-cases-involving-the-intellectual-property-rights-on-e-commerce-platforms-mainland-china',
        title: 'Lee and Li – Leetsai',
        quote:
          'On 10 September 2020, the Supreme People’s Court issued the Guiding Opinions on the Trial of Civil Cases Involving Intellectual Property Rights on E-commerce Platforms (the “Opinions”).  The Opinions marked the first time that the Supreme People’s Court issued guiding opinions specifically on the protection of intellectual property rights in e-commerce, covering the basic principles, general provisions, the rules and governance measures for the protection of intellectual property rights of e-commerce platforms, the legal responsibilities of e-commerce platforms operators, etc.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://sips.asia/knowledge/legislation-and-policy/guiding-opinions-issued-by-the-supreme-peoples-court-regarding-the-trial-of-civil-cases-involving-ip-rights-on-e-commerce-platforms/',
        title: 'SIPS',
        quote:
          'The “Guiding Opinions of the Supreme People’s Court Regarding the Trial of Civil Cases Involving IP Rights on E-commerce Platforms” are hereby issued to you. Please implement them carefully and thoroughly.\n\nSupreme People’s Court\nSeptember 10, 2020',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinaipr.com/category/%E7%94%B5%E5%AD%90%E5%95%86%E5%8A%A1%E6%B3%95/',
        title: 'China IPR (Mark Cohen)',
        quote:
          'On September 12, 2020, the Supreme People’s Court issued its new “Guiding Opinion on the Trial of Civil Cases of Intellectual Property Rights Involving E-Commerce Platforms”  关于审理涉电子商务平台知识产权民事案件的指导意见 (the “Guiding Opinion”).\n\nThis Guiding Opinion explicitly references China’s E-Commerce law. … That is likely because strictly speaking a “Guiding Opinion” is not a judicial interpretation.',
        supports: ['nameZh', 'aliases', 'kind', 'issuers', 'relations'],
      },
      {
        url: 'https://www.internationallawoffice.com/Newsletters/Intellectual-Property/China/Wanhuida-Intellectual-Property/Supreme-Peoples-Court-issues-judicial-interpretations-on-IP-rights-disputes-which-involve-ISPs',
        title: 'International Law Office (Wanhuida)',
        quote:
          'the Guiding Opinions on the Trial of Civil IP Rights Cases Involving E-Commerce Platforms, which target e-commerce platforms.',
        supports: ['aliases'],
      },
      {
        url: 'https://amitalaw.com/industrytrends/9604.html',
        title: '阿米塔律师事务所',
        quote:
          '《电商平台意见》是最高人民法院首次专门针对电子商务领域知识产权保护问题发布指导意见,全文共十一条,涵盖了基本原则、一般规定、电子商务平台的知识产权保护规则与治理措施、电子商务平台经营者的法律责任等几部分内容。《电商平台意见》坚持问题导向,在总结审判经验的基础上,强化司法政策的指导功能。如第二条关于平台开展自营业务的认定、第六条关于通知人是否具有恶意的认定等',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── Punitive damages for IP infringement (SPC, 2021) ───────────────────────
  {
    id: 'document:spc-interpretation-on-punitive-damages-in-ip-infringement-civil-cases',
    name: 'Interpretation on Application of Punitive Damages in the Trial of Civil Intellectual Property Infringement Cases',
    nameZh: '关于审理侵害知识产权民事案件适用惩罚性赔偿的解释',
    aliases: [
      'Interpretation on the Application of Punitive Damages in the Trial of Civil Cases Involving Intellectual Property Infringement',
      'Interpretation on the Application of Punitive Damages in the Trial of Civil Cases of Infringement of Intellectual Property Rights',
      "Interpretation of the Supreme People's Court on the Application of Punitive Damages in the Trial of Intellectual Property Infringement Civil Cases",
    ],
    zhShortNames: ['法释〔2021〕4号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2021-02-07',
    promulgated: '2021-03-02',
    effective: '2021-03-03',
    summary:
      'SPC interpretation (7 articles) on punitive damages for intentional IP infringement with serious circumstances: what counts as intent and serious circumstances, and how the base amount and the multiple are set.',
    relations: [
      { type: 'based_on', target: 'document:civil-code', source: 0 },
      { type: 'based_on', target: 'document:copyright-law', source: 0 },
      { type: 'based_on', target: 'document:anti-unfair-competition-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2021/03/11/interpretation-on-application-of-punitive-damages-in-the-trial-of-civil-intellectual-property-infringement-cases',
        title: 'China Law & Practice',
        quote:
          "Interpretation on Application of Punitive Damages in the Trial of Civil Intellectual Property Infringement Cases\n\n关于审理侵害知识产权民事案件适用惩罚性赔偿的解释\n\nSerious willful IP infringements may be liable to punitive damages\n\n(Promulgated by the Supreme People's Court on March 2, 2021 and effective as of March 3, 2021.) … 法释〔2021〕4号\n\nThe Interpretation has been formulated pursuant to laws such as the PRC Civil Code, the PRC Copyright Law, the PRC Trademark Law, the PRC Patent Law, the PRC Anti-Unfair Competition Law, the PRC Seed Law and the PRC Civil Procedure Law",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://cpahkltd.com/index.php?c=show&id=6131',
        title: 'China Patent Agent (H.K.) Ltd.',
        quote:
          'On 3 March 2021, the Supreme People’s Court of China (SPC) issued the Interpretation on the Application of Punitive Damages in the Trial of Civil Cases Involving Intellectual Property Infringement, which has come into effect upon its issuance.\nThe Interpretation, comprising 7 articles … The first article of the Interpretation affirms that "intent" and "serious circumstances" are the two prerequisites for the application of punitive damages in IP civil cases',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://bairuiip.com/CaseDetail.aspx?aid=487&scroll=visionDetail',
        title: 'Bairui IP',
        quote:
          "On February 7, 2021, the 1831st meeting of the Judicial Committee of the Supreme People's Court discussed and passed the Interpretation on the Application of Punitive Damages in the Trial of Civil Cases of Infringement of Intellectual Property Rights (hereinafter referred to as the Interpretation), which has been implemented as of March 3, 2021. \n\n\nThe Interpretation consists of 7 articles",
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'http://www.h-pf.com/home/english/detailsc.html?id=102',
        title: 'Hong Kong Patent & Trademark Office (h-pf.com)',
        quote:
          "Interpretation of the Supreme People's Court on the Application of Punitive Damages in the Trial of Intellectual Property Infringement Civil Cases (herein after referred to as the Interpretation) was released and put into effect on March 3, 2021.\n\nThe Interpretation makes specific provisions on the scope of punitive damages in civil intellectual property cases, the designation of intentional and aggravated circumstances, and the determination of the calculation base and multiplier.",
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.ccpit-patent.com.cn/resources/laws/haiguanbaohu/2021/0722/5155.html',
        title: 'CCPIT Patent and Trademark Law Office',
        quote:
          'To correctly implement the punitive compensation system for intellectual property rights, lawfully punish serious infringements of intellectual property rights, and comprehensively strengthen intellectual property protection, the present interpretation is formulated, in accordance with the Civil Code of the People\'s Republic of China, the Copyright Law of the People\'s Republic of China',
        supports: ['relations'],
      },
    ],
  },

  // ─────────────────────── Trade secrets (SPC, 2020) and IP crimes (SPC/SPP, 2025) ───────────────────────
  {
    id: 'document:spc-provisions-on-trade-secret-infringement-civil-cases',
    name: "Provisions of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Civil Cases Involving Infringements upon Trade Secrets",
    nameZh: '最高人民法院关于审理侵犯商业秘密民事案件适用法律若干问题的规定',
    aliases: [
      "Provisions of the Supreme People's Court on Several Issues concerning the Application of Law in Hearing Civil Cases of Trade Secret Infringement",
      "Provisions on Several Issues concerning the Application of Law in the Trial of Civil Cases of Trade Secrets Infringement",
      'Provisions of the Supreme People’s Court on the Application of Law in Trade Secret Infringement Trials',
      "Provisions of the Supreme People's Court on Several Issues Concerning the Application of Laws in the Trial of Civil Cases Involving Trade Secret Infringement",
    ],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2020-08-24',
    promulgated: '2020-09-10',
    effective: '2020-09-12',
    summary:
      'SPC provisions (29 articles) on trade secret civil cases under the Anti-Unfair Competition Law: what counts as technical information (including algorithms and data), confidentiality obligations, employees and former employees, burden of proof and act preservation.',
    relations: [{ type: 'implements', target: 'document:anti-unfair-competition-law', source: 0 }],
    sources: [
      {
        url: 'http://www.udunip.com/guidingd.php?cid=35&id=46',
        title: 'Zhejiang Udun Intellectual Property',
        quote:
          "Level of Authority: Judicial Interpretation\n\n    Date Issued: 09-10-2020\n\n    Effective Date: 09-12-2020\n\n    Issuing Authority: Supreme People's Court\n\n    Status: Effective … The Provisions of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Civil Cases Involving Infringements upon Trade Secrets, as adopted at the 1810th Session of the Judicial Committee of the Supreme People's Court on August 24, 2020, are hereby issued, and shall come into force on September 12, 2020. … these Provisions are developed in accordance with the provisions of the Anti-Unfair Competition Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/provisions-on-trade-secret-infringement-20200910',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'The Provisions of the Supreme People’s Court on Several Issues concerning the Application of Law in Hearing Civil Cases of Trade Secret Infringement were promulgated in 2020 and entered into force on 12 Sept. 2020.\nThere are 29 articles in total … so as to apply the Anti-unfair Competition Law accurately. … (1) Technical information refers to structures, raw materials, components, formulas, materials, samples, patterns, propagation materials of new plant varieties, process, methods or their steps, algorithms, data, computer programs and relevant files related to technology;',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/357-the-supreme-people-s-court-promulgates-judicial-interpretations-for-protecting-trade-secret',
        title: 'Shanghai Foreign Investment Development Board',
        quote:
          'The Supreme People\'s Court has recently issued the Provisions on Several Issues concerning the Application of Law in the Trial of Civil Cases of Trade Secrets Infringement (the "Provisions") , which will take effect from September 12, 2020. … The Provisions set out provisions on act preservation (Article 15), confidentiality obligations, and liability for infringement with regard to key nodes such as burden of proof … as well as provisions on the protection of trade secrets related to employees and former employees (Article 11)',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.leetsai.com/litigation-related/provisions-of-the-supreme-peoples-court-on-the-application-of-law-in-the-trade-secret-infringement-trials-mainland-china',
        title: 'Lee and Li – Leetsai',
        quote:
          'On September 10, 2020, the Supreme People’s Court promulgated the Provisions of the Supreme People’s Court on the Application of Law in Trade Secret Infringement Trials (the “Trade Secret Provisions”).',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://cpahkltd.com/index.php?c=show&id=100784',
        title: 'China Patent Agent (H.K.) Ltd.',
        quote:
          "in accordance with the Anti-Unfair Competition Law of the People’s Republic of China, the Interpretation of the Supreme People’s Court on Several Issues Concerning the Application of Laws in the Trial of Civil Cases of Unfair Competition, the Provisions of the Supreme People’s Court on Several Issues Concerning the Application of Laws in the Trial of Civil Cases Involving Trade Secret Infringement",
        supports: ['aliases'],
      },
      {
        url: 'http://transgd.net.cn/view.php?id=5784',
        title: 'transgd.net.cn (law firm article)',
        quote:
          '2020年9月12日,最高法院进一步施行《最高人民法院关于审理侵犯商业秘密民事案件适用法律若干问题的规定》,细化了在侵犯商业秘密民事案件中相关标准。',
        supports: ['nameZh', 'kind', 'issuers', 'effective'],
      },
    ],
  },
  {
    id: 'document:spc-spp-interpretation-on-ip-infringement-criminal-cases-2025',
    name: 'Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Intellectual Property Infringement',
    nameZh: '关于办理侵犯知识产权刑事案件适用法律若干问题的解释',
    aliases: [
      "Interpretation of the Supreme People’s Court and the Supreme People’s Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases of Intellectual Property Infringement",
      'Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Infringing Intellectual Property Rights',
      'Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of IP Infringement',
    ],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc', 'spp'],
    // Adopted by the SPC Judicial Committee on 7 April 2025 and by the SPP Procuratorial Committee on 11 April 2025.
    adopted: '2025-04-07',
    promulgated: '2025-04-24',
    effective: '2025-04-26',
    summary:
      'SPC/SPP interpretation (31 articles) of the IP crimes as amended by Amendment XI to the Criminal Law: trademark and patent counterfeiting, copyright crimes and trade secret crimes (including “electronic intrusion”); it replaced the 2004, 2007 and 2020 interpretations.',
    relations: [{ type: 'based_on', target: 'document:criminal-law', source: 3 }],
    sources: [
      {
        url: 'https://natlawreview.com/article/chinas-supreme-peoples-court-and-supreme-peoples-procuratorate-issue-interpretation',
        title: 'The National Law Review',
        quote:
          'On April 24, 2025, China’s Supreme People’s Court (SPC) and Supreme People’s Procuratorate (SPP) jointly issued the Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Intellectual Property Infringement (关于办理侵犯知识产权刑事案件适用法律若干问题的解释). The Interpretation clarifies trademark crimes, patent counterfeiting, copyright crimes, trade secret misappropriation, and common issues arising in IP crimes (e.g., heavier or reduced sentences). The Interpretation is effective as of April 26, 2025.',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://global.ecovis.com/intellectual-property-infringement-china-new-judicial-interpretation',
        title: 'ECOVIS (Shanghai K-Insight Law Firm)',
        quote:
          'The “Interpretation of the Supreme People’s Court and the Supreme People’s Procuratorate on Several Issues Concerning the Application of Law in Handling Criminal Cases of Intellectual Property Infringement” (hereinafter referred to as the “2025 Interpretation“) came into effect on 26 April 2025.\nIn the Chinese legal system, judicial interpretations issued by the SPC and the SPP have legal binding force. The 2025 Interpretation replaces the interpretations issued by the SPC and the SPP in 2004, 2007 and 2020 regarding intellectual property disputes',
        supports: ['aliases', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://webiis10.mondaq.com/china/trademark/1647978/news-release-new-judicial-interpretations-related-to-intellectual-property-criminal-cases-issued',
        title: 'Mondaq',
        quote:
          'On April 23, 2025, the Supreme People\'s Court and the Supreme People\'s Procuratorate of China jointly released the "Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of Infringing Intellectual Property Rights" (hereinafter referred to as the "Interpretation"). This new Interpretation, which has become effective from April 26, 2025 … The Interpretation introduces the new standard for "electronic intrusion," defined as "acts of obtaining trade secrets through unauthorized access to computer information systems or similar methods."',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.afdip.com/China_IP_Laws/Patent/Judicial_Interpretations/2025/0519/2067.html',
        title: 'AFD China Intellectual Property',
        quote:
          "Judicial Interpretation [2025] No. 5\n(Adopted at the 1947th meeting of the Judicial Committee of the Supreme People's Court on April 7, 2025, and the 51st meeting of the 14th Procuratorial Committee of the Supreme People's Procuratorate on April 11, 2025, and this Interpretation has come into force as of April 26, 2025)\nFor the purpose of lawfully punishing crimes of intellectual property infringement and safeguarding the socialist market economic order, in accordance with the relevant provisions of the Criminal Law of the People's Republic of China",
        supports: ['kind', 'issuers', 'adopted', 'effective', 'relations'],
      },
      {
        url: 'https://changtsi.com/news/insight/3576.html',
        title: 'CHANG TSI & Partners',
        quote:
          'On April 24, 2025, the Supreme People\'s Court (SPC) and the Supreme People\'s Procuratorate (SPP) of China released the “Interpretation on Several Issues Concerning the Application of Law in Handling Criminal Cases of IP Infringement” (hereinafter referred to as the “Interpretation”), which is set to take effect on April 26, 2025. … in conjunction with the amendments concerning IP-related crimes introduced in the 2021 Amendment (XI) to the Criminal Law. … Comprising 31 articles',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://zhenguoke.com/read/-dy-article-JTU3AFN90514CDBK.html',
        title: '中国青年报 (reprint)',
        quote:
          '最高人民法院、最高人民检察院今天发布《关于办理侵犯知识产权刑事案件适用法律若干问题的解释》(以下简称《解释》),将2025年4月26日第25个世界知识产权日起施行。 … 《解释》根据刑法修正案(十一)制定,是对侵犯知识产权犯罪的一次全新的系统性解释,吸收、整合了此前三部相关司法解释的有效规定,同时废止了前三部司法解释 … 《解释》共31条,主要包括五部分。',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ─────────────────────── Blockchain in the courts (SPC, 2022) ───────────────────────
  {
    id: 'document:spc-opinions-on-strengthening-judicial-application-of-blockchain',
    name: "Opinions of the Supreme People's Court on Strengthening the Judicial Application of Blockchain",
    nameZh: '最高人民法院关于加强区块链司法应用的意见',
    aliases: ["Opinions of the Supreme People's Court on Strengthening Blockchain Application in the Judicial Field"],
    zhShortNames: ['法发〔2022〕16号'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['spc'],
    // Dated 23 May 2022 (ODR.info); the SPC released it on 25 May 2022.
    promulgated: '2022-05-23',
    summary:
      'SPC opinions (seven parts, 32 items) on the judicial application of blockchain: overall requirements, building the courts’ blockchain platforms, and using blockchain’s tamper-proof data to enhance judicial credibility.',
    sources: [
      {
        url: 'https://coinlive.com/news/-quot-Opinions-of-the-Supreme-People-39-s-Court',
        title: 'Coinlive',
        quote:
          'According to the WeChat official account of the Supreme People\'s Court, on May 25, 2022, the Supreme People\'s Court issued the "Opinions of the Supreme People\'s Court on Strengthening the Judicial Application of Blockchain" (hereinafter referred to as "Opinions").',
        supports: ['name', 'status', 'issuers'],
      },
      {
        url: 'https://odr.info/chinese-supreme-peoples-court-issues-the-opinions-of-the-supreme-peoples-court-on-strengthening-blockchain-application-in-the-judicial-field',
        title: 'ODR.info',
        quote:
          'The Opinions issued May 23, 2022 include the following sections: I. Overall requirements; II. Requirements on building the blockchain platforms of the people’s courts; III. Making the most of the data tamper-proof technology of blockchain to further enhance judicial credibility',
        supports: ['promulgated', 'summary'],
      },
      {
        url: 'https://chinaservicesinfo.com/s/202205/26/WS628f0f67498e6a12c122d1b2/spc-releases-opinions-on-strengthening-blockchain-application-in-the-judicial-field.html',
        title: 'China Services Info (SPC press release)',
        quote:
          'On May 25, 2022, the Supreme People\'s Court of the People\'s Republic of China released the "Opinions of the Supreme People\'s Court on Strengthening Blockchain Application in the Judicial Field" (hereinafter referred as "the Opinions")',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://blockchainbbs1.com/thread-204-1-1.html',
        title: 'blockchainbbs1.com (forum reprint)',
        quote: '《最高人民法院关于加强区块链司法应用的意见》全文(中英文版) … 法发〔2022〕16号\n\n最高人民法院关于加强区块链司法应用的意见',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers'],
      },
      {
        url: 'https://appimg.modaily.cn/app/szb/pc/content/202205/26/content_195094.html',
        title: '澳門日報',
        quote:
          '2022年05月26日 … 五月二十五日,最高人民法院發佈《最高人民法院關於加強區塊鏈司法應用的意見》(以下簡稱《意見》)。 … 《意見》包括七個部分三十二條內容,明確人民法院加強區塊鏈司法應用總體要求及人民法院區塊鏈平台建設要求',
        supports: ['kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── High courts' guidelines ───────────────────────
  {
    id: 'document:beijing-high-court-guidelines-on-network-related-ip-cases',
    name: "Guidelines of the Beijing High People's Court for Adjudication of Network-related IP Cases",
    nameZh: '北京市高级人民法院关于涉及网络知识产权案件的审理指南',
    aliases: [
      'Guidelines for Adjudication of Network-related IP Cases',
      'Guidelines for the Hearing of Network-Related Intellectual Property Cases',
      'Guidelines on the Trial of Online Intellectual Property Cases',
    ],
    zhShortNames: ['关于涉及网络知识产权案件的审理指南'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['beijing-high-court'],
    promulgated: '2016-04-13',
    summary:
      'Beijing High People’s Court guidelines (42 articles in three parts) on network-related copyright, trademark and unfair competition disputes, including whether platform service providers took reasonable measures against infringement and when paid listing is unfair competition.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2016/10/11/beijing-municipal-higher-peoples-court-guidelines-on-the-trial-of-online-intellectual-property-cases',
        title: 'China Law & Practice',
        quote:
          "Beijing Municipal Higher People's Court, Guidelines on the Trial of Online Intellectual Property Cases\n\n北京市高级人民法院关于涉及网络知识产权案件的审理指南\n\nBeijing court issues the first guidelines on online IP cases.\n\n(Issued by the Beijing Municipal Higher People's Court on April 13 2016.)",
        supports: ['nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://cpahkltd.com/index.php?c=show&id=100765',
        title: 'China Patent Agent (H.K.) Ltd. (translation)',
        quote:
          'Guidelines of the Beijing High People’s Court for Adjudication of Network-related IP Cases*\n\n \n\n(The Chinese text of the Guidelines shall prevall in case of inconsistency)\n\n \n\nSection I: Network-related Copyright',
        supports: ['name', 'issuers'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=26fcd6b8-686c-4454-a79d-57b9858c5f51',
        title: 'Lexology',
        quote:
          'On the morning of April 13, 2016, the Beijing High People’s Court published Guidelines for Adjudication of Network-related IP Cases (the "Guidelines"), which standardize the judicial rules applicable to network-related IP cases. The Guidelines are divided into 3 parts with a total of 42 Articles, and provide some guidance for topical and difficult issues in relation to network-related copyright, network-related trademark, and network-related unfair competition disputes.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=e892e30c-59e6-428d-9762-d6249883c273',
        title: 'Lexology',
        quote:
          'On April 13, 2016, the Beijing Higher People\'s Court promulgated the Guidelines for the Hearing of Network-Related Intellectual Property Cases (hereinafter referred to as the “Guidelines”), which summarizes the experiences of Beijing courts during their hearings of network intellectual property cases',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.cpahkltd.com/EN/info.aspx?n=20160426122016480180',
        title: 'China Patent Agent (H.K.) Ltd.',
        quote:
          "For network-related trademark cases, the Guidelines stress the consideration for balance of interests among the parties involved and the factor of whether reasonable measures have been taken by the platform service provider to prevent infringement during adjudication of relevant disputes. … As regards network-related unfair competition cases, the Guidelines touch upon, among others, the determination of publicly recognised business ethics, false advertising, and commercial defamation; the constitution of paid listing as an act of unfair competition",
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:guangdong-high-court-guidelines-on-online-game-ip-civil-disputes',
    name: 'Guidelines for the Adjudication of Civil Dispute Cases Involving Intellectual Property in Online Games (Trial Implementation)',
    nameZh: '广东省高级人民法院关于网络游戏知识产权民事纠纷案件的审判指引(试行)',
    aliases: ['Guidelines on the Hearing of Intellectual Property Civil Disputes Involving Online Game (Trial)'],
    zhShortNames: ['关于网络游戏知识产权民事纠纷案件的审判指引(试行)', '粤高法发〔2020〕3号'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['guangdong-high-court'],
    promulgated: '2020-04-13',
    summary:
      'Guangdong High People’s Court guidelines (40 articles) on online game IP disputes: injunctions, infringement involving game screens and game live-streaming, and damages, with punitive damages introduced in copyright cases.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2020/05/21/guangdong-province-guidelines-for-the-adjudication-of-civil-dispute-cases-involving-intellectual-property-in-online-games-trial-implementation',
        title: 'China Law & Practice',
        quote:
          'Guangdong Province, Guidelines for the Adjudication of Civil Dispute Cases Involving Intellectual Property in Online Games (Trial Implementation)\n\n广东省关于网络游戏知识产权民事纠纷案件的审判指引 (试行) … Guangdong issues guidelines on IP protection for online games\n\nClp Reference: 5100/20.04.13 Promulgated: 2020-04-13',
        supports: ['name', 'status', 'promulgated'],
      },
      {
        url: 'http://en.wanhuida.com/content/details_26_1063.html',
        title: 'Wanhuida Intellectual Property',
        quote:
          'On April 13, 2020, the Guangdong High Court released the “Guidelines on the Hearing of Intellectual Property Civil Disputes Involving Online Game (Trial)” (The Guidelines). Though only binding on courts within Guangdong Province, it is the first of its kind in China, reflecting the latest judicial practice in this area, and addressing manifold matters including injunctions, determination of infringement and damages for online game disputes. … Punitive damages is, for the first time, introduced in copyright infringement disputes.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://iprdaily.cn/news_24406.html',
        title: 'IPRdaily',
        quote:
          '原标题:广东省高级人民法院关于网络游戏知识产权民事纠纷案件的审判指引(试行)\n\n\nIPRdaily消息:4月12日,广东省高级人民法院发布《关于网络游戏知识产权民事纠纷案件的审判指引(试行)》全文和解读。网络游戏知识产权案件中,游戏画面和直播游戏的侵权界定一直是热议话题',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://m.110.com/flzs/831526.html',
        title: '110法律咨询网',
        quote:
          '广东高院发布网络游戏领域知识产权案件审判指引\n发布日期:2020-04-27 … 4月13日,广东省高级人民法院发布了《关于网络游戏知识产权民事纠纷案件的审判指引(试行)》。《指引》全文共40条',
        supports: ['zhShortNames', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.hyxgl.com/newsview346822.html',
        title: 'hyxgl.com (reprint of the guidelines)',
        quote: '关于网络游戏知识产权民事纠纷案件的审判指引(试行)\n\n粤高法发〔2020〕3号\n\n为妥善审理涉及网络游戏的知识产权民事纠纷案件,根据法律、法规和司法解释有关规定,结合审判实践,制定本指引。',
        supports: ['zhShortNames', 'kind'],
      },
    ],
  },
];
