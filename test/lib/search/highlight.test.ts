import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../lib/search/highlight';

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, terms)
    .filter((segment) => segment.marked)
    .map((segment) => segment.text);

describe('highlightSegments', () => {
  it('marks whole words equal to a matched term, in any case', () => {
    expect(marked('Cybersecurity Law', ['cybersecurity', 'law'])).toEqual(['Cybersecurity', 'Law']);
  });

  it('marks the typed beginning of a completed word', () => {
    expect(marked('Personal Information Protection Law', ['pers', 'info'])).toEqual(['Pers', 'Info']);
  });

  it('does not light up every word for a single letter', () => {
    expect(marked('Cyberspace Administration of China', ['c'])).toEqual([]);
  });

  it('marks possessives and accented words by their folded form', () => {
    expect(marked('Supreme People’s Court', ['people'])).toEqual(['People’s']);
    expect(marked('Café Rules', ['cafe'])).toEqual(['Café']);
  });

  it('marks Chinese characters covered by a matched pair', () => {
    expect(marked('国家互联网信息办公室', ['网信', '信息'])).toEqual(['网信息']);
  });

  it('keeps the text intact, markup included, as plain segments', () => {
    const text = '<img src=x onerror=alert(1)> Data';
    const segments = highlightSegments(text, ['data']);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.at(-1)).toEqual({ text: 'Data', marked: true });
  });

  it('returns one unmarked segment when nothing matches', () => {
    expect(highlightSegments('Foreign Investment Law', ['xyz'])).toEqual([{ text: 'Foreign Investment Law', marked: false }]);
    expect(highlightSegments('', ['xyz'])).toEqual([{ text: '', marked: false }]);
  });
});
