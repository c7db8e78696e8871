/**
 * What the page recognisers (variant titles, case numbers, defined short names; lib/recognise/)
 * add to a scan: the bundled automaton alone vs automaton + recognisers over the same ~2 MB of
 * generated article text (with real titles, variants and case numbers mixed in), medians of
 * alternating runs in one process. Also the recognisers' shipped data and its first load.
 *   recognisers_scan_ms_2mb, automaton_scan_ms_2mb   the two passes
 *   recognisers_added_share                           (with − without) / without; target ≤ 0.15
 *   recognisers_data_bytes, recognisers_ready_ms      the table the content script ships, and its parse
 */
import type { BundledData } from '../../lib/build/bundled-data';
import { dictionaryEntriesOf } from '../../lib/graph/dictionary-entries';
import { findMentions } from '../../lib/match/find-mentions';
import { loadDictionary } from '../../lib/match/load-dictionary';
import { PageRecogniser } from '../../lib/recognise/page-recogniser';
import { BLOCK_BREAK } from '../../lib/page/text-segments';
import { generateArticleText } from './matcher-bench';

const EXTRA = [
  'Exporters follow the Security Assessment Measures for Cross-Border Data Transfer issued in 2022.',
  'The Practice Guideline for Cybersecurity Standards – Safety Certification Specification for Cross-border Processing Activities of Personal Information V2.0 (the “Certification Guidelines”) applies; the Certification Guidelines are strict.',
  '北京互联网法院（2023）京0491民初11279号判决认定AI生成图片构成作品。',
  'New Measures Target Data Security Assessment And Other Headline Words In Title Case For The Reader.',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function runRecogniserBench(data: BundledData, rounds = 9): Record<string, number> {
  const matcher = loadDictionary(JSON.parse(data.dictionaryJson));
  const base = generateArticleText(dictionaryEntriesOf(data.result.graph), 2_000_000);
  // Paragraphs as blocks, as the content script joins them; every tenth gets a real-world sentence.
  const text = base
    .split('\n')
    .map((paragraph, index) => (index % 10 === 0 ? `${paragraph} ${EXTRA[(index / 10) % EXTRA.length]}` : paragraph))
    .join(BLOCK_BREAK);
  const readyStart = performance.now();
  new PageRecogniser(data.recognisersJson).recognise('The Measures for Nothing.', []);
  const readyMs = performance.now() - readyStart;
  const without: number[] = [];
  const withRecognisers: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    findMentions(matcher, text);
    without.push(performance.now() - start);
    start = performance.now();
    new PageRecogniser(data.recognisersJson).recognise(text, findMentions(matcher, text));
    withRecognisers.push(performance.now() - start);
  }
  const automaton = median(without);
  const recognised = median(withRecognisers);
  return {
    automaton_scan_ms_2mb: automaton,
    recognisers_scan_ms_2mb: recognised,
    recognisers_added_share: (recognised - automaton) / automaton,
    recognisers_data_bytes: data.recognisersJson.length,
    recognisers_ready_ms: readyMs,
  };
}
