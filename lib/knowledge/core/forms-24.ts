/**
 * Curated core layer: short forms of bodies the graph holds, as their own pages write them.
 * SAMR's site calls it 市场监督管理总局 without 国家, as Chinese news does; no other body's name is
 * that string (provincial and city bureaus are 市场监督管理局, without 总).
 */
import type { AuthorityVariant } from './types';

export const AUTHORITY_VARIANTS_FORMS_24: AuthorityVariant[] = [
  {
    slug: 'samr',
    zhShortNames: ['市场监督管理总局'],
    sources: [
      {
        url: 'https://xgzlyhd.samr.gov.cn/gjjly',
        title: '国家市场监督管理总局 – 留言咨询智能互动服务',
        quote:
          '您好!欢迎使用国家市场监督管理总局留言咨询智能互动服务。 … 二、本服务所提供的答复内容仅作为公众了解市场监督管理总局工作和解决相关问题的参考性意见和建议,不具有法定效力',
        supports: ['zhShortNames'],
      },
    ],
  },
];
