/**
 * Typical-case releases China TMT pages cite as documents: the SPC's 2022 typical cases on telecom
 * and online fraud and its 2024 typical cases on cross-border telecom fraud, its online consumption
 * typical cases of March 2023 and its online consumption civil typical cases of June 2025, its 2022
 * top ten and fifty typical IP cases, and the China top ten typical internet judicial cases
 * (2023–2024) chosen with the three internet courts. A year's release is its own entry; where no
 * source gives the day of release the entry carries no date.
 */
import type { CoreInstrument } from './types';

export const CORE_CASES_24: CoreInstrument[] = [
  // ─────────────────────── SPC typical cases on telecom and online fraud (September 2022) ───────────────────────
  {
    id: 'document:spc-typical-cases-of-punishing-telecom-network-fraud-and-related-crimes',
    name: 'Typical Cases of the People’s Courts Punishing Telecom and Online Fraud and Related Crimes',
    nameZh: '人民法院依法惩治电信网络诈骗犯罪及其关联犯罪典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    summary:
      'Ten criminal cases the SPC released with its report on punishing telecom and online fraud: a fraud group that also smuggled its members across the border, fraud rings, selling citizens’ personal information and helping information network crimes.',
    sources: [
      {
        url: 'https://m.folksfolks.com/news/wap/2022-09/06/content_31125659.htm',
        title: '人民网 (转载) – 最高人民法院发布人民法院依法惩治电信网络诈骗犯罪及其关联犯罪典型案例',
        quote:
          '今日,最高人民法院举行新闻发布会,通报人民法院依法惩治电信网络诈骗犯罪的相关工作情况,并发布一批人民法院依法惩治电信网络诈骗犯罪及其关联犯罪典型案例。 此次发布的典型案例,包括“被告人易扬锋、连志仁等三十八人诈骗、组织他人偷越国境、偷越国境、帮助信息网络犯罪活动、掩饰、隐瞒犯罪所得案”“被告人罗欢、郑坦星等二十一人诈骗案”“被告人施德善等十二人诈骗案”“被告人陈凌等五人侵犯公民个人信息案”“被告人隆玖柒帮助信息网络犯罪活动案”等十起。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://qq-law.cn/lawopinion/why272.html',
        title: '最高法院依法惩治电信网络诈骗犯罪及其关联犯罪典型案例 (来源:最高人民法院)',
        quote:
          '最高法院依法惩治电信网络诈骗犯罪及其关联犯罪典型案例\n\n来源:最高人民法院\n\n人民法院依法惩治电信网络诈骗犯罪及其关联犯罪典型案例\n\n  • 一、被告人易扬锋、连志仁等三十八人诈骗、组织他人偷越国境、偷越国境、帮助信息网络犯罪活动、掩饰、隐瞒犯罪所得案',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },

  // ─────────────────────── SPC typical cases on cross-border telecom fraud (February 2024) ───────────────────────
  {
    id: 'document:spc-typical-cases-of-cross-border-telecom-network-fraud-and-related-crimes',
    name: 'Typical Cases of Cross-Border Telecom and Online Fraud and Related Crimes',
    nameZh: '跨境电信网络诈骗及其关联犯罪典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    summary:
      'Eight cross-border telecom fraud cases the SPC released: fraud groups and their payment and money-moving helpers, smuggling people abroad, selling personal information, and people lured by “high-pay” jobs abroad.',
    sources: [
      {
        url: 'https://yidongjuece.com/list_4/395.html',
        title: '易动市县决策网 – 最高法发布跨境电信网络诈骗及其关联犯罪典型案例',
        quote:
          '最高法发布跨境电信网络诈骗及其关联犯罪典型案例 释放依法从严惩处强烈信号\n\n发布时间:2024-02-15 07:27:01 … 近日,最高人民法院发布8件近期人民法院审结的跨境电信网络诈骗及其关联犯罪典型案例。 … 此次发布的被告人潘某杰组织他人偷越国(边)境案,被告人潘某平等3人侵犯公民个人信息案,被告人或为境外犯罪集团组织、招募人员偷渡出境,或大肆出售公民个人信息,为电信网络诈骗犯罪提供条件 … 人民法院特别提醒广大群众高度警惕和有效识别海外“高薪”招聘等虚假信息',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ─────────────────────── SPC online consumption typical cases (15 March 2023) ───────────────────────
  {
    // The SPC's later release of June 2025 carries another title (网络消费民事典型案例) and is its own entry.
    id: 'document:spc-typical-cases-of-online-consumption-2023',
    name: 'SPC Typical Cases of Online Consumption',
    nameZh: '网络消费典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2023-03-15',
    summary:
      'Ten cases the SPC released on World Consumer Rights Day 2023: contracts to suppress negative search results, a shop publishing a consumer’s personal information over a bad review, minors’ game top-ups, platform liability, online food safety and unfair standard terms.',
    sources: [
      {
        url: 'http://www.lkatech.com.cn/html/2023/gczs_0315/104000.html',
        title: '中国长安网 (转载) – 加强消费者权益司法保护 最高法发布网络消费典型案例',
        quote:
          '加強消費者權益司法保護 最高法發布網絡消費典型案例 … 發布時間:2023-03-15 … 中國長安網3月15日電(石偉華) 3月15日是國際消費者權益日,最高人民法院今日發布十件網絡消費典型案例,涉及負面內容壓制合同效力、消費者個人信息保護、未成年人網絡充值、在線旅游預訂服務、限時免單促銷、二手商品交易、在線租賃、平臺經營者責任、網絡食品安全、格式條款效力等問題',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://imline.cn/news/shehui/2023/03153UT2023.html',
        title: '北疆新闻 (人民网) – 最高人民法院发布网络消费典型案例',
        quote:
          '人民网北京3月15日电 (记者薄晨棣、李楠楠)今日,最高人民法院举行新闻发布会,发布网络消费典型案例,进一步维护网络消费者合法权益,促进数字经济持续健康发展。 … 据悉,此次发布的10件网络消费典型案例,涉及消费者个人信息保护、未成年人网络充值、在线旅游预定服务、限时免单促销、二手商品交易、在线租赁、平台经营者责任、网络食品安全、格式条款效力等问题。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://huye.cn/home/index/content/id/838.html',
        title: '最高法院 发布网络消费典型案例',
        quote:
          '最高法院 发布网络消费典型案例\n阅读:894次    发布日期:2023年03月16日\n\n目录\n\n  案例1:不正当干预搜索结果的“负面内容压制”约定无效——某文化传播公司诉某信息技术公司网络服务合同纠纷案\n  案例2:商家因“差评”擅自公布消费者个人信息构成侵权——张某等人诉某商家网络侵权责任纠纷案',
        supports: ['nameZh', 'kind', 'issuers', 'summary'],
      },
      {
        url: 'http://ucanfind.cn/csxx/221562.html',
        title: '最高人民法院发布网络消费典型案例 (转载)',
        quote:
          '最高人民法院发布网络消费典型案例 … 3月15日是国际消费者权益日,最高人民法院举行新闻发布会,发布十件网络消费典型案例。',
        supports: ['nameZh', 'kind', 'issuers'],
      },
    ],
  },

  // ─────────────────────── SPC online consumption civil typical cases (16 June 2025) ───────────────────────
  {
    id: 'document:spc-typical-civil-cases-of-online-consumption-2025',
    name: 'SPC Typical Civil Cases of Online Consumption',
    nameZh: '网络消费民事典型案例',
    kind: 'case_list',
    status: 'final',
    issuers: ['spc'],
    promulgated: '2025-06-16',
    summary:
      'Five civil cases the SPC released on online consumption: a live-streamer’s “ten times compensation” promise, the seven-day no-reason return right, misleading promotion rules, concert ticket refunds and an app’s excessive collection of personal information.',
    sources: [
      {
        url: 'http://www.zhoudaolawyer.com/zdxw/401.html',
        title: '北京舟岛律师事务所 – 关于最高人民法院发布网络消费民事典型案例的文件解读',
        quote:
          '最高人民法院于2025年6月16日发布5个网络消费民事典型案例,旨在通过司法裁判的示范和引领作用,进一步规范网络消费市场秩序,保护消费者合法权益,促进网络消费健康可持续发展。此次发布的案例聚焦网络消费中的热点问题,如直播营销虚假宣传、七日无理由退货权滥用、促销规则误导、演唱会门票退票争议、APP过度收集个人信息等',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.henglilsh.com/henglilsh/vip_doc/29851159.html',
        title: '东莞横沥律师 (转载) – 最高法发布5个网络消费民事典型案例,聚焦这些问题',
        quote:
          '最高法发布5个网络消费民事典型案例,聚焦这些问题\n\n时间:2025-07-03 19:53 … 鉴于此,6月16日,最高人民法院公开发布了五个涉及网络消费的民事案例',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated'],
      },
    ],
  },

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
      'The SPC’s yearly selection of the ten most important and fifty typical IP cases of 2022, released in IP week 2023 with the white paper on IP protection by Chinese courts; among them the first drug patent linkage case and an NFT digital work case.',
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
