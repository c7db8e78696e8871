/**
 * Curated core layer: further English titles and short names that third-party pages (law-firm
 * alerts, news, trade press, government English pages, 2022–2026) write for instruments the core
 * layer already holds, where the extension did not recognise them. Each name is quoted from a
 * stored public page that writes it for the instrument.
 *
 * Like renderings-8.ts and renderings-10.ts, these rows are not entries of their own: index.ts
 * merges them onto the entries with `withOtherNames` (names appended, sources appended after the
 * entry's own). CORE_RENDERINGS_16 holds no new instruments.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_RENDERINGS_16: CoreInstrument[] = [];

export const OTHER_NAMES_RENDERINGS_16: CoreOtherNames[] = [
  // ───────────── Countermeasures ─────────────
  {
    id: 'document:rules-on-counteracting-unjustified-extra-territorial-application-of-foreign-legislation',
    aliases: [
      'Rules on Counteracting Unjustified Extraterritorial Application of Foreign Legislation and Other Measures',
      'Chinese Blocking Rules',
      'China Blocking Rules',
    ],
    sources: [
      {
        url: 'http://scirp.org/journal/paperinformation.aspx?paperid=121674',
        title: 'Beijing Law Review (SCIRP) – Counteracting the Extraterritorial Jurisdiction through Refusing Recognition and Enforcement',
        quote:
          'The adoption of “the Rules on Counteracting Unjustified Extraterritorial Application of Foreign Legislation and Other Measures” is China’s first try in blocking statute, which absorbs some experience therefrom but also leaves some gaps.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.lockelord.com/newsandevents/publications/2021/02/locke-lord-quickstudy-blocking-statute',
        title: 'Locke Lord – QuickStudy: China’s blocking statute',
        quote:
          'On January 9, 2021, China’s Ministry of Commerce (MOFCOM) issued its No. 1 Order of 2021 titled “The Rules on Blocking Unjustified Extraterritorial Application of Foreign Legislation and Measures” (hereinafter, the “Chinese Blocking Rules”). Because MOFCOM has yet to interpret these departmental rules, and because the Chinese Blocking Rules differ significantly from other blocking regimes',
        supports: ['aliases'],
      },
      {
        url: 'https://military.einnews.com/article/800979850?lcf=IRA0baweo8FPTm-but_PPffRILHammT6FsMuK6e39fAu7qmgHBnqmH8M2IDcoax3',
        title: 'EIN News – FAQs on China’s Export Control and Anti-Sanction Lists',
        quote:
          '(Also see our analytical notes at China Upgrades Toolkits Dealing with Foreign-Related IP Disputes, Pitfalls for Multinationals in Doing Research Activities in China, How China Blocking Rules Affect Multinationals, and What You Should Know About China’s New Unreliable Entity List Provisions)',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Core laws ─────────────
  {
    id: 'document:personal-information-protection-law',
    // Without its qualifier, the name of Vietnam's, Indonesia's and Sri Lanka's laws too: a phrase
    // name (phrase-names.ts), China's only on a page about China.
    aliases: ['Personal Data Protection Law of the People’s Republic of China', 'Personal Data Protection Law'],
    sources: [
      {
        url: 'https://www.chinaiplawyer.com/tag/strengthening-regulation-of-market-access-of-intelligent-connected-vehicles/',
        title: 'China IP Lawyer – China Laws and Regulations Update in September 2021',
        quote:
          '1. Personal Data Protection Law of the People’s Republic of China\n\nPromulgated by the Standing Committee of National Congress\n\nPromulgation date: 20 August 2021\n\nImplementation date: 1 November 2021',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Cybersecurity ─────────────
  {
    id: 'document:measures-for-national-cybersecurity-incident-reporting',
    aliases: ['Regulation on the Management of the Reporting of Cybersecurity Incidents'],
    sources: [
      {
        url: 'https://www.gccs.africa/newswatch/china-introduces-new-rules-on-cybersecurity-incident-reporting-effective-november-1',
        title: 'GCCS Newswatch – China introduces new rules on cybersecurity incident reporting, effective November 1',
        quote:
          'The Cyberspace Administration of China (CAC) on Monday released the regulation on the management of the reporting of cybersecurity incidents, which will take effect on November 1, 2025. The regulation, consisting of 14 articles, sets requirements on the scope of applicable incidents',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:regulations-on-security-protection-of-critical-information-infrastructure',
    aliases: ['Regulation for Safe Protection of Critical Information Infrastructure'],
    sources: [
      {
        url: 'https://www.gccs.africa/newswatch/china-introduces-new-rules-on-cybersecurity-incident-reporting-effective-november-1',
        title: 'GCCS Newswatch – China introduces new rules on cybersecurity incident reporting, effective November 1',
        quote:
          'A CAC official pointed out that the new rules were formulated to standardize cybersecurity incident reporting, control damage caused by such incidents, and implement the Cybersecurity Law and the regulation for safe protection of critical information infrastructure.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Data export ─────────────
  {
    id: 'document:provisions-on-promoting-and-regulating-cross-border-data-flows',
    aliases: ['Regulations on Promoting and Standardizing Cross-Border Flows of Data'],
    sources: [
      {
        url: 'https://stdaily.com/web/English/2024-04/03/content_1956268.html',
        title: 'Science and Technology Daily (Xinhua) – China issues regulations on cross-border data flows',
        quote:
          'BEIJING, March 22 (Xinhua) -- The Cyberspace Administration of China on Friday issued a set of regulations on promoting and standardizing cross-border flows of data, and clarifying declaration standards for the assessment of cross-border data security and scenarios that are exempt from relevant security appraisals.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── AI ─────────────

  // ───────────── Telecoms ─────────────
  {
    id: 'document:notice-on-pilot-work-of-expanding-opening-of-value-added-telecommunications-services',
    aliases: [
      'Notice on Launching the Pilot Program for Expanding the Opening-up of Value-Added Telecommunications Services',
      'Notice on Launching a Pilot Program to Expand Foreign Access to Value-Added Telecommunications Services',
      'Circular on the Pilot Scheme for the Further Opening of Value-Added Telecom Services to Foreign Investment',
      'MIIT Communications Letter [2024] No. 107',
    ],
    sources: [
      {
        url: 'https://mmlcgroup.com/china-telecoms-2025/',
        title: 'MMLC Group – China: Legal Analysis on the Implementation of the Pilot Program for Expanding the Opening-up of Value-Added Telecommunications Services',
        quote:
          'On April 8, 2024, the Ministry of Industry and Information Technology (hereinafter referred to as the “MIIT”) issued the Notice on Launching the Pilot Program for Expanding the Opening-up of Value-Added Telecommunications Services (MIIT Communications Letter [2024] No. 107), hereinafter referred to as the “Pilot Notice”.',
        supports: ['aliases'],
      },
      {
        url: 'https://www.mondaq.com/china/telecoms-mobile-cable-communications/1542078/china-launched-pilot-program-permitting-foreign-enterprises39-greater-participation-in-valueadded-telecommunications-services',
        title: 'Mondaq – China Launched Pilot Program Permitting Foreign Enterprises’ Greater Participation In Value-Added Telecommunications Services',
        quote:
          'Earlier this year on April 8, MIIT released the "Notice on Launching a Pilot Program to Expand Foreign Access to Value-Added Telecommunications Services" (the "Notice"). According to the Notice, the pilot regions will lift foreign ownership restrictions for IDCs, content distribution networks (CDNs), internet access services (ISPs), online data processing and transaction handling',
        supports: ['aliases'],
      },
      {
        url: 'https://www.chinalawinsight.com/2024/04/articles/uncategorized/china-to-remove-foreign-restrictions-on-idc-investment/',
        title: 'King & Wood Mallesons, China Law Insight – China to Remove Foreign Restrictions on IDC Investment',
        quote:
          'On 10 April 2024, the Ministry of Industry and Information Technology (“MIIT”) of China released the Circular on the Pilot Scheme for the Further Opening of Value-Added Telecom Services to Foreign Investment/工业和信息化部关于开展增值电信业务扩大对外开放试点工作的通告 (“MIIT Circular”), announcing that China will remove foreign ownership restrictions on certain value-added telecom services provided within domestic pilot areas',
        supports: ['aliases'],
      },
    ],
  },
];
