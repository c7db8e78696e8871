/**
 * Which existing entry an incoming one is: the same type, the same draft-or-final state, and
 * the same name key (lib/parse/normalize.ts nameKey: case, quotes, spelling, "PRC" and
 * articles do not count). Draft markers do not count in a name key, so the draft state is
 * compared separately: a draft and the final instrument stay two entries, as in the parser.
 */
import type { GraphNode } from '../graph/schema';
import { foldName, nameKey } from '../parse/normalize';

export interface EntityMatch {
  existing: GraphNode;
  /** The existing entry's name or alias that the incoming entry matched. */
  matchedName: string;
}

/** Aliases shorter than this ("the Measures", "CAC") are too vague to merge two entries on. */
const MIN_ALIAS_KEY = 12;

function isDraft(node: GraphNode): boolean {
  return node.type === 'document' && node.status === 'draft';
}

function keyOf(type: string, draft: boolean, name: string): string | undefined {
  const key = nameKey(name);
  return key ? `${type}\u0000${draft ? 'draft' : 'final'}\u0000${key}` : undefined;
}

export class EntityLookup {
  private readonly byName = new Map<string, { node: GraphNode; name: string }>();
  private readonly byAlias = new Map<string, { node: GraphNode; name: string }>();
  private readonly byId = new Map<string, GraphNode>();
  /** Every written name (folded) and the entry it belongs to: a name may not be given to a second entry. */
  private readonly nameOwners = new Map<string, string>();
  private readonly abbreviationOwners = new Map<string, string>();

  constructor(nodes: readonly GraphNode[]) {
    for (const node of nodes) this.add(node);
  }

  add(node: GraphNode): void {
    const draft = isDraft(node);
    const nameKeyed = keyOf(node.type, draft, node.name);
    if (nameKeyed && !this.byName.has(nameKeyed)) this.byName.set(nameKeyed, { node, name: node.name });
    for (const alias of node.aliases) {
      const aliasKeyed = keyOf(node.type, draft, alias);
      if (aliasKeyed && !this.byAlias.has(aliasKeyed)) this.byAlias.set(aliasKeyed, { node, name: alias });
    }
    if (!this.byId.has(node.id)) this.byId.set(node.id, node);
    for (const name of [node.name, ...node.aliases]) if (!this.nameOwners.has(foldName(name))) this.nameOwners.set(foldName(name), node.id);
    for (const abbreviation of node.abbreviations) if (!this.abbreviationOwners.has(abbreviation)) this.abbreviationOwners.set(abbreviation, node.id);
  }

  /**
   * In order of certainty: the incoming name against existing names; the same id (ids are made
   * from name keys by the same parser); the incoming name against existing aliases; then the
   * incoming entry's longer aliases against existing names.
   */
  find(node: GraphNode): EntityMatch | undefined {
    const draft = isDraft(node);
    const nameKeyed = keyOf(node.type, draft, node.name);
    const byName = nameKeyed ? this.byName.get(nameKeyed) : undefined;
    if (byName) return { existing: byName.node, matchedName: byName.name };
    const sameId = this.byId.get(node.id);
    if (sameId && sameId.type === node.type && isDraft(sameId) === draft) return { existing: sameId, matchedName: sameId.name };
    const byAlias = nameKeyed ? this.byAlias.get(nameKeyed) : undefined;
    if (byAlias && nameKey(node.name).length >= MIN_ALIAS_KEY) return { existing: byAlias.node, matchedName: byAlias.name };
    for (const alias of node.aliases) {
      if (nameKey(alias).length < MIN_ALIAS_KEY) continue;
      const aliasKeyed = keyOf(node.type, draft, alias);
      const hit = aliasKeyed ? this.byName.get(aliasKeyed) : undefined;
      if (hit) return { existing: hit.node, matchedName: hit.name };
    }
    return undefined;
  }

  /** May `name` be written on entry `id` without also being another entry's name? */
  isNameFreeFor(name: string, id: string): boolean {
    const owner = this.nameOwners.get(foldName(name));
    return owner === undefined || owner === id;
  }

  isAbbreviationFreeFor(abbreviation: string, id: string): boolean {
    const owner = this.abbreviationOwners.get(abbreviation);
    return owner === undefined || owner === id;
  }
}
