import type { CoreInstrument } from './types';

/**
 * Numbered MOFCOM announcements of 2025 and 2026 that trade pages cite and that Hong Kong and
 * Taiwan news pages report in traditional script: the October 2025 export controls on superhard
 * materials (No. 55 of 2025), their suspension with the rest of the October package (No. 70 of
 * 2025), the January 2026 ban on dual-use exports to Japanese military users (No. 1 of 2026) and
 * the February 2026 listings of Japanese entities (Nos. 11 and 12 of 2026); with the State
 * Council's 2025 provisions on tax-related information reporting by internet platforms and the
 * 2024 opinions of the two General Offices on digital trade. Chinese titles are kept in
 * simplified script; a traditional-script quote supports them as OpenCC converts it.
 */
export const CORE_TRADE_ANNOUNCEMENTS_11: CoreInstrument[] = [
  // ───────────── MOFCOM/GAC Announcement No. 55 of 2025: superhard materials ─────────────
  {
    id: 'document:decision-on-export-controls-on-superhard-materials-related-items',
    name: 'Decision on Imposing Export Controls on Items Related to Superhard Materials',
    nameZh: '对超硬材料相关物项实施出口管制',
    aliases: ['Decision to Implement Export Controls on Superhard Materials', 'MOFCOM and GACC Announcement No. 55 of 2025'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2025-10-09',
    // Set to apply from 8 November 2025; Announcement No. 70 of 2025 suspended it until 10 November 2026.
    effective: '2025-11-08',
    summary:
      'MOFCOM and customs decision of 9 October 2025 requiring export licences for synthetic diamond micropowder, single crystals, wire saws and grinding wheels of given specifications and for DCPCVD equipment and process technology; suspended until 10 November 2026.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'http://m.sscollege.cn/en/news/44880.html',
        title: 'sscollege.cn (MOFCOM announcement, translated)',
        quote:
          "MOFCOM and GACC Announcement No. 55 of 2025: Decision to Implement Export Controls on Superhard Materials\n[Issuing Unit] Security and Control Bureau\n[Issuing Document Number] MOFCOM and GACC Announcement No. 55 of 2025\n[Date of Issue] October 9, 2025\nIn accordance with the relevant provisions of the Export Control Law of the People's Republic of China, the Foreign Trade Law of the People's Republic of China, the Customs Law of the People's Republic of China, and the Regulations of the People's Republic of China on Export Control of Dual-Use Items",
        supports: ['name', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4',
        title: 'ChemRadar',
        quote:
          'Announcement No. 55 of 2025 of the Ministry of Commerce and the General Administration of Customs: Decision on Imposing Export Controls on Items Related to Superhard Materials\nControlled items include various superhard material-related items, such as synthetic diamond micropowder, monocrystals, wire saws, and grinding wheels of specific specifications, as well as Direct Current Arc Plasma Jet Chemical Vapor Deposition (DCPCVD) equipment and process technology.',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://www.worldjournal.com/wj/story/121474/9125678',
        title: '世界日報 (中央社)',
        quote:
          '中國商務部與海關總署7日聯合發布公告（2025）第70號，決定自即日起至2026年11月10日，暫停實施6項涉及出口管制的公告。\n\n比對這些暫停實施的公告，都是在10月9日陸續發出的，分別是：第55號——對超硬材料相關物項實施出口管制；',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://blog.abrasivestocks.com/ja/export-controls-on-superhard-materials-related-items-from-chinas-commerce-ministry-customs',
        title: 'Abrasive Stocks blog (Japanese)',
        quote:
          '商務部(商務省)は10月9日、中国税関総署(GACC)と共同で、特定の超硬材料に対する輸出管理措置の実施に関する発表を行い、 2025年11月8日に発効することを明らかに した。',
        supports: ['issuers', 'effective'],
      },
    ],
  },

  // ───────────── MOFCOM/GAC Announcement No. 70 of 2025: suspension of the October 2025 controls ─────────────
  {
    id: 'document:mofcom-gac-announcement-2025-70-suspending-october-2025-export-controls',
    name: 'Ministry of Commerce and General Administration of Customs Announcement No. 70 of 2025',
    nameZh: '暂停实施商务部、海关总署公告2025年第55号、56号、57号、58号及商务部公告2025年第61号、62号的决定',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom', 'gac'],
    promulgated: '2025-11-07',
    effective: '2025-11-07',
    summary:
      'Joint announcement of 7 November 2025 suspending, until 10 November 2026, MOFCOM/GAC Announcements Nos. 55 to 58 of 2025 and MOFCOM Announcements Nos. 61 and 62 of 2025.',
    relations: [
      { type: 'cites', target: 'document:decision-on-export-controls-on-superhard-materials-related-items', source: 0 },
      { type: 'cites', target: 'document:decision-on-export-controls-on-certain-rare-earth-equipment-and-raw-and-auxiliary-materials', source: 0 },
      { type: 'cites', target: 'document:decision-to-implement-export-controls-on-lithium-batteries-and-artificial-graphite-anode-materials', source: 0 },
      { type: 'cites', target: 'document:decision-to-implement-export-controls-on-relevant-overseas-rare-earth-items', source: 0 },
      { type: 'cites', target: 'document:decision-on-implementing-export-controls-on-rare-earth-related-technologies', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4',
        title: 'ChemRadar',
        quote:
          "On November 7, 2025, China's Ministry of Commerce and the General Administration of Customs jointly issued Announcement No. 70 of 2025, announcing the suspension of multiple previous announcements effective immediately until November 10, 2026. The suspended announcements include Ministry of Commerce and General Administration of Customs Announcements No. 55, 56, 57, and 58 of 2025, as well as Ministry of Commerce Announcements No. 61 and 62 of 2025.",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://udn.com/news/story/7333/9125818',
        title: '聯合新聞網 (聯合報)',
        quote:
          '而昨傍晚，大陸商務部也與大陸海關總署聯合頒布2025年第70號公告，公布暫停實施商務部、海關總署公告2025年第55號、56號、57號、58號及商務部公告2025年第61號、62號的決定。\n\n公告中稱，經批准，自即日起至2026年11月10日，商務部、海關總署公告2025年第55號、56號、57號、58號，及商務部公告2025年第61號、62號暫停實施。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.gvw.com/en/news/blog/detail/china-export-control-update',
        title: 'GvW Graf von Westphalen – China Export Control Update',
        quote:
          'What is Suspended: The implementation of MOFCOM/GAC Announcements 55, 56, 57, and 58, as well as MOFCOM Announcements 61 and 62, is suspended.\n  • Duration: The suspension is effective from November 7, 2025, until November 10, 2026.',
        supports: ['effective', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM Announcement No. 1 of 2026: dual-use exports to Japan ─────────────
  {
    id: 'document:announcement-on-strengthening-export-control-of-dual-use-items-to-japan',
    name: 'Announcement on Strengthening Export Controls on Dual-Use Items to Japan',
    nameZh: '关于加强两用物项对日本出口管制的公告',
    zhShortNames: ['商务部2026年第1号公告'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2026-01-06',
    effective: '2026-01-06',
    summary:
      'MOFCOM announcement of 6 January 2026 banning exports of all dual-use items to Japanese military users, military uses and any end user or use that helps enhance Japan’s military strength, and making anyone who transfers Chinese-origin dual-use items to Japan in breach liable.',
    relations: [{ type: 'based_on', target: 'document:export-control-law', source: 0 }],
    sources: [
      {
        url: 'https://tw.news.yahoo.com/%E4%B8%AD%E5%9C%8B%E5%8A%A0%E5%BC%B7%E5%85%A9%E7%94%A8%E7%89%A9%E9%A0%85%E5%B0%8D%E6%97%A5%E6%9C%AC%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6-%E6%B6%B5%E8%93%8B%E7%A8%80%E5%9C%9F%E7%AD%89%E9%80%BE%E5%8D%83%E9%A0%85-100054918.html',
        title: 'Yahoo奇摩新聞 (中央社)',
        quote:
          '中國商務部官網6日下午發布「關於加強兩用物項對日本出口管制的公告」，宣布自即日起實施。這是中國商務部2026年第1號公告。\n\n公告稱，根據中國「出口管制法」等法律法規有關規定，為維護國家安全和利益、履行防擴散等國際義務，決定加強兩用物項對日本出口管制。\n\n公告稱，禁止所有兩用物項對日本軍事用戶、軍事用途，以及一切有助於提升日本軍事實力的其他最終用戶用途出口。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://www.mondaq.com/unitedstates/export-controls-trade-investment-sanctions/1731736/china-announces-new-export-controls-targeting-japan',
        title: 'Mondaq (Crowell & Moring) – China Announces New Export Controls Targeting Japan',
        quote:
          'On January 6, 2026, China\'s Ministry of Commerce ("MOFCOM") issued Announcement No. 1 [2026], imposing export controls on dual-use items destined for Japan. The measures took effect immediately, with no wind-down period.',
        supports: ['name', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202601/1352458.shtml',
        title: 'Global Times',
        quote:
          'According to the MOFCOM, under the decision, all dual-use items are prohibited from being exported to Japan for military end users, military purposes, or any other end users or uses that contribute in any way to enhancing Japan\'s military capabilities.\nAny organization or individual in any country or region that violates the above provisions by transferring or providing relevant dual-use items of Chinese origin to organizations or individuals in Japan will be held legally liable in accordance with the law, said the MOFCOM.',
        supports: ['name', 'summary'],
      },
    ],
  },

  // ───────────── MOFCOM Announcement No. 11 of 2026: 20 Japanese entities on the Control List ─────────────
  {
    id: 'document:mofcom-announcement-2026-11-japanese-entities-export-control-list',
    name: 'MOFCOM Announcement No. 11 of 2026 on Adding 20 Japanese Entities to the Export Control List',
    nameZh: '三菱造船株式会社等20家日本实体列入出口管制管控名单',
    zhShortNames: ['商务部2026年第11号公告'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2026-02-24',
    effective: '2026-02-24',
    summary:
      'MOFCOM announcement of 24 February 2026 putting Mitsubishi Shipbuilding and other Japanese entities it says take part in enhancing Japan’s military strength, 20 in all, on the Export Control Control List: exports of dual-use items to them are banned and ongoing activities must stop.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 1 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 1 },
    ],
    sources: [
      {
        url: 'https://www.ettoday.net/news/20260224/3122152.htm',
        title: 'ETtoday新聞雲',
        quote:
          '大陸商務部今（24）日一連發布兩則列管與關注公告。2026年11號公告是針對「三菱造船株式會社等20家日本實體列入出口管制管控名單」，接著發布2026年第12號公告將20家日本實體列入「關注」名單',
        supports: ['nameZh', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://news.cnyes.com/news/id/6350322',
        title: '鉅亨網',
        quote:
          '中國商務部發布公告，稱根據《中華人民共和國出口管制法》和《中華人民共和國兩用物項出口管制條例》等法律法規有關規定，為維護國家安全和利益，履行防擴散等國際義務，決定將三菱造船株式會社等參與提升日本軍事實力的 20 家日本實體列入出口管制管控名單，並採取以下措施：\n\n\n\n\n\n一、禁止出口經營者向上述 20 家實體出口兩用物項，禁止境外組織和個人將原產於中華人民共和國的兩用物項轉移或提供給上述 20 家實體；正在展開的相關活動應當立即停止。',
        supports: ['name', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.ettoday.net/news/20260224/3122368.htm',
        title: 'ETtoday新聞雲',
        quote:
          '根據《日本新聞網》報導，中國商務部2026年第11號公告中，三菱造船株式會社、日本防衛大學校等20家實體已被正式列入出口管制清單，這意味著這些企業將被全面禁止從中國進口任何軍民兩用物項。',
        supports: ['name', 'zhShortNames', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.hk01.com/%E5%8D%B3%E6%99%82%E5%9C%8B%E9%9A%9B/60324423/%E4%B8%AD%E5%9C%8B%E5%95%86%E5%8B%99%E9%83%A8-%E5%B0%87%E4%B8%89%E8%8F%B1%E9%80%A0%E8%88%B9%E7%AD%8920%E9%96%93%E6%97%A5%E6%9C%AC%E5%AF%A6%E9%AB%94%E5%88%97%E5%85%A5%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E7%AE%A1%E6%8E%A7%E5%90%8D%E5%96%AE',
        title: '香港01',
        quote:
          '中國商務部2月24日發公告，決定將三菱造船株式會社等參與提升日本軍事實力的20間日本實體列入出口管制管控名單。 … 有關措施由公告公布之日起正式實施。',
        supports: ['effective'],
      },
      {
        url: 'https://news.cnyes.com/news/id/6350322',
        title: '鉅亨網',
        quote:
          '鉅亨網編譯鍾詠翔 2026-02-24 10:23\n\n中日關係緊張，中國商務部周二（24 日）宣布將 20 家日本實體列入出口管制管控名單，以維護國家安全和利益。 … 二、特殊情況下確需出口的，出口經營者應當向中國商務部提出申請。本公告自公布之日起正式實施。',
        supports: ['promulgated', 'effective'],
      },
    ],
  },

  // ───────────── MOFCOM Announcement No. 12 of 2026: 20 Japanese entities on the Watch List ─────────────
  {
    id: 'document:mofcom-announcement-2026-12-japanese-entities-watch-list',
    name: 'MOFCOM Announcement No. 12 of 2026 on Adding 20 Japanese Entities to the Watch List',
    nameZh: '斯巴鲁株式会社等无法核实两用物项最终用户、最终用途的20家日本实体列入关注名单',
    kind: 'normative_document',
    status: 'final',
    issuers: ['mofcom'],
    promulgated: '2026-02-24',
    effective: '2026-02-24',
    summary:
      'MOFCOM announcement of 24 February 2026 putting Subaru and other Japanese entities whose end users and end uses of dual-use items cannot be verified, 20 in all, on the Watch List: exporters may not use general licences or registration to export dual-use items to them and must submit a risk assessment report when applying for an individual licence.',
    relations: [
      { type: 'based_on', target: 'document:export-control-law', source: 0 },
      { type: 'implements', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 },
    ],
    sources: [
      {
        url: 'https://www.ettoday.net/news/20260224/3122152.htm',
        title: 'ETtoday新聞雲',
        quote:
          '接著發布2026年第12號公告將20家日本實體列入「關注」名單，榜上有名是將斯巴魯株式會社、東京科學大學等20家日本實體。\n\n該公告稱，根據《中華人民共和國出口管制法》和《中華人民共和國兩用物項出口管制條例》等法律法規有關規定，決定將斯巴魯株式會社等無法覈實兩用物項最終用戶、最終用途的20家日本實體列入關注名單（見附件）。\n\n出口經營者向上述實體出口兩用物項，不得申請通用許可或者以登記填報信息方式獲得出口憑證；申請單項許可時，應當提交對列入關注名單實體的風險評估報告',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.ettoday.net/news/20260224/3122152.htm',
        title: 'ETtoday新聞雲',
        quote: '本公告自公佈之日起正式實施。\n\n以下關注名單：\n\n（2026年2月24日）\n\n1. 斯巴魯株式會社（SUBARU Corporation）',
        supports: ['promulgated', 'effective'],
      },
    ],
  },

  // ───────────── State Council Order No. 810: tax-related information reporting by internet platforms ─────────────
  {
    id: 'document:provisions-on-reporting-of-tax-related-information-by-internet-platform-enterprises',
    name: 'Provisions on the Reporting of Tax-Related Information by Internet Platform Enterprises',
    nameZh: '互联网平台企业涉税信息报送规定',
    aliases: [
      'Regulations on the Reporting of Tax-Related Information of Internet Platform Enterprises',
      'Regulations on Tax Information Reporting by Internet Platform Enterprises',
      'Regulations on the Submission of Tax-related Information of Internet Platform Enterprises',
      'State Council Order No. 810',
    ],
    zhShortNames: ['国务院令第810号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2025-06-13',
    promulgated: '2025-06-20',
    effective: '2025-06-20',
    summary:
      'State Council regulation requiring internet platform enterprises, domestic and foreign, to report their own basic information and, each quarter, the identity and income information of operators and workers on their platforms to their tax authorities.',
    relations: [{ type: 'based_on', target: 'document:e-commerce-law', source: 0 }],
    sources: [
      {
        url: 'https://www.chinatax.gov.cn/eng/c102962/c102967/c102998/c103018/c5246322/content.html',
        title: 'State Taxation Administration (English)',
        quote:
          'Regulations on the Reporting of Tax-Related Information of Internet Platform Enterprises\n\n    State Council Order No.810 of 2025\n    Updated: 2025-06-20\n\n    Regulationson the Reporting of Tax-Related Information of Internet Platform Enterprises, adopted at the 61st Executive Meeting of the State Council on June 13, 2025, are hereby promulgated and shall enter into force from the date of promulgation.\n\n    Premier: Li Qiang\n\n    June 20, 2025 … the Regulations are formulated in accordance withTax Collection and Administration Law of the Peoples Republic of China and E-commerce Law of the Peoples Republic of China.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://baclaw.com/41/636',
        title: '邦盛律师事务所 – 《互联网平台企业涉税信息报送规定》逐条解读',
        quote:
          '为落实党中央关于健全平台经济常态化监管制度的要求,《互联网平台企业涉税信息报送规定》(国务院令第810号)(以下简称《规定》)于2025年6月20日由国务院公布施行,旨在通过规范涉税信息报送流程,构建线上线下公平统一的税收环境,促进平台经济规范健康发展。',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://seahonor.com/en/industry/info/tax-48-EN',
        title: 'Seahonor',
        quote:
          'The State Council issued the Provisions on the Reporting of Tax-Related Information by Internet Platform Enterprises, requiring internet platform enterprises to submit tax-related information such as identity and income information of operators and practitioners on such platforms to their competent tax authorities. … It is clarified that both domestic and foreign internet platform enterprises are required to report tax-related information;',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://runchinabiz.com/newsDetail07',
        title: "runchinabiz.com (People's Daily)",
        quote:
          'To implement the "Regulations on Tax Information Reporting by Internet Platform Enterprises" (hereinafter referred to as the "Regulations"), the State Taxation Administration has issued the "Announcement on Matters Concerning Tax Information Reporting by Internet Platform Enterprises"',
        supports: ['aliases'],
      },
      {
        url: 'https://china-news-online.com/h5/lang/Canada/493914.html',
        title: 'china-news-online.com',
        quote:
          'Premier Li Qiang of the State Council recently signed a State Council order to announce the "Regulations on the Submission of Tax-related Information of Internet Platform Enterprises" (hereinafter referred to as the "Regulations"), which will come into effect on the date of publication. … It is stipulated that Internet platform companies shall submit identity information of operators and practitioners on the platform and revenue information of the previous quarter to their competent tax authorities within the next month after the end of the quarter.',
        supports: ['aliases', 'summary'],
      },
    ],
  },

  // ───────────── General Offices of the CPC Central Committee and the State Council, digital trade (August 2024) ─────────────
  {
    id: 'document:opinions-on-reform-innovation-and-development-of-digital-trade',
    name: 'Opinions on the Reform, Innovation and Development of Digital Trade',
    nameZh: '关于数字贸易改革创新发展的意见',
    aliases: ['Opinions of the General Office of the CPC Central Committee and the General Office of the State Council on the Reform, Innovation and Development of Digital Trade'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['general-office-of-the-cpc-central-committee', 'general-office-of-the-state-council'],
    promulgated: '2024-08-17',
    summary:
      'Opinions of the two General Offices to develop digital trade: digitally deliverable services to exceed 45% of China’s services trade by 2029 and 50% by 2035, with better digital trade infrastructure, more opening of the digital sector and alignment with high-standard trade rules.',
    sources: [
      {
        url: 'https://hao.cnyes.com/post/122621',
        title: '鉅亨網 – 中國中辦、國辦重磅發佈!數字貿易改革創新發展',
        quote:
          '中共中央辦公廳 國務院辦公廳關於數字貿易改革創新發展的意見 (2024年8月17日)\n\n數字貿易是數字經濟的重要組成部分,已成為國際貿易發展的新趨勢和經濟的新增長點。為促進數字貿易改革創新發展,經黨中央、國務院同意,現提出如下意見。',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://hainanpolicy.com/policies2.asp?id=62&m=4&type=4',
        title: 'Hainan Policy – translation',
        quote:
          "Opinions of the General Office of the CPC Central Committee and the General Office of the State Council on the Reform, Innovation and Development of Digital Trade\n\nRelease Date:8/17/2024\n\n(August 17, 2024) … The main goals are: by 2029, the scale of digitally deliverable service trade will increase steadily, accounting for more than 45% of my country's total service trade; the layout of",
        supports: ['name', 'aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://longportapp.com/news/220966642',
        title: 'Longbridge (LongPort)',
        quote:
          'By 2035, the proportion of digitally deliverable service trade in China\'s total service trade will increase to over 50%; a well-ordered, secure, and efficient digital trade governance system will be fully established, and the level of institutional openness will be comprehensively improved.',
        supports: ['summary'],
      },
    ],
  },
];
