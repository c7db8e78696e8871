/**
 * Curated core layer: departmental rules (部门规章 — 办法, 规定 and 细则 issued by order of a ministry
 * or commission, 部令/局令/委令) in force that technology, media, telecoms, payments and e-commerce
 * pages cite and the graph lacked: online travel services, online sales of medical devices, internet
 * loans of commercial banks, credit reporting agencies, the express delivery market, non-bank payment
 * institutions, customs protection of IP, single-purpose prepaid cards, consumer-rights penalties and
 * more. Every fact is quoted from a stored public page; the order number is kept in the summary and,
 * where a quote writes it, as an alias or Chinese short form as the other core files carry it.
 */
import type { CoreInstrument } from './types';

export const CORE_RULES_22: CoreInstrument[] = [
  // ───────────── Interim Provisions on the Administration of Online Tourism Business Services (MCT Order No. 4, 2020) ─────────────
  {
    id: 'document:interim-provisions-on-administration-of-online-tourism-business-services',
    name: 'Interim Provisions on the Administration of Online Tourism Business Services',
    nameZh: '在线旅游经营服务管理暂行规定',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mct'],
    adopted: '2020-07-20',
    promulgated: '2020-08-20',
    effective: '2020-10-01',
    summary:
      'Ministry of Culture and Tourism rule (Order No. 4) for online travel platforms and other operators that sell package tours, transport, lodging and other travel services over the internet: review of platform content, verification of operators on the platform, protection of tourists’ reviews and personal information.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=d0899a45b031abafbdfb&lib=law',
        title: 'PKULAW (bilingual text)',
        quote:
          "Interim Provisions on the Administration of Online Tourism Business Services [Effective]\n在线旅游经营服务管理暂行规定 [现行有效]\n【法宝引证码】\n\nOrder of the Ministry of Culture and Tourism of the People's Republic of China \n\n中华人民共和国文化和旅游部令\n\n(No. 4) (第4号)\n\nThe Interim Provisions on the Administration of Online Tourism Business Services, as deliberated and adopted at the executive meeting of the Ministry of Culture and Tourism on July 20, 2020, are hereby issued, and shall come into force on October 1, 2020.",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=d0899a45b031abafbdfb&lib=law',
        title: 'PKULAW (bilingual text)',
        quote: 'Minister: Hu Heping 部长 胡和平\nAugust 20, 2020 2020年8月20日',
        supports: ['promulgated'],
      },
      {
        url: 'http://www.whstyn.com/guonei/2020/0903/18551.html',
        title: 'Economic Information Daily (repost)',
        quote:
          '據了解,此規定適用范圍涵蓋中國境內通過互聯網為游客提供包價旅游服務及交通、住宿、餐飲、游覽、娛樂等服務的經營者。 … 根據規定,在線旅游平臺經營者應當對上傳至平臺的文字、圖片、音視頻等內容加強審核,確保信息內容安全;還應當對平臺內經營者的身份、行政許可、質量標準等級、信用等級等信息進行真實性核驗、登記,并定期核驗更新。 在線旅游經營者應保障游客的正當評價權,不得擅自屏蔽、刪除游客對其產品和服務的評價',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Measures for the Supervision and Administration of Online Sales of Medical Devices (CFDA Order No. 38, 2017) ─────────────
  {
    id: 'document:measures-for-supervision-and-administration-of-online-sales-of-medical-devices',
    name: 'Measures for the Supervision and Administration of Online Sales of Medical Devices',
    nameZh: '医疗器械网络销售监督管理办法',
    aliases: [
      'Administrative Measures on the Supervision of Online Sales of Medical Devices',
      'Measures for the Supervision and Administration of Online Sale of Medical Devices',
      'Measures for the Administration and Supervision of Online Sales of Medical Devices',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nmpa'],
    promulgated: '2017-12-20',
    effective: '2018-03-01',
    summary:
      'Rule of the former food and drug administration (Order No. 38) on selling medical devices online and on third-party platforms for online trading in medical devices: sellers must be registrants, filers, manufacturers or licensed distributors, and platforms need the internet drug information service certificate.',
    sources: [
      {
        url: 'https://www.chinajusticeobserver.com/law/x/supervision-of-online-sales-of-medical-services-20171220',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Administrative Measures on the Supervision of Online Sales of Medical Devices (2018)\n\n医疗器械网络销售监督管理办法\n\nType of laws Departmental rule\n\nIssuing body National Medical Products Administration\n\nPromulgating date Dec 20, 2017\n\nEffective date Mar 01, 2018\n\nValidity status Valid',
        supports: ['aliases', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/supervision-of-online-sales-of-medical-services-20171220',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'The enterprise selling medical devices on the Internet shall be the registrant or the applicant making the filing, or the manufacturer/business operator of such medical devices.\n  3. The third-party platform provider of medical device online trading services shall obtain the qualification certificate of Internet-based drug information services according to the law.',
        supports: ['summary'],
      },
      {
        url: 'https://developers.weixin.qq.com/miniprogram/en/product/material/yiliao/qixieziying.html',
        title: 'WeChat Mini Program documentation',
        quote:
          'Article 9 of the Measures for the Supervision and Administration of Online Sales of Medical Devices … Article 9 of Measures for the Supervision and Administration of Online Sale of Medical Devices',
        supports: ['name', 'aliases'],
      },
      {
        url: 'http://en.camdi.org/news/4637',
        title: 'China Association for Medical Devices Industry',
        quote:
          'Measures for the Supervision and Administration of Online Sale of Medical Devices (The Order No.38 of State Food and Drug Administration) (hereinafter referred to as the Measures) has been released and will be implemented on March 1, 2018.',
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=30d52709-897d-473d-b047-f085db67fca7',
        title: 'Lexology',
        quote:
          'CFDA issued the Measures for the Administration and Supervision of Online Sales of Medical Devices ("Measures") on 20 December 2017. They will take effect on 1 March 2018.',
        supports: ['aliases', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────── Interim Measures for the Administration of Internet Loans of Commercial Banks (CBIRC Order No. 9 [2020]) ─────────────
  {
    id: 'document:interim-measures-for-administration-of-internet-loans-of-commercial-banks',
    name: 'Interim Measures for the Administration of Internet Loans of Commercial Banks',
    nameZh: '商业银行互联网贷款管理暂行办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nfra'],
    adopted: '2020-04-22',
    promulgated: '2020-07-12',
    effective: '2020-07-12',
    summary:
      'Banking regulator’s rule (CBIRC Order No. 9 [2020]) on internet loans: personal and working-capital loans that commercial banks provide using internet and mobile communication technology, with cross-validation of risk data.',
    sources: [
      {
        url: 'http://www.enghengyang.gov.cn/EGovernment/LawsandRegulations/NationalLaws/20200813/i2119167.html',
        title: 'Hengyang Municipal Government (PKULAW text)',
        quote:
          "Interim Measures for the Administration of Internet Loans of Commercial Banks\nFrom:北大法律英文网 | Date Add in:2020-08-13 10:17:20 [A  A]\n\nOrder of the China Banking and Insurance Regulatory Commission\n\n\n(No. 9 [2020])\n\n\nThe Interim Measures for the Administration of Internet Loans of Commercial Banks, as adopted at the 4th executive meeting of the China Banking and Insurance Regulatory Commission on April 22, 2020, are hereby issued, and shall come into force on the date of issuance.\n\n\nChairman: Guo Shuqing\n\n\nJuly 12, 2020",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.enghengyang.gov.cn/EGovernment/LawsandRegulations/NationalLaws/20200813/i2119167.html',
        title: 'Hengyang Municipal Government (PKULAW text)',
        quote:
          "Article 3 For the purposes of these Measures, “Internet loans” means personal loans and working capital loans provided to eligible borrowers for consumption or regular production and operation turnover, among others, by a commercial bank using information and communication technologies such as Internet and mobile communication to conduct cross validation an",
        supports: ['summary'],
      },
      {
        url: 'http://tech.jiangsulong.com/a/2020/0510/0510O05162020_2.html',
        title: 'Xinhua (repost)',
        quote: '新华网银保监会有关部门负责人就《商业银行互联网贷款管理暂行办法(征求意见稿)》答记者问',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Administrative Measures for Credit Reporting Agencies (PBOC Order [2013] No. 1) ─────────────
  {
    id: 'document:administrative-measures-for-credit-reporting-agencies',
    name: 'Administrative Measures for Credit Reporting Agencies',
    nameZh: '征信机构管理办法',
    aliases: ['Measures for the Administration of Credit Reporting Agencies'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2013-09-18',
    promulgated: '2013-11-15',
    effective: '2013-12-20',
    summary: 'People’s Bank of China rule (Order [2013] No. 1), made under the credit reporting industry regulations, on credit reporting agencies: institutions legally established whose main business is credit reporting.',
    sources: [
      {
        url: 'https://www.shndlaw.com/post/34',
        title: 'Shanghai Landing Law Offices (law text)',
        quote:
          "Administrative Measures for Credit Reporting Agencies\n\nOrder of the People's Bank of China [2013] No. 1\n\nNovember 15, 2013\n\nAccording to the Law of the People's Republic of China on the People's Bank of China, the Administrative Regulations on the Credit Reporting Industry and other relevant laws and regulations, the People's Bank of China formulated the Administrative Measures for Credit Reporting Agencies which was adopted at the 14th governors' working meeting on September 18, 2013, are hereby promulgated and become effective as of December 20, 2013.",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.shndlaw.com/post/34',
        title: 'Shanghai Landing Law Offices (law text)',
        quote:
          'Article 2 In these Measures, a credit reporting agency refers to an institution legally established which mainly operates the credit reporting business.',
        supports: ['summary'],
      },
      {
        url: 'http://www.lawinfochina.com/Search/DisplayInfo.aspx?lib=news&id=32626',
        title: 'lawinfochina.com (PKULAW)',
        quote:
          "The document serves as the supporting system of the Regulation on the Administration of the Credit Reporting Industry; these two documents together with the Measures for the Administration of Credit Reporting Agencies jointly constitute an integral part of China's credit reporting legal system.",
        supports: ['aliases', 'summary'],
      },
      {
        url: 'http://bjhkz.com/caijwd/14498.html',
        title: 'bjhkz.com (finance commentary)',
        quote: '《办法》是《征信业管理条例》的配套制度,与《征信机构管理办法》共同构成征信法治体系的重要组成部分。',
        supports: ['nameZh'],
      },
    ],
  },
  // ───────────── Measures for the Administration of the Express Market (MOT 2008, revised by Order No. 22 of 2023) ─────────────
  {
    id: 'document:measures-for-administration-of-express-market',
    name: 'Measures for the Administration of the Express Market',
    nameZh: '快递市场管理办法',
    aliases: ['Measures for the Administration of the Express Delivery Market', 'Express Market Management Approach'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mot'],
    promulgated: '2008-07-12',
    amended: ['2023-12-08'],
    summary:
      'Ministry of Transport rule on the express delivery market, first issued in 2008 and revised by Order No. 22 of 2023 (in force 1 March 2024), with penalties for delivering to smart lockers or service stations without the user’s consent.',
    sources: [
      {
        url: 'https://www.wanplasgroup.com/News/From-March-1-couriers-are-not-allowed-to-place-smart-express-boxes-or-express-service-stations-without-authorization.html',
        title: 'Wanplas Group (news)',
        quote:
          "Recently, the Ministry of Transport announced the newly revised \"Measures for the Administration of the Express Market\" (Order No. 22 of 2023, hereinafter referred to as the \"Measures\"), which will come into effect on March 1, 2024. … (ii) Using smart express boxes, express service stations and other means to deliver express delivery without the user's consent; … The \"Measures for the Administration of the Express Market\" was adopted at the 28th Ministry Meeting on December 8, 2023, and is hereby promulgated for implementation on March 1, 2024.\nMeasures for the Administration of the Express Delivery Market",
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/160130/express-market-management-approach.html',
        title: 'Global-Regulation',
        quote:
          "Express Market Management Approach\n\nOriginal Language Title: 快递市场管理办法\n\nSubscribe to a Global-Regulation Premium Membership Today! … Express market management approach (July 12, 2008 Ministry of transportation announced 2008 of 4th come into force on the date of promulgation)",
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated'],
      },
    ],
  },
  // ───────────── Implementation Rules for the Regulation on Supervision and Administration of Non-bank Payment Institutions (PBOC, 2024) ─────────────
  {
    id: 'document:implementation-rules-for-regulation-on-supervision-and-administration-of-non-bank-payment-institutions',
    name: 'Implementation Rules for the Regulation on Supervision and Administration of Non-bank Payment Institutions',
    nameZh: '非银行支付机构监督管理条例实施细则',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    summary:
      'People’s Bank of China rules (2024, 77 articles in six chapters) implementing the State Council regulation on non-bank payment institutions: licensing, the matching of old payment business types to the new ones, and transition periods; they repealed the 2010 measures on payment services of non-financial institutions (PBOC Order [2010] No. 2).',
    sources: [
      {
        url: 'http://jintiankansha.me/t/EU9LnyBLC0',
        title: 'Zhong Lun Law Firm (repost)',
        quote:
          'On April 22, 2024, the People’s Bank of China ( “PBOC” ) published on its website the draft version of the Implementation Rules for the Regulation on Supervision and Administration of Non-bank Payment Institutions (《非银行支付机构监督管理条例实施细则征求意见稿》) ( “Draft Rules” ) to solicit public comments.',
        supports: ['name', 'nameZh', 'issuers'],
      },
      {
        url: 'https://en.imsilkroad.com/p/341338.html',
        title: 'Xinhua Silk Road',
        quote:
          "BEIJING, July 29 (Xinhua) -- The People's Bank of China (PBOC) released a set of detailed rules to better facilitate implementation of the non-banking payment institution supervision and administration regulations, reported Xinhua Finance on July 27. … Yan Fang, head of the Payment and Settlement Department of PBOC, said the rules provide more details on related administrative permission requirements, matching methods for new and old payment business types, and transitional period arrangements.\nContaining 77 articles of six chapters",
        supports: ['status', 'issuers', 'summary'],
      },
      {
        url: 'https://colamg.com/a/zhong-guo-ren-min-yin-xing-fa-bu-fei-yin-xing-zhi-fu-ji-gou-jian-du-guan-li-tiao-li-shi-shi-xi-ze.html',
        title: 'PBOC announcement (repost, traditional script)',
        quote:
          '近日,中國人民銀行出臺《非銀行支付機構監督管理條例實施細則》(以下簡稱《實施細則》),自發布之日起施行。《非金融機構支付服務管理辦法》(中國人民銀行令〔2010〕第2號)、《非金融機構支付服務管理辦法實施細則》(中國人民銀行公告〔2010〕第17號)同時廢止。\n\n《實施細則》共六章、七十七條',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────── Implementing Measures for the Regulations for Customs Protection of IPR (GAC Order No. 183, 2009) ─────────────
  {
    id: 'document:implementing-measures-for-regulations-for-customs-protection-of-intellectual-property-rights',
    name: 'Implementing Measures for the Regulations for Customs Protection of Intellectual Property Rights',
    nameZh: '关于《中华人民共和国知识产权海关保护条例》的实施办法',
    aliases: [
      "Measures of the General Administration of Customs of the People's Republic of China for the Implementation of the Regulation of the People's Republic of China on the Customs Protection of Intellectual Property Rights",
      "Rules of the General Administration of Customs of the People’s Republic of China for Implementation of the Regulations of the People’s Republic of China on Customs Protection of Intellectual Property Rights",
    ],
    zhShortNames: ['海关总署第183号令'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['gac'],
    adopted: '2009-02-17',
    promulgated: '2009-03-03',
    effective: '2009-07-01',
    amended: ['2018-05-29'],
    summary:
      'General Administration of Customs rule (Order No. 183, amended by Order No. 240 in 2018) on customs protection of IP at the border: record filing of IP rights with customs, detention of suspected infringing imports and exports, and handling of infringing goods.',
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2009/10/09/implementing-measures-for-the-prc-regulations-for-customs-protection-of-intellectual-property-rights',
        title: 'China Law & Practice',
        quote:
          'Implementing Measures for the «PRC Regulations for Customs Protection of Intellectual Property Rights»\n关于《中华人民共和国知识产权海关保护条例》的实施办法\nThe Measures detail the procedures for record filing of intellectual property rights with customs, customs detention of alleged infringing goods and customs handling of infringing goods.\n(Promulgated by the General Administration of Customs on March 3 2009 and effective as of July 1 2009.)\n(海关总署于二零零九年三月三日公布,自二零零九年七月一日起施行。)\nOrder of the GAC No.183\n海关总署第183号令',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.udunip.com/guidingd.php?cid=39&id=49',
        title: 'Zhejiang Udun IP (law text)',
        quote:
          "Measures of the General Administration of Customs of the People's Republic of China for the Implementation of the Regulation of the People's Republic of China on the Customs Protection of Intellectual Property Rights (2018 Amendment) … Level of Authority: Departmental Rules\n\n    Date Issued: 05-29-2018\n\n    Effective Date: 07-01-2018\n\n    Issuing Authority: General Administration of Customs\n\n    Status: Effective … (Promulgated by Order No.183 of the General Administration of Customs onMarch 3, 2009, andamended in accordance with the Decision of the General Administration of Customs to Amend Certain Rules issued by the Order No. 240 of the General Administration of Customs on May 29, 2018)",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'amended', 'summary'],
      },
      {
        url: 'http://www.brics-info.org/decree-of-the-general-administration-of-customs-decree-of-the-general-administration-of-customs-no-183/',
        title: 'BRICS Info (law text)',
        quote:
          'Rules of the General Administration of Customs of the People’s Republic of China for Implementation of the Regulations of the People’s Republic of China on Customs Protection of Intellectual Property Rights\n\n(Adopted at the Executive Meeting of the General Administration of Customs on February 17, 2009, promulgated by Decree No. 183 of the General Administration of Customs of the People’s Republic of China on March 3, 2009, and effective as of July 1, 2009)',
        supports: ['aliases', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinalawandpractice.com/2009/10/09/implementing-measures-for-the-prc-regulations-for-customs-protection-of-intellectual-property-rights',
        title: 'China Law & Practice',
        quote:
          'Implementing Measures for the «PRC Regulations for Customs Protection of Intellectual Property Rights» … Order of the GAC No.183',
        supports: ['name'],
      },
    ],
  },
  // ───────────── Administrative Measures for Single-purpose Commercial Pre-paid Cards (Trial) (MOFCOM Order [2012] No. 9) ─────────────
  {
    id: 'document:administrative-measures-for-single-purpose-commercial-prepaid-cards',
    name: 'Administrative Measures for Single-purpose Commercial Pre-paid Cards (for Trial Implementation)',
    nameZh: '单用途商业预付卡管理办法(试行)',
    aliases: [
      'Measures for the Administration of Single-Use Commercial Prepaid Cards (for Trial Implementation)',
      'Administrative Measures on Single Purpose Commercial Prepaid Cards (Tentative)',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom'],
    adopted: '2012-08-24',
    promulgated: '2012-09-21',
    effective: '2012-11-01',
    amended: ['2016-08-18'],
    summary:
      'Ministry of Commerce rule (Order [2012] No. 9, amended 2016) on prepaid cards that retail, hotel, catering and residential-service enterprises issue for use only within the issuer, its group or its brand franchise: record filing with commerce departments, real-name and non-cash purchase, and custody of prepaid funds.',
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/content.php?eng=0&provider_id=1&origin_id=1544749&isEnglish=Y&crid=6f4d231f-3c51-49dd-859c-76e708916000&prid=a68d2601-d118-4a74-9045-a3c05751b735',
        title: 'LexisNexis China',
        quote:
          'Administrative Measures for Single-purpose Commercial Pre-paid Cards (for Trial Implementation)\n\nOrder of the Ministry of Commerce [2012] No. 9\n\nSeptember 21, 2012\n\nThe Administrative Measures for Single-purpose Commercial Pre-paid Cards (for Trial Implementation) adopted at the 68th Ministerial Meeting of the Ministry of Commerce on August 24, 2012 are hereby promulgated and shall come into force as of November 1, 2012.',
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://hk.lexiscn.com/law/content.php?eng=0&provider_id=1&origin_id=1544749&isEnglish=Y&crid=6f4d231f-3c51-49dd-859c-76e708916000&prid=a68d2601-d118-4a74-9045-a3c05751b735',
        title: 'LexisNexis China',
        quote:
          'Article 2 These Measures shall apply to the single-purpose commercial pre-paid card business within the territory of China by enterprises legal person engaged in retail, accommodation and catering, and residential services … refer to prepaid certificates which are issued by an enterprise under the preceding paragraph and are exclusively used to pay for goods or services within the group to which the enterprise belongs to or within the franchise system of one brand',
        supports: ['summary'],
      },
      {
        url: 'https://developers.weixin.qq.com/miniprogram/en/product/mini-store/zizhizhengzhao/zizhi/faka/yufuka.html',
        title: 'WeChat Mini Program documentation',
        quote:
          "# Measures for the Administration of Single-Use Commercial Prepaid Cards (for Trial Implementation)\n\n(Issued by the Order No. 9 of the Ministry of Commerce on August 24, 2012, amended in accordance with the Decision of the Ministry of Commerce on Repealing and Amending Some Rules and Regulatory Documents by the Order No. 2 [2016] of the Ministry of Commerce on August 18, 2016, and shall come into force on the date of issuance. )",
        supports: ['aliases', 'issuers', 'amended'],
      },
      {
        url: 'https://www.dwt.com/blogs/financial-services-law-advisor/2013/01/single-purpose-commercial-prepaid-cards-and-their',
        title: 'Davis Wright Tremaine',
        quote:
          'In September 2012, the Ministry of Commerce (“MOFCOM”) issued the Administrative Measures on Single Purpose Commercial Prepaid Cards (Tentative) (“Single Purpose Cards Measures” -- click here for the measures in Chinese and click here for an English translation), which took effect on Nov. 1, 2012',
        supports: ['aliases', 'issuers', 'effective'],
      },
      {
        url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2012-09/27/content_2234633.htm',
        title: 'Central People’s Government (gov.cn)',
        quote:
          '9月21日,商務部發佈《單用途商業預付卡管理辦法(試行)》(以下簡稱《管理辦法》)。《管理辦法》將自2012年11月1日起正式施行。 … 首次針對單用途商業預付卡業務發佈的部門規章。 … 《管理辦法》以備案制為基礎 … 對國辦25號文件提出的實名購卡、非現金購卡、限額購卡等三項制度進行了細化 … 《管理辦法》設立了預收資金存管制度',
        supports: ['nameZh', 'kind', 'issuers', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Measures for Penalties against Infringement upon Consumers' Rights and Interests (SAIC Order No. 73, 2015) ─────────────
  {
    id: 'document:measures-for-penalties-against-infringement-upon-consumers-rights-and-interests',
    name: "Measures for Penalties against Infringement upon Consumers' Rights and Interests",
    nameZh: '侵害消费者权益行为处罚办法',
    aliases: [
      'Measures for Penalties against Infringement on Consumers Rights and Interests',
      'Measures for Penalties against Infringement of Consumer Rights and Interests',
      'Penalty Measures for Infringement on the Rights and Interests of Consumers',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2015-01-05',
    effective: '2015-03-15',
    amended: ['2020-11-03'],
    summary:
      'Rule of the former SAIC (Order No. 73), amended by SAMR in 2020, on administrative penalties for business operators that infringe consumers’ rights; it treats fictitious transactions, inflated sales volumes and fake reviews in online selling as fraud.',
    sources: [
      {
        url: 'http://lawinfochina.com/display.aspx?id=20271&lib=law',
        title: 'lawinfochina.com (PKULAW bilingual text)',
        quote:
          "Order of the State Administration for Industry and Commerce | | 中华人民共和国国家工商行政管理总局令 |\n(No. 73) | | (第73号) |\nThe Measures for Penalties against Infringement upon Consumers' Rights and Interests, as deliberated and adopted at the executive meeting of the State Administration for Industry and Commerce of the People's Republic of China, are hereby issued and shall come into force on March 15, 2015. | | 《侵害消费者权益行为处罚办法》已经中华人民共和国国家工商行政管理总局局务会审议通过,现予公布,自2015年3月15日起施行。 |\nDirector of the State Administration for Industry and Commerce: Zhang Mao | | 局长 张茅 |\nJanuary 5, 2015 | | 2015年1月5日 |",
        supports: ['name', 'nameZh', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/law/x/measures-penalties-infringement-consumers-rights-interests-20201103',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Measures for Penalties against Infringement on Consumers Rights and Interests (2020)\n\n侵害消费者权益行为处罚办法\n\nType of laws Departmental rule\n\nIssuing body State Administration for Market Regulation\n\nPromulgating date Nov 03, 2020\n\nEffective date Nov 03, 2020\n\nValidity status Valid … The Measures for Penalties against Infringement on Consumers Rights and Interests was promulgated in 2015 and amended in 2020 respectively. The latest revision entered into force on November 3, 2020.',
        supports: ['aliases', 'nameZh', 'kind', 'status', 'issuers', 'amended'],
      },
      {
        url: 'http://www.lexology.com/library/detail.aspx?g=06259374-b748-4fcc-b7db-bab11a9245ab',
        title: 'Lexology',
        quote:
          'On January 5, 2015, the State Administration of Industry and Commerce promulgated the Measures for Penalties against Infringement of Consumer Rights and Interests (hereinafter, the "Measures"), which will enter into effect on March 15, 2015. … Article 6 Para. 4 provides that an operator who "engages in deceptive sales or solicitations by adopting fictitious transactions, falsifying trading volume, posting untrue comments or hiring others to engage in such acts" shall be deemed to be engaging in fraudulent acts.',
        supports: ['aliases', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=457edf37-b311-4696-a653-2f97aa3d1d64',
        title: 'Lexology',
        quote:
          'On Jan. 5, 2015, the Chinese State Administration for Industry and Commerce (“SAIC”) promulgated the Penalty Measures for Infringement on the Rights and Interests of Consumers (the “Measures”), which will take effect on March 15, 2015.',
        supports: ['aliases', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────── Interim Measures for the Administration of the Business Activities of Online Lending Information Intermediary Institutions (CBRC/MIIT/MPS/CAC Order No. 1 [2016]) ─────────────
  {
    id: 'document:interim-measures-for-administration-of-business-activities-of-online-lending-information-intermediary-institutions',
    name: 'Interim Measures for the Administration of the Business Activities of Online Lending Information Intermediary Institutions',
    nameZh: '网络借贷信息中介机构业务活动管理暂行办法',
    aliases: [
      'Interim Measures for the Administration of Business Activities of Peer-to-peer Lending Information Intermediaries',
      'Provisional Measures for the Administration of the Business Activities of Online Lending Information Intermediary Institutions',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nfra', 'miit', 'mps', 'cac'],
    promulgated: '2016-08-17',
    effective: '2016-08-17',
    summary:
      'Joint rule of the banking regulator, MIIT, the Ministry of Public Security and the CAC (Order No. 1 [2016]) on peer-to-peer (P2P) online lending platforms as information intermediaries: filing with local financial regulators, review of borrowers and projects, and a ban on self-raising funds, acting as lender or guarantor, or pooling lenders’ funds.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=278756&lib=law',
        title: 'PKULAW (bilingual text)',
        quote:
          "Interim Measures for the Administration of the Business Activities of Online Lending Information Intermediary Institutions [Effective]\n网络借贷信息中介机构业务活动管理暂行办法 [现行有效]\n【法宝引证码】\n\nOrder of the China Banking Regulatory Commission, the Ministry of Industry and Information Technology, the Ministry of Public Security and the State Internet Information Office \n\n中国银行业监督管理委员会、工业和信息化部、公安部、国家互联网信息办公室令\n\n(No. 1 [2016]) (2016年第1号)",
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-2917482-T.html',
        title: 'LexisNexis China',
        quote:
          "Interim Measures for the Administration of Business Activities of Peer-to-peer Lending Information Intermediaries\n\nOrder of the China Banking Regulatory Commission, the Ministry of Industry and Information Technology of the People's Republic of China, the Ministry of Public Security of the People's Republic of China and the Cyberspace Administration of China [2016] No.1\n\nAugust 17, 2016 … The Interim Measures are hereby promulgated upon approval of the State Council and shall come into force as of the promulgation date.",
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/administration-of-business-activities-of-online-lending-information-intermediary-institutions-20160817',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'Provisional Measures for the Administration of the Business Activities of Online Lending Information Intermediary Institutions entered into force on 17 Aug. 2016. … Service providers shall file with the local financial regulatory authorities for the record.\n- Service providers shall examine the information of users and information on fund-raising projects, to prevent fraud or illegal transactions.\n- Service providers shall not raise funds for themselves, and shall not be lenders or guarantors.',
        supports: ['aliases', 'effective', 'summary'],
      },
      {
        url: 'https://chinajusticeobserver.com/law/x/administration-of-business-activities-of-online-lending-information-intermediary-institutions-20160817',
        title: 'China Justice Observer – China Laws Portal',
        quote:
          'The Measures aim to regulate the business activities of online lending information intermediary institutions (namely Peer-to-Peer Lending, “P2P”) within the territory of China. … Service providers shall not operate a similar business with banks or other financial institutions, such as concentrating funds of lenders',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Measures for Computer Software Copyright Registration (NCAC Order No. 1, 2002) ─────────────
  {
    id: 'document:measures-for-computer-software-copyright-registration',
    name: 'Measures for Computer Software Copyright Registration',
    nameZh: '计算机软件著作权登记办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ncac'],
    summary:
      'National Copyright Administration rule (Order No. 1) on the registration of computer software copyright.',
    sources: [
      {
        url: 'http://www.bjzixun.net/flfg/',
        title: 'bjzixun.net (law texts)',
        quote:
          '计算机软件著作权登记办法\n\n中华人民共和国国家版权局令 (第1号) 现发布《计算机软件著作权登记办法》,自发布之日起施行。 局长 石宗源 二OO二年二月二十日',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://unitalen.com/html/report/16124208-1.htm',
        title: 'Unitalen Attorneys at Law',
        quote:
          'In receiving software recording applications last years, various application procedures covering Regulations for the Protection of Computer Software & Measures For Computer Software Copyright Registration proceeded according to normal procedures.',
        supports: ['name', 'summary'],
      },
    ],
  },
  // ───────────── Interim Provisions on the Administration of Consumer Product Recalls (SAMR Order No. 19, 2019) ─────────────
  {
    id: 'document:interim-provisions-on-administration-of-consumer-product-recalls',
    name: 'Interim Provisions on the Administration of Consumer Product Recalls',
    nameZh: '消费品召回管理暂行规定',
    zhShortNames: ['国家市场监督管理总局令第19号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    adopted: '2019-11-08',
    promulgated: '2019-11-21',
    effective: '2020-01-01',
    summary:
      'SAMR rule (Order No. 19) on the recall of consumer products with defects — unreasonable dangers to persons or property common to a batch, model or category — with reporting duties for producers and other operators to the provincial market regulator.',
    sources: [
      {
        url: 'http://law.foodmate.net/show-198810.html',
        title: 'Foodmate (law texts)',
        quote:
          '消费品召回管理暂行规定 (国家市场监督管理总局令第19号) … 发布单位\n国家市场监督管理总局\n国家市场监督管理总局\n发布文号 国家市场监督管理总局令第19号\n发布日期 2019-11-26 生效日期 2020-01-01\n有效性状态 废止日期 暂无\n属性 规章 专业属性 通用基础\n备注  \n    《消费品召回管理暂行规定》已于2019年11月8日经国家市场监督管理总局2019年第14次局务会议审议通过,现予公布,自2020年1月1日起施行。\n \n    局长:肖亚庆\n \n    2019年11月21日',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://law.foodmate.net/show-198810.html',
        title: 'Foodmate (law texts)',
        quote:
          '本规定所称缺陷,是指因设计、制造、警示等原因,致使同一批次、型号或者类别的消费品中普遍存在的危及人身、财产安全的不合理危险。',
        supports: ['summary'],
      },
      {
        url: 'https://www.leetsai.com/others/interim-provisions-on-the-administration-of-consumer-product-recalls-mainland-china',
        title: 'Lee, Tsai & Partners',
        quote:
          'On November 8, 2019, the State Administration of Market Regulation adopted the Interim Provisions on the Administration of Consumer Product Recalls (the “Provisions”), which will go into effect on January 1, 2020. … Manufacturers and other operators that engage in the sale, lease or repair of consumer goods (“Other Operators”) shall report to the local provincial market regulatory department within two working days',
        supports: ['name', 'issuers', 'adopted', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Implementing Rules for the Regulation on the Registration of Market Entities (SAMR Order No. 52, 2022) ─────────────
  {
    id: 'document:implementing-rules-for-regulation-on-registration-of-market-entities',
    name: "Implementing Rules for the Administrative Regulations of the People's Republic of China on the Registration of Market Entities",
    nameZh: '市场主体登记管理条例实施细则',
    aliases: [
      "Implementing Rule for the Administrative Regulation of the People’s Republic of China on the Registration of Market Entities",
      "Detailed Rules for the Implementation of the Regulations of the People's Republic of China on the Administration of the Registration of Market Participants",
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2022-03-01',
    effective: '2022-03-01',
    summary:
      'SAMR rule (Order No. 52, 12 chapters and 82 articles) implementing the State Council regulation on market-entity registration: registration items, specifications and procedures, suspension of business, revocation of registration, supervision and liabilities.',
    relations: [{ type: 'implements', target: 'document:regulation-on-administration-of-registration-of-market-entities', source: 1 }],
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-4196726-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          "Implementing Rules for the Administrative Regulations of the People's Republic of China on the Registration of Market Entities\n\nOrder of the State Administration for Market Regulation No.52\n\nMarch 1, 2022",
        supports: ['name', 'kind', 'issuers', 'promulgated'],
      },
      {
        url: 'https://www.china-briefing.com/news/chinas-new-regulation-on-market-entity-registration-what-does-the-implementing-rule-say/?share=twitter',
        title: 'China Briefing (Dezan Shira & Associates)',
        quote:
          'To clarify issues in the implementation of the Regulation, the State Administration for Market Regulation (SAMR) … formulated and published the Implementing Rule for the Administrative Regulation of the People’s Republic of China on the Registration of Market Entities (hereinafter referred as the “Implementing Rule”) on March 1, 2022, which took effect the same day.\n\nClarifications and details contained in the “Implementing Rule”\n\nThe Implementing Rule has a total of 12 chapters and 82 articles, which set out unified rules regarding the registration items, specifications, and procedures, business suspension, registration revocation, supervision and administration, and legal liabilities',
        supports: ['aliases', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://wechat.estsglobal.com/wechat/law_contents/315',
        title: 'ESTS Global (bilingual law text)',
        quote:
          "中华人民共和国市场主体登记管理条例实施细则 第三十一条\n\n\n\n\nDetailedRules for the Implementation of the Regulations of the People's Republic ofChina on the Administration of the Registration of Market Participants, Article31",
        supports: ['nameZh', 'aliases'],
      },
    ],
  },
  // ───────────── Provisions for the Administration of the Publications Market (GAPP/MOFCOM, Order No. 52, 2011) ─────────────
  {
    id: 'document:provisions-for-administration-of-publications-market',
    name: 'Provisions for the Administration of the Publications Market',
    nameZh: '出版物市场管理规定',
    aliases: ['Publications Market Management Regulations'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nppa', 'mofcom'],
    promulgated: '2011-03-25',
    effective: '2011-03-25',
    summary:
      'Rule of the press and publication administration and the Ministry of Commerce on the distribution of books, newspapers, periodicals, audio-visual and electronic publications: licensing of general distributors, wholesalers, retailers, rental and chain businesses.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2011/05/03/provisions-for-the-administration-of-the-publications-market',
        title: 'China Law & Practice',
        quote:
          'Provisions for the Administration of the Publications Market\n出版物市场管理规定\nThe Provisions set forth the requirements and application procedures for establishment of publication general distributors, wholsalers, retailers, and leasing and chain enterprises.\n(Promulgated by the General Administration of Press and Publication and the Ministry of Commerce on, and effective as of, March 25 2011.)\n(新闻出版总署、商务部于二零一一年三月二十五日公布施行。)\nOrder of the GAPP No.52',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2011/05/03/provisions-for-the-administration-of-the-publications-market',
        title: 'China Law & Practice',
        quote:
          'For the purposes of these Provisions, the term “publications” means books, newspapers, periodicals, audio and video products, electronic publications, etc.',
        supports: ['summary'],
      },
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2011/03/25/publications-market-management-regulations/',
        title: 'China Copyright and Media',
        quote:
          'Publications Market Management Regulations\n\nPosted on Updated on\n\nGeneral Administration of Press and Publications Decree No. 52.\n\nThe “Publications Market Management Regulations” were passed on the first administration meeting of the General Administration of Press and Publication and by the Ministry of Commerce on 17 March 2011, are hereby promulgated and take effect on the date of promulgation.',
        supports: ['aliases', 'issuers', 'effective'],
      },
    ],
  },
  // ───────────── Radio and Television Advertising Broadcast Management Rules (SARFT Order No. 61, 2009) ─────────────
  {
    id: 'document:radio-and-television-advertising-broadcast-management-rules',
    name: 'Radio and Television Advertising Broadcast Management Rules',
    nameZh: '广播电视广告播出管理办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['nrta'],
    promulgated: '2009-09-08',
    effective: '2010-01-01',
    summary:
      'Rule of the radio, film and television administration (Order No. 61) on advertising aired by radio and television stations and related activities of transmission bodies, including public-interest ads, commercials and TV shopping spots.',
    sources: [
      {
        url: 'https://chinacopyrightandmedia.wordpress.com/2009/09/10/radio-and-television-advertising-broadcast-management-rules/',
        title: 'China Copyright and Media',
        quote:
          'Radio and Television Advertising Broadcast Management Rules\n\nPosted on Updated on\n\nSARFT Decree No. 61 … Article 2: These Rules apply to advertising broadcast activities of radio and television broadcasting organs such as radio stations, television stations (including radio and television stations), etc., (hereafter simply named “broadcasting organs”), as well as corresponding activities of radio and television transmission organs.\n\nArticle 3: Radio and television advertising as named in these Rules includes public interest advertising and commercial advertising (including information services, radio shopping and television shopping segment advertising, etc.)',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/3026023/advertisements-on-radio-and-television-broadcasting-management.html',
        title: 'Global-Regulation',
        quote:
          'Original Language Title: 广播电视广告播出管理办法 … (September 8, 2009, the 61st State administration of radio, film and television announced as of January 1, 2010)',
        supports: ['nameZh', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────── Interim Measures for the Administration of the Basic Data of Individual Credit Information (PBOC Order No. 3 [2005]) ─────────────
  {
    id: 'document:interim-measures-for-administration-of-individual-credit-information-basic-database',
    name: 'Interim Measures for the Administration of the Basic Data of Individual Credit Information',
    nameZh: '个人信用信息基础数据库管理暂行办法',
    aliases: ['Provisional Rules on Management of Individual Credit Information Database'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc'],
    adopted: '2005-06-16',
    promulgated: '2005-08-18',
    effective: '2005-10-01',
    summary:
      'People’s Bank of China rule (Order No. 3 [2005]) on the national individual credit information database run by its credit reference center: what commercial banks report, who may query credit reports and the handling of disputed records.',
    sources: [
      {
        url: 'http://www.asianlii.org/cn/legis/cen/laws/imftaotbdoici782',
        title: 'AsianLII – Laws of the People’s Republic of China',
        quote:
          "INTERIM MEASURES FOR THE ADMINISTRATION OF THE BASIC DATA OF INDIVIDUAL CREDIT INFORMATION\n\nthe People's Bank of China\n\nOrder of the People's Bank of China\n\nNo.3\n\nAccording to the relevant laws and regulations such as the Law of the People's Republic of China on the People's Bank of China, the People's Bank of China has formulated the Interim Measures for the Administration of the Basic Data of Individual Credit Information, adopted at the 11th president's executive meeting of the People's Bank of China on June 16, 2005, are hereby promulgated and shall go into effect as of October 1, 2005.\n\nPresident of the People's Bank of China, Zhou Xiaochuan\n\nAugust 18, 2005",
        supports: ['name', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://engbus.cn/hangye/14/13972.html',
        title: 'engbus.cn (bilingual law text)',
        quote:
          '个人信用信息基础数据库管理暂行办法 Interim Measures for the\n根据《中华人民共和国中国人民银行法》等有关法律规定,中国人民银行制定了《个人信用信息基础数据库管理暂行办法》,经2005年6月16日第11次行长办公会议通过,现予发布,自2005年10月1日起实施。 … 第二条 中国人民银行负责组织商业银行建立个人信用信息基础数据库(以下简称个人信用数据库),并负责设立征信服务中心,承担个人信用数据库的日常运行和管理。',
        supports: ['nameZh', 'issuers', 'adopted', 'effective', 'summary'],
      },
      {
        url: 'https://dfsobservatory.com/content/peoples-bank-china-provisional-rules-management-individual-credit-information-database',
        title: 'Digital Financial Services Observatory',
        quote:
          'People\'s Bank of China - Provisional Rules on Management of Individual Credit Information Database … The document is divided into several chapters, and covers the following topics:\n\n1. Reporting and Processing\n2. Information Access\n3. Dispute Resolution',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────── Measures for the Administration of Certification Institutions (AQSIQ Order No. 141, 2011) ─────────────
  {
    id: 'document:measures-for-administration-of-certification-institutions',
    name: 'Measures for the Administration of Certification Institutions',
    nameZh: '认证机构管理办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2011-07-20',
    effective: '2011-09-01',
    summary:
      'Rule of the former quality inspection administration (AQSIQ Order No. 141) on bodies that certify products, services and management systems: conditions for establishment, including by foreign investors, approval procedures and code of conduct.',
    sources: [
      {
        url: 'https://chinalawandpractice.com/2011/11/08/measures-for-the-administration-of-certification-institutions',
        title: 'China Law & Practice',
        quote:
          'Measures for the Administration of Certification Institutions\n\n认证机构管理办法\n\nThe Measures set out the conditions for establishment of certification institutions by foreign investors, the examination and approval procedures thereof and the code of conduct of certification institutions. … (Promulgated by the General Administration of Quality Supervision, Inspection and Quarantine on July 20 2011 and effective as of September 1 2011.)\n\n(国家质量监督检验检疫总局于二零一一年七月二十日公布,自二零一一年九月一日起施行。)\n\nOrder of the AQSIQ No.141',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinalawandpractice.com/2011/11/08/measures-for-the-administration-of-certification-institutions',
        title: 'China Law & Practice',
        quote:
          'Article 2: For the purposes of these Measures, the term “certification institution” means an attesting institution with legal personality established after approval, in accordance with the law, that independently engages in the qualification assessment of whether products, services and management systems comply with standards',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Measures for the Administration of Bank Card Clearing Institutions (PBOC/NFRA Order [2025] No. 2; first issued 2016) ─────────────
  {
    id: 'document:measures-for-administration-of-bank-card-clearing-institutions',
    name: 'Measures for the Administration of Bank Card Clearing Institutions',
    nameZh: '银行卡清算机构管理办法',
    aliases: ['Administrative Measures for Bank Card Clearing Institutions'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['pboc', 'nfra'],
    effective: '2025-11-01',
    summary:
      'Joint rule of the People’s Bank of China and the financial regulator (Order [2025] No. 2, replacing the earlier measures of the same name) on institutions licensed to clear bank card transactions: application and licensing, change and termination, and operation management.',
    sources: [
      {
        url: 'https://gmteight.com/latest/detail/262355',
        title: 'GMTEight (news)',
        quote:
          'The People\'s Bank of China and the China Banking and Insurance Regulatory Commission have jointly issued the "Administrative Measures for Bank Card Clearing Institutions", which will be implemented from November 1, 2025. The original "Administrative Measures for Bank Card Clearing Institutions" will be simultaneously abolished. … 1. Application and Licensing: clarify the application conditions, application materials, and procedures for administrative licensing matters … 2. Change and Termination … 3. Operation Management',
        supports: ['aliases', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.china-news-online.com/h5/lang/English/426927.html',
        title: 'CCTV News (repost)',
        quote:
          'CCTV News: Recently, the People\'s Bank of China and the State Administration for Financial Regulation jointly issued the "Regulations on the Management of Bank Card Clearing Institutions" (People\'s Bank of China Order [2025] No. 2, hereinafter referred to as the "Measures"), which will come into effect on November 1, 2025.',
        supports: ['kind', 'issuers', 'effective'],
      },
      {
        url: 'https://reportify.ai/news/1120693978631639040',
        title: 'Reportify (Financial News summary)',
        quote:
          'Core Viewpoint - The People\'s Bank of China and the Financial Regulatory Administration have jointly issued the "Management Measures for Bank Card Clearing Institutions," which will take effect on November 1, 2025',
        supports: ['issuers', 'effective'],
      },
      {
        url: 'https://www.global-regulation.com/translation/china/3389528/bank-card-clearing-agency-management-approach.html',
        title: 'Global-Regulation',
        quote:
          'Bank Card Clearing Agency Management Approach\n\nOriginal Language Title: 银行卡清算机构管理办法 … Second term of the bank card clearing organization upon approval, to obtain bank card clearing business license according to law, specializing in corporate bank card clearing services.',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'https://gmteight.com/latest/detail/262355',
        title: 'GMTEight (news)',
        quote:
          'The People\'s Bank of China and the China Banking and Insurance Regulatory Commission jointly issue the "Measures for the Administration of Bank Card Clearing Institutions"',
        supports: ['name'],
      },
    ],
  },
  // ───────────── Measures for the Administration of Strategic Investment Made by Foreign Investors in Listed Companies (MOFCOM and others, Order No. 3 [2024]) ─────────────
  {
    id: 'document:measures-for-administration-of-strategic-investment-by-foreign-investors-in-listed-companies',
    name: 'Measures for the Administration of Strategic Investment Made by Foreign Investors in Listed Companies',
    nameZh: '外国投资者对上市公司战略投资管理办法',
    aliases: ['Measures for the Administration of Strategic Investments by Foreign Investors in Listed Companies'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mofcom', 'csrc', 'sta', 'samr', 'safe'],
    adopted: '2024-08-15',
    promulgated: '2024-11-01',
    effective: '2024-12-02',
    summary:
      'Joint rule of MOFCOM, the CSRC and four other bodies (Order No. 3 [2024]) on foreign investors acquiring and holding A-shares of listed companies for the medium and long term through private placements, agreed transfers or tender offers; the 2024 revision admits foreign natural persons and lowers asset, shareholding and lock-up thresholds.',
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=233681',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "Measures for the Administration of Strategic Investment Made by Foreign Investors in Listed Companies (2024 Revision)\n\n中文\nDocument Number:中华人民共和国商务部、中国证券监督管理委员会、国务院国有资产监督管理委员会、国家税务总局、国家市场监督管理总局、国家外汇管理局令2024年第3号 Issuing Authority:Ministry of Commerce China Securities Regulatory Commission State-owned Asset Supervision & Administration Commission of the State Council State Taxation Administration State Administration for Market Regulation State Administration of Foreign Exchange\nDate Issued Effective Date Level of Authority Partially Invalid Area of Law 上市公司合规 Status Effective",
        supports: ['name', 'status', 'issuers'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=233681',
        title: 'csrcare.com (PKULAW text)',
        quote:
          "The Measures for the Administration of Strategic Investment Made by Foreign\nInvestors in Listed Companies, which have been deliberated and adopted at the\n13th executive meeting of the Ministry of Commerce on August 15, 2024 and\napproved by the China Securities Regulatory Commission … are hereby issued and shall come\ninto force on December 2, 2024. … November 1, 2024",
        supports: ['kind', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://hainanpolicy.com/policies2.asp?id=128&m=4&type=3',
        title: 'Hainan Free Trade Port policy portal',
        quote:
          "The Ministry of Commerce, China Securities Regulatory Commission, State-owned Assets Supervision and Administration Commission of the State Council, State Administration of Taxation, State Administration for Market Regulation and State Administration of Foreign Exchange have revised and issued the Measures for the Administration of Strategic Investments by Foreign Investors in Listed Companies. … Article 2 These Measures apply to the behavior of foreign investors who acquire and hold A-shares of listed companies in the medium and long term through targeted issuance of new shares, agreement transfer, tender offer and other methods prescribed by national laws and regulations",
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'http://baike.hebeds.com/qianyan/59726.html',
        title: 'MOFCOM press conference (repost)',
        quote:
          '修订《外国投资者对上市公司战略投资管理办法》,于2024年11月1日发布新规定,自12月2日起施行。新的《办法》降低了战略投资门槛、拓宽了投资渠道,主要体现在四个方面:一是增加允许外国自然人实施战略投资。二是适当放宽外国投资者境外资产要求。三是增加要约收购的投资方式 … 四是适当降低持股比例和持股锁定期要求。',
        supports: ['nameZh', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────── Provisions on Supervision and Administration of Trademark Agency (SAMR Order No. 63, 2022) ─────────────
  {
    id: 'document:provisions-on-supervision-and-administration-of-trademark-agency',
    name: 'Provisions on Supervision and Administration of Trademark Agency',
    nameZh: '商标代理监督管理规定',
    aliases: ['Provisions on Trademark Agency Supervision and Administration'],
    zhShortNames: ['国家市场监督管理总局令第63号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2022-10-27',
    effective: '2022-12-01',
    summary:
      'SAMR rule (Order No. 63) under the Trademark Law on trademark agencies and their staff: conduct rules, a ban on soliciting business by fraud or false publicity, and listing of agencies for serious violations such as filing malicious trademark applications.',
    sources: [
      {
        url: 'https://www.pkulaw.com/en_law/472d9d8a1d55cb14bdfb.html',
        title: 'PKULAW (bilingual text)',
        quote:
          'Provisions on Supervision and Administration of Trademark Agency\n  • 商标代理监督管理规定\n\n  • (Issued by Order No. 63 of the State Administration for Market Regulation on October 27, 2022 and shall come into force on December 1, 2022)\n  • (2022年10月27日国家市场监督管理总局令第63号公布 自2022年12月1日起施行)',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.mondaq.com:443/china/trademark/1254756/big-news-regulation-on-trademark-agency-supervision-was-issued-and-will-take-effect-on-december-1-2022',
        title: 'Mondaq',
        quote:
          'the State Administration for Market Regulation has formulated the Provisions on Trademark Agency Supervision and Administration. The regulation will take effect on Dec 1, 2022. … where trademark agencies intentionally infringe intellectual property rights, submit malicious trademark registration applications … they shall be included in the list of serious illegal and trust-breaking agencies according to the relevant provisions. 3) trademark agencies and trademark agency practitioners shall not solicit business by means of fraud, false publicity, misleading or commercial bribery',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
    ],
  },
  // ───────────── Measures for the Administration of Patent Agency (SAMR Order No. 6, 2019) ─────────────
  {
    id: 'document:measures-for-administration-of-patent-agency',
    name: 'Measures for the Administration of Patent Agency',
    nameZh: '专利代理管理办法',
    zhShortNames: ['国家市场监督管理总局令第6号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    adopted: '2019-04-01',
    promulgated: '2019-04-04',
    effective: '2019-05-01',
    summary:
      'SAMR rule (Order No. 6) under the Patent Law and the Patent Agency Regulation on patent agencies and patent agents, supervised by the national and provincial intellectual property offices.',
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=275c0a30eeaa2a4fbdfb&lib=law',
        title: 'PKULAW (bilingual text)',
        quote:
          'Measures for the Administration of Patent Agency (2019) [Effective]\n专利代理管理办法(2019) [现行有效]\n【法宝引证码】\n\nOrder of the State Administration for Market Regulation \n\n国家市场监督管理总局令\n\n(No. 6 ) (第6号)\n\nThe Measures for Administration of Patent Agency, as adopted at the fifth executive meeting in 2019 of the State Administration for Market Regulation, dated April 1, 2019, are hereby issued and shall come into force on May 1, 2019. … April 4, 2019 2019年4月4日 … (2019年4月4日国家市场监督管理总局令第6号公布)',
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'https://en.skx-ip.com/laws/show-415.html',
        title: 'SKX IP (law text)',
        quote:
          'Article 1 These Measures are formulated in accordance with the Patent Law of the People\'s Republic of China, the Regulations on Patent Agency and other relevant laws and administrative regulations … Article 2 The State Intellectual Property Office and the administrative departments for patent affairs of the people\'s governments of provinces, autonomous regions and municipalities directly under the Central Government shall administer and supervise patent agencies and patent agents according to law.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────── Provisions on the Administration of the Interconnection of Public Telecommunications Networks (MII Order No. 9, 2001) ─────────────
  {
    id: 'document:provisions-on-administration-of-interconnection-of-public-telecommunications-networks',
    name: 'Administration of the Interconnection of Public Telecommunications Networks Provisions',
    nameZh: '公用电信网间互联管理规定',
    zhShortNames: ['信息产业部令第9号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['miit'],
    promulgated: '2001-05-10',
    effective: '2001-05-10',
    summary:
      'Rule of the former Ministry of Information Industry (Order No. 9) under the Telecommunications Regulations on interconnection between the networks of basic telecoms carriers (fixed, long-distance, international, IP telephony, mobile, satellite and internet backbone).',
    sources: [
      {
        url: 'http://www.zlcool.com/yy/6/e9604.html',
        title: 'zlcool.com (bilingual law text)',
        quote:
          "公用电信网间互联管理规定 Administration of the Interconnection of Public Telecommunications Networks Provisions\n2009-03-24 法律英语 来源:互联网 作者: ℃信息产业部令第9号\n(Promulgated by the Ministry of Information Industry on, and effective as of, 10 May 2001.)\n颁布日期:20010510 实施日期:20010510 颁布单位:信息产业部",
        supports: ['name', 'nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.zlcool.com/yy/6/e9604.html',
        title: 'zlcool.com (bilingual law text)',
        quote:
          "Article 1 These Provisions have been formulated pursuant to the PRC, Telecommunications Regulations … Article 2 These Provisions apply to the Interconnection of the telecommunications networks set forth below of carriers operating basic telecommunications services in the People's Republic of China:\n1. fixed local telephone networks;\n2. domestic long-distance telephone networks;\n3. international telephone networks;\n4. IP telephone networks;\n5. terrestrial cellular mobile communications networks;\n6. satellite mobile communications networks;\n7. internet backbone networks;",
        supports: ['summary'],
      },
    ],
  },
];
