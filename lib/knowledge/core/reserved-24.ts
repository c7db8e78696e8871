import type { CoreAuthority, CoreInstrument } from './types';

/**
 * PRC documents and bodies that pages on personal information, employment, the digital renminbi,
 * government information disclosure, AI and IP adjudication and internet healthcare cite and the
 * graph lacked: the Constitution, the Labor Contract Law, the PBOC's 2025 action plan on the digital
 * RMB management service system, the SPC's 2025 interpretation on government information disclosure
 * cases, the Guangdong High People's Court's opinions on AI and IP adjudication, the State Council
 * General Office's 2016 guiding opinions on the pharmaceutical industry and its 2015–2020 outline of
 * the national medical and health service system; and two bodies the gazetteer lacked: the SPC's
 * Adjudication Committee and the Sichuan Provincial Public Security Department.
 *
 * Left out: the three Shanghai Data Exchange rules (数商管理规范(试行), 数据交易规范(试行),
 * 术语一览表(试行)) and the public security "护网—2025" typical cases, for which the only stored pages
 * found are the pages that cite them.
 */
export const CORE_RESERVED_24: CoreInstrument[] = [
  // ───────────── Constitution (1982, amended 1988–2018) ─────────────
  {
    id: 'document:constitution',
    name: 'Constitution',
    nameZh: '宪法',
    aliases: ['PRC Constitution'],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1982-12-04',
    amended: ['2018-03-11'],
    summary:
      'The fundamental law of the People’s Republic of China, with the highest legal force; the current text was adopted by the NPC in 1982 and amended in 1988, 1993, 1999, 2004 and 2018.',
    sources: [
      {
        url: 'http://bo.io.gov.mo/bo/i/1999/constituicao/index_cn.asp',
        title: '澳門特別行政區政府印務局 – 中華人民共和國憲法',
        quote:
          '中華人民共和國憲法\n\n1982年12月4日第五屆全國人民代表大會\n\n第五次會議通過\n\n目錄\n\n序言\n第一章 - 總綱\n第二章 - 公民的基本權利和義務\n第三章 - 國家機構\n第一節 - 全國人民代表大會\n第二節 - 中華人民共和國主席\n第三節 - 國務院\n第四節 - 中央軍事委員會\n第五節 - 地方各級人民代表大會和地方各級人民政府\n第六節 - 民族自治地方的自治機關\n第七節 - 人民法院和人民檢察院\n第四章 - 國旗、國徽、首都\n附錄\n中華人民共和國憲法修正案(1988年)\n中華人民共和國憲法修正案(1993年)\n中華人民共和國憲法修正案(1999年)\n中華人民共和國憲法修正案(2004年)\n中華人民共和國憲法修正案(2018年)',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'http://big5.china.com.cn/gate/big5/about.china.com.cn/2021-01/05/content_76031041.htm',
        title: '中國網 – 中華人民共和國憲法',
        quote:
          '《中華人民共和國憲法》是中華人民共和國的根本大法,規定擁有最高法律效力。中華人民共和國成立後,曾于1954年9月20日、1975年1月17日、1978年3月5日和1982年12月4日通過四個憲法,現行憲法為1982年憲法,並歷經1988年、1993年、1999年、2004年、2018年五次修訂。',
        supports: ['nameZh', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://china.usc.edu/2018-amendment-constitution-peoples-republic-china',
        title: 'USC US-China Institute – 2018 Amendment to the Constitution of the People’s Republic of China',
        quote:
          'Constitution of the People’s Republic of China 1982 (amended through 2004) | 1988 Amendments |1993 Amendments  | 1999 Amendments | 2004 Amendments  | 2007 Resolution on Amendments| 2018 Amendments\n\nAnnouncement of the National People’s Congress of the\nPeople’s Republic of China\nNo. 1\n\n The Amendment to the Constitution of the People’s Republic of China has been adopted by the First Session of the Thirteenth National People’s Congress of the People’s Republic of China on March 11, 2018 and is hereby promulgated to take effect.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.loc.gov/law/foreign-news/article/china-2018-constitutional-amendment-adopted/',
        title: 'Library of Congress, Global Legal Monitor – China: 2018 Constitutional Amendment Adopted',
        quote:
          '(May 18, 2018) On March 11, 2018, the National People’s Congress (NPC) of the People’s Republic of China (PRC or China) adopted an amendment to the PRC Constitution. … The current PRC Constitution was enacted in 1982. Prior to the 2018 amendment, the 1982 Constitution was amended four times—in 1988, 1993, 1999, and 2004.',
        supports: ['name', 'aliases', 'issuers', 'adopted', 'amended'],
      },
    ],
  },

  // ───────────── Labor Contract Law (2007, amended 2012) ─────────────
  {
    id: 'document:labor-contract-law',
    name: 'Labor Contract Law',
    nameZh: '劳动合同法',
    aliases: ['Labour Contract Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2007-06-29',
    effective: '2008-01-01',
    amended: ['2012-12-28'],
    summary:
      'The law on labour contracts: their conclusion, performance, change, dissolution and termination, the rights and obligations of employers and employees, collective contracts, labour dispatch and part-time work.',
    sources: [
      {
        url: 'http://familylawcn.com/lawsdetails.aspx?NId=88',
        title: 'familylawcn.com – Labor Contract Law of the People’s Republic of China',
        quote:
          "Labor Contract Law of the People's Republic of China\n(Adopted at the 28th Session of Standing Committee of the Tenth National People's Congress of the People's Republic of China on June 29, 2007; amended in accordance with the Decision on Amending the Labor Contract Law of the People's Republic of China at the 30 the Session of the Standing Committee of the Eleventh National People's Congress on December 28, 2012; Order No.73 of the President of the People's Republic of China) … Chapter IV Dissolution and Termination of Labor Contracts\nChapter V Special Provisions\nSection 1 Collective Contract\nSection 2 Worker Dispatch\nSection 3 Part-time Employment",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'http://www.shewailawyer.com/?p=253',
        title: 'shewailawyer.com – Labor Contract Law of the People’s Republic of China',
        quote:
          'Labor Contract Law of the People’s Republic of China\nAdopted at the 28th Session of the Standing Committee of the 10th National People’S Congress of the People’S Republic of China on June 29, 2007 and shall enter into force as of January 1, 2008',
        supports: ['name', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.lehmanbrown.com/?p=2281',
        title: 'LehmanBrown – Labour law in China',
        quote:
          'The Labour Contract Law of People’s Republic of China, (the Labour Contract Law) effective from January 1, 2008, amended on December 28, 2012) the PRC Labour Law (the Labour Law), effective from 1 January 1995 and amended on August 27, 2009, and the PRC Trade Union Law, promulgated on 3 April 1992 and amended on 17 October 2001 are the principal Chinese labour laws.',
        supports: ['aliases', 'effective', 'amended'],
      },
      {
        url: 'https://www.ldbj.com/china/labor_law.htm',
        title: 'ldbj.com',
        quote: 'Labor Law  Labor Contract Law 中华人民共和国劳动合同法',
        supports: ['name', 'nameZh'],
      },
    ],
  },

  // ───────────── PBOC: digital RMB action plan (in force 1 January 2026) ─────────────
  {
    id: 'document:action-plan-on-digital-rmb-management-service-system-and-financial-infrastructure',
    name: 'Action Plan for Further Strengthening the Digital Yuan Management Service System and Related Financial Infrastructure Construction',
    nameZh: '关于进一步加强数字人民币管理服务体系和相关金融基础设施建设的行动方案',
    aliases: ['Action Plan on Further Strengthening the Construction of Digital RMB Management Service System and Related Financial Infrastructure'],
    kind: 'plan',
    status: 'final',
    issuers: ['pboc'],
    effective: '2026-01-01',
    summary:
      'The People’s Bank of China’s plan for a new generation of the digital yuan from 1 January 2026: its measurement framework, management system, operating mechanism and ecosystem, moving the e-CNY from the digital cash era to the digital deposit currency era.',
    sources: [
      {
        url: 'https://conventuslaw.com/report/china-unveils-new-framework-for-digital-yuan-e-cny-operations-and-ecosystem',
        title: 'Conventus Law – China Unveils New Framework For Digital Yuan (e-CNY) Operations And Ecosystem',
        quote:
          'The People’s Bank of China (PBOC) has unveiled The Action Plan for Further Strengthening the Digital Yuan Management Service System and Related Financial Infrastructure Construction (the “Action Plan”) (《关于进一步加强数字人民币管理服务体系和相关金融基础设施建设的行动方案》), which took effect on 1 January 2026.\nThe Action Plan lays down a new generation of digital yuan measurement framework, management system, operational mechanism and ecosystem.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://conventuslaw.com/report/china-unveils-new-framework-for-digital-yuan-e-cny-operations-and-ecosystem',
        title: 'Conventus Law – China Unveils New Framework For Digital Yuan (e-CNY) Operations And Ecosystem',
        quote:
          'The Action Plan marks the transition of digital yuan from the digital cash era (数字现金时代) to the digital deposit currency era (数字存款货币时代).',
        supports: ['summary'],
      },
      {
        url: 'https://www.tokenpost.com/news/investing/18136',
        title: 'TokenPost – China accelerates digital yuan under new PBOC action plan',
        quote:
          'According to official disclosures, the “Action Plan on Further Strengthening the Construction of Digital RMB Management Service System and Related Financial Infrastructure” will come into force on January 1, 2026, marking a new phase in the country’s digital currency strategy.',
        supports: ['aliases', 'effective'],
      },
    ],
  },

  // ───────────── SPC: government information disclosure cases (2025) ─────────────
  {
    id: 'document:spc-interpretation-on-government-information-disclosure-administrative-cases',
    name: "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Administrative Cases Involving the Disclosure of Government Information",
    nameZh: '最高人民法院关于审理政府信息公开行政案件适用法律若干问题的解释',
    aliases: [
      "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Administrative Cases Involving Government Information Disclosure",
      'Interpretation on Several Issues Concerning the Application of Law in the Trial of Government Information Disclosure Administrative Cases',
    ],
    zhShortNames: ['关于审理政府信息公开行政案件适用法律若干问题的解释', '法释〔2025〕8号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2024-12-24',
    promulgated: '2025-05-20',
    effective: '2025-06-01',
    summary:
      'SPC interpretation on government information disclosure administrative cases, starting with which cases courts accept; it replaced the SPC’s 2011 provisions.',
    sources: [
      {
        url: 'http://lawinfochina.com/display.aspx?id=44747&lib=law',
        title: 'lawinfochina.com – Interpretation of the SPC on the trial of administrative cases involving the disclosure of government information',
        quote:
          "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Administrative Cases Involving the Disclosure of Government Information | | 最高人民法院关于审理政府信息公开行政案件适用法律若干问题的解释 |\n(Interpretation No. 8 [2025], SPC, adopted at the 1,939th Session of the Judicial Committee of the Supreme People's Court on December 24, 2024, and taking effect on June 1, 2025) | | (2024年12月24日最高人民法院审判委员会第1939次会议通过,自2025年6月1日起施行 法释〔2025〕8号) |",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://www.jiangmen.gov.cn/bmpd/jmszfhcxjsj/zwgk/gzdt/content/post_3351695.html',
        title: '江门市住房和城乡建设局 – 《最高人民法院关于审理政府信息公开行政案件适用法律若干问题的解释》亮点',
        quote:
          '为正确审理政府信息公开行政案件,最高人民法院于2011年出台《最高人民法院关于审理政府信息公开行政案件若干问题的规定》(以下简称原司法解释),对政府信息公开行政案件审理的相关问题进行了较为全面的规定。 … 《最高人民法院关于审理政府信息公开行政案件适用法律若干问题的解释》(以下简称《解释》)于2024年12月24日由最高人民法院审判委员会第1939次会议审议通过,于2025年5月20日发布,自2025年6月1日起施行。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/spc-issues-new-rules-for-government-information-disclosure-cases',
        title: 'China Justice Observer – SPC Issues New Rules for Government Information Disclosure Cases',
        quote:
          'On 20 May 2025, China’s Supreme People’s Court (SPC) released the “Interpretation on Several Issues Concerning the Application of Law in the Trial of Government Information Disclosure Administrative Cases (Fa Shi 2025 No. 8)” (关于审理政府信息公开行政案件适用法律若干问题的解释》(法释2025[8]号), hereinafter the “Interpretation”), which will take effect on June 1, replacing the 2011 version.',
        supports: ['aliases', 'zhShortNames', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://outlooknewera.com/en/info_view.php?VID=65926&tab=mynews',
        title: 'Outlook New Era – Regarding the latest judicial interpretation released by the Supreme People’s Court on government information disclosure',
        quote:
          'The Supreme People\'s Court issued the "Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Administrative Cases Involving Government Information Disclosure" (hereinafter referred to as the "Interpretation") today (20th), which will come into effect on June 1, 2025. … The Interpretation consists of fifteen articles, mainly including the following aspects: firstly, it stipulates the acceptance of administrative cases related to government information disclosure.',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── Guangdong High People's Court: AI and IP adjudication (April 2025) ─────────────
  {
    id: 'document:guangdong-high-court-opinions-on-ai-innovation-through-ip-adjudication',
    name: 'Opinions on Promoting Artificial Intelligence Technology Innovation and Industrial Development through High-Quality Intellectual Property Trial Work',
    nameZh: '关于以高质量知识产权审判工作促进人工智能科技创新和产业发展的意见',
    aliases: ['Opinions on Promoting AI Technological Innovation and Industrial Development with High-quality Intellectual Property Trial Work'],
    kind: 'judicial_guidance',
    status: 'final',
    issuers: ['guangdong-high-court'],
    summary:
      'The Guangdong High People’s Court’s 24 articles on AI and IP cases, the first judicial policy document of a Chinese court on the subject: algorithm models, open-source licences, data and the ownership of AI-generated content.',
    sources: [
      {
        url: 'https://ipeconomy.cn/fagui/9354.html',
        title: '知识产权经济 – 广东高院发布全国法院首份涉人工智能知产司法保护意见',
        quote:
          '今天,广东省高级人民法院出台《关于以高质量知识产权审判工作促进人工智能科技创新和产业发展的意见》,这是全国法院系统首份聚焦人工智能领域知产保护的司法政策性文件。 … 《意见》共24条,以高质量知识产权审判工作促进人工智能科技创新和产业发展为主线,以保护人工智能科技创新成果、促进人工智能产业公平竞争、完善人工智能司法治理体系为重点,围绕算法模型、开源许可、数据要素、生成内容等焦点',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.chinadailyhk.com/hk/article/610640',
        title: 'China Daily HK – Guangdong first to issue judicial policy on IP disputes',
        quote:
          'The Guangdong High People\'s Court released a special document requiring judges to properly handle disputes over ownership of content generated by DeepSeek and related AI systems in the coming months.\n\nAccording to the Opinions on Promoting Artificial Intelligence Technology Innovation and Industrial Development through High-Quality Intellectual Property Trial Work, judges must accurately define the nature and ownership of AI-generated content',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://www.chuan-mo.com/NewsDetail/3438.html',
        title: 'Chuanmo – The first judicial protection opinion on AI-related intellectual property rights in the national courts was issued',
        quote:
          'Recently, the Guangdong Provincial Higher People\'s Court issued the "Opinions on Promoting AI Technological Innovation and Industrial Development with High-quality Intellectual Property Trial Work", which is the first judicial policy document in the national court system focusing on the protection of intellectual property rights in the field of artificial intelligence.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── State Council General Office: pharmaceutical industry (2016) ─────────────
  {
    id: 'document:guiding-opinions-on-promoting-the-healthy-development-of-the-pharmaceutical-industry',
    name: 'Guiding Opinions of the General Office of the State Council on Promoting the Healthy Development of the Pharmaceutical Industry',
    nameZh: '国务院办公厅关于促进医药产业健康发展的指导意见',
    zhShortNames: ['关于促进医药产业健康发展的指导意见'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    code: '国办发〔2016〕11号',
    summary:
      'The State Council General Office’s opinions on upgrading the pharmaceutical industry: by 2020 stronger innovation, generics for over 90% of major off-patent drugs, fewer shortages of clinical drugs and revenue growth above 10% a year.',
    sources: [
      {
        url: 'https://china.caixin.com/m/2016-03-11/100919187.html',
        title: '财新网 – 国办印发促进医药产业健康发展指导意见',
        quote:
          '到2020年,医药产业创新能力明显提高,90%以上重大专利到期药物实现仿制上市,临床短缺用药供应紧张状况有效缓解;医药产业规模进一步壮大,主营业务收入年均增速高于10%\n\n  据中国政府网消息,国务院办公厅发布“关于促进医药产业健康发展的指导意见”,以下为全文:\n\n  国务院办公厅关于促进医药产业\n\n  健康发展的指导意见\n\n  国办发 〔2016〕11号',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'code', 'summary'],
      },
      {
        url: 'https://topic.echemi.com/a/guiding-opinions-of-the-general-office-of-the-state-council-on-promoting-the-healthy-development-of-the-pharmaceutical-industry_5e5cc2c2ba25c1e16609dbc7.html',
        title: 'ECHEMI – Guiding opinions of the general office of the State Council on promoting the healthy development of the pharmaceutical industry',
        quote: 'Guiding opinions of the general office of the State Council on promoting the healthy development of the pharmaceutical industry',
        supports: ['name', 'issuers'],
      },
    ],
  },

  // ───────────── State Council General Office: medical and health service system plan (2015–2020) ─────────────
  {
    id: 'document:national-medical-and-health-service-system-plan-outline-2015-2020',
    name: 'Outline of the National Medical and Health Service System (2015-2020)',
    nameZh: '全国医疗卫生服务体系规划纲要(2015—2020年)',
    zhShortNames: ['全国医疗卫生服务体系规划纲要'],
    kind: 'plan',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2015-03-30',
    summary:
      'The first national plan of the medical and health service system: where hospitals and medical resources go from 2015 to 2020, with targets for hospital beds and general practitioners relative to population by 2020, guiding regional health plans.',
    sources: [
      {
        url: 'https://xsgou.com/news/shishi/15706.html',
        title: '中国财经观察网 – 国务院办公厅印发《全国医疗卫生服务体系规划纲要(2015-2020年)》',
        quote:
          '据新华社北京3月30日电 近日,国务院办公厅印发《全国医疗卫生服务体系规划纲要(2015-2020年)》(以下简称《规划纲要》),部署促进我国医疗卫生资源进一步优化配置,提高服务可及性、能力和资源利用效率,指导各地科学、合理地制定实施区域卫生规划和医疗机构设置规划。这是首次在国家层面制定的医疗卫生服务体系规划',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://english.gov.cn/policies/latest_releases/2015/03/30/content_281475080268064.htm',
        title: 'english.gov.cn – China maps out medical services for next five years',
        quote:
          'The guideline also focuses on the planning of hospitals across the country between 2015 — 2020, and aims to ensure that by 2020 there are six hospital beds for every 1,000 people and two general practitioners for every 10,000 people in China. … China lacks adequate medical resources, and the quality of current medical services is low, the guideline, issued on March 30, said.',
        supports: ['promulgated', 'summary'],
      },
      {
        url: 'http://www.niifood.com/p-the-national-health-and-family-3588.html',
        title: 'niifood.com – Guidelines for the Planning of Medical Institutions (2016-2020)',
        quote:
          'According to the Regulations on the Administration of Medical Institutions and the Notice of the General Office of the State Council on Printing and Distributing the Outline of the National Medical and Health Service System (2015-2020) (Guo Ban Fa [2015] No. 14',
        supports: ['name', 'issuers'],
      },
    ],
  },
];

/** Bodies the gazetteer lacked. */
export const CORE_AUTHORITIES_RESERVED_24: readonly CoreAuthority[] = [
  // The SPC's adjudication committee adopts its judicial interpretations; pages name it with them.
  {
    slug: 'spc-adjudication-committee',
    name: 'Adjudication Committee of the Supreme People’s Court',
    nameZh: '最高人民法院审判委员会',
    aliases: ["Judicial Committee of the Supreme People's Court"],
    kind: 'court',
    sources: [
      {
        url: 'https://en.hkhsfy.gov.cn/law/detail?id=519',
        title: 'Online Mediation Rules of the People\'s Courts (court English page)',
        quote:
          "Online Mediation Rules of the People's Courts\nThe Online Mediation Rules of the People’s Courts, as adopted at the 1,859th Session of the Adjudication Committee of the Supreme People’s Court on December 27, 2021, are hereby promulgated and shall take effect on January 1, 2022.",
        supports: ['name'],
      },
      {
        url: 'http://lawinfochina.com/display.aspx?id=44747&lib=law',
        title: 'lawinfochina.com – Announcement of the Supreme People’s Court',
        quote:
          "(Interpretation No. 8 [2025], SPC, adopted at the 1,939th Session of the Judicial Committee of the Supreme People's Court on December 24, 2024, and taking effect on June 1, 2025) | | (2024年12月24日最高人民法院审判委员会第1939次会议通过,自2025年6月1日起施行 法释〔2025〕8号) |",
        supports: ['aliases', 'nameZh'],
      },
    ],
  },
  // Sichuan's provincial police department: it directs the province's cybersecurity enforcement.
  {
    slug: 'sichuan-public-security-department',
    name: 'Sichuan Provincial Public Security Department',
    nameZh: '四川省公安厅',
    kind: 'government',
    sources: [
      {
        url: 'https://en.minghui.org/html/articles/2023/8/21/210925.html',
        title: 'Minghui.org – list of officials',
        quote: 'December 2017 – June 2020: chief of the Domestic Security Bureau of the Sichuan Provincial Public Security Department',
        supports: ['name'],
      },
      {
        url: 'http://www.yybnet.net/sichuan/news/201810/8177067.html',
        title: '广安日报 – 四川重拳打防涉网违法犯罪',
        quote:
          '近日,四川省公安厅举行“净网2018”专项行动新闻通气会,集中通报全省公安机关开展“净网2018”专项行动情况,并提示网民进一步增强网络安全防范意识。',
        supports: ['nameZh'],
      },
    ],
  },
];
