/**
 * Curated core layer: what Chinese-language pages (news, law-firm notes, government pages, in
 * simplified and traditional script) write for PRC instruments and authorities that the graph
 * did not recognise. Each entry or short form is quoted from a stored public page that shows it.
 */
import type { AuthorityVariant, CoreInstrument } from './types';

export const AUTHORITY_VARIANTS_ZH_RENDERINGS_3: AuthorityVariant[] = [
  {
    // Chinese pages list the ministry as 科技部 among co-issuers (国家网信办联合国家发展改革委、教育部、科技部…).
    slug: 'most',
    zhShortNames: ['科技部'],
    sources: [
      {
        url: 'https://wikim.kfd.me/zh-hans/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E7%A7%91%E5%AD%A6%E6%8A%80%E6%9C%AF%E9%83%A8',
        title: '中华人民共和国科学技术部 – 维基百科',
        quote: '中华人民共和国科学技术部,规范化简称科技部[1],又简称科学技术部,是中华人民共和国国务院主管国家科学技术事务的组成部门。',
        supports: ['zhShortNames'],
      },
    ],
  },
];

export const CORE_ZH_RENDERINGS_3: CoreInstrument[] = [];
