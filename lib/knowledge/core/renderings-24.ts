/**
 * Curated core layer: further English titles, short names and Chinese short forms that third-party
 * pages write for instruments the core layer already holds, where the extension did not recognise
 * them. Each name is quoted from a stored public page that writes it for the instrument.
 *
 * Like renderings-16.ts and renderings-22.ts, these rows are not entries of their own: index.ts
 * merges them onto the entries with `withOtherNames` (names appended, sources appended after the
 * entry's own). CORE_RENDERINGS_24 holds no new instruments.
 */
import type { CoreInstrument } from './types';
import type { CoreOtherNames } from './zh-forms-5';

export const CORE_RENDERINGS_24: CoreInstrument[] = [];

export const OTHER_NAMES_RENDERINGS_24: CoreOtherNames[] = [
  // ───────────── Data security ─────────────
  {
    id: 'document:network-data-security-management-regulations',
    zhShortNames: ['网数条例'],
    sources: [
      {
        url: 'http://sgla.com/NewsDetail/e9021811-343b-438d-b0bc-ae4fc6adead9',
        title: '网络数据安全管理条例要点解读',
        quote:
          '而今年1月1日起施行的《网络数据安全管理条例》(下称《网数条例》),主要是针对《网安法》《数安法》及《个保法》等上位法内容的进一步细化与完善',
        supports: ['zhShortNames'],
      },
    ],
  },
];
