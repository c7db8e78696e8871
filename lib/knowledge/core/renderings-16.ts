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
    aliases: ['Rules on Counteracting Unjustified Extraterritorial Application of Foreign Legislation and Other Measures', 'Chinese Blocking Rules'],
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
    ],
  },

  // ───────────── Core laws ─────────────
  {
    id: 'document:personal-information-protection-law',
    aliases: ['Personal Data Protection Law of the People’s Republic of China'],
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
];
