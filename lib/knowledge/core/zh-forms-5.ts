/**
 * Curated core layer: how Chinese-language pages (news, law-firm notes, government pages, WeChat
 * articles) write instruments and authorities the graph already holds — short forms (数安法,
 * 网数条例), order and document numbers (国务院令第790号, 国家网信办令第11号, 国发〔2017〕35号) and
 * authorities' short names (国家认监委, 国新办). Each form is quoted from a stored public page that
 * shows it beside the full name or in the document's own heading.
 *
 * The instruments are core entries of other files, and no two core entries may share an id
 * (test/lib/knowledge/core-layer.test.ts), so these rows are not entries of their own: index.ts
 * merges them onto the entries with `withOtherNames` (other names appended, sources appended after
 * the entry's own, so the entry's relations keep pointing at the same quotes).
 */
import type { AuthorityVariant, CoreInstrument, CoreSource } from './types';

/** Other names of a core entry another file holds, with the quotes that show them. */
export interface CoreOtherNames {
  /** Id of the core entry (document:…). */
  id: string;
  /** Other full titles pages write. */
  aliases?: string[];
  /** Chinese short forms and document numbers. */
  zhShortNames?: string[];
  sources: Array<Omit<CoreSource, 'supports'> & { supports: Array<'aliases' | 'zhShortNames'> }>;
}

function unique(values: readonly string[]): string[] | undefined {
  return values.length > 0 ? [...new Set(values)] : undefined;
}

/**
 * The entries with the other names of `rows` merged in. A row whose id no entry has is an error,
 * so a renamed entry cannot silently lose the names.
 */
export function withOtherNames(instruments: readonly CoreInstrument[], rows: readonly CoreOtherNames[]): CoreInstrument[] {
  const ids = new Set(instruments.map((instrument) => instrument.id));
  const unknown = rows.filter((row) => !ids.has(row.id)).map((row) => row.id);
  if (unknown.length > 0) throw new Error(`Other names for entries the core layer does not hold: ${unknown.join(', ')}`);
  return instruments.map((instrument) => {
    const own = rows.filter((row) => row.id === instrument.id);
    if (own.length === 0) return instrument;
    const aliases = unique([...(instrument.aliases ?? []), ...own.flatMap((row) => row.aliases ?? [])]);
    const zhShortNames = unique([...(instrument.zhShortNames ?? []), ...own.flatMap((row) => row.zhShortNames ?? [])]);
    return {
      ...instrument,
      ...(aliases ? { aliases } : {}),
      ...(zhShortNames ? { zhShortNames } : {}),
      sources: [...instrument.sources, ...own.flatMap((row) => row.sources)],
    };
  });
}

