import type { CoreInstrument } from './types';

/**
 * Supreme People's Court judicial interpretations that pages on internet courts, online unfair
 * competition, platform antitrust litigation and online shopping disputes cite, and that the graph
 * lacked: the 2018 provisions on how the Beijing, Guangzhou and Hangzhou internet courts hear cases;
 * the 2022 interpretation of the Anti-Unfair Competition Law (with its clauses on online unfair
 * competition); the 2024 interpretation on monopoly civil disputes and the 2012 provisions it
 * replaced; and the 2022 provisions on online consumption disputes (livestream selling, food delivery).
 */
export const CORE_JUDICIAL_RULES_2: CoreInstrument[] = [
  // ─────────────────────── Internet courts ───────────────────────
  {
    id: 'document:spc-provisions-on-trial-of-cases-by-internet-courts',
    name: "Provisions of the Supreme People's Court on Several Issues Concerning the Hearing of Cases by Internet Courts",
    nameZh: '最高人民法院关于互联网法院审理案件若干问题的规定',
    // Pages render 审理 as hearing or trial, and 规定 as provisions or regulations.
    aliases: [
      'Provisions on Several Issues Concerning the Trial of Cases by the Internet Court',
      'Provisions on Several Issues Related to Trial of Cases by the Internet Courts',
      "Regulations of the Supreme People's Court on Several Issues Concerning the Trial of Cases in Internet Courts",
    ],
    zhShortNames: ['法释〔2018〕16号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2018-09-03',
    promulgated: '2018-09-06',
    effective: '2018-09-07',
    summary:
      'SPC rules for China’s three internet courts: the cases they hear, the appeal mechanism, the litigation platform, and online identity checks, filing, evidence, hearings, service, signatures and archiving.',
    sources: [
      {
        url: 'https://www.tsinghuachinalawreview.law.tsinghua.edu.cn/issues/info/10227',
        title: 'Tsinghua China Law Review',
        quote:
          'In order to regulate the litigation system of the three Internet Courts in China and protect the legitimate rights of the parties and other participants during the litigation process, on September 3, 2018, the Supreme People’s Court Judicial Committee issued the “Provisions of the Supreme People’s Court on Several Issues Concerning the Hearing of Cases by Internet Courts” (hereinafter referred to as the “Provisions”).\nThe Provisions covers a broad range of matters in connection with the jurisdiction of the Internet Courts, the appeal mechanism, and the requirements for the construction of the Internet litigation platforms.',
        supports: ['name', 'issuers', 'adopted', 'summary', 'status'],
      },
      {
        url: 'https://freewechat.com/a/MzAwNDA0NjA0MA==/2650976180/{{href}}',
        title: '法眼看天下 (最高人民法院公告)',
        quote:
          '《最高人民法院关于互联网法院审理案件若干问题的规定》已于2018年9月3日由最高人民法院审判委员会第1747次会议通过,现予公布,自2018年9月7日起施行。\n\n最高人民法院\n\n2018年9月6日\n\n最高人民法院关于互联网法院审理案件若干问题的规定 \n\n法释〔2018〕16号',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.bilawyers.com/page225?article_id=2880',
        title: 'Bilingual Lawyers Legal Service Center',
        quote:
          'The Supreme People\'s Court ("SPC") has recently issued the Provisions on Several Issues Concerning the Trial of Cases by the Internet Court (the "Provisions"), effective from September 7, 2018.\n\nThe Provisions, comprised of 23 articles, provide clarity on the scope of cases falling under the jurisdiction of the internet court, the appeal mechanism, and requirements on the development of the litigation platform, and clearly specify online litigation rules in respect of identity confirmation, case filing, responses to lawsuits, presence of evidence, court trials, service, signatures, and documentation.',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinalawtranslate.com/%E6%9C%80%E9%AB%98%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2%E5%85%B3%E4%BA%8E%E4%BA%92%E8%81%94%E7%BD%91%E6%B3%95%E9%99%A2%E5%AE%A1%E7%90%86%E6%A1%88%E4%BB%B6%E8%8B%A5%E5%B9%B2%E9%97%AE%E9%A2%98%E7%9A%84/?lang=en',
        title: 'China Law Translate',
        quote:
          "Promulgation Date: 2018-9-6\nTitle:The Supreme People's Court's Provisions on Several Issues Related to Trial of Cases by the Internet Courts\n[Document Number]法释〔2018〕16号\nExpiration date: \nPromulgating Entities:Supreme People's Court",
        supports: ['aliases', 'zhShortNames', 'issuers', 'promulgated'],
      },
      {
        url: 'https://fasterlawyer.com/en/blogs/laws/internet-court-provision',
        title: 'Faster Lawyer',
        quote:
          '"Regulations of the Supreme People\'s Court on Several Issues Concerning the Trial of Cases in Internet Courts"\nshare\nIn order to regulate the litigation activities of Internet courts, protect the legitimate rights and interests of parties and other litigation participants, and ensure fair and efficient trial of cases',
        supports: ['aliases'],
      },
      {
        url: 'http://ztzy.hncourt.gov.cn/public/detail.php?id=3549',
        title: '河南法院网 – 互联网法院审理案件司法解释的理解与适用',
        quote:
          '最高人民法院于2018年9月6日发布实施《最高人民法院关于互联网法院审理案件若干问题的规定》(法释〔2018〕16号,以下简称《规定》),对互联网法院的管辖范围、上诉机制和诉讼平台建设,以及在线诉讼的身份认证、立案、应诉、举证、庭审、送达、签名、归档等诉讼规则作出一系列规范',
        supports: ['nameZh', 'zhShortNames', 'promulgated', 'summary'],
      },
    ],
  },

  // ─────────────────────── Anti-Unfair Competition Law interpretation (2022) ───────────────────────
  {
    id: 'document:spc-interpretation-on-application-of-anti-unfair-competition-law',
    name: "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of the Anti-unfair Competition Law",
    nameZh: '最高人民法院关于适用〈中华人民共和国反不正当竞争法〉若干问题的解释',
    // Pages name it with or without the court and the country, and as "Judicial Interpretation".
    aliases: [
      "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of the Anti-unfair Competition Law of the People's Republic of China",
      "Interpretation on Several Issues Concerning the Application of the Anti-Unfair Competition Law of the People's Republic of China",
      "Interpretation of Several Issues Concerning the Application of the Anti-Unfair Competition Law of the People's Republic of China",
      'Interpretation on Several Issues Concerning the Application of the PRC Anti-Unfair Competition Law',
      'Judicial Interpretation by the SPC on Several Issues Concerning the Application of the Anti-Unfair Competition Law',
    ],
    zhShortNames: ['关于适用《中华人民共和国反不正当竞争法》若干问题的解释', '关于适用<中华人民共和国反不正当竞争法>若干问题的解释', '法释〔2022〕9号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2022-01-29',
    promulgated: '2022-03-16',
    effective: '2022-03-20',
    summary:
      'SPC interpretation of the Anti-Unfair Competition Law (29 articles): the general clause of Article 2, confusion, false publicity and online unfair competition.',
    relations: [{ type: 'implements', target: 'document:anti-unfair-competition-law', source: 1 }],
    sources: [
      {
        url: 'https://www.leetsai.com/competition-law/the-supreme-peoples-court-promulgated-the-interpretation-of-several-issues-concerning-the-application-of-the-anti-unfair-competition-law-of-the-peoples-republic-of-china',
        title: 'Lee and Li – Leetsai',
        quote:
          'On January 29, 2022, the Judicial Committee of the Supreme People’s Court adopted the Interpretation of the Supreme People’s Court on Several Issues Concerning the Application of the Anti-unfair Competition Law of the People’s Republic of China (hereinafter, the “Judicial Interpretation”), which came into effect on March 20, 2022.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2022/04/29/interpretation-on-several-issues-concerning-the-application-of-the-prc-anti-unfair-competition-law',
        title: 'China Law & Practice',
        quote:
          "Interpretation on Several Issues Concerning the Application of the «PRC Anti-Unfair Competition Law»\n关于适用《中华人民共和国反不正当竞争法》若干问题的解释\nSPC issues the unfair competition interpretation addressing illegitimate online activities\n(最高人民法院于二零二二年三月十六日公布,自二零二二年三月二十日起施行。)\n(Promulgated by the Supreme People's Court on March 16, 2022 and effective as of March 20, 2022.)\n法释〔2022〕9号\n为正确审理因不正当竞争行为引发的民事案件,根据《中华人民共和国民法典》《中华人民共和国反不正当竞争法》《中华人民共和国民事诉讼法》等有关法律规定,结合审判实践,制定本解释。",
        supports: ['zhShortNames', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://e.mzyfz.org.cn/mag/paper_48354_25018.html',
        title: '民主与法制',
        quote:
          '3月17日,《最高人民法院关于适用〈中华人民共和国反不正当竞争法〉若干问题的解释》(以下简称《解释》)发布,自2022年3月20日起施行。《解释》共29条,根据修订后的《反不正当竞争法》,重点对第二条以及仿冒混淆、虚假宣传、网络不正当竞争行为等问题作出了细化规定。',
        supports: ['nameZh', 'effective', 'summary'],
      },
      {
        url: 'https://www.mondaq.com:443/china/trademark/1186806/china39s-supreme-people39s-court-issues-judicial-interpretation-on-the-antiunfair-competition-law',
        title: 'Mondaq',
        quote:
          "On 17 March 2022, the Supreme People's Court issued the Interpretation on Several Issues Concerning the Application of the Anti-Unfair Competition Law of the People's Republic of China (hereinafter referred to as the Interpretation), which came into effect on 20 March 2022. The Interpretation has a total of 29 articles and makes detailed provisions on Article 2 of the Anti-Unfair Competition Law, counterfeiting and confusion, false publicity, and online unfair competition, etc.",
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'http://www.chinaiplawyer.com/tag/negative-list-for-market-access/',
        title: 'China IP Lawyer',
        quote:
          '1. Interpretation of Several Issues Concerning the Application of the Anti-Unfair Competition Law of the People’s Republic of China by the Supreme People’s Court\n\nPromulgated by Supreme People’s Court\n\nPromulgation date: 17 March 2022\n\nImplementation date: 20 March 2022\n\nDocument number: L.I.[2022] 9',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/spc-revises-judicial-interpretation-on-anti-unfair-competition-law',
        title: 'China Justice Observer',
        quote:
          'On 17 March 2022, China’s Supreme People’s Court (SPC) issued the “Interpretation on Several Issues Concerning the Application of the PRC Anti-Unfair Competition Law” (hereinafter “the Interpretation”, 关于适用<中华人民共和国反不正当竞争法>若干问题的解释), with effect on 20 March 2022.',
        supports: ['aliases', 'zhShortNames', 'issuers', 'effective'],
      },
      {
        url: 'https://ipkitten.blogspot.com/2022/04/supreme-peoples-court-of-china-issues.html',
        title: 'The IPKat',
        quote:
          'On 16 March 2022, the Supreme People’s Court of China (SPC) issued the Judicial Interpretation by the SPC on Several Issues Concerning the Application of the Anti-Unfair Competition Law (AUCL; see the translation by WIPO Lex here) of China (JI 2022; full context here in Chinese), which took effect on 20 March 2022.',
        supports: ['aliases', 'promulgated', 'effective'],
      },
    ],
  },

  // ─────────────────────── Monopoly civil disputes (2024, and the 2012 provisions it replaced) ───────────────────────
  {
    id: 'document:spc-interpretation-on-monopoly-civil-disputes',
    name: "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Monopoly Civil Disputes",
    nameZh: '最高人民法院关于审理垄断民事纠纷案件适用法律若干问题的解释',
    aliases: [
      'Interpretation on Several Issues Concerning Application of the Law in the Trial of Civil Monopoly Dispute Cases',
      'Judicial Interpretation on Several Issues Concerning the Application of Law in the Trial of Monopoly Civil Dispute Cases',
      "Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Hearing of Civil Cases Involving Disputes over Monopolistic Acts",
      "Supreme People's Court Interpretation on Several Issues Concerning the Application of Law in the Trial of Monopoly Civil Dispute Cases",
    ],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2024-02-04',
    promulgated: '2024-06-24',
    effective: '2024-07-01',
    summary:
      'SPC interpretation (51 articles) on anti-monopoly civil litigation: procedure, relevant market, monopoly agreements, abuse of dominance (including in the digital economy) and civil liability; it replaced the 2012 provisions.',
    relations: [
      { type: 'implements', target: 'document:anti-monopoly-law', source: 1 },
      { type: 'amends', target: 'document:spc-provisions-on-civil-disputes-arising-from-monopolistic-acts', source: 3 },
    ],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2024/07/12/highlights-of-the-spc-interpretation-on-civil-monopoly-disputes',
        title: 'China Law & Practice (Zhong Lun)',
        quote:
          'On June 24, 2024, coinciding with the second anniversary of the amendment to the Anti-Monopoly Law of the People\'s Republic of China (the "AML"), the Supreme People\'s Court (the "SPC") officially promulgated the Supreme People\'s Court, Interpretation on Several Issues Concerning Application of the Law in the Trial of Civil Monopoly Dispute Cases (最高人民法院关于审理垄断民事纠纷案件适用法律若干问题的解释) (the "New Interpretation"), effective as of July 1, 2024.',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://comfastcdn.com/EN/10531/3e127633a9bf3494.aspx',
        title: 'comfastcdn.com',
        quote:
          "the Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Hearing of Civil Cases Involving Disputes over Monopolistic Acts (the “Interpretation”) was enacted pursuant to the provisions of … the Anti-monopoly Law of the People's Republic of China, … and other relevant laws by the Supreme People's Court. The Interpretation is effective from July 1, 2024.\nThe Interpretation consists of six chapters and 51 articles, covering the procedural provisions, definition of the relevant market, monopoly agreements, abusing market dominance, civil liability, and supplementary provisions.",
        supports: ['aliases', 'issuers', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://en.hengboip.com/article/item-254.html',
        title: 'Hengbo IP',
        quote:
          'On the morning of June 24, 2024, the Supreme People\'s Court held a press conference to issue judicial interpretations on antitrust civil litigation, releasing the "Interpretation of the Supreme People\'s Court on Several Issues Concerning the Application of Law in the Trial of Monopoly Civil Disputes" and recent typical antitrust cases of the People\'s Court',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://linklaters.com/pt-br/knowledge/publications/alerts-newsletters-and-guides/2024/july/02/the-new-anti--monopoly-judicial-interpretation-and-key-takeaways-for-business-compliance',
        title: 'Linklaters',
        quote:
          'On 24 June 2024, the Supreme People’s Court (the “SPC”) published the amended Judicial Interpretation on Several Issues Concerning the Application of Law in the Trial of Monopoly Civil Dispute Cases (the “New Judicial Interpretation”). The New Judicial Interpretation has come into force on 1 July 2024 and replaced the previous judicial interpretation issued in 2012. … the New Judicial Interpretation was adopted 14 months thereafter by the Adjudication Committee of the SPC on 4 February this year and made public recently.',
        supports: ['aliases', 'issuers', 'adopted', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'http://www.zhifancloud.com/encase/show-17.html',
        title: 'Zhifan Cloud',
        quote:
          "Supreme People's Court Interpretation on Several Issues Concerning the Application of Law in the Trial of Monopoly Civil Dispute Cases\n\nLaw Interpretation No. 6 (2024)\n\nSupreme People's Court Interpretation on Several Issues Concerning the Application of Law in the Trial of Monopoly Civil Dispute Cases\n\n \n\n(Passed by the 1915th meeting of the Adjudication Committee of the Supreme People's Court on February 4, 2024, effective from July 1, 2024)",
        supports: ['aliases', 'adopted', 'effective'],
      },
      {
        url: 'https://subsites.chinadaily.com.cn/supremepeoplescourt/2024-06/24/c_998683.htm',
        title: 'China Daily (Supreme People’s Court)',
        quote:
          "A new judicial interpretation on civil litigation against monopolies was issued by the Supreme People's Court (SPC) on Monday in order to help the country maintain market order and promote high-quality development.\nCompared with the old version, which was released in 2012, the new piece has added 37 provisions, focusing more on challenges in the new era, such as difficulties in evidence collection, compensation for victims and low-cost marketing in the fields of digital economy and information technology.",
        supports: ['summary'],
      },
    ],
  },
  {
    id: 'document:spc-provisions-on-civil-disputes-arising-from-monopolistic-acts',
    name: "Provisions of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Civil Dispute Cases Arising from Monopolistic Acts",
    nameZh: '最高人民法院关于审理因垄断行为引发的民事纠纷案件应用法律若干问题的规定',
    aliases: ['Provisions on Several Issues Concerning the Application of Law in the Trial of Civil Dispute Cases Arising from Monopolistic Acts'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2012-05',
    repealed: '2024-07-01',
    summary: 'The SPC’s 2012 judicial interpretation on anti-monopoly civil litigation, replaced by the 2024 interpretation on monopoly civil disputes.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2024/07/12/highlights-of-the-spc-interpretation-on-civil-monopoly-disputes',
        title: 'China Law & Practice (Zhong Lun)',
        quote:
          "The New Interpretation is formulated in accordance with the AML as amended in 2022, based on the experience and practice of the Supreme People's Court, Provisions on Several Issues Concerning the Application of Law in the Trial of Civil Dispute Cases Arising from Monopolistic Acts (最高人民法院关于审理因垄断行为引发的民事纠纷案件应用法律若干问题的规定) promulgated in May 2012.",
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://linklaters.com/pt-br/knowledge/publications/alerts-newsletters-and-guides/2024/july/02/the-new-anti--monopoly-judicial-interpretation-and-key-takeaways-for-business-compliance',
        title: 'Linklaters',
        quote:
          'The New Judicial Interpretation has come into force on 1 July 2024 and replaced the previous judicial interpretation issued in 2012.',
        supports: ['kind', 'repealed', 'summary'],
      },
    ],
  },

  // ─────────────────────── Online consumption disputes (2022) ───────────────────────
  {
    id: 'document:spc-provisions-on-online-consumption-disputes-i',
    name: "Provisions of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Cases of Disputes over Online Consumption (I)",
    nameZh: '最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定(一)',
    aliases: ['Regulation on Several Issues Concerning the Application of Law in the Trial of Internet Consumer Dispute Cases'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2022-02-15',
    promulgated: '2022-03-02',
    effective: '2022-03-15',
    summary:
      'SPC provisions on online consumption disputes: invalid unfair standard terms of e-commerce operators, seven-day no-reason returns, contracts for fake orders and reviews, and the civil liability of livestream marketing and food-delivery services.',
    relations: [{ type: 'based_on', target: 'document:e-commerce-law', source: 2 }],
    sources: [
      {
        url: 'https://brochures.hoganlovells.com/?p=25&pid=ODc8772988',
        title: 'Hogan Lovells – Consumer Holiday Guide 2023',
        quote:
          'Most importantly, in March\n2022, the Supreme People’s Court of\nChina released its very 昀椀rst judicial\ninterpretation regarding internet\npurchase disputes, in its Provisions of\nthe Supreme People’s Court on Several\nIssues Concerning the Application of\nLaw in the Trial of Cases of Disputes\nover Online Consumption (I). These\nProvisions contain several articles\nregarding the liabilities of livestreaming\nmarketing platforms and livestreaming\nstudio operators',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://techtechchina.com/no-more-unverified-vendors-in-live-streaming-sessions/',
        title: 'TechTech China',
        quote:
          'On March 2, China’s Supreme People’s Court issued the Regulation on Several Issues Concerning the Application of Law in the Trial of Internet Consumer Dispute Cases. This Regulation, which will come into force on March 15, 2022, primarily specifies the rights and obligations of Internet consumer contracts, as well as the identification of liable subjects, civil liability for live streaming Ecommerce, and civil liability for take-out food.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://flfgsc.cn/law/%e6%9c%80%e9%ab%98%e4%ba%ba%e6%b0%91%e6%b3%95%e9%99%a2%e5%85%b3%e4%ba%8e%e5%ae%a1%e7%90%86%e7%bd%91%e7%bb%9c%e6%b6%88%e8%b4%b9%e7%ba%a0%e7%ba%b7%e6%a1%88%e4%bb%b6%e9%80%82%e7%94%a8%e6%b3%95%e5%be%8b%e8%8b%a5%e5%b9%b2%e9%97%ae%e9%a2%98%e7%9a%84%e8%a7%84%e5%ae%9a-%e4%b8%80-2022%e5%b9%b4',
        title: '法律法规 (flfgsc.cn)',
        quote:
          '最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定(一)(2022年)\n为正确审理网络消费纠纷案件,依法保护消费者合法权益,促进网络经济健康持续发展,根据《中华人民共和国民法典》《中华人民共和国消费者权益保护法》《中华人民共和国电子商务法》《中华人民共和国民事诉讼法》等法律规定,结合审判实践,制定本规定。\n第一条\n电子商务经营者提供的格式条款有以下内容的,人民法院应当依法认定无效',
        supports: ['nameZh', 'kind', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'http://shenduxp.com/2022-03/03/content_30972184.htm',
        title: '新華社',
        quote:
          '新華社北京3月2日電(記者羅沙)最高人民法院2日發布《最高人民法院關于審理網絡消費糾紛案件適用法律若干問題的規定(一)》,對網絡消費合同權利義務、責任主體認定、直播營銷民事責任、外賣餐飲民事責任等作出規定,依法保護消費者合法權益。 … 對于消費者權益保護法規定的七日無理由退貨制度,司法解釋進一步明確規定 … 針對網絡消費市場存在的刷單、刷評、刷流量等問題,司法解釋明確電子商務經營者與他人簽訂的以虛構交易、虛構點擊量、編造用戶評價等方式進行虛假宣傳的合同,人民法院應當依法認定無效',
        supports: ['summary'],
      },
      {
        url: 'http://jxldxh.com/newsshow.php?id=1792&pid=430',
        title: '最高法发布《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定(一)》',
        quote:
          '2022年2月15日,最高人民法院审判委员会第1864次会议通过了《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定(一)》(下称《规定》),并将于2022年3月15日起施行。',
        supports: ['adopted', 'effective'],
      },
    ],
  },

  // ─────────────────────── Right of communication over information networks (online copyright) ───────────────────────
  {
    id: 'document:spc-provisions-on-infringement-of-right-of-dissemination-on-information-networks',
    name: "Provisions of the Supreme People's Court on Several Issues concerning the Application of Law in Hearing Civil Dispute Cases of Infringement upon Information Network Dissemination Right",
    nameZh: '最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干问题的规定',
    // 信息网络传播权 is rendered as information network dissemination right, right of communication over
    // information networks, right to network dissemination of information or right to dissemination online.
    aliases: [
      'Judicial Interpretation of Information Network Dissemination Right',
      "Provisions of the Supreme People's Court on Several Issues Concerning Application of Law in Adjudication of Civil Dispute Cases Related to Infringement of the Right of Communication over Information Networks",
      'Regulation on Several Issues Concerning Application of Law in Hearing Civil Disputes on the Right to Network Dissemination of Information',
      'Regulations concerning Some Issues of Applicable Law in Hearing Civil Dispute Cases on Infringement of the Right to Dissemination through Information Networks',
      'Provisions Concerning the Application of Laws in the Trail of Disputes With respect to Infringement of the Right to Dissemination Online',
    ],
    zhShortNames: ['信息网络传播权司法解释'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2012-11-26',
    // sources disagree: the SPC announcement (China Copyright and Media) and Mondaq date it 17 December 2012; Lexology and Chinese reports say it was published on 26 December 2012.
    promulgated: '2012-12-17',
    effective: '2013-01-01',
    summary:
      'SPC provisions on online copyright disputes: when providing works online infringes the right of communication over information networks, and when platforms are liable for inducing or helping users’ infringement (the “should have known” test).',
    relations: [{ type: 'implements', target: 'document:copyright-law', source: 2 }],
    sources: [
      {
        url: 'http://www.mondaq.com/china/copyright/316458/the-supreme-people39s-court-judicial-interpretations-on-hearing-civil-cases-of-infringement-upon-information-network-dissemination-right',
        title: 'Mondaq',
        quote:
          'On December 17, 2012, the Supreme People\'s Court issued the Provisions of the Supreme People\'s Court on Several Issues concerning the Application of Law in Hearing Civil Dispute Cases of Infringement upon Information Network Dissemination Right (hereinafter referred to as the "Judicial Interpretation of Information Network Dissemination Right"), which shall be effective as of January 1, 2013.\n\nThe Judicial Interpretation of Information Network Dissemination Right focus mainly on how to ascertain infringement upon information network dissemination right, particularly how to determine the legal liability of internet service providers',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://yorlaw.com/laws/85.html',
        title: 'yorlaw.com',
        quote:
          '《最高人民法院关于审理侵害信息网络传播权民事纠纷案件适用法律若干 问题的规定》(以下简称《信息网络传播权司法解释》)经最高人民法院审判委员 会第1561次会议讨论通过,已于2012年12月26日公布,自2013年1月1曰起 施行。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2012/12/17/regulations-concerning-some-issues-of-applicable-law-in-hearing-civil-dispute-cases-on-infringement-of-the-right-to-dissemination-through-information-networks/',
        title: 'China Copyright and Media',
        quote:
          'The “Supreme People’s Court Regulations concerning Some Issues of Applicable Law in Hearing Civil Dispute Cases on Infringement of the Right to Dissemination through Information Networks” have been passed at the 1561st of the Supreme People’s Court Trial Committee on 26 November 2011, are hereby promulgated and take effect on 1 January 2013.\n\nSupreme People’s Court\n\n17 December 2012. … on the basis of the “General Principles of the Civil Code of the People’s Republic of China”, the “Tort Liability Law of the People’s Republic of China”, the “Copyright Law of the People’s Republic of China”',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=fc899d9a-11ba-4a82-9d0c-1ed354549991',
        title: 'Lexology',
        quote:
          'The “Provisions of the Supreme People’s Court on Several Issues Concerning Application of Law in Adjudication of Civil Dispute Cases Related to Infringement of the Right of Communication over Information Networks”(the “Provisions”), which were approved on November 26, 2012 and became effective from January 1st 2013, are meant to provide guidelines to Courts at various levels in China on the trial of civil disputes involving infringement of the right of communication over information networks (RCINs).',
        supports: ['aliases', 'adopted', 'effective'],
      },
      {
        url: 'http://www.chinaiplawyer.com/introduction-interpretation-chinas-judicial-interpretation-network-dissemination-information/',
        title: 'China IP Lawyer',
        quote:
          '(By You Yunting) On December 26 2012, China’s Supreme People’s Court published the “Regulation on Several Issues Concerning Application of Law in Hearing Civil Disputes on the Right to Network Dissemination of Information” (the “Network Interpretation”). The Network Interpretation came into effect on January 1, 2013.',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=7e21d9f1-bdc3-49c8-a6c9-3e2905b0bb65',
        title: 'Lexology',
        quote:
          'On December 26, 2012, the Supreme People’s Court issued “Provisions Concerning the Application of Laws in the Trail of Disputes With respect to Infringement of the Right to Dissemination Online” (these “Provisions”), which has come into force on January 1, 2013. These provisions focus on the tests with which to judge whether an Internet Service Provider’s (the “ISP”) shall bear legal responsibility',
        supports: ['aliases', 'effective', 'summary'],
      },
    ],
  },
  {
    id: 'document:spc-interpretation-on-computer-network-copyright-disputes',
    name: 'Interpretation on Several Issues Concerning Application of Law in Hearing Cases Related to Computer Network Copyright Disputes',
    nameZh: '最高人民法院关于审理涉及计算机网络著作权纠纷案件适用法律若干问题的解释',
    aliases: ['Interpretation of the SPC on Certain Issues Related to the Application of Law in the Trial of Cases Involving Computer Network Copyright Disputes'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2000-12-19',
    amended: ['2003-12', '2006-11'],
    summary:
      'SPC interpretation of 2000 on online copyright disputes, applying the Copyright Law’s rights to digital works; revised in December 2003 and November 2006 and later replaced by new SPC provisions.',
    sources: [
      {
        url: 'http://yorlaw.com/laws/85.html',
        title: 'yorlaw.com',
        quote:
          '2000年12月19日,最高人民法院公布《最高人民法院关于审理涉及 计算机网络著作权纠纷案件适用法律若干问题的解释》,在该解释的第二条规定 了“著作权法第十条对著作权各项权利的规定均适用于数字化作品的著作权”',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'http://www.chinaiplawyer.com/introduction-interpretation-chinas-judicial-interpretation-network-dissemination-information/',
        title: 'China IP Lawyer',
        quote:
          'the Supreme People’s Court therefore issued the Interpretation on Several Issues Concerning Application of Law in Hearing Cases Related to Computer Network Copyright Disputes, which focuses on network copyright protection. Later on, this interpretation was revised twice, in December 2003 and November 2006 respectively.',
        supports: ['name', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=fc899d9a-11ba-4a82-9d0c-1ed354549991',
        title: 'Lexology',
        quote:
          'The “Provisions”, which replaced the previous “Interpretation of the SPC on Certain Issues Related to the Application of Law in the Trial of Cases Involving Computer Network Copyright Disputes”, are welcome for clarifying issues including (1) jurisdiction',
        supports: ['aliases', 'summary'],
      },
    ],
  },

  // ─────────────────────── Online litigation (2021) ───────────────────────
  {
    id: 'document:online-litigation-rules-of-peoples-courts',
    name: "Online Litigation Rules of the People's Courts",
    nameZh: '人民法院在线诉讼规则',
    aliases: [
      "Online Litigation Rules for People's Courts",
      "People's Court Online Litigation Rules",
      "People's Court Online Procedure Rules",
      "Rules of Online Litigation of People's Court",
    ],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2021-05-18',
    // sources disagree: the SPC's announcement is dated 16 June 2021; China Justice Observer's article gives 17 June 2021, the day of the press conference.
    promulgated: '2021-06-16',
    effective: '2021-08-01',
    summary:
      'SPC rules (39 articles) under which courts and parties may conduct filing, mediation, evidence exchange, hearings and service online, with the same effect as offline litigation.',
    sources: [
      {
        url: 'https://cicc.court.gov.cn/html/1/219/199/201/2208.html',
        title: 'China International Commercial Court (Supreme People’s Court)',
        quote:
          "Online Litigation Rules of the People's Courts, as adopted at the 1,838th meeting of the Adjudication Committee of the Supreme People's Court on May 18, 2021, are hereby promulgated and shall take effect on 1 August 2021.\nThe Supreme People's Court\nJune 16, 2021\nFa Shi [2021] No.12 … Article 1 The People's Courts, the parties and other participants in an action may use the electronic litigation platform (hereinafter referred to as“litigation platform”) to conduct all or part of the procedures online, such as case filing, mediation, exchange of evidence, inquiry, trial and service, via the Internet or private networks.\nOnline litigation shall have the same legal effect as offline litigation.",
        supports: ['name', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/spc-revises-provisions-on-judicial-interpretation',
        title: 'China Justice Observer',
        quote:
          'According to the new version of the “Provisions on Judicial Interpretation” (关于司法解释工作的规定), documents named with the "Rule(s)", such as the “Online Litigation Rules for People’s Courts” (人民法院在线诉讼规则, promulgated on 17 June 2021), also fall within the scope of judicial interpretation and hence has legal force.',
        supports: ['nameZh', 'aliases', 'kind'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/online-litigation-rules-for-people-s-courts-20210616',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          "Online Litigation Rules for People's Courts (2021)\n\n\nType of laws Judicial interpretation\n\nIssuing body Supreme People's Court\n\nPromulgating date Jun 16, 2021\n\nEffective date Aug 01, 2021\n\nValidity status Valid … There are 39 articles in total. The Rules aim to promote and regulate online litigation activities, and improve online litigation rules.",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://advocatetanmoy.com/2021/06/18/peoples-court-online-procedure-rules-supreme-peoples-court-china-16-06-2021/',
        title: 'Advocate Tanmoy Law Library',
        quote:
          'The “People’s Court Online Litigation Rules” were adopted at the 1838th meeting of the Judicial Committee of the Supreme People’s Court on May 18, 2021. They are hereby promulgated and will come into force on August 1, 2021.\n\nSupreme People’s Court\nJune 16, 2021\n\n\nThe People’s Court Online Procedure Rules\nLaw Interpretation [2021] No. 12',
        supports: ['aliases', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.dlhsfy.gov.cn/en/index.php?m=content&c=index&a=show&catid=107&id=1247',
        title: 'Dalian Maritime Court',
        quote:
          'On 17 June 2021, the Supreme People\'s Court ("SPC") held a press conference to announce the release of the Rules of Online Litigation of People\'s Court ("the Rules"). The Rules are judicial interpretations formulated by the SPC and have legal effect, which will apply to more than 3,500 courts across the country and take effect on 1 August 2021.',
        supports: ['aliases', 'kind', 'issuers', 'effective'],
      },
    ],
  },

  // ─────────────────────── Unfair competition civil cases (2007, replaced in 2022) ───────────────────────
  {
    id: 'document:spc-interpretation-on-unfair-competition-civil-cases-2007',
    name: "Interpretation of the Supreme People's Court on Some Issues Concerning the Application of Law in the Trial of Civil Cases Involving Unfair Competition",
    nameZh: '最高人民法院关于审理不正当竞争民事案件应用法律若干问题的解释',
    aliases: ['Interpretation on Several Issues Concerning the Application of Law in the Trial of Civil Cases Involving Unfair Competition'],
    zhShortNames: ['法释〔2007〕2号'],
    kind: 'judicial_interpretation',
    status: 'final',
    issuers: ['spc'],
    adopted: '2006-12-30',
    promulgated: '2007-01-12',
    effective: '2007-02-01',
    amended: ['2020-12-23'],
    repealed: '2022-03-20',
    summary:
      'The SPC’s 2007 interpretation on unfair competition civil cases, amended in 2020 and repealed when the 2022 interpretation of the Anti-Unfair Competition Law took effect.',
    relations: [{ type: 'implements', target: 'document:anti-unfair-competition-law', source: 0 }],
    sources: [
      {
        url: 'https://mall.ftling.com/knowledge/legalSearch?id=2&threeType=20%2C21',
        title: 'ftling.com 法规库',
        quote:
          '《最高人民法院关于审理不正当竞争民事案件应用法律若干问题的解释》已于2006年12月30日由最高人民法院审判委员会第1412次会议通过,现予公布,自2007年2月1日起施行。\n2007年1月12日\n最高人民法院关于审理不正当竞争民事案件应用法律若干问题的解释\n法释〔2007〕2号 … 依照《中华人民共和国民法通则》、《中华人民共和国反不正当竞争法》、《中华人民共和国民事诉讼法》等法律的有关规定,结合审判实践经验和实际情况,制定本解释。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.shdbkk.com/html_3/falu/19582/list/5.html',
        title: 'shdbkk.com (海华永泰律师事务所)',
        quote:
          '《最高人民法院关于审理不正当竞争民事案件应用法律若干问题的解释》(2007年2月1日实施;2020年12月23日修订)(以下简称旧解释)',
        supports: ['nameZh', 'effective', 'amended'],
      },
      {
        url: 'http://webiis06.mondaq.com/china/antitrust-eu-competition-/1178222/the-chinese-supreme-peoples-court-released-new-interpretation-on-several-issues-concerning-the-application-of-the-anti-unfair-competition-law',
        title: 'Mondaq',
        quote:
          "The new interpretation took effect on March 20, 2022 and replaced the Interpretation of the Supreme People's Court on Some Issues Concerning the Application of Law in the Trial of Civil Cases Involving Unfair Competition issued in 2007.",
        supports: ['name', 'issuers', 'repealed', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/spc-revises-judicial-interpretation-on-anti-unfair-competition-law',
        title: 'China Justice Observer',
        quote:
          'Prior to the Interpretation, the SPC issued the “Interpretation on Several Issues Concerning the Application of Law in the Trial of Civil Cases Involving Unfair Competition” (关于审理不正当竞争民事案件应用法律若干问题的解释) in 2017, which was replaced by this newly-released juridical Interpretation in 2022.',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
];
