/**
 * The bundled graph as the extension ships it: every source written once, and every word that
 * repeats written once. A newsletter item or a reference page's quote backs an entry and each
 * relation it states, so the same source stands on a node and on several edges; written out each
 * time it was more than half of the graph's JSON, and the background script passed the 5 MB that
 * add-on stores parse. Packed:
 * - the sources are one table, and nodes and edges name them by index;
 * - a source is a row of values, not an object: the names of its fields, written on each of some
 *   4,500 sources (and escaped, as the bundle holds the JSON in a string), were about 300 kB;
 * - the words sources share (newsletter, issue, section, item, the page's site, the fields a quote
 *   supports), the values nodes share (type, kind, status, level, jurisdiction, topics) and the
 *   names of the nodes' fields are one table of strings, named by index;
 * - an edge is a row too, naming its ends by the node's index, not the id written again.
 * Unpacked, nodes and edges share one object per source, as the graph built them.
 */
import type { Graph, GraphEdge, GraphNode, Source } from './schema';

const PACKED_VERSION = 4;

/**
 * A source as a row: newsletter, issue, section and item (string indexes), the quote, the address's
 * site (string index) and the rest of the address, the date, and the supported fields joined by
 * commas (string index). Absent values are null, and trailing nulls are left off.
 */
type PackedSource = [number, number, number, number, string, ...Array<number | string | null>];

/** An edge as a row: its ends (node index, or the id of an end that is no node), its type (string index), its sources, and its weight where it is not 1. */
type PackedEdge = [number | string, number | string, number, number[], number?];

interface PackedGraph {
  packed: typeof PACKED_VERSION;
  version: Graph['version'];
  strings: string[];
  sources: PackedSource[];
  /** Nodes with their field names replaced by the base-36 index of the name in `strings`. */
  nodes: Array<Record<string, unknown>>;
  edges: PackedEdge[];
}

