/**
 * Curated core layer: further English renderings and short names that third-party pages (law-firm
 * alerts, trade-press notes, government and translation pages) use for instruments the core layer
 * already holds, where the extension did not recognise them. Each name is quoted from a stored
 * public page that writes it for the instrument.
 *
 * Like renderings-8.ts, these rows are not entries of their own: index.ts merges them onto the
 * entries with `withOtherNames` (names appended, sources appended after the entry's own).
 * CORE_RENDERINGS_10 holds no new instruments; it is kept for entries of the newsletters that a
 * later rendering needs to enrich under their graph id.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_RENDERINGS_10: CoreInstrument[] = [];

export const OTHER_NAMES_RENDERINGS_10: CoreOtherNames[] = [
  // ───────────── Export control and countermeasures ─────────────
  {
    id: 'document:regulations-on-export-control-of-dual-use-items',
    aliases: ['Regulation on the Export Control of Dual-Use Goods', 'Regulation on Export Control of Dual-Use Products'],
    sources: [
      {
        url: 'https://studiozunarelli.com/en/how-to-do-business-in-china/china-new-regulation-on-the-export-control-of-dual-use-goods',
        title: 'Studio Zunarelli – China: new Regulation on the Export Control of Dual-Use Goods',
        quote:
          'On December 1, 2024, the new Regulation on the Export Control of Dual-Use Goods – 中华人民共和国两用物项出口管制条例 (hereinafter referred to as the “Regulation”), officially published by the State Council of the People’s Republic of China on October 19, 2024, came into effect. … The Regulation on Export Control of Dual-Use Products … In an effort to consolidate existing regulations and strengthen control measures, the Regulation aims to regulate the export of goods, technologies, and services that can be used for both civilian and military purposes',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:catalogue-of-dual-use-items-and-technologies-subject-to-import-and-export-licence-administration',
    aliases: ['Catalogue for the Administration of Import and Export Licences for Dual-use Items and Technologies'],
    sources: [
      {
        url: 'https://eurobiz.com.cn/exporting-dual-use-items',
        title: 'EURObiz – Exporting dual-use items: how foreign firms can navigate China’s new rules',
        quote:
          'The specific scope of dual-use items is currently outlined in documents such as the Catalogue for the Administration of Import and Export Licences for Dual-use Items and Technologies, the Control List of Nuclear Dual-use Items and Related Technologies Export Control, and the Control List of Missiles and Related Items and Technologies Export Control.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:provisions-on-unreliable-entity-list',
    aliases: ['Provisions on Unreliable Entity List', 'Provision on Unreliable Entity List', 'UEL Provisions'],
    sources: [
      {
        url: 'https://www.loc.gov/item/global-legal-monitor/2020-10-08/china-government-releases-provisions-on-unreliable-entity-list-regime/',
        title: 'Library of Congress, Global Legal Monitor – China: Government Releases Provisions on Unreliable Entity List Regime',
        quote:
          'China: Government Releases Provisions on Unreliable Entity List Regime … On September 19, 2020, upon approval of the State Council, China’s Ministry of Commerce (MOFCOM) released the Provisions on the Unreliable Entity List (English translation prepared by MOFCOM).',
        supports: ['aliases'],
      },
      {
        url: 'https://www.gmt8press.com/content/detail/265372',
        title: 'GMT8 Press – Spokesperson of the Ministry of Commerce on the suspension of 17 US entities from the Unreliable Entity List',
        quote:
          'According to the Foreign Anti-sanction Law of the People\'s Republic of China, the Provision on Unreliable Entity List, and related regulations, the Unreliable Entity List mechanism will include 17 American entities on April 4 and 9, 2025',
        supports: ['aliases'],
      },
      {
        url: 'https://jdsupra.com/legalnews/china-passes-sweeping-anti-foreign-6627816',
        title: 'JD Supra – China Passes Sweeping Anti-Foreign Sanctions Law',
        quote:
          'The new law appears to have overlapping application with the UEL Provisions, as shown in the comparison table below. While the UEL Provisions focus on international economic and trade activities, the Anti-Foreign Sanctions Law applies more broadly to include activities with political nature.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Foreign investment ─────────────
  {
    id: 'document:regulation-for-implementing-the-foreign-investment-law',
    aliases: ['Implementation Regulation on the Foreign Investment Law'],
    sources: [
      {
        url: 'https://www.diacrongroup.com/en/tax-news/china-publishes-implementation-regulation-on-foreign-investment-law/',
        title: 'Diacron Group – China Publishes Implementation Regulation on Foreign Investment Law',
        quote:
          'The Implementation Regulation on the Foreign Investment Law of the People\'s Republic of China was published on December 31, 2019, to be effective from January 1, 2020.',
        supports: ['aliases'],
      },
    ],
  },

  // ───────────── Data security ─────────────
  {
    id: 'document:several-provisions-on-administration-of-automobile-data-security',
    aliases: ['Interim Provisions on Automotive Data Security Management'],
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

  // ───────────── Telecoms and apps ─────────────
  {
    id: 'document:telecommunications-business-classification-catalog',
    aliases: ['Catalog of Telecommunication Business'],
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=c5c79326-30eb-40f5-99d4-c728f911f2ac',
        title: 'Lexology – MIIT issues the Catalog of Telecommunication Business (2015 Edition)',
        quote:
          'On Dec. 28, 2015, the Ministry of Industry and Information Technology of the People’s Republic of China (“MIIT”) issued the Catalog of Telecommunication Business (2015 Edition) (the “2015 Edition”), which will take effect on March 1, 2016.',
        supports: ['aliases'],
      },
    ],
  },
  {
    id: 'document:administrative-provisions-on-mobile-internet-applications-information',
    aliases: ["Provisions on the Management of Mobile Internet Applications' Information Services"],
    sources: [
      {
        url: 'https://www.chinalawtranslate.com/en/mobile-app-information-services/',
        title: 'China Law Translate – Provisions on the Management of Mobile Internet Applications’ Information Services',
        quote:
          "Promulgation Date: 2022-6-14 Title: Provisions on the Management of Mobile Internet Applications' Information Services Document Number: Expiration date: Promulgating Entities: Cybersecurity Administration",
        supports: ['aliases'],
      },
    ],
  },
];
