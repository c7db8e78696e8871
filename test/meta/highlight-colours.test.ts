/**
 * The page highlights must read on light and dark pages alike: each underline colour keeps a
 * contrast of at least 3:1 (WCAG's minimum for graphics) against white and against #121212.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../../entrypoints/content/style.css'), 'utf8');

function luminance([r, g, b]: number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

function contrast(a: number[], b: number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const underlines = [...CSS.matchAll(/::highlight\((tmt-lens-\w+)\)[^}]*text-decoration:\s*underline[^;]*?rgb\((\d+),\s*(\d+),\s*(\d+)\)/g)].map((match) => ({
  name: match[1]!,
  colour: [Number(match[2]), Number(match[3]), Number(match[4])],
}));

describe('highlight colours', () => {
  it('underlines every entry type with an opaque colour', () => {
    expect(underlines.map((underline) => underline.name)).toEqual(['tmt-lens-authority', 'tmt-lens-document', 'tmt-lens-case']);
  });

  it.each(underlines)('$name reads on a white page and on a dark one', ({ colour }) => {
    expect(contrast(colour, [255, 255, 255])).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, [18, 18, 18])).toBeGreaterThanOrEqual(3);
  });
});
