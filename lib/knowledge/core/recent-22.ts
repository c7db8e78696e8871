/**
 * Curated core layer: PRC instruments in TMT issued or put out for comment in 2026 that recent
 * pages (law-firm alerts, policy trackers, financial and trade press, Chinese pages) cite and the
 * graph lacked. Every filled field is backed by a verbatim quote from a stored public page.
 *
 * OTHER_NAMES_RECENT_22 is kept for names of entries other files hold; it is empty for now. The
 * final anthropomorphic-AI measures (10 April 2026) are still not an entry: the December 2025 draft
 * (zh-renderings-3.ts) already carries the Chinese title 人工智能拟人化互动服务管理暂行办法 and the
 * English titles the final is cited by, and the core layer allows one entry per title.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_RECENT_22: CoreInstrument[] = [
  // ───────────── CAC and five financial authorities: classification and grading of financial information service data (2026) ─────────────
  {
    id: 'document:guidelines-for-classification-and-grading-of-financial-information-services-data',
    name: 'Guidelines for Classification and Grading of Financial Information Services Data',
    nameZh: '金融信息服务数据分类分级指南',
    aliases: [
      'Financial Information Service Data Classification and Grading Guidelines',
      'Guidelines for the Classification and Grading of Financial Information Service Data',
      'Guidelines for Data Classification and Grading in Financial Information Services',
      'Guidelines on Data Classification and Grading for Financial Information Services',
    ],
    kind: 'normative_document',
    status: 'final',
    issuers: ['cac', 'pboc', 'nfra', 'csrc', 'safe'],
    promulgated: '2026-06-13',
    summary:
      'Sector guide for financial information service providers (first drafted by the CAC in January 2026, issued with the PBOC, NFRA, CSRC, NBS and SAFE in June 2026): their data fall into business, user and enterprise data (subdivided into second-level and 67 third-level categories) and four grades, core, important, sensitive general and routine general, with important-data catalogues reported to regulators.',
    relations: [
      { type: 'based_on', target: 'document:administrative-regulations-on-financial-information-services', source: 0 },
      { type: 'cites', target: 'document:rules-for-data-classification-and-grading', source: 0 },
    ],
    sources: [
      {
        url: 'https://gmt8press.com/flash/detail/1416837',
        title: 'GMT Eight – Issuance of the Guidelines on Classification and Grading of Financial Information Service Data',
        quote:
          'Recently, the Cyberspace Administration of China, the People\'s Bank of China, the China Banking and Insurance Regulatory Commission, the China Securities Regulatory Commission, the National Bureau of Statistics, and the State Administration of Foreign Exchange jointly issued the "Guidelines for Classification and Grading of Financial Information Services Data." The "Guidelines" are in line with the "Regulations on the Management of Financial Information Services" … In terms of grading, the "Guidelines" refer to the national standard GB/T 43697-2024 "Data security technology - Data Classification and Grading Rules,"',
        supports: ['name', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'https://rainsnews.com/en/cn/business/china-issues-new-guidelines-to-classify-and-grade-financial-data-for-security-11634',
        title: 'Rains News – China issues new guidelines to classify and grade financial data for security',
        quote:
          'China’s financial regulators jointly issued the Financial Information Service Data Classification and Grading Guidelines on June 13, 2026, setting new rules for data security in the financial sector [1, 2, 3]. … Data under the guidelines is sorted into three main categories: business data, user data, and enterprise data. Each category is further detailed into nine secondary categories and 67 tertiary categories based on specific business attributes [1, 2, 4]. Data is also graded into four levels reflecting the potential impact of breaches or misuse: core, important, sensitive general, and general [1, 2].',
        supports: ['aliases', 'status', 'promulgated', 'summary'],
      },
      {
        url: 'https://rainsnews.com/en/cn/business/china-issues-new-guidelines-to-classify-and-grade-financial-data-for-security-11634',
        title: 'Rains News – China issues new guidelines to classify and grade financial data for security',
        quote:
          'Firms must inventory their data, classify and grade it according to the new categories and levels, maintain classification lists, and report catalogs of important data to regulators [1, 2]. … The guidelines were issued collaboratively by six major agencies: the Cyberspace Administration of China, People’s Bank of China, National Financial Regulatory Administration, China Securities Regulatory Commission, National Bureau of Statistics, and State Administration of Foreign Exchange [2, 3].',
        supports: ['issuers', 'summary'],
      },
      {
        url: 'https://www.chinafxtools.com/news/504.html',
        title: 'ChinaFXTools – China Issues Financial Information Service Data Classification and Grading Guidelines',
        quote:
          'China’s Cyberspace Administration, the People’s Bank of China (PBOC), the National Financial Regulatory Administration, the China Securities Regulatory Commission, the National Bureau of Statistics, and the State Administration of Foreign Exchange (SAFE) have jointly issued the “Financial Information Service Data Classification and Grading Guidelines” (hereinafter referred to as the “Guidelines”). … the data is classified into four levels from highest to lowest: core data, important data, sensitive general data, and routine general data.',
        supports: ['aliases', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1212490888912179200',
        title: 'Reportify – CAC drafts Guidelines for the Classification and Grading of Financial Information Service Data',
        quote:
          'Core Viewpoint - The National Internet Information Office, in collaboration with relevant departments, has drafted the "Guidelines for the Classification and Grading of Financial Information Service Data" to standardize data processing activities and enhance data security in financial information services [1][3].',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://mmlcgroup.com/china-data-fintech/',
        title: 'MMLC Group – China Releases Draft Rules for Classifying Financial Data by Risk Level',
        quote:
          'On 24 January 2026, the Cyberspace Administration of China (“CAC”) released the Guidelines for Data Classification and Grading in Financial Information Services (Draft for Comments) (“Draft Guidelines”), formulated in conjunction with relevant authorities.',
        supports: ['aliases', 'issuers', 'summary'],
      },
      {
        url: 'https://techinsights.linklaters.com/post/102mkik/china-new-guidance-on-classifying-data-and-identifying-important-data-in-the-fin',
        title: 'Linklaters TechInsights – China: New guidance on classifying data and identifying important data in the financial industry',
        quote:
          'On 24 January, the Cyberspace Administration of China (CAC) released the Draft Guidelines on Data Classification and Grading for Financial Information Services (the Guidelines) for public consultation.',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://newsstroll.com/refutes-rumours/341478.html',
        title: '國家互聯網信息辦公室關於《金融信息服務數據分類分級指南(徵求意見稿)》公開徵求意見的通知',
        quote:
          '國家互聯網信息辦公室會同有關部門組織起草了《金融信息服務數據分類分級指南(徵求意見稿)》,現向社會公開徵求意見。 … 國家互聯網信息辦公室\n2026年1月24日\n金融信息服務數據分類分級指南\n(徵求意見稿)',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },
];

/** Names for entries of other files (none yet). */
export const OTHER_NAMES_RECENT_22: CoreOtherNames[] = [];
