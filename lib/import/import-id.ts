/**
 * An import's id: a hash of its text. The same newsletter imported twice (pasted or from a file,
 * as .txt or .html) gets the same id, so it is recognised instead of counted twice, and a
 * restored backup does not duplicate imports already present.
 */
import { hashString } from '../storage/hash';

export function importIdOf(text: string): string {
  return hashString(text.replace(/\s+/g, ' ').trim());
}

/** The newsletter id its sources cite (see lib/parse/collect-mentions.ts). */
export function newsletterIdOf(importId: string): string {
  return `import:${importId}`;
}