/** Node fields whose values repeat across the graph: a string index instead of the string. */
const SHARED_VALUE_FIELDS: ReadonlySet<string> = new Set(['type', 'kind', 'status', 'level', 'jurisdiction']);
/** Node fields that are lists of repeating values: a list of string indexes. */
const SHARED_LIST_FIELDS: ReadonlySet<string> = new Set(['topics']);
/** The site of an address: scheme and host (and port), what addresses of one site share. */
const SITE = /^https?:\/\/[^/?#]*/;

/** The fields a quote supports as one string; a field's name never holds a comma. */
function joinFields(fields: readonly string[]): string {
  const odd = fields.find((field) => field.includes(','));
  if (odd !== undefined) throw new Error(`A source supports a field named “${odd}”, which the packed graph cannot write.`);
  return fields.join(',');
}

/** A list that holds each value once (by `keyOf`) and gives the index a value has in it. */
class InternTable<T> {
  readonly values: T[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(private readonly keyOf: (value: T) => string) {}

  indexOf(value: T): number {
    const key = this.keyOf(value);
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexes.set(key, index);
    }
    return index;
  }
}

/** A row without its trailing nulls. */
function trimmed<T>(row: T[]): T[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end--;
  return row.slice(0, end);
}

/** The graph as packed JSON. */
export function packGraph(graph: Graph): string {
  const sources = new InternTable<Source>((source) => JSON.stringify(source));
  const strings = new InternTable<string>((value) => value);
  const refer = (list: readonly Source[]): number[] => list.map((source) => sources.indexOf(source));
  const nodeIndex = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const end = (id: string): number | string => nodeIndex.get(id) ?? id;
  const packValue = (field: string, value: unknown): unknown => {
    if (field === 'sources') return refer(value as Source[]);
    if (SHARED_VALUE_FIELDS.has(field) && typeof value === 'string') return strings.indexOf(value);
    if (SHARED_LIST_FIELDS.has(field) && Array.isArray(value)) return value.map((item: string) => strings.indexOf(item));
    return value;
  };
  const nodes = graph.nodes.map((node) =>
    Object.fromEntries(Object.entries(node).map(([field, value]) => [strings.indexOf(field).toString(36), packValue(field, value)])),
  );
  const edges = graph.edges.map(({ source, target, type, weight, sources: cited }): PackedEdge => {
    const row: PackedEdge = [end(source), end(target), strings.indexOf(type), refer(cited)];
    if (weight !== 1) row.push(weight);
    return row;
  });
  // The rows of the sources, once every source is known.
  const packSource = ({ newsletter, issue, section, item, quote, url, date, supports }: Source): PackedSource => {
    const site = url?.match(SITE)?.[0];
    const rest: Array<number | string | null> = [
      site === undefined ? null : strings.indexOf(site),
      url === undefined ? null : url.slice(site?.length ?? 0),
      date ?? null,
      supports ? strings.indexOf(joinFields(supports)) : null,
    ];
    return [strings.indexOf(newsletter), strings.indexOf(issue), strings.indexOf(section), strings.indexOf(item), quote, ...trimmed(rest)];
  };
  const packedSources = sources.values.map(packSource);
  const packed: PackedGraph = { packed: PACKED_VERSION, version: graph.version, strings: strings.values, sources: packedSources, nodes, edges };
  return JSON.stringify(packed);
}

/** The entry at `index` of one of the packed graph's lists; a missing one is a broken graph, said with the reason. */
function entryAt<T>(list: readonly T[], index: unknown, what: string): T {
  const entry = typeof index === 'number' ? list[index] : undefined;
  if (entry === undefined) throw new Error(`The bundled graph names ${what} ${String(index)}, which it does not hold.`);
  return entry;
}

/** A value of a row that may be absent (null, or left off the row's end). */
function optional(row: readonly unknown[], at: number): unknown {
  return row[at] ?? undefined;
}

/** The graph from packed JSON; throws with the reason when the JSON is not a packed graph this version reads. */
export function unpackGraph(json: string): Graph {
  const packed = JSON.parse(json) as Partial<PackedGraph>;
  if (packed.packed !== PACKED_VERSION || !Array.isArray(packed.strings) || !Array.isArray(packed.sources) || !Array.isArray(packed.nodes) || !Array.isArray(packed.edges)) {
    throw new Error('The bundled graph is not in the packed form this version of TMT Lens reads.');
  }
  const { strings, nodes } = packed;
  const text = (index: unknown): string => entryAt(strings, index, 'string');
  // Each source once, shared by the nodes and edges that cite it.
  const table = packed.sources.map((row): Source => {
    if (!Array.isArray(row) || typeof row[4] !== 'string') throw new Error('The bundled graph holds a source that is not a row of its values.');
    const site = optional(row, 5);
    const path = optional(row, 6);
    const date = optional(row, 7);
    const supports = optional(row, 8);
    const fields = supports === undefined ? undefined : text(supports);
    return {
      newsletter: text(row[0]),
      issue: text(row[1]),
      section: text(row[2]),
      item: text(row[3]),
      ...(date === undefined ? {} : { date: String(date) }),
      quote: row[4],
      ...(path === undefined ? {} : { url: (site === undefined ? '' : text(site)) + String(path) }),
      ...(fields === undefined ? {} : { supports: fields === '' ? [] : fields.split(',') }),
    };
  });
  const resolve = (indexes: unknown): Source[] => (Array.isArray(indexes) ? indexes : []).map((index) => entryAt(table, index, 'source'));
  const unpackValue = (field: string, value: unknown): unknown => {
    if (field === 'sources') return resolve(value);
    if (SHARED_VALUE_FIELDS.has(field)) return text(value);
    if (SHARED_LIST_FIELDS.has(field) && Array.isArray(value)) return value.map(text);
    return value;
  };
  const graphNodes = nodes.map(
    (node) =>
      Object.fromEntries(
        Object.entries(node).map(([key, value]) => {
          const field = text(Number.parseInt(key, 36));
          return [field, unpackValue(field, value)];
        }),
      ) as GraphNode,
  );
  const end = (at: number | string): string => (typeof at === 'string' ? at : entryAt(graphNodes, at, 'node').id);
  return {
    version: packed.version!,
    nodes: graphNodes,
    edges: packed.edges.map(([source, target, type, cited, weight]): GraphEdge => ({
      source: end(source),
      target: end(target),
      type: text(type) as GraphEdge['type'],
      weight: weight ?? 1,
      sources: resolve(cited),
    })),
  };
}
