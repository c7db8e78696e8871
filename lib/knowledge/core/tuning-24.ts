import type { CoreInstrument } from './types';

/**
 * PRC documents that pages on countermeasures and data-asset accounting cite and the graph lacked:
 * the Unreliable Entity List working mechanism's announcement No. 10 of 2025 (14 foreign entities,
 * 9 October 2025), and the Ministry of Finance's Accounting Standards for Business Enterprises
 * (企业会计准则), which the data resource accounting rules apply.
 *
 * Left out: Beijing's 2024 regulation on foreign investment (北京市外商投资条例). Without an entry
 * for its draft, a page's "Beijing Foreign Investment Regulation (Draft)" would be read as the final
 * regulation, and no stored page gives the draft's Chinese title. Also left out: the English title
 * of the UEL announcement in the form a law-firm alert writes it, which no other stored page writes.
 */
export const CORE_TUNING_24: CoreInstrument[] = [
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
