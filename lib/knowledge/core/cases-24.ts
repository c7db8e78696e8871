/**
 * Typical-case releases China TMT pages cite as documents: the SPC's 2022 top ten and fifty typical
 * IP cases, and the China top ten typical internet judicial cases (2023–2024) chosen with the three
 * internet courts. A year's release is its own entry; where no source gives the day of release the
 * entry carries no date. Releases whose title names neither a year nor a body (网络消费典型案例) are
 * left out: other courts publish under the same words.
 */
import type { CoreInstrument } from './types';

export const CORE_CASES_24: CoreInstrument[] = [
  // ─────────────────────── SPC 2022 top ten and fifty typical IP cases (20 April 2023) ───────────────────────
  {
    id: 'document:spc-2022-top-ten-ip-cases-and-50-typical-ip-cases',
    name: '2022 Top Ten Intellectual Property Cases and 50 Typical Intellectual Property Cases of Chinese Courts',
    nameZh: '2022年中国法院十大知识产权案件和50件典型知识产权案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2023-04-20',
    summary:
      'The SPC’s yearly selection of the ten most important and fifty typical IP cases of 2022, released on 20 April 2023 with the white paper on IP protection by Chinese courts; among them the first drug patent linkage case and an NFT digital work case.',
    sources: [
      {
        url: 'http://www.iprdaily.cn/article_33931.html',
        title: 'IPRdaily – 最高人民法院发布2022年中国法院十大知识产权案件和50件典型知识产权案例|附答记者问',
        quote:
          '“2023年4月20日,最高人民法院举行新闻发布会,发布《中国法院知识产权司法保护状况(2022年)》以及2022年中国法院十大知识产权案件和50件典型知识产权案例,并启动‘知识产权司法保护北京行’活动。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.a-zlf.com.cn/shownews.asp?id=1844&smallclass=%E6%B3%95%E5%BE%8B%E6%9C%9F%E5%88%8A',
        title: '最高院发布2022年中国法院十大知识产权案件 (律所转载)',
        quote:
          '会上,最高法通报全国法院2022年知识产权司法保护的总体情况,发布《中国法院知识产权司法保护状况(2022年)》、2022年中国法院十大知识产权案件和50件典型知识产权案例。\n2022年中国法院十大知识产权案件中,“中外制药株式会社与温州海鹤药业有限公司确认是否落入专利权保护范围纠纷案”系全国首例药品专利链接诉讼案件,对实践中出现的药品专利链接制度相关问题进行了有益探索。另外,在“‘胖虎打疫苗’NFT数字作品侵权案”涉及NFT数字作品交易',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── China top ten typical internet judicial cases (2023–2024) ───────────────────────
  {
    // Chosen by an expert panel that Southwest University of Political Science and Law formed with the
    // three internet courts; no issuer slug is given as the university is not an authority.
    id: 'document:china-top-ten-typical-internet-judicial-cases-2023-2024',
    name: 'China’s Top Ten Typical Internet Judicial Cases (2023–2024)',
    nameZh: '中国互联网司法十大典型案例(2023-2024)',
    kind: 'case_list',
    status: 'final',
    summary:
      'Ten internet cases announced at a Southwest University of Political Science and Law forum, three of them from the Hangzhou Internet Court: “internet water army” traffic fraud, the commercial use of public data, and who holds data rights.',
    sources: [
      {
        url: 'https://ciplawyer.cn/articles/156361.html',
        title: '中国知识产权律师网 – 杭州互联网法院三案入选中国互联网司法十大典型案例(2023-2024)',
        quote:
          '3月29日,西南政法大学长三角研究院揭牌仪式暨科技法前沿论坛系列活动在杭州召开 … 并发布了中国互联网司法十大典型案例(2023-2024),杭州互联网法院(杭州铁路运输法院)三案入选。\n目录\n案例一 组织操纵“网络水军”实施“流量造假”等行为的定性 … 案例二:公共数据商业化利用的合法性边界 … 案例三:数据权益的权属判断与分类保护',
        supports: ['name', 'nameZh', 'kind', 'status', 'summary'],
      },
    ],
  },
];
