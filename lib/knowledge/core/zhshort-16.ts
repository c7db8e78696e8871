/**
 * Curated core layer: Chinese short forms and document numbers pages use for instruments the core
 * layer already holds — 《合规审计办法》 and 《个保合规审计办法》 for the CAC's personal information
 * protection compliance audit measures and MOFCOM's order number of the blocking rules
 * (商务部令2021年第1号). Each form is quoted from
 * a stored public page that shows it beside the full title or in the document's own heading.
 *
 * No new instruments: index.ts merges these rows onto the existing entries with `withOtherNames`.
 */
import type { CoreOtherNames } from './zh-forms-5';

export const OTHER_NAMES_ZHSHORT_16: CoreOtherNames[] = [
  {
    id: 'document:measures-for-administration-of-personal-information-protection-compliance-audits',
    zhShortNames: ['个保合规审计办法', '合规审计办法'],
    sources: [
      {
        url: 'http://glo.com.cn/Content/2025/02-18/1508375082.html',
        title: '环球律师事务所 – 个保合规审计时代来临!《个人信息保护合规审计管理办法》实施要点问与答',
        quote:
          '2025年2月14日,网信办正式发布《个人信息保护合规审计管理办法》(下称“《个保合规审计办法》”),自2025年5月1日起施行',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://icyanblue.com/?id=2265',
        title: 'icyanblue – 个人信息保护合规审计',
        quote:
          '2025年5月1日,国家互联网信息办公室正式实施的《个人信息保护合规审计管理办法》(以下简称《合规审计办法》)为这一领域提供了明确的制度框架。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:rules-on-counteracting-unjustified-extra-territorial-application-of-foreign-legislation',
    zhShortNames: ['商务部令2021年第1号'],
    sources: [
      {
        url: 'http://www.lawyers.org.cn/info/334a375a82634781b509185951304151',
        title: '上海律师协会 – 简要解析商务部令2021年第1号《阻断外国法律与措施不当域外适用办法》',
        quote:
          '中国商务部于2021年1月9日,发布了商务部令2021年第1号:《阻断外国法律与措施不当域外适用办法》(以下简称“《适用办法》”)。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://stli.iii.org.tw/article-detail.aspx?d=8624&no=55&tp=5',
        title: '資策會科技法律研究所 – 中國大陸商務部頒布《阻斷外國法律與措施不當域外適用辦法》',
        quote:
          '中國大陸商務部於2021年1月9日公布《阻斷外國法律與措施不當域外適用辦法》(商務部令2021年第1號,簡稱《辦法》)',
        supports: ['zhShortNames'],
      },
    ],
  },
];
