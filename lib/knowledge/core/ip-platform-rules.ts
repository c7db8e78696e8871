import type { CoreInstrument } from './types';

/**
 * IP, internet-service, pricing and merger-control instruments that TMT pages cite beside the data
 * and content rules: the Patent Law, the State Council's computer software regulations, the CAC's
 * 2016 search-services provisions, the internet café regulations, the Price Law and SAMR's 2022
 * price-marking provisions made under it, the Securities Law, and the two merger-control
 * instruments under the Anti-Monopoly Law (the State Council's notification thresholds and SAMR's
 * 2023 review provisions). The Administrative Penalty Law and the Interim Provisions on the
 * Administration of Internet Culture are already in telecom-trade-rules.ts and frequent-rules.ts.
 */
export const CORE_IP_PLATFORM_RULES: CoreInstrument[] = [
  // ───────────────────────────── Patent Law (1984) ─────────────────────────────
  {
    id: 'document:patent-law',
    name: 'Patent Law',
    nameZh: '专利法',
    aliases: ['China Patent Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1984-03-12',
    promulgated: '1984-03-12',
    // The fourth amendment (2020) took effect on 1 June 2021.
    amended: ['1992-09-04', '2000-08-25', '2008-12-27', '2020-10-17'],
    summary:
      'China’s law on patents for inventions, utility models and designs: conditions for grant, examination, term, compulsory licences and protection; the 2020 amendment added punitive damages for wilful infringement.',
    sources: [
      {
        url: 'https://jooyee.com/en/article/detail?id=301',
        title: 'Jooyee',
        quote:
          "Patent Law of the People's Republic of China … (Adopted at the 4th Meeting of the Standing Committee of the Sixth National People's Congress on March 12,1984 and promulgated by Order No.11 of the President of the People’s Republic of China on March 12,1984; amended for the first time in accordance with the Decision of the Standing Committee of the Seventh National People's Congress on Amending the Patent Law of the People's Republic of China at its 27th Meeting on September 4,1992 and amended again … adopted at its 17th Meeting on August 25, 2000)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'amended'],
      },
      {
        url: 'https://www.ccpit-patent.com.cn/zh-hans/node/12307',
        title: 'CCPIT Patent and Trademark Law Office',
        quote:
          '中华人民共和国专利法(2020.10.17修订)\n\n(1984年3月12日第六届全国人民代表大会常务委员会第四次会议通过 根据1992年9月4日第七届全国人民代表大会常务委员会第二十七次会议《关于修改〈中华人民共和国专利法〉的决定》第一次修正 根据2000年8月25日第九届全国人民代表大会常务委员会第十七次会议《关于修改〈中华人民共和国专利法〉的决定》第二次修正 根据2008年12月27日第十一届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国专利法〉的决定》第三次修正 根据2020年10月17日第十三届全国人民代表大会常务委员会第二十二次会议《关于修改〈中华人民共和国专利法〉的决定》第四次修正)',
        supports: ['nameZh', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://www.mondaq.com/china/patent/1019030/introduction-to-the-fourth-amendment-to-the-china-patent-law',
        title: 'Mondaq',
        quote:
          'On October 17, 2020, the Standing Committee of the National People\'s Congress ("SCNPC") promulgated the Fourth Amendment to the China Patent Law ("CPL"), which will come into effect on June 1, 2021.',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://jooyee.com/en/article/detail?id=301',
        title: 'Jooyee',
        quote:
          'Chapter I General Provisions\nChapter II Conditions for the Grant of Patent Rights\nChapter III Application for Patents\nChapter IV Examination and Approval of Patent Applications\nChapter V Term, Termination and Invalidation of Patent Rights\nChapter VI Compulsory Licence for Exploitation of a Patent\nChapter VII Protection of Patent Rights … Article 2 For the purpose of this Law, "invention-creation" means inventions, utility models and designs.',
        supports: ['summary'],
      },
      {
        url: 'https://www.deacons.com/2020/12/15/china-finally-amends-its-patent-law-part-1-enforcement/',
        title: 'Deacons',
        quote:
          'After more than a decade of discussion, China finally published the 4th amendment to the Patent Law on 17 October 2020.  The amendments will come into effect on 1 June 2021. … The amendments introduces punitive damages in patent infringement cases. Infringers engaged in serious wilful patent infringement may be liable for up to five times the loss suffered by the patent owner.',
        supports: ['name', 'amended', 'summary'],
      },
    ],
  },

  // ───────────── Regulations on the Protection of Computer Software (State Council, 2001) ─────────────
  {
    id: 'document:regulations-on-protection-of-computer-software',
    name: 'Regulations on the Protection of Computer Software',
    nameZh: '计算机软件保护条例',
    aliases: [
      'Regulations for the Protection of Computer Software',
      'Regulations on Computer Software Protection',
      'Computer Software Protection Regulations',
      'Order of the State Council No.339',
    ],
    zhShortNames: ['国务院令第339号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    // Decree No. 339; one English page gives 12 December 2001, the Chinese text and the 2013 English text 20 December.
    promulgated: '2001-12-20',
    effective: '2002-01-01',
    amended: ['2011-01-08', '2013-01-30'],
    summary:
      'State Council regulations under the Copyright Law on copyright in computer software (programs and their documentation): what protection does not extend to, and the term of protection.',
    relations: [{ type: 'based_on', target: 'document:copyright-law', source: 1 }],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/regulations-on-the-protection-of-computer-software-20130130/intro',
        title: 'China Justice Observer',
        quote:
          'Regulations on the Protection of Computer Software (2013)\n\n计算机软件保护条例\n\nType of laws Administrative regulation\n\nIssuing body China\'s State Council … Validity status Valid … The Regulations on the Protection of Computer Software were promulgated in 2001 and amended in 2011 and 2013 respectively. … 1. The term “computer software” refers to computer programs and files related thereto. … 4. The protection of software copyright under the Regulations shall not extend to ideas, processing procedures, operation methods or mathematical concepts used in the software development.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.shndlaw.com/index.php/post/353',
        title: 'shndlaw.com',
        quote:
          "Regulations on Computer Software Protection (Revised in 2013)\nOrder of the State Council No. 632\nJanuary 30, 2013\n(promulgated by Order of the State Council No.339 on December 20, 2001, first\nrevised in accordance with the Decision of the State Council on Revising and\nRepealing Certain Administrative Regulations made on January 8, 2011, secondly\nrevised in accordance with the Decision of the State Council on Revising the\nRegulations on Computer Software Protection made on January 30, 2013)\nChapter I General Provisions\nArticle 1 These Regulations are enacted in accordance with the Copyright Law of\nthe People's Republic of China",
        supports: ['aliases', 'issuers', 'promulgated', 'amended', 'relations'],
      },
      {
        url: 'http://www.lehmanlaw.com/resource-centre/faqs/intellectual-property/computer-software/under-which-laws-and-regulations-is-computer-software-protected-in-china.html',
        title: 'Lehman, Lee & Xu',
        quote:
          'Computer software is protected in China under 3 laws: the "Copyright Law", "Regulations for the Protection of Computer Software", and " Measures for Computer Software Copyright Registration".',
        supports: ['aliases'],
      },
      {
        url: 'http://www.ccgp-fushun.com/business/2010-01/20/content_19275541.htm',
        title: 'ChinaITLaw.org (Registration Measures for Computer Software Copyright)',
        quote: 'Article 1. These Measures are drafted to implement the Computer Software Protection Regulations (hereinafter referred as Regulations for short).',
        supports: ['aliases'],
      },
      {
        url: 'http://www.innopat.com.cn/en/copyright_more.asp?id=40',
        title: 'Innopat',
        quote:
          'the State Council of China promulgated the new "Regulations on Protection of Computer Software" on December 12, 2001, said Regulations became effective on January 1, 2002. … The protection term of software copyright of a natural person is his lifetime and the fifty years immediately after his death.',
        supports: ['issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.newton.com.tw/wiki/%E8%A8%88%E7%AE%97%E6%A9%9F%E8%BB%9F%E9%AB%94%E4%BF%9D%E8%AD%B7%E6%A2%9D%E4%BE%8B%EF%BC%882013%E4%BF%AE%E8%A8%82%EF%BC%89',
        title: '中文百科 (newton.com.tw)',
        quote: '(2001年12月20日中華人民共和國國務院令第339號公布根據2011年1月8日《國務院關於廢止和修改部分行政法規的決定》第一次修訂根據2013年1月30日《國務院關於修改〈計算機軟體保護條例〉的決定》第二次修訂)',
        supports: ['promulgated', 'amended'],
      },
      {
        url: 'http://law773.infoeach.com/view-NzczfDEzMjYzNw==.html',
        title: '法律资料网 (infoeach.com)',
        quote: '计算机软件保护条例\n\n第一章 总 则\n\n(2001年12月20日中华人民共和国国务院令第339号公布根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》第一次修订根据2013年1月30日《国务院关于修改〈计算机软件保护条例〉的决定》第二次修订)',
        supports: ['nameZh', 'zhShortNames'],
      },
    ],
  },

  // ───────────── Internet information search services (CAC, 2016) ─────────────
  {
    id: 'document:provisions-on-administration-of-internet-information-search-services',
    name: 'Provisions on the Administration of Internet Information Search Services',
    nameZh: '互联网信息搜索服务管理规定',
    aliases: ['Administrative Provisions on Internet Information Search Services', 'Provisions for the Administration of Internet Information Search Services'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    promulgated: '2016-06-25',
    effective: '2016-08-01',
    summary:
      'CAC rules for search engines and other search service providers: information security systems, no links or suggestions to prohibited content, and paid results verified, capped and marked item by item apart from natural results.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2016/08/04/cyberspace-administration-of-china-provisions-for-the-administration-of-internet-information-search-services',
        title: 'China Law & Practice',
        quote:
          'Cyberspace Administration of China, Provisions for the Administration of Internet Information Search Services\n国家互联网信息办公室互联网信息搜索服务管理规定 … Promulgated: June 25 2016\nEffective: August 1 2016 … A Search Service provider that provides paid search information services shall verify in accordance with the law the relevant qualifications of clients, expressly state the upper limit on the percentage of a web page that paid search information can take up, prominently differentiate natural search results and paid search information and prominently mark each item of paid search information.',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.huntonprivacyblog.com/2016/06/29/china-publishes-provision-regulate-internet-search-services/',
        title: 'Hunton Privacy Blog',
        quote:
          'On June 25, 2016, the Cyberspace Administration of China published its new Administrative Provisions on Internet Information Search Services (the “Provisions”). The Provisions will come into effect on August 1, 2016.\n\nUnder the Provisions, Internet information search service providers (“service providers”), which include operators of search engines, are required to adopt information security management systems',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://appinchina.co/government-documents/administrative-regulations-on-internet-information-search-services',
        title: 'AppInChina',
        quote: 'Effective Date: 08-01-2016\nSource: Cyberspace Administration of China\nChinese Title: 互联网信息搜索服务管理规定',
        supports: ['nameZh', 'issuers', 'effective'],
      },
      {
        url: 'http://economists-pick-research.hktdc.com/business-news/article/Regulatory-Alert-China/China-s-Internet-Regulator-Issues-New-Online-Search-Rules/bacn/en/1/1X2ZLGH7/1X0A6KMQ.htm',
        title: 'HKTDC Research',
        quote:
          'The Cyberspace Administration of China (CAC) recently issued the Provisions on Administration of Internet Information Search Services to regulate Internet information search services',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://www.loc.gov/law/foreign-news/article/china-cyberspace-administration-requires-paid-search-results-to-be-marked/',
        title: 'Library of Congress, Global Legal Monitor',
        quote:
          'In addition, Service Providers must not provide content prohibited by laws and regulations by providing links, abstracts, snapshots, word associations, related searches, related recommendations, etc.  (Id. art. 7.)',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Business premises for internet access services (State Council, 2002) ─────────────
  {
    id: 'document:regulations-on-administration-of-business-premises-for-internet-access-services',
    name: 'Regulations on Administration of Business Premises for Internet Access Services',
    nameZh: '互联网上网服务营业场所管理条例',
    aliases: [
      'Regulations on the Administration of Business Sites of Internet Access Services',
      'Regulation for Administration of Internet Access Service Places',
      'Regulations on the Administration of Internet Access Service Business Establishments',
      'Decree No. 363 of the State Council',
    ],
    zhShortNames: ['国务院令第363号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2002-08-14',
    promulgated: '2002-09-29',
    effective: '2002-11-15',
    summary:
      'State Council regulations that license internet cafés and other business premises offering internet access to the public, and bar operators and users from acts harming the security of information networks.',
    sources: [
      {
        url: 'http://english.china.org.cn/business/laws_regulations/2007-06/22/content_1214798.htm',
        title: 'China.org.cn',
        quote:
          '(Adopted at the 62nd Executive Meeting of the State Council on\nAugust 14, 2002, promulgated by Decree No. 363 of the State Council\nof the People\'s Republic of China on September 29, 2002, and\neffective as of November 15, 2002) … Article 2 As used in these Regulations, the\nterm "business premises for Internet access services" refers to\nbusiness premises such as Internet bars or computer lounges where\nInternet access services are provided to the general public by\nmeans of computers or other devices.',
        supports: ['kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary', 'aliases'],
      },
      {
        url: 'https://english.court.gov.cn/2015-09/11/c_761575_2.htm',
        title: 'Supreme People’s Court (english.court.gov.cn)',
        quote:
          'Regulations on Administration of Business Premises for Internet Access Services\nChapter II Establishment\nArticle 7The State adopts the license system for the business activities conducted by the units operating business premises for Internet access services.',
        supports: ['name', 'summary'],
      },
      {
        url: 'https://www.chinadaily.com.cn/m/supremepeoplescourt/2015-09/11/content_21845463_3.htm',
        title: 'China Daily (Supreme People’s Court)',
        quote:
          'Article 15All units operating business premises for Internet access services and consumers of Internet access services shall not conduct any of the following activities that harm the security of information networks:',
        supports: ['summary'],
      },
      {
        url: 'http://www.zlcool.com/yy/6/e9504.html',
        title: 'zlcool.com (法律英语)',
        quote:
          '互联网上网服务营业场所管理条例 Regulations on the Administration of Business Sites of Internet Access Services … 国务院令第363号\n颁布日期:20020929 实施日期:20021115 颁布单位:国务院\nOrder [2002] No.363 of the State Council\nSeptember 29, 2002',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'effective', 'zhShortNames'],
      },
      {
        url: 'https://spanish.lehmanlaw.com/centro-de-busqueda/leyes-y-regulaciones/information-technology/regulation-for-administration-of-internet-access-service-places-2002.html',
        title: 'Lehman, Lee & Xu',
        quote: 'Regulation for Administration of Internet Access Service Places - 2002\n\n(Promulgated by the State Council on September 29, 2002)',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.cecc.gov/publications/commission-analysis/chinese-authorities-consider-loosening-some-restrictions-on',
        title: 'Congressional-Executive Commission on China',
        quote:
          'ministry officials stated that there are plans to amend the "Regulations on the Administration of Internet Access Service Business Establishments" following the completion of the campaign to "rectify" Internet cafes.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────────────────────── Price Law (1997) ─────────────────────────────
  {
    id: 'document:price-law',
    name: 'Price Law',
    nameZh: '价格法',
    aliases: ['Pricing Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1997-12-29',
    promulgated: '1997-12-29',
    effective: '1998-05-01',
    summary:
      'China’s law on pricing by business operators and by government: most prices are set by the market, a few are government-guided or government-set, with price supervision and legal liability.',
    sources: [
      {
        url: 'http://asianlii.org/cn/legis/cen/laws/pl79',
        title: 'AsianLII',
        quote:
          "PRICE LAW\n\nCategory  PRICE Organ of Promulgation  The Standing Committee of the National People's Congress Status of Effect  In Force\nDate of Promulgation  1997-12-29 Effective Date  1998-05-01  \n\nPrice Law of the People's Republic of China … (Adopted at the 29th Meeting of the Standing Committee of the Eighth National People's Congress on December 29, 1997 and promulgated by Order No. 92 of the President of the People's Republic of China)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.cjycost.com/template/pageView.thtml?content_id=733',
        title: 'cjycost.com',
        quote: '《中华人民共和国价格法》已由中华人民共和国第八届全国人民代表大会常务委员会第二十九次会议于1997年12月29日通过,现予公布,自1998年5月1日起施行。',
        supports: ['nameZh', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://iolaw.cssn.cn/ywb/ywflfg/economiclaw/201512/t20151217_4637749.shtml',
        title: 'Institute of Law, Chinese Academy of Social Sciences',
        quote:
          "Pricing Law of the People's Republic of China\n\n(Adopted at the 29th Meeting of the Standing Committee of the Eighth National People’s Congress on December 29, 1997 and promulgated by Order No. 92 of the President of the People’s Republic of China on December 29, 1997)",
        supports: ['aliases', 'adopted', 'promulgated'],
      },
      {
        url: 'http://hk.lexiscn.com/law/law-english-1-1311124-T.html',
        title: 'LexisNexis China',
        quote:
          'Chapter II Price Acts of Operators\nChapter III Pricing Acts of the Government\nChapter IV Control over the General Price Level\nChapter V Supervision and Inspection over Prices\nChapter VI Legal Liability … Prices of most commodities and services shall be market-adjusted prices and prices of a very small number of commodities and services shall be government-guided prices or government-set prices.',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Clearly marked prices and price fraud (SAMR, 2022) ─────────────
  {
    id: 'document:provisions-on-clearly-marked-prices-and-prohibition-of-price-fraud',
    name: 'Provisions on Clearly Marked Prices and Prohibition of Price Fraud',
    nameZh: '明码标价和禁止价格欺诈规定',
    aliases: [
      'Provisions for the Clear Marking of Prices and the Prohibition of Price Fraud',
      'Provisions on Clear Price Marking and Prohibition of Price Fraud',
      'Provisions on Clearly Marking Prices and Prohibiting Price Frauds',
      'Regulations on Clearly Marking Prices and Prohibiting Price Gouging',
      'Order of SAMR No.56',
    ],
    zhShortNames: ['国家市场监督管理总局令第56号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2022-04-14',
    effective: '2022-07-01',
    summary:
      'SAMR rules, made under the Price Law, on how business operators must mark prices and which false or misleading price practices count as price fraud, with duties for marketplaces and online platforms.',
    relations: [{ type: 'based_on', target: 'document:price-law', source: 0 }],
    sources: [
      {
        url: 'https://chinalawandpractice.com/2023/04/24/provisions-for-the-clear-marking-of-prices-and-the-prohibition-of-price-fraud',
        title: 'China Law & Practice',
        quote:
          'Provisions for the Clear Marking of Prices and the Prohibition of Price Fraud\n\n明码标价和禁止价格欺诈规定 … (Promulgated by the State Administration for Market Regulation on April 14, 2022 and effective as of July 1, 2022.) … Order of SAMR No.56 … Article 1:   These Provisions have been formulated pursuant to laws and administrative regulations such as the PRC Pricing Law',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://techlife.app/archives/the-state-administration-of-market-supervision-promulgated-the-provisions-on-clearly-marked-prices-and-prohibition-of-price-fraud.html',
        title: 'techlife.app',
        quote:
          'recently, The State Administration of market supervision has promulgated the provisions on clearly marked prices and prohibition of price fraud (hereinafter referred to as the provisions).',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://cms.law/en/chn/publication/overview-on-the-provisions-on-clear-price-marking-and-prohibition-of-price-fraud',
        title: 'CMS',
        quote:
          'On 1 July 2022 the Provisions on Clear Price Marking and Prohibition of Price Fraud ("Provisions") promulgated by the State Administration for Market Regulation took effect. … The term “Price Fraud” refers to the act of a business operator of seducing consumers or other trading parties to conduct deals with such business operator by using false or misleading price methods.\n\n2. Article 4 of the Provisions also imposes obligations on outlets, shopping malls, marketplaces and e-commerce platforms',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://yzwku.com/docdown/900470.html',
        title: 'yzwku.com (中英文对照版)',
        quote:
          '明码标价和禁止价格欺诈规定ProvisionsonClearlyMarkingPricesandProhibitingPriceFrauds制定机关:国家市场监督管理总局发文字号:国家市场监督管理总局令第56号公布日期:2022.04.14施行日期:2022.07.01效力位阶:部门规章',
        supports: ['nameZh', 'aliases', 'kind', 'issuers', 'promulgated', 'effective', 'zhShortNames'],
      },
      {
        url: 'https://digitalpolicyalert.org/event/5012-adopted-regulations-on-clearly-marking-prices-and-prohibiting-price-gouging',
        title: 'Digital Policy Alert',
        quote:
          "On 14 April 2022, China's State Administration for Market Regulation (SAMR) adopted the Regulations on Clearly Marking Prices and Prohibiting Price Gouging. The Regulations set out the conditions which have to be met for prices to be labelled clearly.",
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },

  // ───────────────────────────── Securities Law (1998; revised 2019) ─────────────────────────────
  {
    id: 'document:securities-law',
    name: 'Securities Law',
    nameZh: '证券法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1998-12-29',
    promulgated: '1998-12-29',
    effective: '1999-07-01',
    // Revised in 2005 and 2019, amended in 2004, 2013 and 2014; the 2019 revision took effect on 1 March 2020.
    amended: ['2004-08-28', '2005-10-27', '2013-06-29', '2014-08-31', '2019-12-28'],
    summary:
      'China’s law on offering and trading stocks, corporate bonds and other securities; since its 2019 revision it also reaches offerings and trading outside China that harm domestic investors.',
    sources: [
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/sl151',
        title: 'AsianLII',
        quote:
          "SECURITIES LAW\n\nCategory  SECURITIES Organ of Promulgation  The Standing Committee of the National People's Congress Status of Effect  In Force\nDate of Promulgation  1998-12-29 Effective Date  1999-07-01  \n\nSecurities Law of the People's Republic of China … (Adopted at the 6th Meeting of the Standing Committee of the 9th\n\nNational People's Congress on December 29, 1998 and promulgated by\nOrder No. 12 of the President of the People's Republic of China on\nDecember 29, 1998)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.ca-pgc.org/ywb/lar/202006/t20200630_2865669.shtml',
        title: 'China Association of Public Companies (ca-pgc.org)',
        quote:
          "The Securities Law of the People's Republic of China, as adopted at the 15th Session of the Standing Committee of the Thirteenth National People's Congress of the People's Republic of China on December 28, 2019, is hereby issued, and shall come into force on March 1, 2020. … amended for the first time in accordance with the Decision to Amend the Securities Law of the People's Republic of China adopted at the 11th Session of the Standing Committee of the Tenth National People's Congress on August 28, 2004; amended for the first time at the 18th Session of the Standing Committee of the Tenth National People's Congress on October 27, 2005",
        supports: ['name', 'issuers', 'amended'],
      },
      {
        url: 'https://lawyerzone.cn/laws/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E8%AF%81%E5%88%B8%E6%B3%95',
        title: 'lawyerzone.cn',
        quote:
          '中华人民共和国证券法\n\nDecember 28, 2019\n\n1998年12月29日 第九届全国人民代表大会常务委员会第六次会议通过\n\n2004年8月28日 第十届全国人民代表大会常务委员会第十一次会议《关于修改〈中华人民共和国证券法〉的决定》第一次修正\n\n2005年10月27日 第十届全国人民代表大会常务委员会第十八次会议第一次修订\n\n2013年6月29日 第十二届全国人民代表大会常务委员会第三次会议《关于修改〈中华人民共和国文物保护法〉等十二部法律的决定》第二次修正\n\n2014年8月31日 第十二届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国保险法〉等五部法律的决定》第三次修正\n\n2019年12月28日 第十三届全国人民代表大会常务委员会第十五次会议第二次修订)',
        supports: ['nameZh', 'issuers', 'adopted', 'amended'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/securities-law-of-china-20191229/intro',
        title: 'China Justice Observer',
        quote:
          'The Securities Law was promulgated in 1998, and amended in 2004, 2005, 2013, 2014 and 2019 respectively. The latest revision entered into force on March 1, 2020. … 1.This Law shall apply to the offering and trading of stocks, corporate bonds, depositary receipts and other securities lawfully recognized by the State Council within the territory of China.(Article 2)\n2.Offering and trading of securities outside the People’s Republic of China which disrupt the domestic market order of the People’s Republic of China and harm the legitimate rights and interests of domestic investors shall be dealt with pursuant to the relevant provisions of this Law',
        supports: ['name', 'status', 'promulgated', 'amended', 'summary'],
      },
    ],
  },

  // ───────────── Thresholds for notifying concentrations of undertakings (State Council, 2008) ─────────────
  {
    id: 'document:provisions-of-state-council-on-thresholds-for-notification-of-concentrations-of-undertakings',
    name: 'Provisions of the State Council on Thresholds for the Notification of Concentrations of Undertakings',
    nameZh: '国务院关于经营者集中申报标准的规定',
    aliases: [
      'Provisions of the State Council on Thresholds for Prior Notification of Concentrations of Undertakings',
      'Provisions of the State Council on Thresholds for the Declaration of Concentrations of Undertakings',
      'Provisions of the State Council on the Notification Threshold for Concentrations of Undertakings',
      'Provisions of the State Council on the Notification Thresholds of Concentrations of Undertakings',
      'Provisions of the State Council on the Thresholds for Declaring Concentration of Business Operators',
      'Rules of the State Council on Declaration Thresholds for Concentration of Undertakings',
      'Provisions on the Notification Standards for Concentration of Undertakings',
      'Decree No. 529 of the State Council',
    ],
    zhShortNames: ['国务院令第529号', '国务院令第773号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2008-08-01',
    promulgated: '2008-08-03',
    effective: '2008-08-03',
    // Revised by Decree No. 703 (2018) and Decree No. 773 of 22 January 2024, released on 26 January 2024.
    amended: ['2018-09-18', '2024-01-22'],
    summary:
      'State Council turnover thresholds above which a concentration of undertakings must be notified in advance to the anti-monopoly law enforcement agency; the 2024 revision raised them to RMB 12 billion worldwide or 4 billion in China, with RMB 800 million for each of two parties in China.',
    relations: [{ type: 'based_on', target: 'document:anti-monopoly-law', source: 0 }],
    sources: [
      {
        url: 'http://sadc.net.cn/sadclist/newsshow.php?id=28221',
        title: 'sadc.net.cn',
        quote:
          '中华人民共和国国务院令\n第773号\n《国务院关于经营者集中申报标准的规定》已经2023年12月29日国务院第22次常务会议修订通过,现予公布,自公布之日起施行。\n总理李强\n2024年1月22日\n国务院关于经营者集中申报标准的规定\n(2008年8月3日中华人民共和国国务院令第529号公布根据2018年9月18日《国务院关于修改部分行政法规的决定》第一次修订2024年1月22日中华人民共和国国务院令第773号第二次修订)\n第一条为了明确经营者集中的申报标准,根据《中华人民共和国反垄断法》,制定本规定。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'amended', 'relations', 'zhShortNames'],
      },
      {
        url: 'https://cpahkltd.com/index.php?c=show&id=100781',
        title: 'cpahkltd.com',
        quote:
          "Decree of the State Council of the People's Republic of China\nNo.529\nProvisions of the State Council on Thresholds for Prior Notification of Concentrations of Undertakings adopted at the 20th Executive Meeting of the State Council on August 1, 2008 are hereby promulgated and shall be effective as of the date of promulgation.\nPremier, Wen Jiabao August 3, 2008",
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://hsfnotes.com/crt/?c=china',
        title: 'Herbert Smith Freehills',
        quote:
          'On 26 January 2024, the State Council of China released its long-awaited and increased turnover thresholds for mandatory merger notifications in the Provisions of the State Council on Thresholds for the Notification of Concentrations of Undertakings (“2024 Thresholds”).',
        supports: ['name', 'issuers', 'amended'],
      },
      {
        url: 'https://haynesboone.com/news/alerts/china-increases-filing-thresholds-for-antitrust-merger-review',
        title: 'Haynes Boone',
        quote:
          'The State Council released the "Provisions of the State Council on Thresholds for the Declaration of Concentrations of Undertakings" (Revised in 2024) (《国务院关于经营者集中申报标准的规定(2024年修订)》) (the “2024 Thresholds”) on Jan. 26, 2024, effective immediately. … i. (a) The combined worldwide turnover of all undertakings to the concentration exceeds RMB 12 billion (approx. US$1.7 billion) (increased from RMB 10 billion) or (b) the combined turnover in China of all undertakings to the concentration exceeds RMB 4 billion … In either of the above scenarios, at least two of the undertakings to the concentration have turnover in China that exceed RMB 800 million',
        supports: ['nameZh', 'aliases', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://cms-lawnow.com/es/ealerts/2024/02/china-issues-new-notification-threshold-for-merger-control-filings',
        title: 'CMS Law-Now',
        quote:
          'The State Council of China recently revised and published the Provisions of the State Council on the Notification Threshold for Concentrations of Undertakings, which went into effect on 22 January 2024, the date of the announcement.',
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'http://www.dhl.com.cn/EN/tansuocontent/0008/020044/7.aspx?MID=0902',
        title: 'dhl.com.cn (merger control Q&A)',
        quote:
          'The Provisions of the State Council on the Notification Thresholds of Concentrations of Undertakings (August 3, 2008) ("Notification Thresholds Provisions") regulates the turnover thresholds of merger control filing.',
        supports: ['aliases', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.inhouselawyer.co.uk/practice-areas/merger-control-4th-edition/china-merger-control-4th-edition/',
        title: 'The In-House Lawyer',
        quote:
          "It is governed by the Anti-Monopoly Law of the People's Republic of China[1] (“AML”) and relevant regulations and rules, including the Provisions of the State Council on the Thresholds for Declaring Concentration of Business Operators.[2] … [2] Decree No. 529 of the State Council, adopted on August 1, 2008 and has taken effect as of August 3, 2008 (afterward amended according to Decree No. 703 of the State Council on September 18, 2018).",
        supports: ['aliases', 'adopted', 'effective', 'amended'],
      },
      {
        url: 'https://www.deacons.com/2024/02/07/new-declaration-thresholds-for-concentration-of-undertakings/',
        title: 'Deacons',
        quote:
          'The State Council promulgated the “Rules of the State Council on Declaration Thresholds for Concentration of Undertakings” (“Rules”) on 26 January 2024, revising the declaration thresholds for concentrations of undertakings that have been unchanged for more than 15 years since 2008.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://newsflash.city/2402/69be4ca72fcc85c5.html',
        title: 'newsflash.city',
        quote:
          'On January 26, 2024, the new Provisions on the Notification Standards for Concentration of Undertakings were promulgated and came into effect. The new standard raises the threshold for undertakings to declare the concentration of undertakings to the anti-monopoly law enforcement agency',
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://epaper.gmw.cn/gmrb/html/2024-01/27/nw.D110000gmrb_20240127_2-02.htm',
        title: '光明日报 (Xinhua)',
        quote:
          '根据我国现阶段经济发展情况,修订后的《规定》进一步提高经营者集中营业额申报标准: … 一是将参与集中的所有经营者上一会计年度的全球合计营业额标准,由现行超过100亿元人民币提高至超过120亿元人民币; … 二是将参与集中的所有经营者上一会计年度的中国境内合计营业额标准,由现行超过20亿元人民币提高至超过40亿元人民币; … 三是将参与集中的所有经营者中至少两个经营者上一会计年度的中国境内营业额标准,由现行均超过4亿元人民币提高至均超过8亿元人民币。',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Review of concentrations of undertakings (SAMR, 2023) ─────────────
  {
    id: 'document:provisions-on-review-of-concentrations-of-undertakings',
    name: 'Provisions on the Review of Concentrations of Undertakings',
    nameZh: '经营者集中审查规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2023-03-10',
    effective: '2023-04-15',
    summary:
      'SAMR’s rules for its anti-monopoly review of mergers and acquisitions, incl. review delegated to provincial regulators and remedies such as platform access, licensing key technology or changing platform rules or algorithms.',
    relations: [
      { type: 'based_on', target: 'document:anti-monopoly-law', source: 1 },
      { type: 'based_on', target: 'document:provisions-of-state-council-on-thresholds-for-notification-of-concentrations-of-undertakings', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/a/china-amends-rules-on-review-of-concentrations-of-undertakings',
        title: 'China Justice Observer',
        quote:
          'On 10 Mar. 2023, China’s State Administration for Market Regulation (SAMR) issued the amended Provisions on the Review of Concentrations of Undertakings (hereinafter the “Provisions”, 经营者集中审查规定). … the parties involved in the concentration may submit to the SAMR a proposal for commitments to impose a restriction, including behavioral restrictions such as (i) granting access to a network, a platform, or any other infrastructure; (ii) licensing a key technology (including patents, proprietary technologies, and other intellectual property); … (v) modifying platform rules or algorithms',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://flfgsc.cn/law/%e7%bb%8f%e8%90%a5%e8%80%85%e9%9b%86%e4%b8%ad%e5%ae%a1%e6%9f%a5%e8%a7%84%e5%ae%9a-2023%e5%b9%b4',
        title: '经营者集中审查规定(2023年)',
        quote:
          '经营者集中审查规定(2023年)\n第一章 总则\n第一条\n为了规范经营者集中反垄断审查工作,根据《中华人民共和国反垄断法》(以下简称反垄断法)和《国务院关于经营者集中申报标准的规定》,制定本规定。\n第二条\n国家市场监督管理总局(以下简称市场监管总局)负责经营者集中反垄断审查工作,并对违法实施的经营者集中进行调查处理。\n市场监管总局根据工作需要,可以委托省、自治区、直辖市市场监督管理部门(以下称省级市场监管部门)实施经营者集中审查。',
        supports: ['nameZh', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.allbrightlaw.com/EN/10531/569372348689388b.aspx',
        title: 'AllBright Law Offices',
        quote:
          'on March 10, 2023, the State Administration for Market Regulation issued the following four supporting rules for the New Anti-monopoly Law, and which shall become effective on April 15, 2023: … 4. Regulations on the Examination of Concentration of Business Operators.',
        supports: ['effective'],
      },
    ],
  },
];
