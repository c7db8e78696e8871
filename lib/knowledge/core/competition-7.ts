import type { AuthorityVariant, CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

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
    aliases: ['Provisions on the Prohibition of Monopoly Agreements', 'Provisions on Monopoly Prohibition Agreements', 'Regulations on Prohibition of Monopoly Agreement'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2023-03-10',
    effective: '2023-04-15',
    summary:
      'SAMR’s rule on anti-monopoly enforcement against monopoly agreements, with enforcement shared between SAMR and the provincial market regulators it authorises.',
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
      {
        url: 'https://www.allbrightlaw.com/EN/10531/569372348689388b.aspx',
        title: 'AllBright Law Offices',
        quote:
          'on March 10, 2023, the State Administration for Market Regulation issued the following four supporting rules for the New Anti-monopoly Law, and which shall become effective on April 15, 2023: … 3. Provisions on Monopoly Prohibition Agreements; and,',
        supports: ['aliases', 'promulgated', 'effective'],
      },
      {
        url: 'https://webiis05.mondaq.com/china/cartels-monopolies/1299384/china-said-no-to-monopoly',
        title: 'Mondaq',
        quote:
          'CN SAMR announced 4 anti-monopoly related regulations, all on 10 Mar 2023, and will come into force on 15 April 2023, as below: … 3. Regulations on prohibition of monopoly agreement - gkml.samr.gov.cn/nsjg/fgs/202303/t20230320_353968.html',
        supports: ['aliases', 'promulgated', 'effective'],
      },
      {
        url: 'https://chinajusticeobserver.com/a/china-amends-rules-on-prohibiting-monopoly-agreements',
        title: 'China Justice Observer',
        quote:
          'On 10 Mar. 2023, China’s State Administration for Market Regulation (SAMR) issued the amended Provisions on Prohibiting Monopoly Agreements (hereinafter the “Provisions”, 禁止垄断协议规定).',
        supports: ['name', 'nameZh', 'issuers'],
      },
    ],
  },
  // ───────────────── Provisions on Stopping Abuse of Administrative Power (SAMR Order No. 64, 2023) ─────────────────
  {
    id: 'document:provisions-on-stopping-abuse-of-administrative-power-to-eliminate-and-restrict-competition',
    name: 'Provisions on Stopping Abuse of Administrative Power to Eliminate and Restrict Competition',
    nameZh: '制止滥用行政权力排除、限制竞争行为规定',
    aliases: [
      'Provisions on Prohibiting the Acts of Eliminating or Restricting Competition by Abuse of Administrative Power',
      'Provisions on Stopping Acts of Excluding and Restricting Competition through Abusing Administrative Power',
      'Regulations on Prohibition of Abuse of Administrative Power to Eliminate and Restrict Competition',
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
        url: 'https://www.allbrightlaw.com/EN/10531/569372348689388b.aspx',
        title: 'AllBright Law Offices',
        quote:
          'on March 10, 2023, the State Administration for Market Regulation issued the following four supporting rules for the New Anti-monopoly Law, and which shall become effective on April 15, 2023:\n\n \n\n1. Provisions on Stopping Acts of Excluding and Restricting Competition through Abusing Administrative Power;',
        supports: ['aliases', 'promulgated', 'effective'],
      },
      {
        url: 'https://webiis05.mondaq.com/china/cartels-monopolies/1299384/china-said-no-to-monopoly',
        title: 'Mondaq',
        quote:
          'CN SAMR announced 4 anti-monopoly related regulations, all on 10 Mar 2023, and will come into force on 15 April 2023, as below: … 4. Regulations on prohibition of abuse of administrative power to eliminate and restrict competition - gkml.samr.gov.cn/nsjg/fgs/202303/t20230320_353973.html',
        supports: ['aliases'],
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
      'SAMR’s 48-article measures refining the fair competition review regulations: overall requirements, departmental duties, review standards (broken down into 66 specific situations), review mechanisms and procedures, and oversight.',
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
    aliases: ['Implementing Rules for the Fair Competition Review System'],
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
        url: 'https://www.chinajusticeobserver.com/a/samr-publishes-2020-report-on-anti-monopoly-law-enforcement',
        title: 'China Justice Observer',
        quote:
          'In 2020, the SAMR accelerated the development of the fair competition system, issued the “Notice on Further Promoting the Fair Competition Review” (关于进一步推进公平竞争审查工作的通知) and revised the “Implementing Rules for the Fair Competition Review System” (公平竞争审查制度实施细则), aiming to improve the review mechanism and optimize the review process.',
        supports: ['nameZh', 'aliases'],
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
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2020-10-29',
    effective: '2020-12-01',
    summary:
      'SAMR’s rules on business operators’ sales promotions, to keep competition fair and protect consumers and operators, among them the duty to state the benchmark of any discount or price cut.',
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
  // ───────────────── Antitrust Compliance Guidelines for Undertakings (2020, revised 2024) ─────────────────
  {
    id: 'document:antitrust-compliance-guidelines-for-undertakings',
    name: 'Antitrust Compliance Guidelines for Undertakings',
    nameZh: '经营者反垄断合规指南',
    aliases: [
      'Guidelines on Antitrust Compliance for Undertakings',
      'Anti-monopoly Compliance Guidelines for Business Operators',
      'Anti-monopoly Compliance Guide for Operators',
    ],
    kind: 'guideline',
    status: 'final',
    issuers: ['anti-monopoly-commission-of-the-state-council'],
    amended: ['2024-04-25'],
    summary:
      'The State Council anti-monopoly commission’s guidance on how businesses build anti-monopoly compliance systems and manage the risks of monopoly agreements, abuse of dominance and concentrations; the 2024 version adds compliance incentives.',
    sources: [
      {
        url: 'https://www.chinatrademonitor.com/anti-monopoly-commission-issues-anti-monopoly-compliance-guide-for-operators/',
        title: 'China Trade Monitor',
        quote:
          'On September 11, the Anti-Monopoly Commission of the State Council issued its Anti-monopoly Compliance Guide for Operators (《经营者反垄断合规指南》). The Guide is an implementing document of the Anti-Monopoly Law and other relevant regulations. … Operators shall comply with various provisions to limit monopoly power, including the prohibition of monopoly agreements (Article 11), prohibition of abuse of a dominant market position (Article 12), application and review of concentration of operators (Article 13)',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/samr-publishes-2020-report-on-anti-monopoly-law-enforcement',
        title: 'China Justice Observer',
        quote:
          'According to the Report, the market regulatory authority has made efforts to improve the legal system of anti-monopoly, such as completing the revision draft of the Anti-monopoly Law and promulgating the “Interim Provisions on the Examination of Concentration of Undertakings” (经营者集中审查暂行规定) and the “Anti-monopoly Compliance Guidelines for Business Operators” (经营者反垄断合规指南), etc.',
        supports: ['nameZh', 'aliases'],
      },
      {
        url: 'https://cms-lawnow.com/en/ealerts/2024/05/new-guidelines-clarify-path-to-antitrust-compliance',
        title: 'CMS Law-Now',
        quote:
          'On April 25, 2024, the Anti-monopoly and Anti-unfair Competition Commission of the State Council released the new version of the Antitrust Compliance Guidelines for Undertakings (the "New Guidelines"). … the New Guidelines introduce measures such as antitrust compliance reviews, compliance consulting, compliance reporting, compliance training, compliance commitments, compliance incentives and penalties',
        supports: ['name', 'issuers', 'amended', 'summary'],
      },
      {
        url: 'https://conventuslaw.com/report/antitrust-compliance-incentive-mechanism-in-china',
        title: 'AnJie Broad Law Firm (via Conventus Law)',
        quote:
          'On September 18, 2020, the State Administration for Market Regulation (“SAMR”) released the Guidelines on Antitrust Compliance for Undertakings. On March 21, 2024, SAMR released a draft for public comments of the revised Guidelines on Antitrust Compliance for Undertakings',
        supports: ['aliases'],
      },
    ],
  },
  // ───────────────── Anti-Monopoly Guidelines on Intellectual Property Rights (2019) ─────────────────
  {
    id: 'document:anti-monopoly-guidelines-on-intellectual-property-rights',
    name: 'Anti-Monopoly Guidelines on Intellectual Property Rights',
    nameZh: '关于知识产权领域的反垄断指南',
    aliases: [
      'Anti-Monopoly Guidelines of the Anti-Monopoly Commission of the State Council on the Field of Intellectual Property Rights',
      'Anti-Monopoly Guidelines for the Intellectual Property',
    ],
    kind: 'guideline',
    status: 'final',
    issuers: ['anti-monopoly-commission-of-the-state-council'],
    promulgated: '2019-01-04',
    summary:
      'The State Council anti-monopoly commission’s guidelines on analysing IP-related agreements, abuse of dominance involving IP, concentrations involving IP, patent pools and standard essential patents under the Anti-Monopoly Law.',
    relations: [{ type: 'based_on', target: 'document:anti-monopoly-law', source: 1 }],
    sources: [
      {
        url: 'https://www.chinalawinsight.com/articles/antitrust/',
        title: 'China Law Insight (King & Wood Mallesons)',
        quote:
          'Recently, the Anti-Monopoly Guidelines for the Intellectual Property (“IP Guidelines”) was published in the Collection of Antitrust Regulations and Guidelines in 2019 released by the Anti-Monopoly Bureau of the State Administration for Market Regulation (“SAMR”). … On January 4, 2019, with the approval of the AMC, the IP Guidelines was officially promulgated. … 收录了《关于汽车业的反垄断指南》、《关于知识产权领域的反垄断指南》、《垄断案件经营者承诺指南》和《横向垄断协议案件宽大制度适用指南》',
        supports: ['nameZh', 'aliases', 'kind', 'status', 'issuers', 'promulgated'],
      },
      {
        url: 'https://webiis05.mondaq.com/china/patent/997814/china-publishes-anti-monopoly-guidelines-on-intellectual-property?type=mondaqai&score=70',
        title: 'Mondaq (Jones Day)',
        quote:
          'The subjects of this White Paper, the Anti-Monopoly Guidelines on Intellectual Property Rights  ("IPR Guidelines"), are intended to provide more clarity and guidance … The IPR Guidelines cover five topics: (i) general principles for analyzing antitrust issues relating to IPR; (ii) IPR-related agreements that may constitute monopoly agreements prohibited under Articles 13 and 14 of the Anti-Monopoly Law of China; (iii) abuse of dominant market position involving IPR; (iv) concentrations of undertakings … involving IPR; and (v) other IPR-related issues, such as patent pools, standard-essential patents, and collective management of copyrights.',
        supports: ['name', 'kind', 'summary', 'relations'],
      },
      {
        url: 'https://natlawreview.com/article/chinas-state-administration-market-regulation-releases-anti-monopoly-guidelines',
        title: 'The National Law Review',
        quote:
          'the Provisions on Prohibition of Abuse of Intellectual Property Rights to Exclude or Restrict Competition, the Anti-Monopoly Guidelines of the Anti-Monopoly Commission of the State Council on the Field of Intellectual Property Rights, and other laws, regulations, rules and guidelines',
        supports: ['aliases', 'issuers'],
      },
    ],
  },
  // ───────────────── Interim Provisions on the Review of Concentrations of Undertakings (SAMR Order No. 30, 2020) ─────────────────
  {
    id: 'document:interim-provisions-on-review-of-concentrations-of-undertakings',
    name: 'Interim Provisions on the Review of Concentrations of Undertakings',
    nameZh: '经营者集中审查暂行规定',
    aliases: ['Interim Provisions on the Examination of Concentration of Undertakings'],
    zhShortNames: ['国家市场监督管理总局令第30号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2020-10-23',
    effective: '2020-12-01',
    summary:
      'SAMR’s 2020 interim rules consolidating merger notification and review procedure under the Anti-Monopoly Law and the State Council notification thresholds, including the factors for judging control.',
    relations: [
      { type: 'based_on', target: 'document:anti-monopoly-law', source: 0 },
      { type: 'based_on', target: 'document:provisions-of-state-council-on-thresholds-for-notification-of-concentrations-of-undertakings', source: 0 },
    ],
    sources: [
      {
        url: 'http://shenchunhui.com/_private/guifangxingwenjian/fagui/2020/jyzjz.htm',
        title: '春晖投行在线 (rule text)',
        quote:
          '国家市场监督管理总局令第30号\n\n\n\n《经营者集中审查暂行规定》已于2020年10月20日经国家市场监督管理总局2020年第9次局务会议审议通过,现予公布,自2020年12月1日起施行。 … (2020年10月23日国家市场监督管理总局令第30号公布) … 第一条 为规范经营者集中反垄断审查工作,根据《中华人民共和国反垄断法》(以下简称反垄断法)和《国务院关于经营者集中申报标准的规定》,制定本规定。 … 第四条 判断经营者是否通过交易取得对其他经营者的控制权或者能够对其他经营者施加决定性影响,应当考虑下列因素',
        supports: ['nameZh', 'zhShortNames', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'summary', 'relations'],
      },
      {
        url: 'https://capitalip.org/news/shownews.php?id=7451',
        title: 'Capital IP (SAMR explanation)',
        quote:
          '为贯彻落实党的十九大和十九届二中、三中、四中全会要求,巩固机构改革成果,构建更加科学系统完备的经营者集中审查法律体系,市场监管总局在总结执法经验、整合完善现有规章制度的基础上,制定出台《经营者集中审查暂行规定》',
        supports: ['nameZh', 'issuers', 'summary'],
      },
      {
        url: 'https://www.chinajusticeobserver.com/a/samr-publishes-2020-report-on-anti-monopoly-law-enforcement',
        title: 'China Justice Observer',
        quote:
          'the market regulatory authority has made efforts to improve the legal system of anti-monopoly, such as completing the revision draft of the Anti-monopoly Law and promulgating the “Interim Provisions on the Examination of Concentration of Undertakings” (经营者集中审查暂行规定)',
        supports: ['name', 'aliases'],
      },
    ],
  },
  // ───────────────── Anti-Monopoly Compliance Guidelines for Concentrations of Undertakings (2023) ─────────────────
  {
    id: 'document:anti-monopoly-compliance-guidelines-for-concentrations-of-undertakings',
    name: 'Anti-Monopoly Compliance Guidelines for Concentrations of Business Operators',
    nameZh: '经营者集中反垄断合规指引',
    kind: 'guideline',
    status: 'final',
    issuers: ['samr'],
    summary:
      'SAMR compliance guidance on merger control, advising businesses to assess fully the antitrust risk of concentrations involving companies whose China turnover in the last financial year exceeded 400 million yuan.',
    sources: [
      {
        url: 'http://www.18sz.com/news/show.php?itemid=16841',
        title: '18sz.com (Lianhe Zaobao report)',
        quote:
          '中国市场监管总局星期一(9月11日)发布了《经营者集中反垄断合规指引》,以防止企业通过兼并、收购股份等方式限制竞争行为。 … 《指引》提出,经营者应重点关注与上一会计年度中国境内营业额超过4亿元(人民币,下同)的经营者有关的集中,充分评估反垄断法律风险。',
        supports: ['nameZh', 'issuers', 'summary', 'kind', 'status'],
      },
      {
        url: 'https://chinalawandpractice.com/2023/07/18/state-administration-for-market-regulation-anti-monopoly-compliance-guidelines-for-concentrations-of-business-operators-draft-for-comments',
        title: 'China Law & Practice (the draft of the same title)',
        quote:
          'State Administration for Market Regulation, Anti-Monopoly Compliance Guidelines for Concentrations of Business Operators (Draft for Comments)\n\n国家市场监督管理总局经营者集中反垄断合规指引(征求意见稿)',
        supports: ['name'],
      },
    ],
  },
  // ───────────────── Antitrust Compliance Guidelines for Internet Platforms (2026) and the 2025 draft ─────────────────
  {
    id: 'document:antitrust-compliance-guidelines-for-internet-platforms',
    name: 'Antitrust Compliance Guidelines for Internet Platforms',
    nameZh: '互联网平台反垄断合规指引',
    kind: 'guideline',
    status: 'final',
    issuers: ['samr'],
    summary:
      'SAMR’s anti-monopoly compliance guidance for internet platforms, published in February 2026, covering four kinds of monopoly risk and eight platform scenarios such as algorithmic collusion, below-cost selling, blocking, “choose one of two” and “lowest price on the whole network”.',
    sources: [
      {
        url: 'https://www.stheadline.com/zh-hans/realtime-finance/3544603/%E4%BA%92%E8%81%94%E7%BD%91%E5%B9%B3%E5%8F%B0%E5%8F%8D%E5%9E%84%E6%96%AD%E5%90%88%E8%A7%84%E6%8C%87%E5%BC%95%E5%87%BA%E5%8F%B0-%E5%88%97%E5%85%AB%E5%A4%A7%E6%96%B0%E5%9E%8B%E5%9E%84%E6%96%AD%E9%A3%8E%E9%99%A9-%E6%B6%89%E4%BA%8C%E9%80%89%E4%B8%80%E5%85%A8%E7%BD%91%E6%9C%80%E4%BD%8E%E4%BB%B7%E7%AD%89',
        title: 'Sing Tao Headline',
        quote:
          '发布时间：16:35 2026-02-13 HKT\n\n中国市监局发布《互联网平台反垄断合规指引》 … 指引重点规定了垄断协议、滥用市场支配地位、经营者集中和滥用行政权力排除、限制竞争等四类垄断风险 … 提出了八个场景中的新型垄断风险，包括平台间算法共谋、组织帮助平台内经营者达成垄断协议、平台不公平高价、平台低于成本销售、封禁屏蔽、「二选一」行为、「全网最低价」，以及平台差别待遇',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://reportify.ai/news/1186977421543477248',
        title: 'Reportify',
        quote:
          'The State Administration for Market Regulation (SAMR) is seeking public feedback on the draft "Antitrust Compliance Guidelines for Internet Platforms," aiming to provide clear behavioral guidelines for platform operators',
        supports: ['name', 'issuers'],
      },
    ],
  },
  {
    id: 'document:antitrust-compliance-guidelines-for-internet-platforms-draft',
    // The final text of February 2026 keeps the bare titles; the draft keeps the renderings pages gave it.
    name: 'Guidelines on Anti-Monopoly Compliance of Internet Platforms',
    nameZh: '互联网平台反垄断合规指引(征求意见稿)',
    aliases: ['Antitrust Compliance Guide for Internet Platforms'],
    kind: 'guideline',
    status: 'draft',
    issuers: ['samr'],
    promulgated: '2025-11-15',
    summary:
      'SAMR’s November 2025 draft of its internet platform antitrust compliance guidelines, open for comment until 29 November 2025, listing eight risk scenarios for platform operators.',
    relations: [{ type: 'draft_of', target: 'document:antitrust-compliance-guidelines-for-internet-platforms', source: 2 }],
    sources: [
      {
        url: 'https://digitalpolicyalert.org/event/35522-state-administration-for-market-regulation-opened-consultation-on-guidelines-on-anti-monopoly-compliance-of-internet-platforms-draft-for-public-comment',
        title: 'Digital Policy Alert',
        quote:
          'On 15 November 2025, the State Administration for Market Regulation (SAMR) opened a public consultation on its Guidelines on Anti-Monopoly Compliance of Internet Platforms (Draft for Public Comment) until 29 November 2025. … The document outlines eight distinct risk scenarios for platform operators, presented with examples.',
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'https://competition.today/2025/11/17/chinas-samr-issues-draft-guidance-targeting-monopoly-risks-in-digital-markets/',
        title: 'Competition Today',
        quote:
          'Beijing, November 16, 2025 — China’s State Administration for Market Regulation (SAMR) has released a draft Antitrust Compliance Guide for Internet Platforms that highlights new and emerging monopoly risks',
        supports: ['aliases', 'status', 'issuers'],
      },
      {
        url: 'https://reportify.ai/news/1198839709279850496',
        title: 'Reportify (Securities Times)',
        quote:
          'The recently released "Antitrust Compliance Guidelines for Internet Platforms (Draft for Comments)" outlines eight new types of monopoly risks, providing practical compliance guidance for platform companies',
        supports: ['status', 'relations'],
      },
      {
        url: 'https://udn.com/news/story/7333/9141580',
        title: '聯合新聞網 (udn) – 市場監管總局發布互聯網平台反壟斷合規指引徵求意見稿',
        quote:
          '大陸市場監管總局15日發布「互聯網平台反壟斷合規指引（徵求意見稿）」，擬支持和引導平台經營者有效防範反壟斷合規風險',
        supports: ['nameZh', 'issuers'],
      },
    ],
  },
  // ───────────────── Draft amendment to the Price Law (2025) ─────────────────
  {
    id: 'document:price-law-amendment-draft-2025',
    name: 'Draft Amendment to the Price Law',
    nameZh: '价格法修正草案(征求意见稿)',
    aliases: ['Draft Amendments to the Price Law', 'draft amendments to the Pricing Law'],
    zhShortNames: ['中华人民共和国价格法修正草案(征求意见稿)'],
    kind: 'law',
    status: 'draft',
    issuers: ['ndrc', 'samr'],
    promulgated: '2025-07-24',
    summary:
      'The NDRC and SAMR’s July 2025 draft amendment to the Price Law, refining the tests for dumping below cost, price collusion, gouging and price discrimination to curb “involutionary” price wars.',
    relations: [{ type: 'amends', target: 'document:price-law', source: 0 }],
    sources: [
      {
        url: 'https://newsletter.npcobserver.com/p/translation-ndrc-samrs-explanatory',
        title: 'NPC Observer',
        quote:
          'Today (July 24, 2025), China’s National Development and Reform Commission and State Administration for Market Regulation released draft amendments to the Pricing Law [价格法] for public comment through August 23.',
        supports: ['aliases', 'kind', 'status', 'issuers', 'promulgated', 'relations'],
      },
      {
        url: 'http://liuxueshe.com/new_detail/cs1?c=7&new_id=6843&w=1',
        title: 'liuxueshe.com (China News Service report)',
        quote:
          '国家发改委、国家市场监管总局联合起草的《中华人民共和国价格法修正草案(征求意见稿)》24日对外公布。受访专家表示,价格法修订正当其时,修正草案强力整治“内卷式”竞争',
        supports: ['nameZh', 'zhShortNames', 'issuers', 'summary'],
      },
      {
        url: 'http://yangliuju.com/news/kuaixun/427429.html',
        title: 'yangliuju.com',
        quote:
          '征求意见稿提及,进一步明确不正当价格行为认定标准。一是完善低价倾销的认定标准,规范市场价格秩序,治理“内卷式”竞争。二是完善价格串通、哄抬价格、价格歧视等不正当价格行为认定标准。',
        supports: ['summary'],
      },
      {
        url: 'http://www.ligelawfirm.com/en_shownews.asp?Bigclass=%E6%9C%80%E6%96%B0%E5%8A%A8%E6%80%81&id=386',
        title: 'Lige Law Firm',
        quote:
          'the National Development and Reform Commission and the State Administration for Market Regulation officially published the Draft Amendments to the Price Law of the People’s Republic of China (for Public Comment), initiating a public consultation process.',
        supports: ['name', 'aliases', 'issuers'],
      },
    ],
  },
  // ───────────────── Basic Requirements for Food Delivery Platform Service Management (2025) ─────────────────
  {
    id: 'document:basic-requirements-for-food-delivery-platform-service-management',
    name: 'Basic Requirements for Food Delivery Platform Service Management',
    nameZh: '外卖平台服务管理基本要求',
    kind: 'national_standard',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2025-12-02',
    summary:
      'SAMR’s recommended national standard for food delivery platforms, aimed at “ghost kitchens”, irrational competition and weak protection of couriers, and limiting platform fees to three kinds.',
    sources: [
      {
        url: 'https://www.frenford.com/info/1371/123748.htm',
        title: 'frenford.com (university news)',
        quote:
          'In view of the problems existing in the food delivery industry in recent years such as "ghost food delivery", irrational competition, and insufficient protection of the rights and interests of food delivery delivery personnel, the State Administration for Market Regulation recently issued and implemented the recommended national standard "Basic Requirements for Food Delivery Platform Service Management" (hereinafter referred to as the "Basic Requirements").',
        supports: ['name', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://staging.reportify.cn/news/1193993580277010432',
        title: 'Reportify (Beijing News)',
        quote:
          '《外卖平台服务管理基本要求》国家标准发布实施\n新京报·2025-12-04 08:05\n市场监管总局发布外卖平台服务管理国家标准 - 市场监管总局发布并实施推荐性国家标准《外卖平台服务管理基本要求》,旨在针对行业存在的“幽灵外卖”、非理性竞争及配送员权益保障不足等问题',
        supports: ['nameZh', 'kind', 'status', 'issuers', 'summary'],
      },
      {
        url: 'https://hk.crntt.com/doc/1071/4/9/5/107149595.html?coluid=7&kindid=0&docid=107149595&mdate=1205105705',
        title: 'China Review News',
        quote: 'date 2025-12-05 由國家市場監管總局組織起草的《外賣平台服務管理基本要求》在12月2日發布並實施',
        supports: ['promulgated'],
      },
      {
        url: 'https://www.globaltimes.cn/page/202512/1349767.shtml',
        title: 'Global Times',
        quote:
          'To tackle problems such as excessive or arbitrary platform charges, the standard defines three categories of fees: technology service fees, delivery service fees and marketing service fees.',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────── Opinions on Promoting the Development and Growth of the Private Economy (2023) ─────────────────
  {
    id: 'document:opinions-on-promoting-development-and-growth-of-private-economy',
    name: 'Opinions on Promoting the Development and Growth of the Private Economy',
    nameZh: '关于促进民营经济发展壮大的意见',
    kind: 'normative_document',
    status: 'final',
    issuers: ['cpc-central-committee', 'state-council'],
    promulgated: '2023-07',
    summary:
      'The CPC Central Committee and State Council’s July 2023 opinions on the private economy, stressing the fair competition system and curbs on administrative monopolies, which called for legal safeguards later given by the Private Economy Promotion Law.',
    sources: [
      {
        url: 'https://www.mondaq.com:443/china/antitrust-eu-competition/1363804/china-monthly-antitrust-update-august-2023',
        title: 'Mondaq (China Monthly Antitrust Update, August 2023)',
        quote:
          'State Council Issues Opinions on Promoting the Development and Growth of the Private Economy\n\nOn July 14, the State Council issued the Opinions on Promoting the Development and Growth of the Private Economy, which emphasized the implementation of a fair competition system and the strengthening of regulatory measures against administrative monopolies.',
        supports: ['name', 'kind', 'status', 'summary'],
      },
      {
        url: 'https://kvh.kangfuzhe.org/post/663.html',
        title: 'kangfuzhe.org (Jiemian News report)',
        quote:
          '此前,民营经济促进法立法进程备受关注。2023年7月,中共中央、国务院印发《关于促进民营经济发展壮大的意见》,要求强化民营经济发展法治保障,为民营经济发展提供有力支撑。',
        supports: ['nameZh', 'issuers', 'promulgated', 'summary'],
      },
    ],
  },
  // ───────────────── Provisions on Protection of Trade Secrets (SAMR Order No. 126, 2026) ─────────────────
  {
    id: 'document:provisions-on-protection-of-trade-secrets',
    name: 'Provisions on Protection of Trade Secrets',
    nameZh: '商业秘密保护规定',
    aliases: ['Regulations on the Protection of Trade Secrets'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2026-02-24',
    effective: '2026-06-01',
    summary:
      'SAMR’s rules on administrative enforcement against trade secret infringement under the Anti-Unfair Competition Law, with injunctions and fines, replacing the former SAIC’s provisions on prohibiting infringement of trade secrets.',
    relations: [
      { type: 'based_on', target: 'document:anti-unfair-competition-law', source: 0 },
      { type: 'amends', target: 'document:provisions-on-prohibition-of-infringement-of-trade-secrets', source: 2 },
    ],
    sources: [
      {
        url: 'http://www.sanyouip.com/en/insights/content/2/860.html',
        title: 'Sanyou IP',
        quote:
          '(Promulgated by Order No. 126 of the State Administration for Market Regulation on February 24, 2026, effective as of June 1, 2026)\nArticle 1\nThese Provisions are formulated in accordance with the Anti-Unfair Competition Law of the People’s Republic of China (hereinafter referred to as the “Anti-Unfair Competition Law”) in order to strengthen the protection of trade secrets and maintain a fair and competitive market order.',
        supports: ['kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://natlawreview.com/article/chinas-state-administration-market-regulation-releases-regulations-protection-trade',
        title: 'The National Law Review',
        quote:
          'On February 28, 2026, China’s State Administration for Market Regulation (SAMR) released the Regulations on the Protection of Trade Secrets (商业秘密保护规定). The Regulations provide for an administrative enforcement mechanism for trade secret protection in addition to or in alternative to civil litigation and criminal enforcement. While damages are not available under the Regulations, injunctions and fines of up to 5 million RMB are. The Regulations go into effect June 1, 2026.',
        supports: ['nameZh', 'aliases', 'issuers', 'effective', 'summary'],
      },
      {
        url: 'http://www.sanyouip.com/en/insights/content/2/873.html',
        title: 'Sanyou IP',
        quote:
          'The Regulations on the Protection of Trade Secrets (hereinafter referred to as the “New Regulations”), issued as Order No. 126 of the State Administration for Market Regulation, will officially come into force on June 1, 2026. Meanwhile, the old regulation, the Provisions of the State Administration for Industry and Commerce on Prohibiting Infringement of Trade Secrets (promulgated by the former State Administration for Industry and Commerce), will be repealed simultaneously.',
        supports: ['aliases', 'issuers', 'effective', 'summary', 'relations'],
      },
      {
        url: 'http://www.zyip.com/en/show-1605.html',
        title: 'Zhongyu IP',
        quote:
          'Provisions on Protection of Trade Secrets \n\n(Announced by the State Administration for Market Regulation on February 24, 2026, by Order No. 126. It shall come into effect on June 1, 2026.)',
        supports: ['name', 'issuers', 'promulgated', 'effective'],
      },
    ],
  },
  // ───────────────── Interim Measures for the Administration of Internet Advertising (SAIC Order No. 87, 2016) ─────────────────
  {
    id: 'document:interim-measures-for-administration-of-internet-advertising',
    name: 'Interim Measures for the Administration of Internet Advertising',
    nameZh: '互联网广告管理暂行办法',
    aliases: [
      'Tentative Measures for the Administration of Internet Advertising',
      'Interim Measures for the Administration of Internet Advertisements',
    ],
    zhShortNames: ['工商总局令第87号'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2016-07-04',
    effective: '2016-09-01',
    summary:
      'The SAIC’s 2016 rules on internet advertising (paid search, pop-ups, labelling ads as “advertisement”), which SAMR revised into the Measures for the Administration of Internet Advertising in force from 1 May 2023.',
    relations: [{ type: 'based_on', target: 'document:advertizing-law', source: 0 }],
    sources: [
      {
        url: 'http://hk.lexiscn.com/law/interim-measures-for-the-administration-of-internet-advertising.html',
        title: 'LexisNexis China',
        quote:
          "Interim Measures for the Administration of Internet Advertising\n\nOrder of the State Administration for Industry and Commerce No.87\n\nJuly 4, 2016\n\nThe Interim Measures for the Administration of Internet Advertising, which were adopted at the executive meeting of the State Administration for Industry and Commerce, are hereby promulgated and shall come into effect as of September 1, 2016. … Article 1 These Measures are formulated in accordance with the Advertisement Law of the People's Republic of China",
        supports: ['name', 'kind', 'status', 'issuers', 'promulgated', 'effective', 'relations'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2016/09/22/tentative-measures-for-the-administration-of-internet-advertising',
        title: 'China Law & Practice',
        quote:
          'Tentative Measures for the Administration of Internet Advertising\n\n互联网广告管理暂行办法\n\nInternet advertisements require the word "Advertisement" … (Promulgated by the State Administration for Industry and Commerce on July 4 2016 and effective as of September 1 2016.) … 工商总局令第87号',
        supports: ['nameZh', 'aliases', 'zhShortNames', 'issuers', 'promulgated', 'effective', 'summary'],
      },
      {
        url: 'https://jxxfw.com/journal/85786782c8227d7f5eb167a4180fb011.html',
        title: 'jxxfw.com (journal reprint)',
        quote:
          'State Administration for Industry and Commerce Order No. 87 “Interim Measures for the Administration of Internet Advertisements” has been examined and approved by the State Administration for Industry and Commerce for the executive meeting, and is hereby promulgated and will come into force on September 1, 2016.',
        supports: ['aliases'],
      },
      {
        url: 'http://en.shanghaiinvest.com/information-center/newsletters/item/223-new-regulation-on-the-internet-advertisement',
        title: 'Shanghai Invest (Dongjin)',
        quote:
          'Paid search was considered as the internet advertisement. … Advertisements published on Internet pages in the form of pop-up or other forms shall be clearly marked with a "Close" sign to ensure a "Click to Close".',
        supports: ['summary'],
      },
      {
        url: 'https://www.laitimes.com/en/article/4r6h0_57qb5.html',
        title: 'laitimes.com',
        quote:
          'the State Administration for Market Regulation recently revised and issued the Measures for the Administration of Internet Advertising (hereinafter referred to as the "Measures"), which will come into force on May 1, 2023.\nThe Measures adapt to the new characteristics, trends and requirements of the development of the mainland Internet advertising industry, revise and improve the original Interim Measures for the Administration of Internet Advertising',
        supports: ['summary'],
      },
    ],
  },
  // ───────────────── Interim measures on reviewing ads for drugs, devices, health food and FSMP (SAMR, 2019) ─────────────────
  {
    id: 'document:interim-measures-for-review-of-advertisements-for-drugs-medical-devices-health-food-and-fsmp',
    name: 'Interim Measures for the Examination and Administration of Advertisements for Drugs, Medical Devices, Health Food and Formula Food for Special Medical Purposes',
    nameZh: '药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法',
    aliases: ['Interim Administrative Measures on the Review of Health Food, FSMP, Drug and Medical Devices Advertisements'],
    kind: 'departmental_rule',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2019-12-27',
    effective: '2020-03-01',
    summary:
      'SAMR’s rules on the prior review of advertisements for drugs, medical devices, health food and formula food for special medical purposes: content requirements, prohibitions, dossiers, procedure and penalties.',
    sources: [
      {
        url: 'https://global.foodmate.net/news/show.php?itemid=6396',
        title: 'Global Foodmate',
        quote:
          'On December 27, 2019, the State Administration for Market Regulation (SAMR) issued the Interim Measures for the Examination and Administration of Advertisements for Drugs, Medical Devices, Health Food and Formula Food for Special Medical Purposes, which will become effective from March 1, 2020.\n\n\n\nFor information in Chinese,\n国家市场监督管理总局发布《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》',
        supports: ['name', 'nameZh', 'kind', 'status', 'issuers', 'promulgated', 'effective'],
      },
      {
        url: 'https://food.chemlinked.com/database/view/1660',
        title: 'ChemLinked',
        quote:
          'Interim Administrative Measures on the Review of Health Food, FSMP, Drug and Medical Devices Advertisements\nLocal Title:\n药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法 … Competent Authority:\nState Administration for Market Regulation … Release Date:\n2019-12-27\nImplementation Date:\n2020-03-01 … It specifies the advertising requirements of health food and FSMP, advertisement prohibition, dossiers required, review procedure, penalties and etc.',
        supports: ['nameZh', 'aliases', 'issuers', 'promulgated', 'effective', 'summary'],
      },
    ],
  },
  // ───────────────── Opinions on establishing the fair competition review system (国发〔2016〕34号) ─────────────────
  {
    id: 'document:opinions-on-establishing-fair-competition-review-system-in-market-system-construction',
    name: 'Opinions on Establishing a Fair Competition Review System in the Development of the Market Regime',
    nameZh: '关于在市场体系建设中建立公平竞争审查制度的意见',
    aliases: [
      'Opinions of the State Council on Establishing a Fair Competition Review System During the Development of Market-Oriented Systems',
      'Opinions on Establishing the Fair Competition Review System in the Development of Market System',
      'Opinions on Establishing A Fair Competition Review System in the Construction of Market System',
      'Opinions of the State Council on Establishing A Fair Competition Examination System in the Building of the Market System',
    ],
    zhShortNames: ['国发〔2016〕34号'],
    kind: 'normative_document',
    status: 'final',
    issuers: ['state-council'],
    promulgated: '2016-06-01',
    summary:
      'The State Council’s 2016 opinions that set up the fair competition review system, under which policy-making bodies review new rules and policy measures for effects that eliminate or restrict competition.',
    sources: [
      {
        url: 'https://www.shndlaw.com/post/535',
        title: 'shndlaw.com (translation)',
        quote:
          'Document NumberNo. 34 [2016] of the State Council … Date issued06-01-2016 … Issuing Authority State Council\n\n\n\nOpinions of the State Council on Establishing A Fair Competition Examination System in the Building of the Market System\n(No. 34 [2016] of the State Council)',
        supports: ['aliases', 'kind', 'status', 'issuers'],
      },
      {
        url: 'http://www.mondaq.com/china/x/508160/Antitrust+Competition/Chinas+Fair+Competition+Review+System+China+Takes+Another+Significant+Step+Eight+Years+After+Enacting+The+AntiMonopoly+Law',
        title: 'Mondaq (Orrick)',
        quote:
          'On June 1, 2016, the Opinions of the State Council on Establishing a Fair Competition Review System During the Development of Market-Oriented Systems ("Opinions") were promulgated and became effective. … the Opinions call for limiting the government authorities\' administrative powers, establishing the FCRS, preventing new policies and measures that exclude competition',
        supports: ['aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://en.anjielaw.com/news_detail/newsId=413.html',
        title: 'AnJie Law Firm',
        quote:
          "On June 1 2016 the State Council published its Opinions on Establishing a Fair Competition Review System in the Development of the Market Regime, signalling the formal establishment of China's fair competition review system.",
        supports: ['name', 'aliases', 'issuers', 'promulgated', 'summary'],
      },
      {
        url: 'http://www.mondaq.com/china/x/504970/Trade+Regulation+Practices/Fair+Competition+Review+System',
        title: 'Mondaq',
        quote:
          'On June 14, 2016, the State Council issued Opinions on Establishing the Fair Competition Review System in the Development of Market System (hereinafter "Opinions"), which finally uncovers the veil of this system.',
        supports: ['aliases'],
      },
      {
        url: 'http://usito.org/news/fair-competition-review-system-be-implemented',
        title: 'USITO',
        quote:
          'The main objectives and components of the fair competition review system were first laid out in the Opinions on Establishing A Fair Competition Review System in the Construction of Market System released by the State Council on June 14, 2016.',
        supports: ['aliases'],
      },
      {
        url: 'https://pdf.chddh.cn/archives/365rneoxjpq6qlqgd7z0.html',
        title: 'First China Fair Competition Policy Week study materials (PDF mirror)',
        quote: '五、国务院关于在市场体系建设中建立公平竞争审查制度的 意见(国发〔2016〕34号)',
        supports: ['nameZh', 'zhShortNames', 'issuers'],
      },
    ],
  },
  // ───────────────── Guidelines for Horizontal Merger Review (SAMR, December 2024) ─────────────────
  {
    id: 'document:guidelines-for-review-of-horizontal-concentrations-of-undertakings',
    name: 'Guidelines for Horizontal Merger Review',
    nameZh: '横向经营者集中审查指引',
    kind: 'guideline',
    status: 'final',
    issuers: ['samr'],
    promulgated: '2024-12-20',
    summary:
      'SAMR’s 87-article guidelines, with 29 cases, on how it reviews mergers between competitors: market definition, market shares and concentration, unilateral and coordinated effects, entry, efficiencies and subsidies.',
    relations: [{ type: 'based_on', target: 'document:provisions-on-review-of-concentrations-of-undertakings', source: 1 }],
    sources: [
      {
        url: 'https://tanglau.com/publications/2025/mainland-chinas-evolving-antitrust-terrain-2024-q1-2025-part-2-of-6/index.html',
        title: 'tanglau.com (with Meng Bo Law Office)',
        quote:
          'Part 2: Guidelines for Horizontal Merger Review (the “Guidelines”)\n1. Highlights of the Guidelines\nThe long-awaited Guidelines released in December 2024 reflect the State Administration for Market Regulation (SAMR)’s enforcement experience and carry practical implications for companies.',
        supports: ['name', 'kind', 'status', 'issuers'],
      },
      {
        url: 'https://blog.bobobk.com/financial/2024/12-20/10339475.html',
        title: 'bobobk.com (China News Service report)',
        quote:
          '市场监管总局于2024年12月20日发布了《横向经营者集中审查指引》(以下简称《指引》)。\n据介绍,《指引》根据《中华人民共和国反垄断法》《国务院关于经营者集中申报标准的规定》《经营者集中审查规定》等制定,采用条文与案例相结合的方式,共12章、87条,包含案例29个。',
        supports: ['nameZh', 'kind', 'issuers', 'promulgated', 'summary', 'relations'],
      },
      {
        url: 'https://omm.com/insights/alerts-publications/china-s-samr-publishes-draft-horizontal-merger-review-guidelines',
        title: 'O’Melveny',
        quote:
          'The Draft Horizontal Mergers Guidelines comprise 87 articles and a number of hypothetical case studies covering the following topics: … Market definition, the assessment and significance of market shares and concentration levels \n  • The assessment of unilateral and coordinated effects … Buyer power and market entry\n  • The assessment of merger-specific efficiences, and\n  • Other factors to be considered in the review of a merger including industrial policy, other public benefits and subsidies.',
        supports: ['summary'],
      },
    ],
  },
];

/**
 * Other English renderings real pages give SAMR's and the State Council's competition rules that
 * other core files hold; index.ts merges them onto those entries with `withOtherNames`.
 */
export const OTHER_NAMES_COMPETITION_7: CoreOtherNames[] = [
  {
    id: 'document:interim-provisions-on-anti-unfair-competition-on-the-internet',
    aliases: ['Interim Provisions on Prohibition of Unfair Online Competition', 'Provisional Regulations on Combating Unfair Competition in the Online Sphere'],
    sources: [
      {
        url: 'https://chinatradingdesk.com/post/china-regulations-interim-provisions-on-prohibition-of-unfair-online-competition',
        title: 'China Trading Desk',
        quote:
          'The State Administration for Market Regulation (SAMR) has recently announced the release of the "Interim Provisions on Prohibition of Unfair Online Competition" (hereinafter referred to as "the Provisions"), which will come into effect on September 1, 2024.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinalawupdate.cn/articles/anti-monopoly/',
        title: 'China Law Update',
        quote:
          'the State Administration for Market Regulation (SAMR) of China recently announced the “Provisional Regulations on Combating Unfair Competition in the Online Sphere” (hereinafter referred to as the “Regulations”), which will take effect on September 1, 2024.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:provisions-of-state-council-on-thresholds-for-notification-of-concentrations-of-undertakings',
    aliases: ['Regulations of the Filing Threshold for Operators’ Concentration'],
    sources: [
      {
        url: 'https://www.chinalawupdate.cn/articles/anti-monopoly/',
        title: 'China Law Update',
        quote:
          'On January 26, 2024, the State Council of China published the “Regulations of the Filing Threshold for Operators’ Concentration (2024 Revision)” (the “New Filing Threshold”), which took effect on the same day.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:provisions-on-review-of-concentrations-of-undertakings',
    aliases: ['Regulations on the Examination of Concentration of Business Operators', 'Regulations on Examining Concentration of Operators'],
    sources: [
      {
        url: 'https://www.allbrightlaw.com/EN/10531/569372348689388b.aspx',
        title: 'AllBright Law Offices',
        quote:
          'on March 10, 2023, the State Administration for Market Regulation issued the following four supporting rules for the New Anti-monopoly Law, and which shall become effective on April 15, 2023: … 4. Regulations on the Examination of Concentration of Business Operators.',
        supports: ['aliases'],
      },
      {
        url: 'https://webiis05.mondaq.com/china/cartels-monopolies/1299384/china-said-no-to-monopoly',
        title: 'Mondaq',
        quote:
          'CN SAMR announced 4 anti-monopoly related regulations, all on 10 Mar 2023, and will come into force on 15 April 2023, as below:\n\n  1. Regulations on examining concentration of operators - gkml.samr.gov.cn/nsjg/fgs/202303/t20230320_353972.html',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:provisions-on-prohibiting-abuse-of-dominant-market-positions',
    aliases: ['Prohibition of Abusing Dominant Market Position Provisions'],
    sources: [
      {
        url: 'https://www.allbrightlaw.com/EN/10531/569372348689388b.aspx',
        title: 'AllBright Law Offices',
        quote:
          'on March 10, 2023, the State Administration for Market Regulation issued the following four supporting rules for the New Anti-monopoly Law … 2. Prohibition of Abusing Dominant Market Position Provisions;',
        supports: ['aliases'],
      },
    ],
  },
];

/** The State Council's anti-monopoly commission as pages name it since it took on unfair competition. */
export const AUTHORITY_VARIANTS_COMPETITION_7: AuthorityVariant[] = [
  {
    slug: 'anti-monopoly-commission-of-the-state-council',
    aliases: ['Anti-Monopoly and Anti-Unfair Competition Commission of the State Council'],
    sources: [
      {
        url: 'https://cms-lawnow.com/en/ealerts/2024/05/new-guidelines-clarify-path-to-antitrust-compliance',
        title: 'CMS Law-Now',
        quote:
          'On April 25, 2024, the Anti-monopoly and Anti-unfair Competition Commission of the State Council released the new version of the Antitrust Compliance Guidelines for Undertakings',
        supports: ['aliases'],
      },
    ],
  },
];
