/**
 * The graph's enumerations in the UI's language: entry types, kinds, statuses, levels, dates
 * and relations. The graph stores codes (`departmental_rule`); only their wording is translated,
 * never an entry's own names or text. Every code has a message (test/lib/i18n/labels.test.ts).
 */
import type { RelationGroup } from '../../lib/graph/entry-details';
import { ownDatesOf } from '../../lib/graph/entry-card';
import { originOf } from '../../lib/graph/entry-origin';
import { kindOfLabel, rankTermZhOf } from '../../lib/graph/labels';
import type { GraphNode, NodeType } from '../../lib/graph/schema';
import type { PageI18n } from '../../lib/ext/ui-language';
import type { Translate } from '../../lib/i18n/translate';
import { byCode, datedCodeLabel, kindCodeLabel, rankCodeLabel, typeLabel } from '../../lib/i18n/enum-labels';
import type { MatchReason } from '../../lib/search/match-reasons';

export { byCode, levelLabel, pluralTypeLabel, statusLabel, typeLabel, validityLabel } from '../../lib/i18n/enum-labels';

/** What an entry is: its kind for authorities and documents, its type otherwise. */
export function kindLabel(t: Translate, node: GraphNode): string {
  if (node.type === 'topic' || node.type === 'case') return typeLabel(t, node.type);
  return kindCodeLabel(t, node.kind);
}

/** A search hit's kind, from the English label the index stores (a case's or topic's is its type). */
export function hitKindLabel(t: Translate, hit: { type: NodeType; kindLabel: string }): string {
  if (hit.type === 'case' || hit.type === 'topic') return typeLabel(t, hit.type);
  const kind = kindOfLabel(hit.kindLabel);
  return kind ? byCode(t, `kind.${kind}`, hit.kindLabel) : hit.kindLabel;
}

/** A document's rank with the Chinese term beside it where the UI's own word is another ("Departmental rule · 部门规章"). */
export function rankLabel(t: Translate, node: GraphNode): string {
  if (node.type !== 'document') return kindLabel(t, node);
  return rankCodeLabel(t, node.kind, rankTermZhOf(node));
}

/** Where an entry's facts come from, in one line ("Core reference · also in newsletters"). */
export function originLabel(t: Translate, node: GraphNode): string {
  const origin = originOf(node);
  const parts: string[] = [];
  if (origin.core) parts.push(t('origin.core'));
  if (origin.newsletters) parts.push(origin.core ? t('origin.alsoNewsletters') : t('origin.fromNewsletters'));
  if (origin.imported) parts.push(parts.length > 0 ? t('origin.alsoImports') : t('origin.fromImports'));
  return parts.join(t('common.metaSeparator'));
}

/** The first of an entry's own dates with what it is ("Issued 6 Jan 2023"). */
export function datedLabel({ t, language }: PageI18n, node: GraphNode): string | undefined {
  const [first] = ownDatesOf(node);
  return first ? datedCodeLabel(t, language, first) : undefined;
}

/** Why a search hit matched, in the UI's language ("Issued by CAC · Summary mentions “overseas”"). */
export function matchReasonText(t: Translate, reasons: readonly MatchReason[]): string {
  return reasons
    .map((reason) => {
      const say = t as unknown as (key: string, named?: object) => string;
      if (reason.kind === 'note') return t('reason.note');
      if (reason.kind === 'hasNot') return t('reason.hasNot', { words: reason.words, missing: reason.missing });
      return say(`reason.${reason.kind}`, { words: reason.words });
    })
    .join(t('common.metaSeparator'));
}

/** A link's relation as the graph shows it on a hovered line ("issued by"). */
export function relationName(t: Translate, type: string): string {
  return byCode(t, `edge.${type}`, type);
}

/** A group of related documents, read from the shown document's side ("Implemented by"). */
export function relationLabel(t: Translate, group: Pick<RelationGroup, 'type' | 'direction' | 'label'>): string {
  return byCode(t, `relation.${group.type}.${group.direction}`, group.label);
}
