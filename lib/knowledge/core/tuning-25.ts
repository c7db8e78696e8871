import type { CoreInstrument } from './types';

/**
 * PRC documents that pages on local data law and on foreign exchange cite and the graph lacked:
 * the draft of Shenzhen's data regulations that the municipal government services and data
 * administration bureau sent to the justice bureau for review in 2020 (深圳经济特区数据条例(送审稿)),
 * which pages name beside the final regulation, and SAFE's 2025 notice on further facilitating the
 * settlement of foreign exchange funds to support foreign trade.
 *
 * Left out, for want of a stored page other than the citing one, or of one that is not a spam
 * mirror, that gives the title: MOFCOM/GAC announcements No. 67 of 2024 and No. 57 of 2025 (No. 57
 * shares its Chinese title with No. 18 of 2025, so only its number would tell them apart); the 2024
 * Government Work Report under its Chinese title; the NPC Standing Committee's 2020 legislative work
 * plan; the 2004 opinions on internet administration (中办发〔2004〕32号) and the 2014 national
 * cybersecurity inspection plan (中网办发文〔2014〕5号); Chongqing's opinions on the coordinated
 * governance of apps' collection of personal information; the two live-streaming e-commerce
 * standards still being drafted; the "护网—2025" typical cases; the State Council's 2026 legislative
 * work plan; the Beijing Internet Court's trial work white paper; the 2025 list of Sino-foreign SME
 * cooperation zones; the national high-quality industry dataset plan; and the work plan for
 * Beijing's services-opening demonstration zone. The SPC's work report is left out too: pages
 * cite it by a title every year's report shares.
 */
export const CORE_TUNING_25: CoreInstrument[] = [
  // ───────────── Shenzhen data regulations: the draft submitted for review (2020) ─────────────
  {
    id: 'document:shenzhen-special-economic-zone-data-regulations-draft-submitted-for-review',
    // English title translated: no stored English page names it
    name: 'Shenzhen Special Economic Zone Data Regulations (Draft Submitted for Review)',
    nameZh: '深圳经济特区数据条例(送审稿)',
    kind: 'local_regulation',
    status: 'draft',
    issuers: ['shenzhen-government-services-data-bureau'],
    summary:
      'The draft of the Shenzhen Special Economic Zone Data Regulations that the municipal government services and data administration bureau drew up under the city’s 2020 legislative plans and sent to the justice bureau for review; the review produced the draft for comment published on 15 July 2020.',
    // No draft_of link to the final regulation: the recogniser would then read every draft marker after
    // the final title, (征求意见稿) too, as this draft, and the draft for comment the review produced is
    // another text. The title with (送审稿) is found as this entry's own.
    sources: [
      {
        url: 'https://freewechat.com/a/MzIzMTU2MzU3NQ==/2247488055/{{href}}',
        title: '网络法前哨 (WeChat, via freewechat) – 《深圳经济特区数据条例(征求意见稿)》全文及说明',
        quote:
          '深圳市司法局关于公开征求《深圳经济特区数据条例(征求意见稿)》意见的通告\n\n发布日期:2020-07-15 … 《深圳经济特区数据条例》被纳入2020年拟新提交审议项目。结合深圳经济特区实际情况,市政务服务数据管理局牵头组织起草了《深圳经济特区数据条例(送审稿)》并报送我局审查。经初步审查,形成《深圳经济特区数据条例(征求意见稿)》,现将该征求意见稿及其说明全文公布,征求社会各界意见。',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'http://echinagov.com/policy/290050.htm',
        title: 'echinagov.com (reprint of the Shenzhen Justice Bureau notice)',
        quote:
          '根据《深圳市人大常委会办公厅关于印发<深圳市人大常委会2020年度立法计划>的通知》(深常办发〔2020〕8号)、《深圳市人民政府关于印发2020年度立法工作计划的通知》(深府〔2020〕18号),《深圳经济特区数据条例》被纳入2020年拟新提交审议项目。结合深圳经济特区实际情况,市政务服务数据管理局牵头组织起草了《深圳经济特区数据条例(送审稿)》并报送我局审查。',
        supports: ['nameZh', 'status', 'issuers', 'summary'],
      },
    ],
  },

  // ───────────── SAFE: notice on further facilitating the settlement of foreign exchange funds (2025) ─────────────
  {
    id: 'document:notice-on-further-facilitating-settlement-of-foreign-exchange-funds-to-support-foreign-trade',
    name: 'Notice of the State Administration of Foreign Exchange on Further Facilitating the Settlement of Foreign Exchange Funds to Support the Stable Development of Foreign Trade',
    nameZh: '关于进一步便利外汇资金结算 支持外贸稳定发展的通知',
    kind: 'normative_document',
    status: 'final',
    issuers: ['safe'],
    summary:
      'SAFE’s nine measures for trade-related foreign exchange: wider pilot areas for high-level opening of cross-border trade and more kinds of netting settlement there, simpler centralised collection, payment and netting for multinationals, salary exchange for foreign-related staff of quality enterprises on amounts banks set, and more new trade entities such as cross-border e-commerce brought within the facilitation policies.',
    sources: [
      {
        url: 'https://reportify.ai/tags/concept?tagValue=%E5%A4%96%E6%B1%87%E8%B5%84%E9%87%91%E7%BB%93%E7%AE%97%E4%BE%BF%E5%88%A9%E5%8C%96',
        title: 'Reportify (人民财讯, via Sou Hu, 29 October 2025)',
        quote:
          '人民财讯10月29日电,日前,国家外汇管理局发布《国家外汇管理局关于进一步便利外汇资金结算 支 持外贸稳定发展的通知》。推动跨境贸易高水平开放试点优化扩围,在现有试点地区的基础上,进一步 覆盖更多有实需、经营主体合规状况良好且符合国家战略发展方向的地区。拓宽试点企业经常项下资金 轧差净额结算业务种类 … 进一步简化优质跨国公司经常项目资金集中收付和轧差净额结算手续 … 支持银行根据优 质企业提供的薪酬材料,核定薪酬结购汇金额,为企业涉外员工便捷办理相关业务。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.foodmachtech.com/news/2/84',
        title: 'foodmachtech (English text of the notice, 25 November 2025)',
        quote:
          'Notice of the State Administration of Foreign Exchange on Further Facilitating the Settlement of Foreign Exchange Funds to Support the Stable Development of Foreign Trade … In order to support the stable development of foreign trade and effectively improve the quality and efficiency of foreign exchange services for the real economy, the State Administration of Foreign Exchange has decided to further deepen the reform of trade and foreign exchange management to facilitate market operators to handle cross-border trade business.',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1180927341489164288',
        title: 'Reportify (21世纪经济报道, 29 October 2025)',
        quote:
          'The State Administration of Foreign Exchange (SAFE) has issued a notification to further facilitate foreign exchange settlement and support stable development of foreign trade through nine policy measures … It facilitates the payment of salaries for foreign employees by allowing banks to determine the amount based on salary lists provided by quality enterprises … The notification encourages the inclusion of more new trade business entities, particularly small and micro enterprises, into the scope of convenience policies, leveraging e-commerce platforms for better access',
        supports: ['issuers', 'summary'],
      },
    ],
  },
];
