import { describe, expect, it } from 'vitest';
import { dictionaryEntriesOf, isLocalShortName, isSeriesName } from '../../../lib/graph/dictionary-entries';
import type { Graph } from '../../../lib/graph/schema';

const source = { newsletter: 'n.txt', issue: 'Issue', section: 'S', item: 'I', quote: 'Q' };

describe('the names the content script looks for', () => {
  const bodies = new Set(['MIIT', 'SPC', 'NEA']);
  it.each(['MIIT Measures', 'SPC Opinions', 'Zhejiang Guidelines', 'NEA  Measures', 'Guideline 2.0', 'Beijing Rules V1.1'])(
    '%s, a newsletter’s own short name, is not highlighted',
    (name) => expect(isLocalShortName(name, bodies)).toBe(true),
  );

  it.each(['Twenty Data Measures', '20 Data Measures', 'State Secrets Law', 'Anti-Espionage Law', 'CII Regulations', 'Measures for Data Export', 'White Paper on Metaverse', 'SCC Measures', 'GenAI Measures'])(
    '%s says which document it is and is highlighted',
    (name) => expect(isLocalShortName(name, bodies)).toBe(false),
  );

  it.each([
    ['White Paper on Metaverse', 'White Paper on Metaverse (2023)', true],
    ['White Paper on the Connected Vehicles', 'White Paper on Connected Vehicles (2023)', true],
    ['2023 White Paper on Metaverse', 'White Paper on Metaverse (2023)', false],
    ['Data Security Law', 'Data Security Law of the People’s Republic of China', false],
    ['GB40050', 'General Requirements for Security of Critical Network Equipment', false],
  ])('%s is a series’ name beside the edition %s: %s', (alias, edition, expected) => {
    expect(isSeriesName(alias, edition)).toBe(expected);
  });

  it('highlights an edition by its name with the year, not by the series’ name', () => {
    const graph: Graph = {
      version: 1,
      edges: [],
      nodes: [
        { id: 'document:white-paper-on-metaverse-2023', type: 'document', name: 'White Paper on Metaverse (2023)', aliases: ['White Paper on Metaverse'], abbreviations: [], summary: '', topics: [], sources: [source], kind: 'report', status: 'final', jurisdiction: 'PRC' },
      ],
    };
    expect(dictionaryEntriesOf(graph).map(({ name }) => name)).toEqual(['White Paper on Metaverse (2023)']);
  });

  it('marks a name that is also an ordinary phrase, so that it matches only as written', () => {
    const graph: Graph = {
      version: 1,
      edges: [],
      nodes: [
        { id: 'document:criminal-law', type: 'document', name: 'Criminal Law', aliases: ['刑法'], abbreviations: [], summary: '', topics: [], sources: [source], kind: 'law', status: 'final', jurisdiction: 'PRC' },
        { id: 'document:data-security-law', type: 'document', name: 'Data Security Law', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source], kind: 'law', status: 'final', jurisdiction: 'PRC' },
        { id: 'authority:spc', type: 'authority', name: 'Supreme People’s Court', aliases: ['Supreme Court'], abbreviations: ['SPC'], summary: '', topics: [], sources: [source], kind: 'court', level: 'national' },
      ],
    };
    expect(dictionaryEntriesOf(graph).map(({ name, kind }) => `${kind}:${name}`)).toEqual([
      'phrase:Criminal Law',
      'zh:刑法',
      'title:Data Security Law',
      'title:Supreme People’s Court',
      'phrase:Supreme Court',
      'abbr:SPC',
    ]);
  });

  it('keeps an entry’s own name, abbreviations and code, and leaves out its local short names and topics', () => {
    const graph: Graph = {
      version: 1,
      edges: [],
      nodes: [
        {
          id: 'document:miit-data-measures',
          type: 'document',
          name: 'Measures for Data Security Management in Industry and Information Technology Sector',
          aliases: ['MIIT Measures', 'Data Security Management Measures'],
          abbreviations: ['DSMM'],
          code: 'GB/T 1-2024',
          summary: '',
          topics: [],
          sources: [source],
          kind: 'departmental_rule',
          status: 'final',
          jurisdiction: 'PRC',
        },
        { id: 'topic:data', type: 'topic', name: 'Data', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source] },
        // "MIIT Measures" is local because MIIT is a body's abbreviation in the graph.
        { id: 'authority:miit', type: 'authority', name: 'Ministry of Industry and Information Technology', aliases: [], abbreviations: ['MIIT'], summary: '', topics: [], sources: [source], kind: 'ministry', level: 'national' },
      ],
    };
    expect(dictionaryEntriesOf(graph).map(({ name, kind }) => `${kind}:${name}`)).toEqual([
      'title:Measures for Data Security Management in Industry and Information Technology Sector',
      'title:Data Security Management Measures',
      'abbr:DSMM',
      'code:GB/T 1-2024',
      'title:Ministry of Industry and Information Technology',
      'abbr:MIIT',
      // Cited without its year, a standard is its latest edition.
      'code:GB/T 1',
    ]);
  });

  it('finds a body of three words or more under State/National and Commission/Committee, never "State Council" as a "National Council"', () => {
    const graph: Graph = {
      version: 1,
      nodes: [
        { id: 'authority:samr', type: 'authority', name: 'State Administration for Market Regulation', aliases: [], abbreviations: [], summary: '', topics: [], sources: [], kind: 'regulator', level: 'national' },
        { id: 'authority:nhc', type: 'authority', name: 'National Health Commission', aliases: [], abbreviations: [], summary: '', topics: [], sources: [], kind: 'ministry', level: 'national' },
        { id: 'authority:state-council', type: 'authority', name: 'State Council', aliases: [], abbreviations: [], summary: '', topics: [], sources: [], kind: 'government', level: 'national' },
        { id: 'authority:mss', type: 'authority', name: 'Ministry of State Security', aliases: [], abbreviations: [], summary: '', topics: [], sources: [], kind: 'ministry', level: 'national' },
      ],
      edges: [],
    } as unknown as Graph;
    const names = dictionaryEntriesOf(graph).map(({ name }) => name);
    expect(names).toEqual(expect.arrayContaining(['National Administration for Market Regulation', 'State Health Commission', 'National Health Committee', 'State Health Committee']));
    expect(names).not.toContain('National Council');
    expect(names).not.toContain('Ministry of National Security');
  });
});
