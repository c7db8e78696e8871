/**
 * Curated core layer: more English titles, defined short names and document numbers that
 * third-party pages (law-firm alerts, legal databases, consultancies) write for instruments the core
 * layer already holds, where the extension did not recognise them. Each name is quoted from a stored
 * public page that writes it for the instrument.
 *
 * Like renderings-16.ts, these rows are not entries of their own: index.ts merges them onto the
 * entries with `withOtherNames` (names appended, sources appended after the entry's own).
 * CORE_RENDERINGS_22 holds no new instruments.
 *
 * A number written as "Order of the State Council of the People's Republic of China No. 792" also
 * lets the recogniser read the other ways pages cite that number ("State Council Order No. 792",
 * 国务院令第792号).
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_RENDERINGS_22: CoreInstrument[] = [];

export const OTHER_NAMES_RENDERINGS_22: CoreOtherNames[] = [
  // ───────────── AI ─────────────
  {
    id: 'document:interim-measures-for-management-of-generative-artificial-intelligence-services',
    aliases: ['Temporary Rules on Generative AI Services', 'Interim GAI Measures'],
    sources: [
      {
        url: 'https://www.chinaiplawyer.com/china-laws-and-regulations-update-in-july-2023/',
        title: 'China IP Lawyer – China Laws and Regulations Update in July 2023',
        quote:
          'Six government departments, including Cyberspace Administration of China recently co-issued the Temporary Rules on Generative AI Services (“Rules”) which will be brought into action from August 15th.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.mondaq.com/china/telecoms-mobile--cable-communications/1360600/chinas-new-rules-for-generative-ai-an-emerging-regulatory-framework',
        title: 'Mondaq – China’s New Rules For Generative AI: An Emerging Regulatory Framework',
        quote:
          'On July 13, 2023, the Chinese government published its finalized rules on generative artificial intelligence, the Interim Measures for the Management of Generative Artificial Intelligence Services ("Interim GAI Measures"), which came into effect on August 15, 2023 (Art. 24).',
        supports: ['aliases'],
      },
    ],
  },

  {
    id: 'document:provisions-on-administration-of-algorithm-recommendation-for-internet-information-services',
    aliases: ['Algorithmic Recommendation Measures'],
    sources: [
      {
        url: 'https://asiagrowthpartners.com/china-ai-regulations/ai-generated-content-labeling-measures',
        title: 'Asia Growth Partners – China AI Regulations: AI-Generated Content Labeling Measures',
        quote:
          'The framework sits at the intersection of the Provisions on Deep Synthesis, the Algorithmic Recommendation Measures, and the Interim Measures for Generative AI Services — consolidating labeling obligations that were previously scattered across those instruments into a single, detailed operational standard.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:measures-for-labelling-of-artificial-intelligence-generated-and-synthetic-content',
    aliases: ['Guo Xin Ban Tong Zi [2025] No. 2'],
    sources: [
      {
        url: 'https://datacompliancechina.com/laws/ai-content-labeling-measures/',
        title: 'Data Compliance China – Measures for Labeling AI-Generated and Synthetic Content',
        quote:
          'Promulgated by: CAC, MIIT, MPS, NRTA.\nDocument No.: Guo Xin Ban Tong Zi [2025] No. 2.\nIssued March 7, 2025. Effective September 1, 2025.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Apps and personal information ─────────────
  {
    id: 'document:method-for-identifying-illegal-collection-and-use-of-personal-information-by-apps',
    aliases: ['Guo Xin Ban Mi Zi [2019] No. 191'],
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/notice-on-promulgation-of-the-method-for-identifying-the-illegal-collection-and-use-of-personal-information-by-apps/',
        title: 'AppInChina – Notice on Promulgation of the Method for Identifying the Illegal Collection and Use of Personal Information by Apps',
        quote:
          'Chinese Title: 关于印发《App违法违规收集使用个人信息行为认定方法》的通知\n\nGuo Xin Ban Mi Zi [2019] No. 191',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Finance ─────────────
  {
    id: 'document:measures-for-administration-of-data-security-in-business-areas-of-pboc',
    aliases: ['PBOC Data Rules'],
    sources: [
      {
        url: 'https://www.nortonrosefulbright.com/en-zw/knowledge/publications/6aa879cc/pbocs-first-data-privacy-and-security-regulations-issued',
        title: 'Norton Rose Fulbright – PBOC’s first data privacy and security regulations issued',
        quote:
          'On 1 May 2025, the People’s Bank of China (the PBOC) issued the Administrative Measures on Data Security in the Business Areas supervised by the PBOC (the PBOC Data Rules) which took effect on 30 June 2025.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:regulations-on-supervision-and-administration-of-non-bank-payment-institutions',
    aliases: ['Order of the State Council of the People’s Republic of China No. 768'],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5062360-T.html?eng=0',
        title: 'LexisNexis China – Regulations on the Supervision and Management of Non-Bank Payment Institutions',
        quote:
          'Regulations on the Supervision and Management of Non-Bank Payment Institutions\n\nOrder of the State Council of the People’s Republic of China No. 768\n\nDecember 9, 2023',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Export control and foreign investment ─────────────
  {
    id: 'document:regulations-on-export-control-of-dual-use-items',
    aliases: ["Order of the State Council of the People's Republic of China No. 792"],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5533134-T.html?eng=0',
        title: 'LexisNexis China – Regulations of the People’s Republic of China on Export Control of Dual-Use Items',
        quote:
          "Regulations of the People's Republic of China on Export Control of Dual-Use Items\nOrder of the State Council of the People's Republic of China No. 792\nSeptember 30, 2024",
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:opinions-on-further-optimizing-environment-for-foreign-investment-and-increasing-efforts-to-attract-foreign-investment',
    aliases: ['Guo Fa [2023] No. 11'],
    zhShortNames: ['国发〔2023〕11号'],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/content.php?provider_id=1&isEnglish=Y&origin_id=4849541&eng=0&prid=899e4d14-f8f3-417f-983e-005c02069982&crid=b902fc97-c88d-489f-83f8-f7773d8ac006',
        title: 'LexisNexis China – Opinions of the State Council on Further Optimizing the Environment for Foreign Investment and Increasing Efforts to Attract Foreign Investment',
        quote:
          'Opinions of the State Council on Further Optimizing the Environment for Foreign Investment and Increasing Efforts to Attract Foreign Investment\n\nGuo Fa [2023] No. 11\n\nJuly 25, 2023',
        supports: ['aliases'],
      },
      {
        url: 'https://appinchina.co/government-policies-china/',
        title: 'AppInChina – Official Chinese Government Policies',
        quote:
          'Optimizing the Environment for Foreign Investment and Increasing Efforts to Attract Foreign Investment Guo Fa [2023] No. 11. 国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见 国发〔2023〕11号.',
        supports: ['aliases', 'zhShortNames'],
      },
    ],
  },

  // ───────────── State Council regulations: order numbers ─────────────
  {
    id: 'document:regulations-for-implementation-of-law-on-protection-of-consumer-rights-and-interests',
    aliases: ["Order of the State Council of the People's Republic of China No. 778"],
    zhShortNames: ['国务院令第778号'],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-5193558-T.html?eng=0',
        title: 'LexisNexis China – Implementation Regulations on the Law of the People’s Republic of China on the Protection of Consumer Rights and Interests',
        quote:
          "Implementation Regulations on the Law of the People's Republic of China on the Protection of Consumer Rights and Interests\n\nOrder of the State Council of the People's Republic of China No. 778\n\nMarch 15, 2024",
        supports: ['aliases'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=231964',
        title: 'CSRCare – Regulation on the Implementation of the Law of the People’s Republic of China on the Protection of Consumer Rights and Interests',
        quote:
          "Regulation on the Implementation of the Law of the People's Republic of China on the Protection of Consumer Rights and Interests\n\n中文\nDocument Number:中华人民共和国国务院令第778号 Issuing Authority:State Council",
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:regulation-for-implementing-the-foreign-investment-law',
    aliases: ["Order of the State Council of the People's Republic of China No. 723"],
    zhShortNames: ['国务院令第723号'],
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-3670700-T.html?eng=0',
        title: 'LexisNexis China – Implementing Regulations of the Foreign Investment Law of the People’s Republic of China',
        quote:
          "Implementing Regulations of the Foreign Investment Law of the People's Republic of China\n\nOrder of the State Council of the People's Republic of China No. 723\n\nDecember 26, 2019",
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinalawandpractice.com/2020/01/17/implementing-regulations-for-the-prc-foreign-investment-law',
        title: 'China Law & Practice – Implementing Regulations for the PRC Foreign Investment Law',
        quote:
          'Implementing Regulations for the PRC Foreign Investment Law\n中华人民共和国外商投资法实施条例\nImplementing Rules bring about new corporate structures\n(国务院于二零一九年十二月二十六日公布,自二零二零年一月一日起施行。)\n(Promulgated by the State Council on December 26, 2019 and effective as of January 1, 2020.)\n国务院令第723号',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:regulation-on-rare-earth-administration',
    aliases: ["Order of the State Council of the People's Republic of China No. 785"],
    sources: [
      {
        url: 'https://urbanmines.com/chinas-rare-earth-management-regulations-will-come-into-effect-on-october-1',
        title: 'UrbanMines – China’s “Rare Earth Management Regulations” will come into effect on October 1',
        quote:
          'Order of the State Council of the People\'s Republic of China\n\nNo. 785\n\n \n\nThe "Rare Earth Management Regulations" were adopted at the 31st Executive Meeting of the State Council on April 26, 2024, and are promulgated and will come into effect on October 1, 2024.',
        supports: ['aliases'],
      },
    ],
  },

  {
    id: 'document:regulation-on-government-data-sharing',
    aliases: ['Decree No. 809 of the State Council'],
    zhShortNames: ['国务院令第809号'],
    sources: [
      {
        url: 'https://datacompliancechina.com/laws/government-data-sharing-regulations.md',
        title: 'Data Compliance China – Regulations on the Sharing of Government Data',
        quote:
          '**Promulgated by:** State Council.  \n**Document No.:** Decree No. 809 of the State Council.  \n**Adopted at the 59th executive meeting of the State Council on May 9, 2025. Effective August 1, 2025.**',
        supports: ['aliases'],
      },
      {
        url: 'http://www.csrcare.com/Law/LawShowEn?id=234669',
        title: 'CSRCare – Regulation on Government Data Sharing',
        quote: 'Regulation on Government Data Sharing\n\n中文\nDocument Number:中华人民共和国国务院令第809号 Issuing Authority:State Council',
        supports: ['zhShortNames'],
      },
    ],
  },
  {
    id: 'document:regulations-on-optimizing-business-environment',
    aliases: ["Order of the State Council of the People's Republic of China No.722"],
    sources: [
      {
        url: 'https://hk.lexiscn.com/law/law-english-1-3552842-T.html?eng=0',
        title: 'LexisNexis China – Regulations on Optimizing the Business Environment',
        quote:
          "Regulations on Optimizing the Business Environment\n\nOrder of the State Council of the People's Republic of China No.722\n\nOctober 22, 2019",
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Competition: SAMR order numbers ─────────────
  {
    id: 'document:provisions-on-prohibiting-monopoly-agreements',
    aliases: ['Order of the State Administration for Market Regulation No.65'],
    sources: [
      {
        url: 'https://www.lexiscn.com/law/law-english-1-4595230-T.html?eng=0',
        title: 'LexisNexis China – Provisions on the Prohibition of Monopoly Agreements',
        quote:
          'Provisions on the Prohibition of Monopoly Agreements\n\nOrder of the State Administration for Market Regulation No.65\n\nMarch 10, 2023',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:implementation-measures-for-regulations-on-fair-competition-review',
    aliases: ['Decree No. 99 of the State Administration for Market Regulation'],
    sources: [
      {
        url: 'https://gongmall.com/en/article/250',
        title: 'Gongmall – Implementation Measures for the Regulations on Fair Competition Review',
        quote:
          'the State Administration for Market Regulation recently issued the "Implementation Measures for the Regulations on Fair Competition Review" (hereinafter referred to as the "Implementation Measures"), which will be officially implemented on April 20. … (Decree No. 99 of the State Administration for Market Regulation on February 28, 2025, effective as of April 20, 2025)',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Cybersecurity, data and cars ─────────────
  {
    id: 'document:cybersecurity-review-measures',
    aliases: ['Decree No. 8 of the Cybersecurity Administration of China'],
    sources: [
      {
        url: 'https://www.appinchina.co/government-documents/cybersecurity-review-measures-2021/',
        title: 'AppInChina – Cybersecurity Review Measures (2021)',
        quote:
          'Original Title: 网络安全审查办法（2021）\n\nCybersecurity Review Measures (2021)\n\nDecree No. 8 of the Cybersecurity Administration of China',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:several-provisions-on-administration-of-automobile-data-security',
    aliases: ['Auto Data Regulation'],
    sources: [
      {
        url: 'https://twobirds.com/en/news/articles/2021/china/china-tightens-data-protection-in-automotive-industry',
        title: 'Bird & Bird – China tightens data protection in automotive industry',
        quote:
          'Multiple ministries jointly issued the Interim Provisions on Automotive Data Security Management (Auto Data Regulation) on 16 August, which is the first data protection regulation targeted at automotive industry and will come into effect on 1 October 2021.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:opinions-on-building-basic-systems-for-data-to-maximize-role-of-data',
    aliases: [
      'Opinions of the Chinese Communist Party (CCP) Central Committee and the State Council on Constructing a Basic System for Data and Putting Data Factors of Production to Better Use',
    ],
    sources: [
      {
        url: 'https://cset.georgetown.edu/publication/opinions-of-the-ccp-central-committee-and-the-state-council-on-constructing-a-basic-system-for-data-and-putting-data-factors-of-production-to-better-use',
        title: 'CSET (Georgetown) – Opinions of the CCP Central Committee and the State Council on Constructing a Basic System for Data and Putting Data Factors of Production to Better Use',
        quote:
          'The Chinese source text is available online at: http://www.gov.cn/zhengce/2022-12/19/content_5732695.htm … Opinions of the Chinese Communist Party (CCP) Central Committee and the State Council on Constructing a Basic System for Data and Putting Data Factors of Production to Better Use\n(December 2, 2022)',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Countermeasures ─────────────
  {
    id: 'document:rules-on-counteracting-unjustified-extra-territorial-application-of-foreign-legislation',
    aliases: [
      'Measures on Blocking Unjustified Extraterritorial Application of Foreign Legislation',
      'Rules on Countering Unjustified Extraterritorial Application of Foreign Legislation and Other Measures',
      'Chinese Blocking Statute',
    ],
    sources: [
      {
        url: 'https://export.virginia.edu/china-enacts-additional-new-law-against-countries-impose-anti-china-sanctioned-companies-comply',
        title: 'University of Virginia Export Controls – China Enacts Additional New Law Against Countries that Impose Anti-China Sanctions',
        quote:
          'This legislation follows previous law against any company that complies with U.S. sanctions, specificially, the Measures on Blocking Unjustified Extraterritorial Application of Foreign Legislation (the Blocking measures) that went into effect on  Jan 9, 2021.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.paulhastings.com/en-GB/insights/client-alerts/china-enacts-anti-foreign-sanctions-law-increasing-uncertainty-for-companies',
        title: 'Paul Hastings – China Enacts Anti-Foreign Sanctions Law: Increasing Uncertainty for Companies with China Operations',
        quote:
          'Together with earlier-enacted Rules on Countering Unjustified Extraterritorial Application of Foreign Legislation and Other Measures (the “Chinese Blocking Statute”),[3] as well as the Regulations on the Unreliable Entity List',
        supports: ['aliases'],
      },
    ],
  },
];
