/**
 * Curated core layer: the telecoms and internet-infrastructure instruments pages cite when they
 * write about cross-border networking and VPNs, numbering and radio spectrum, equipment network
 * access, satellite communications, IPv6, 5G and data centres.
 * Every fact is quoted from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_TELECOM_INFRA_6: CoreInstrument[] = [
  // ───────────── Radio Management Regulations (State Council and CMC, 1993, revised 2016) ─────────────
  {
    id: 'document:radio-management-regulations',
    name: 'Radio Management Regulations',
    nameZh: '无线电管理条例',
    aliases: ['Regulations on the Radio Management of the People’s Republic of China'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1993-09-11',
    amended: ['2016-11-11'],
    summary:
      'The State Council and Central Military Commission regulation on radio: spectrum resources belong to the state; it covers the use of frequencies, the setting up and use of radio stations and the making, import, sale and repair of radio transmitting equipment.',
    sources: [
      {
        url: 'https://cms.dtdjzx.gov.cn/staticPage/zcfg/xzfg/20161111/1184821.html',
        title: '中华人民共和国无线电管理条例 – 灯塔-党建在线',
        quote:
          '中华人民共和国无线电管理条例 … (1993年9月11日中华人民共和国国务院、中华人民共和国中央军事委员会令第128号发布 2016年11月11日中华人民共和国国务院、中华人民共和国中央军事委员会令第672号修订)',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://cms.dtdjzx.gov.cn/staticPage/zcfg/xzfg/20161111/1184821.html',
        title: '中华人民共和国无线电管理条例 – 灯塔-党建在线',
        quote:
          '第一条 为了加强无线电管理,维护空中电波秩序,有效开发、利用无线电频谱资源,保证各种无线电业务的正常进行,制定本条例。\n\n  第二条 在中华人民共和国境内使用无线电频率,设置、使用无线电台(站),研制、生产、进口、销售和维修无线电发射设备,以及使用辐射无线电波的非无线电设备,应当遵守本条例。\n\n  第三条 无线电频谱资源属于国家所有。',
        supports: ['summary'],
      },
      {
        url: 'https://www.soulun.net/periodical/3a7667b40c76c770d083ccf32a5a749f.html',
        title: 'soulun.net',
        quote:
          'Twenty-three years ago, the State Council and the Central Military Commission formulated and promulgated the Regulations on the Radio Management of the People’s Republic of China, playing an active role in safeguarding the smooth development of radio management and the normal operation of radio services.',
        supports: ['name', 'aliases', 'issuers'],
      },
    ],
  },

  // ───────────── Provisions on the Administration of Radio Transmission Equipment (MIIT Order No. 57, 2022) ─────────────
  {
    id: 'document:provisions-on-administration-of-radio-transmission-equipment',
    name: 'Provisions on the Administration of Radio Transmission Equipment',
    nameZh: '无线电发射设备管理规定',
    aliases: ['Regulations on the Administration of Radio Transmission Equipment'],
    zhShortNames: ['工业和信息化部令第57号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2022-12-22',
    effective: '2023-07-01',
    summary:
      'MIIT rule on radio transmission equipment: type approval certificates valid two to five years, the type approval code marked on the device, and no sale or use before approval.',
    relations: [{ type: 'based_on', target: 'document:radio-management-regulations', source: 0 }],
    sources: [
      {
        url: 'https://taowenge.com/p-86331980.html',
        title: '【中英文对照版】无线电发射设备管理规定 – 淘文阁',
        quote:
          '无线电发射设备管理规定(2022年12月22日,工业和信 息化部令第57号公布,自2023 年7月1日起施行。)第一条为了加强无线电发 射设备管理,防止和减少无线电 干扰,维护空中电波秩序,促进 无线电技术应用和产业发展,根 据中华人民共和国无线电管理 条例和相关法律、行政法规,无线电发射设备管理规定Provisions on the Administration of RadioTransmission Equipment制定机关:工业和信息化部发文字号:工业和信息化部令第57号',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.ultratech-labs.com/post/china-srrc-radio-transmission-equipment-regulations',
        title: 'China (SRRC) - Radio Transmission Equipment Regulations – Ultratech',
        quote:
          'The State Radio Regulation of China (SRRC) published the Regulations on the Administration of Radio Transmission Equipment on December 22, 2022. … The validity period of the type approval certificate will not be less than 2 years and will not exceed 5 years. … Type approval codes must be marked on radio transmission equipment or displayed in an electronic format. … radio transmission equipment may not be sold or used in China until type approval is obtained. … The new regulations will come into effect from July 1, 2023.',
        supports: ['aliases', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Measures for the Administration of Telecommunications Network Numbering Resources (2003) ─────────────
  {
    id: 'document:measures-for-administration-of-telecommunications-network-numbering-resources',
    name: 'Measures for the Administration of Telecommunications Network Numbering Resources',
    nameZh: '电信网码号资源管理办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2003-01-09',
    promulgated: '2003-01-29',
    effective: '2003-03-01',
    amended: ['2014'],
    summary:
      'Ministry rule on telephone and network numbers: numbering resources belong to the state, are used for a fee and only with the telecom authorities’ approval.',
    relations: [{ type: 'based_on', target: 'document:telecommunications-regulations', source: 1 }],
    sources: [
      {
        url: 'https://wap.miit.gov.cn/qzqd/gsstxglj/qlqd/xzjc/art/2020/art_c7453f25f5024b7a98dc56b783065e75.html',
        title: '对本行政区域内电信网码号资源使用情况实施检查 – 甘肃省通信管理局',
        quote:
          '《电信网码号资源管理办法》(2003年信息产业部令第28号,2014年工业和信息化部令第28号修正)第二十六条:“电信主管部门应当向社会公布码号资源分配和使用情况,并对使用情况实施监督检查。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'amended'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/161474/management-of-telecom-network-numbering-resource.html',
        title: 'Management Of Telecom Network Numbering Resource – Global-Regulation',
        quote:
          'Original Language Title: 《电信网码号资源管理办法》 … the 28th of the telecom network numbering resource management practices is January 9, 2003 adopted at the 12th ministerial meeting of the Ministry of information industry, is published and implemented since the March 1, 2003.\nMinister Wu Jichuan, January 29, 2003 chapter I General provisions article for the efficient utilization of resources, Telecom, to protect fair competition, promote the healthy development of the telecom industry, according to the People\'s Republic of China Telecommunications Ordinance, these measures are formulated.',
        supports: ['name', 'nameZh', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/161474/management-of-telecom-network-numbering-resource.html',
        title: 'Management Of Telecom Network Numbering Resource – Global-Regulation',
        quote:
          'Third barcode number resources are owned by the State.\nNational system of paid use of numbering resources, specific fees and charges separately. … Fifth national approval system imposed on the use of numbering resources.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Measures on the Administration of International Communication Accesses (MII Order No. 22, 2002) ─────────────
  {
    id: 'document:measures-on-administration-of-international-communication-accesses',
    name: 'Measures on the Administration of International Communication Accesses',
    nameZh: '国际通信出入口局管理办法',
    aliases: [
      'Administration of International Communications Gateway Exchanges Measures',
      'Administration of International Communications Gateway Exchanges Procedures',
    ],
    zhShortNames: ['信息产业部令第22号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    adopted: '2002-03-14',
    promulgated: '2002-06-21',
    effective: '2002-10-01',
    summary:
      'Ministry rule on international communication gateways, such as the landing stations of international cables and internet international gateway routers.',
    relations: [{ type: 'based_on', target: 'document:telecommunications-regulations', source: 0 }],
    sources: [
      {
        url: 'http://www.lawinfochina.com/display.aspx?id=2407&lib=law',
        title: 'Measures on the Administration of International Communication Accesses – lawinfochina',
        quote:
          'Measures on the Administration of International Communication Accesses [Effective]\n国际通信出入口局管理办法 [现行有效] … Order No. 22 of the Ministry of Information Industry of the People\'s Republic of China\nThe Measures on the Administration of International Communication Accesses examined and adopted at the 9th executive meeting on March 14, 2002, are hereby promulgated, and shall come into force on October 1, 2002. … Article 1 These Measures are enacted in accordance with the “Regulation on Telecommunications of the People\'s Republic of China”',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'relations'],
      },
      {
        url: 'https://chinalawandpractice.com/2002/09/01/administration-of-international-communications-gateway-exchanges-measures',
        title: 'Administration of International Communications Gateway Exchanges Measures – China Law & Practice',
        quote:
          'Administration of International Communications Gateway Exchanges Measures\n\n国际通信出入口局管理办法 … Promulgated: 2002-06-21 Effective: 2002-10-01\n\n(Promulgated by the Ministry of Information Industry on June 21 2002 and effective as of October 1 2002.)',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.for68.com/new/2006/5/wu570301841131560022450-0.html',
        title: '国际通信出入口局管理办法 Administration of International Communications Gateway Exchanges Procedures',
        quote:
          '国际通信出入口局管理办法 Administration of International Communications Gateway Exchanges Procedures … 信息产业部令第22号\n\n(Promulgated by the Ministry of Information Industry on 21 June 2002 and effective as of 1 October 2002.)',
        supports: ['aliases', 'zhShortNames', 'promulgated'],
      },
      {
        url: 'https://flfgsc.cn/law/%e5%9b%bd%e9%99%85%e9%80%9a%e4%bf%a1%e5%87%ba%e5%85%a5%e5%8f%a3%e5%b1%80%e7%ae%a1%e7%90%86%e5%8a%9e%e6%b3%95-2002%e5%b9%b4',
        title: '国际通信出入口局管理办法(2002年)',
        quote:
          '(一)国际通信光缆、电缆、微波等在国内的登陆或入境站; … (三)互联网国际出入口路由器;',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Provisional Regulations on International Networking of Computer Information Networks (1996) ─────────────
  {
    id: 'document:provisional-regulations-on-administration-of-international-networking-of-computer-information-networks',
    name: 'Provisional Regulations on the Administration of International Networking of Computer Information Networks',
    nameZh: '计算机信息网络国际联网管理暂行规定',
    aliases: [
      'Provisional Management Regulations for the International Connection of Computer Information Networks',
      'Interim Regulations on the Administration of International Networking of Computer Information Networks',
      'Interim Provisions of the People’s Republic of China Governing International Interconnection of Computer-based Information Networks',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '1996-02-01',
    amended: ['1997-05-20', '2024-03-10'],
    summary:
      'State Council regulation governing the connection of computer networks in China with foreign networks, the rule pages cite against unapproved cross-border VPNs.',
    sources: [
      {
        url: 'https://digichina.stanford.edu/work/provisional-management-regulations-for-the-international-connection-of-computer-information-networks-of-the-peoples-republic-of-china',
        title: 'Provisional Management Regulations for the International Connection of Computer Information Networks – DigiChina',
        quote:
          'State Council of the People’s Republic of China Decree\n\nNo. 195\n\nThe “Provisional Management Regulations for the International Connection of Computer Information Networks of the People’s Republic of China” were passed at the 42th Regular Meeting of the State Council on 23 January 1996, and are hereby promulgated and implemented.\n\nPremier: Li Peng\n\n1 February 1996',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://web.archive.org/web/20010717115401/http:/gbnic.gb.com.cn/engcommands/co195md.html',
        title: 'Provisional Regulations on the Administration of International Networking of Computer Information Networks – GBNIC',
        quote:
          'Provisional Regulations of the People\'s Republic of China\non the Administration of International Networking of\nComputer Information Networks\n\n(Promulgated by the State Council of the People\'s Republic of China on February 1, 1996 under State Council Command Number 195, modified based on The State Council Command Number 218 promulgated on May 20, 1997)',
        supports: ['name', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://en.wikisource.org/wiki/Interim_Provisions_of_the_People%E2%80%99s_Republic_of_China_Governing_International_Interconnection_of_Computer-based_Information_Networks_(1996)',
        title: 'Interim Provisions Governing International Interconnection of Computer-based Information Networks (1996) – Wikisource',
        quote:
          'Interim Provisions of the People’s Republic of China Governing International Interconnection of Computer-based Information Networks (1996)\nArticle 1\nThese Provisions are formulated for strengthening the administration of international interconnection of computer - based information networks',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.zhuquejiasu.com/en/blog/cross-border-vpn-connection-compliance-guide-secure-deployment-strategies-under-chinas-regulat-2',
        title: 'Cross-Border VPN Connection Compliance Guide – zhuquejiasu.com',
        quote:
          'According to the Interim Regulations on the Administration of International Networking of Computer Information Networks and the Cybersecurity Law of the People\'s Republic of China, establishing or using VPNs for cross-border connections without approval is illegal.',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://net-net.cn/shenzhen/law/law/2015/1113/102.html',
        title: '中华人民共和国计算机信息网络国际联网管理暂行规定',
        quote:
          '中华人民共和国计算机信息网络国际联网管理暂行规定\nPROVISIONAL REGULATIONS OF THE PEOPLE\'S REPUBLIC OF CHINA ON THE MANAGEMENT OF INTERNATIONAL NETWORKING OF COMPUTER INFORMATION NETWORKS\n \n\n*注:本篇法规已被《国务院关于修改<中华人民共和国计算机信息网络国际联网管理暂行规定>的决定》(发布日期:1997年5月20日 实施日期:1997年5月20日)修改',
        supports: ['nameZh', 'amended'],
      },
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5248767-T.html?eng=0',
        title: 'LexisNexis China – Interim Administrative Regulations on International Networking of Computer Information Networks (Revised in 2024)',
        quote: "Order of the State Council of the People's Republic of China No. 777\n\nMarch 10, 2024\n\n(Promulgated by Order of the State Council of the People's Republic of China No. 195 on February 1, 1996; revised for the first time in accordance with the Decision of the State Council on the Amending the Interim Administrative Regulations of the People's Republic of China on International Networking of Computer Information Networks issued on May 20, 1997; and revised for the second time in accordance with the Decision of the State Council on Amending and Repealing Some Administrative Regulations on March 10, 2024)",
        supports: ['issuers', 'promulgated', 'amended'],
      },
    ],
  },

  // ───────────── Measures for the Administration of Network Connection of Telecommunications Equipment (2001) ─────────────
  {
    id: 'document:measures-for-administration-of-network-connection-of-telecommunications-equipment',
    name: 'Measures for the Administration of the Network Connection of Telecommunications Equipment',
    nameZh: '电信设备进网管理办法',
    aliases: ['Administration of the Network Connection of Telecommunications Equipment Procedures'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2001-05-10',
    effective: '2001-05-10',
    amended: ['2014-09-23'],
    summary:
      'Ministry rule on the network access licence: telecom terminal, radio communication and interconnection equipment needs an MIIT licence before it is connected to public networks or sold in China.',
    relations: [{ type: 'based_on', target: 'document:telecommunications-regulations', source: 0 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2001/07/01/telecom-equipment-licensing-china-revamps-the-rules',
        title: 'Telecom Equipment Licensing: China Revamps the Rules – China Law & Practice',
        quote:
          'The Measures for the Administration of the Network Connection of Telecommunications Equipment (Measures) came into effect on May 10 2001. The Measures repeal the 1998 Administration of Examination and Approval in Relation to Network Access by Telecommunication Equipment Procedures, and were enacted pursuant to the PRC Telecommunications Regulations (中华人民共和国电信条例) (Telecom Regulations).',
        supports: ['name', 'effective', 'relations'],
      },
      {
        url: 'http://www.zlcool.com/yy/6/e9603.html',
        title: '电信设备进网管理办法 Administration of the Network Connection of Telecommunications Equipment Procedures',
        quote:
          '电信设备进网管理办法 Administration of the Network Connection of Telecommunications Equipment Procedures … 信息产业部令第11号\n(Promulgated by the Ministry of Information Industry on, and effective as of, 10 May 2001.)',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://zhonghuashu.com/wiki/%E7%94%B5%E4%BF%A1%E8%AE%BE%E5%A4%87%E8%BF%9B%E7%BD%91%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95',
        title: '电信设备进网管理办法 – 中华书',
        quote:
          '电信设备进网管理办法\n沿革和最新版\n2001年5月10日中华人民共和国信息产业部令第11号公布 根据2014年9月23日中华人民共和国工业和信息化部令第28号公布的《工业和信息化部关于废止和修改部分规章的决定》修正',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://zhonghuashu.com/wiki/%E7%94%B5%E4%BF%A1%E8%AE%BE%E5%A4%87%E8%BF%9B%E7%BD%91%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95',
        title: '电信设备进网管理办法 – 中华书',
        quote:
          '第三条 国家对接入公用电信网的电信终端设备、无线电通信设备和涉及网间互联的电信设备实行进网许可制度。\n\n      实行进网许可制度的电信设备必须获得工业和信息化部颁发的进网许可证;未获得进网许可证的,不得接入公用电信网使用和在国内销售。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Notice on reform measures of the equipment network access licence (MIIT, 2023) ─────────────
  {
    id: 'document:notice-on-reform-measures-of-network-access-licensing-for-telecommunications-equipment',
    name: 'Notice on Several Reform Measures of Network Access License System for Telecommunication Equipment',
    nameZh: '关于电信设备进网许可制度若干改革举措的通告',
    zhShortNames: ['工信部信管函〔2023〕14号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    effective: '2023-03-01',
    summary:
      'MIIT notice ending network access licences for 11 kinds of legacy equipment such as fax machines and modems and bringing satellite internet and function virtualisation equipment under licensing.',
    relations: [{ type: 'cites', target: 'document:measures-for-administration-of-network-connection-of-telecommunications-equipment', source: 0 }],
    sources: [
      {
        url: 'https://infoobs.com/article/20230206/56963.html',
        title: '工信部印发《关于电信设备进网许可制度若干改革举措的通告》(附解读)',
        quote:
          '工业和信息化部近日印发《关于电信设备进网许可制度若干改革举措的通告》,内容包括调整部分电信设备监管方式、精简优化进网许可检测项目、公布进网许可审批承诺时限、延长进网试用批文有效期、实行电信设备产品系族管理等五项改革举措,自今年3月1日起施行。 … 工信部信管函〔2023〕14号 … (二)对卫星互联网设备、功能虚拟化设备,按照《电信条例》《电信设备进网管理办法》等规定,纳入现行进网许可管理。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'effective', 'summary', 'relations'],
      },
      {
        url: 'http://www.dy1.cn/%e4%b8%8a%e6%b5%b7%e5%93%81%e8%8c%b6%e5%b7%a5%e4%bd%9c%e5%ae%a4/3086',
        title: 'dy1.cn',
        quote:
          'Today (February 6th), the Ministry of Industry and Information Technology issued the Notice on Several Reform Measures of Network Access License System for Telecommunication Equipment. … The Ministry of Industry and Information Technology will no longer accept and approve new applications for network access licenses for 11 kinds of telecommunications equipment, including fixed telephone terminals, cordless telephone terminals, group telephones, fax machines, modems',
        supports: ['name', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── IPv6 large-scale deployment action plan (CPC and State Council general offices, 2017) ─────────────
  {
    id: 'document:action-plan-for-advancing-extensive-deployment-of-ipv6',
    name: 'Action Plan for Advancing the Extensive Deployment of Internet Protocol Version 6 (IPv6)',
    nameZh: '推进互联网协议第六版(IPv6)规模部署行动计划',
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    summary:
      'Central plan (2017) for large-scale IPv6 deployment: within five to ten years build the world’s largest commercial IPv6 network and an own next-generation internet technology system.',
    sources: [
      {
        url: 'https://www.shndlaw.com/index.php/post/1231',
        title: 'Action Plan for Advancing the Extensive Deployment of Internet Protocol Version 6 (IPv6)',
        quote:
          'Action Plan for Advancing the Extensive Deployment of Internet Protocol Version 6 (IPv6) … Issuing Authority General Office of the Central Committee of the Communist Party of China (General Office, CCCPC) General Office of the State Council\n\nThe General Office of the CPC Central Committee and the General Office of the State Council Issuing the Action Plan for Advancing the Extensive Deployment of Internet Protocol Version 6 (IPv6)\n(2017)',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://dzb.whb.cn/html/2017-11/27/content_615155.html',
        title: '中办国办印发《行动计划》推进互联网协议第六版规模部署 – 文汇报',
        quote:
          '近日,中共中央办公厅、国务院办公厅印发了《推进互联网协议第六版(IPv6)规模部署行动计划》(以下简称 《行动计划》),并发出通知,要求各地区各部门结合实际认真贯彻落实。 … 《行动计划》明确,用5到10年时间,形成下一代互联网自主技术体系和产业生态,建成全球最大规模的IPv6商业应用网络',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Regulations on terminal equipment direct-to-satellite services (CAC and six departments, 2025) ─────────────
  {
    id: 'document:regulations-on-management-of-terminal-equipment-direct-satellite-services',
    name: 'Regulations on the Management of Terminal Equipment Direct Satellite Services',
    nameZh: '终端设备直连卫星服务管理规定',
    aliases: ['Regulations on the Management of Terminal Device Direct Connection Satellite Services'],
    zhShortNames: ['国信办发文〔2025〕1号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'ndrc', 'miit', 'mps', 'gac', 'samr', 'nrta'],
    promulgated: '2025-04-23',
    effective: '2025-06-01',
    summary:
      'Rules of seven departments for direct-to-satellite services on phones and other terminals in China, covering the services, their use and the production and sale of supporting devices.',
    sources: [
      {
        url: 'https://gmteight.com/content/detail/261373',
        title: 'Seven departments jointly issued the "Regulations on the Management of Terminal Device Direct Connection Satellite Services" – GMT Eight',
        quote:
          'Seven departments jointly issued the "Regulations on the Management of Terminal Device Direct Connection Satellite Services" … Recently, the National Internet Information Office, National Development and Reform Commission, Ministry of Industry and Information Technology, Ministry of Public Security, General Administration of Customs, State Administration for Market Regulation, and State Administration of Radio and Television jointly issued the "Regulations on the Management of Terminal Equipment Direct Satellite Services", which will be implemented starting from June 1, 2025.',
        supports: ['name', 'aliases', 'issuers', 'effective', 'status'],
      },
      {
        url: 'https://gmteight.com/content/detail/261373',
        title: 'GMT Eight',
        quote:
          'The "Regulations" specify that the provisions of this regulation apply to the provision of terminal equipment direct satellite services within the territory of the People\'s Republic of China, the use of terminal equipment direct satellite services within the territory of the People\'s Republic of China, as well as the production, assembly, provision, and sale of terminal equipment that supports direct satellite services',
        supports: ['summary'],
      },
      {
        url: 'https://www.jiangmen.pro/thread-12-1-1.html',
        title: '关于印发《终端设备直连卫星服务管理规定》的通知',
        quote:
          '关于印发《终端设备直连卫星服务管理规定》的通知 … 国信办发文〔2025〕1号 … 现将《终端设备直连卫星服务管理规定》印发给你们,请认真贯彻执行。 … 国家互联网信息办公室 … 国家发展和改革委员会 … 工业和信息化部 … 公安部 … 海关总署 … 国家市场监督管理总局 … 国家广播电视总局 … 2025年4月23日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'http://huiyelaw.com/news-3930.html',
        title: '通天信道定规则:《终端设备直连卫星服务管理规定》发布 – 汇业律师事务所',
        quote:
          '《终端设备直连卫星服务管理规定》是由国家互联网信息办公室、国家发展和改革委员会、工业和信息化部、公安部、海关总署、国家市场监督管理总局、国家广播电视总局七部门联合订立',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },

  // ───────────── MIIT guiding opinions on satellite communication business access (2025) ─────────────
  {
    id: 'document:guiding-opinions-on-optimizing-business-access-to-promote-satellite-communication-industry',
    name: 'Guiding Opinions on Optimizing Business Access and Promoting the Development of the Satellite Communication Industry',
    nameZh: '关于优化业务准入促进卫星通信产业发展的指导意见',
    aliases: ['Guiding Opinions of Optimizing Business Access to Promote the Development of Satellite Communications Industry'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2025-08-27',
    summary:
      'MIIT opinions on optimising business access for satellite communications: faster low-orbit satellite internet, direct-to-device satellite services for phones, wider access for private enterprises, and over 10 million satellite communication users by 2030.',
    sources: [
      {
        url: 'http://cn.chinadaily.com.cn/a/202509/02/WS68b6ad2ea310f072577465e3.html',
        title: '关于优化业务准入促进卫星通信产业发展的指导意见 – 中国日报网',
        quote:
          '《工业和信息化部关于优化业务准入促进卫星通信产业发展的指导意见》于2025年8月27日发布。 … 意见提出,到2030年,卫星通信管理制度及政策法规进一步完善 … 手机直连卫星等新模式新业态规模应用,发展卫星通信用户超千万',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://freshfromchina.com/miit-promoting-direct-satellite-connectivity-for-mobile-devices-and-accelerating-widespread-adoption',
        title: 'MIIT: Promoting Direct Satellite Connectivity for Mobile Devices – Fresh from China',
        quote:
          'The Ministry of Industry and Information Technology (MIIT) (Gongye He Xinxi Hua Bu 工业和信息化部) recently issued the “Guiding Opinions on Optimizing Business Access and Promoting the Development of the Satellite Communication Industry” (Guanyu Youhua Yewu Zhunru Cujin Weixing Tongxin Chanye Fazhan De Zhidao Yijian 关于优化业务准入促进卫星通信产业发展的意见).',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://sesec.eu/2025/news-events/news/miit-opinions-on-optimizing-business-access-of-satellite-communications-industry',
        title: 'MIIT Opinions on Optimizing Business Access of Satellite Communications Industry – SESEC',
        quote:
          'On 27 August 2025, the Ministry of Industry and Information Technology released an announcement on the Guiding Opinions of Optimizing Business Access to Promote the Development of Satellite Communications Industry. The document sets out general requirements, 6 major directions and 19 key measures.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202508/1341855.shtml',
        title: 'China to orderly promote opening of satellite communication services – Global Times',
        quote:
          'The guideline called for the accelerated development of low-orbit satellite internet to achieve global broadband network coverage, and support for the development of direct-to-device satellite services for terminals such as mobile phones … the guideline noted the further expansion of access for private enterprises.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── 5G application "Sailing" action plan (MIIT and nine departments, 2021) ─────────────
  {
    id: 'document:5g-application-sailing-action-plan-2021-2023',
    name: '5G Application “Raising the Sail” Action Plan (2021-2023)',
    nameZh: '5G应用“扬帆”行动计划(2021-2023年)',
    aliases: ['5G Application ‘Raising the Sail’ Action Plan (2021 – 2023)'],
    kind: 'plan',
    status: 'final',
    issuers: ['miit', 'cac', 'ndrc', 'moe', 'mof', 'mohurd', 'mct', 'nhc', 'nea'],
    promulgated: '2021-07-05',
    summary:
      'Ten-department plan to scale up 5G use by 2023: over 40% individual 5G user penetration and 5G in 35% of large industrial enterprises.',
    sources: [
      {
        url: 'https://big5.cctv.com/gate/big5/5gai.cctv.com/2021/11/17/ARTIZh048atCG9I1lSYf9bZv211117.shtml',
        title: '5G應用“揚帆”行動計劃(2021-2023年) – 央视网',
        quote:
          '現將《5G應用“揚帆”行動計劃(2021-2023年)》印發給你們,請結合實際認真貫徹落實。\n工業和信息化部 中央網絡安全和信息化委員會辦公室\n國家發展和改革委員會 教育部\n財政部 住房和城鄉建設部\n文化和旅遊部 國家衛生健康委員會\n國務院國有資産監督管理委員會 國家能源局\n2021年7月5日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.chinabankingnews.com/2021/07/14/china-unveils-three-year-plan-for-5g-development-aims-for-over-560-million-users-by-2023/',
        title: 'China Unveils Three Year Plan for 5G Development – China Banking News',
        quote:
          'On 13 July the Ministry of Industry and Information Technology (MIIT) led the issuance of the “5G Application ‘Raising the Sail’ Action Plan (2021 – 2023)” (5G应用“扬帆”行动计划(2021-2023年)) in conjunction with nine other central government authorities.\n\nThe Plan sets the following targets for 2023:\n\n  • 5G user penetration rates exceeding 40%.\n  • 5G users in China exceeding 560 million.',
        supports: ['name', 'aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://www.chinadailyhk.com/article/228493',
        title: 'China Daily HK',
        quote:
          'China aims to nurture 560 million 5G mobile subscribers by the end of 2023, and grow the penetration rate of the fast wireless technology among big industrial enterprises to 35 percent by then, a three-year plan jointly unveiled by 10 government bodies disclosed on Tuesday.',
        supports: ['summary'],
      },
    ],
  },

];
