import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../../lib/graph/schema';
import { answerQuery, searchEntries } from '../../../lib/search/search-entries';
import { buildSearchIndexJson, loadSearchIndex } from '../../../lib/search/search-index';
import { sampleGraph } from './sample-graph';

const index = loadSearchIndex(buildSearchIndexJson(sampleGraph));
const ids = (query: string, limit = 10) => searchEntries(index, query, { limit }).map((hit) => hit.id);
const first = (query: string) => ids(query)[0];

describe('searchEntries: what a reader expects first', () => {
  it('puts the entry whose title is the query first', () => {
    expect(first('Cybersecurity Law')).toBe('document:cybersecurity-law');
    expect(searchEntries(index, 'cybersecurity law')[0]).toMatchObject({ exact: true });
  });

  it('ranks the short exact title above longer titles with the same words, without the exact table too', () => {
    expect(first('the cybersecurity law')).toBe('document:cybersecurity-law');
    expect(ids('the cybersecurity law')).toContain('document:csl-enforcement');
  });

  it('finds an entry by an alias first', () => {
    expect(first('Security Assessment Measures')).toBe('document:data-export');
    expect(first('Generative AI Measures')).toBe('document:genai');
  });

  it('finds the body behind an abbreviation first, above what it issued', () => {
    expect(first('CAC')).toBe('authority:cac');
    expect(first('cac')).toBe('authority:cac');
    expect(first('PIPL')).toBe('document:pipl');
  });

  it('finds TC260 however it is written', () => {
    for (const query of ['TC260', 'tc260', 'TC 260', 'TC-260']) expect(first(query)).toBe('authority:tc260');
  });

  it('finds a standard by its code, with or without the year and spaces', () => {
    for (const query of ['GB40050', 'GB 40050-2021', 'gb 40050', 'GB40050-2021', '40050']) {
      expect(first(query)).toBe('document:gb40050');
    }
    for (const query of ['GB/T 35273-2020', 'GB/T 35273', 'GB35273', 'gbt35273']) expect(first(query)).toBe('document:pi-spec');
  });

  it('still finds an entry despite a typo in a long word', () => {
    expect(first('cybersecurty law')).toBe('document:cybersecurity-law');
    expect(first('persnal information protection')).toBe('document:pipl');
    expect(first('Generativ artificial inteligence')).toBe('document:genai');
  });

  it('does not guess at typos in short words or in numbers', () => {
    expect(ids('dta ')).toEqual([]);
    expect(ids('40052')).toEqual([]);
  });

  it('completes words as they are typed', () => {
    expect(first('pers info prot')).toBe('document:pipl');
    expect(ids('cyber')).toEqual(expect.arrayContaining(['document:cybersecurity-law', 'authority:cac']));
    expect(first('online gam')).toBe('document:online-games-draft');
    expect(first('generativ ai')).toBe('document:genai');
  });

  it('answers one and two letters, abbreviations first', () => {
    expect(first('ca')).toBe('authority:cac');
    const te = searchEntries(index, 'te');
    expect(te.length).toBeGreaterThan(0);
    expect(te.every((hit) => /\bte/i.test(hit.name))).toBe(true);
    expect(first('p')).toBe('document:pipl');
  });

  it('completes a stop word while it is being typed, without requiring it after other words', () => {
    expect(first('for')).toBe('document:foreign-investment-law');
    expect(ids('for ')).toEqual([]);
    expect(ids('measures for')).toEqual(expect.arrayContaining(['document:data-export', 'document:online-games-draft']));
  });

  it('searches Chinese names by any run of their characters', () => {
    expect(first('网信办')).toBe('authority:cac');
    expect(first('互联网信息')).toBe('authority:cac');
    expect(first('网信')).toBe('authority:cac');
    // Sharing a two-character piece is not a partial match: 个人 is in no name.
    expect(ids('网信个人')).toEqual([]);
  });

  it('finds entries by their issuer and by words of their summary', () => {
    expect(first('cac generative')).toBe('document:genai');
    expect(ids('overseas')).toEqual(['document:data-export']);
    expect(first('facial recognition')).toBe('case:face-recognition');
  });

  it('finds a case by its case number', () => {
    expect(first('(2019) Zhe 0111 Min Chu No. 6971')).toBe('case:face-recognition');
  });

  it('answers nothing when no entry has every word, and offers the closest entries as such', () => {
    const answer = answerQuery(index, 'cybersecurity xyzzy');
    expect(answer.hits).toEqual([]);
    expect(answer.closest[0]).toMatchObject({ id: 'document:cybersecurity-law', closest: true, reason: [{ kind: 'hasNot', words: 'cybersecurity', missing: 'xyzzy' }] });
    // A year qualifies loosely: a title without it is still what was meant.
    expect(first('cybersecurity law 2017')).toBe('document:cybersecurity-law');
  });

  it('never lets a word every title has qualify a result alone', () => {
    // "law" is in many titles, "company" in none: no law is an answer, nor close to one.
    expect(answerQuery(index, 'Company Law')).toEqual({ hits: [], closest: [] });
    // Asking for a name: words scattered over summaries and topics do not answer it.
    expect(ids('overseas regulation')).toEqual([]);
  });

  it('says why each result matched when its title does not show it', () => {
    expect(searchEntries(index, 'PIPL')[0]).toMatchObject({ id: 'document:pipl', reason: [{ kind: 'abbreviation', words: 'PIPL' }] });
    expect(searchEntries(index, 'cac generative')[0]).toMatchObject({ id: 'document:genai', reason: [{ kind: 'issuedBy', words: 'CAC' }] });
    expect(searchEntries(index, 'overseas')[0]?.reason?.map((part) => ('words' in part ? part.words : ''))).toContain('overseas');
    expect(searchEntries(index, 'Cybersecurity Law')[0]?.reason).toBeUndefined();
  });

  it('offers no other standard for a code it does not know', () => {
    for (const query of ['GB 45438', 'GB 12345-2021', 'GB/T 99999', 'TC 999']) expect(ids(query)).toEqual([]);
    // The known code still answers, with or without more words.
    expect(first('GB 40050 critical')).toBe('document:gb40050');
    expect(answerQuery(index, 'GB 40050 network xyzzy').closest[0]?.id).toBe('document:gb40050');
    // Nor as the closest entry.
    expect(answerQuery(index, 'GB 45438').closest).toEqual([]);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  -/ ')).toEqual([]);
  });
});

