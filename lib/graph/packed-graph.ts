/**
 * The bundled graph as the extension ships it: every source written once. A newsletter item or a
 * reference page's quote backs an entry and each relation it states, so the same source stands on
 * a node and on several edges; written out each time it was more than half of the graph's JSON,
 * and the background script passed the 5 MB that add-on stores parse. Packed, the sources are one
 * table and nodes and edges name them by index; unpacked, they share one object per source, as the
 * graph built them. Edges name their ends by the node's index, not its id written again (about
 * 300 kB of ids over the graph's relations), and the words sources share (the newsletter, its issue
 * and section, the page's title, the fields a quote supports) are one table of strings (about 500 kB).
 */
import type { Graph, GraphEdge, GraphNode, Source } from './schema';

const PACKED_VERSION = 3;

/** A source with its shared words named by their index in the packed graph's `strings`; `supports` joined by commas. */
type PackedSource = Omit<Source, 'newsletter' | 'issue' | 'section' | 'supports'> & { newsletter: number; issue: number; section: number; supports?: number };

interface PackedGraph {
  packed: typeof PACKED_VERSION;
  version: Graph['version'];
  strings: string[];
  sources: PackedSource[];
  nodes: Array<Omit<GraphNode, 'sources'> & { sources: number[] }>;
  /** Ends that are nodes of the graph by their index in `nodes`; any other by its id. */
  edges: Array<Omit<GraphEdge, 'sources' | 'source' | 'target'> & { source: number | string; target: number | string; sources: number[] }>;
}

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

/** The graph as packed JSON. */
export function packGraph(graph: Graph): string {
  const sources = new InternTable<Source>((source) => JSON.stringify(source));
  const refer = (list: readonly Source[]): number[] => list.map((source) => sources.indexOf(source));
  const nodeIndex = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const end = (id: string): number | string => nodeIndex.get(id) ?? id;
  const nodes = graph.nodes.map((node) => ({ ...node, sources: refer(node.sources) }));
  const edges = graph.edges.map((edge) => ({ ...edge, source: end(edge.source), target: end(edge.target), sources: refer(edge.sources) }));
  // The words of the sources, once every source is known.
  const strings = new InternTable<string>((value) => value);
  const packSource = ({ newsletter, issue, section, supports, ...rest }: Source): PackedSource => ({
    ...rest,
    newsletter: strings.indexOf(newsletter),
    issue: strings.indexOf(issue),
    section: strings.indexOf(section),
    ...(supports ? { supports: strings.indexOf(joinFields(supports)) } : {}),
  });
  const packedSources = sources.values.map(packSource);
  const packed: PackedGraph = { packed: PACKED_VERSION, version: graph.version, strings: strings.values, sources: packedSources, nodes, edges };
  return JSON.stringify(packed);
}

/** The entry at `index` of one of the packed graph's lists; a missing one is a broken graph, said with the reason. */
function entryAt<T>(list: readonly T[], index: number, what: string): T {
  const entry = list[index];
  if (entry === undefined) throw new Error(`The bundled graph names ${what} ${index}, which it does not hold.`);
  return entry;
}

/** The graph from packed JSON; throws with the reason when the JSON is not a packed graph this version reads. */
export function unpackGraph(json: string): Graph {
  const packed = JSON.parse(json) as Partial<PackedGraph>;
  if (packed.packed !== PACKED_VERSION || !Array.isArray(packed.strings) || !Array.isArray(packed.sources) || !Array.isArray(packed.nodes) || !Array.isArray(packed.edges)) {
    throw new Error('The bundled graph is not in the packed form this version of TMT Lens reads.');
  }
  const { strings, nodes } = packed;
  const text = (index: number): string => entryAt(strings, index, 'string');
  // Each source once, shared by the nodes and edges that cite it.
  const table = packed.sources.map(({ newsletter, issue, section, supports, ...rest }): Source => {
    const fields = supports === undefined ? undefined : text(supports);
    return { ...rest, newsletter: text(newsletter), issue: text(issue), section: text(section), ...(fields === undefined ? {} : { supports: fields === '' ? [] : fields.split(',') }) };
  });
  const resolve = (indexes: readonly number[]): Source[] => indexes.map((index) => entryAt(table, index, 'source'));
  const end = (at: number | string): string => (typeof at === 'string' ? at : entryAt(nodes, at, 'node').id);
  return {
    version: packed.version!,
    nodes: nodes.map((node) => ({ ...node, sources: resolve(node.sources) }) as GraphNode),
    edges: packed.edges.map((edge) => ({ ...edge, source: end(edge.source), target: end(edge.target), sources: resolve(edge.sources) })),
  };
}
