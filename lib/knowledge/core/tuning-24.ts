import type { CoreInstrument } from './types';

/**
 * PRC documents that pages on foreign investment, countermeasures and data-asset accounting cite and
 * the graph lacked: Beijing's local regulation on foreign investment (2024), the Unreliable Entity
 * List working mechanism's announcement No. 10 of 2025 (14 foreign entities, 9 October 2025), and the
 * Ministry of Finance's Accounting Standards for Business Enterprises (企业会计准则), which the data
 * resource accounting rules apply.
 *
 * Left out: the draft of the Beijing regulation under the name a page gave it ("Beijing Foreign
 * Investment Regulation (Draft)"), which no stored page other than that one writes, and the English
 * title of the UEL announcement in the form a law-firm alert writes it, for the same reason.
 */
export const CORE_TUNING_24: CoreInstrument[] = [
  // ───────────── Beijing: local regulation on foreign investment (2024) ─────────────
  {
    id: 'document:regulation-of-beijing-municipality-on-foreign-investment',
    name: 'Regulation of Beijing Municipality on Foreign Investment',
    nameZh: '北京市外商投资条例',
    aliases: [
      'Regulations of Beijing Municipality on Foreign Investment',
      'Beijing Regulation on Foreign Investment',
      'Regulation on Foreign Investment for Beijing',
    ],
    kind: 'local_regulation',
    status: 'final',
    issuers: ['beijing-people-s-congress-standing-committee'],
    adopted: '2024-05-31',
    effective: '2024-07-01',
    summary:
      'Beijing’s first local regulation devoted to foreign investment (44 articles in seven chapters), carrying out the Foreign Investment Law: pre-establishment national treatment plus a negative list, government procurement, the government keeping its promises, and easier outbound transfer of data, with general and important data lists for the Beijing pilot free trade zone.',
    relations: [{ type: 'based_on', target: 'document:foreign-investment-law', source: 0 }],
    sources: [
      {
        url: 'https://english.beijing.gov.cn/investinginbeijing/two_zones/updates/202406/t20240624_3724731.html',
        title: 'Beijing International (english.beijing.gov.cn) – Beijing adopts regulation on foreign investment',
        quote:
          'Beijing adopted the Regulation of Beijing Municipality on Foreign Investment (the Regulation for short), the first special one on foreign investment, representing its effort to address investment challenges encountered by foreign enterprises and enhance institutional openness in the capital city.\nThe Regulation contains 44 articles in seven chapters: General Provisions, Investment Promotion, Investment Protection, Investment Services, Investment Management, Legal Responsibilities, and Supplementary Provisions. The Regulation is significant for its effective execution of the Foreign Investment Law of the People\'s Republic of China and targeted, service-oriented, coordinating nature.',
        supports: ['name', 'kind', 'status', 'summary', 'relations'],
      },
      {
        url: 'https://english.news.cn/20240531/f9632faeda44454dbd2b1f695e4dfd64/c.html',
        title: 'Xinhua – Beijing passes regulation to optimize foreign investment environment',
        quote:
          '2024-05-31 17:28:30\n\nBEIJING, May 31 (Xinhua) -- Beijing passed its first special regulation on foreign investment on Friday, representing the Chinese capital\'s latest effort to promote further opening up and boost its appeal to global investors.\n\nThis regulation was passed on Friday at the 10th session of the Standing Committee of the 16th Beijing Municipal People\'s Congress, the local legislature. It is scheduled to become effective on July 1.',
        supports: ['kind', 'status', 'issuers', 'adopted', 'effective'],
      },
      {
        url: 'https://english.beijing.gov.cn/investinginbeijing/two_zones/updates/202312/t20231201_3336487.html',
        title: 'Beijing International (english.beijing.gov.cn) – First deliberation of the draft regulations on foreign investment',
        quote:
          'The sixth session of the Standing Committee of the 16th Beijing Municipal People\'s Congress held its first deliberation for the Regulations of Beijing Municipality on Foreign Investment (Draft) on November 22.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://grandwaylaw.com/en/Legalupdate/4325.html',
        title: 'Grandway Law Offices – Beijing Adopts Its First Special Regulation on Foreign Investment',
        quote:
          'The Beijing Regulation on Foreign Investment was released on the website of the Standing Committee of Beijing Municipal People’s Congress. … to be effective on July 1, 2024.\n\n\nConsisting of 44 articles in seven chapters, the document designs systems with respect to policy-making, government procurement, government’s fulfillment of promises, cross-border data flow … It said that Beijing will implement the pre-establishment national treatment plus negative list management system for foreign investment',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://mmlcgroup.com/beijing-foreign-investment/',
        title: 'MMLC Group – Beijing to Implement New Foreign Investment Policy',
        quote:
          'On 31 May 2024, the Regulation on Foreign Investment for Beijing (“Regulation”) was adopted by the Standing Committee of Beijing Municipal People’s Congress. … In response to the issue of cross-border data transfer that foreign-invested entities are generally concerned about, the Regulation proposes two solutions of a general data list and an important data list applied for China (Beijing) Free Trade Pilot Zone (“Beijing FTPZ”).',
        supports: ['aliases', 'issuers', 'adopted', 'summary'],
      },
      {
        url: 'https://www.metroradio.com.hk/news/details.aspx?CategoryName=china&NewsID=20260125154527',
        title: '新城電台 (Metro Radio) – 去年北京新設外資企業數量增長19.5%',
        quote:
          '會上指出,去年出台《北京市外商投資條例》配套文件4項,召開了15場外資企業圓桌會,收集了90多項企業問題訴求,新認定了20家外商投資企業為跨國公司總部,推出了121個1千萬美元以上的外資項目。',
        supports: ['nameZh', 'status'],
      },
    ],
  },

  // ───────────── Unreliable Entity List: announcement No. 10 of 2025 ─────────────
  {
    id: 'document:unreliable-entity-list-working-mechanism-announcement-2025-10',
    name: 'Unreliable Entity List Working Mechanism Announcement [2025] No. 10',
    nameZh: '不可靠实体清单工作机制〔2025〕10号',
    kind: 'normative_document',
    status: 'final',
    promulgated: '2025-10-09',
    summary:
      'The 9 October 2025 announcement putting 14 foreign entities and their branches (Dedrone by Axon among them) on the Unreliable Entity List for military technology cooperation with Taiwan, remarks against China or helping foreign governments act against Chinese firms, barring their China-related imports and exports, new investment in China, and transactions, cooperation and data transfers with them.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-unreliable-entity-list', source: 1 }],
    sources: [
      {
        url: 'https://finance.technews.tw/2025/10/09/mofcom',
        title: '科技新報 TechNews – 涉與台軍事合作,中國再列 14 家外國實體入不可靠清單',
        quote:
          '發布日期 2025 年 10 月 09 日 17:52 … 中國商務部今日再度啟動「不可靠實體清單」機制,公布「不可靠實體清單工作機制〔2025〕10號」公告,將 14 家外國實體列入名單,理由是與台灣開展軍事技術合作、發表涉中惡劣言論,或協助外國政府打壓中企。',
        supports: ['nameZh', 'kind', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.ettoday.net/news/20251009/3047716.htm',
        title: 'ETtoday 新聞雲 (9 October 2025) – report on MOFCOM adding 14 entities to the Unreliable Entity List',
        quote:
          '大陸商務部今（9）日宣佈，對反無人機技術公司（Dedrone by Axon）等14間美加軍工企業及其分支機構列入不可靠實體清單，禁止從事與中國有關的進出口活動；禁止在中國境內新增投資；禁止中國境內的組織、個人與上述實體進行有關交易、合作等活動，特別是向上述實體傳輸數據、提供敏感資訊等。 … 「根據《中華人民共和國對外貿易法》、《中華人民共和國國家安全法》、《中華人民共和國反外國制裁法》等法律，依據《不可靠實體清單規定》第二條等規定，依法追究其不法責任。」',
        supports: ['summary', 'relations'],
      },
      {
        url: 'https://tass.com/world/2027641',
        title: 'TASS (9 October 2025) – report on China adding 14 defense companies to its unreliable entity list',
        quote:
          'BEIJING, October 9. /TASS/. Chinese authorities have added 14 defense industry companies from the United States and several other Western countries to their list of unreliable organizations, the Chinese Ministry of Commerce announced. … These entities are banned from trading with China and investing in the People\'s Republic of China\'s economy. … This decision takes effect upon announcement.',
        supports: ['name', 'status', 'summary'],
      },
    ],
  },

  // ───────────── MOF: Accounting Standards for Business Enterprises (2006) ─────────────
  {
    id: 'document:accounting-standards-for-business-enterprises',
    name: 'Accounting Standards for Business Enterprises',
    nameZh: '企业会计准则',
    kind: 'other',
    status: 'final',
    issuers: ['mof'],
    promulgated: '2006-02-15',
    effective: '2007-01-01',
    summary:
      'The Ministry of Finance’s accounting standards for enterprises: a Basic Standard and 38 specific standards issued on 15 February 2006, applied by listed companies from 1 January 2007 and substantially in line with IFRS; since 2007 the ministry also calls them the Chinese Accounting Standards (CAS).',
    sources: [
      {
        url: 'https://www.lehmanbrown.com/peeling-the-onion/convergence-china-gaap-ias/',
        title: 'LehmanBrown – Convergence of China GAAP to IAS',
        quote:
          'On 15 February 2006, the Ministry of Finance of the People’s Republic of China (the ‘MoF’) formally announced the issuance of the long awaited Accounting Standard for Business Enterprises (‘ASBE’). The ASBE consists of the Basic ASBE and 38 Specific ASBEs. These standards, which will be applied effectively from 1 January 2007, will become mandatory for all listed Chinese enterprises. … They are substantially in line with IFRSs, except for certain modifications that reflect China’s unique circumstances and environment.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://www.iasplus.com/en/news/2007/May/news3574',
        title: 'IAS Plus (Deloitte) – Further guidance on new Chinese Accounting Standards',
        quote:
          '*Note that when the 38 new standards were adopted in February 2006, they were generally referred to in English as Accounting Standards for Business Enterprises, or ASBEs. Because of possible confusion of that term with some older pronouncements, the MOF now refers to the 38 new standards as Chinese Accounting Standards, or CASs.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'http://casholdings.com.cn/tzgg2015/200608/t20060825_46297.html',
        title: '国科控股 – 关于自2008年起统一执行新《企业会计准则》的通知',
        quote:
          '为规范企业会计确认、计量和报告行为,保证会计信息质量,根据《中华人民共和国会计法》,财政部制定了《企业会计准则第1号―存货》等38项具体准则(以下简称新《企业会计准则》),并于2006年2月15日正式颁布。 … 财政部决定,新《企业会计准则》体系,自2007年1月1日起在上市公司范围内施行',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
];