describe('searchEntries: options and result shape', () => {
  it('keeps to the types asked for', () => {
    const hits = searchEntries(index, 'cyber', { types: ['authority'] });
    expect(hits.map((hit) => hit.id)).toEqual(['authority:cac', 'authority:cac-zhejiang']);
    expect(searchEntries(index, 'c', { types: ['case'] }).every((hit) => hit.type === 'case')).toBe(true);
  });

  it('returns at most `limit` hits', () => {
    expect(searchEntries(index, 'measures', { limit: 2 })).toHaveLength(2);
  });

  it('carries what a result shows: type, kind, issuer, date and status', () => {
    expect(searchEntries(index, 'generative ai measures')[0]).toMatchObject({
      id: 'document:genai',
      type: 'document',
      kindLabel: 'Departmental rule',
      issuer: 'CAC',
      date: '2023-07-10',
      status: 'Final',
    });
    expect(searchEntries(index, 'online games')[0]?.status).toBe('Draft for comment');
  });

  it('reports the terms matched, completions and corrections included', () => {
    expect(searchEntries(index, 'cyber')[0]?.terms).toEqual(expect.arrayContaining(['cyber']));
    const hit = searchEntries(index, 'cybersecurty law').find((candidate) => candidate.id === 'document:cybersecurity-law');
    expect(hit?.terms).toEqual(expect.arrayContaining(['cybersecurity', 'law']));
  });
});

describe('searchEntries: titles that begin with the query', () => {
  const source = { newsletter: 'n.txt', issue: 'i', section: 's', item: 'x', quote: 'q' };
  const authority = (id: string, name: string) => ({ id, type: 'authority', name, kind: 'regulator', level: 'national', aliases: [], sources: [source] });
  // Same words, same lengths: only where the words stand tells them apart.
  const twins = loadSearchIndex(
    buildSearchIndexJson(
      graphSchema.parse({
        version: 1,
        edges: [],
        nodes: [
          authority('authority:zhejiang', 'Zhejiang Cyberspace Administration'),
          authority('authority:cac', 'Cyberspace Administration of China'),
        ],
      }),
    ),
  );

  it('does not let an entry with many similar aliases outrank the short title that was typed', () => {
    const document = (id: string, name: string, aliases: string[]) => ({ id, type: 'document', name, kind: 'law', status: 'final', aliases, sources: [source] });
    const index = loadSearchIndex(
      buildSearchIndexJson(
        graphSchema.parse({
          version: 1,
          edges: [],
          nodes: [
            document('document:transfers', 'Measures for Security Assessment of Outbound Data Transfers', [
              'Measures for the Security Assessment of Outbound Data Transfers',
              'Outbound Data Transfer Security Assessment Measures',
              'Security Assessment Measures for Outbound Data Transfers',
            ]),
            document('document:dsl', 'Law of Data Security', []),
          ],
        }),
      ),
    );
    expect(searchEntries(index, 'data security')[0]?.id).toBe('document:dsl');
  });

  it('ranks the title that begins with the typed words first, typos and all', () => {
    for (const query of ['Cyberspace Administration', 'cyberspace admin', 'Cyberspace Administraton', 'cyberspce administration']) {
      expect(searchEntries(twins, query)[0]?.id).toBe('authority:cac');
    }
    expect(searchEntries(twins, 'zhejiang cyber')[0]?.id).toBe('authority:zhejiang');
  });
});

describe('searchEntries: between equally good names', () => {
  const source = { newsletter: '001_test.txt', issue: 'Test issue', section: 'Legislative Developments', item: 'Item', quote: 'A sentence.' };
  const document = (id: string, name: string, kind: string, status = 'final') => ({ id, type: 'document', name, kind, status, aliases: [], sources: [source] });
  const graph = graphSchema.parse({
    version: 1,
    nodes: [
      document('document:filing-list', 'Domestic Deep Synthesis Service Algorithm Filing List', 'other'),
      document('document:provisions', 'Provisions on the Administration of Deep Synthesis of Internet Information Services', 'departmental_rule'),
      document('document:draft-provisions', 'Provisions on the Administration of Deep Synthesis Services (Draft)', 'departmental_rule', 'draft'),
      document('document:risk-method', 'Data Security Risk Assessment Method', 'national_standard'),
      document('document:dsl', 'Data Security Law', 'law'),
    ],
    edges: [],
  });
  const small = loadSearchIndex(buildSearchIndexJson(graph));
  const order = (query: string) => searchEntries(small, query).map((hit) => hit.id);

  it('puts the instrument with the force of law before a list, and a final rule before its draft', () => {
    const found = order('deep synthesis');
    expect(found.indexOf('document:provisions')).toBeLessThan(found.indexOf('document:filing-list'));
    expect(found.indexOf('document:provisions')).toBeLessThan(found.indexOf('document:draft-provisions'));
  });

  it('reads the first letters of a word being typed where the title starts with every letter typed', () => {
    expect(order('data security l')[0]).toBe('document:dsl');
    expect(order('data security r')[0]).toBe('document:risk-method');
  });
});
