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
      'Ministry of Public Security order on internet security protection technology measures, including recording and retaining users’ sign-on and sign-off times, dial-up numbers, account numbers and internet addresses or domain names.',
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
    repealed: '2017-11-01',
    summary:
      'Ministry of Information Industry rules on the management of China’s internet domain name system and domain name registration services; repealed when the 2017 Measures for the Administration of Internet Domain Names took effect.',
    sources: [
      {
        url: 'https://www.ccpit-patent.com.cn/zh-hans/node/4455',
        title: '中国国际贸易促进委员会专利商标事务所',
        quote:
          '《互联网域名管理办法》已经2017年8月16日工业和信息化部第32次部务会议审议通过,现予公布,自2017年11月1日起施行。原信息产业部2004年11月5日公布的《中国互联网络域名管理办法》(原信息产业部令第30号)同时废止。',
        supports: ['repealed', 'summary'],
      },
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
        url: 'http://www.lawinfochina.com/display.aspx?lib=law&id=3823&CGid=',
        title: 'lawinfochina – Measures for the Administration of Internet Domain Names of China [Expired]',
        quote:
          'Measures for the Administration of Internet Domain Names of China [Expired]\n中国互联网络域名管理办法(2004) [失效]',
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
    summary: 'Rules drawn up by the office of the State Council informatization leading group to implement the provisional regulations on international networking; the issuing notice provides for operating licences and a review of commercial access units.',
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
    aliases: ['Administration of Internet Publishing Tentative Provisions', 'Provisional Internet Publishing Management Regulations'],
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
    sources: [
      {
        url: 'https://chinalawandpractice.com/2004/09/01/state-food-and-drug-administration-administration-of-internet-based-pharmaceutical-information-services-procedures',
        title: 'State Food and Drug Administration, Administration of Internet-based Pharmaceutical Information Services Procedures – China Law & Practice',
        quote:
          '国家食品药品监督管理局互联网药品信息服务管理办法\n\nSeptember 02, 2004 | BY\n\nclpstaff &clp articles\n\nPromulgated: July 8 2004Effective: as of date of promulgationInterpreting authority: State Food and Drug Administration',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
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
      'State Council policy to integrate the internet with all fields of the economy and society through 11 key "Internet Plus" actions, with targets for 2018.',
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
  // ───────────── MII Order No. 3 (2000): the BBS rules ─────────────
  {
    id: 'document:provisions-on-administration-of-internet-electronic-bulletin-services',
    name: 'Provisions on the Administration of Internet Electronic Bulletin Services',
    nameZh: '互联网电子公告服务管理规定',
    aliases: ['Internet Electronic Bulletin Service Management Regulations'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2000-10-08',
    promulgated: '2000-11-06',
    summary:
      'Ministry of Information Industry rules on electronic bulletin boards, forums, chat rooms and message boards: no one may open such a service without specific approval or registration.',
    relations: [{ type: 'based_on', target: 'document:measures-for-administration-of-internet-information-services', source: 0 }],
    sources: [
      {
        url: 'https://yeec.com/forum.php?goto=lastpost&mod=redirect&tid=3491',
        title: '[转帖]互联网电子公告服务管理规定 – yeec.com',
        quote:
          '互联网电子公告服务管理规定\n\n中华人民共和国信息产业部第三号令\n\n《互联网电子公告服务管理规定》已经2000年10月8日第四次部务会议通过,现予发布,自发布之日起施行。\n\n信息产业部部长 吴基传 … 根据《互联网信息服务管理办法》的规定,制定本规定。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'relations'],
      },
      {
        url: 'https://m.engbus.cn/hangye/13/12420.html',
        title: '互联网电子公告服务管理规定 – 英语巴士网',
        quote: '互联网电子公告服务管理规定\n\n分类: 法律英语 \n \n\n颁布日期:20001106  实施日期:20001106  颁布单位:信息产业部',
        supports: ['nameZh', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.cecc.gov/resources/legal-provisions/provisions-on-the-administration-of-internet-electronic-bulletin-services',
        title: 'Provisions on the Administration of Internet Electronic Bulletin Services (CECC Partial Translation) – CECC',
        quote:
          'The following is a partial translation prepared by the Congressional-Executive Commission on China of the "Provisions on the Administration of Internet Electronic Bulletin Services" issued by the Ministry of Information on October 8, 2000. … Article 8:  No work unit or individual may open an Electronic Bulletin Service, unless they have undertaken the procedures for specific approval  or specific registration.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2000/10/08/internet-electronic-bulletin-service-management-regulations/',
        title: 'Internet Electronic Bulletin Service Management Regulations – China Copyright and Media',
        quote:
          'Internet Electronic Bulletin Service Management Regulations\n\nPosted on Updated on\n\nMinistry of Information Industry\n\nPassed at the 4th Ministerial meeting, on 8 October 2000 … Electronic bulletin services as mentioned in these Regulations, refers to acts of providing of information dissemination facilities to online users through interactive means such as electronic bulleting board, electronic fora, online chat rooms, message boards, etc.',
        supports: ['aliases', 'issuers', 'adopted', 'summary'],
      },
    ],
  },

  // ───────────── NCAC and MII Order No. 5 (2005) ─────────────
  {
    id: 'document:measures-for-administrative-protection-of-internet-copyright',
    name: 'Measures for the Administrative Protection of Internet Copyright',
    nameZh: '互联网著作权行政保护办法',
    aliases: [
      'Administrative Protection of Copyright on the Internet Procedures',
      'Measures for Administrative Protection of Copyright on the Internet',
      'Administrative Measures on Internet Copyright Protection',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ncac', 'miit'],
    promulgated: '2005-04-30',
    effective: '2005-05-30',
    summary:
      'Measures of the National Copyright Administration and the Ministry of Information Industry on the administrative protection of the right of communication through information networks in internet information services: a copyright owner notifies the service provider in writing, with evidence.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2005/07/01/administrative-protection-of-copyright-on-the-internet-procedures',
        title: 'Administrative Protection of Copyright on the Internet Procedures – China Law & Practice',
        quote:
          'Administrative Protection of Copyright on the Internet Procedures\n\n互联网著作权行政保护办法\n\nThese Procedures aim to strengthen the administrative protection of the right of dissemination over information networks in the course of internet information service activities and regulate administrative law enforcement.\n\n(Issued by the National Copyright Administration and the Ministry of Information Industry on April 30 2005 and effective as of May 30 2005.)',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://spanish.lehmanlaw.com/centro-de-busqueda/leyes-y-regulaciones/information-technology/measures-for-the-administrative-protection-of-internet-copyright-2005.html',
        title: 'Measures for the Administrative Protection of Internet Copyright 2005 – Lehman, Lee & Xu',
        quote:
          'Measures for the Administrative Protection of Internet Copyright 2005\n\n(National Copyright Administration and Ministry of Information Industry, April 30, 2005)',
        supports: ['name', 'issuers', 'promulgated'],
      },
      {
        url: 'http://genuineways.com/en/info-149-152-640.html',
        title: 'Measures for Administrative Protection of Copyright on the Internet (2005) – Genuine Ways',
        quote:
          'Measures for Administrative Protection of Copyright on the Internet\n\n \n\nPromulgated by the National Copyright Administration and the Ministry of Information Industry on\n\n30 April 2005',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'http://english.china.org.cn/english/2005/May/129107.htm',
        title: 'Regulations on Internet Copyright Protections to Be Implemented – china.org.cn',
        quote:
          'The National Copyright Administration (NCA) and the Ministry of Information Industry (MII) announced the May 30 implementation of "Administrative Measures on Internet Copyright Protection", the first of its kind in the country. … The short of it is, anyone who finds their copyrights infringed upon should inform the relevant ISP in writing with evidence of the alleged infringement.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────── SCIO and MII news-posting rules (2000, replaced in 2005) ─────────────
  {
    id: 'document:interim-provisions-on-administration-of-engagement-by-internet-sites-in-news-publication',
    name: 'Interim Provisions on the Administration of Engagement by Internet Sites in News Publication',
    nameZh: '互联网站从事登载新闻业务管理暂行规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['state-council-information-office', 'miit'],
    promulgated: '2000-11',
    repealed: '2005-09-25',
    summary:
      'Rules of the State Council Information Office and the Ministry of Information Industry under which comprehensive websites not run by news organisations could, with approval, post news released by central and provincial news organisations, but not news of their own or from other sources.',
    sources: [
      {
        url: 'https://jcwiki.net/ethics-and-requlations/regulations/8881.html',
        title: '《互联网站从事登载新闻业务管理暂行规定》 – 新闻传播学大辞典 (jcwiki.net)',
        quote:
          '《互联网站从事登载新闻业务管理暂行规定》Interim Provisions on the Administration of Engagement by Internet Sites in News Publication 中华人民共和国国务院新闻办公室、信息产业部2000年11月8日发布并实施的管理规定,共19条。 … 非新闻单位依法建立的综合性互联网站,具备一定条件,经批准可以从事登载中央新闻单位、中央国家机关各部门新闻单位以及省、自治区、直辖市直属新闻单位发布的新闻业务,但不得登载自行采写的新闻和其他来源的新闻。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://dzwww.com/xinwen/xinwenzhuanti/070424djsqwz/flfg/200704/t20070425_2125491.htm',
        title: '《互联网新闻信息服务管理规定》发布 – 大众网 (人民日报)',
        quote:
          '据新华社北京9月25日电  国务院新闻办公室、信息产业部25日联合发布《互联网新闻信息服务管理规定》。 … 《规定》自发布之日起施行,同时废止《互联网站从事登载新闻业务管理暂行规定》。\n\n  《人民日报》 (2005年09月26日 第二版)',
        supports: ['nameZh', 'repealed'],
      },
    ],
  },

  // ───────────── MIIT Order No. 1 (2009) ─────────────
  {
    id: 'document:measures-for-administration-of-electronic-certification-services',
    name: 'Measures for the Administration of Electronic Certification Services',
    nameZh: '电子认证服务管理办法',
    aliases: ['Administrative Measures on Electronic Certification Services'],
    zhShortNames: ['工业和信息化部令第1号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2009-02-18',
    effective: '2009-03-31',
    amended: ['2015-04-29'],
    summary:
      'MIIT rules implementing the Electronic Signature Law: they regulate electronic certification services and the supervision of electronic certification service providers.',
    relations: [{ type: 'implements', target: 'document:electronic-signature-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=231082',
        title: 'Measures for the Administration of Electronic Certification Services (2015 Revision) – csrcare.com',
        quote:
          "Measures for the Administration of Electronic Certification Services(2015 Revision)\n(Order No. 1 of the Ministry of Industry and Information Technology of the People's Republic of China on February 18, 2009; and amended in accordance with the Decision of the Ministry of Industry and Information Technology on Amending Some Rules by the Order No. 29 of the Ministry of Industry and Information Technology on April 29, 2015)\nChapter I General Provisions\nArticle 1 To regulate electronic certification services and supervise and administer electronic certification service providers, these Measures are formulated in accordance with the Electronic Signature Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary', 'relations'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/3026076/administrative-measures-on-electronic-certification-services.html',
        title: 'Administrative Measures On Electronic Certification Services – Global-Regulation',
        quote:
          'Administrative Measures On Electronic Certification Services\n\nOriginal Language Title: 电子认证服务管理办法 … (Released February 18, 2009, Ministry of industry and information technology the 1th as of March 31, 2009)',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://mbji.cn/mbji/%E7%94%B5%E5%AD%90%E8%AE%A4%E8%AF%81%E6%9C%8D%E5%8A%A1%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95/0',
        title: '电子认证服务管理办法 (mbji.cn)',
        quote:
          '《电子认证服务管理办法》于2009年2月18日以中华人民共和国工业和信息化部令第1号公布,根据2015年4月29日中华人民共和国工业和信息化部令第29号《工业和信息化部关于修改部分规章的决定》修订。 … 自2009年3月31日起施行。2005年2月8日中华人民共和国信息产业部令第35号发布的《电子认证服务管理办法》予以废止。 … 二、将《电子认证服务管理办法》(工业和信息化部令第1号)第六条第三项修改为',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'promulgated', 'effective', 'amended'],
      },
    ],
  },

  // ───────────── CAC interview ("admonishment meeting") rules (2015) ─────────────
  {
    id: 'document:provisions-on-interview-of-entities-providing-internet-news-information-services',
    name: 'Provisions on the Interview of Entities Providing Internet News Information Services',
    nameZh: '互联网新闻信息服务单位约谈工作规定',
    aliases: ['Provisions on Admonishment Meetings with Internet News Information Services'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['cac'],
    effective: '2015-06-01',
    summary:
      'CAC rules under which national and local cyberspace offices summon internet news providers that seriously break the rules to a warning talk and order rectification.',
    sources: [
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2015/04/28/provisions-on-admonishment-meetings-with-internet-news-information-services/',
        title: 'Provisions on Admonishment Meetings with Internet News Information Services – China Copyright and Media',
        quote:
          'Provisions on Admonishment Meetings with Internet News Information Services\n\nPosted on Updated on\n\n互联网新闻信息服务单位约谈工作规定\n\n第二条 国家互联网信息办公室、地方互联网信息办公室建立互联网新闻信息服务单位约谈制度。 … 第十条 本规定由国家互联网信息办公室负责解释,自2015年6月1日起实施。',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/provisions-on-interview-of-entities-providing-internet-news-information-services-20150428/enchn',
        title: 'Provisions on the Interview of Entities Providing Internet News Information Services – China Justice Observer',
        quote:
          'Provisions on the Interview of Entities Providing Internet News Information Services entered into force on 1 June 2015.\nThere are 10 articles in total. The Provisions aim to clarify how the regulatory authorities meet the relevant person in charge of the Internet Information and conduct a conversation involving a warning, point out the problems, or issue an order of rectification or correction, when an entity providing internet news information services commits a serious violation of the law or regulation.',
        supports: ['name', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── SAIC Order No. 49 (2010) ─────────────
  {
    id: 'document:interim-measures-for-administration-of-online-commodities-trading-and-relevant-services',
    name: 'Interim Measures for the Administration of Online Commodities Trading and Relevant Services',
    nameZh: '网络商品交易及有关服务行为管理暂行办法',
    aliases: [
      'Interim Measures for the Administration of Online Commodity Trading and Relevant Services',
      'Tentative Measures for Administration of Online Commodity Trade and Related Service Activities',
    ],
    zhShortNames: ['国家工商行政管理总局令第49号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2010-05-31',
    effective: '2010-07-01',
    summary:
      'The State Administration for Industry and Commerce’s 2010 order (No. 49), China’s first administrative rule promoting and regulating online commodity trading and related services by online vendors and service providers.',
    sources: [
      {
        url: 'https://puer.amitalaw.cn/index.php/industrytrends/11966.html',
        title: '网络商品交易及有关服务管理办法(征求意见稿) (amitalaw.cn)',
        quote:
          '2010年5月,工商总局颁布《网络商品交易及有关服务行为管理暂行办法》(国家工商行政管理总局令第49号,以下简称《暂行办法》),成为我国首部促进和规范网络商品交易及有关服务的行政规章',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.uip-law-firm.com/en/newsView.asp?id=246',
        title: 'Interim Measures for the Administration of Online Commodities Trading and Relevant Services – UIP',
        quote:
          "The Interim Measures for the Administration of Online Commodities Trading and Relevant Services adopted at the executive meeting of the State Administration for Industry and Commerce of the People's Republic of China are hereby promulgated and shall become effective on July 1, 2010.\n \nZhou Bohua, Minister\nMay 31, 2010",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://china-briefing.com/news/china-solicits-comments-on-the-new-administrative-measures-for-online-commodity-trading',
        title: 'China Solicits Comments on the New Administrative Measures for Online Commodity Trading – China Briefing',
        quote:
          'In 2010, the SAIC enacted the “Interim Measures for the Administration of Online Commodity Trading and Relevant Services (SAIC Order 49, hereinafter referred to as the ‘Interim Measures’)” to regulate online commodity transactions and relevant services provided by online commodity vendors and online service providers in China.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-1306897-T.html?eng=0',
        title: 'Tentative Measures for Administration of Online Commodity Trade and Related Service Activities – LexisNexis China',
        quote:
          'Tentative Measures for Administration of Online Commodity Trade and Related Service Activities\n\nOrder of the State Administration for Industry and Commerce No. 49\n\nMay 31, 2010',
        supports: ['aliases', 'kind', 'issuers', 'promulgated'],
      },
    ],
  },
  // ───────────── State Council cloud computing opinions (国发〔2015〕5号) ─────────────
  {
    id: 'document:opinions-on-promoting-innovative-development-of-cloud-computing',
    name: 'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry',
    nameZh: '关于促进云计算创新发展培育信息产业新业态的意见',
    zhShortNames: ['国发〔2015〕5号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2015-01-30',
    summary:
      'State Council policy to develop cloud computing, with targets for 2017 and 2020 and six tasks including cloud services, e-government clouds, big data use, infrastructure layout and security.',
    sources: [
      {
        url: 'https://www.idctalk.com/4257.html',
        title: '国务院关于促进云计算创新发展 培育信息产业新业态的意见 (idctalk.com)',
        quote:
          '国务院关于促进云计算创新发展\n\n培育信息产业新业态的意见\n\n国发〔2015〕5号\n\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n\n云计算是推动信息技术能力实现按需供给、促进信息技术和数据资源充分利用的全新业态',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://hefei.baogaosu.com/xinwen/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%8F%91%E6%96%87%E4%BF%83%E8%BF%9B%E4%BA%91%E8%AE%A1%E7%AE%97%E5%8F%91%E5%B1%95/29032902',
        title: '国务院发文促进云计算发展 (baogaosu.com)',
        quote:
          '30.01.2015  19:12\n\n    1月30日,国务院下发《关于促进云计算创新发展 培育信息产业新业态的意见》。\n\n  意见提出,到2017年,云计算在重点领域的应用得到深化 … 到2020年,云计算应用基本普及 … 意见为此提出了,增强云计算服务能力;提升云计算自主创新能力;探索电子政务云计算发展新模式;加强大数据开发与利用;统筹布局云计算基础设施;提升安全保障能力等六大任务。',
        supports: ['nameZh', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2015/01/06/opinions-concerning-stimulating-the-development-of-cloud-computing-innovation-and-fostering-new-business-models-in-the-information-industry/',
        title: 'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry – China Copyright and Media',
        quote:
          'Opinions concerning Stimulating the Development of Cloud Computing Innovation and Fostering New Business Models in the Information Industry\n\nPosted on Updated on\n\nGF No. (2015)5\n\nAll provincial, autonomous region and municipal People’s Governments, all State Council ministries and commissions, all directly subordinate bodies',
        supports: ['name', 'issuers'],
      },
    ],
  },

  // ───────────── Health and medical big data opinions (国办发〔2016〕47号) ─────────────
  {
    id: 'document:guiding-opinions-on-promoting-and-regulating-application-of-health-and-medical-big-data',
    name: 'Guiding Opinions on Promoting and Regulating the Application and Development of Health and Medical Big Data',
    nameZh: '关于促进和规范健康医疗大数据应用发展的指导意见',
    aliases: ['Guiding Opinions of the General Office of the State Council on Promoting and Regulating the Application and Development of Health and Medical Big Data'],
    zhShortNames: ['国办发〔2016〕47号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2016-06-21',
    summary:
      'State Council General Office policy treating health and medical data as a basic strategic resource: sharing and opening health data, a national catalogue of health data resources, and rules for its open use by category and level.',
    relations: [{ type: 'implements', target: 'document:action-outline-for-promoting-development-of-big-data', source: 0 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=273088&lib=law',
        title: 'Guiding Opinions of the General Office of the State Council on Promoting and Regulating the Application and Development of Health and Medical Big Data – pkulaw',
        quote:
          'Guiding Opinions of the General Office of the State Council on Promoting and Regulating the Application and Development of Health and Medical Big Data [Effective]\n国务院办公厅关于促进和规范健康医疗大数据应用发展的指导意见 [现行有效] … (No. 47 [2016] of the General Office of the State Council) (国办发〔2016〕47号) … Health and medical big data is an important, fundamental, and strategic resource of the state. … For the purposes of implementing the requirements of the Notice by the State Council on Issuing the Action Plan for Promoting the Development of Big Data (No. 50 [2015], State Council)',
        supports: ['name', 'nameZh', 'aliases', 'zhShortNames', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'http://www.tsu.tw/xiyi/408675.html',
        title: 'tsu.tw',
        quote:
          '2016年6月21日国务院下发的《关于促进和规范健康医疗大数据应用发展的指导意见》将“坚持开放融合、共建共享”作为发展健康医疗大数据应用的三大基本原则之一 … 明确要求“建立全国健康医疗数据资源目录体系,制定分类、分级、分域健康医疗大数据开放应用政策规范',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── MIIT Order No. 31 (2015) ─────────────
  {
    id: 'document:administrative-provisions-on-short-message-services',
    name: 'Administrative Provisions on Short Message Services',
    nameZh: '通信短信息服务管理规定',
    aliases: ['Administrative Provisions On Short Message Service'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2015-05-06',
    promulgated: '2015-05-19',
    effective: '2015-06-30',
    summary:
      'MIIT rules on providing and using text message (SMS) services, supervised by MIIT and the provincial communications administrations, made under the NPCSC decision on strengthening network information protection and the Telecommunications Regulations.',
    relations: [
      { type: 'based_on', target: 'document:decision-on-strengthening-network-information-protection', source: 1 },
      { type: 'based_on', target: 'document:telecommunications-regulations', source: 1 },
    ],
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/content.php?permalink=administrative-provisions-on-short-message-services',
        title: 'Administrative Provisions on Short Message Services – LexisNexis China',
        quote:
          'Administrative Provisions on Short Message Services\n\nOrder of the Ministry of Industry and Information Technology No.31\n\nMay 19, 2015\n\nThe Administrative Provisions on Short Message Services, adopted at the 14th executive meeting of the Ministry of Industry and Information Technology on May 6, 2015, are hereby promulgated for implementation as of June 30, 2015.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://hk.lexiscn.com/law/content.php?permalink=administrative-provisions-on-short-message-services',
        title: 'Administrative Provisions on Short Message Services – LexisNexis China',
        quote:
          'are formulated in accordance with the Decision of the Standing Committee of the National People\'s Congress on Strengthening Network Information Protection, the Telecommunications Regulations of the People\'s Republic of China and other relevant laws and administrative regulations. … Article 3 The Ministry of Industry and Information Technology takes charge of the supervision and administration over short message services all over the country.',
        supports: ['issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/529404/administrative-provisions-on-short-message-service.html',
        title: 'Administrative Provisions On Short Message Service – Global-Regulation',
        quote:
          'Administrative Provisions On Short Message Service\n\nOriginal Language Title: 通信短信息服务管理规定 … The provinces, autonomous regions and municipalities directly under the communications authority to supervise and administer the short message services within their respective administrative areas.',
        supports: ['nameZh', 'aliases', 'summary'],
      },
    ],
  },
];
