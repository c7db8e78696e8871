/**
 * Where an entry's knowledge comes from: the curated core layer (facts sourced from public pages),
 * the bundled newsletters, or the user's imports. Views show it so a reader can weigh an entry.
 */
import type { DocumentNode, GraphNode, Source } from './schema';

/** The `newsletter` field of a curated source (see lib/parse/merge-core-layer.ts). */
export const CORE_SOURCE = 'core';

export function isCoreSource(source: Source): boolean {
  return source.newsletter === CORE_SOURCE;
}

export function isImportedSource(source: Source): boolean {
  return source.newsletter.startsWith('import:');
}

export interface EntryOrigin {
  core: boolean;
  newsletters: boolean;
  imported: boolean;
}

export function originOf(node: GraphNode): EntryOrigin {
  return {
    core: node.sources.some(isCoreSource),
    newsletters: node.sources.some((source) => !isCoreSource(source) && !isImportedSource(source)),
    imported: node.sources.some(isImportedSource),
  };
}

/** One line for the origin: "Core reference · also in newsletters". */
export function originLabelOf(node: GraphNode): string {
  const origin = originOf(node);
  const parts: string[] = [];
  if (origin.core) parts.push('Core reference');
  if (origin.newsletters) parts.push(origin.core ? 'also in newsletters' : 'From newsletters');
  if (origin.imported) parts.push(parts.length > 0 ? 'also in your imports' : 'From your imports');
  return parts.join(' · ');
}

/**
 * Whether a final instrument is in force on a day (ISO date), from its sourced dates: repealed,
 * not yet effective, or in force. Undefined where the dates do not say (no effective date).
 */
export function validityOf(node: DocumentNode, today: string): 'repealed' | 'not_yet_in_force' | 'in_force' | undefined {
  if (node.status !== 'final') return undefined;
  if (node.repealed && node.repealed <= today) return 'repealed';
  if (!node.effective) return undefined;
  return node.effective > today ? 'not_yet_in_force' : 'in_force';
}

export const VALIDITY_LABELS = { repealed: 'Repealed', not_yet_in_force: 'Not yet in force', in_force: 'In force' } as const;
