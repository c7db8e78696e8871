/**
 * Curated core layer: cross-border instruments that pages on outbound data, the Hainan Free Trade
 * Port, free-trade-zone data lists, the Greater Bay Area and national security cite and the graph
 * lacked. Each fact is quoted from a stored public page that states it.
 */
import type { CoreInstrument } from './types';

export const CORE_CROSSBORDER_7: CoreInstrument[] = [
  // ───────────── Hainan Free Trade Port Law (NPCSC, 2021) ─────────────
  {
    id: 'document:hainan-free-trade-port-law',
    name: 'Law on the Hainan Free Trade Port',
    nameZh: '海南自由贸易港法',
    aliases: ['Hainan Free Trade Port Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2021-06-10',
    promulgated: '2021-06-10',
    effective: '2021-06-10',
    summary:
      'National law setting up the Hainan Free Trade Port on the whole island, built in stages towards free and convenient trade, investment, cross-border capital flows, travel and transport, and safe and orderly data flows.',
    sources: [
      {
        url: 'https://enhsfy.hicourt.gov.cn/article/detail/2025/01/id/8667890.shtml',
        title: 'Law of the People’s Republic of China on the Hainan Free Trade Port (Hainan court, English)',
        quote:
          'The Law of the People’s Republic of China on the Hainan Free Trade Port,\n\n    adopted at the 29th Meeting of the Standing Committee of the Thirteenth\n    National People’s Congress of the People’s Republic of China on June\n    10, 2021, is hereby promulgated, and shall go into effect as of the date\n    of promulgation.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://hainanpolicy.com/policies2.asp?id=112&m=4&type=4',
        title: 'Hainan Policy – Hainan Free Trade Port Cross-border Service Trade Negative List Management Measures (Trial Implementation)',
        quote:
          "this Measures are formulated in accordance with the Hainan Free Trade Port Law of the People's Republic of China, the Hainan Free Trade Port Construction Overall Plan and relevant laws and regulations",
        supports: ['aliases'],
      },
      {
        url: 'http://m.larcmm.com/law/x/hainan-free-trade-port-law-of-the-people-s-republic-of-china20210610/enchn',
        title: 'China Laws Portal (bilingual text)',
        quote:
          'Article 2?The state establishes the Hainan Free Trade Port on the whole island of Hainan, and shall develop free trade port policies and institutions step by step and in stages to realize liberalization and facilitation of trade, investment, cross-border capital flows, personnel entry and exit, and transport to and from the free trade port, and to ensure the safe and orderly flow of data.',
        supports: ['summary'],
      },
      {
        url: 'http://rmlt.com.cn/2021/0721/619323.shtml',
        title: '人民论坛网 – 海南自由贸易港法',
        quote:
          '今年6月10日,十三届全国人大常委会第二十九次会议表决通过海南自由贸易港法,为自由贸易港政策体系的落地提供了系统的法律依据',
        supports: ['nameZh'],
      },
    ],
  },

  // ───────────── Hainan FTP cross-border trade in services negative list (MOFCOM, 2021) ─────────────
  {
    id: 'document:hainan-ftp-cross-border-trade-in-services-negative-list-2021',
    name: 'Special Administrative Measures for Cross-border Trade in Services in Hainan Free Trade Port (Negative List) (2021 Edition)',
    nameZh: '海南自由贸易港跨境服务贸易特别管理措施(负面清单)(2021年版)',
    aliases: [
      'Special Management Measures for Cross-border Trade in Services in Hainan Free Trade Port (Negative List)',
      'Hainan Cross-border Trade in Services Negative List',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2021-07-26',
    summary:
      'MOFCOM order listing 70 special administrative measures in 11 categories for overseas service providers in cross-border trade in services in the Hainan Free Trade Port; outside the list, domestic and foreign services and providers get equal treatment.',
    relations: [{ type: 'based_on', target: 'document:hainan-free-trade-port-law', source: 1 }],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/hainan-to-implement-negative-list-for-cross-border-services',
        title: 'China Justice Observer – Hainan to Implement Negative List for Cross-border Services',
        quote:
          'On 26 July 2021, the Ministry of Commerce issued the “Special Administrative Measures for Cross-border Trade in Services in Hainan Free Trade Port (Negative List) (2021 Edition)” (海南自由贸易港跨境服务贸易特别管理措施(负面清单)(2021年版)), specifying 70 special administrative measures in 11 categories. … For fields outside the Negative List, Hainan Free Trade Port shall implement administration pursuant to the principle of equal treatment for domestic and foreign services and service providers.',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://hainanpolicy.com/policies2.asp?id=112&m=4&type=4',
        title: 'Hainan Policy – Hainan Free Trade Port Cross-border Service Trade Negative List Management Measures (Trial Implementation)',
        quote:
          "In order to ensure the smooth implementation of the Special Management Measures for Cross-border Trade in Services in Hainan Free Trade Port (Negative List) (hereinafter referred to as the Hainan Cross-border Trade in Services Negative List), this Measures are formulated in accordance with the Hainan Free Trade Port Law of the People's Republic of China",
        supports: ['aliases', 'relations'],
      },
      {
        url: 'https://c.m.163.com/news/a/GFR0UGI40514D3UH.html?spss=sps_sem',
        title: '网易新闻 (封面新闻)',
        quote:
          '近日,商务部印发第3号令,发布《海南自由贸易港跨境服务贸易特别管理措施(负面清单)(2021年版)》(以下简称《海南跨境服贸负面清单》)。 … 明确列出针对境外服务提供者的11个门类70项特别管理措施。凡是清单之外的领域,在海南自由贸易港内,都将对境内外服务提供者一视同仁、平等准入',
        supports: ['kind', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── Hainan measures administering the services negative list (2021) ─────────────
  {
    id: 'document:hainan-ftp-cross-border-trade-in-services-negative-list-management-measures',
    name: 'Administrative Measures for the Negative List for Cross-border Trade in Services in Hainan Free Trade Port (for Trial Implementation)',
    nameZh: '海南自由贸易港跨境服务贸易负面清单管理办法(试行)',
    aliases: ['Hainan Free Trade Port Cross-border Service Trade Negative List Management Measures (Trial Implementation)'],
    kind: 'normative_document',
    status: 'final',
    summary:
      'Hainan Department of Commerce measures implementing the services negative list: overseas providers may not supply listed prohibited services across the border into the Hainan Free Trade Port, and services outside the list get equal treatment.',
    relations: [
      { type: 'implements', target: 'document:hainan-ftp-cross-border-trade-in-services-negative-list-2021', source: 0 },
      { type: 'based_on', target: 'document:hainan-free-trade-port-law', source: 0 },
    ],
    sources: [
      {
        url: 'https://hainanpolicy.com/policies2.asp?id=112&m=4&type=4',
        title: 'Hainan Policy – Hainan Free Trade Port Cross-border Service Trade Negative List Management Measures (Trial Implementation)',
        quote:
          "Hainan Free Trade Port Cross-border Service Trade Negative List Management Measures (Trial Implementation)\n\nRelease Date:8/25/2021\n\nIn order to ensure the smooth implementation of the Special Management Measures for Cross-border Trade in Services in Hainan Free Trade Port (Negative List) (hereinafter referred to as the Hainan Cross-border Trade in Services Negative List), this Measures are formulated in accordance with the Hainan Free Trade Port Law of the People's Republic of China",
        supports: ['aliases', 'kind', 'status', 'relations'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/hainan-to-implement-negative-list-for-cross-border-services',
        title: 'China Justice Observer – Hainan to Implement Negative List for Cross-border Services',
        quote:
          'To ensure the implementation of the Negative List, the  Department of Commerce of Hainan Province released the “Administrative Measures for the Negative List for Cross-border Trade in Services in Hainan Free Trade Port (for Trial Implementation) (hereinafter the "Measures", 海南自由贸易港跨境服务贸易负面清单管理办法(试行)) … According to the Measures, overseas service providers shall not provide any of the services on the Negative List in a cross-border manner, … For fields outside the Negative List, Hainan Free Trade Port shall implement administration pursuant to the principle of equal treatment for domestic and foreign services and service providers.',
        supports: ['name', 'nameZh', 'kind', 'summary'],
      },
    ],
  },

  // ───────────── Hainan FTP data-export negative list (2024 edition) ─────────────
  {
    id: 'document:hainan-ftp-data-export-negative-list-2024',
    name: 'Hainan Free Trade Port Data Export Management List (Negative List) (2024 Edition)',
    nameZh: '海南自由贸易港数据出境管理清单(负面清单)(2024版)',
    kind: 'normative_document',
    status: 'final',
    summary:
      'Hainan’s data-export negative list, made under the CAC’s cross-border data flow provisions and filed with the CAC and the National Data Administration: it classifies data in five key fields (deep sea, seed industry, aerospace, tourism and duty-free retail among them) around the security assessment, standard contract and certification mechanisms.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows', source: 0 }],
    sources: [
      {
        url: 'http://www.hkwb.net/news/content/2026-01/26/content_4351170.htm',
        title: '海口网 – 封关运作热点问答㊱',
        quote:
          '2024年3月22日,国家互联网信息办公室发布了《促进和规范数据跨境流动规定》,提出了自由贸易试验区可自行制定数据出境负面清单的制度安排。为积极响应这一政策,推动数据跨境安全有序流动,在海南省委、省政府的统筹领导下,中共海南省委网络安全和信息化委员会办公室(简称省委网信办)牵头制定了《海南自由贸易港数据出境管理清单(负面清单)(2024版)》(以下简称《负面清单》),经国家互联网信息办公室、国家数据局备案。',
        supports: ['nameZh', 'kind', 'status', 'summary', 'relations'],
      },
      {
        url: 'http://www.hkwb.net/news/content/2026-01/26/content_4351170.htm',
        title: '海口网 – 封关运作热点问答㊱',
        quote:
          '聚焦服务深海、种业、航天等未来产业和旅游、免税商品零售业务等特色产业的发展需求,以解决企业实际问题为导向,重点围绕数据出境安全评估、个人信息出境标准合同备案、个人信息保护认证出境等管理机制,对五大重点领域进行分类管理',
        supports: ['summary'],
      },
      {
        url: 'https://linklaters.com/pl-pl/insights/blogs/digilinks/2025/february/china-will-free-trade-zones-negative--and-whitelists-ease-data-exports',
        title: 'Linklaters – China: Will free trade zones’ negative- and whitelists ease data exports?',
        quote:
          'Within weeks, the Hainan Free Trade Port has also issued its data export negative list to facilitate data flows from the free trade port.',
        supports: ['name', 'status'],
      },
    ],
  },

  // ───────────── Guangxi FTZ data-export negative list (2025) ─────────────
  {
    id: 'document:guangxi-ftz-data-export-negative-list-2025',
    name: 'China (Guangxi) Pilot Free Trade Zone Data Exit Management List (Negative List) (2025 Version)',
    nameZh: '中国(广西)自由贸易试验区数据出境管理清单(负面清单)',
    zhShortNames: ['桂商自贸发〔2025〕2号'],
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-08-04',
    summary:
      'Guangxi FTZ list of the data whose export still needs a security assessment, a personal information standard contract or certification, drawn up under the network data regulation and the provisions on promoting and regulating cross-border data flows.',
    relations: [
      { type: 'based_on', target: 'document:network-data-security-management-regulations', source: 1 },
      { type: 'based_on', target: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows', source: 1 },
    ],
    sources: [
      {
        url: 'http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcyjd/gxzc/t23390455.shtml',
        title: '广西壮族自治区商务厅 – 中国(广西)自由贸易试验区数据出境管理清单(负面清单)(中英文对照版)',
        quote:
          '成文日期:2025年08月04日\n标  题:中国(广西)自由贸易试验区数据出境管理清单(负面清单)(中英文对照版)\n发文字号:桂商自贸发〔2025〕2号发布日期:2025年08月08日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'promulgated'],
      },
      {
        url: 'http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcyjd/gxzc/t23390455.shtml',
        title: '广西壮族自治区商务厅 – 中国(广西)自由贸易试验区数据出境管理清单(负面清单)(中英文对照版)',
        quote:
          '一、中国(广西)自由贸易试验区(以下简称广西自贸试验区)数据出境管理清单是指根据《网络数据安全管理条例》《数据出境安全评估办法》《个人信息出境标准合同办法》《促进和规范数据跨境流动规定》等政策法规,需要纳入数据出境安全评估、个人信息出境标准合同、个人信息保护认证管理范围的数据清单(以下简称负面清单)。',
        supports: ['summary', 'relations'],
      },
      {
        url: 'http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/zcyjd/gxzc/t23390455.shtml',
        title: '广西壮族自治区商务厅 – 中国(广西)自由贸易试验区数据出境管理清单(负面清单)(中英文对照版)',
        quote: 'China (Guangxi) Pilot Free Trade Zone Data ExitManagement List (Negative List)\n\n(2025版)\n\n(2025 Version)',
        supports: ['name'],
      },
    ],
  },

  // ───────────── MSS provisions on counter-espionage security precautions (2021) ─────────────
  {
    id: 'document:provisions-on-counter-espionage-security-precautions',
    name: 'Provisions on Efforts on Counter-espionage Security Precautions',
    nameZh: '反间谍安全防范工作规定',
    aliases: ['Regulations on Counterintelligence Security Precautions'],
    zhShortNames: ['国家安全部令2021年第1号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mss'],
    adopted: '2021-03-12',
    promulgated: '2021-04-26',
    effective: '2021-04-26',
    summary:
      'Ministry of State Security rules making state organs, groups, enterprises and institutions responsible for counter-espionage precautions in their own units, with a list of key units set by state security organs, who guide and inspect.',
    relations: [
      { type: 'based_on', target: 'document:national-security-law', source: 1 },
      { type: 'based_on', target: 'document:counter-espionage-law', source: 1 },
      { type: 'based_on', target: 'document:detailed-rules-for-implementation-of-counterespionage-law', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/counterespionage-precautions/',
        title: 'China Law Translate – Provisions on Efforts on Counter-espionage Security Precautions',
        quote:
          'Promulgation Date: 2021-4-26\n  Title: Provisions on Efforts on Counter-espionage Security Precautions\n  Document Number:国家安全部令2021年第1号\n  Expiration date: \n  Promulgating Entities: Ministry of State Security',
        supports: ['name', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://zhiyouwangan.com/swb/ztzl/pajs/content_453811',
        title: '反间谍安全防范工作规定 (转载中国政府网)',
        quote:
          '中华人民共和国国家安全部令\n\n\n        2021 年 第 1 号\n\n\n        《反间谍安全防范工作规定》已经2021年3月12日国家安全部部务会议审议通过,现予公布,自公布之日起施行。\n\n        部 长  陈文清\n\n        2021年4月26日 … 根据《中华人民共和国国家安全法》、《中华人民共和国反间谍法》、《中华人民共和国反间谍法实施细则》等有关法律法规,制定本规定。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://archive.shine.cn/nation/New-counterespionage-measures/shdaily.shtml',
        title: 'Shanghai Daily – New counterespionage measures',
        quote:
          'State security organs should work with relevant departments to formulate and regularly adjust the list of key units with crucial responsibilities to guard against espionage acts, according to the regulations.\n\nThe document noted that Party and state organs, social groups, enterprises and public institutions should assume primary responsibility for preventing espionage activities within the units.',
        supports: ['summary', 'issuers'],
      },
      {
        url: 'https://todaychina.cc/37188.html',
        title: 'todaychina.cc',
        quote:
          'China’s Ministry of State Security (MSS) announced on April 26 the “Regulations on Counterintelligence Security Precautions,” which took effect immediately from the date of publication.',
        supports: ['aliases', 'issuers', 'effective'],
      },
    ],
  },

  // ───────────── NPC decision on Hong Kong national security legislation (2020) ─────────────
  {
    id: 'document:npc-decision-on-hksar-legal-system-and-enforcement-mechanisms-for-safeguarding-national-security',
    name: "Decision of the National People's Congress on Establishing and Improving the Legal System and Enforcement Mechanisms for the Hong Kong Special Administrative Region to Safeguard National Security",
    nameZh: '全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定',
    aliases: [
      "Decision of the National People's Congress to Establish and Improve a Legal Framework and Enforcement Mechanism for Safeguarding National Security in the Hong Kong Special Administrative Region",
    ],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '2020-05-28',
    summary:
      'Resolution of the third session of the 13th NPC authorising its Standing Committee to make a national security law for Hong Kong.',
    sources: [
      {
        url: 'https://atozwiki.com/National_People%27s_Congress_Decision_on_Hong_Kong_national_security_legislation',
        title: 'National People’s Congress decision on Hong Kong national security legislation (Wikipedia copy)',
        quote:
          "The Decision of the National People's Congress on Establishing and Improving the Legal System and Enforcement Mechanisms for the Hong Kong Special Administrative Region to Safeguard National Security[1] is a congressional resolution passed by the third session of the 13th National People's Congress on 28 May 2020.[2][3] This resolution authorizes the National People's Congress Standing Committee to promulgate a national security law in Hong Kong.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://m.wikidata.org/wiki/Q94998281',
        title: 'Wikidata Q94998281',
        quote:
          "Decision of the National People's Congress to Establish and Improve a Legal Framework and Enforcement Mechanism for Safeguarding National Security in the Hong Kong Special Administrative Region\n\ndecision of the PRC National People's Congress approved on 28 May 2020 … 全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定 (Chinese)",
        supports: ['nameZh', 'aliases', 'issuers', 'adopted'],
      },
    ],
  },

  // ───────────── Hong Kong national security law (NPCSC, 2020) ─────────────
  {
    id: 'document:law-on-safeguarding-national-security-in-hksar',
    name: 'Law on Safeguarding National Security in the Hong Kong Special Administrative Region',
    nameZh: '香港特别行政区维护国家安全法',
    zhShortNames: ['香港国安法'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2020-06-30',
    promulgated: '2020-06-30',
    effective: '2020-06-30',
    summary:
      'National law for Hong Kong defining secession, subversion, terrorist activities and collusion with foreign or external forces, the HKSAR’s national security bodies and a central government office in Hong Kong; listed in Annex III of the Basic Law.',
    relations: [
      {
        type: 'based_on',
        target: 'document:npc-decision-on-hksar-legal-system-and-enforcement-mechanisms-for-safeguarding-national-security',
        source: 1,
      },
    ],
    sources: [
      {
        url: 'http://sl.china-embassy.org/eng/xwdt/t1794829.htm',
        title: 'Embassy of the PRC in Sierra Leone – National People’s Congress of China Adopted the Law …',
        quote:
          "On June 30, 2020, the 20th session of the Standing Committee of the 13th National People's Congress (NPC), China's top legislature, adopted the Law of the People's Republic of China on Safeguarding National Security in the Hong Kong Special Administrative Region (HKSAR) (hereinafter referred to as the Law)and listed the Law in Annex III to the HKSAR Basic Law.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://cqcb.com/headline/2020-06-30/2613760_pc.html',
        title: '上游新闻 (新华社) – 全国人大常委会通过香港维护国安法并决定列入基本法附件三',
        quote:
          '十三届全国人大常委会第二十次会议于6月30日上午表决通过了《中华人民共和国香港特别行政区维护国家安全法》,国家主席习近平签署主席令予以公布,自公布之日起施行。香港特别行政区维护国家安全法是全国人大常委会根据十三届全国人大三次会议通过的《全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定》制定的。 … 法律明确规定了香港特别行政区维护国家安全的职责和机构,分裂国家罪、颠覆国家政权罪、恐怖活动罪、勾结外国或者境外势力危害国家安全罪四类罪行和处罚',
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'http://uianet.net/dictionary/b6646413.html',
        title: 'uianet.net (法律释义)',
        quote:
          '2020年6月30日《中华人民共和国香港特别行政区维护国家安全法》正式发布实施。该法是全国人大常委会根据十三届全国人大三次会议通过的《全国人民代表大会关于建立健全香港特别行政区维护国家安全的法律制度和执行机制的决定》制定的。',
        supports: ['nameZh', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://w.owiki.org/wiki/Hong_Kong_national_security_law',
        title: 'Hong Kong national security law (Wikipedia copy)',
        quote:
          "The Hong Kong national security law, officially the Law of the People's Republic of China on Safeguarding National Security in the Hong Kong Special Administrative Region, is the piece of national security legislation concerning Hong Kong.",
        supports: ['name'],
      },
      {
        url: 'http://www.gdqynews.com/guonaxinwen/20200701/392960.html',
        title: '清远传媒网 – 香港国安法正式生效',
        quote:
          '据了解,“香港国安法”共66条,分为6章,分别为总则、香港特区维护国家安全的职责和机构、罪行和处罚,案件管辖、法律适用和程序、中央驻香港特别行政区维护国家安全机构及附则。',
        supports: ['zhShortNames', 'summary'],
      },
    ],
  },

  // ───────────── TC260 GBA cross-boundary personal information protection guide (draft, 2023) ─────────────
  {
    id: 'document:practice-guideline-gba-cross-boundary-personal-information-protection-requirements-draft',
    name: 'Practice Guidelines for Cybersecurity Standards - Requirements for Cross-Boundary Personal Information Protection within the Guangdong-Hong Kong-Macau Greater Bay Area',
    nameZh: '网络安全标准实践指南—粤港澳大湾区跨境个人信息保护要求',
    aliases: [
      'Network Security Standard Practice Guide—Guangdong-Hong Kong-Macao Greater Bay Area Cross-Border Personal Information Protection Requirements',
      'Practical Guidelines on Cross-border Personal Information Protection Requirements in the Guangdong-Hong Kong-Macau Greater Bay Area',
      'Practical Guidelines on Cross-border Personal Information Protection Requirements in the GBA',
    ],
    kind: 'technical_document',
    status: 'draft',
    issuers: ['tc260'],
    promulgated: '2023-11-01',
    summary:
      'TC260 draft practice guide setting the personal information protection requirements on which a GBA certification for cross-boundary transfers between the nine Guangdong cities and Hong Kong would be based.',
    sources: [
      {
        url: 'https://www.jdsupra.com/legalnews/tc260-consults-on-draft-requirements-8705884/',
        title: 'Hogan Lovells (JD Supra) – TC260 consults on draft requirements for cross-boundary personal information protection within Greater Bay Area',
        quote:
          'On November 1, 2023, the National Information Security Standardization Technical Committee (全国信息安全标准化技术委员会) (“TC260”, a policy-making body under the Cyberspace Administration of China (“CAC”)) launched a public consultation on draft Practice Guidelines for Cybersecurity Standards - Requirements for Cross-Boundary Personal Information Protection within the Guangdong-Hong Kong-Macau Greater Bay Area (“GBA”) (网络安全标准实践指南—粤港澳大湾区跨境个人信息保护要求(征求意见稿)) (the “Draft Guideline”)',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.twobirds.com/en/insights/2023/china/a-deep-dive-into-tc260s-proposed-guide-for-gba-cross-border-data-transfer',
        title: 'Bird & Bird – A Deep Dive into TC260’s Proposed Guide for GBA Cross-border Data Transfer',
        quote:
          'The National Information Security Standardization Technical Committee (“TC260”) issued the “Network Security Standard Practice Guide—Guangdong-Hong Kong-Macao Greater Bay Area Cross-Border Personal Information Protection Requirements (Draft for Comment)” (the “Draft Guide”) on 1 November 2023. \n\nThe Draft Guide provides protection standards for cross-border data flow in the Guangdong-Hong Kong-Macao Greater Bay Area (“GBA”), as the basis for the GBA personal information protection certification (“GBA Certification”).',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://webiis05.mondaq.com/china/privacy-protection/1401234/china-proposes-greater-bay-area-gba-data-transfer-certification-regime',
        title: 'Mayer Brown (Mondaq) – China Proposes Greater Bay Area (GBA) Data Transfer Certification Regime',
        quote:
          "China's National Information Security Standardisation Technical Committee (TC260) published draft Practical Guidelines on Cross-border Personal Information Protection Requirements in the Guangdong-Hong Kong-Macau Greater Bay Area (Draft GBA Guidelines)1 on 1 November 2023. … The Draft GBA Guidelines only apply to data controllers within specified areas of the GBA – namely cities in the Guangdong province (e.g. Guangzhou, Shenzhen, Zhuhai, Foshan, Huizhou, Dongguan, Zhongshan, Jiangmen and Zhaoqing) and Hong Kong.",
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://techinsights.linklaters.com/post/102irsd/china-unveils-proposal-for-gba-data-transfer-certification-regime',
        title: 'Linklaters – China unveils proposal for GBA data transfer certification regime',
        quote:
          'On 1 November 2023, China’s national standardisation committee (also known as “TC260”) released the draft Practical Guidelines on Cross-border Personal Information Protection Requirements in the GBA (GBA Guidance) for public consultation.',
        supports: ['aliases', 'status', 'promulgated'],
      },
    ],
  },
];
