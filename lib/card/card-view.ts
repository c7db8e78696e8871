/**
 * What the hover card says, in the UI's language, from what the background sent: the graph's
 * codes worded as the side panel words them (lib/i18n/enum-labels.ts), the card's own phrases
 * from the message files, and the entry's own words (name, Chinese name, issuer, summary) as
 * they were written. The frame only puts these into elements.
 */
import { byCode, datedCodeLabel, kindCodeLabel, rankCodeLabel, statusLabel, typeLabel, validityLabel } from '../i18n/enum-labels';
import type { Translate } from '../i18n/translate';
import type { UiLanguage } from '../i18n/ui-language';
import type { EntryCard } from '../messages';
import type { CardContent, CardNote } from './request-protocol';

export interface CardI18n {
  language: UiLanguage;
  t: Translate;
}

export interface CardView {
  /** The entry's type, for the card's colours. */
  type?: EntryCard['type'];
  /** The dialog's accessible name. */
  label: string;
  heading?: string;
  name?: string;
  note?: string;
  meta?: string;
  summary?: string;
  error?: string;
  open?: { id: string; label: string };
}

export function cardViewOf(i18n: CardI18n, content: CardContent): CardView {
  const { t } = i18n;
  const open = (id: string) => ({ id, label: t('card.openInSidePanel') });
  if ('imported' in content) {
    const label = t('card.inYourImports');
    return { label, name: label, meta: t('card.openImportedHint'), open: open(content.imported.id) };
  }
  if ('error' in content) return { label: t('card.unreadable'), error: t('card.noSuchEntry') };
  const { entry, note, canOpen } = content;
  const separator = t('common.metaSeparator');
  return {
    type: entry.type,
    label: entry.name,
    heading: [typeLabel(t, entry.type), entry.reference && t('card.coreReference'), entry.titleTranslated && t('card.titleTranslated')].filter(Boolean).join(separator),
    name: entry.name,
    note: note ? noteText(t, note) : undefined,
    meta: [kindText(t, entry), entry.nameZh, entry.issuer, statusText(t, entry), entry.date && datedCodeLabel(t, i18n.language, entry.date)].filter(Boolean).join(separator),
    summary: summaryText(i18n, entry) || undefined,
    open: canOpen ? open(entry.id) : undefined,
  };
}

/** How the page wrote the name ("Written here as “DSL”"). */
export function noteText(t: Translate, { via, written }: CardNote): string {
  if (via === 'defined') return t('card.noteDefined', { written });
  if (via === 'variant') return t('card.noteVariant', { written });
  return t('card.noteTypo', { written });
}

/** What the entry is: a document's rank, an authority's kind, or its type. */
function kindText(t: Translate, entry: EntryCard): string {
  if (entry.caseNumber) return t('card.caseNumber');
  if (entry.kind === undefined) return typeLabel(t, entry.type);
  return entry.type === 'document' ? rankCodeLabel(t, entry.kind, entry.rankZh) : kindCodeLabel(t, entry.kind);
}

function statusText(t: Translate, entry: EntryCard): string | undefined {
  if (entry.validity) return validityLabel(t, entry.validity);
  return entry.status ? statusLabel(t, entry.status) : undefined;
}

/** The entry's own summary, or for an authority or a topic how much TMT Lens knows of it. */
function summaryText({ t, language }: CardI18n, entry: EntryCard): string {
  const { hub } = entry;
  if (hub && 'entries' in hub) return say(t, 'card.topicEntries', hub.entries, { count: hub.entries });
  if (hub) {
    // "National-level regulator": the kind is a common noun inside the phrase.
    const kind = kindCodeLabel(t, entry.kind ?? '').toLocaleLowerCase(language);
    const authority = byCode(t, `card.authorityLevel.${hub.level}`, kind, { kind });
    return say(t, 'card.authorityIssued', hub.issued, { authority, count: hub.issued });
  }
  return entry.caseNumber ? `${entry.summary} ${t('card.caseNotInLens')}` : entry.summary;
}

/** A plural message with named substitutions (the count picks the form). */
function say(t: Translate, key: string, count: number, named: Readonly<Record<string, string | number>>): string {
  return (t as unknown as (key: string, count: number, named: object) => string)(key, count, named);
}
