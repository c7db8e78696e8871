import type { CoreInstrument } from './types';

/**
 * IP, consumer and food-platform instruments that China tech pages cite beside the laws the core
 * layer already holds: the State Council's implementing regulations of the Patent Law (2023
 * revision), of the Trademark Law and of the Copyright Law; CNIPA's 2024 guidelines on AI-related
 * patent applications; SAIC/SAMR's well-known trademark provisions; SAMR's seven-day no-reason
 * return measures and its complaint-handling measures (the 2019 interim measures and the 2026
 * measures that replace them); the Food Safety Law, whose Article 62 sets the duties of online food
 * trading platforms, and the CFDA's 2016 measures on online food safety violations. The Patent Law,
 * Trademark Law, Copyright Law, software regulations, network dissemination regulations, Price Law,
 * price-marking provisions, Product Quality Law and the Anti-Unfair Competition Law (with its 2025
 * revision) are already in the core layer.
 */
export const CORE_IP_CONSUMER_6: CoreInstrument[] = [
  // ───────────────── Implementing Regulations of the Patent Law (2001, rev. 2023) ─────────────────
  {
    id: 'document:implementing-regulations-of-patent-law',
    name: 'Implementing Regulations of the Patent Law',
    nameZh: '专利法实施细则',
    zhShortNames: ['中华人民共和国专利法实施细则'],
    aliases: [
      'Implementing Rules of the Patent Law',
      'Implementing Regulations of the Chinese Patent Law',
      'Implementation Regulations of the Patent Law',
      'Implementing Rules for the Patent Law',
      'Implementation Rules of the Patent Law',
      'Rules for the Implementation of the Patent Law',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2001-06-15',
    amended: ['2002-12-28', '2010-01-09', '2023-12-11'],
    summary:
      'The State Council’s implementing rules for the Patent Law; the 2023 revision, aligned with the Patent Law as revised in 2021, took effect on 20 January 2024.',
    relations: [{ type: 'based_on', target: 'document:patent-law', source: 2 }],
    sources: [
      {
        url: 'https://www.cpahkltd.com/index.php?c=show&id=104370',
        title: 'China Patent Agent (H.K.) Ltd.',
        quote:
          "China's Revised Implementing Regulations of the Patent Law to Take Effect 20 January 2024 \n\nTo align with the latest revision of the Chinese Patent Law implemented on 1 June 2021, the State Council of China has recently published the new Implementing Regulations of the Chinese Patent Law, which will come into force on 20 January 2024. … this revision of the Implementing Rules of the Patent Law aims at bringing forth improvements in the following five aspects",
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://service.towinip.com:8080/dokuwiki/doku.php?do=export_xhtml&id=en%3A01%E4%B8%93%E5%88%A9%E6%B3%95%E8%A7%84_02%E4%B8%93%E5%88%A9%E6%B3%95%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%992023',
        title: 'Towin IP',
        quote:
          "Implementation Rules of the Patent Law of the People's Republic of China\n\n(Promulgated by Order No.306 of the State Council of the People's Republic of China on June 15, 2001) Revised for the first time in accordance with the Decision of the State Council on Amending the Rules for the Implementation of the Patent Law of the People's Republic of China on December 28, 2002 According to the second revision … on January 9, 2010, and the third revision of the Decision of the State Council on Amending the Rules for the Implementation of the Patent Law of the People's Republic of China on December 11, 2023)",
        supports: ['aliases', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://en.creatorip.cn/Resources_dt/20.html',
        title: 'Creator IP',
        quote:
          "Implementing Regulations of the Patent Law (2023 Revision)\nOn December 21, 2023, China's State Council released the Amended Implementing Regulations of the Patent Law. The Implementing Regulations explain how several provisions of China's amended Patent Law of 2021 will be implemented. The Regulations become effective January 20, 2024.",
        supports: ['name', 'issuers', 'amended', 'summary', 'relations'],
      },
      {
        url: 'https://lushenglawyers.com.cn/awards-press/china-patent-law-implementation-regulations-released/',
        title: 'Lusheng Law Firm',
        quote:
          'On December 21, 2023, the Chinese Government released the Implementation Regulations of the Patent Law and the Guidelines for Patent Examination, following two and a half years since the fourth Amendments to the Patent Law came into effect. The revised Implementation Regulations and the Guidelines for Patent Examination will take effect on January 20, 2024.',
        supports: ['aliases', 'amended'],
      },
      {
        url: 'http://en.junlongip.com/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F4435',
        title: 'Junlong IP',
        quote:
          'On December 21,\\u00a02023, CNIPA released new &#8220;Implementing Rules for the Patent Law of the People&#8217;s Republic of China&#8221;',
        supports: ['aliases'],
      },
      {
        url: 'http://www.ensipa.cn/2023-09/20/c_925322_3.htm',
        title: 'en.moj.gov.cn (via ensipa.cn)',
        quote: "Rules for the Implementation of the Patent Law of the People's Republic of China",
        supports: ['aliases'],
      },
      {
        url: 'https://kpzsg.com/jingyan/q577z.html',
        title: 'kpzsg.com',
        quote:
          '专利法实施细则是什么\n\n专利法实施细则指的是根据《中华人民共和国专利法》制定的细则,专利法和专利法实施细则规定的各种手续,应当以书面形式或者国务院专利行政部门规定的其他形式办理。\n\n中华人民共和国专利法实施细则(第二次修订)',
        supports: ['nameZh', 'zhShortNames'],
      },
    ],
  },

  // ─────────── Guidelines for Patent Applications for AI-Related Inventions (2024) ───────────
  {
    id: 'document:guidelines-for-patent-applications-for-ai-related-inventions',
    name: 'Guidelines for Patent Applications for AI-Related Inventions',
    nameZh: '人工智能相关发明专利申请指引',
    aliases: [
      'Guidelines for AI-related Invention Applications',
      'Guidelines for Patent Applications for Artificial Intelligence-Related Inventions',
      'Guidelines for Artificial Intelligence-related Invention Patent Applications',
    ],
    kind: 'guideline',
    status: 'final',
    issuers: ['cnipa'],
    promulgated: '2024-12-31',
    summary:
      'CNIPA’s guidance on AI-related patent applications: types of application, identification of inventors, subject-matter eligibility, disclosure, inventive step and ethical issues.',
    sources: [
      {
        url: 'https://staging.hoganlovells.com/en/publications/navigating-ai-patent-applications-in-china-key-insights-from-cnipas-new-examination-guidelines',
        title: 'Hogan Lovells',
        quote:
          'On 31 December 2024, the China National Intellectual Property Administration (CNIPA) adopted the "Guidelines for Patent Applications for AI-Related Inventions (Trial Implementation)", aiming to shed light on the specific requirements for patent applications in the rapidly evolving field of artificial intelligence (AI). The guidelines follow a draft released for comments on December 6, 2024',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.mondaq.com/china/new-technology/1571864/guidelines-for-airelated-invention-applications-trial-released',
        title: 'Mondaq',
        quote:
          'On December 31, 2024, the China National Intellectual Property Administration (CNIPA) released the Guidelines for AI-related Invention Applications (Test Implementation), addressing several legal aspects, including inventor qualification/identification, for Artificial Intelligence related (AI-related) patent applications.',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://natlawreview.com/article/cnipa-releases-draft-guidelines-patent-applications-artificial-intelligence-related',
        title: 'The National Law Review',
        quote:
          'On December 6, 2024, China’s National Intellectual Property Administration (CNIPA) released the Draft Guidelines for Patent Applications for Artificial Intelligence-Related Inventions (人工智能相关发明专利申请指引(征求意见稿)). The Guidelines detail the type of Artificial Intelligence (AI) related patent applications; identification of inventors; subject matter eligibility; disclosure requirements; inventiveness examination; and ethical issues.',
        supports: ['aliases', 'nameZh', 'summary'],
      },
      {
        url: 'http://watsonband.com/en/cmsDetail_en.htm?from=industry&item.id=dab9272bbefc47b8ad8eb88e2a50ac58',
        title: 'Watson & Band',
        quote:
          'On December 6, 2024, the China National Intellectual Property Administration (CNIPA) drafted the Guidelines for Artificial Intelligence-related Invention Patent Applications (Draft for Comment) (the "Draft") for public consultation.',
        supports: ['aliases'],
      },
      {
        url: 'http://jnzjwt.com/1281.html',
        title: 'jnzjwt.com (reposting CNIPA’s notice)',
        quote:
          '国家知识产权局组织编写了《人工智能相关发明专利申请指引(试行)》,供创新主体参考使用。\n附件1:人工智能相关发明专利申请指引(试行).docx',
        supports: ['nameZh', 'issuers', 'kind'],
      },
    ],
  },

  // ─────────── Regulations for the Implementation of the Trademark Law (2002, rev. 2014) ───────────
  {
    id: 'document:regulations-for-implementation-of-trademark-law',
    name: 'Regulations for the Implementation of the Trademark Law',
    nameZh: '商标法实施条例',
    aliases: [
      'Implementing Regulations for the PRC Trademark Law',
      'Implementing Regulations of Trademark Law',
      'Regulations on the Implementation of the Trademark Law',
      'Implementing Regulations under the Trademark Law',
    ],
    zhShortNames: ['国务院令第651号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2002-08-03',
    effective: '2002-09-15',
    amended: ['2014-04-29'],
    summary:
      'The State Council’s implementing rules for the Trademark Law: application formalities (including sound marks and division of applications), Madrid international registrations and what counts as trademark infringement.',
    relations: [{ type: 'based_on', target: 'document:trademark-law', source: 1 }],
    sources: [
      {
        url: 'https://www.wipo.int/wipolex/en/legislation/details/15011',
        title: 'WIPO Lex',
        quote:
          "Regulations for the Implementation of the Trademark Law of the People's Republic of China (promulgated by Decree No. 358 of the State Council of the People's Republic of China on August 3, 2002; revised and promulgated by Decree No. 651 of the State Council of the People's Republic of China on April 29, 2014) … Entry into force:\nSeptember 15, 2002 … Type of Text\nImplementing Rules/Regulations",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'amended'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2014/07/15/implementing-regulations-for-the-prc-trademark-law-revised',
        title: 'China Law & Practice',
        quote:
          'Implementing Regulations for the PRC Trademark Law (Revised)\n\n中华人民共和国商标法实施条例 (修订)\n\nThe revised Implementing Rules allow division of a trademark registration application when registration is denied on certain of the designated goods.\n\nShare:\n\n(Promulgated by the State Council on April 29 2014 and effective as of May 1 2014.)\n\n(国务院于二零一四年四月二十九日发布, 自二零一四年五月一日起施行。)\n\nOrder of the State Council No.651\n\n国务院令第651号\n\nPart One: General provisions\n\n第一章 总则\n\nArticle 1: These Regulations are formulated in accordance with the PRC Trademark Law (the Trademark Law).',
        supports: ['aliases', 'nameZh', 'zhShortNames', 'issuers', 'amended', 'summary', 'relations'],
      },
      {
        url: 'http://afdip.com/html/japan/index.php?ac=article&at=read&did=1564',
        title: 'AFD China Intellectual Property',
        quote:
          'The revised Implementing Regulations of Trademark Law (No. 651 Order of the State Council) is enacted simultaneously with the new Trademark Law as of May 1, 2014. … It also sets up a special chapter for Madrid international registrations, where stipulates requirements, application procedures, and procedures of examining those international applications. It further identifies specific wordings in determining trademark infringements',
        supports: ['aliases', 'amended', 'summary'],
      },
      {
        url: 'https://www.kw-legal.com/en/2014/05/17/2103_en/',
        title: 'KW Legal',
        quote:
          'Regulations on the Implementation of the Trademark Law(“New Implementation”) has come into effect since May 1, 2014\n\nNew Implementation was published by State Council, which includes the following main issues:\n\nTo refine the formal element for the newly added object. Take the sound mark for example',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://www.genuineways.com/en/info-149-151-633.html',
        title: 'Genuineways',
        quote:
          "Implementing Regulations under the Trademark Law of the People's Republic of China(2002 Revision … (Promulgated by the State Council on 3 August 2002)",
        supports: ['aliases', 'promulgated'],
      },
    ],
  },

  // ─────────── Regulations for the Implementation of the Copyright Law (2002, rev. 2013) ───────────
  {
    id: 'document:regulations-for-implementation-of-copyright-law',
    name: 'Regulations for the Implementation of the Copyright Law',
    nameZh: '著作权法实施条例',
    aliases: [
      'Implementing Regulations on the Copyright Law',
      'Implementation Regulations for the Copyright Law',
      'Copyright Law Implementing Regulations',
      'Implementing Regulations of the Copyright Law',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2002-08-02',
    effective: '2002-09-15',
    amended: ['2011-01-08', '2013-01-30'],
    summary:
      'The State Council’s implementing rules for the Copyright Law (38 articles): definitions, the kinds of works, and protection of works that foreigners or stateless persons first publish in China.',
    relations: [{ type: 'based_on', target: 'document:copyright-law', source: 1 }],
    sources: [
      {
        url: 'http://scireg.org/printable/eng/infonews/online_copyright_registration_china_copyright_law_2.htm',
        title: 'scireg.org',
        quote:
          'Regulations for the Implementation of the Copyright Law of the People’s Republic of China\n(Promulgated by Decree No. 359 of the State Council of the People’s Republic of China on August 2, 2002, and effective as of September 15, 2002)',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'status'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/implementing-regulations-on-the-copyright-law-20130130',
        title: 'China Justice Observer',
        quote:
          'Implementing Regulations on the Copyright Law (2013)\n\n著作权法实施条例\n\nType of laws Administrative regulation\n\nIssuing body China\'s State Council\n\nPromulgating date Jan 30, 2013\n\nEffective date Mar 01, 2013\n\nValidity status Valid … The Implementing Regulations on the Copyright Law were promulgated in 2002 and amended in 2011 and 2013 respectively. … There are 38 articles in total, which aim to clarify some definitions in the Copyright Law and specify the relevant provisions of the Copyright Law.',
        supports: ['aliases', 'nameZh', 'kind', 'status', 'issuers', 'amended', 'summary', 'relations'],
      },
      {
        url: 'https://gbaiplawyer.com/implementation-regulations-for-the-copyright-law-of-china',
        title: 'GBA IP Lawyer',
        quote:
          '中华人民共和国著作权法实施条例(2013修订)(2002年8月2日中华人民共和国国务院令第359号公布根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修订根据2013年1月30日《国务院关于修改〈中华人民共和国著作权法实施条例〉的决定》第二次修订)Implementation Regulations for the Copyright Law of the People’s Republic of China (2013 Revision)',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'amended'],
      },
      {
        url: 'https://chinalawandpractice.com/2002/10/01/prc-copyright-law-implementing-regulations',
        title: 'China Law & Practice',
        quote:
          'PRC Copyright Law Implementing Regulations\n\n中华人民共和国著作权法实施条例\n\nThe new copryright law implementing regulations are intended to bring China\'s copyright regime closer to full compliance with the TRIPs Agreement of the World Trade Organization\n\n(Promulgated by the State Council on August 2 2002 and effective as of September 15 2002.)',
        supports: ['aliases', 'nameZh', 'promulgated', 'effective'],
      },
      {
        url: 'http://unitalen.net/html/report/16124441-1.htm',
        title: 'unitalen.net',
        quote:
          "amended for the second time in accordance with the Decision of the State Council on Amending the Implementing Regulations of the Copyright Law of the People's Republic of China on January 30, 2013)",
        supports: ['aliases', 'amended'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/implementing-regulations-on-the-copyright-law-20130130',
        title: 'China Justice Observer',
        quote:
          '2. Works include: (1) written works, (2) oral works, (3) musical works, (4) theatrical works, (5) folk arts, (6) dances, (7) acrobatic arts, (8) artistic works, (9) architecture, (10) photographic works, (11) cinematographic works, (12) graphs, (13) replica.\n\n  3. Foreigners or stateless persons who first publish works in China shall be entitled to copyright protection from the date of first publication of the works.',
        supports: ['summary'],
      },
    ],
  },

  // ─────────── Provisions on the Recognition and Protection of Well-known Trademarks (2003, rev. 2014) ───────────
  {
    id: 'document:provisions-on-recognition-and-protection-of-well-known-trademarks',
    name: 'Provisions on the Recognition and Protection of Well-known Trademarks',
    nameZh: '驰名商标认定和保护规定',
    aliases: [
      'Provisions for Determination and Protection of Well-known Trademarks',
      'Recognition and Protection of Well-known Trademarks Provisions',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2003-04-17',
    effective: '2003-06-01',
    amended: ['2014-07-03'],
    summary:
      'SAIC rules (now SAMR’s) on recognising and protecting well-known trademarks, under which the Trademark Office refuses to register, and prohibits the use of, marks that reproduce, imitate or translate another’s unregistered well-known mark and are likely to cause confusion.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/theprovisions-on-the-recognition-and-protection-of-well-known-trademarks-20140703',
        title: 'China Justice Observer',
        quote:
          'The Provisions on the Recognition and Protection of Well-known Trademarks (2014)\n\n驰名商标认定和保护规定\n\nType of laws Departmental rule\n\nIssuing body State Administration for Market Regulation\n\nPromulgating date Jul 03, 2014\n\nEffective date Aug 03, 2014\n\nValidity status Valid … 3. Where a trademark applied for registration for the same or similar product is a reproduction, imitation or translation of a well-known trademark not registered in China by others, which is likely to cause confusion among the public, the Trademark Bureau shall not register the trademark but prohibit the use thereof.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2003/07/01/recognition-and-protection-of-well-known-trademarks-provisions',
        title: 'China Law & Practice',
        quote:
          'Recognition and Protection of Well-known Trademarks Provisions\n驰名商标认定和保护规定\nRepealed on July 03 2014 … (Issued by the State Administration for Industry and Commerce on April 17 2003 and effective as of June 1 2003.)',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'effective', 'amended'],
      },
      {
        url: 'http://www.cpahkltd.com/EN/info.aspx?n=20140716174017777917',
        title: 'China Patent Agent (H.K.) Ltd.',
        quote:
          "China's Amended Provisions for Determination & Protection of Well-known Trademarks Effective August 2014\n\nThe State Administration for Industry and Commerce of China has recently amended the Provisions for Determination and Protection of Well-known Trademarks",
        supports: ['aliases', 'issuers', 'amended'],
      },
    ],
  },

  // ─────────── Interim Measures on seven-day no-reason returns of goods bought online (2017) ───────────
  {
    id: 'document:interim-measures-for-seven-day-no-reason-return-of-goods-purchased-online',
    name: 'Interim Measures for the Return without Reasons of Commodities Purchased Online within Seven Days',
    nameZh: '网络购买商品七日无理由退货暂行办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    amended: ['2020-10-23'],
    summary:
      'SAIC (now SAMR) rules implementing the Consumer Protection Law’s seven-day no-reason return right for goods bought online: excluded goods, when goods count as intact, return procedure, and platforms’ duty to supervise sellers.',
    sources: [
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/373-interim-measures-for-the-return-without-reasons-of-commodities-purchased-online-within-seven-days',
        title: 'Shanghai Foreign Investment Development Board',
        quote:
          'State Administration for Market Regulation has revised the Interim Measures for the Return without Reasons of Commodities Purchased Online within Seven Days (the “Measure”, 2017) in order to protect lawful rights of consumers and promote a better development for e-commerce on the date of October 23th, 2020.',
        supports: ['name', 'issuers', 'amended', 'status'],
      },
      {
        url: 'https://www.yybnet.net/news/china/201703/5949331.html',
        title: 'yybnet.net (news)',
        quote:
          '今年1月6日,国家工商总局公布了《网络购买商品七日无理由退货暂行办法》,旨在落实《消费者权益保护法》七日无理由退货规定,保护消费者合法权益,促进电子商务健康发展。这一办法3月15日正式生效。\n根据规定,网络商品销售者应当依法履行七日无理由退货义务。网络交易平台提供者应当引导和督促平台上的网络商品销售者履行七日无理由退货义务,进行监督检查,并提供技术保障。',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/373-interim-measures-for-the-return-without-reasons-of-commodities-purchased-online-within-seven-days',
        title: 'Shanghai Foreign Investment Development Board',
        quote:
          'Commodities which shall definitely not be applied for the Measure include customized commodities, fresh and perishable commodities, digital commodities such as audio-visual products, computer software downloaded online or sealed by consumers, newspapers and periodicals delivered. … Consumers shall keep the commodity intact with original quality, functions and complete accessory and label.',
        supports: ['summary'],
      },
    ],
  },

  // ─────────── Interim Measures for handling market regulation complaints and reports (2019) ───────────
  {
    id: 'document:interim-measures-for-handling-complaints-and-reports-concerning-market-regulation',
    name: 'Interim Measures for the Handling of Complaints and Reports Concerning Market Regulation',
    nameZh: '市场监督管理投诉举报处理暂行办法',
    aliases: ['Interim Measures for Handling Market Regulation Complaints and Reports'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2019-11-30',
    effective: '2020-01-01',
    summary:
      'SAMR’s procedure for handling complaints and reports to market regulators; complaints over goods or services not bought or used for daily consumption needs, such as professional anti-counterfeiting claims, are not accepted.',
    relations: [{ type: 'based_on', target: 'document:law-on-the-protection-of-consumer-rights-and-interests', source: 0 }],
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-3649029-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Interim Measures for the Handling of Complaints and Reports Concerning Market Regulation\n\nOrder of the State Administration for Market Regulation No.20\n\nNovember 30, 2019\n\nThe Interim Measures for the Handling of Complaints and Reports Concerning Market Regulation were deliberated and adopted by the 15th Executive Meeting 2019 of the State Administration for Market Regulation on November 26, 2019, and are hereby promulgated. These Measures shall come into force as of January 1, 2020. … Article 1 These Measures are formulated in accordance with the Law of the People's Republic of China on the Protection of Consumer Rights and Interests and other laws and administrative regulations",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.leetsai.com/other-areas/interim-measures-for-handling-market-regulation-complaints-and-reports-mainland-china',
        title: 'Lee and Li (Leetsai)',
        quote:
          'On November 30, 2019, the State Administration for Market Regulation promulgated the Interim Measures for Handling Market Regulation Complaints and Reports (the “Interim Measures”), which went into effect on January 1, 2020.\n\nThe Interim Measures first clarify how professional anti-counterfeiting complaints are handled.  To wit, the regulatory authority will not accept complaints over goods and services that are not purchased, used or accepted for daily consumption needs',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://qichexian.net/zhijian/law/398083.html',
        title: 'qichexian.net (reposted SAMR order)',
        quote: '國家市場監督管理總局令\n第20號',
        supports: ['kind'],
      },
      {
        url: 'http://jintiankansha.me/t/yq1G5lKq4j',
        title: '龙岩市场监管 (公众号) – 市场监督管理投诉举报处理暂行办法',
        quote: '市场监督管理投诉举报处理暂行办法(22年修改版)\n\n龙岩市场监管  · 公众号  · 法律',
        supports: ['nameZh'],
      },
    ],
  },

  // ─────────── Measures for handling market regulation complaints and reports (2026) ───────────
  {
    id: 'document:measures-for-handling-complaints-and-reports-of-market-regulation',
    name: 'Measures for Handling Complaints and Reports of Market Supervision and Administration',
    nameZh: '市场监督管理投诉举报处理办法',
    aliases: ['Measures for Handling Complaints and Reports in Market Supervision and Administration'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    effective: '2026-04-15',
    summary:
      'SAMR’s revised complaint and report handling measures replacing the earlier interim measures, aimed at complaints and reports abused for profit (“professional claimants”); in force from 15 April 2026.',
    relations: [
      {
        type: 'amends',
        target: 'document:interim-measures-for-handling-complaints-and-reports-concerning-market-regulation',
        source: 1,
      },
    ],
    sources: [
      {
        url: 'https://e.ccement.com/news/content/68183266976365001.html',
        title: 'China Cement Net',
        quote:
          'Recently, the State Administration of Market Supervision and Administration issued the Measures for Handling Complaints and Reports of Market Supervision and Administration, which came into effect on April 15, 2026.',
        supports: ['name', 'kind', 'status', 'issuers', 'effective'],
      },
      {
        url: 'http://deheheng.com/yjy/lssd/35659.html',
        title: 'Deheng Law Offices',
        quote:
          '2026年4月15日,修订后的《市场监督管理投诉举报处理办法》(下称“新《办法》”)将正式施行。 … 它直指近年来愈演愈烈的“职业索赔”乱象 … 原《市场监督管理投诉举报处理暂行办法》在实践中逐渐暴露出短板',
        supports: ['nameZh', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://outlooknewera.com/pcen/info_view.php?VID=68754&tab=mynews',
        title: 'Outlook New Era',
        quote:
          'The core reading of the "Measures for Handling Complaints and Reports in Market Supervision and Administration (Draft for Soliciting Opinions)" focuses on core issues such as "who can complain, what to complain about, and how to complain"',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────────── Food Safety Law (2009, rev. 2015) ─────────────────────────────
  {
    id: 'document:food-safety-law',
    name: 'Food Safety Law',
    nameZh: '食品安全法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2009-02-28',
    amended: ['2015-04-24', '2021-04-29'],
    summary:
      'China’s food safety law; its Article 62 requires third-party online food trading platforms to register food sellers by real name, check their licences and report violations.',
    sources: [
      {
        url: 'http://www.cnhfa.org.cn/fagui/show.php?itemid=185',
        title: 'China Health Care Association',
        quote:
          "Food Safety Law of the People’s Republic of China\n(Adopted at the 7th Session of the 11th Standing Committee of the National People’s Congress of the People’s Republic of China on February 28, 2009 and revised at the 14th Session of the 12th Standing Committee of the National People’s Congress of the People’s Republic of China on April 24, 2015)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://appinchina.co/government-documents/food-safety-law-of-the-peoples-republic-of-china/',
        title: 'AppInChina',
        quote:
          'Promulgation Authority: Standing Committee of the National People’s Congress\n\nRelease Date: 2021-04-29\n\nEffective on 2021-04-29\n\nChinese Name: 中华人民共和国食品安全法',
        supports: ['nameZh', 'issuers', 'amended'],
      },
      {
        url: 'http://ecns.cn/cns-wire/2015/09-25/182703.shtml',
        title: 'ECNS',
        quote:
          'With the new Food Safety Law to be implemented on October 1, food sold online will face tougher supervision, according to China Business News.\nArticle 62 of the new law stipulates that third-party online platform providers should require real-name registrations to online food operators, and that they are required to examine safety production licenses.\nIf an operator violates the rules, the platform provider should report it to local authorities.',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ─────────── Measures on online food safety violations (CFDA, 2016) ───────────
  {
    id: 'document:measures-for-investigation-and-handling-of-online-violations-of-food-safety-laws',
    name: 'Measures for the Investigation and Handling of Online Violations of Food Safety Laws',
    nameZh: '网络食品安全违法行为查处办法',
    aliases: [
      'Measures for the Investigation and Punishment of Unlawful Acts concerning Online Food Safety',
      'Measures for the Investigation and Punishment of Illegal Acts concerning Online Food Safety',
    ],
    zhShortNames: ['食品药品监管总局令第27号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nmpa'],
    promulgated: '2016-07-13',
    effective: '2016-10-01',
    summary:
      'CFDA rules implementing the Food Safety Law for online food trading: obligations, including filing, of third-party online food trading platforms and of food traders, and the investigation of violations.',
    relations: [{ type: 'implements', target: 'document:food-safety-law', source: 2 }],
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2016/11/14/measures-for-the-investigation-and-handling-of-online-violations-of-food-safety-laws',
        title: 'China Law & Practice',
        quote:
          'Measures for the Investigation and Handling of Online Violations of Food Safety Laws\n网络食品安全违法行为查处办法\nThird-party online food trading platform providers are liable for the truthfulness of online food safety information.\n(Promulgated by the China Food and Drug Administration on July 13 2016, and effective as of October 1 2016.)\n(国家食品药品监督管理总局于二零一六年七月十三日公布,自二零一六年十月一日起施行。)\n食品药品监管总局令第27号',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.kwm.com/en/cn/knowledge/insights/analysis-of-online-food-regulation-20160719',
        title: 'King & Wood Mallesons',
        quote:
          'On 14 July 2016, the China Food and Drug Administration (“FDA”) issued the Measures for the Investigation and Punishment of Unlawful Acts concerning Online Food Safety (“Measures”) to be implemented on 1 Oct, 2016. \n\nThe Measures are another set of implementing regulations introduced by FDA as a result of the promulgation of the new Food Safety Law.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=c189e1cd-3511-404e-91a8-870972cb3cc4',
        title: 'Lexology',
        quote:
          'The new rules are set out in the Measures for the Investigation and Punishment of Illegal Acts concerning Online Food Safety (“Measures”), which will take effect on 1 October 2016. … The rules, which implement China\'s recently-revised Food Safety Law, impose new obligations on both third-party online platform providers (“Online Platforms”) and food traders. … Filing. Online Platforms and food manufacturers with their own online food-sale systems must file with the CFDA',
        supports: ['aliases', 'effective', 'summary', 'relations'],
      },
    ],
  },
];
