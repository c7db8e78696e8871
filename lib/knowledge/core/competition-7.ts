import type { CoreInstrument } from './types';

/**
 * Competition, pricing, promotion and fair-competition instruments that China competition and
 * platform pages cite beside the laws the core layer already holds: SAMR's 2023 rules under the
 * amended Anti-Monopoly Law on monopoly agreements and on abuse of administrative power; the State
 * Council's Regulations on Fair Competition Review (2024), SAMR's implementation measures (2025) and
 * the 2021 implementation rules of the fair competition review system; SAMR's anti-monopoly
 * guidelines for standard essential patents (2024, with the 2023 draft); its guidelines on overseas
 * anti-monopoly compliance (2021); the interim provisions on regulating sales promotions (2020); and
 * the Private Economy Promotion Law (2025), whose second chapter is on fair competition. The
 * Anti-Monopoly Law, the provisions on abuse of dominance and on concentration review, the platform
 * economy guidelines, the Anti-Unfair Competition Law and its internet provisions are already in the
 * core layer.
 */
export const CORE_COMPETITION_7: CoreInstrument[] = [
  // ───────────────── Provisions on Prohibiting Monopoly Agreements (SAMR Order No. 65, 2023) ─────────────────
  {
    id: 'document:provisions-on-prohibiting-monopoly-agreements',
    name: 'Provisions on Prohibiting Monopoly Agreements',
    nameZh: '禁止垄断协议规定',
    aliases: ['Provisions on the Prohibition of Monopoly Agreements'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2023-03-10',
    effective: '2023-04-15',
    summary:
      'SAMR’s rule on investigating monopoly agreements, including hub-and-spoke agreements, with enforcement shared between SAMR and the provincial market regulators it authorises.',
    relations: [{ type: 'based_on', target: 'document:anti-monopoly-law', source: 0 }],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4595230-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Provisions on the Prohibition of Monopoly Agreements\nOrder of the State Administration for Market Regulation No.65\n\nMarch 10, 2023\n\nArticle 1 These Provisions are enacted in accordance with the Anti-Monopoly Law of the People\'s Republic of China\n\nArticle 2 The State Administration for Market Regulation (the "SAMR") is in charge of centralized anti-monopoly law enforcement related to monopoly agreements.\nThe SAMR authorizes … the market regulatory authority of a province, autonomous region, or municipality directly under the Central Government … to be in charge of the anti-monopoly law enforcement related to monopoly agreements within its own administrative jurisdiction.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://www.tellerreport.com/business/2023-03-24-the-state-administration-for-market-regulation-issued-four-supporting-rules-for-the-anti-monopoly-law.rkYIRp9eh.html',
        title: 'Teller Report (China News Service)',
        quote:
          'The State Administration for Market Regulation (SAMR) recently issued four supporting rules of the Anti-Monopoly Law, namely the Provisions on Stopping the Abuse of Administrative Power to Eliminate and Restrict Competition, the Provisions on Prohibiting Monopoly Agreements, the Provisions on Prohibiting Abuse of Dominant Market Position, and the Provisions on the Review of Concentration of Business Operators … Clarify the specific manifestations of "organizing other operators to conclude monopoly agreements" and "providing substantial assistance to other operators in reaching monopoly agreements" in hub-and-spoke agreements',
        supports: ['name', 'issuers', 'summary'],
      },
      {
        url: 'https://e.ccement.com/news/content/31788453171795001.html',
        title: 'China Cement Net',
        quote:
          'Recently, Decree No.65 of the State Administration of Market Supervision and Administration promulgated the prohibition of monopoly agreements, which came into effect on April 15, 2023.',
        supports: ['effective'],
      },
      {
        url: 'http://www.fadeduo.com/guanzhu/show-75627.html',
        title: 'fadeduo.com (Xinhua report)',
        quote:
          '近日,市场监管总局发布《制止滥用行政权力排除、限制竞争行为规定》《禁止垄断协议规定》《禁止滥用市场支配地位行为规定》《经营者集中审查规定》四部反垄断法配套规章,自2023年4月15日起施行。',
        supports: ['nameZh', 'kind', 'issuers', 'effective'],
      },
    ],
  },
  // ───────────────── Provisions on Stopping Abuse of Administrative Power (SAMR Order No. 64, 2023) ─────────────────
  {
    id: 'document:provisions-on-stopping-abuse-of-administrative-power-to-eliminate-and-restrict-competition',
    name: 'Provisions on Stopping Abuse of Administrative Power to Eliminate and Restrict Competition',
    nameZh: '制止滥用行政权力排除、限制竞争行为规定',
    aliases: [
      'Provisions on Stopping the Abuse of Administrative Power to Eliminate and Restrict Competition',
      'Provisions on Prohibiting the Acts of Eliminating or Restricting Competition by Abuse of Administrative Power',
      'Provisions on Stopping Acts of Excluding and Restricting Competition through Abusing Administrative Power',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2023-03-10',
    effective: '2023-04-15',
    summary:
      'SAMR’s rule on investigating government bodies that abuse administrative power to eliminate or restrict competition, replacing its 2019 interim version.',
    relations: [{ type: 'based_on', target: 'document:anti-monopoly-law', source: 0 }],
    sources: [
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=229512',
        title: 'CSR Care (law text)',
        quote:
          "Provisions on Prohibiting the Acts of Eliminating or Restricting Competition by Abuse of Administrative Power\nOrder of the State Administration for Market Regulation\n(No. 64)\nMarch 10, 2023\nProvisions on Prohibiting the Acts of Eliminating or Restricting Competition by Abuse of Administrative Power\nArticle 1 These Provisions are developed according to the Anti-monopoly Law of the People's Republic of China (hereinafter referred to as “Anti-monopoly Law”) for the purposes of preventing and curbing the acts of eliminating and restricting competition by abuse of administrative power.",
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://e.ccement.com/news/content/31787988562835001.html',
        title: 'China Cement Net',
        quote:
          'Recently, Decree No.64 of the State Administration of Market Supervision and Administration promulgated the Provisions on Stopping Abuse of Administrative Power to Eliminate and Restrict Competition, which came into effect on April 15, 2023.',
        supports: ['name', 'issuers', 'effective'],
      },
      {
        url: 'https://www.tellerreport.com/business/2023-03-24-the-state-administration-for-market-regulation-issued-four-supporting-rules-for-the-anti-monopoly-law.rkYIRp9eh.html',
        title: 'Teller Report (China News Service)',
        quote:
          'The State Administration for Market Regulation (SAMR) recently issued four supporting rules of the Anti-Monopoly Law, namely the Provisions on Stopping the Abuse of Administrative Power to Eliminate and Restrict Competition, the Provisions on Prohibiting Monopoly Agreements',
        supports: ['aliases'],
      },
      {
        url: 'https://www.allbrightlaw.com/EN/10531/569372348689388b.aspx',
        title: 'AllBright Law Offices',
        quote:
          'on March 10, 2023, the State Administration for Market Regulation issued the following four supporting rules for the New Anti-monopoly Law, and which shall become effective on April 15, 2023:\n\n \n\n1. Provisions on Stopping Acts of Excluding and Restricting Competition through Abusing Administrative Power;',
        supports: ['aliases', 'promulgated', 'effective'],
      },
      {
        url: 'http://larcmm.com/a/china-regulates-monopolies-caused-by-abuse-of-administrative-power',
        title: 'China Justice Observer (mirror)',
        quote:
          'On 10 Mar. 2023, China’s State Administration for Market Regulation (SAMR) issued the Provisions on Prohibiting the Acts of Eliminating or Restricting Competition by Abuse of Administrative Power (hereinafter the “Provisions”, 制止濫用行政權力排除、限制競爭行為規定).\nThis amendment comes four years after China enacted an interim version of the Provisions in 2019.',
        supports: ['summary'],
      },
      {
        url: 'http://www.fadeduo.com/guanzhu/show-75627.html',
        title: 'fadeduo.com (Xinhua report)',
        quote:
          '近日,市场监管总局发布《制止滥用行政权力排除、限制竞争行为规定》《禁止垄断协议规定》《禁止滥用市场支配地位行为规定》《经营者集中审查规定》四部反垄断法配套规章,自2023年4月15日起施行。',
        supports: ['nameZh', 'kind', 'issuers', 'effective'],
      },
    ],
  },
  // ───────────────── Regulations on Fair Competition Review (State Council Order No. 783, 2024) ─────────────────
  {
    id: 'document:regulations-on-fair-competition-review',
    name: 'Regulations on Fair Competition Review',
    nameZh: '公平竞争审查条例',
    aliases: ['Regulation on Fair Competition Review', 'Fair Competition Review Ordinance'],
    zhShortNames: ['国务院令第783号'],
    kind: 'administrative_regulation',
    status: 'final',
    issuers: ['state-council'],
    adopted: '2024-05-11',
    promulgated: '2024-06-06',
    effective: '2024-08-01',
    summary:
      'The State Council’s regulations requiring bodies that draft laws, rules and policy measures affecting businesses to review them for effects on fair competition, with review standards and a State Council coordination mechanism.',
    relations: [{ type: 'based_on', target: 'document:anti-monopoly-law', source: 0 }],
    sources: [
      {
        url: 'http://lawinfochina.com/display.aspx?id=43052&lib=law',
        title: 'lawinfochina.com',
        quote:
          'Regulation on Fair Competition Review [Effective]\n公平竞争审查条例 [现行有效]\nOrder of the State Council of the People\'s Republic of China \n\n\n(No. 783) (第783号)\n\nThe Regulation on Fair Competition Review, as adopted at the 32nd executive meeting of the State Council on May 11, 2024, is hereby issued and shall come into force on August 1, 2024. … June 6, 2024 … Article 1 This Regulation is developed in accordance with the Anti-monopoly Law of the People\'s Republic of China and other applicable laws to regulate fair competition review',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'adopted', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'http://watson-band.com/en/cmsDetail_en.htm?item.id=a0e6f7b489e04eae9444b02611e09c64',
        title: 'Watson & Band',
        quote:
          'On June 14, the State Council released the Regulations on Fair Competition Review (the "Regulations"), set to take effect on August 1, 2024. … The Regulations mandate that administrative organs and organizations authorized by laws and regulations to manage public affairs shall conduct fair competition reviews in accordance with the provisions of these Regulations when drafting laws, administrative regulations, local laws, rules, normative documents and specific policy measures affecting the economic activities of operators.',
        supports: ['name', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://en.kmabxh.com/PolicyDes/1824270586431344640.html',
        title: 'Kunming association site (law text)',
        quote:
          "Fair Competition Review Ordinance\n\nSource:\n\nAuthor:\n\nDate:2024-08-01 13:00:00\n\nDecree of the State Council of the People's Republic of China\nNo. 783",
        supports: ['aliases'],
      },
      {
        url: 'https://0797cx.com/zc?article_id=113603&pagenum=3',
        title: '0797cx.com (law text)',
        quote:
          '《公平竞争审查条例》2024年5月11日国务院第32次常务会议通过,2024年6月6日国务院令第783号公布,自2024年8月1日起施行,全文共五章二十七条。',
        supports: ['nameZh', 'zhShortNames', 'adopted', 'promulgated', 'effective'],
      },
      {
        url: 'http://www.xxszxw.net/down/english/X4thlEd',
        title: 'xxszxw.net (Xinhua report)',
        quote:
          '国务院总理李强日前签署国务院令,公布《公平竞争审查条例》(以下简称《条例》),自2024年8月1 日起施行。《条例》共5章27条,主要规定了以下内容。 … 国务院建立公平竞争审查协调机制,统筹、协调和指导全国公平竞争审查工作。 … 三是明确公平竞争审查标准。',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────── Implementation Measures for the Regulations on Fair Competition Review (SAMR Order No. 99, 2025) ─────────────────
  {
    id: 'document:implementation-measures-for-regulations-on-fair-competition-review',
    name: 'Implementation Measures for the Regulations on Fair Competition Review',
    nameZh: '公平竞争审查条例实施办法',
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2025-02-28',
    effective: '2025-04-20',
    summary:
      'SAMR’s 48-article measures detailing the fair competition review regulations, turning their four review standards into 66 specific situations and setting review procedures for drafting bodies.',
    relations: [{ type: 'based_on', target: 'document:regulations-on-fair-competition-review', source: 0 }],
    sources: [
      {
        url: 'https://gongmall.com/en/article/250',
        title: 'Gongmall',
        quote:
          'the State Administration for Market Regulation recently issued the "Implementation Measures for the Regulations on Fair Competition Review" (hereinafter referred to as the "Implementation Measures"), which will be officially implemented on April 20. … (Decree No. 99 of the State Administration for Market Regulation on February 28, 2025, effective as of April 20, 2025)\nArticle 1: These Measures are formulated on the basis of the Anti-Monopoly Law of the People\'s Republic of China and the Regulations on Fair Competition Review',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://dzb.zzrbnews.com/news/75992',
        title: 'Zhengzhou Daily (Xinhua report)',
        quote:
          '《公平竞争审查条例实施办法》4月20日起施行\n\n新华社北京3月18日电(记者 赵文君)记者18日从市场监管总局获悉,《公平竞争审查条例实施办法》于近日发布,将于今年4月20日起正式施行。 … 《实施办法》共48条,在条例框架下,细化完善了公平竞争审查总体要求、部门职责、审查标准、审查机制、审查程序以及监督保障措施等。 … 细化为66项具体情形',
        supports: ['nameZh', 'issuers', 'summary'],
      },
    ],
  },
  // ───────────────── Implementation Rules of the Fair Competition Review System (2021) ─────────────────
  {
    id: 'document:implementation-rules-of-fair-competition-review-system',
    name: 'Implementation Rules of the Fair Competition Review System',
    nameZh: '公平竞争审查制度实施细则',
    zhShortNames: ['国市监反垄规〔2021〕2号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['samr', 'ndrc', 'mof', 'mofcom', 'moj'],
    summary:
      'Rules issued by SAMR, the NDRC, the Ministry of Finance, MOFCOM and the Ministry of Justice on how policy-making bodies review rules and policy measures on market access, industrial development, investment promotion and procurement for effects on competition.',
    sources: [
      {
        url: 'https://bairuiip.com/NewsDetail.aspx?aid=739',
        title: 'Bairui IP',
        quote:
          'The Implementation Rules of the Fair Competition Review System … have been revised by the State Administration for Market Regulation, the National Development and Reform Commission, the Ministry of Finance, the Ministry of Commerce and the Ministry of Justice, together with relevant departments, and issued recently … The Implementation Rules clearly state that fair competition review shall be conducted … when administrative organs … are formulating rules, normative documents, other policy documents … which concern economic activities of market entities, such as market access and exit, industrial development, investment promotion, bidding, government procurement',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://pdf.chddh.cn/archives/365rneoxjpq6qlqgd7z0.html',
        title: 'First China Fair Competition Policy Week study materials (PDF mirror)',
        quote:
          '六、市场监管总局、发展改革委、财政部、商务部、司法部 《公平竞争审查制度实施细则》(国市监反垄规〔2021〕 2 号)',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://scholarmate.com/S/WoArrS',
        title: 'Scholarmate (journal abstract)',
        quote:
          '近日,经国务院同意,国家市场监管总局、国家发展改革委、财政部、商务部、司法部发布了《公平竞争审查制度实施细则》(国市监反垄规[2021]2号,以下简称《实施细则》)。',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },
  // ───────────────── Anti-Monopoly Guidelines for Standard Essential Patents (2024) ─────────────────
  {
    id: 'document:anti-monopoly-guidelines-for-standard-essential-patents',
    name: 'Anti-Monopoly Guidelines for Standard Essential Patents',
    nameZh: '标准必要专利反垄断指引',
    aliases: ['Antimonopoly Guidelines for Standard Essential Patents'],
    zhShortNames: ['国市监反执一发〔2024〕102号'],
    kind: 'guideline',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2024-11-04',
    summary:
      'SAMR’s guidelines on disclosure, FRAND licensing commitments, good-faith negotiation and the monopoly agreements and abuses of dominance that involve standard essential patents.',
    relations: [
      { type: 'based_on', target: 'document:anti-monopoly-law', source: 0 },
      { type: 'cites', target: 'document:provisions-on-prohibition-of-abuse-of-intellectual-property-rights-to-exclude-or-restrict-competition', source: 0 },
    ],
    sources: [
      {
        url: 'https://natlawreview.com/article/chinas-state-administration-market-regulation-releases-anti-monopoly-guidelines',
        title: 'The National Law Review',
        quote:
          'On November 8, 2024, China’s State Administration for Market Regulation (SAMR) released the Anti-Monopoly Guidelines for Standard Essential Patents (SEPs) (标准必要专利反垄断指引). … These guidelines are formulated in accordance with the Anti-Monopoly Law of the People’s Republic of China (hereinafter referred to as the “Anti-Monopoly Law”), the Standardization Law of the People’s Republic of China, the Patent Law of the People’s Republic of China, the Provisions on Prohibition of Abuse of Intellectual Property Rights to Exclude or Restrict Competition',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'relations'],
      },
      {
        url: 'https://chinaipr.com/2024/11/20/some-observations-on-samrs-new-antimonopoly-guidelines-for-seps',
        title: 'China IPR (Mark Cohen)',
        quote:
          'On November 8, 2024, China’s State Administration for Market Regulation (SAMR) released its newly revised Antimonopoly Guidelines for Standard Essential Patents (标准必要专利反垄断指引) (国市监反执一发〔2024〕102号 (the “2024 Guidelines”). The 2024 Guidelines finalized a prior draft that had been released for public comment on June 30, 2023',
        supports: ['aliases', 'nameZh', 'zhShortNames', 'issuers'],
      },
      {
        url: 'https://lushenglawyers.com.cn/awards-press/overview-of-china-s-anti-monopoly-guidelines-for-standard-essential-patents',
        title: 'Lusheng Law Firm',
        quote:
          'On November 4, 2024, the State Administration for Market Regulation (SAMR) issued the "Anti-Monopoly Guidelines for Standard Essential Patents" (the "New Guidelines"). This issuance follows a draft version released in June 2023 … SEP holders are encouraged to timely and fully disclose patent information, make fair, reasonable, and non-discriminatory (FRAND) licensing commitments, and engage in good faith licensing negotiations with standard implementers. … Monopoly agreements involving SEPs',
        supports: ['name', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────────── Draft anti-monopoly guidelines in the field of SEPs (2023) ─────────────────
  {
    id: 'document:anti-monopoly-guidelines-in-field-of-standard-essential-patents-draft',
    name: 'Anti-monopoly Guidelines in the Field of Standard Essential Patents (Draft for Comment)',
    nameZh: '关于标准必要专利领域的反垄断指南(征求意见稿)',
    aliases: [
      'Draft Anti-monopoly Guidelines in the Field of Standard Essential Patents',
      'Antitrust Guidelines in the Field of Standard Essential Patents (Draft for Comments)',
    ],
    kind: 'guideline',
    status: 'draft',
    issuers: ['samr'],
    promulgated: '2023-06-30',
    summary: 'SAMR’s June 2023 draft of its anti-monopoly guidelines on standard essential patents, open for comment until 29 July 2023 and finalised in November 2024.',
    relations: [{ type: 'draft_of', target: 'document:anti-monopoly-guidelines-for-standard-essential-patents', source: 2 }],
    sources: [
      {
        url: 'https://natlawreview.com/article/china-s-state-administration-market-regulation-releases-draft-anti-monopoly',
        title: 'The National Law Review',
        quote:
          'One June 30, 2023, China’s State Administration for Market Regulation (SAMR) released the Draft Anti-monopoly Guidelines in the Field of Standard Essential Patents for Comment (关于标准必要专利领域的反垄断指南(征求意见稿)). … Comments are due July 29, 2023.',
        supports: ['name', 'nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://www.mondaq.com:443/china/antitrust-eu-competition/1346046/china-monthly-antitrust-update-july-2023',
        title: 'Mondaq (China Monthly Antitrust Update, July 2023)',
        quote:
          'SAMR Seeks Comments on Antitrust Guidelines in the Field of Standard Essential Patents (Draft for Comments)\n\nOn June 30, 2023, in order to prevent operators from abusing standard-essential patents to exclude and restrict competition',
        supports: ['aliases', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://chinaipr.com/2024/11/20/some-observations-on-samrs-new-antimonopoly-guidelines-for-seps',
        title: 'China IPR (Mark Cohen)',
        quote:
          'The 2024 Guidelines finalized a prior draft that had been released for public comment on June 30, 2023 (标准必要专利领域的反垄断指南) (公开征求意见稿的公告) (the “2023 Guidelines”)',
        supports: ['summary', 'relations'],
      },
    ],
  },
  // ───────────────── Guidelines for Enterprises on Overseas Anti-Monopoly Compliance (2021) ─────────────────
  {
    id: 'document:guidelines-for-enterprises-on-overseas-anti-monopoly-compliance',
    name: 'Guidelines for Enterprises on Overseas Anti-Monopoly Compliance',
    nameZh: '企业境外反垄断合规指引',
    aliases: ['Guidelines on Overseas Anti-monopoly Compliance for Enterprises', 'Guidelines for Overseas Anti-monopoly Compliance for Enterprises'],
    kind: 'guideline',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2021-11-15',
    summary:
      'SAMR’s guidelines helping Chinese companies that trade, invest, merge or license abroad build overseas anti-monopoly compliance systems and respond to foreign investigations and lawsuits.',
    sources: [
      {
        url: 'https://chinajusticeobserver.com/a/china-issues-guidelines-for-enterprises-on-overseas-anti-monopoly-compliance',
        title: 'China Justice Observer',
        quote:
          'On 18 Nov. 2021, the State Administration for Market Regulation (SAMR) issued the “Guidelines for Enterprises on Overseas Anti-Monopoly Compliance” (hereinafter “the Guidelines”, 企业境外反垄断合规指引).\nThe Guidelines applies to Chinese enterprises engaged in overseas business operations … including enterprises engaged in import and export trade, overseas investment, mergers, transfer or acquisition, and licensing of intellectual property … aiming to help Chinese enterprises to cooperate with anti-monopoly investigation overseas, respond to overseas anti-monopoly lawsuits, and reduce overseas anti-monopoly compliance risks.',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.tellerreport.com/business/2021-11-18-the-state-administration-for-market-regulation-issued-the-%22guidelines-on-overseas-anti-monopoly-compliance-for-enterprises%22.BJBbCb0Xut.html',
        title: 'Teller Report (China News Service)',
        quote:
          'the State Administration of Market Supervision has formulated the "Guidelines for Overseas Anti-monopoly Compliance for Enterprises."\n\nThe full text is as follows:\n\nGuidelines on Overseas Anti-monopoly Compliance for Enterprises',
        supports: ['aliases', 'issuers'],
      },
      {
        url: 'https://ru.chinajusticeobserver.com/law/x/guidelines-for-enterprises-on-overseas-anti-monopoly-compliance-20211115',
        title: 'China Justice Observer (law portal)',
        quote: 'Орган выдачи Государственная администрация по регулированию рынка\n\nДата обнародования 15 ноября, 2021\n\nДата вступления в силу 15 ноября, 2021',
        supports: ['promulgated'],
      },
    ],
  },
  // ───────────────── Interim Provisions on Regulating Sales Promotions (SAMR Order No. 32, 2020) ─────────────────
  {
    id: 'document:interim-provisions-on-regulating-sales-promotions',
    name: 'Interim Provisions on Regulating Sales Promotions',
    nameZh: '规范促销行为暂行规定',
    aliases: [
      'Interim Regulations on Regulating Promotional Behavior',
      'Interim Regulations on Regulating Promotional Behaviors',
      'Interim Provisions on Regulating Sales Promotion',
    ],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2020-10-29',
    effective: '2020-12-01',
    summary:
      'SAMR’s rules on prize-giving sales, price promotions and free trials, including e-commerce platforms’ promotion rules, the benchmark for discounts and a 50,000 yuan cap on lottery prizes.',
    relations: [{ type: 'based_on', target: 'document:anti-unfair-competition-law', source: 0 }],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-3885584-T.html?eng=0',
        title: 'LexisNexis China',
        quote:
          'Interim Provisions on Regulating Sales Promotions\nOrder of the State Administration for Market Regulation No.32\nOctober 29, 2020\nChapter I General Provisions\nArticle 1 The Provisions are formulated in accordance with the Anti-Unfair Competition Law of the People\'s Republic of China (the "Anti-Unfair Competition Law"), the Pricing Law of the People\'s Republic of China (the "Pricing Law"), the Law of the People\'s Republic of China on the Protection of Consumer Rights and Interests',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'https://www.tellerreport.com/business/2020-11-05-%22interim-regulations-on-regulating-promotional-behaviors%22-promulgated-to-further-regulate-the-promotion-behaviors-of-operators.SyEZmar-YP.html',
        title: 'Teller Report (China News Service)',
        quote:
          'The State Administration for Market Supervision and Administration today announced the "Interim Regulations on Regulating Promotional Behavior", focusing on the hot phenomenon of "promotion" … It is understood that the regulations will come into effect on December 1, 2020.\n\n  The "Interim Regulations on Regulating Promotional Behaviors" put forward clear requirements … It also stipulates the rules that e-commerce platform operators, as the providers of trading venues, should abide by when organizing the platform operators to carry out relevant promotional activities … increased the maximum prize amount for prize-winning sales from the original 5,000 yuan to 50,000 yuan.',
        supports: ['aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'https://ibmwl.com/interim-regulations-on-standardizing-sales-promotion/',
        title: 'ibmwl.com',
        quote:
          'The State Administration of market supervision and administration announced today the Interim Provisions on regulating sales promotion, focusing on the hot spot of “promotion”, further standardizing the promotion behavior of operators',
        supports: ['aliases'],
      },
      {
        url: 'https://suzhou.gusuwang.com/v18380.html',
        title: 'Gusuwang (Suzhou)',
        quote:
          '为了规范经营者的促销行为,维护公平竞争的市场秩序,保护消费者、经营者合法权益,国家市场监督管理总局出台《规范促销行为暂行规定》,自2020年12月1日起施行。《规定》明确,经营者折价、减价,应当标明或者通过其他方便消费者认知的方式表明折价、减价的基准。',
        supports: ['nameZh', 'issuers', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────── Private Economy Promotion Law (2025) ─────────────────
  {
    id: 'document:private-economy-promotion-law',
    name: 'Private Economy Promotion Law',
    nameZh: '民营经济促进法',
    aliases: ['Law on Promoting the Private Economy', 'Private Sector Promotion Law'],
    kind: 'law',
    status: 'final',
    issuers: ['npc-standing-committee'],
    adopted: '2025-04-30',
    effective: '2025-05-20',
    summary:
      'China’s first basic law on the private economy, in nine chapters and 78 articles on fair competition, investment and financing, innovation, regulated operation, services and the protection of private businesses’ rights.',
    sources: [
      {
        url: 'https://newcet.org/archives/1041.html',
        title: 'newcet.org',
        quote:
          'voted to pass the "Private Economy Promotion Law of the People\'s Republic of China" on the 30th, which will come into effect on May 20, 2025.\n\n  As the first basic law in my country on the development of the private economy, the Private Economy Promotion Law has 9 chapters and 78 articles, including general provisions, fair competition, investment and financing promotion, scientific and technological innovation, standardized operation, service guarantee, rights protection, legal liability and appendix.\n\n  The Law on Promoting the Private Economy, for the first time',
        supports: ['name', 'aliases', 'kind', 'status', 'effective', 'summary'],
      },
      {
        url: 'https://myglobalnews.net/business/20250430-chinas-private-sector-promotion-law-6-game-changing-measures',
        title: 'My Global News (CGTN)',
        quote:
          'On Wednesday, China’s top legislative body passed the landmark Private Sector Promotion Law, set to take effect on May 20, 2025. With 78 articles across nine chapters',
        supports: ['aliases', 'effective'],
      },
      {
        url: 'http://sxfzxxw.com/portal.php?aid=421&mod=view',
        title: 'sxfzxxw.com (Legal Daily)',
        quote:
          '4月30日,十四届全国人大常委会第十五次会议表决通过了《中华人民共和国民营经济促进法》,将于2025年5月20日起施行。 这部新法共9章78条,从公平竞争、投资融资促进、科技创新、规范经营、服务保障、权益保护、法律责任等方面作出规定',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://www.cbmag.cn/news/77127.html',
        title: 'China Business (cbmag.cn)',
        quote: '该法于2025年4月30日由十四届全国人大常委会第十五次会议表决通过。法律全文共9章78条,系统规定了公平竞争、融资支持、科技创新、权益保护等内容。',
        supports: ['issuers', 'adopted'],
      },
    ],
  },
];
