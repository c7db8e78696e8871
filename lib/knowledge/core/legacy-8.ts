/**
 * Curated core layer: pre-2017 internet and information-security instruments (2000–2016) that
 * Chinese and English lists of "network security laws and regulations" still cite: Ministry of
 * Public Security orders, old Ministry of Information Industry rules on domain names and IP
 * addresses, and the rules that implemented the 1996 international-networking regulations. Each
 * fact is quoted from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_LEGACY_8: CoreInstrument[] = [
  // ───────────── MPS Order No. 51 (2000) ─────────────
  {
    id: 'document:measures-for-administration-of-computer-virus-prevention-and-control',
    name: 'Measures for the Administration of Computer Virus Prevention and Control',
    nameZh: '计算机病毒防治管理办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mps'],
    promulgated: '2000-04-26',
    summary:
      'Ministry of Public Security order on preventing and treating computer viruses: no one may make or spread computer viruses, with MPS network-security supervisors in charge nationwide.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-security-protection-of-computer-information-systems', source: 0 }],
    sources: [
      {
        url: 'https://it.alljournals.cn/view_abstract.aspx?aid=DF4C096286F52B4B15FE7AA28A5E33DB&cid=8240383F08CE46C8B05036380D75B607&iid=659D3B06EBF534A7&jid=69B5B1CD8EA14AAF0F036EACBCC60D18&pcid=5B3AB970F71A803DEACDC0559115BFCF0A068CD97DD29835&yid=9806D0D4EAA9BED3',
        title: '《计算机病毒防治管理办法》 (alljournals.cn abstract)',
        quote:
          '《计算机病毒防治管理办法》已经2000年3月30日公安部部长办公会议通过,现予发布施行。 公安部部长贾春旺 二○○○年四月二十六日 第一条为了加强对计算机病毒的预防和治理,保护计算机信息系统安全,保障计算机的应用与发展,根据《中华人民共和国计算机信息系统安全保护条例》的规定,制定本办法。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://zzhdxx.com/erihgetrg/1554',
        title: 'Measures for the administration of computer virus prevention and control (zzhdxx.com)',
        quote:
          'Order of the Ministry of Public Security of the People’s Republic of China\nNo.51\nThe measures for the administration of computer virus prevention and control have been adopted at the executive meeting of the Minister of Public Security on March 30, 2000, and are hereby promulgated. … Article 4 The public information network security supervision department of the Ministry of Public Security is in charge of the prevention and control of computer viruses throughout the country. … Article 5 No unit or individual may produce computer viruses.',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── MPS Order No. 82 (2005) ─────────────
  {
    id: 'document:provisions-on-internet-security-protection-technology-measures',
    name: 'Provisions on Internet Security Protection Technology Measures',
    nameZh: '互联网安全保护技术措施规定',
    aliases: ['Regulations on Internet Security Protection Technology Measures', 'Rules on Internet Security Protection Technology Measures'],
    zhShortNames: ['公安部第82号令'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mps'],
    adopted: '2005-11-23',
    promulgated: '2005-12-13',
    effective: '2006-03-01',
    summary:
      'Ministry of Public Security order requiring internet service providers and networked organisations to deploy security technology measures, including recording and retaining users’ log-on times, account numbers and addresses.',
    relations: [
      {
        type: 'based_on',
        target: 'document:measures-for-security-protection-administration-of-international-networking-of-computer-information-networks',
        source: 0,
      },
    ],
    sources: [
      {
        url: 'https://digichina.stanford.edu/?p=248',
        title: 'Regulations on Internet Security Protection Technology Measures – DigiChina',
        quote:
          'Ministry of Public Security Decree\n\nNo. 82\n\nThe “Regulations on Internet Security Protection Technology Measures” have been passed on the Ministerial Business Meeting of the Ministry of Public Security on 23 November 2005, are hereby promulgated, and take effect on 1 March 2006.\n\n13 December 2005 … on the basis of the “Computer Information Network International Interconnection Security Protection Management Rules”, these Regulations are formulated.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.ecoi.net/de/dokument/1293872.html',
        title: 'Provisions on Internet Security Protection Technology Measures (Chinese Text and CECC Partial Translation) – ecoi.net',
        quote:
          'Provisions on Internet Security Protection Technology Measures (Chinese Text and CECC Partial Translation)\n\nThe following is a partial translation prepared by the Congressional-Executive Commission on China of the "Rules on Internet Security Protection Technology Measures" issued by the Ministry of Public Security … (3). Technological measures to record and retain users\' times of signing on and signing off, dial-up number, account number, Internet address or domain name',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://kesmit3.blogspot.com/2010/01/internet-policy-in-china.html',
        title: 'Internet policy in China (kesmit3 blog)',
        quote: '公安部第82号令: 互联网安全保护技术措施规定\n\nMinistry of Public Security Decree No. 82',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
    ],
  },

  // ───────────── MII Order No. 30 (2004) ─────────────
  {
    id: 'document:china-internet-domain-name-regulations-2004',
    name: 'China Internet Domain Name Regulations',
    nameZh: '中国互联网络域名管理办法',
    aliases: ['Measures for the Administration of Internet Domain Names in China', 'Measures for the Administration of China Internet Domain Names'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2004-09-28',
    promulgated: '2004-11-05',
    effective: '2004-12-20',
    summary:
      'Ministry of Information Industry rules for the Chinese domain name system: root servers, registries and registrars, and domain name registration within China.',
    sources: [
      {
        url: 'http://www.cndomain.com.cn/China-Internet-Domain-Name-Regulations.html',
        title: 'China Internet Domain Name Regulations (cndomain.com.cn)',
        quote:
          'China Internet Domain Name Regulations\nOrder No.30, Ministry of Information Industry of the People\'s\nRepublic of China\n"China Internet Domain Name Regulations" has been\nreviewed and approved on the 8th Minister Working Meeting£© of\nMinistry of Information Industry (MII) on September 28, 2004 and\nis now promulgated.\nThe Regulations shall go into force as of December 20, 2004.\nThe Minister of MII\nWang Xudong\nNovember 5, 2004',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.eyingbao.net/en/products/changjianwenti/zhongguohulianwangluoyumingguanlibanfa.html',
        title: 'Measures for the Administration of Internet Domain Names in China (eyingbao.net)',
        quote:
          'Measures for the Administration of Internet Domain Names in China\n\nOrder of the Ministry of Information Industry of the People\'s Republic of China\n\nNo. 30 … in order to promote the healthy development of China\'s Internet, ensure the safe and reliable operation of China\'s Internet domain name system, and standardize the management of China\'s Internet domain name system and domain name registration services.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://www.lehmanlaw.com/resource-centre/laws-and-regulations/information-technology/announcement-of-the-ministry-of-information-industry-on-the-adjustment-of-china-internet-domain-name-system-2006.html',
        title: 'Announcement of the Ministry of Information Industry on the Adjustment of China Internet Domain Name System 2006 – Lehman, Lee & Xu',
        quote:
          'we have partly adjusted the China Internet Domain Name System (adding the category domain name “.MIL” under the top-level domain name “CN”) in accordance with Article 6 of the Measures for the Administration of China Internet Domain Names.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.jinmi8.com/doc/12887/42309',
        title: '政务和公益域名注册管理知识手册 (jinmi8.com)',
        quote: '一:中国互联网络域名管理办法24二:信息产业部关于调整中国互联网络域名体系的公告34',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────── MII Order No. 34 (2005) ─────────────
  {
    id: 'document:measures-for-administration-of-ip-address-archiving',
    name: 'Measures for the Administration of IP Address Archiving',
    nameZh: '互联网IP地址备案管理办法',
    zhShortNames: ['信息产业部令第34号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2005-01-28',
    promulgated: '2005-02-08',
    effective: '2005-03-20',
    summary:
      'Ministry of Information Industry order putting the allocation and use of IP addresses under a filing (record) system kept in a national IP address database.',
    sources: [
      {
        url: 'http://zjnews.zjol.com.cn/05zjnews/system/2005/07/25/006247482.shtml',
        title: '《互联网IP地址备案管理办法》 – 浙江在线',
        quote:
          '中华人民共和国信息产业部令\n\n  第34号\n\n  《互联网IP地址备案管理办法》已经2005年1月28日中华人民共和国信息产业部第十二次部务会议审议通过,现予发布,自2005年3月20日起施行。\n\n  部长:王旭东\n\n  二00五年二月八日 … 第四条 国家对IP地址的分配使用实行备案管理。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.100test.com/kao_ti2020/328/2021_2022__E3_80_8A_E4_BA_92_E8_81_94_E7_c36_328131.htm',
        title: '《互联网IP地址备案管理办法》 – 100test.com',
        quote: '【发布单位】信息产业部\n【发布文号】信息产业部令第34号\n【发布日期】2005-02-08\n【生效日期】2005-03-20',
        supports: ['zhShortNames', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://hostclouds.cn/shenzhen/law/law/2015/1113/91.html',
        title: '互联网IP地址备案管理办法 Measures for the Administration of IP Address Archiving (hostclouds.cn)',
        quote:
          'Decree of the Ministry of Information Industry of the People\'s Republic of China\n(No. 34)\n\n\n  The “Measures for the Administration of IP Address Archiving”, which were deliberated and adopted at the 12th ministerial affairs meeting of the Ministry of Information Industry of the People\'s Republic of China on January 28, 2005, are hereby promulgated, and shall come into force on March 20, 2005.',
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
    ],
  },

  // ───────────── Implementing rules of the 1996 international-networking regulations (1998) ─────────────
  {
    id: 'document:implementation-rules-for-provisional-regulations-on-international-networking-of-computer-information-networks',
    name: 'Implementation Rules for Provisional Regulations of the Administration of International Networking of Computer Information',
    nameZh: '计算机信息网络国际联网管理暂行规定实施办法',
    zhShortNames: ['国信[1998]001号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '1998-02-13',
    summary:
      'Rules drawn up by the office of the State Council informatization leading group to implement the 1996 provisional regulations on international networking: duties of interconnecting and access units and licensing of commercial access providers.',
    relations: [{ type: 'implements', target: 'document:provisional-regulations-on-administration-of-international-networking-of-computer-information-networks', source: 0 }],
    sources: [
      {
        url: 'https://zh.m.wikisource.org/zh-hant/%E5%85%B3%E4%BA%8E%E5%8D%B0%E5%8F%91%E3%80%8A%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E8%AE%A1%E7%AE%97%E6%9C%BA%E4%BF%A1%E6%81%AF%E7%BD%91%E7%BB%9C%E5%9B%BD%E9%99%85%E8%81%94%E7%BD%91%E7%AE%A1%E7%90%86%E6%9A%82%E8%A1%8C%E8%A7%84%E5%AE%9A%E5%AE%9E%E6%96%BD%E5%8A%9E%E6%B3%95%E3%80%8B%E7%9A%84%E9%80%9A%E7%9F%A5',
        title: '關於印發《中華人民共和國計算機信息網絡國際聯網管理暫行規定實施辦法》的通知 – 維基文庫',
        quote:
          '國信〔1998〕001號\n1998年2月13日 … 根據《中華人民共和國計算機信息網絡國際聯網管理暫行規定》(以下簡稱《暫行規定》),由國務院信息化工作領導小組辦公室組織制定的《中華人民共和國計算機信息網絡國際聯網管理暫行規定實施辦法》(以下簡稱《實施辦法》)已經國務院信息化工作領導小組批准。',
        supports: ['kind', 'status', 'promulgated', 'relations', 'summary'],
      },
      {
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=70&CGid=',
        title: '关于印发《中华人民共和国计算机信息网络国际联网管理暂行规定实施办法》的通知 – lawinfochina',
        quote:
          '关于印发《中华人民共和国 计算机信息网络国际联网管理暂行规定实施办法》的通知 (国信[1998]001号) … 三、邮电部和电子部要按照本通知所附的统一格式印制中华人民共和国计算机信息网络国际联网经营许可证,对经营性接入单位的资格要进行一次全面审核',
        supports: ['nameZh', 'zhShortNames', 'kind', 'summary'],
      },
      {
        url: 'http://net-net.cn/shenzhen/law/law/2015/1113/104.html',
        title: '中华人民共和国计算机信息网络国际联网管理暂行规定实施办法 (net-net.cn)',
        quote:
          '中华人民共和国计算机信息网络国际联网管理暂行规定实施办法 Implementation Rules for Provisional Regulations of the Administration of International Networking of Computer Information in the Peoples Republic of China … (Promulgated on 13, February 1998 by Leading Group for Information Tech',
        supports: ['name', 'nameZh', 'promulgated'],
      },
    ],
  },
  // ───────────── GAPP and MII Order No. 17 (2002) ─────────────
  {
    id: 'document:interim-provisions-on-administration-of-internet-publishing',
    name: 'Interim Provisions on the Administration of Internet Publishing',
    nameZh: '互联网出版管理暂行规定',
    aliases: ['Interim Administrative Provisions on Internet Publishing', 'Administration of Internet Publishing Tentative Provisions', 'Provisional Internet Publishing Management Regulations'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nppa', 'miit'],
    promulgated: '2002-06-27',
    effective: '2002-08-01',
    summary:
      'Rules of the press and publication administration and the Ministry of Information Industry requiring approval to engage in internet publishing and listing content that may not be published online.',
    relations: [{ type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 0 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2002/09/01/administration-of-internet-publishing-tentative-provisions',
        title: 'Administration of Internet Publishing Tentative Provisions – China Law & Practice',
        quote:
          'Administration of Internet Publishing Tentative Provisions\n\n互联网出版管理暂行规定\n\nProvisions which govern the activities of internet publishing, including application of engaging in Internet publishing business and materials prohibited from being published.\n\n(Promulgated by the General Administration of Press and Publishing and the Ministry of Information Industry on June 27 2002 and effective as of August 1 2002.) … 根据《出版管理条例》和《互联网信息服务管理办法》,制定本规定。',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.cecc.gov/resources/legal-provisions/interim-provisions-on-the-administration-of-internet-publishing',
        title: 'Interim Provisions on the Administration of Internet Publishing (Chinese Text and CECC Partial Translation) – CECC',
        quote:
          'The following is a partial translation prepared by the Congressional-Executive Commission on China of the "Interim Provisions on the Administration of Internet Publishing" jointly issued by the General Administration of Press and Publication and the Ministry of Information Industry on August 1, 2002.',
        supports: ['name', 'issuers'],
      },
      {
        url: 'http://www.shenbo75.com/business/2010-01/20/content_19275637.htm',
        title: 'Interim Administrative Provisions on Internet Publishing (ChinaITLaw.org copy)',
        quote:
          'Interim Administrative Provisions on Internet Publishing\n\n0 CommentsPrint E-mail ChinaITLaw.org, January 20, 2010\nAdjust font size:\n(Adopted at the twentieth ministerial meeting of the General Administration of Press and Publication (GAPP) on December 24, 2001 and at the tenth ministerial meeting of the Ministry of Information Industry (MII) on June 27, 2002, and promulgated by the director of the GAPP Shi Zongyuan, and the Minister of the MII Wu Jichuan on June 27, 2002 to take effect as of August 1, 2002.)',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2002/06/27/provisional-internet-publishing-management-regulations/',
        title: 'Provisional Internet Publishing Management Regulations – China Copyright and Media',
        quote:
          'General Administration of Press and Publication of China, Ministry of Information Industry of China Decree\n\n(No. 17)\n\nThe “Provisional Internet Publishing Management Regulations” were passed at the 20th administration affairs meeting of the General Administration of Press and Publications on 24 December 2001 and the 10th ministerial affairs meeting of the Ministry of Information Industry on 27 June 2002, is hereby promulgated, and will take effect on 1 August 2002.',
        supports: ['aliases', 'issuers', 'effective'],
      },
    ],
  },

  // ───────────── SFDA Order No. 9 (2004) ─────────────
  {
    id: 'document:measures-for-administration-of-internet-drug-information-services',
    name: 'Measures for the Administration of Internet Drug Information Services',
    nameZh: '互联网药品信息服务管理办法',
    aliases: ['Administrative Measures on the Internet-based Drug Information Services'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nmpa'],
    promulgated: '2004-07-08',
    amended: ['2017-11-07'],
    summary:
      'Drug regulator’s rules on websites that provide drug and medical device information: a qualification certificate from the provincial drug administration is needed before the ICP licence or filing.',
    relations: [{ type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 1 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2004/09/01/state-food-and-drug-administration-administration-of-internet-based-pharmaceutical-information-services-procedures',
        title: 'State Food and Drug Administration, Administration of Internet-based Pharmaceutical Information Services Procedures – China Law & Practice',
        quote:
          '国家食品药品监督管理局互联网药品信息服务管理办法\n\nSeptember 02, 2004 | BY\n\nclpstaff &clp articles\n\nPromulgated: July 8 2004Effective: as of date of promulgationInterpreting authority: State Food and Drug Administration',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.plnmw.com/InformationTechnologyConsulting/tqlazxfmvs.html',
        title: 'Measures for the Administration of Internet Drug Information Services (plnmw.com)',
        quote:
          'Measures for the Administration of Internet Drug Information Services\n\n(Promulgated by Order No.9 of the US Food and Drug Administration on July 8, 2004 … These Measures are formulated in accordance with the Drug Administration Law of People\'s Republic of China (PRC) and the Measures for the Administration of Internet Information Services',
        supports: ['name', 'promulgated', 'relations'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/internet-based-drug-information-service-20171107/enchn',
        title: 'Administrative Measures on the Internet-based Drug Information Services – China Justice Observer',
        quote:
          'The Administrative Measures on the Internet-based Drug Information Services were promulgated on 8 July 2004 and amended in 2017. The latest version entered into force on 7 Nov. 2017. … To provide Internet-based drug information services on the website, the service provider shall obtain the qualification certificate of Internet-based drug information services issued by the regulatory authority.',
        supports: ['aliases', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'https://developers.weixin.qq.com/miniprogram/en/product/material/yiliao/qixiexinxizhanshi.html',
        title: 'Policy and Regulation Basis – WeChat Mini Program documentation',
        quote:
          'Measures for the Administration of Internet Drug Information Services Article 5 A website that intends to provide Internet drug information services shall, before applying to the competent information industry department of the State Council or the provincial telecommunications administrative authority for a business license or going through the recordation procedures, In accordance with the principle of territorial supervision and management, to the website sponsor of the province, autonomous region, municipality directly under the Central Government food and drug supervision and administration departments to apply',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ───────────── State Council "Internet Plus" opinions (国发〔2015〕40号) ─────────────
  {
    id: 'document:guiding-opinions-on-actively-promoting-internet-plus-action',
    name: 'Guiding Opinions on Actively Promoting the "Internet Plus" Action',
    nameZh: '关于积极推进“互联网+”行动的指导意见',
    aliases: [
      'Guiding Opinions on Actively Promoting the "Internet Plus" Action Plan',
      'Guiding Opinions of the State Council on Vigorously Advancing the "Internet Plus" Action',
      'Guiding Opinions of the State Council on Actively Promoting the “Internet Plus” Initiative',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2015-07-01',
    summary:
      'State Council policy to integrate the internet with the real economy and other sectors through 11 key "Internet Plus" actions, with targets for 2018.',
    sources: [
      {
        url: 'https://usito.org/news/state-council-provides-guidance-internet-plus-action-plan',
        title: 'State Council Provides Guidance on the "Internet Plus" Action Plan – USITO',
        quote:
          'On July 4, the State Council released the Guiding Opinions on Actively Promoting the "Internet Plus" Action Plan on its website, with the stated aim of achieving rapid, high-quality economic growth and industry development … outlined 11 key "Internet Plus" actions',
        supports: ['name', 'aliases', 'issuers', 'kind', 'summary'],
      },
      {
        url: 'https://shndlaw.com/index.php/post/1542',
        title: 'Guiding Opinions of the State Council on Vigorously Advancing the "Internet Plus" Action (shndlaw.com)',
        quote:
          'Guiding Opinions of the State Council on Vigorously Advancing the "Internet Plus" Action\n\n 2018-08-03  1350\n\n\n· Document Number:No. 40 [2015] of the State Council\n\n· Area of Law: Post and Telecommunications Internet Plus\n\n· Level of Authority: Regulatory Documents of the State Council\n\n· Date issued:07-01-2015\n\n· Effective Date:07-01-2015\n\n· Issuing Authority: State Council\n\n· Status: Effective',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://en.icmtia.com/news/264.html',
        title: 'Guiding Opinions of the State Council on Actively Promoting the “Internet Plus” Initiative – ICMTIA',
        quote: 'Guiding Opinions of the State Council on Actively Promoting the “Internet Plus” Initiative\n\nGuofa [2015] No. 40',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'http://italian.china.org.cn/china_key_words/2018-11/01/content_69468267.htm',
        title: '“互联网+”行动计划 – china.org.cn',
        quote:
          '2015年7月,国务院印发的《关于积极推进“互联网+”行动的指导意见》提出,到2018年,互联网与经济社会各领域的融合发展进一步深化',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
];
