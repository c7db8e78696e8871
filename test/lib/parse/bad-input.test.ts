import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../lib/parse/build-graph';
import { readNewsletter } from '../../../lib/parse/read-newsletter';

describe('bad input', () => {
  it.each([
    ['empty text', '', /empty/, 'empty'],
    ['white space', '   \n\n  ', /empty/, 'empty'],
    ['binary junk', '\u0000\u0001\u0002PK\u0003\u0004'.repeat(500), /binary/, 'binary'],
    ['too large', 'a'.repeat(5_000_001), /too large/, 'tooLarge'],
    ['too short', 'Hello.', /too little/, 'tooLittleText'],
  ])('%s gets a clear error, with a code the UI words in its language', (_label, text, message, code) => {
    const result = readNewsletter(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.code).toBe(code);
    }
  });

  it('reads HTML as text, dropping scripts and handlers', () => {
    const html = '<html><body><script>alert(1)</script><h2>Legislative Developments</h2><p onclick="x()">1. CAC Issued the Measures for Security Assessment of Outbound Data Transfers</p><p>On 7 July 2022, the CAC issued the Measures.</p></body></html>';
    const result = readNewsletter(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).not.toMatch(/alert|onclick|<p/);
    expect(result.warnings.map((warning) => warning.message).join(' ')).toMatch(/HTML/);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['htmlExtracted']);
    const { graph } = buildGraph([{ id: 'import:html', text: html }]);
    expect(graph.nodes.map((node) => node.name)).toContain('Measures for Security Assessment of Outbound Data Transfers');
  });

  it('reports an unreadable newsletter and still builds the others', () => {
    const result = buildGraph([
      { id: 'a.txt', text: '' },
      { id: 'b.txt', text: 'Legislative Developments\n1. MIIT Issued Measures for Data Security Management in Industry\nOn 8 December 2022, the MIIT issued the Measures for Data Security Management in Industry.' },
    ]);
    expect(result.errors).toEqual(['a.txt: The newsletter is empty.']);
    expect(result.graph.nodes.some((node) => node.id === 'authority:miit')).toBe(true);
  });

  it('warns when a text has no news items', () => {
    const result = buildGraph([{ id: 'recipe.txt', text: 'Mix flour and water. Bake for twenty minutes. Serve warm with butter and jam.' }]);
    expect(result.errors).toEqual([]);
    expect(result.graph.nodes).toEqual([]);
  });

  it('never throws and always returns a valid graph on arbitrary text', () => {
    const word = fc.constantFrom('the', 'Measures', 'for', 'Law', 'CAC', 'MIIT', '(Draft for Comment)', '“', '”', 'On 7 October,', '1.', '-', '\n', 'Issued', 'Data', 'Security', '(', ')', 'and', 'GB 40050-2021', '国家互联网信息办公室', '<p>', 'Part I –');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 300 }), (words) => {
        const result = buildGraph([{ id: 'fuzz.txt', text: words.join(' ') }]);
        expect(Array.isArray(result.graph.nodes)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 20 MB file without hanging: refused with a reason', () => {
    const big = 'The CAC issued the Measures for X. '.repeat(600_000);
    const started = performance.now();
    const result = buildGraph([{ id: 'big.txt', text: big }]);
    expect(result.errors[0]).toMatch(/too large/);
    // Refusal must not depend on parsing the text first.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('parses a long newsletter of pathological lines in linear-ish time', () => {
    const line = `${'Measures for the Administration of '.repeat(200)}Data.`;
    const text = Array.from({ length: 200 }, (_, index) => `${index + 1}. ${line}`).join('\n');
    const result = buildGraph([{ id: 'long.txt', text }]);
    expect(result.errors).toEqual([]);
  });
});
