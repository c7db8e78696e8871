import type { CoreInstrument } from './types';

/**
 * PRC documents that pages on China's product and market-access rules cite and the graph lacked:
 * SAMR's catalogue of products subject to compulsory (CCC) certification.
 */
export const CORE_TUNING_20: CoreInstrument[] = [
  // ───────────── CCC catalogue (SAMR) ─────────────
  {
    id: 'document:compulsory-product-certification-catalogue',
    name: 'Compulsory Product Certification Catalogue',
    nameZh: '强制性产品认证目录',
    aliases: ['CCC product catalogue'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr'],
    amended: ['2020-04-21', '2023-09-05'],
    summary: 'SAMR’s catalogue of the products subject to China Compulsory Certification (CCC); SAMR consolidated it into 17 categories and 103 products in 2020 and revised it in 2023.',
    sources: [
      {
        url: 'https://www.tuvsud.com/en/e-ssentials-newsletter/consumer-products-and-retail-essentials/e-ssentials-7-2023/china-catalogue-of-products-subject-to-compulsory-product-certification-published',
        title: 'TÜV SÜD – China: Catalogue of Products Subject to Compulsory Product Certification Published',
        quote:
          'On 5 September 2023, the Chinese State Administration for Market Regulation (SAMR) published Announcement No.36, 2023 to release the catalogue of compulsory products for CCC certification.\nThe Announcement is a revised version based on the previous catalogue. The Compulsory Product Certification Catalogue covers 16 categories of products and 96 products in total.',
        supports: ['name', 'kind', 'status', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://zh.wikisource.org/zh-hant/%E5%B8%82%E5%9C%BA%E7%9B%91%E7%AE%A1%E6%80%BB%E5%B1%80%E5%85%B3%E4%BA%8E%E4%BC%98%E5%8C%96%E5%BC%BA%E5%88%B6%E6%80%A7%E4%BA%A7%E5%93%81%E8%AE%A4%E8%AF%81%E7%9B%AE%E5%BD%95%E7%9A%84%E5%85%AC%E5%91%8A',
        title: '維基文庫 – 市場監管總局關於優化強制性產品認證目錄的公告',
        quote:
          '國家市場監督管理總局公告2020年第18號\n2020年4月21日\n發布機關:市場監管總局 … 對目錄內部分產品種類進行歸併和優化。優化後的強制性產品認證目錄共17大類103種產品,現予公布。',
        supports: ['nameZh', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://efs.consulting/en/insight/new-ccc-products-catalogue/',
        title: 'EFS Consulting – New CCC products catalogue',
        quote:
          'The Chinese market supervision authority State Administration for Market Regulation (SAMR) published recently an updated and consolidated catalogue of products subject to the CCC certification.\nThe original 21 categories comprising 137 products were reduced to 17 categories with 103 products. … The newest version of the CCC product catalogue reflects the latest changes in the affected CCC product scope.',
        supports: ['aliases', 'issuers', 'summary'],
      },
    ],
  },
];
