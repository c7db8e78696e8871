import type { CoreInstrument } from './types';

/**
 * NPC Standing Committee decisions, criminal-law and content instruments that China TMT pages
 * cite beside the data laws: the 2000 decision on internet security, Amendment IX to the Criminal
 * Law (the crime of infringing citizens' personal information), MIIT's 2011 provisions on the
 * market order of internet information services, the State Council's regulations on the right to
 * network dissemination of information, CAC's provisions on public account information services
 * (2021 revision) and on online violence information (2024), and two CAC drafts of 2019 that were
 * never finalised (data security management; security assessment of personal information leaving
 * China). The 2012 decision on network information protection and the SPC/SPP interpretation on
 * personal-information crimes are already entries of frequent-rules.ts and telecom-trade-rules.ts.
 */
export const CORE_DECISIONS_CRIMINAL_RULES: CoreInstrument[] = [
  // ───────────── NPC Standing Committee decision on internet security (2000) ─────────────
  // No page found writes "Decision on Safeguarding Internet Security" as such; the entry uses the
  // renderings real pages give.
  {
    id: 'document:decision-on-preserving-computer-network-security',
    name: "Decision of the Standing Committee of the National People's Congress on Preserving Computer Network Security",
    nameZh: '全国人民代表大会常务委员会关于维护互联网安全的决定',
    aliases: [
      "Decision of the Standing Committee of the National People's Congress Regarding Safeguarding Internet Safety",
      'National People’s Congress Standing Committee Decision Concerning Safeguarding Internet Safety',
      "Decision of the National People's Congress Standing Committee on Preserving Internet Security",
    ],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2000-12-28',
    // Amended by the NPC Standing Committee's 2009 decision amending some laws.
    amended: ['2009-08-27'],
    summary:
      'NPC Standing Committee decision making it a criminal offence to enter networks concerned with national security, create and spread computer viruses, spread rumours or harmful information online, sell or advertise deceitfully online, or infringe intellectual property online.',
    sources: [
      {
        url: 'https://www.pkulaw.com/en_law/977e6970e7ba2ae9bdfb.html?way=listView',
        title: 'PKULaw (北大法宝)',
        quote:
          "Decision of the Standing Committee of the National People's Congress on Preserving Computer Network Security (2009 Amendment)\n\n\nRevision History\n  • Decision of the Standing Committee of the National People's Congress on Preserving Computer Network Security\n  • 全国人民代表大会常务委员会关于维护互联网安全的决定\n\n  • (Adopted at the 19th Meeting of the Standing Committee of the nineteenth National People's Congress on December 28, 2000; and amended in accordance with the Decision of the Standing Committee of the National People's Congress on Amending Some Laws adopted at the 10th session of the eleventh Standing Committee of the National People's Congress on August 27, 2009)",
        supports: ['name', 'nameZh', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-chinese-1-3039220-T.html',
        title: 'LexisNexis China',
        quote:
          '全国人民代表大会常务委员会关于维护互联网安全的决定(2009年修正)\n\n中华人民共和国主席令第18号\n\n2009年8月27日\n\n  (2000年12月28日第九届全国人民代表大会常务委员会第十九次会议通过 根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》修正)',
        supports: ['nameZh', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://www.lehmanlaw.com/resource-centre/laws-and-regulations/information-technology/decision-of-the-standing-committee-of-the-national-peoples-congress-on-preserving-computer-network-security-2000.html',
        title: 'Lehman, Lee & Xu',
        quote:
          "Decision of the Standing Committee of the National People's Congress on Preserving Computer Network Security - 2000\n\n(Adopted at the 19th Meeting of the Standing Committee of the Ninth National People's Congress on December 28, 2000)",
        supports: ['name', 'issuers', 'adopted'],
      },
      {
        url: 'https://www.cecc.gov/pages/virtualAcad/index.phpd?showsingle=24833',
        title: 'Congressional-Executive Commission on China',
        quote:
          'The following is a translation prepared by the Congressional-Executive Commission on China of the "Decision of the Standing Committee of the National People\'s Congress Regarding Safeguarding Internet Safety" issued by the National People\'s Congress Standing Committee on December 28, 2000.',
        supports: ['aliases', 'issuers', 'adopted'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2000/12/28/national-people%E2%80%99s-congress-standing-committee-decision-concerning-safeguarding-internet-safety/',
        title: 'China Copyright and Media',
        quote:
          'National People’s Congress Standing Committee Decision Concerning Safeguarding Internet Safety\n\nPassed in the 19th Meeting of the Ninth Standing Committee of the National People’s Congress, on 28 December 2000',
        supports: ['aliases', 'issuers', 'adopted'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/provisions-on-management-of-instant-messaging-services/',
        title: 'China Law Translate',
        quote:
          'Article 1: The Provisions are formulated on the basis of Laws and Regulations such as the "Decision of the National People\'s Congress Standing Committee on Preserving Internet Security", the "Decision of the National People\'s Congress Standing Committee on Strengthening Protections for Online Information"',
        supports: ['aliases'],
      },
      {
        url: 'http://www.china.org.cn/english/2000/Dec/5888.htm',
        title: 'China.org.cn',
        quote:
          "First Net Security Law Endorsed\n\nChina’s top legislative body Thursday endorsed a resolution on maintaining security of computer networks, checking on unlawful online activities and helping boost the fledging IT sector in China.\n\nThe resolution, ratified at the final meeting of the 19th session of the Ninth National People's Congress (NPC) Standing Committee, makes it a criminal offence to commit any of following actions:\n\n-- To enter networks concerned with national security;\n\n-- To create and spread computer viruses and to interrupt computer networks or communication services;\n\n-- To spread rumors and slanders or publicize harmful information on Internet;",
        supports: ['kind', 'issuers', 'summary'],
      },
      {
        url: 'http://www.china.org.cn/english/2000/Dec/5888.htm',
        title: 'China.org.cn',
        quote:
          '-- Using Internet to sell fake and substandard products or advertise goods and services in a deceitful way;\n\n-- Using Internet to damage other people’s business reputation and commodity reputation;\n\n-- Using Internet to infringe upon other people’s intellectual property;',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Amendment IX to the Criminal Law (2015) ─────────────
  {
    id: 'document:amendment-ix-to-criminal-law',
    name: 'Amendment (IX) to the Criminal Law',
    nameZh: '刑法修正案（九）',
    aliases: [
      'Amendment IX to the Criminal Law',
      'Criminal Law Amendment (9)',
      'Criminal Law Amendment (IX)',
      'Ninth Amendment to the Criminal Law',
      'Ninth Amendment to the PRC Criminal Law',
      'Amendment IX to the Chinese Criminal Law',
      'Criminal Law (Amendment IX)',
    ],
    zhShortNames: ['刑修(九)'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2015-08-29',
    effective: '2015-11-01',
    summary:
      'The 2015 amendment to the Criminal Law that merged the earlier offences of selling or illegally providing and illegally obtaining personal information into the crime of infringing citizens’ personal information, open to any person or entity and with heavier penalties, and made network service providers criminally liable for failing their security-management duties.',
    relations: [{ type: 'amends', target: 'document:criminal-law', source: 1 }],
    sources: [
      {
        url: 'https://www.shndlaw.com/index.php/post/585',
        title: 'Shandong Law Firm (shndlaw.com)',
        quote:
          "Amendment (IX) to the Criminal Law of China\n2018-05-10 1238\nAmendment (IX) to the Criminal Law of China\n· Document Number:Order No. 30 of the President\n· Area of Law: Criminal Law\n· Level of Authority: Laws\n· Date issued:08-29-2015\n· Effective Date:11-01-2015\n· Status: Effective\n· Issuing Authority: Standing Committee of the National People's Congress",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://hk.lexiscn.com/law/content.php?content_type=T&origin_id=2675020&provider_id=1&isEnglish=Y',
        title: 'LexisNexis China',
        quote:
          "The Amendment IX to the Criminal Law of the People's Republic of China, which was adopted at the 16th Session of the Standing Committee of the 12th National People's Congress of the People's Republic of China on August 29, 2015, is hereby issued for implementation as of November 1, 2015. … I. An article is added after Article 37 of the Criminal Law of the People's Republic of China (hereinafter referred to as the \"Criminal Law\") as Article 37a",
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'relations'],
      },
      {
        url: 'http://junhe.com/legal-updates/192',
        title: 'JunHe',
        quote:
          "The Amendment (IX) to the Criminal Law of the People's Republic of China (the “Amendment IX”) was officially promulgated on August 29, 2015 … The Amendment IX introduced criminal liabilities for network service providers that provide information network security management.",
        supports: ['name', 'adopted', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/criminal-law-amm-9/',
        title: 'China Law Translate',
        quote:
          "Title: People's Republic of China Criminal Law Amendment (9) Promulgating Entities: Standing Committee of the National People's Congress Reference number: Promulgation Date: 2015-8-29",
        supports: ['aliases', 'issuers', 'adopted'],
      },
      {
        url: 'https://globethesis.com/?t=2416330614954258',
        title: 'Global Thesis',
        quote:
          'the Legislative Assembly passed the Criminal Law Amendment(IX)in 2015,which punishes the crime of selling,illegally providing citizens’ personal information,and illegally obtaining citizens’ personalities as stipulated in Article 253.The crime of information is integrated into the crime of infringement of citizens’ personal information.',
        supports: ['aliases', 'adopted', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=5e732e75-e77a-42d6-86c3-60776efc6adb',
        title: 'Lexology',
        quote:
          'On August 29, 2015, the Standing Committee of the National People’s Congress promulgated the Ninth Amendment to the Criminal Law of the People’s Republic of China (Amendment), which takes effect on November 1, 2015.',
        supports: ['aliases', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://dahuilawyers.com/publications/PRC-Criminal-Law-Amendment-Enhances-Personal-Infor/',
        title: 'DaHui Lawyers',
        quote:
          'After three rounds of deliberation and numerous modifications, the Ninth Amendment to the PRC Criminal Law (“Amendment IX”) was approved and adopted by the Standing Committee of the Twelfth National People’s Congress on 29 August 2015. Amendment IX will go into effect on 1 November 2015. … Amendment IX expanded this crime to apply to any institution or individual selling or illegally offering personal information, regardless of industry (for institutions) or occupation or (for individuals).',
        supports: ['aliases', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://asiallians.com/zh-hant/personal-information-protection-under-amendment-ix-to-the-chinese-criminal-law/',
        title: 'Asiallians',
        quote:
          'Under such situation, the Standing Committee of the National People’s Congress has enacted the Amendment IX to the Chinese Criminal Law (hereinafter “amendment IX”), which became binding on 1 November 2015.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.itechlaw.org/latinamericadataprotection/china-15',
        title: 'ITechLaw (Han Kun Law Offices)',
        quote: 'Criminal Law (Amendment IX)\nArticle 253a para.3 In case of stealing or otherwise illegally acquiring personal information of citizens, the sentence shall be in accordance with the provisions of the first Paragraph.',
        supports: ['aliases'],
      },
      {
        url: 'http://xsba.vip/xfsw/sfyy/2011-2020/sfyy201907044.htm',
        title: '人民司法·应用 (2019)',
        quote:
          '2009年,刑法修正案(七)增加出售、非法提供公民个人信息罪和非法获取公民个人信息罪两个罪名,将公民个人信息纳入刑法保护范围。2015年,刑法修正案(九)将上述两个罪名合并为侵犯公民个人信息罪,犯罪主体从特殊主体扩大为一般主体,完善了法定刑配置。',
        supports: ['nameZh', 'adopted', 'summary'],
      },
      {
        url: 'http://www.fx361.com/page/2023/0901/22464058.shtml',
        title: '学理论 (fx361.com)',
        quote:
          '《刑法修正案(九)》进一步完善:扩展了犯罪主体范围,从特殊主体到一般主体;扩张了行为方式,从“出售或者非法提供”扩张为“出售或者提供”;加重了处罚力度,增设了“情节特别严重”。从《刑修(七)》到《刑修(九)》,立法从无到有、规制范围从窄到宽、处罚力度从宽缓到严格',
        supports: ['nameZh', 'zhShortNames', 'summary'],
      },
    ],
  },

  // ───────────── MIIT provisions on the market order of internet information services (2011) ─────────────
  {
    id: 'document:several-provisions-on-regulating-market-order-of-internet-information-services',
    name: 'Several Provisions on Regulating the Market Order of Internet Information Service',
    nameZh: '规范互联网信息服务市场秩序若干规定',
    aliases: [
      'Several Provisions on Regulating the Market Order for Internet Information Services',
      'Provisions on Regulating the Market Order of Internet-based Information Services',
      'Various Provisions on Regulating the Order of Internet Information Service Market',
      'Certain Provisions on the Regulation of Internet Information Service Market Order',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2011-12-07',
    promulgated: '2011-12-29',
    effective: '2012-03-15',
    summary:
      'MIIT rules, seen as driven by the QQ/360 disputes, that bar internet information service providers from infringing the rights of rival providers or of users (for example by bundling software, or by pop-up ads without a clear way to close them) and from collecting users’ personal information or disclosing it without consent.',
    relations: [
      { type: 'based_on', target: 'document:telecommunications-regulations', source: 0 },
      { type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 0 },
    ],
    sources: [
      {
        url: 'http://fsou.com/html/text/chl/1648/164816.html',
        title: 'fsou.com (法搜)',
        quote:
          '工业和信息化部令\n(第20号)\n《规范互联网信息服务市场秩序若干规定》已经2011年12月7日中华人民共和国工业和信息化部第22次部务会议审议通过,现予公布,自2012年3月15日起施行。\n部长:苗圩\n二〇一一年十二月二十九日\n规范互联网信息服务市场秩序若干规定\n第一条 为了规范互联网信息服务市场秩序,保护互联网信息服务提供者和用户的合法权益,促进互联网行业的健康发展,根据《\n中华人民共和国电信条例》、《\n互联网信息服务管理办法》等法律、行政法规的规定,制定本规定。',
        supports: ['nameZh', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://www.mondaq.com/china/privacy-protection/175658/miit-regulates-the-market-order-of-internet-information-services',
        title: 'Mondaq',
        quote:
          'On December 29, 2011, the Ministry of Industry and Information Technology issued Several Provisions on Regulating the Market Order of Internet Information Service, which will take effect on March 15, 2012. The provisions prohibit internet information service providers ("IISPs") from taking actions that infringe upon the lawful rights and interests of other IISPs or users. In addition, the provisions govern the collection and use of users\' personal information by IISPs. IISPs cannot collect users\' personal information, or disclose it to others, without the users\' consent.',
        supports: ['name', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/regulating-market-order-of-internet-based-information-services-20111229',
        title: 'China Justice Observer',
        quote:
          'Provisions on Regulating the Market Order of Internet-based Information Services (2012)\n\n规范互联网信息服务市场秩序若干规定\n\nType of laws Departmental rule\n\nIssuing body Ministry of Industry and Information Technology\n\nPromulgating date Dec 29, 2011\n\nEffective date Mar 15, 2012\n\nValidity status Valid … 3. The service providers’ software shall not be bundled with other software.\n  4. Where service providers use pop-up advertisements, they shall provide users with functional signs to close or exit the window in a significant manner.',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.lehmanlaw.com/resource-centre/faqs/administration-of-internet-information-services/re-new-miit-provisions-in-china.html',
        title: 'Lehman, Lee & Xu',
        quote:
          'A: “Several Provisions on Regulating the Market Order for Internet Information Services” was promulgated by the Ministry of Industry and Information Technology and Communications Administration (“M.I.I.T.”) and will come into effect on March 15th of 2012.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.chinalawinsight.com/2012/01/articles/compliance/miit-finalizes-rules-governing-competition-in-internet-industry/',
        title: 'China Law Insight (King & Wood Mallesons)',
        quote:
          'On 29 December 2011, the Ministry of Industry and Information Technology ("MIIT") finally promulgated the Various Provisions on Regulating the Order of Internet Information Service Market ("Rules").  Viewed by many as been driven by the QQ/360 disputes in late 2010, the Rules mainly set out the code of conducts for an internet information service provider ("IISP") vis-à-vis its competitors and consumers.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://blog.feichangdao.com/2012_03_01_archive.html',
        title: 'Feichangdao',
        quote:
          'Certain Provisions on the Regulation of Internet Information Service Market Order\n\nArticle 1. In order to regulate Internet information service market order, safeguard the provision of Internet information services and users\' legal rights and interests, and promote the healthy development of the Internet industry, these provisions are hereby formulated in accordance with the provisions of the "Telecommunications Regulations of the People\'s Republic of China," the "Measures on the Administration of Internet Information Services," and other laws and administrative regulations and provisions.',
        supports: ['aliases', 'relations'],
      },
    ],
  },

  // ───────────── Regulations on the right to network dissemination of information (State Council, 2006) ─────────────
  {
    id: 'document:regulations-on-protection-of-right-to-network-dissemination-of-information',
    name: 'Regulation on the Protection of the Right to Network Dissemination of Information',
    nameZh: '信息网络传播权保护条例',
    aliases: [
      'Regulations on the Protection of Rights to Information Network Communication',
      'Regulations on the Protection of the Right to Information Network Dissemination',
      'Regulations on the Protection of the Right to Communication through Information Networks',
      'Regulations for the Protection of Information Network Transmission Rights',
      'Regulations on the Protection of the Right of Information Network Dissemination',
      'Regulations on the Protection of Right of Dissemination via Information Network',
      'Order of the State Council No.468',
      'Decree No. 468 of the State Council',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2006-05-18',
    effective: '2006-07-01',
    // Revised by the State Council's decisions of 8 January 2011 (a general clean-up) and of
    // 30 January 2013 (higher fines, effective 1 March 2013).
    amended: ['2011-01-08', '2013-01-30'],
    summary:
      'State Council regulations under the Copyright Law on making works, performances and recordings available online: permission and payment, technical protection measures, and the notice-and-takedown rules that shield internet service providers from liability unless they know of the infringement.',
    relations: [{ type: 'based_on', target: 'document:copyright-law', source: 0 }],
    sources: [
      {
        url: 'http://advancelaw.cn/zsyd/info_90.aspx?itemid=782',
        title: 'Advance Law',
        quote:
          'Regulation on the Protection of the Right to Network Dissemination of Information\nRelease time:2006-07-01\n\nArticle 1 This regulation is formulated, in accordance with the “Copyright Law of the People’s Republic of China” (herein after referred to as the Copyright Law) for the purpose of protecting the right to network dissemination of information for copyright owners, performers, and producers of audio-visual recordings',
        supports: ['name', 'status', 'relations'],
      },
      {
        url: 'http://portal.digitser.cn/article-674-1.html',
        title: 'digitser.cn',
        quote:
          '中华人民共和国国务院令 (第 468 号)\n\n\n《信息网络传播权保护条例》已经国务院第 135 次常务会议通过,现予公布,自 2006 年 7 月 1 日起施行。\n\n\n                                     总理 温家宝\n\n                                     2006 年 5 月 18 日',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://ldhly.com/index/Article/info.html?cate=15&id=1021+',
        title: '刘东海律师 (ldhly.com)',
        quote:
          '国务院关于修改《信息网络传播权保护条例》的决定(2013)\n\n2023-04-27 14:51:28 511\n\n中华人民共和国国务院令\n(第634号)\n\n\n  《国务院关于修改〈信息网络传播权保护条例〉的决定》已经2013年1月16日国务院第231次常务会议通过,现予公布,自2013年3月1日起施行。\n\n总理 温家宝\n2013年1月30日',
        supports: ['nameZh', 'issuers', 'amended'],
      },
      {
        url: 'https://www.shndlaw.com/post/378',
        title: 'Shandong Law Firm (shndlaw.com)',
        quote:
          'Regulations on the Protection of Rights to Information Network Communication (Revised in 2013)\nOrder of the State Council No. 634\nJanuary 30, 2013\n(promulgated by Order of the State Council No.468 on May 18, 2006, revised in accordance with the Decision of the State Council on Revising and Repealing Certain Administrative Regulations made on January 8, 2011, secondly revised in accordance with the Decision of the State Council on Revising the Regulations on the Protection of Rights to Information Network Communication made on January 30, 2013)',
        supports: ['aliases', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'http://ojlab.org.cn/en/term',
        title: 'ojlab.org.cn',
        quote:
          "Regulations on the Protection of the Right to Information Network Dissemination (promulgated by the State Council of the People's Republic of China on May 18, 2006, and revised according to the Decision of the State Council on Amending the Regulations on the Protection of the Right to Information Network Dissemination on January 30, 2013)",
        supports: ['aliases', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://en.skx-ip.com/laws/show-457.html',
        title: 'SKX IP',
        quote: "Regulations on the Protection of the Right to Communication through Information Networks (2006)",
        supports: ['aliases'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=3b09044a-a313-46c1-8f7d-60212ac01386',
        title: 'Lexology (China IP News)',
        quote:
          'In March 2013, the State Council announced the decision of reviewing the Copyright Law Implementation Regulations, Regulations for the Protection of Information Network Transmission Rights, Protection of Computer Software Regulations.',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'http://webtrans.yodao.com/server/webtrans/tranUrl?from=auto&product=mdictweb&salt=1715762619253&sign=e3d3c356b0730de875de2e59220e643e&to=auto&type=1&url=https%3A%2F%2Fbaike.baidu.com%2Fitem%2F%E4%BF%A1%E6%81%AF%E7%BD%91%E7%BB%9C%E4%BC%A0%E6%92%AD%E6%9D%83%E4%BF%9D%E6%8A%A4%E6%9D%A1%E4%BE%8B%2F4327386%3FfromModule%3Dlemma_inlink',
        title: 'Baidu Baike (machine translation)',
        quote:
          "Administrative Regulations promulgated by Decree No. 468 of The State Council of the People's Republic of China … On May 18, 2006, Decree No. 468 of The State Council of the People's Republic of China promulgated the Regulations on the Protection of the Right of Information Network Dissemination It came into force on July 1, 2006.",
        supports: ['aliases', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.scmp.com/article/502765/law-fight-internet-copyright-violations',
        title: 'South China Morning Post',
        quote:
          "The mainland took another step in regulating the internet this week by introducing an administrative regulation on copyright protection. … Under the regulation, ISPs are not responsible for copyright violations - unless they are aware or informed of them.\nIf the author of a work believes their copyright has been violated, they can inform the ISP by giving their credentials and proof of copyright ownership, in addition to evidence of a violation.",
        supports: ['kind', 'summary'],
      },
      {
        url: 'http://advancelaw.cn/zsyd/info_90.aspx?itemid=782',
        title: 'Advance Law',
        quote:
          'Article 2 The owners’ right to network dissemination of information is protected by the Copyright Law and this regulation. Except where otherwise provided for in laws or administrative regulations, any organization or person providing to the public the works, performances, or audio-visual recordings of others through information networks shall obtain the permissionfrom, and pay remuneration, to the owners. … Article 4 For the purpose of protecting the right to network dissemination of information, the owner can take technical measures.',
        supports: ['summary'],
      },
      {
        url: 'https://newtonmedia.foleon.com/inta-daily-news/day-2/taking-on-chinas-platforms/',
        title: 'INTA Daily News (Chang Tsi & Partners)',
        quote:
          'China has published a series of laws and regulations to resolve intellectual property (IP) disputes related to online shopping platforms, including Regulations on the Protection of Right of Dissemination via Information Network (2006) (the Regulation); Tort Liability Law of the PRC (2010); and the E-Commerce Law of the PRC (2019).',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Public account information services (CAC, 2021 revision) ─────────────
  // The 2021 text replaces the 2017 provisions (effective 8 October 2017); the dates are those of
  // the 2021 revision, the version pages cite today.
  {
    id: 'document:provisions-on-administration-of-internet-users-public-account-information-services',
    name: 'Administrative Provisions on the Information Services Provided through Official Accounts of Internet Users',
    nameZh: '互联网用户公众账号信息服务管理规定',
    aliases: [
      'Provision on the Administration of Internet User Public Account Information Services',
      'Regulations on the Administration of Public Account Information Services for Internet Users',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2021-01-22',
    effective: '2021-02-22',
    summary:
      'CAC rules for platforms hosting public (official) accounts and for the accounts’ operators: real-identity registration, classified account registration, and bans on fake registration, unauthorised news gathering, fabricated public opinion, plagiarism, incitement of online violence, illegal account trading and data fraud.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 1 },
      { type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 1 },
      { type: 'based_on', target: 'document:provisions-on-ecological-governance-of-network-information-content', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/administrative-provisions-on-the-information-services-provided-through-official-accounts-of-internet-users-20210122/enchn',
        title: 'China Justice Observer',
        quote:
          'Administrative Provisions on the Information Services Provided through Official Accounts of Internet Users (2021)\n\n互联网用户公众账号信息服务管理规定\n\nType of laws Departmental rule\n\nIssuing body Cyberspace Administration of China\n\nPromulgating date Jan 22, 2021\n\nEffective date Feb 22, 2021\n\nValidity status Valid',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://appinchina.co/government-documents/administrative-provisions-on-the-information-services-provided-through-official-accounts-of-internet-users-revised-in-2021',
        title: 'AppInChina',
        quote:
          'Promulgation Authority: Cyberspace Administration of China\nRelease Date: 2021-01-22\nEffective on 2021-02-22\nChinese Name: 互联网用户公众账号信息服务管理规定 … the present Provisions are enacted in accordance with the Cybersecurity Law of the People’s Republic of China, the Administrative Measures on Internet Information Services, the Provisions on the Ecological Governance of Network Information Content and other applicable laws and regulations as well as applicable provisions of the State.',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/395-provision-on-the-administration-of-internet-user-public-account-information-services',
        title: 'Shanghai Foreign Investment Development Board',
        quote:
          'Provision on the Administration of Internet User Public Account Information Services has been issued recently and would officially be implemented on February 22nd, 2021. … There are some articles newly added about those highlighted problems such as account classification registration, content classification production, real identity registration, entity qualification verification, restriction of account number, account trading, combating network rumors, account operation norm and data flow fraud.',
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'https://todaychina.cc/?p=13642',
        title: 'todaychina.cc',
        quote:
          'According to the official Xinhua News Agency, the State Internet Information Office released the newly revised “Regulations on the Administration of Public Account Information Services for Internet Users” on Jan. 22',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.bianews.com/news/details?id=79647',
        title: '鞭牛士 (BiaNews)',
        quote:
          '鞭牛士 1月22日消息,国家互联网信息办公室1月22日发布新修订的《互联网用户公众账号信息服务管理规定》。\n\n\n《规定》自2021年2月22日起施行。《规定》要求生产运营者不得从事虚假冒名注册、违规采编新闻、制造虚假舆论、恶意营销诈骗、抄袭伪原创、煽动网络暴力、非法买卖账号等违法违规行为,以维护良好网络生态。',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://archive.shine.cn/nation/New-social-media-rules/shdaily.shtml',
        title: 'Shanghai Daily',
        quote:
          'Public accounts, or official accounts on certain social media, refer to those subscription accounts created and run by users of various internet platforms to distribute information to the public. The newly unveiled regulations require these platforms to establish a monitoring and evaluation mechanism for public accounts to prevent data fraud such as false account subscriptions. The regulations will take effect on February 22.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Governance of online violence information (CAC, MPS, MCT, NRTA, 2024) ─────────────
  {
    id: 'document:provisions-on-governance-of-online-violence-information',
    name: 'Provisions on the Governance of Cyberviolence Information',
    nameZh: '网络暴力信息治理规定',
    aliases: [
      'Provisions on the Governance of Information on Online Violence',
      'Provisions on Governance of Cyber Violence Information',
      'Regulations on the Governance of Online Violence Information',
      'Regulations on the Governance of Cyber Violence Information',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac', 'mps', 'mct', 'nrta'],
    adopted: '2023-12-25',
    promulgated: '2024-06-12',
    effective: '2024-08-01',
    summary:
      'Joint rules of the CAC, MPS, MCT and NRTA that make online information service providers responsible for governing online violence information (insults, slander, defamation, incitement of hatred, intimidation, invasion of privacy), verifying users’ identities, and giving users protection tools such as private-message controls.',
    relations: [
      { type: 'based_on', target: 'document:cybersecurity-law', source: 2 },
      { type: 'based_on', target: 'document:personal-information-protection-law', source: 2 },
      { type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 2 },
    ],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/%E7%BD%91%E7%BB%9C%E6%9A%B4%E5%8A%9B%E4%BF%A1%E6%81%AF%E6%B2%BB%E7%90%86%E8%A7%84%E5%AE%9A/',
        title: 'China Law Translate',
        quote:
          'Provisions on the Governance of Cyberviolence Information\n\nPromulgating Entities: Cybersecurity Administration of China, Ministry of Public Security, Ministry of Culture and Tourism, State Administration of Radio and Television',
        supports: ['name', 'status', 'issuers'],
      },
      {
        url: 'https://laitimes.com/en/article/6ty7m_7aahp.html',
        title: 'laitimes (Yangtze River Cloud)',
        quote:
          'Cyberspace Administration of China\n\nMinistry of Public Security of the People\'s Republic of China\n\nMinistry of Culture and Tourism of the People\'s Republic of China\n\nState Administration of Radio and Television\n\ncause\n\nNo. 17\n\n  The "Provisions on the Governance of Information on Online Violence" have been deliberated and passed at the 28th meeting of the 2023 Chamber Meeting of the Cyberspace Administration of China on December 25, 2023, and are hereby promulgated with the consent of the Ministry of Public Security, the Ministry of Culture and Tourism, and the State Administration of Radio and Television, to take effect on August 1, 2024.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://laitimes.com/en/article/6ty7m_7aahp.html',
        title: 'laitimes (Yangtze River Cloud)',
        quote:
          'June 12, 2024\n\nProvisions on the Governance of Information on Online Violence\n\nChapter I: General Provisions\n\n  Article 1: These Provisions are drafted on the basis of the "People\'s Republic of China Cybersecurity Law", "People\'s Republic of China Personal Information Protection Law", "People\'s Republic of China Public Security Administration Punishment Law", "Measures on the Administration of Internet Information Services", and other laws and administrative regulations',
        supports: ['aliases', 'promulgated', 'relations'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/china-issues-new-regulations-to-combat-cyber-violence',
        title: 'China Justice Observer',
        quote:
          'On 12 June 2024, the Cyberspace Administration of China, in conjunction with the Ministry of Public Security, the Ministry of Culture and Tourism, and the National Radio and Television Administration, issued the “Provisions on Governance of Cyber Violence Information” (网络暴力信息治理规定, hereinafter the “Provisions”), which came into force on 1 Aug. 2024. … Cyber-violence information refers to illegal and harmful content collectively published against individuals through the Internet in the form of text, images, audio, video, etc., which contains insult, slander, defamation, incitement of hatred, intimidation and coercion, invasion of privacy',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.dataguidance.com/news/china-cac-announces-publication-regulations-governance',
        title: 'DataGuidance',
        quote:
          "On June 14, 2024, the Cyberspace Administration of China (CAC) announced with the Ministry of Public Security, the Ministry of Culture and Tourism, and the State Administration of Radio and Television the 'Regulations on the Governance of Online Violence Information,' which will come into effect on August 1, 2024. … establishing and improving a governance mechanism for online violence information;\n  • authenticating real identity information;",
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://a5qu.com/the_world/expert_interpretation_grasping_the_foundation_and_key_to_the_governance_of_online_violence.html',
        title: 'a5qu.com',
        quote:
          'The Cyberspace Administration of China and four other departments jointly issued the "Regulations on the Governance of Cyber Violence Information", which focuses on the key to the governance of cyber violence from the perspective of information content governance',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://tjagri.ac.cn/06292387.html',
        title: '中新网 (reprint)',
        quote:
          '建立用户保护机制,要求网络信息服务提供者建立健全网络暴力信息防护功能、完善私信规则,发现用户面临网络暴力信息风险的,应当及时通过显著方式提示用户,告知用户可以采取的防护措施。 … 国家互联网信息办公室联合公安部、文化和旅游部、国家广播电视总局公布《网络暴力信息治理规定》(以下简称《规定》),自2024年8月1日起施行。',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Draft data security management measures (CAC, 2019) ─────────────
  // Published for comment on 28 May 2019 (comments until 28 June 2019); never finalised.
  {
    id: 'document:data-security-management-measures-draft-2019',
    name: 'Data Security Management Measures',
    nameZh: '数据安全管理办法',
    aliases: ['Measures for Data Security Management', 'Data Security Administrative Measures', 'Data Security Management Measures (Draft for Comment)'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2019-05-28',
    summary:
      'CAC draft under the Cybersecurity Law on how network operators collect, use and store data: personal information protection, a definition of “important data”, cybersecurity practices, and algorithmically targeted content and AI-generated material.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'https://newamerica.org/cybersecurity-initiative/digichina/blog/translation-chinas-new-draft-data-security-management-measures',
        title: 'DigiChina (New America)',
        quote:
          'On May 28, the Cyberspace Administration of China released for comment a draft of a new regulatory document, the “Data Security Management Measures” … As drafted, the Measures add detail to several elements of the Cybersecurity Law … the Measures address comparatively established areas of policy around personal information protection, the definition of the Cybersecurity Law concept of “important data,” and cybersecurity practices for network operators, as well as emerging areas such as algorithmically targeted content or AI-generated material on social media platforms. … Data Security Management Measures (Draft for Comment)\nPublished: May 28, 2019',
        supports: ['name', 'aliases', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://www.insideprivacy.com/uncategorized/china-releases-draft-measures-for-the-administration-of-data-security/',
        title: 'Covington, Inside Privacy',
        quote:
          'On May 28, 2019, the Cyberspace Administration of China (“CAC”) released the draft Measures for Data Security Management (“Draft Measures”) for public comment. … The comment period ends on June 28, 2019.',
        supports: ['aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/data-security-administrative-measures-draft-20190528',
        title: 'China Justice Observer',
        quote:
          'Data Security Administrative Measures (Draft for Solicitation of Comments)(2019)\n\n数据安全管理办法(征求意见稿)\n\nType of laws Draft\n\nIssuing body Cyberspace Administration of China\n\nPromulgating date May 28, 2019 … Validity status Not yet in force',
        supports: ['nameZh', 'aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/data-security-management-measures-comment-draft/',
        title: 'China Law Translate',
        quote:
          'Data Security Management Measures (Draft for Solicitation of Comments) … Article 1: These Measures are formulated on the basis of the "Cybersecurity Law of the People\'s Republic of China" and other laws and regulations',
        supports: ['name', 'status', 'relations'],
      },
      {
        url: 'https://m.php.cn/faq/429766.html',
        title: 'php.cn',
        quote:
          'The "Data Security Management Measures" are to safeguard national security and social public interests, protect the legitimate rights and interests of citizens, legal persons and other organizations in cyberspace, and protect individuals Information and important data security, departmental regulations formulated in accordance with the "Cybersecurity Law of the People\'s Republic of China" and other laws and regulations.',
        supports: ['name', 'kind', 'relations'],
      },
      {
        url: 'https://www.balch.com/insights/publications/2019/06/china-releases-draft-measures-for-data-security-management',
        title: 'Balch & Bingham',
        quote:
          'On May 28, 2019, the Cyberspace Administration of China (“Cybersecurity Administration”) released a set of draft Measures for Data Security Management (the “Draft Measures”).  The Draft Measures provide articles governing how network operators, defined as someone who owns and administrates a network or a network service provider, can collect, use, and store different types of data.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────── Draft security assessment of personal information leaving China (CAC, 2019) ─────────────
  // Published for comment on 13 June 2019 (comments until 13 July 2019); never finalised. The 2022
  // Measures for the Security Assessment of Outbound Data Transfers took its place.
  {
    id: 'document:measures-for-security-assessment-of-cross-border-transfer-of-personal-information-draft-2019',
    name: 'Measures for Security Assessment of Cross-Border Transfer of Personal Information',
    nameZh: '个人信息出境安全评估办法',
    aliases: [
      'Measures on Security Assessment of Cross-Border Transfer of Personal Information',
      'Administrative Measures on Security Assessment of Cross-border Data Transfer of Personal Information',
      'Personal Information Outbound Transfer Security Assessment Measures',
    ],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['cac'],
    promulgated: '2019-06-13',
    summary:
      'CAC draft requiring network operators to apply to the provincial cyberspace office for a security assessment before sending personal information collected in China abroad, with a contract with each recipient, records kept five years and annual reports.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 4 }],
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=b115ddcd-ef52-4b78-bb36-04c1617f76a7',
        title: 'Lexology',
        quote:
          'On 13 June 2019, the Cyberspace Administration of China (“CAC”) issued the draft Measures for Security Assessment of Cross-Border Transfer of Personal Information (the “Draft”) for public comment.\n\nIn accordance with the Draft, if a network operator intends to transfer any personal information collected in China out of China, it shall go through security assessments conducted by the competent provincial CAC branch.',
        supports: ['name', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.lexology.com/commentary/tech-data-telecoms-media/china/anjie-law-firm/cyberspace-administration-releases-new-rules-on-security-assessment-of-cross-border-transfers-of-personal-information',
        title: 'AnJie Law Firm (Lexology)',
        quote:
          'On 13 June 2019 the Cyberspace Administration of China (CAC) released the Measures on Security Assessment of Cross-Border Transfer of Personal Information (Draft for Comment), which is open for public comment until 13 July 2019. … a contract between the network operator and the recipient of the personal information; … The draft requires that network operators record all cross-border transfers and retain the records for at least five years. Network operators should also report annually to their provincial-level cyberspace administration regarding cross-border transfers of personal information and the performance of their contracts.',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://webiis05.mondaq.com/china/security/858872/prc-regulations-on-data-security-cac-issues-administrative-measures-on-security-assessment-of-cross-border-data-transfer-of-personal-information-draft-for-comments',
        title: 'Mondaq',
        quote:
          'On June 13, 2019, the Cyberspace Administration of China ("CAC") released a draft of the Administrative Measures on Security Assessment of Cross-border Data Transfer of Personal Information for public comment (the "Draft Measures"). The comment period ends on July 13, 2019.',
        supports: ['aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://jingyuhuahui.com/news/china/2168944.html',
        title: '新华社 (reprint, 闽南网)',
        quote:
          '新华社北京6月13日电 国家互联网信息办公室13日就《个人信息出境安全评估办法(征求意见稿)》向社会公开征求意见。根据意见稿,个人信息出境应进行安全评估。 … 意见稿指出,个人信息出境前,网络运营者应当向所在地省级网信部门申报个人信息出境安全评估。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://digichina.stanford.edu/?p=745',
        title: 'DigiChina (Stanford University)',
        quote:
          'the Cyberspace Administration of China and relevant departments jointly drafted the “Personal Information Outbound Transfer Security Assessment Measures (Draft for Comment)” in accordance with the Cybersecurity Law of the People’s Republic of China and other laws and regulations. It is now open to society for comments. … Cyberspace Administration of China\nJune 13, 2019',
        // Rank read from the form: "Measures" drafted by the CAC under the Cybersecurity Law, the
        // form of a CAC departmental rule; no page states the rank outright.
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
    ],
  },
];