export const AUTHORITY_VARIANTS_ZH_FORMS_5: AuthorityVariant[] = [
  {
    slug: 'cnca',
    zhShortNames: ['国家认监委'],
    sources: [
      {
        url: 'https://factpedia.org/index.php?title=%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%AE%B6%E8%AE%A4%E8%AF%81%E8%AE%A4%E5%8F%AF%E7%9B%91%E7%9D%A3%E7%AE%A1%E7%90%86%E5%B1%80&variant=zh-hans',
        title: '中国国家认证认可监督管理委员会 – 求真百科',
        quote:
          '中国国家认证认可监督管理委员会(简称国家认监委;英语:Certification and Accreditation Administration,缩写为CNCA),又称中华人民共和国国家认证认可监督管理局,是国家市场监督管理总局对外保留的牌子。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'state-council-information-office',
    zhShortNames: ['国新办', '国务院新闻办'],
    sources: [
      {
        url: 'http://chibi.com.cn/cbw/news/chibi/2010/1217/cms422659article.html',
        title: '国务院新闻办公室举行2011年新年招待会(新华网)',
        quote:
          '12月16日晚,国务院新闻办公室在北京国际饭店举行2011年新年招待会。图为国新办主任王晨致辞。(国新网 郭研摄)\n新华网北京12月16日电(记者华春雨)国务院新闻办公室16日在北京举行2011年新年招待会。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://m.baike.so.com/doc/483179-511675.html',
        title: '国务院新闻办公室 – 360百科',
        quote: '中华人民共和国国务院新闻办公室(简称国务院新闻办),组建来自于1991年1月,负责推动中国媒体向世界说明中国',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'npc',
    zhShortNames: ['全国人大'],
    sources: [
      {
        url: 'https://mudaan.com/wikiid/409905.html',
        title: '我国最高权力机关是全国人民代表大会',
        quote: '我国最高权力机关是全国人民代表大会,简称全国人大。全国人大是我国最高国家权力机关,是我国最高立法机关和最高国家权力机关。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'nfra',
    zhShortNames: ['金融监管总局'],
    sources: [
      {
        url: 'https://posts.careerengine.us/redirect/referral/id/655e80f7d4d9b507808bbaab',
        title: '金融监管总局“三定”方案(不良资产头条综合21世纪经济报道)',
        quote:
          '11月10日晚间,中国机构编制网发布《国家金融监督管理总局职能配置、内设机构和人员编制规定》,即金融监管总局的“三定”方案。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'nhc',
    zhShortNames: ['国家卫健委'],
    sources: [
      {
        url: 'https://ke62.com/articles/205013/1647623959312674.html',
        title: '卫健委的全称',
        quote:
          '卫健委的全称是中华人民共和国国家卫生健康委员会。 … 2、国家卫健委的主要职责是拟订国民健康政策,协调推进深化医药卫生体制改革,组织制定国家基本药物制度',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'cnipa',
    zhShortNames: ['国知局'],
    sources: [
      {
        url: 'https://kname.net/ask/20721.html',
        title: '什么是国知局?',
        quote:
          '什么是国知局?\n国知局,全称为国家知识产权局,是中华人民共和国国务院设立的专门负责知识产权管理和保护工作的行政机构',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'samr',
    zhShortNames: ['国家市监总局', '市监总局'],
    sources: [
      {
        url: 'https://ipeconomy.cn/mobile/article/5640.html',
        title: '《反垄断法》修订强化平台经济反垄断评析(张昕,腾讯研究院)',
        quote:
          '同年12月14日,国家市场监督管理总局(以下简称国家市监总局)对平台经济领域的三起未依法申报经营者集中案件分别作出50万元的顶格处罚',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://wxredian.com/art?id=2fffdebc0352178c627cabf0a9597192',
        title: '相对优势地位条款梳理(wxredian.com)',
        quote: '2022年市监总局公布的《反不正当竞争法(修订草案征求意见稿)》第十三条则规定',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'spp',
    zhShortNames: ['最高检察院', '高检院'],
    sources: [
      {
        url: 'https://neamco.com/01gmrb/2004-08/28/content_89108.htm',
        title: '法院、检察院的简称(光明日报 2004年8月28日)',
        quote:
          '因此,在司法实践中,一般将最高人民检察院简称“最高检察院”(或“高检院”、“高检”),将省一级检察院简称“省(自治区、直辖市)检察院”。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    slug: 'sac',
    zhShortNames: ['国家标准委'],
    sources: [
      {
        url: 'https://www.163.com/dy/article/IUAEINQJ0514D3UH.html',
        title: '网易号 (封面新闻) – 中国标准化发展年度报告发布 国家标准已达44499项',
        quote: '3月27日,市场监管总局(国家标准委)召开专题新闻发布会,发布了《中国标准化发展年度报告(2023年)》',
        supports: ['zhShortNames'],
      },
    ],
  },
];

export const OTHER_NAMES_ZH_FORMS_5: CoreOtherNames[] = [
  // ───────────── Laws ─────────────
  {
    id: 'document:data-security-law',
    zhShortNames: ['数安法'],
    sources: [
      {
        url: 'http://sgla.com/NewsDetail/e9021811-343b-438d-b0bc-ae4fc6adead9',
        title: '《网络数据安全管理条例》要点解读',
        quote:
          '我国相继出台了《中华人民共和国网络安全法》(下称《网安法》)《中华人民共和国数据安全法》(下称《数安法》)及《中华人民共和国个人信息保护法》(下称《个保法》)等法律规定',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:anti-telecom-and-online-fraud-law',
    zhShortNames: ['反电诈法'],
    sources: [
      {
        url: 'http://hba.cn/article/show/2585.aspx',
        title: '集团新闻(hba.cn)',
        quote:
          '2022年9月2日,《中华人民共和国反电信网络诈骗法》(以下称《反电诈法》)正式公布,标志着我国反电信网络诈骗治理进入了有法可依的新阶段。',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── State Council regulations ─────────────
  {
    id: 'document:network-data-security-management-regulations',
    // 网数条例 (sgla.com: “《网络数据安全管理条例》(下称《网数条例》)”) is left to the pages that define it:
    // test/lib/recognise/page-recogniser.test.ts uses it as the example of a page's own short name.
    zhShortNames: ['国务院令第790号'],
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2024/11/08/regulations-for-the-administration-of-network-data-security',
        title: 'China Law & Practice – Regulations for the Administration of Network Data Security',
        quote:
          'Regulations for the Administration of Network Data Security\n网络数据安全管理条例 … (国务院于二零二四年九月二十四日公布,自二零二五年一月一日起施行。)\nOrder of the State Council No.790\n国务院令 第790号',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:regulations-on-security-protection-of-critical-information-infrastructure',
    zhShortNames: ['CII条例', '国务院令第745号'],
    sources: [
      {
        url: 'https://www.chinalawinsight.com/2021/09/articles/compliance/%E5%9B%BD%E4%B9%8B%E9%87%8D%E5%99%A8-%E3%80%8A%E5%85%B3%E9%94%AE%E4%BF%A1%E6%81%AF%E5%9F%BA%E7%A1%80%E8%AE%BE%E6%96%BD%E5%AE%89%E5%85%A8%E4%BF%9D%E6%8A%A4%E6%9D%A1%E4%BE%8B%E3%80%8B/',
        title: '国之重器——《关键信息基础设施安全保护条例》(金杜律师事务所)',
        quote:
          '2021年8月17日,《关键信息基础设施保护条例》(以下简称《CII条例》)终于千呼万唤始出来,并将于9月1日正式实施。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2021/09/30/regulations-for-protection-of-the-security-of-critical-information-infrastructure',
        title: 'China Law & Practice – Regulations for Protection of the Security of Critical Information Infrastructure',
        quote:
          'Regulations for Protection of the Security of Critical Information Infrastructure\n\n关键信息基础设施安全保护条例 … (国务院于二零二一年七月三十日公布,自二零二一年九月一日起施行。)\n\n国务院令 第745号\n\nOrder of the State Council No.745',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:measures-for-administration-of-internet-information-services',
    zhShortNames: ['国务院令第292号'],
    sources: [
      {
        url: 'https://365docx.com/view/a9450ea946.html',
        title: '互联网信息服务管理办法(365文库)',
        quote:
          '互联网信息服务管理办法 中华人民共和国国务院令第 292 号 第一条 为了规范百联网信息服务活动,促进互联网信息服务健康有序发展,制定本办法。',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── Ministry and SAMR orders ─────────────
  {
    id: 'document:provisions-on-protecting-personal-information-of-telecommunications-and-internet-users',
    zhShortNames: ['工业和信息化部令第24号'],
    sources: [
      {
        url: 'https://365docx.com/view/d23af2d550.html',
        title: '电信和互联网用户个人信息保护规定(365文库)',
        quote:
          '中华人民共和国工业和信息化部令 第24号 《电信和互联网用户个人信息保护规定》已经2013年6月28日中华人民共和国工业和信息化部第2次部务会议审议通过,现予公布,自2013年9月1日起施行。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:measures-for-supervision-and-administration-of-online-transactions',
    zhShortNames: ['国家市场监督管理总局令第37号'],
    sources: [
      {
        url: 'http://info.foodmate.net/news/show-77826.html',
        title: '网络交易监督管理办法 (国家市场监督管理总局令第37号)(食品伙伴网)',
        quote:
          '网络交易监督管理办法 (国家市场监督管理总局令第37号) … 网络交易监督管理办法\n \n  (2021年3月15日国家市场监督管理总局令第37号公布)',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── CAC rules on data leaving China ─────────────
  {
    id: 'document:measures-for-security-assessment-of-outbound-data-transfers',
    zhShortNames: ['国家互联网信息办公室令第11号', '国家网信办令第11号'],
    sources: [
      {
        url: 'https://www.cnpre.com/special/gzwpagepi.php?id=4019',
        title: '数据出境安全评估办法(国资数据中心)',
        quote:
          '国家互联网信息办公室令\n\n第11号\n\n《数据出境安全评估办法》已经2022年5月19日国家互联网信息办公室2022年第10次室务会议审议通过,现予公布,自2022年9月1日起施行。',
        supports: ['zhShortNames'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2022/08/05/measures-for-the-security-assessment-of-overseas-transfer-of-data',
        title: 'China Law & Practice – Measures for the Security Assessment of Overseas Transfer of Data',
        quote:
          'Measures for the Security Assessment of Overseas Transfer of Data\n\n数据出境安全评估办法 … (国家互联网信息办公室于二零二二年七月七日公布,自二零二二年九月一日起施行。)\n\n国家网信办令第11号\n\nOrder of the CAC No.11',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:measures-for-standard-contract-for-outbound-transfer-of-personal-information',
    zhShortNames: ['国家网信办令第13号'],
    sources: [
      {
        url: 'https://www.chinalawandpractice.com/2023/05/12/measures-for-the-standard-contract-for-overseas-transfer-of-personal-information',
        title: 'China Law & Practice – Measures for the Standard Contract for Overseas Transfer of Personal Information',
        quote:
          'Measures for the Standard Contract for Overseas Transfer of Personal Information [Standard Contract attached]\n个人信息出境标准合同办法 … (国家互联网信息办公室于二零二三年二月二十二日公布,自二零二三年六月一日起施行。)\n国家网信办令 第13号\nOrder of the CAC No.13',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── CAC content rules ─────────────
  {
    id: 'document:provisions-on-ecological-governance-of-network-information-content',
    zhShortNames: ['国家互联网信息办公室令第5号'],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/provisions-on-the-governance-of-the-online-information-content-ecosystem/',
        title: 'China Law Translate – Provisions on the Governance of the Online Information Content Ecosystem',
        quote:
          'Promulgation Date: 2019-12-15 Title: Provisions on the Governance of the Online Information Content Ecosystem Document Number:国家互联网信息办公室令第5号 Expiration date: Promulgating Entities: Cybersecurity Administration',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── Apps and personal information (CAC and three ministries' notices) ─────────────
  {
    id: 'document:method-for-identifying-illegal-collection-and-use-of-personal-information-by-apps',
    zhShortNames: ['国信办秘字〔2019〕191号'],
    sources: [
      {
        url: 'http://www.seczk.com/?type=newsinfo&S_id=1544',
        title: '关于印发《App违法违规收集使用个人信息行为认定方法》的通知(安联智库)',
        quote:
          '国家互联网信息办公室秘书局\n\n工业和信息化部办公厅\n\n公安部办公厅\n\n国家市场监督管理总局办公厅\n\n关于印发《App违法违规收集使用个人信息行为认定方法》的通知\n\n国信办秘字〔2019〕191号',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:provisions-on-scope-of-necessary-personal-information-for-common-types-of-apps',
    zhShortNames: ['国信办秘字〔2021〕14号'],
    sources: [
      {
        url: 'https://law.hjk.im/5-guo-jia-ji-gou/1-guo-jia-hu-lian-wang-xin-xi-ban-gong-shi/2-qi-ta-wen-jian/2021-chang-jian-lei-xing-yi-dong-hu-lian-wang-ying-yong-cheng-xu-bi-yao-ge-ren-xin-xi-fan-wei-gui-di',
        title: '2021常见类型移动互联网应用程序必要个人信息范围规定(law.hjk.im)',
        quote:
          '2021常见类型移动互联网应用程序必要个人信息范围规定\n国信办秘字〔2021〕14号\n关于印发《常见类型移动互联网应用程序必要个人信息范围规定》的通知',
        supports: ['zhShortNames'],
      },
    ],
  },

  // ───────────── State Council plans ─────────────
  {
    id: 'document:guiding-opinions-on-promoting-standardized-and-healthy-development-of-platform-economy',
    zhShortNames: ['国办发〔2019〕38号'],
    sources: [
      {
        url: 'http://nxzq.net/article/577',
        title: '国务院办公厅《关于促进平台经济规范健康发展的指导意见》(国办发〔2019〕38号)',
        quote: '国务院办公厅《关于促进平台经济规范健康发展的指导意见》(国办发〔2019〕38号)\n\n时间:2019-11-20',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:made-in-china-2025',
    zhShortNames: ['国发〔2015〕28号'],
    sources: [
      {
        url: 'http://company.solarbe.com/jinchensolar/news/itemid-15815.shtml',
        title: '《中国制造2025》(索比光伏网)',
        quote:
          '5月8日,国务院发布《中国制造2025》(国发〔2015〕28号),将新一代信息技术产业、机器人、航空航天装备、海洋工程装备、先进轨道交通装备、新能源汽车、新材料、生物医药在内的十个领域作为重点的领域。',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:new-generation-artificial-intelligence-development-plan',
    zhShortNames: ['国发〔2017〕35号'],
    sources: [
      {
        url: 'http://400-web.com/html/date.asplbflfg&id119511.html',
        title: '国务院关于印发新一代人工智能发展规划的通知',
        quote:
          '国务院关于印发新一代人工智能发展规划的通知 … 国发〔2017〕35号\n\n        各省、自治区、直辖市人民政府,国务院各部委、各直属机构:现将《新一代人工智能发展规划》印发给你们,请认真贯彻执行。\n\n    国务院\n\n    2017年7月8日',
        supports: ['zhShortNames'],
      },
    ],
  },
];
