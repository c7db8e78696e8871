/**
 * Curated core layer: catalogues, lists and implementing measures that China TMT pages cite —
 * the market access negative list (2022 and 2025 editions) and the State Council opinions that
 * set it up, editions of the foreign-investment industry catalogues, the CAC's list of internet
 * news sources, the MPS rules on internet security inspections and on security-product sales
 * licences, the mandatory standard for specialised cybersecurity products, the multi-level
 * protection standards GB 17859, GB/T 25070 and GB/T 25058, data-classification standards of the
 * financial sector (JR/T 0197, JR/T 0158) and data security management certification. Every filled field
 * is backed by a verbatim quote from a stored public page.
 */
import type { CoreInstrument } from './types';

export const CORE_CATALOGUES_LISTS_4: CoreInstrument[] = [
  // ───────────────────────── Market access negative list, 2025 edition ─────────────────────────
  {
    id: 'document:market-access-negative-list-2025',
    name: 'Market Access Negative List (2025 Edition)',
    nameZh: '市场准入负面清单(2025年版)',
    aliases: ['Negative List for Market Access (2025 Edition)', 'Market Access Negative List (2025 version)'],
    zhShortNames: ['发改体改规〔2025〕466号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'mofcom', 'samr'],
    promulgated: '2025-04-24',
    summary:
      'Single national list of 106 items (6 prohibited, 100 needing a licence) in which investment and business are barred or need government approval, applying to domestic and foreign entities alike; replaces the 2022 edition.',
    sources: [
      {
        url: 'https://gmteight.com/content/detail/258955',
        title: 'GMT Eight',
        quote:
          'The National Development and Reform Commission and two other departments have released the "Negative List for Market Access (2025 Edition)". … On April 24th, the National Development and Reform Commission, the Ministry of Commerce, and the State Administration for Market Regulation issued a notice regarding the issuance of the "Market Access Negative List (2025 version)". It mentions that the Market Access Negative List lawfully lists industries, sectors, and businesses within the territory of the People\'s Republic of China that are prohibited or require government approval for investment and operation.',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.keceyun.com/policy/newsdetail/399370.html',
        title: '江西省发展改革委等关于贯彻落实《市场准入负面清单(2025年版)》的通知 (科策云)',
        quote:
          '《市场准入负面清单(2025年版)》(发改体改规〔2025〕466号)已颁布实施,前版《市场准入负面清单(2022年版)》(发改体改规〔2022〕397号)同时废止。 … 《市场准入负面清单(2025年版)》共列入事项106项,其中禁止准入类6项,许可准入类100项。',
        supports: ['nameZh', 'zhShortNames', 'status', 'summary'],
      },
      {
        url: 'https://engineering.industriesnews.net/news/278183694/china-further-shortens-market-access-negative-list',
        title: 'Xinhua (via Industries News)',
        quote:
          'China has further shortened its market access negative list, which specifies fields that are off-limits to both domestic and overseas market entities, the National Development and Reform Commission (NDRC) announced on Thursday. The new version of the market access negative list reduced the number of items from 117 to 106, a decrease of 11 items … Replacing the version issued on March 12, 2022, the new version of the list was jointly published by the NDRC, the Ministry of Commerce and the State Administration for Market Regulation',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'http://fzggw.cq.gov.cn/zwgk/zfxxgkml/sczrfmqd/202506/t20250619_14725559.html',
        title: '重庆市发展和改革委员会',
        quote: '《市场准入负面清单(2025年版)》已由国家发展改革委、商务部、市场监管总局联合发布实施',
        supports: ['nameZh', 'issuers', 'status'],
      },
    ],
  },

  // ───────────────────────── Market access negative list, 2022 edition ─────────────────────────
  {
    id: 'document:market-access-negative-list-2022',
    name: 'Market Access Negative List (2022 Edition)',
    nameZh: '市场准入负面清单(2022年版)',
    zhShortNames: ['发改体改规〔2022〕397号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    promulgated: '2022-03-12',
    repealed: '2025-04-24',
    summary:
      'The 2022 national negative list for market access: 117 items, applying to domestic and foreign investors alike; replaced by the 2025 edition.',
    sources: [
      {
        url: 'https://www.flanders-china.be/en/newsletter-archive/china-business-weekly-29-march-2022/china-further-shortens-negative-list-for-domestic-and-foreign-private-investors',
        title: 'Flanders–China Chamber of Commerce',
        quote:
          'The National Development and Reform Commission (NDRC) and the Ministry of Commerce (MOFCOM) have jointly issued the 2022 edition of the negative list for market access. There are 117 items on the list, six items less than in the previous edition issued in December 2020. … This list is different from the negative list for foreign investment, as it applies to both foreign and domestic investors.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.keceyun.com/policy/newsdetail/399370.html',
        title: '江西省发展改革委等关于贯彻落实《市场准入负面清单(2025年版)》的通知 (科策云)',
        quote:
          '《市场准入负面清单(2025年版)》(发改体改规〔2025〕466号)已颁布实施,前版《市场准入负面清单(2022年版)》(发改体改规〔2022〕397号)同时废止。',
        supports: ['nameZh', 'zhShortNames', 'repealed'],
      },
      {
        url: 'https://engineering.industriesnews.net/news/278183694/china-further-shortens-market-access-negative-list',
        title: 'Xinhua (via Industries News)',
        quote:
          'BEIJING, April 24 (Xinhua) -- China has further shortened its market access negative list … Replacing the version issued on March 12, 2022, the new version of the list was jointly published by the NDRC, the Ministry of Commerce and the State Administration for Market Regulation',
        supports: ['promulgated', 'repealed'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202203/1256803.shtml',
        title: 'Global Times',
        quote:
          'Chinese top economic planner the National Development and Reform Commission (NDRC) and the Ministry of Commerce on Friday jointly issued the 2022 edition of negative list for market access … The latest negative list outlined 117 items, six items less than the previous edition issued in December 2020.',
        supports: ['issuers', 'summary'],
      },
    ],
  },

  // ───────────────────────── State Council opinions on the negative list system (2015) ─────────────────────────
  {
    id: 'document:opinions-of-state-council-on-implementing-negative-list-system-for-market-access',
    name: 'Opinions of the State Council on Implementing the Negative List System for Market Access',
    nameZh: '国务院关于实行市场准入负面清单制度的意见',
    aliases: ['Opinions of the State Council on the Implementation of the Market Access Negative List System'],
    zhShortNames: ['国发〔2015〕55号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2015-10-02',
    summary:
      'Sets up the market access negative list: the State Council lists the sectors where investment is prohibited or restricted and all market entities may enter the rest on equal terms; piloted from December 2015 and applied nationwide from 2018.',
    sources: [
      {
        url: 'http://english.gov.cn/policies/latest_releases/2015/11/12/content_281475233639218.htm',
        title: 'english.gov.cn',
        quote:
          'The Opinions of the State Council on Implementing the Negative List System for Market Access … The negative list system for market access refers to a series of institutional arrangements where the State Council clarifies in a list the sectors, areas and businesses prohibited or restricted from the market within the territory of the People’s Republic of China and local governments at all levels take corresponding management measures in accordance with the law. All kinds of market players may enter sectors, areas and businesses not on the negative list on an equal basis and according to the law.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.shndlaw.com/post/105',
        title: 'Shanghai Landing Law Offices (shndlaw.com)',
        quote: 'Opinions of the State Council on the Implementation of the Market Access Negative List System\n\nGuo Fa [2015] No. 55\n\nOctober 2, 2015',
        supports: ['aliases', 'promulgated'],
      },
      {
        url: 'http://sxdofcom.shaanxi.gov.cn/fdi/sczrfmqd/36737.jhtml',
        title: '陕西省商务厅',
        quote:
          '国务院关于实行市场准入负面清单制度的意见,是国务院以国发〔2015〕55号下方法的文件。 … 按照先行先试、逐步推开的原则,从2015年12月1日至2017年12月31日,在部分地区试行市场准入负面清单制度,从2018年起正式实行全国统一的市场准入负面清单制度。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'summary'],
      },
      {
        url: 'https://zh.m.wikisource.org/zh-hant/%E5%9B%BD%E5%8A%A1%E9%99%A2%E5%85%B3%E4%BA%8E%E5%AE%9E%E8%A1%8C%E5%B8%82%E5%9C%BA%E5%87%86%E5%85%A5%E8%B4%9F%E9%9D%A2%E6%B8%85%E5%8D%95%E5%88%B6%E5%BA%A6%E7%9A%84%E6%84%8F%E8%A7%81',
        title: '維基文庫',
        quote: '國務院關於實行市場准入負面清單制度的意見\n國發〔2015〕55號\n2015年10月2日\n發布機關:中華人民共和國國務院',
        supports: ['promulgated', 'issuers'],
      },
    ],
  },

  // ───────────────────────── Encouraged foreign investment catalogue, 2025 edition ─────────────────────────
  {
    id: 'document:catalogue-of-industries-for-encouraging-foreign-investment-2025',
    name: 'Catalogue of Industries for Encouraging Foreign Investment (2025 Edition)',
    nameZh: '鼓励外商投资产业目录(2025年版)',
    aliases: ['Catalog of Encouraged Industries for Foreign Investment (2025 Edition)'],
    // The pages found give no order number for it, so it is not ranked as a departmental rule.
    kind: 'normative_document',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    effective: '2026-02-01',
    summary:
      'NDRC/MOFCOM catalogue of 1,679 items where foreign investment is encouraged, net 205 more than the 2022 edition, steering foreign investment to advanced manufacturing, modern services and the central, western and north-eastern regions and Hainan; in force from 1 February 2026.',
    sources: [
      {
        url: 'https://www.globaltimes.cn/page/202512/1351383.shtml',
        title: 'Global Times',
        quote:
          'China has released the catalog of encouraged industries for foreign investment (2025 Edition), a key policy document aimed at further attracting and better utilizing foreign investment, according to an official statement on Wednesday. Approved by the State Council, the new catalogue was jointly issued in full by the National Development and Reform Commission (NDRC) and the Ministry of Commerce (MOFCOM). It will take effect on February 1, 2026 … The 2025 edition contains a total of 1,679 encouraged items',
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.sinobravo.cn/insights/opinion/144.html',
        title: '华远国际 (Sinobravo)',
        quote:
          '近日,经国务院批准,国家发展改革委、商务部正式发布了《鼓励外商投资产业目录(2025年版)》(以下简称“《鼓励目录》”),该目录将自2026年2月1日正式施行。 … 新版目录共计1679条,较上一版(2022年版)净增加205条、修改303条',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://udn.com/news/story/7332/9226308',
        title: '聯合新聞網',
        quote:
          '新版「鼓勵外商投資產業目錄（2025年版）」（簡稱「鼓勵目錄」）日前發布，於2026年2月1日起施行。內容主要體現三方面，鼓勵外資投向先進製造業和現代服務業；引導外資向中西部地區、東北地區和海南省布局。',
        supports: ['effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── Encouraged foreign investment catalogue, 2020 edition ─────────────────────────
  {
    id: 'document:catalogue-of-industries-for-encouraging-foreign-investment-2020',
    name: 'Catalogue of Industries for Encouraging Foreign Investment (2020 Edition)',
    nameZh: '鼓励外商投资产业目录(2020年版)',
    zhShortNames: ['发展改革委 商务部令2020年第38号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    effective: '2021-01-27',
    summary:
      'NDRC/MOFCOM order listing 1,235 industries where foreign investment is encouraged and enjoys tax and land-use preferences (480 national items, 755 for the central and western regions), 127 more than the 2019 edition.',
    sources: [
      {
        url: 'https://ldlx.smehn.cn/News/Detail?categoryId=315&id=707139',
        title: '中国经济网—《经济日报》',
        quote:
          '国家发展改革委、商务部28日联合发布《鼓励外商投资产业目录(2020年版)》,自2021年1月27日起施行。 … 新版鼓励外商投资产业目录总条目1235条,较2019年版增加127条、修改88条,进一步扩大了鼓励外商投资范围。其中,全国鼓励外商投资产业目录480条,增加65条、修改51条;中西部地区外商投资优势产业目录755条,增加62条、修改37条。',
        supports: ['nameZh', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://www.globaltradealert.org/state-act/46925/china-encouraged-foreign-investment-catalogue-2020-edition-released-expands-promoted-sectors-by-10',
        title: 'Global Trade Alert',
        quote:
          '(发展改革委 商务部令2020年第38号 鼓励外商投资产业目录(2020年版)) … On December 27th, 2020, the Chinese National Development and Reform Commission and Ministry of Commerce released Order 2020/38, in which the 2020 Encouraged Foreign Investment Catalogue (hereafter, \'Catalogue\') was released.',
        supports: ['name', 'zhShortNames', 'kind', 'issuers'],
      },
      {
        url: 'https://tdaily.news/en/china-encourages-foreign-investment-in-more-industries.html',
        title: 'Xinhua (via TDaily)',
        quote:
          'Foreign investors entering industries on the catalog will benefit from preferential policies in fields such as taxation and land use subject to laws and regulations. The new catalog will come into effect on Jan. 27, 2021, the ministry said.',
        supports: ['effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── Foreign investment industry guidance catalogue (2017) ─────────────────────────
  {
    id: 'document:catalogue-for-guidance-of-foreign-investment-industries-2017',
    name: 'Catalogue for the Guidance of Foreign Investment Industries (Revised in 2017)',
    nameZh: '外商投资产业指导目录(2017年修订)',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['ndrc', 'mofcom'],
    promulgated: '2017-06-28',
    effective: '2017-07-28',
    summary:
      'NDRC/MOFCOM order setting out the industries in which foreign investment was encouraged (its first part, the Catalogue of Encouraged Foreign Investment Industries), replacing the 2015 revision.',
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/content.php?content_type=T&origin_id=3090984&provider_id=1&isEnglish=Y&crid=6373ef88-72b7-46ee-9952-be54d8a2f95e&prid=150ad552-4acf-46dc-ad5d-367e32f06002',
        title: 'LexisNexis China',
        quote:
          'Catalogue for the Guidance of Foreign Investment Industries (Revised in 2017)\n\nOrder of the National Development and Reform Commission and the Ministry of Commerce of the People\'s Republic of China No.4\n\nJune 28, 2017\n\nThe Catalogue for the Guidance of Foreign Investment Industries (Revised in 2017) which has been approved by the Central Committee of the Communist Party of China and the State Council is hereby promulgated for implementation as of July 28, 2017. The Catalogue for the Guidance of Foreign Investment Industries (Revised in 2015) promulgated by the National Development and Reform Commission and the Ministry of Commerce on March 10, 2015 shall be repealed simultaneously.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://chinese-bridge.com/wanboguanwangmanbetx/zcfg/info_21.aspx?itemid=757&lcid=4',
        title: 'chinese-bridge.com',
        quote: '外商投资产业指导目录(2017年修订)-发改委2017年第4号令\n\n发布时间:2017-07-06\n\n \n\n外商投资产业指导目录\n2017 年修订)\n 鼓励外商投资产业目录',
        supports: ['nameZh', 'kind', 'summary'],
      },
    ],
  },

  // ───────────────────────── CAC list of internet news sources ─────────────────────────
  {
    id: 'document:list-of-internet-news-information-sources',
    name: 'List of Sources of Internet News Information',
    nameZh: '互联网新闻信息稿源单位名单',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac'],
    amended: ['2021-10-20', '2025-07-02'],
    summary:
      'CAC list of the news websites, media and government platforms whose news internet news service providers may republish; reposting beyond it is punished. The 2021 update had 1,358 sources, the 2025 one 1,451.',
    relations: [{ type: 'based_on', target: 'document:internet-news-information-service-management-regulations', source: 0 }],
    sources: [
      {
        url: 'https://henan.china.com/news/hot/2021/1020/2530213711.html',
        title: '中华网 (中国新闻网)',
        quote:
          '2021-10-20 16:20:09 来源:中国新闻网 … 依据《互联网新闻信息服务管理规定》,国家网信办组织对2016版《互联网新闻信息稿源单位名单》进行了更新。10月20日,国家网信办公开发布了最新版《互联网新闻信息稿源单位名单》,名单涵盖中央新闻网站、中央新闻单位、行业媒体、地方新闻网站、地方新闻单位和政务发布平台等共1358家稿源单位。',
        supports: ['nameZh', 'issuers', 'amended', 'relations', 'summary'],
      },
      {
        url: 'http://itxw.cn/itnet/25035.html',
        title: '新华社 (via itxw.cn)',
        quote:
          '国家网信办新闻发言人表示,即日起,互联网新闻信息服务提供者转载新闻信息时,必须依据最新版《互联网新闻信息稿源单位名单》执行,对超范围转载的,将依法依规予以处罚。',
        supports: ['nameZh', 'summary'],
      },
      {
        url: 'http://www.sud.com.cn/news/show-rifmehquuq.html',
        title: '传媒茶话会 (via sud.com.cn)',
        quote:
          '7月2日,“网信中国”微信公众号 ( 中央网信办官方账号) 发布通知,公布互联网新闻信息稿源单位名单(截至2025年6月)。 对比上一版(2021年10月发布)互联网新闻信息稿源单位名单,传媒茶话会发现,最新公布的稿源单位名单有 8 点变化。 1.稿源单位由1358家增至1451家,净增93家。',
        supports: ['nameZh', 'amended', 'summary'],
      },
      {
        url: 'https://www.aninews.in/news/world/asia/chinese-cyberspace-authority-publishes-list-of-news-sources-as-internet-curb-grows20211023173438/',
        title: 'ANI',
        quote:
          'In an attempt to further tighten grip on internet usage in China, the Cyberspace Administration of China published a "List of Sources of Internet News Information".\nAccording to vernacular media reports, the list contains 1358 news sources outlet.',
        supports: ['name', 'kind', 'status'],
      },
    ],
  },

  // ───────────────────────── MPS Order No. 151 (2018) ─────────────────────────
  {
    id: 'document:provisions-on-internet-security-supervision-and-inspection-by-public-security-organs',
    name: 'Provisions on Internet Security Supervision and Inspection by Public Security Organs',
    nameZh: '公安机关互联网安全监督检查规定',
    aliases: [
      "Provisions on Public Security Organs' Internet Security Oversight and Inspections",
      'Provisions for Monitoring Inspections of Internet Security by Public Security Authorities',
      'Provisions on the Supervision and Inspection of Internet Security by Public Security Organs',
      'Provisions on Internet Security Supervision and Inspection by Public Security Authorities',
    ],
    zhShortNames: ['公安部令第151号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['mps'],
    adopted: '2018-09-05',
    promulgated: '2018-09-15',
    effective: '2018-11-01',
    summary:
      'MPS rules on how public security organs inspect internet service providers’ and network users’ compliance with their cybersecurity duties, including on-site inspections of premises and server rooms.',
    relations: [{ type: 'based_on', target: 'document:cybersecurity-law', source: 0 }],
    sources: [
      {
        url: 'http://en.pkulaw.cn/display.aspx?cgid=6e12d1f6ffc6871fbdfb&lib=law',
        title: 'PKULaw (北大法宝)',
        quote:
          'Provisions on Internet Security Supervision and Inspection by Public Security Organs [Effective]\n公安机关互联网安全监督检查规定 [现行有效] … Order of the Ministry of Public Security \n\n中华人民共和国公安部令\n\n(No. 151) (第151号)\n\nThe Provisions on Internet Security Supervision and Inspection by Public Security Organs, as adopted at the minister\'s executive meeting of the Ministry of Public Security on September 5, 2018, are hereby issued and shall come into force on November 1, 2018. … September 15, 2018 … these Provisions are developed according to the People\'s Police Law of the People\'s Republic of China, the Cybersecurity Law of the People\'s Republic of China, and other relevant laws and administrative regulations.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.mlzs.work/t/topic/4028',
        title: 'mlzs.work (转载自公安部网站)',
        quote:
          '中华人民共和国公安部令\n\n第151号\n\n《公安机关互联网安全监督检查规定》已经2018年9月5日公安部部长办公会议通过,现予发布,自2018年11月1日起施行。',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://www.chinalawtranslate.com/en/provisions-on-public-security-organs-internet-security-oversight-and-inspections/',
        title: 'China Law Translate',
        quote:
          "Provisions on Public Security Organs' Internet Security Oversight and Inspections … Article 2:  These Provisions apply to public security organs' lawful conduct of security oversight and inspections of Internet service providers' and network-using units' performance of network security obligations as provided for in laws, administrative regulations.",
        supports: ['aliases', 'summary'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2018/10/23/ministry-of-public-security-provisions-for-monitoring-inspections-of-internet-security-by-public-security-authorities',
        title: 'China Law & Practice',
        quote:
          'Ministry of Public Security, Provisions for Monitoring Inspections of Internet Security by Public Security Authorities\n\n公安部公安机关互联网安全监督检查规定 … Promulgated: September 15, 2018\n\nEffective: November 1, 2018',
        supports: ['aliases', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.internationallawoffice.com/Newsletters/Tech-Data-Telecoms-Media/China/AnJie-Law-Firm/Ministry-of-Public-Security-publishes-rules-on-supervision-and-inspection-of-internet-security',
        title: 'International Law Office (AnJie Law Firm)',
        quote:
          'On 15 September 2018 the Ministry of Public Security released the Provisions on the Supervision and Inspection of Internet Security by Public Security Organs.(1) The provisions took effect on 1 November 2018. … The provisions state that public security organs may, when supervising and inspecting internet security on-site:\n\n  • enter business premises, computer rooms and office spaces;',
        supports: ['aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://www.kw-legal.com/en/2018/10/15/7403en/',
        title: 'Hiways Law Firm (kw-legal.com)',
        quote:
          'Recently, the Ministry of Public Security released the “Provisions on Internet Security Supervision and Inspection by Public Security Authorities”, which will be implemented from 1 Nov. 2018.',
        supports: ['aliases', 'effective'],
      },
    ],
  },


  // ───────────────────────── GB 42250-2022 ─────────────────────────
  {
    id: 'document:security-technical-requirements-of-specialized-cybersecurity-products',
    name: 'Security Technical Requirements of Specialized Cybersecurity Products',
    nameZh: '信息安全技术 网络安全专用产品安全技术要求',
    aliases: [
      'Information security technology - Security technical requirements of specialized cybersecurity products',
      'Information security technology—Security technical requirements for specialized cybersecurity products',
    ],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2022-12-29',
    effective: '2023-07-01',
    code: 'GB 42250-2022',
    summary:
      'Mandatory baseline standard, implementing Article 23 of the Cybersecurity Law, on the security functions, own security and supply-chain assurance that specialised cybersecurity products and their providers must meet before sale.',
    relations: [{ type: 'implements', target: 'document:cybersecurity-law', source: 1 }],
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GB42250-2022',
        title: 'ChineseStandard.net – GB 42250-2022',
        quote:
          'GB 42250-2022: Information security technology - Security technical requirements of specialized cybersecurity products … GB\nNATIONAL STANDARD OF THE\nPEOPLE’S REPUBLIC OF CHINA … Issued on. DECEMBER 29, 2022\nImplemented on. JULY 01, 2023\nIssued by. State Administration for Market Regulation;\nStandardization Administration of the People\'s Republic of China.',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.codeofchina.com/standard/GB42250-2022.html',
        title: 'Code of China – GB 42250-2022',
        quote:
          'GB 42250-2022   Information security technology—Security technical requirements for specialized cybersecurity products (English Version) … Chinese Name: 信息安全技术 网络安全专用产品安全技术要求 … Issued on: 2022-12-29 … Introduction This document is formulated to implement Article 23 of the Cybersecurity Law of the People\'s Republic of China. … This document gives the baseline requirements that all specialized cybersecurity products and their providers need to meet.',
        supports: ['aliases', 'nameZh', 'code', 'promulgated', 'relations', 'summary'],
      },
      {
        url: 'https://www.chinesestandard.us/products/gb42250-2022',
        title: 'ChineseStandard.us – GB 42250-2022',
        quote:
          'This document stipulates the security function requirements, own security requirements\nand security assurance requirements of specialized cybersecurity products.',
        supports: ['summary'],
      },
      {
        url: 'https://renrendoc.com/paper/280063816.html',
        title: '人人文库 – GB 42250-2022',
        quote: '- 2022-12-29 颁布\n- 2023-07-01 实施\n文档简介\nICS35040\nCCSL.80\n中华人民共和国国家标准\nGB42250—2022\n信息安全技术\n网络安全专用产品安全技术要求',
        supports: ['nameZh', 'code', 'promulgated', 'effective'],
      },
    ],
  },

  // ───────────────────────── GB 17859-1999 ─────────────────────────
  {
    id: 'document:classified-criteria-for-security-protection-of-computer-information-system',
    name: 'Classified Criteria for Security Protection of Computer Information System',
    nameZh: '计算机信息系统 安全保护等级划分准则',
    aliases: ['Criteria for the classification of computer information system security protection levels'],
    // Issued by the State Bureau of Quality and Technical Supervision, a predecessor of the AQSIQ
    // and of SAMR; no gazetteer entry is given as issuer.
    kind: 'national_standard',
    status: 'final',
    promulgated: '1999-09-13',
    effective: '2001-01-01',
    code: 'GB 17859-1999',
    summary:
      'Mandatory standard dividing the security protection of computer information systems into five levels.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GB17859-1999',
        title: 'ChineseStandard.net – GB 17859-1999',
        quote:
          'GB 17859-1999: Classified criteria for security protection of computer information system … GB\nNATIONAL STANDARD OF THE\nPEOPLE’S REPUBLIC OF CHINA\nICS 35.020\nL 09\nClassified Criteria for Security Protection of\nComputer Information System\nIssued on. SEPTEMBER 13, 1999\nImplemented on. JANUARY 1, 2001\nIssued by. State Quality Technical Supervision Bureau',
        supports: ['name', 'code', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://m.bzxz.net/en/78d4cbeacba4b3590.html',
        title: 'bzxz.net – GB 17859-1999',
        quote:
          'GB 17859-1999 Criteria for the classification of computer information system security protection levels … This standard is proposed and managed by the Ministry of Public Security of the People\'s Republic of China.',
        supports: ['aliases', 'code'],
      },
      {
        url: 'https://www.renrendoc.com/p-10924605.html',
        title: '人人文库 – GB 17859-1999',
        quote:
          '《GB 17859-1999 计算机信息系统 安全保护等级划分准则》是中国关于计算机信息系统安全保护的重要标准,它为不同安全需求的信息系统定义了五个安全保护等级。 … - 1999-09-13 颁布\n- 2001-01-01 实施',
        supports: ['nameZh', 'code', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 25070-2019 ─────────────────────────
  {
    id: 'document:technical-requirements-of-security-design-for-classified-protection-of-cybersecurity',
    name: 'Technical Requirements of Security Design for Classified Protection of Cybersecurity',
    nameZh: '信息安全技术 网络安全等级保护安全设计技术要求',
    aliases: ['Information Security Technology Cybersecurity Multi-level Protection Security Design Technical Requirements'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2019-05-10',
    effective: '2019-12-01',
    code: 'GB/T 25070-2019',
    summary:
      'One of the three core MLPS 2.0 standards: technical requirements for designing the security of networks at each protection level, with extensions for cloud, mobile, IoT and industrial control systems; replaces GB/T 25070-2010.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT25070-2019',
        title: 'ChineseStandard.net – GB/T 25070-2019',
        quote:
          'GB/T 25070-2019: Information security technology - Technical requirements of security design for classified protection of cybersecurity … NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Replacing GB/T 25070-2010 … Issued on. MAY 10, 2019 Implemented on. DECEMBER 01, 2019 Issued by. State Administration for Market Regulation; Standardization Administration of PRC.',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.gb-gbt.com/PDF/Chinese.aspx/GBT25070-2019',
        title: 'GB-GBT.com – GB/T 25070-2019',
        quote:
          '标准编号 GB/T 25070-2019 (GB/T25070-2019)\n中文名称 信息安全技术 网络安全等级保护安全设计技术要求 … 发布日期 2019-05-10\n实施日期 2019-12-01',
        supports: ['nameZh', 'code', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.reedsmith.com/en/perspectives/2019/10/mlps-20-chinas-enhanced-data-security-multi-level-protection',
        title: 'Reed Smith',
        quote:
          '(2) the GB/T 25070-2019 Information Security Technology Cybersecurity Multi-level Protection Security Design Technical Requirements, and (3) the GB/T 28448-2019 Information Security Technology Cybersecurity Multi-level Protection Assessment Requirements, which will take effective on 1 December 2019.',
        supports: ['aliases', 'code', 'effective'],
      },
      {
        url: 'https://codeofchina.com/standard/GBT25070-2019.html',
        title: 'Code of China – GB/T 25070-2019',
        quote:
          'This standard replaces GB/T 25070-2010 Information security technology - Technical requirements of security design for information system classified protection … ——The technical requirements of design for security computing environments at all levels are adjusted to the technical requirements of design for general security computing environment, cloud security computing environment, mobile interconnection security computing environment, IoT system security computing environment, and ICS security computing environment;',
        supports: ['summary'],
      },
    ],
  },

  // ───────────────────────── GB/T 25058-2019 ─────────────────────────
  {
    id: 'document:implementation-guide-for-classified-protection-of-cybersecurity',
    name: 'Implementation Guide for Classified Protection of Cybersecurity',
    nameZh: '信息安全技术 网络安全等级保护实施指南',
    aliases: ['Information Security Technology - Implementation Guide for Classified Protection of Cybersecurity'],
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr', 'sac'],
    promulgated: '2019-08-30',
    effective: '2020-03-01',
    code: 'GB/T 25058-2019',
    summary:
      'Recommended national standard guiding how the multi-level protection scheme is implemented in practice, from rating and filing the protected object to overall security planning; replaces GB/T 25058-2010.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/GBT25058-2019',
        title: 'ChineseStandard.net – GB/T 25058-2019',
        quote:
          'GB/T 25058-2019: Information Security Technology - Implementation Guide for Classified Protection of Cybersecurity … NATIONAL STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.040 L 80 Replacing GB/T 25058-2010 Information Security Technology - Implementation Guide for Classified Protection of Cybersecurity Issued on. AUGUST 30, 2019 Implemented on. MARCH 1, 2020 Issued by. State Administration for Market Regulation; Standardization Administration of the People’s Republic of China.',
        supports: ['name', 'aliases', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'http://codeofchina.com/standard/GBT25058-2019.html',
        title: 'Code of China – GB/T 25058-2019',
        quote:
          'Standard No.: GB/T 25058-2019\nEnglish Name: Information security technology—Implementation guide for classified protection of cybersecurity\nChinese Name: 信息安全技术 网络安全等级保护实施指南 … Issued on: 2019-08-30\nImplemented on: 2020-3-1\nStatus: valid\nSuperseding:GB/T 25058-2010 Information security technology—Implementation guide for classified protection of information system',
        supports: ['nameZh', 'code', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.chinesestandard.us/products/gbt25058-2019',
        title: 'ChineseStandard.us – GB/T 25058-2019',
        quote:
          '4 Overview of Implementation of Classified Protection ... 8 … 5 Rating and Filing of Classified Protection Object ... 13 … 6 Overall Security Planning ... 23',
        supports: ['summary'],
      },
      {
        url: 'https://www.dataguidance.com/opinion/china-mlps-20-introduction-2019-implementation-guide',
        title: 'DataGuidance (GEN Law Firm)',
        quote:
          "On 30 August 2019, the State Administration for Market Regulation ('SAMR') and the Standardization Administration of the People's Republic of China ('SAC') jointly released the Information Security Technology - Implementation Guide for Classified Protection of Cybersecurity (GB/T 25058-2019) ('the 2019 Implementation Guide') to provide business operators with guidance on how to implement the Multi-layered Protection Scheme ('MLPS') in practice. This recommended national standard became effective on 1 March 2020.",
        supports: ['aliases', 'code', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },

  // ───────────────────────── JR/T 0197-2020 ─────────────────────────
  {
    id: 'document:financial-data-security-guidelines-for-data-security-classification',
    name: 'Financial Data Security – Guidelines for Data Security Classification',
    nameZh: '金融数据安全 数据安全分级指南',
    aliases: ['Financial Data Security Data Security Classification Guidelines', 'Financial Data Security Grading Guide'],
    kind: 'industry_standard',
    status: 'final',
    issuers: ['pboc'],
    promulgated: '2020-09-23',
    effective: '2020-09-23',
    code: 'JR/T 0197-2020',
    summary:
      'PBOC financial industry standard on how financial institutions grade the security level of their electronic data and identify important data.',
    sources: [
      {
        url: 'https://www.chinesestandard.net/PDF.aspx/JRT0197-2020',
        title: 'ChineseStandard.net – JR/T 0197-2020',
        quote:
          'JR/T 0197-2020: Financial data security - Guidelines for data security classification … JR FINANCIAL INDUSTRY STANDARD OF THE PEOPLE’S REPUBLIC OF CHINA ICS 35.240.40 A 11 Financial data security - Guidelines for data security classification Issued on. SEPTEMBER 23, 2020 Implemented on. SEPTEMBER 23, 2020 Issued by. People’s Bank of China … 5 Data security grading... 10 6 Identification of important data... 21',
        supports: ['name', 'code', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.gbstd.com/en-us/view/6213104032000000.html',
        title: 'gbstd.com – JR/T 0197-2020',
        quote:
          'JR/T 0197-2020 Financial Data Security Data Security Classification Guidelines … Standard Type: Industry standards\nStandard Status: Active … Publish Date: 2020-09-23\nImplement Date: 2020-09-23 … It is applicable to financial institutions in conducting electronic data security classification work',
        supports: ['aliases', 'code', 'kind', 'status', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://scribd.com/document/645539111/金融数据安全-数据安全分级指南',
        title: 'Scribd – JR/T 0197—2020',
        quote:
          'JR\n中 华 人 民 共 和 国 金 融 行 业 标 准\nJR/T 0197—2020\n\n金融数据安全 数据安全分级指南\nFinancial data security—Guidelines for data security classification\n\n2020 - 09 - 23 发布 2020 - 09 - 23 实施\n\n中国人民银行 发 布',
        supports: ['nameZh', 'code', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.besthub.dev/articles/how-to-implement-effective-data-classification-and-grading-for-secure-data-management-aef8a0496f45',
        title: 'Data Thinking Notes (besthub.dev)',
        quote:
          "Financial Data Security Grading Guide (JR/T 0197—2020)\n\nPeople's Bank of China\n\nGoals, principles, scope, elements, rules, and process of financial data security grading.",
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────────────────── JR/T 0158-2018 ─────────────────────────
  {
    id: 'document:data-classification-guidelines-for-securities-and-futures-industry',
    name: 'Data Classification Guidelines for Securities and Futures Industry',
    nameZh: '证券期货业数据分类分级指引',
    aliases: ['Securities and Futures Data Classification and Grading Guide'],
    kind: 'industry_standard',
    status: 'final',
    issuers: ['csrc'],
    promulgated: '2018-09-27',
    effective: '2018-09-27',
    code: 'JR/T 0158-2018',
    summary:
      'Financial industry standard, drafted under the CSRC, on classifying and grading securities and futures data by the impact of its leakage or damage.',
    sources: [
      {
        url: 'http://www.csisc.cn/zbscywb/c100328/201911/b4130eb2d7ff4e298e191ae223b3f830.shtml',
        title: 'China Securities Information Standards (csisc.cn)',
        quote:
          'Data classification guidelines for securities and futures industry\n\nStandard No.: JR/T 0158—2018\nStandard Chinese name: 证券期货业数据分类分级指引\nStandard English name: Data classification guidelines for securities and futures industry\nIssue Date: 2018-09-27\nImplementation Date: 2018-09-27\nDrafting Unit: IT Center, China Securities Regulatory Commission',
        supports: ['name', 'nameZh', 'code', 'kind', 'status', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.besthub.dev/articles/how-to-implement-effective-data-classification-and-grading-for-secure-data-management-aef8a0496f45',
        title: 'Data Thinking Notes (besthub.dev)',
        quote:
          'Securities and Futures Data Classification and Grading Guide (JR/T 0158-2018)\n\nChina Securities Regulatory Commission\n\nGrading method based on impact of data leakage or damage for the securities and futures industry.',
        supports: ['aliases', 'code', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────────────────── Data security management certification (2022) ─────────────────────────
  {
    id: 'document:announcement-on-carrying-out-data-security-management-certification',
    name: 'Announcement on Carrying Out Data Security Management Certification',
    nameZh: '关于开展数据安全管理认证工作的公告',
    aliases: ['Announcement on Carrying Out the Work of Certifying Data Security Management'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'cac'],
    promulgated: '2022-06-05',
    summary: 'SAMR and CAC announcement on data security management certification, encouraging network operators to use certification for their data handling and adopting its implementation rules.',
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/4996-adopted-announcement-on-carrying-out-data-security-management-certification',
        title: 'Digital Policy Alert',
        quote:
          'Adopted Announcement on Carrying out Data Security Management Certification\n\nOn 5 June 2022, the Chinese Cyberspace Administration adopted the implementation rules of the data security management certification. In the announcement, the administration encouraged network operators to use certification systems when handling data, to improve data security when data is stored or handled.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2022/06/17/state-administration-for-market-regulation-and-cyberspace-administration-of-china-announcement-on-carrying-out-the-work-of-certifying-data-security-management',
        title: 'China Law & Practice',
        quote:
          'State Administration for Market Regulation and Cyberspace Administration of China, Announcement on Carrying Out the Work of Certifying Data Security Management\n\n国家市场监督管理总局、国家互联网信息办公室关于开展数据安全管理认证工作的公告 … Promulgated: June 5, 2022',
        supports: ['aliases', 'nameZh', 'issuers', 'promulgated'],
      },
    ],
  },
  {
    id: 'document:implementation-rules-for-data-security-management-certification',
    name: 'Implementation Rules for Data Security Management Certification',
    nameZh: '数据安全管理认证实施规则',
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'cac'],
    promulgated: '2022-06-05',
    summary:
      'Rules for certifying network operators’ collection, storage, use, transmission, provision and disclosure of network data against GB/T 41479, by technical verification, on-site audit and post-certification supervision; certificates last three years.',
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/4996-adopted-announcement-on-carrying-out-data-security-management-certification',
        title: 'Digital Policy Alert',
        quote:
          'On 5 June 2022, the Chinese Cyberspace Administration adopted the implementation rules of the data security management certification. … According to the rules, the certification process includes technical verifications and an on-site audit. After conducting a comprehensive evaluation, the certification body evaluates the applicants and decides on whether to issue the certification certificate. The certification lasts for three years and can be maintained by complying with post-certification supervision.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.bctest.com/jinrongkejishijie/2022/05/files/basic-html/page15.html',
        title: '金融科技视界 (银行卡检测中心)',
        quote:
          '数据安全管理认证实施规则 … 本规则依据《中华人民共和国认证认可条 … 例》制定,规定了对网络运营者开展网络数据收 … 集、存储、使用、加工、传输、提供、公开等处理活 … 动进行认证的基本原则和要求。 … GB/T 41479《信息安全技术 网络数据处理 … 安全要求》及相关标准规范。',
        supports: ['nameZh', 'summary', 'relations'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2022/06/17/state-administration-for-market-regulation-and-cyberspace-administration-of-china-announcement-on-carrying-out-the-work-of-certifying-data-security-management',
        title: 'China Law & Practice',
        quote:
          'Promulgated: June 5, 2022\n\nApplicability: These rules set forth the basic principles and requirements for the certification of processing activities such as network data collection, storage, use, processing, transmission, provision and disclosure carried out by network operators (Article 1).\n\nMain contents: The certification model for the certification of data security management is as follows: technical verification + onsite review + post-certification monitoring (Article',
        supports: ['issuers', 'promulgated', 'summary'],
      },
    ],
  },
];
