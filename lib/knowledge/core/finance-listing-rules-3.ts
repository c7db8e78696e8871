import type { AuthorityVariant, CoreInstrument } from './types';

/**
 * Capital-markets and foreign-investment instruments China TMT pages cite when a tech company
 * lists abroad or takes foreign money: the CSRC's 2023 overseas-listing filing measures and the
 * confidentiality and archives provisions that came with them (and the 2009 provisions they
 * replaced), the Foreign Investment Law's implementing regulation, the 2020 security review of
 * foreign investment, and the 2022 catalogue of industries where foreign investment is encouraged;
 * also the 1994 State Council provisions on listing abroad and the 2021 drafts the Trial Measures
 * replaced, the central bank law the payment and credit-reporting rules are made under, the 2021
 * negative list (the first to reach overseas listings) and the PBOC's 2022–2025 fintech plan; the
 * 2006 rules on foreign M&A and the 2011 notice that began the security review of it; the Archives Law.
 */
export const CORE_FINANCE_LISTING_RULES_3: CoreInstrument[] = [
  // ───────────── CSRC overseas-listing filing measures (2023) ─────────────
  {
    id: 'document:trial-administrative-measures-of-overseas-securities-offering-and-listing-by-domestic-companies',
    name: 'Trial Administrative Measures of Overseas Securities Offering and Listing by Domestic Companies',
    nameZh: '境内企业境外发行证券和上市管理试行办法',
    aliases: [
      'Trial Administrative Measures of Overseas Securities Offerings and Listings by Domestic Companies',
      'Trial Measures for the Administration of Overseas Securities Offering and Listing by Domestic Enterprises',
      'Interim Measures for the Administration of Overseas Securities Offering and Listing by Domestic Enterprises',
      'Trial Measures for the Administration of Overseas Issuance and Listing of Securities by Domestic Enterprises',
      'Trial Measures for the Management of Overseas Issuance of Securities and Listing by Domestic Enterprises',
      'Trial Measures for the Administration of Domestic Enterprises Overseas Securities Issuance and Listing',
      'Measures for the Administration of Overseas Securities Offerings and Listings by Domestic Companies',
    ],
    zhShortNames: ['管理试行办法'],
    // Issued as a CSRC announcement ([2023] No. 43) with the State Council's approval, not as a CSRC order.
    kind: 'normative_document',
    status: 'final',
    issuers: ['csrc'],
    promulgated: '2023-02-17',
    effective: '2023-03-31',
    summary:
      'The CSRC’s filing regime for overseas securities offerings and listings by domestic companies: a filing with the CSRC, with a filing report and a legal opinion, and a negative list system.',
    relations: [{ type: 'based_on', target: 'document:securities-law', source: 1 }],
    sources: [
      {
        url: 'https://csrcare.com/Law/Show?id=229361',
        title: 'csrcare.com',
        quote:
          '境内企业境外发行证券和上市管理试行办法\n中国证券监督管理委员会公告(〔2023〕43号)\n经国务院批准,现公布《境内企业境外发行证券和上市管理试行办法》,自2023年3月31日起施行。\n中国证监会\n2023年2月17日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=229361',
        title: 'csrcare.com',
        quote:
          "Interim Measures for the Administration of Overseas Securities Offering and Listing by Domestic Enterprises\nAnnouncement of the China Securities Regulatory Commission\n(No. 43 [2023])\nWith approval of the State Council, the Interim Measures for the Administration of Overseas Securities Offering and Listing by Domestic Enterprises are hereby issued, and shall come into force on the March 31, 2023. … Article 1 These Measures are developed in accordance with the Securities Law of the People's Republic of China and other laws",
        supports: ['aliases', 'kind', 'issuers', 'effective', 'relations'],
      },
      {
        url: 'https://comfastcdn.com/EN/10531/d0743ccba7a58850.aspx',
        title: 'comfastcdn.com (law firm alert)',
        quote:
          'On February 17, 2023, China Securities Regulatory Commission (CSRC) released new regulations for the filing-based administration of overseas securities offering and listing by domestic companies, including the Trial Administrative Measures of Overseas Securities Offering and Listing by Domestic Companies (the “Trial Measures”) and 5 supporting guidelines. The regulations came into effect on March 31, 2023. … a domestic company that seeks overseas offering and listing shall fulfill the filing procedure with CSRC, submit relevant materials that contain a filing report and a legal opinion … The Trial Measures also create a negative list system.',
        supports: ['name', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://dahuilawyers.com/en/news-insights/china-issues-new-measures-for-overseas-securities-offerings-and-listings-by-prc-companies',
        title: 'DaHui Lawyers',
        quote:
          'On 17 February 2023, the China Securities Regulatory Commission (“CSRC”) released the Trial Administrative Measures of Overseas Securities Offerings and Listings by Domestic Companies, as well as a series of supporting guidelines (together, “Trial Measures”), which will take effect on 31 March 2023.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.leetsai.com/ma-cross-border-investment/new-rules-for-overseas-securities-offering-and-listing-by-domestic-enterprises-launched',
        title: 'leetsai.com',
        quote:
          'On February 17, 2023, the China Securities Regulatory Commission (“CSRC”) promulgated the Trial Measures for the Administration of Overseas Securities Offering and Listing by Domestic Enterprises and five supporting guidelines (hereinafter referred to as “New Rules”), which came into effect on March 31, 2023.',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://fivethings.bilby.ai/issuance-and-implementation-of-the-rules-of-the-overseas-listing-filing-management-system/amp',
        title: 'bilby.ai',
        quote:
          'There are 6 rules and regulations issued this time, including the Trial Measures for the Administration of Overseas Issuance and Listing of Securities by Domestic Enterprises (hereinafter referred to as the Trial Measures for Administration) and 5 supporting guidelines.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.searchfx.cc/industry/detail/236',
        title: 'searchfx.cc',
        quote:
          'There are six institutional rules issued this time, including the "Trial Measures for the Management of Overseas Issuance of Securities and Listing by Domestic Enterprises" (hereinafter referred to as the "Trial Measures for Management") and five supporting guidelines.',
        supports: ['aliases'],
      },
      {
        url: 'https://chonglilaw.com/newsinfo/7337809.html',
        title: 'Chongli Law Firm',
        quote:
          'The Trial Measures for the Administration of Domestic Enterprises Overseas Securities Issuance and Listing ("Administration Measures "), issued by the China Securities Regulatory Commission ("CSRC"), became effective on March 31, 2023.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://chipo.hk/how-to-prepare-a-data-security-assessment-report-for-an-offshore-listing-filing/',
        title: 'China IPO Watch (chipo.hk)',
        quote:
          'Since the effective date of the Measures for the Administration of Overseas Securities Offerings and Listings by Domestic Companies (《境内企业境外发行证券和上市管理试行办法》, or the “Filing Rules”) on 31 March 2023',
        supports: ['aliases', 'nameZh', 'effective'],
      },
      {
        url: 'https://comfastcdn.com/CN/10475/6efd3b91f6c0ccd8.aspx',
        title: 'comfastcdn.com (law firm article)',
        quote:
          '境外上市新规将于2023年3月31日起正式施行 … 《境内企业境外发行证券和上市管理试行办法》(以下简称“《管理试行办法》”)第九条规定:“境内企业境外发行上市活动,应当严格遵守外商投资、网络安全、数据安全等国家安全法律、行政法规和有关规定',
        supports: ['nameZh', 'zhShortNames', 'effective'],
      },
      {
        url: 'https://csrcare.com/Law/Show?id=229361',
        title: 'csrcare.com',
        quote:
          '第二条 境内企业直接境外发行上市,是指在境内登记设立的股份有限公司境外发行上市。\n境内企业间接境外发行上市,是指主要经营活动在境内的企业,以在境外注册的企业的名义,基于境内企业的股权、资产、收益或其他类似权益境外发行上市。',
        supports: ['summary'],
      },
    ],
  },

  // ───── Confidentiality and archives provisions for overseas listings (2023) ─────
  {
    id: 'document:provisions-on-strengthening-confidentiality-and-archives-administration-of-overseas-securities-offering-and-listing-by-domestic-companies',
    name: 'Provisions on Strengthening Confidentiality and Archives Administration of Overseas Securities Offering and Listing by Domestic Companies',
    nameZh: '关于加强境内企业境外发行证券和上市相关保密和档案管理工作的规定',
    zhShortNames: ['保密新规'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['csrc', 'mof', 'national-administration-of-state-secrets-protection', 'saa'],
    // Allen & Overy gives 24 February 2023 as the day of issue; KWM gives 25 February.
    promulgated: '2023-02-24',
    effective: '2023-03-31',
    summary:
      'CSRC, MOF, state-secrets and archives rules for Chinese companies listing abroad: state secrets and government work secrets given to advisers or overseas regulators need approval, and working papers made in China stay in China.',
    relations: [{ type: 'amends', target: 'document:provisions-on-strengthening-confidentiality-and-archives-administration-for-overseas-securities-offering-and-listing-2009', source: 0 }],
    sources: [
      {
        url: 'https://www.allenovery.com/en-gb/global/news-and-insights/publications/china-refreshes-the-regulation-on-archives-administration-in-relation-to-overseas-listings',
        title: 'Allen & Overy',
        quote:
          'the China Securities Regulatory Commission (CSRC), Ministry of Finance, National Administration of State Secrets Protection (NASSP) and National Archives Administration of China jointly issued on 24 February 2023 the revised Provisions on Strengthening Confidentiality and Archives Administration of Overseas Securities Offering and Listing by Domestic Companies (Regulation 44 (2023)), which will supersede the 2009 version ((Regulation 29 (2009)) by the end of March 2023.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://yzcslt.com/n/a47533.html',
        title: 'yzcslt.com (观点新媒体)',
        quote:
          '2月24日,中国证券监督委员会发布《关于加强境内企业境外发行证券和上市相关保密和档案管理工作的规定》。 … 境内企业向有关证券公司、证券服务机构、境外监管机构等单位和个人提供、公开披露,或者通过其境外上市主体等提供、公开披露涉及国家秘密、国家机关工作秘密的文件、资料的,应当依法报有审批权限的主管部门批准 … 为境内企业境外发行上市提供相应服务的证券公司、证券服务机构在境内形成的工作底稿应当存放在境内。 … 上述规定自2023年3月31日起施行。',
        supports: ['nameZh', 'effective', 'summary'],
      },
      {
        url: 'https://www.kwm.com/cn/zh/insights/latest-thinking/interpretation-of-new-rules-on-confidentiality-and-file-management-in-overseas-listing.html',
        title: 'King & Wood Mallesons',
        quote:
          '2023年2月25日,中国证监会联合财政部、国家保密局、国家档案局对《关于加强在境外发行证券与上市相关保密和档案管理工作的规定》(证监会公告〔2009〕29号)进行了修订,形成了《关于加强境内企业境外发行证券和上市相关保密和档案管理工作的规定》(简称“保密新规”)。\n\n保密新规作为《境内企业境外发行证券和上市管理试行办法》(简称“境外上市新规”)的配套文件之一,亦将于2023年3月31日生效。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'effective'],
      },
    ],
  },

  // ───── Confidentiality and archives provisions for overseas listings (2009; replaced 2023) ─────
  {
    id: 'document:provisions-on-strengthening-confidentiality-and-archives-administration-for-overseas-securities-offering-and-listing-2009',
    name: 'Provisions on Strengthening Confidentiality and Archives Administration for Overseas Securities Offering and Listing',
    nameZh: '关于加强在境外发行证券与上市相关保密和档案管理工作的规定',
    kind: 'normative_document',
    status: 'final',
    issuers: ['csrc', 'national-administration-of-state-secrets-protection', 'saa'],
    repealed: '2023-03-31',
    summary:
      'The 2009 CSRC, state-secrets and archives rules on confidentiality and archives for companies issuing shares abroad (CSRC Announcement [2009] No. 29), applying to directly listed companies such as H-share issuers; repealed when the 2023 provisions took effect.',
    sources: [
      {
        url: 'http://www.csrc.gov.cn/csrc_en/c102030/c2274405/content.shtml',
        title: 'China Securities Regulatory Commission',
        quote:
          'What is the main consideration for revising the Provisions on Strengthening Confidentiality and Archives Administration for Overseas Securities Offering and Listing (Announcement No. 29 [2009]) at the current time?\n\n    CSRC Official: The Provisions played a positive role in promoting confidentiality and archives administration related to overseas securities offering and listing since it was first released in 2009.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://yzcslt.com/n/a47533.html',
        title: 'yzcslt.com (观点新媒体)',
        quote: '上述规定自2023年3月31日起施行。《关于加强在境外发行证券与上市相关保密和档案管理工作的规定》(证监会公告〔2009〕29号)同时废止。',
        supports: ['nameZh', 'kind', 'repealed'],
      },
      {
        url: 'https://www.kwm.com/cn/zh/insights/latest-thinking/interpretation-of-new-rules-on-confidentiality-and-file-management-in-overseas-listing.html',
        title: 'King & Wood Mallesons',
        quote:
          '早在2009年,中国证监会、国家保密局以及国家档案局就曾制定并发布了前述29号文,对境外发行证券及上市所涉及的保密及档案管理工作提出了明确要求。\n\n29号文明确适用的对象是境外直接上市的公司,即发行境外上市外资股(典型如H股)的境内股份有限公司',
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────── Foreign Investment Law implementing regulation (2019) ─────────────
  {
    id: 'document:regulation-for-implementing-the-foreign-investment-law',
    name: 'Regulation for Implementing the Foreign Investment Law',
    nameZh: '外商投资法实施条例',
    aliases: [
      'Implementing Regulations of the Foreign Investment Law',
      'Implementing Regulations for the PRC Foreign Investment Law',
      'Regulations for the Implementation of the Foreign Investment Law',
    ],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2019-12-12',
    promulgated: '2019-12-26',
    effective: '2020-01-01',
    summary:
      'State Council regulation implementing the Foreign Investment Law from 2020: how the negative list for foreign investment access is drawn up and issued, investment promotion and protection, and the administration of foreign investment.',
    relations: [{ type: 'implements', target: 'document:foreign-investment-law', source: 0 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=bb7e08ee6f9a35f4bdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          "Regulation for Implementing the Foreign Investment Law of the People's Republic of China [Effective]\n中华人民共和国外商投资法实施条例 [现行有效]\n\nOrder of the State Council of the People's Republic of China \n\n\n(No. 723) (第723号)\n\nThe Regulation for Implementing the Foreign Investment Law of the People's Republic of China, as adopted at the 74th executive meeting of the State Council on December 12, 2019, is hereby issued, and shall come into force on January 1, 2020. … Article 1 This Regulation is developed in accordance with the Foreign Investment Law of the People's Republic of China",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective', 'relations'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-3670700-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Implementing Regulations of the Foreign Investment Law of the People's Republic of China\n\nOrder of the State Council of the People's Republic of China No. 723\n\nDecember 26, 2019\n\nThe Implementing Regulations of the Foreign Investment Law of the People's Republic of China, which were adopted at the 74th executive meeting of the State Council on December 12, 2019, are hereby issued and shall come into effect as of January 1, 2020.",
        supports: ['aliases', 'kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2020/01/17/implementing-regulations-for-the-prc-foreign-investment-law',
        title: 'China Law & Practice',
        quote:
          'Implementing Regulations for the PRC Foreign Investment Law\n中华人民共和国外商投资法实施条例\nImplementing Rules bring about new corporate structures\n(国务院于二零一九年十二月二十六日公布,自二零二零年一月一日起施行。)\n(Promulgated by the State Council on December 26, 2019 and effective as of January 1, 2020.)',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinaplasticfilm.com/blog/Ministry-Of-Commerce--Regulations-For-The-Implementation-Of-The-Foreign-Investment-Law-Will-Be-Promulgated',
        title: 'chinaplasticfilm.com',
        quote:
          'the Ministry of justice, together with the Ministry of Commerce and the national development and Reform Commission, drafted the regulations for the implementation of the foreign investment law.',
        supports: ['aliases'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=226584',
        title: 'csrcare.com',
        quote:
          'Article 4 The negative list for the access of foreign investment (hereinafter referred to as the “negative list”) shall be proposed by the investment department of the State Council in conjunction with the commerce and other appropriate departments of the State Council, and be reported to and issued by the State Council … Article 2 The state shall encourage and promote foreign investment, protect the lawful rights and interests of foreign investors, regulate the administration of foreign investment',
        supports: ['summary'],
      },
    ],
  },

  // ───────────── Security review of foreign investment (NDRC/MOFCOM, 2020) ─────────────
  {
    id: 'document:measures-for-security-review-of-foreign-investment',
    name: 'Measures for Security Review of Foreign Investment',
    nameZh: '外商投资安全审查办法',
    aliases: [
      'Measures for the Security Review of Foreign Investments',
      'Rules on Security Review of Foreign Investment',
      'Measures on National Security Review of Foreign Investments',
      'Foreign Investment Security Review Measures',
    ],
    abbreviations: ['FINSR Measures'],
    zhShortNames: ['安审办法'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    promulgated: '2020-12-19',
    effective: '2021-01-18',
    summary:
      'NDRC/MOFCOM national security review of foreign investment made under the Foreign Investment Law: a working mechanism led by the two, with investments in defence and, where foreign investors take control, in key sectors such as IT and internet services, financial services and key technologies to be declared before they are made.',
    relations: [{ type: 'based_on', target: 'document:foreign-investment-law', source: 5 }],
    sources: [
      {
        url: 'https://eoasis.rajahtann.com/eoasis/gn/regionnews.asp?c=2&id=989&n=32',
        title: 'Rajah & Tann',
        quote:
          'On 18 January 2021, the Measures for Security Review of Foreign Investment (外商投资安全审查办法) ("SR Measures"), which was jointly issued by the PRC National Development and Reform Commission ("NDRC") and the Ministry of Commerce ("MOFCOM") on 19 December 2020, took effect. … (ii) critical/important non-military sectors where foreign investors may exercise "actual control". The sectors in the second category include agricultural products, energy and resources, equipment manufacturing, infrastructure, transportation services, IT and Internet/online products and services, financial services, and critical technologies.',
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://jp.wuyou-consulting.com/news_view.aspx?fid=t2%3A28%3A2&id=468&typeid=28',
        title: 'Wuyou Consulting',
        quote: '本弁法は2021年1月18日より施行される。\n外商投資安全審査弁法(発展改革委 商務部令\n外商投資安全審査弁法(発展改革委 商務部令2020年第37号)',
        supports: ['kind', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.mondaq.com/china/inward-foreign-investment/1030974/china-fdi-law-update--security-review-of-foreign-investments',
        title: 'Mondaq',
        quote:
          'On December 19, 2020, National Development and Reform Commission, and the Ministry of Commerce of PRC have jointly released the Measures for the Security Review of Foreign Investments  ("Measures"), which will be effective in the coming January, 2021.',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'http://en.shangwuju.tj.gov.cn/NewsRelease/202012/t20201231_5262430.html',
        title: 'Tianjin Municipal Commission of Commerce',
        quote:
          'With the approval of the State Council, on December 19, 2020, the National Development and Reform Commission and the Ministry of Commerce issued the Rules on Security Review of Foreign Investment (hereinafter referred to as the Rules).',
        supports: ['aliases', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.reedsmith.com/en/perspectives/2020/12/chinese-government-issues-measures-on-national-security-review',
        title: 'Reed Smith',
        quote:
          'On 19 December 2020, China’s National Development and Reform Commission (NDRC) and Ministry of Commerce (MOFCOM) jointly issued the Measures on National Security Review of Foreign Investments (the FINSR Measures), with a view to implementing the regime governing the national security review (NSR) of foreign investments, as mandated by the PRC Foreign Investment Law … The FINSR Measures will come into force on 18 January 2021.',
        supports: ['aliases', 'abbreviations', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.cms-lawnow.com/ealerts/2021/01/china-enacts-further-measures-for-security-review-of-foreign-investment?cc_lang=en',
        title: 'CMS',
        quote:
          'On 19 December 2020, the National Development and Reform Commission ("NDRC") and the Ministry of Commerce ("MOFCOM") jointly issued the Measures for Security Review of Foreign Investment (the "Measures"). The Measures took effect on 18 January 2021. … The Measures consist of 23 articles and are made on the basis of existing laws and regulations of the PRC such as the PRC Foreign Investment Law and the PRC State Security Law.',
        supports: ['name', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://solutions-atlantic.com/china-ndrc-foreign-investment-review/',
        title: 'Solutions Atlantic',
        quote:
          'Establishes a foreign investment security review agency, led by CHI NDRC and ministry of commerce, to undertake the daily work of foreign investment security review. … Foreign investors or relevant domestic parties should proactively declare investments that fall within scope of review before they invest',
        supports: ['summary'],
      },
      {
        url: 'https://www.hanspub.org/journal/paperinformation?paperid=78786',
        title: 'Hans Publishers (汉斯出版社)',
        quote: '2020年12月19日我国颁布了《外商投资安全审查办法》(以下简称《安审办法》),进一步细化落实外资安全审查制度。',
        supports: ['nameZh', 'zhShortNames', 'promulgated'],
      },
      {
        url: 'http://www.taokecoco.com/page/2023/1018/23062647.shtml',
        title: '湖南大学学报 (taokecoco.com)',
        quote: 'Abstract:The review criteria under the framework of the Foreign Investment Security Review Measures are too abstract and lack operability',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Encouraged catalogue for foreign investment (2022 edition) ─────────────
  {
    id: 'document:catalogue-of-industries-for-encouraging-foreign-investment-2022',
    name: 'Catalogue of Industries for Encouraging Foreign Investment (2022 Edition)',
    nameZh: '鼓励外商投资产业目录(2022年版)',
    aliases: [
      'Catalogue of Encouraged Industries for Foreign Investment (2022 Version)',
      'Catalog of Industries for Encouraged Foreign Investment (2022 Edition)',
      'Encouraged Foreign Investment Industry Catalogue (2022 Edition)',
    ],
    // The pages found give no order number for it, so it is not ranked as a departmental rule.
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    promulgated: '2022-10-28',
    effective: '2023-01-01',
    summary:
      'NDRC/MOFCOM list of items where foreign investment is encouraged and enjoys preferential treatment (519 in the national catalogue and 955 in the one for the central and western regions), replacing the 2020 edition.',
    sources: [
      {
        url: 'http://jiyuan.gov.cn/gov_special/zsyz/wstz_zsyz/syzy/t905197.html',
        title: 'Jiyuan Municipal People’s Government',
        quote:
          '2022年10月28日,国家发展改革委、商务部联合发布《鼓励外商投资产业目录(2022年版)》(包括全国目录和中西部地区目录)(“鼓励目录”), 将于2023年1月1日施行,2020年版鼓励目录同时废止。\n\nOn October 28, 2022, the National Development and Reform Commission and the Ministry of Commerce  released the Catalogue of Industries for Encouraging Foreign Investment (2022 Edition) (including the National Catalogue and the Central and Western Regions Catalogue) ("Encouragement Catalogue"), which will come into force on January 1, 2023, and the 2020 edition of the Encouragement Catalogue will be abolished at the same time.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.induqin.com/post/china-further-expands-the-encouraged-catalogue-to-boost-foreign-investment',
        title: 'InduQin',
        quote:
          'On October 28, 2022, the National Development and Reform Commission (NDRC) and the Ministry of Commerce (MOFCOM) released the Catalogue of Encouraged Industries for Foreign Investment (2022 Version)(hereafter the “2022 FI Encouraged Catalogue), which will come info force on January 1, 2023. … The newly released 2022 FI Encouraged Catalogue contains a total of 1,474 items (519 in the national catalogue and 955 in the regional catalogue)',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.rsa-tax.com/single-post/china-expands-encouraged-catalogue',
        title: 'RSA Tax',
        quote:
          'The National Development and Reform Commission (NDRC) and the Ministry of Commerce (MOFCOM) have jointly released the Catalog of Industries for Encouraged Foreign Investment (2022 Edition) (the "Catalog"), with effect from January 1, 2023.',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'https://www.chinabankingnews.com/2022/09/20/chinas-state-planning-commission-to-launch-encouraged-foreign-investment-list/',
        title: 'China Banking News',
        quote:
          'On 19 September NDRC spokesperson Meng Wei (孟玮) said that the authority would “make haste to drive the release of the ‘Encouraged Foreign Investment Industry Catalogue (2022 Edition)’ (鼓励外商投资产业目录(2022年版))”.',
        supports: ['aliases', 'nameZh'],
      },
      {
        url: 'https://cathay.global/en/news/china-keeps-on-opening-up-to-foreign-businesses',
        title: 'Cathay Global',
        quote:
          'The Catalogue of Industries for Encouraging Foreign Investmentwhich is one of the main bases for foreign investors and foreign-invested enterprises to enjoy preferential treatment is being revised.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── State Council special provisions on overseas listing (1994; expired) ─────────────
  {
    id: 'document:special-provisions-of-state-council-on-overseas-listing-of-shares-by-joint-stock-companies-1994',
    name: 'Special Provisions of the State Council Concerning the Floatation and Listing Abroad of Stocks by Limited Stock Companies',
    nameZh: '国务院关于股份有限公司境外募集股份及上市的特别规定',
    aliases: [
      'Special Regulations of the State Council Concerning Issuing and Listing of Shares Overseas by Company Limited by Shares',
      'Special Provisions of the State Council on the Floatation and Listing Abroad of Stocks by Joint-stock Limited Companies',
      'Decree No. 160 of the State Council',
    ],
    zhShortNames: ['国务院令第160号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '1994-07-04',
    promulgated: '1994-08-04',
    effective: '1994-08-04',
    // PKULaw marks it expired; the Trial Measures of 2023 replaced it, but no stored page found gives the day.
    summary:
      'State Council Order No. 160 (1994), the basis for H-share and other direct overseas listings by Chinese joint-stock companies, approved by the State Council Securities Commission; now expired.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=cf5cbe5c3e63577fbdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          'Special Provisions of the State Council Concerning the Floatation and Listing Abroad of Stocks by Limited Stock Companies [Expired]\n国务院关于股份有限公司境外募集股份及上市的特别规定 [失效]\n【法宝引证码】\n\n \nOrder of The State Council of the People\'s Republic of China \n\n中华人民共和国国务院令\n\n\n (No. 160)\n \n(第160号)\n\n\nThe "Special Provisions of the State Council Concerning the Floatation and Listing Abroad of Stocks by Limited Stock Companies\' was adopted at the 22nd executive meeting of the State Council on July 4, 1994 and is hereby promulgated for implementation starting from the date of promulgation.\n \n《国务院关于股份有限公司境外募集股份及上市的特别规定》已经1994年7月4日国务院第22次常务会议通过,现予发布,自发布之日起施行。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'http://www.for68.com/new/2006/5/pa54844758561615600230780-0.html',
        title: 'for68.com',
        quote:
          "国务院关于股份有限公司境外募集股份及上市的特别规定 SPECIAL REGULATIONS OF THE STATE COUNCIL CONCERNING ISSUING AND LISTING OF SHARES OVERSEAS BY COMPANY LIMITED BY SHARES … 国务院令第160号\n(Adopted at the 22nd Executive Meeting of the State Council on July 4, 1994, promulgated by Decree No. 160 of the State Council of the People's Republic of China on August 4, 1994 and effective as of the date of promulgation) … Article 2 After being approved by the Securities Commission of the State Council, the company limited by shares may issue shares to designated or non-designated investors overseas and its shares may be listed overseas.",
        supports: ['aliases', 'nameZh', 'kind', 'issuers', 'adopted', 'promulgated', 'effective', 'summary', 'zhShortNames'],
      },
      {
        url: 'http://fsou.com/html/text/art/3356148/335614820_1.html',
        title: '法搜网 (fsou.com)',
        quote:
          'In accordance with Article 85 of the PRC Company Law (1993)[28], the PRC State Council enacted the Special Provisions of the State Council on the Floatation and Listing Abroad of Stocks by Joint-stock Limited Companies (hereinafter the Special Provisions on Direct Overseas Listing) [29]; In accordance with the Special Provisions on Direct Overseas Listing, the SCSC, the CSRC and relevant competent authorities severally or jointly promulgated several other regulatory documents that lay down specific requirements for H-share companies',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ───── Draft State Council provisions on overseas listing (CSRC, December 2021) ─────
  {
    id: 'document:provisions-of-state-council-on-administration-of-overseas-securities-offering-and-listing-by-domestic-companies-draft-2021',
    name: 'Provisions of the State Council on the Administration of Overseas Securities Offering and Listing by Domestic Companies',
    nameZh: '国务院关于境内企业境外发行证券和上市的管理规定',
    aliases: ['Provisions of the State Council on the Administration of Securities Issuance and Listing by Domestic Enterprises Abroad'],
    kind: 'administrative_regulation',
    status: 'draft',
    issuers: ['csrc'],
    promulgated: '2021-12-24',
    summary:
      'Draft State Council provisions the CSRC published for comment on 24 December 2021, with the draft filing measures, under which Chinese businesses would file with the CSRC when pursuing overseas listings.',
    sources: [
      {
        url: 'https://www.mondaq.com/china/securities/1153938/china-puts-vie-structured-overseas-listings-under-regulatory-spotlight?type=mondaqai&score=49',
        title: 'Mondaq (Ropes & Gray)',
        quote:
          'On December 24, 2021, the China Securities Regulatory Commission (“CSRC”) released for public comments Provisions of the State Council on the Administration of Overseas Securities Offering and Listing by Domestic Companies (Draft for Comments) and Administrative Measures for the Filing of Overseas Securities Offering and Listing by Domestic Companies (Draft for Comments)1 (the “Draft Rules”). The Draft Rules, if declared into effect, will implement a new regulatory framework requiring Chinese businesses to file with CSRC when pursuing overseas listings.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://freewechat.com/a/MzIxNzI5MjA2Mg==/2247490235/2',
        title: 'freewechat.com (CSRC notice)',
        quote:
          '根据《中华人民共和国证券法》,证监会会同国务院有关部门组织起草了《国务院关于境内企业境外发行证券和上市的管理规定(草案征求意见稿)》,现向社会公开征求意见。 … 中国证监会\n2021年12月24日',
        supports: ['nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.laitimes.com/en/article/1jgrj_1mg1a.html',
        title: 'laitimes',
        quote:
          'At present, the Provisions of the State Council on the Administration of securities issuance and listing by Domestic Enterprises Abroad (hereinafter referred to as the Administrative Provisions) and the Administrative Measures for the Filing of Securities Issued overseas by Domestic Enterprises (hereinafter referred to as the "Filing Measures") are being publicly solicited for comments',
        supports: ['aliases', 'status'],
      },
      {
        url: 'https://m.iread.qq.com/read/1050304322/12',
        title: 'QQ阅读 (上市直通车)',
        quote:
          '2021年12月24日,中国证监会公布《国务院关于境内企业境外发行证券和上市的管理规定(草案征求意见稿)》(以下简称《管理规定》)和《境内企业境外发行证券和上市备案管理办法(征求意见稿)》(以下简称《备案办法》),[25]向社会公开征求意见。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───── Draft CSRC filing measures for overseas listing (December 2021) ─────
  {
    id: 'document:administrative-measures-for-filing-of-overseas-securities-offering-and-listing-by-domestic-companies-draft-2021',
    name: 'Administrative Measures for the Filing of Overseas Securities Offering and Listing by Domestic Companies',
    nameZh: '境内企业境外发行证券和上市备案管理办法',
    aliases: ['Administrative Measures for the Filing of Securities Issued Overseas by Domestic Enterprises'],
    kind: 'departmental_rule',
    status: 'draft',
    issuers: ['csrc'],
    promulgated: '2021-12-24',
    summary:
      'Draft CSRC measures of December 2021 on who files for an overseas listing and when: the issuer, or for an indirect listing a main domestic operating entity, within three working days of applying abroad.',
    sources: [
      {
        url: 'https://www.mondaq.com/china/securities/1153938/china-puts-vie-structured-overseas-listings-under-regulatory-spotlight?type=mondaqai&score=49',
        title: 'Mondaq (Ropes & Gray)',
        quote:
          'On December 24, 2021, the China Securities Regulatory Commission (“CSRC”) released for public comments Provisions of the State Council on the Administration of Overseas Securities Offering and Listing by Domestic Companies (Draft for Comments) and Administrative Measures for the Filing of Overseas Securities Offering and Listing by Domestic Companies (Draft for Comments)1 (the “Draft Rules”).',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://m.cls.cn/detail/902308',
        title: '财联社 (cls.cn)',
        quote:
          '【证监会明确境内企业境外上市备案流程】财联社12月24日电,证监会就《境内企业境外发行证券和上市备案管理办法(征求意见稿)》公开征求意见。《备案办法》一是明确备案主体。境外直接发行上市的,由发行人履行备案程序;境外间接上市的,发行人应当指定一家主要境内运营实体履行备案程序。二是明确备案流程。发行人首次公开发行上市的,应在境外提交发行申请文件后3个工作日内履行备案程序',
        supports: ['nameZh', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://m.iread.qq.com/read/1050304322/12',
        title: 'QQ阅读 (上市直通车)',
        quote:
          '2021年12月24日,中国证监会公布《国务院关于境内企业境外发行证券和上市的管理规定(草案征求意见稿)》(以下简称《管理规定》)和《境内企业境外发行证券和上市备案管理办法(征求意见稿)》(以下简称《备案办法》),[25]向社会公开征求意见。',
        supports: ['nameZh', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.laitimes.com/en/article/1jgrj_1mg1a.html',
        title: 'laitimes',
        quote:
          'the Administrative Measures for the Filing of Securities Issued overseas by Domestic Enterprises (hereinafter referred to as the "Filing Measures") are being publicly solicited for comments',
        supports: ['aliases', 'status'],
      },
    ],
  },

  // ───────────── Law on the People's Bank of China (1995; revised 2003) ─────────────
  {
    id: 'document:law-on-the-peoples-bank-of-china',
    name: "Law on the People's Bank of China",
    nameZh: '中国人民银行法',
    aliases: ["People's Bank of China Law"],
    kind: 'law',
    status: 'final',
    issuers: ['npc'],
    adopted: '1995-03-18',
    promulgated: '1995-03-18',
    effective: '1995-03-18',
    amended: ['2003-12-27'],
    summary:
      'The central bank statute: the PBOC, under the leadership of the State Council, formulates and implements monetary policy, prevents and mitigates financial risks and maintains financial stability; a 2020 draft revision would cover the digital renminbi.',
    sources: [
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/pboc154',
        title: 'AsianLII',
        quote:
          "Law of the People's Republic of China on the People's Bank of China\n\n     (Adopted at the Third Session of the Eighth National People's Congress on March 18,1995, promulgated by Order No. 46 of the President of the People's Republic of China on March 18, 1995, and effective as of the date of promulgation)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://asia-business.biz/law.php?id=35&div=14',
        title: 'asia-business.biz',
        quote:
          "Adopted at the 3rd session of the 8th National People's Congress on March 18, 1995 and amended in accordance with the \"Decision to Amend the Law of the People’s Republic of China on the People’s Bank of China\" made at the 6th meeting of the Standing Committee of the 10th National People’s Congress on December 27, 2003 … Article 2 The People's Bank of China is the central bank of the People's Republic of China. The People's Bank of China shall, under the leadership of the State Council, formulate and implement monetary policy, prevent and mitigate financial risks, and maintain financial stability.",
        supports: ['name', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'https://m.engbus.cn/hangye/14/13054.html',
        title: '英语巴士网 (engbus.cn)',
        quote:
          "中华人民共和国中国人民银行法\n\n分类: 法律英语 \n \n\n(Adopted at the Third Session of the Eighth National People's Congress on March 18, 1995, promulgated by Order No. 46 of the President of the People's Republic of China on March 18, 1995)",
        supports: ['nameZh', 'kind', 'issuers', 'adopted', 'promulgated'],
      },
      {
        url: 'https://www.chaincatcher.com/en/article/2273235',
        title: 'ChainCatcher',
        quote:
          'According to Caixin, the "People\'s Bank of China Law (Revised Draft)" was submitted for the first review at the 23rd meeting of the Standing Committee of the 14th National People\'s Congress on June 23, 2026. Among the new proposals, "clarifying the legal status of digital renminbi" is a new term. The 2020 consultation draft only mentioned that "renminbi includes both physical and digital forms."',
        supports: ['aliases', 'summary'],
      },
    ],
  },
  // ───────────── Negative list for foreign investment access (2021 edition) ─────────────
  {
    id: 'document:special-administrative-measures-negative-list-for-foreign-investment-access-2021',
    name: 'Special Administrative Measures (Negative List) for the Access of Foreign Investment (2021 Version)',
    nameZh: '外商投资准入特别管理措施(负面清单)(2021年版)',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    adopted: '2021-09-18',
    promulgated: '2021-12-27',
    effective: '2022-01-01',
    summary:
      'NDRC/MOFCOM Order No. 47: the 2021 list of sectors closed or restricted to foreign investors, the first to set requirements for overseas listings of Chinese businesses in sectors where foreign investment is prohibited.',
    sources: [
      {
        url: 'https://scribd.com/document/734740133/negative-list-å-å-æ-eµ-å-å-c-å-c-c-æ-ªæ-e-e-æ-å-2021å-c-Special-Administrative-Measures-Negative-List-for-the-Access-of-Forei',
        title: 'Scribd (PKULaw copy)',
        quote:
          '外商投资准入特别管理措施(负面清单)(2021年版)\n\n发布部门: 国家发展和改革委员会(含原国家发展计划委员会、原国家计划委员会) 商务部 机构沿革\n\n发文字号:中华人民共和国国家发展和改革委员会、中华人民共和国商务部令第\n发文字号: 47号\n发布日期: 2021.12.27\n\n实施日期: 2022.01.01\n\n时效性: 现行有效\n\n效力级别: 部门规章 … 《外商投资准入特别管理措施(负面清单)(2021年版)》已经2021年9月18日国家发展和改革委员\n\n会第18次委务会议审议通过和商务部审签,并经党中央、国务院同意,现予以发布,自2022年1月1日起施\n\n行。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.mondaq.com/china/securities/1153938/china-puts-vie-structured-overseas-listings-under-regulatory-spotlight?type=mondaqai&score=49',
        title: 'Mondaq (Ropes & Gray)',
        quote:
          'Three days later, China\'s National Development and Reform Commission (“NDRC”) and the Ministry of Commerce promulgated Special Administrative Measures (Negative List) for the Access of Foreign Investment (2021 Version),2 effective as of January 1, 2022 (the “Negative List”). The Negative List for the first time declares China\'s jurisdiction over (and detailed regulatory requirements on) overseas listings made by Chinese businesses in the so-called “Prohibited Industries”, in which China prohibits foreign investment.',
        supports: ['name', 'status', 'issuers', 'effective', 'summary'],
      },
    ],
  },

  // ───────────── PBOC FinTech Development Plan (2022–2025) ─────────────
  {
    id: 'document:fintech-development-plan-2022-2025',
    name: 'Fintech Development Plan (2022-2025)',
    nameZh: '金融科技发展规划(2022-2025年)',
    aliases: ['Fintech Development Plan (2022 to 2025)'],
    kind: 'plan',
    status: 'final',
    issuers: ['pboc'],
    summary:
      'The PBOC’s fintech plan for 2022–2025: the digital transformation of finance, with stronger fintech governance and ethics, orderly and secure sharing of data, and green data centres.',
    sources: [
      {
        url: 'https://www.chinabankingnews.com/2022/01/06/chinese-central-bank-releases-2022-2025-fintech-development-plan/',
        title: 'China Banking News',
        quote:
          'PBOC recently issued the “Fintech Development Plan (2022 – 2025)” (金融科技发展规划(2022-2025年)), which “proposes guidance opinions for the development of fintech in a new era, and clarifies overall thought for the digital transformation of finance, as well as development targets, key missions and implementation guarantees.”',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.moodysanalytics.com/regulatory-news/jan-04-22-pbc-sets-out-fintech-development-plan-for-2022-to-2025',
        title: 'Moody’s Analytics',
        quote:
          'The People’s Bank of China (PBC) formulated the recently issued Fintech Development Plan (2022 to 2025) under the Outline of the 14th Five-Year Plan (2021-2025) … - Strengthen fintech governance, develop digital capabilities, and improve the financial technology ethics system featuring multi-party participation and collaborative governance … - Enhance data capability, promote orderly sharing, and comprehensive application of data on the premise of ensuring security and privacy … - Build a green and highly available data center',
        supports: ['aliases', 'kind', 'issuers', 'summary'],
      },
    ],
  },
  // ───── Provisions on M&A of domestic enterprises by foreign investors (2006; amended 2009) ─────
  {
    id: 'document:provisions-on-mergers-and-acquisitions-of-domestic-enterprises-by-foreign-investors',
    name: 'Provisions on Mergers and Acquisitions of Domestic Enterprises by Foreign Investors',
    nameZh: '关于外国投资者并购境内企业的规定',
    aliases: [
      'Provisions for the Acquisition of Domestic Enterprises by Foreign Investors',
      'Provisions on M&A of a Domestic Enterprise by Foreign Investors',
      'Provisions on Merger and Acquisition of Domestic Enterprises by Foreign Investors',
      'Provisions on the Merger and Acquisition of Domestic Enterprises by Foreign Investors',
      'Provisions Relating to Mergers and Acquisitions of Domestic Enterprises by Foreign Investors',
    ],
    zhShortNames: ['商务部令2009年第6号'],
    kind: 'departmental_rule',
    status: 'final',
    // Six bodies issued it; SASAC, the SAT and the SAIC are not in the gazetteer.
    issuers: ['mofcom', 'csrc', 'safe'],
    promulgated: '2006-08-08',
    effective: '2006-09-08',
    amended: ['2009-06-22'],
    summary:
      'The 2006 rules (Order [2006] No. 10 of MOFCOM, SASAC, the SAT, the SAIC, the CSRC and SAFE) on foreign investors’ mergers with and acquisitions of domestic enterprises, including with equity as the means of payment; the 2009 amendment removed the part on anti-monopoly investigation.',
    sources: [
      {
        url: 'https://jindyey.com/354748.html',
        title: 'jindyey.com (China Law & Practice copy)',
        quote:
          'Provisions for the Acquisition of Domestic Enterprises by\nForeign Investors\nCLP Reference: 230006.08.08\nPRC Reference: 商务部、国资委、税务总局、工商总局、証监会、外汇局令[2006]\nPromulgated: 08 August 2006\nEffective: 08 September 2006\n … Order of MOFCOM, SASAC, SAT, SAIC, CSRC and SAFE [2006] No.10',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://globalsummitryproject.com/RuleofLaw/economic/eco24.html',
        title: 'Global Summitry Project',
        quote:
          "Decree of the Ministry of Commerce, … Securities Regulatory Commission of China, and the State Administration of Foreign Exchange\n\nNo. 10\n\nInterim Provisions on Mergers and Acquisitions of Domestic Enterprises by Foreign Investors has been amended and adopted at the seventh Ministry Meeting of the Ministry of Commerce of the People's Republic of China. Provisions on Mergers and Acquisitions of Domestic Enterprises by Foreign Investors is hereby promulgated, and shall enter into force as of Sept.8, 2006. … Chapter IV Foreign Investors Merge Domestic Companies Using Equity as the Means of Payment",
        supports: ['name', 'kind', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2009/09/03/provisions-for-the-acquisition-of-domestic-enterprises-by-foreign-investors-revised',
        title: 'China Law & Practice',
        quote:
          'Provisions for the Acquisition of Domestic Enterprises by Foreign Investors (Revised)\n\n关于外国投资者并购境内企业的规定 (修正)\n\nThe revised Provisions remove the part on anti-monopoly investigation.\n\nOrder of Mofcom [2009] No.6\n\n(Promulgated by the Ministry of Commerce on June 22 2009 and effective as of the date of promulgation.)',
        supports: ['aliases', 'nameZh', 'amended', 'summary'],
      },
      {
        url: 'http://lawyersl.com/Show_News_En.asp?ID=417',
        title: 'lawyersl.com',
        quote:
          '关于外国投资者并购境内企业的规定(中英文)\n                      中华人民共和国商务部令2009年第6号公布《关于外国投资者并购境内企业的规定》  商务部令2009年第6号\n            No.6 Decree of the Ministry of Commerce PRC on Promulgation of the \n            Provisions on M&A of a Domestic Enterprise by Foreign Investors',
        supports: ['aliases', 'nameZh', 'amended', 'zhShortNames'],
      },
      {
        url: 'https://www.xiaomilidoc.com/p-1064143.html',
        title: 'xiaomilidoc.com',
        quote:
          '关于修改《关于外国投资者并购境内企业的规定》的决定商务部令2009年第6号 … ProvisionsonMergerandAcquisitionofDomesticEnterprisesbyForeignInvestorsMinistryofCommerceOrderNo\n(2009)622June2009',
        supports: ['aliases', 'nameZh', 'amended'],
      },
      {
        url: 'https://www.cms-lawnow.com/ealerts/2021/01/china-enacts-further-measures-for-security-review-of-foreign-investment?cc_lang=en',
        title: 'CMS',
        quote:
          'can be traced back as early as to the review of foreign-related M&A projects regulated in the then-effective Provisions on the Merger and Acquisition of Domestic Enterprises by Foreign Investors.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/160580/provisions-relating-to-mergers-and-acquisitions-of-domestic-enterprises-by-foreign-investors.html',
        title: 'Global-Regulation',
        quote: 'Provisions Relating To Mergers And Acquisitions Of Domestic Enterprises By Foreign Investors\n\nOriginal Language Title: 关于外国投资者并购境内企业的规定',
        supports: ['aliases', 'nameZh'],
      },
    ],
  },

  // ───── State Council General Office notice on security review of foreign M&A (2011) ─────
  {
    id: 'document:notice-on-establishing-security-review-system-for-mergers-and-acquisitions-by-foreign-investors-2011',
    name: 'Circular of the General Office of State Council on Establishing the Security Review System for Merger and Acquisition of Domestic Enterprises by Foreign Investors',
    nameZh: '国务院办公厅关于建立外国投资者并购境内企业安全审查制度的通知',
    aliases: ['Notice on Establishment of Security Review System Pertaining to Mergers and Acquisitions of Domestic Enterprises by Foreign Investors'],
    zhShortNames: ['关于建立外国投资者并购境内企业安全审查制度的通知', '并购安全审查通知'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-state-council'],
    promulgated: '2011-02-03',
    effective: '2011-03-04',
    summary:
      'The 2011 notice (国办发〔2011〕6号) that set up China’s first security review of foreign investors’ acquisitions of Chinese companies in defence and, where control may pass to the foreign investor, in key agriculture, energy, infrastructure, transport, technology and equipment; led by the NDRC and MOFCOM.',
    sources: [
      {
        url: 'https://www.cms-lawnow.com/ealerts/2021/01/china-enacts-further-measures-for-security-review-of-foreign-investment?cc_lang=en',
        title: 'CMS',
        quote:
          'the Circular of the General Office of State Council on Establishing the Security Review System for Merger and Acquisition of Domestic Enterprises by Foreign Investors (issued on 3 February 2011 and effective since 4 March 2011),',
        supports: ['name', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.ntls.cn/index.php?m=content&c=index&a=show&catid=34&id=284',
        title: 'ntls.cn (law firm)',
        quote:
          '国务院办公厅关于建立外国投资者并购境内企业安全审查制度的通知\n\n    2011年02月13日08:27 东方法眼258人次浏览 字号:T|T\n  国办发 〔2011〕6号 … (一)并购安全审查的范围为:外国投资者并购境内军工及军工配套企业,重点、敏感军事设施周边企业,以及关系国防安全的其他单位;外国投资者并购境内关系国家安全的重要农产品、重要能源和资源、重要基础设施、重要运输服务、关键技术、重大装备制造等企业,且实际控制权可能被外国投资者取得。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.mondaq.com/china/inward-foreign-investment/1030974/china-fdi-law-update--security-review-of-foreign-investments',
        title: 'Mondaq',
        quote:
          'In 2011, the General Office of the PRC State Council released the notice on Establishment of Security Review System Pertaining to Mergers and Acquisitions of Domestic Enterprises by Foreign Investors ("2011 Notice"). The 2011 Notice is limited to mergers and acquisitions, and a system for interministerial conference is established to undertake security review. This conference is headed by the National Development and Reform Commission ("NDRC") and the Ministry of Commerce ("MOC").',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.hanspub.org/journal/paperinformation?paperid=78786',
        title: 'Hans Publishers (汉斯出版社)',
        quote: '2011年,国务院办公厅出台了《关于建立外国投资者并购境内企业安全审查制度的通知》(以下简称《并购安全审查通知》),表明我国决定建立外',
        supports: ['zhShortNames', 'issuers', 'promulgated'],
      },
    ],
  },

  // ───────────────────────────── Archives Law (1987; revised 2020) ─────────────────────────────
  {
    id: 'document:archives-law',
    name: 'Archives Law',
    nameZh: '档案法',
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '1987-09-05',
    amended: ['1996-07-05', '2016-11-07', '2020-06-20'],
    summary:
      'The law on archives, last revised in 2020; listing companies meet it in the confidentiality and archives rules for overseas listings.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=230400',
        title: 'csrcare.com',
        quote:
          "Archives Law of the People's Republic of China (2020 Revision) … The Archives Law of the People's Republic of China, as revised and adopted at the 19th Session of the Standing Committee of the Thirteenth National People's Congress of the People's Republic of China on June 20, 2020, is hereby issued … (Adopted at the 22nd Session of the Standing Committee of the Sixth National People's Congress on September 5, 1987, amended for the first time … adopted … on July 5, 1996, amended for the second time … on November 7, 2016, and revised at the 19th Session of the Standing Committee of the Thirteenth National People's Congress on June 20, 2020)",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'amended', 'summary'],
      },
      {
        url: 'http://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=8751190&stockid=300496',
        title: '新浪财经 (中科创达 announcement)',
        quote:
          '根据《中华人民共和国证券法》《中华人民共和国保守国家秘密法》《中华人民共和国档案法》《中华人民共和国会计法》《中华人民共和国注册会计师法》和《关于加强在境外发行证券与上市相关保密和档案管理工作的规定》等有关法律法规、规范性文件的有关规定',
        supports: ['nameZh', 'summary'],
      },
    ],
  },
];

/**
 * Other names of the financial regulators TMT pages cite: the CSRC's Chinese short forms, and the
 * NFRA's other English rendering and the banking and insurance regulators it was built on.
 */
export const AUTHORITY_VARIANTS_FINANCE_LISTING_3: AuthorityVariant[] = [
  {
    slug: 'csrc',
    zhShortNames: ['中国证监会'],
    sources: [
      {
        url: 'https://csrcare.com/Law/Show?id=229361',
        title: 'csrcare.com',
        quote: '中国证券监督管理委员会(以下简称中国证监会)依法对境内企业境外发行上市活动实施监督管理。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'nfra',
    aliases: ['National Administration of Financial Regulation', 'NAFR'],
    formerNames: [
      { name: 'China Banking and Insurance Regulatory Commission', nameZh: '中国银行保险监督管理委员会', from: 2018, to: 2023 },
      { name: 'CBIRC', from: 2018, to: 2023 },
    ],
    sources: [
      {
        url: 'https://english.www.gov.cn/news/202305/18/content_WS6465bd1ac6d03ffcca6ed27f.html',
        title: 'english.www.gov.cn (Xinhua)',
        quote:
          "BEIJING, May 18 -- The National Administration of Financial Regulation (NAFR) was officially set up on Thursday as China's new financial regulator, marking an important step in the country's institutional reform on financial supervision.\n\nThe NAFR, directly under the State Council, is formed on the basis of the China Banking and Insurance Regulatory Commission.",
        supports: ['aliases', 'formerNames'],
      },
      {
        url: 'https://www.chinabankingnews.com/china-banking-insurance-regulatory-commission/',
        title: 'China Banking News',
        quote:
          'The China Banking and Insurance Regulatory Commission (CBIRC) (中国银行保险监督管理委员会) is the Chinese central government’s financial regulatory agency for the banking and insurance sectors.\n\nCBIRC was created via the merger of the China Banking Regulatory Commission (CBRC) and the China Insurance Regulatory Commission (CIRC) in early 2018.',
        supports: ['formerNames'],
      },
      {
        url: 'http://en.people.cn/n3/2023/0307/c90000-10218316.html',
        title: 'People’s Daily Online (Xinhua)',
        quote:
          'It will be established on the basis of the China Banking and Insurance Regulatory Commission, which will not be retained, the plan said, noting that certain functions of the People\'s Bank of China and the China Securities Regulatory Commission will be transferred to the new administration.',
        supports: ['formerNames'],
      },
    ],
  },
];
