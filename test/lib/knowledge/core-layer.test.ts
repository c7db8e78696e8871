/**
 * The curated core layer is data with tests of its own: every fact it fills is backed by a quote
 * that contains it, every entry has a Chinese title, no two entries share a title, ids stay
 * stable, and the matcher finds every entry's names in an English and a Chinese sentence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundledData } from '../../../lib/build/bundled-data';
import { originOf } from '../../../lib/graph/entry-origin';
import type { Graph } from '../../../lib/graph/schema';
import { CORE_AUTHORITY_VARIANTS, CORE_CASE_ENTRIES, CORE_INSTRUMENTS, CORE_TITLES_ZH } from '../../../lib/knowledge/core';
import type { CoreField, CoreInstrument } from '../../../lib/knowledge/core/types';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import type { Matcher } from '../../../lib/match/matcher';
import { nameKey } from '../../../lib/parse/normalize';
import { PageRecogniser } from '../../../lib/recognise/page-recogniser';
import { foldQuote as fold, quoteHas } from './quote-match';

function quotesFor(instrument: CoreInstrument, field: CoreField): string[] {
  return instrument.sources.filter((source) => source.supports.includes(field)).map((source) => fold(source.quote));
}

const STRING_FIELDS = ['aliases', 'abbreviations', 'zhShortNames'] as const;
const DATE_FIELDS = ['adopted', 'promulgated', 'effective', 'repealed'] as const;

describe('core layer data', () => {
  it('holds at least 40 instruments, each with a Chinese title', () => {
    expect(CORE_INSTRUMENTS.length).toBeGreaterThanOrEqual(40);
    for (const instrument of CORE_INSTRUMENTS) expect(instrument.nameZh, instrument.id).toMatch(/\p{Script=Han}/u);
  });

  it('gives every source an http(s) address, a title and a short verbatim quote', () => {
    for (const instrument of CORE_INSTRUMENTS) {
      expect(instrument.sources.length, instrument.id).toBeGreaterThan(0);
      for (const source of instrument.sources) {
        expect(source.url, instrument.id).toMatch(/^https?:\/\/\S+$/);
        expect(source.title.trim(), instrument.id).not.toBe('');
        expect(source.quote.trim().length, instrument.id).toBeGreaterThan(10);
        expect(source.quote.length, `${instrument.id}: quotes are excerpts, not pages`).toBeLessThanOrEqual(700);
      }
    }
  });

  it('backs every field an entry fills with a source that says it supports it', () => {
    for (const instrument of CORE_INSTRUMENTS) {
      const filled: CoreField[] = ['name', 'nameZh', 'kind', 'status', 'summary'];
      for (const field of [...STRING_FIELDS, ...DATE_FIELDS, 'issuers', 'code', 'amended', 'relations'] as const) {
        const value = instrument[field];
        if (value !== undefined && (!Array.isArray(value) || value.length > 0)) filled.push(field);
      }
      for (const field of filled) expect(quotesFor(instrument, field).length, `${instrument.id}: ${field}`).toBeGreaterThan(0);
    }
  });

  it('finds every title, Chinese title, alias, abbreviation and code in a quote that supports it', () => {
    for (const instrument of CORE_INSTRUMENTS) {
      const checks: Array<[CoreField, string]> = [
        ['nameZh', instrument.nameZh],
        ...STRING_FIELDS.flatMap((field) => (instrument[field] ?? []).map((value): [CoreField, string] => [field, value])),
        ...(instrument.code ? [['code', instrument.code] as [CoreField, string]] : []),
      ];
      for (const [field, value] of checks) {
        const wanted = fold(value).replace(/\s/g, '');
        expect(
          quotesFor(instrument, field).some((quote) => quoteHas(quote, wanted)),
          `${instrument.id}: ${field} “${value}”`,
        ).toBe(true);
      }
    }
  });

  it('finds the year of every date in a quote that supports it', () => {
    for (const instrument of CORE_INSTRUMENTS) {
      const dated: Array<[CoreField, string]> = [
        ...DATE_FIELDS.flatMap((field) => (instrument[field] ? [[field, instrument[field]!] as [CoreField, string]] : [])),
        ...(instrument.amended ?? []).map((date): [CoreField, string] => ['amended', date]),
      ];
      for (const [field, date] of dated) {
        expect(date, instrument.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(quotesFor(instrument, field).some((quote) => quote.includes(date.slice(0, 4))), `${instrument.id}: ${field} ${date}`).toBe(true);
      }
    }
  });

  it('points every relation at a source that states it', () => {
    for (const instrument of CORE_INSTRUMENTS) {
      for (const relation of instrument.relations ?? []) {
        const source = instrument.sources[relation.source];
        expect(source?.supports, `${instrument.id} ${relation.type} ${relation.target}`).toContain('relations');
      }
    }
  });

  it('has no two entries with one id or one title', () => {
    const ids = CORE_INSTRUMENTS.map((instrument) => instrument.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = CORE_INSTRUMENTS.flatMap((instrument) => [...new Set([nameKey(instrument.name), instrument.nameZh, ...(instrument.aliases ?? []).map(nameKey)])]);
    const repeated = titles.filter((title, index) => titles.indexOf(title) !== index);
    expect(repeated).toEqual([]);
  });

  it('keeps its ids stable (test/fixtures/core-ids.txt lists every id ever shipped)', () => {
    const shipped = readFileSync(join(__dirname, '../../fixtures/core-ids.txt'), 'utf8').split('\n').filter(Boolean);
    const current = new Set([...CORE_INSTRUMENTS.map((instrument) => instrument.id), ...CORE_CASE_ENTRIES.map((entry) => entry.id)]);
    expect(shipped.filter((id) => !current.has(id))).toEqual([]);
    expect([...current].filter((id) => !shipped.includes(id)), 'add new ids to core-ids.txt').toEqual([]);
  });

  it('finds every name, other name and number of a case in a quote that supports it', () => {
    for (const entry of CORE_CASE_ENTRIES) {
      const names: Array<['name' | 'aliases' | 'caseNumber', string]> = [
        ['name', entry.name],
        ...(entry.aliases ?? []).map((alias): ['aliases', string] => ['aliases', alias]),
        ...(entry.caseNumber ? [['caseNumber', entry.caseNumber] as ['caseNumber', string]] : []),
      ];
      for (const [field, value] of names) {
        const quotes = entry.sources.filter((source) => source.supports.includes(field)).map((source) => fold(source.quote).replace(/\s/g, ''));
        expect(quotes.some((quote) => quote.includes(fold(value).replace(/\s/g, ''))), `${entry.id}: ${field} “${value}”`).toBe(true);
      }
      if (entry.date) {
        const quotes = entry.sources.filter((source) => source.supports.includes('date')).map((source) => source.quote);
        expect(quotes.some((quote) => quote.includes(entry.date!.slice(0, 4))), `${entry.id}: date`).toBe(true);
      }
      if (entry.court || entry.decidedBy) expect(entry.sources.some((source) => source.supports.includes('court')), `${entry.id}: court`).toBe(true);
    }
  });

  it('backs every other name of an authority with a quote that contains it', () => {
    for (const variant of CORE_AUTHORITY_VARIANTS) {
      const names: Array<[string, string]> = [
        ...(variant.aliases ?? []).map((name): [string, string] => ['aliases', name]),
        ...(variant.zhShortNames ?? []).map((name): [string, string] => ['zhShortNames', name]),
        ...(variant.formerNames ?? []).map((former): [string, string] => ['formerNames', former.name]),
      ];
      for (const [field, name] of names) {
        const quotes = variant.sources.filter((source) => (source.supports as string[]).includes(field)).map((source) => fold(source.quote).replace(/\s/g, ''));
        expect(quotes.some((quote) => quoteHas(quote, fold(name).replace(/\s/g, ''))), `${variant.slug}: ${field} “${name}”`).toBe(true);
      }
    }
    for (const title of CORE_TITLES_ZH) expect(quoteHas(fold(title.quote), fold(title.nameZh).replace(/\s/g, '')), `${title.id}: ${title.nameZh}`).toBe(true);
  });
});

describe('core layer in the bundled graph', () => {
  let graph: Graph;
  let matcher: Matcher;
  let recogniser: PageRecogniser;

  beforeAll(() => {
    const data = buildBundledData(join(__dirname, '../../../seeds'));
    graph = data.result.graph;
    matcher = loadDictionary(JSON.parse(data.dictionaryJson));
    recogniser = new PageRecogniser(data.recognisersJson);
    // Building the bundled graph takes seconds on a loaded machine.
  }, 120_000);

  // One recogniser (its tables are read once), forgetting each sentence's definitions before the next.
  const find = (text: string) => {
    recogniser.reset();
    return recogniser.recognise(text, findMentions(matcher, text));
  };
  const idOf = (instrument: CoreInstrument) =>
    graph.nodes.find((node) => node.id === instrument.id || (node.type === 'document' && node.status !== 'draft' && node.name === instrument.name))?.id;

  it('has one entry per instrument, marked as core reference, with newsletter sources kept', () => {
    // Documents by stage and name key, computed once: a key per node per instrument is quadratic.
    const byName = new Map<string, number>();
    const keyOf = (draft: boolean, name: string) => `${draft ? 'draft' : 'final'}|${nameKey(name)}`;
    for (const candidate of graph.nodes) {
      if (candidate.type !== 'document') continue;
      const key = keyOf(candidate.status === 'draft', candidate.name);
      byName.set(key, (byName.get(key) ?? 0) + 1);
    }
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    for (const instrument of CORE_INSTRUMENTS) {
      const id = idOf(instrument);
      expect(id, instrument.name).toBeDefined();
      const node = byId.get(id!)!;
      expect(originOf(node).core, instrument.id).toBe(true);
      // A draft entry is one of the drafts with its name, a final entry one of the finals.
      expect(byName.get(keyOf(instrument.status === 'draft', instrument.name)), instrument.id).toBe(1);
    }
    const dataSecurityLaw = graph.nodes.find((node) => node.id === 'document:data-security-law')!;
    expect(originOf(dataSecurityLaw)).toMatchObject({ core: true, newsletters: true });
  });

  it('finds every entry by its English title in an English sentence', () => {
    const missed = CORE_INSTRUMENTS.filter((instrument) => {
      const sentence = `On Monday the regulator cited the ${instrument.name} in its notice.`;
      return !find(sentence).some((mention) => mention.id === idOf(instrument) && sentence.slice(mention.start, mention.end).includes(instrument.name.split(' ')[0]!));
    });
    expect(missed.map((instrument) => instrument.name)).toEqual([]);
  });

  it('finds every entry by its Chinese title in a Chinese sentence', () => {
    const missed = CORE_INSTRUMENTS.filter((instrument) => !find(`根据《${instrument.nameZh}》的规定，`).some((mention) => mention.id === idOf(instrument)));
    expect(missed.map((instrument) => instrument.nameZh)).toEqual([]);
  });

  it('links every case to the court or agency that decided it', () => {
    for (const entry of CORE_CASE_ENTRIES.filter((candidate) => candidate.decidedBy)) {
      expect(
        graph.edges.some((edge) => edge.source === entry.id && edge.target === `authority:${entry.decidedBy}` && edge.type === 'decided_by'),
        entry.id,
      ).toBe(true);
    }
  });

  // Enforcement decisions are cited by their number, by a name in English and by the press
  // release's headline in Chinese.
  it.each([
    ['SAMR released its Penalty Decision against Alibaba on 10 April 2021.', 'Penalty Decision against Alibaba', 'case:samr-penalty-decision-against-alibaba'],
    ['According to the Administrative Penalty Decision (Guo Shi Jian Chu [2021] No. 28) of 10 April 2021, SAMR fined Alibaba.', 'Guo Shi Jian Chu [2021] No. 28', 'case:samr-penalty-decision-against-alibaba'],
    ['国家市场监督管理总局行政处罚决定书国市监处〔2021〕28号认定阿里巴巴滥用市场支配地位。', '国市监处〔2021〕28号', 'case:samr-penalty-decision-against-alibaba'],
    ['In 2021 SAMR issued an administrative penalty decision against Meituan.', 'administrative penalty decision against Meituan', 'case:samr-administrative-penalty-decision-against-meituan'],
    ['The DiDi Decision shows the CAC relies on the PIPL.', 'DiDi Decision', 'case:cac-decision-on-didi-global'],
    ['国家互联网信息办公室对滴滴全球股份有限公司依法作出网络安全审查相关行政处罚的决定指出，滴滴违法。', '对滴滴全球股份有限公司依法作出网络安全审查相关行政处罚的决定', 'case:cac-decision-on-didi-global'],
  ])('finds an enforcement decision in “%s”', (sentence, name, id) => {
    const found = find(sentence).filter((mention) => mention.id === id);
    expect(found.map((mention) => sentence.slice(mention.start, mention.end))).toContain(name);
  });

  it('keeps the regulator named in a press release’s headline', () => {
    const headline = '市场监管总局依法对美团在中国境内网络餐饮外卖平台服务市场实施“二选一”垄断行为作出行政处罚';
    expect(find(headline).map((mention) => [headline.slice(mention.start, mention.end), mention.id])).toContainEqual(['市场监管总局', 'authority:samr']);
  });

  it('does not take a company’s own decision for the regulator’s', () => {
    expect(find('Didi’s decision to list in New York angered regulators.').map((mention) => mention.id)).not.toContain('case:cac-decision-on-didi-global');
  });

  it('finds every abbreviation as a word', () => {
    for (const instrument of CORE_INSTRUMENTS) {
      for (const abbreviation of instrument.abbreviations ?? []) {
        expect(find(`Under the ${abbreviation}, companies must comply.`).map((mention) => mention.id), abbreviation).toContain(idOf(instrument));
      }
    }
  });
});
