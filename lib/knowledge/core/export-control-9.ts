import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

/**
 * China's restricted-party lists for dual-use exports as real pages cite them: the Export Control
 * Control List (出口管制管控名单) of importers and end users to which dual-use exports are banned,
 * and the Watch List (关注名单) of those whose end use cannot be verified, both kept by MOFCOM under
 * the Regulations on the Export Control of Dual-Use Items (2024); and the announcement number pages
 * give the Export Control List of Dual-Use Items (商务部公告2024年第51号).
 */
export const CORE_EXPORT_CONTROL_9: CoreInstrument[] = [
  // ───────────── Export Control Control List (出口管制管控名单) ─────────────
  {
    id: 'document:export-control-control-list',
    name: 'Export Control Entity List',
    nameZh: '出口管制管控名单',
    kind: 'other',
    status: 'final',
    issuers: ['mofcom'],
    summary:
      'MOFCOM’s list of foreign importers and end users, set up under the Regulations on the Export Control of Dual-Use Items, to which exports of Chinese dual-use items are prohibited or restricted.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-export-control-of-dual-use-items', source: 0 }],
    sources: [
      {
        url: 'https://geopolitechs.org/p/chinas-first-ever-use-of-export-control',
        title: 'Geopolitechs – China’s First-Ever Use of Export Control List Against U.S. Defense and Tech Companies',
        quote:
          'China’s Ministry of Commerce (MOFCOM) issued its No.1 announcement of 2025 sanctioning 28 U.S. companies by adding them to its “Export Control List” (出口管制管控名单). … Modelled after the U.S. Commerce Department’s “Entity List,” the “Export Control List” was introduced in China’s Regulations on Export Control of Dual-Use Items last October. According to the Regulations, MOFCOM may, based on its authority or suggestions and reports from third parties, include relevant entities (importers and end-users) involved in importing Chinese dual-use items on the control list',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://www.geopolitechs.org/p/china-removed-non-tariff-retaliation',
        title: 'Geopolitechs – China removed non-tariff retaliation',
        quote:
          'On May 14, 2025, China’s Ministry of Commerce (MOFCOM) announced the suspension of Unreliable Entity List measures against 17 U.S. entities and the Export Control Entity List against 28 U.S. entitieseffective immediately.',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://gaopenglaw.com/en/content/details24_4747.html',
        title: 'Gaopeng Law – List of Attention and Control for Export Control of Dual Use Items',
        quote:
          'In terms of the control list, Article 28 of the Regulations on the Export Control of Dual Use Items stipulates five situations in which importers and end-users are included in the control list … Article 29 stipulates that importers and end-users included in the control list may take one or more of the following measures: (1) prohibit the trading of dual-use items; (2) Restricting transactions related to dual-use items',
        supports: ['summary'],
      },
      {
        url: 'https://www.bdcb.cn/shtml/bdcb/20260225/20260225A076.html',
        title: '我国将20家日本实体列入出口管制管控名单',
        quote:
          '商务部24日对外发布两则公告,决定将20家日本实体列入出口管制管控名单,同时决定将20家日本实体列入关注名单,两则公告均自公布之日起正式实施。',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },

  // ───────────── Export Control Watch List (关注名单) ─────────────
  {
    id: 'document:export-control-watch-list',
    name: 'Export Control Watch List',
    nameZh: '关注名单',
    kind: 'other',
    status: 'final',
    issuers: ['mofcom'],
    summary:
      'MOFCOM’s list, under the Regulations on the Export Control of Dual-Use Items, of foreign importers and end users whose end use of dual-use items cannot be verified: exports to them need an individual licence with a risk assessment and stricter review; first used when MOFCOM placed 20 Japanese entities on it.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-export-control-of-dual-use-items', source: 1 }],
    sources: [
      {
        url: 'https://www.capitalfm.co.ke/news/2026/02/china-japan-export-control-military/',
        title: 'Capital FM (Xinhua)',
        quote:
          'BEIJING, China, Feb 24 — China has placed 20 Japanese entities involved in enhancing Japan’s military capabilities on an export control watch list, a step aimed at curbing Tokyo’s “re-militarization” and any potential ambitions of creating nuclear weapons, the Ministry of Commerce announced Tuesday.',
        supports: ['name', 'issuers'],
      },
      {
        url: 'https://www.digitalphablet.com/business/china-adds-40-japanese-firms-to-export-control-list-over-remilitarization',
        title: 'Digital Phablet',
        quote:
          'This is the first time such a watch list mechanism has been activated, which subjects these organizations to increased scrutiny and risk assessment rather than imposing an outright ban. … Under the regulations governing dual-use items, effective since December 1, 2024, the commerce department has the authority to place importers on a watch list if their end-users or end-uses cannot be verified.',
        supports: ['kind', 'status', 'issuers', 'summary', 'relations'],
      },
      {
        url: 'https://kan.china.com/article/6381631_3.html',
        title: '中华网 – 商务部:将20家日本实体列入关注名单',
        quote:
          '商务部:将20家日本实体列入关注名单\n根据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》等法律法规有关规定,决定将斯巴鲁株式会社等无法核实两用物项最终用户、最终用途的20家日本实体列入关注名单。\n出口经营者向上述实体出口两用物项,不得申请通用许可或者以登记填报信息方式获得出口凭证;申请单项许可时,应当提交对列入关注名单实体的风险评估报告',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
];

/** Other names of core entries other files hold, merged onto them in index.ts. */
export const OTHER_NAMES_EXPORT_CONTROL_9: CoreOtherNames[] = [
  {
    id: 'document:export-control-list-of-dual-use-items',
    aliases: ['Ministry of Commerce Announcement No. 51 of 2024'],
    zhShortNames: ['商务部公告2024年第51号'],
    sources: [
      {
        url: 'https://chemradar.com/news/detail/e4klxl14abcw',
        title: 'ChemRadar',
        quote:
          'On November 15, 2024, the Ministry of Commerce, the Ministry of Industry and Information Technology, the General Administration of Customs, and the State Cryptography Administration jointly issued the "List of Dual-Use Items Subject to Export Control of the People\'s Republic of China" (Ministry of Commerce Announcement No. 51 of 2024)',
        supports: ['aliases'],
      },
      {
        url: 'https://www.zhonglun.com/research/articles/54778.html',
        title: '中伦律师事务所 – 中国出口管制实务前沿',
        quote:
          '2024年11月15日,商务部、工业和信息化部、海关总署、国家密码局联合发布商务部公告2024年第51号,公布了《中华人民共和国两用物项出口管制清单》(“《两用物项清单》”),自2024年12月1日起正式实施',
        supports: ['zhShortNames'],
      },
    ],
  },
];
