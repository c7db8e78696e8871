/**
 * What the page recognisers (variant titles, case numbers, defined short names; lib/recognise/)
 * add to a scan, in Node, medians of alternating runs in one process:
 *   recognisers_added_ms_2mb, recognisers_added_share   on the text of the highlight bench's 2 MB
 *       page (bigNewsPage): added time, and its share of the automaton's scan of the same text
 *   recognisers_added_ms_dense   the generated 2 MB article with, every tenth paragraph, a title the
 *       automaton does not know and a title-case headline: the recognisers' worst case
 *   recognisers_data_bytes, recognisers_ready_ms   the table the content script ships, and its parse
 * The highlight pass of the same page in Chromium (highlight_pass_ms_2mb) is printed in the same run.
 */
import type { BundledData } from '../../lib/build/bundled-data';
import { dictionaryEntriesOf } from '../../lib/graph/dictionary-entries';
import { findMentions } from '../../lib/match/find-mentions';
import { loadDictionary } from '../../lib/match/load-dictionary';
import { PageRecogniser } from '../../lib/recognise/page-recogniser';
import { BLOCK_BREAK } from '../../lib/page/text-segments';
import { bigNewsPage } from './highlight-bench';
import { generateArticleText } from './matcher-bench';

const EXTRA = [
  'Exporters follow the Security Assessment Measures for Outbound Data Transfer issued in 2022.',
  'The Practice Guideline for Cybersecurity Standards – Safety Certification Specification for Cross-border Processing Activities of Personal Information V2.0 (the “Certification Guidelines”) applies; the Certification Guidelines are strict.',
  '北京互联网法院（2023）京0491民初11279号判决认定AI生成图片构成作品。',
  'New Measures Target Data Security Assessment And Other Headline Words In Title Case For The Reader.',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timePasses(matcher: ReturnType<typeof loadDictionary>, json: string, text: string, rounds: number): { without: number; withRecognisers: number } {
  const without: number[] = [];
  const withRecognisers: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    findMentions(matcher, text);
    without.push(performance.now() - start);
    // A page decodes the recognisers' data once (recognisers_ready_ms); the pass is timed after.
    const recogniser = new PageRecogniser(json);
    recogniser.recognise('', []);
    start = performance.now();
    recogniser.recognise(text, findMentions(matcher, text));
    withRecognisers.push(performance.now() - start);
  }
  return { without: median(without), withRecognisers: median(withRecognisers) };
}

/** The page's paragraphs as the content script joins blocks. */
function textOfPage(html: string): string {
  return [...html.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '')).join(BLOCK_BREAK);
}

export function runRecogniserBench(data: BundledData, rounds = 9): Record<string, number> {
  const matcher = loadDictionary(JSON.parse(data.dictionaryJson));
  const readyStart = performance.now();
  new PageRecogniser(data.recognisersJson).recognise('The Measures for Nothing.', []);
  const readyMs = performance.now() - readyStart;
  const page = timePasses(matcher, data.recognisersJson, textOfPage(bigNewsPage()), rounds);
  const dense = generateArticleText(dictionaryEntriesOf(data.result.graph), 2_000_000)
    .split('\n')
    .map((paragraph, index) => (index % 10 === 0 ? `${paragraph} ${EXTRA[(index / 10) % EXTRA.length]}` : paragraph))
    .join(BLOCK_BREAK);
  const worst = timePasses(matcher, data.recognisersJson, dense, rounds);
  return {
    automaton_scan_ms_2mb: page.without,
    recognisers_added_ms_2mb: page.withRecognisers - page.without,
    recognisers_added_share: (page.withRecognisers - page.without) / page.without,
    recognisers_added_ms_dense: worst.withRecognisers - worst.without,
    recognisers_data_bytes: data.recognisersJson.length,
    recognisers_ready_ms: readyMs,
  };
}
