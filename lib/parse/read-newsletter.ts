/**
 * Stage 0: accept a newsletter's raw text (or HTML) and say clearly what is wrong with it,
 * if anything. The parser sees only text that passed these checks.
 */
import { coded, type CodedMessage } from '../i18n/coded-message';
import { cleanText } from './normalize';

export const MAX_NEWSLETTER_CHARS = 5_000_000;

/** Why a newsletter's text cannot be read at all. */
export type NewsletterErrorCode = 'tooLarge' | 'empty' | 'binary' | 'tooLittleText';
/** Something the reader did to the text that the user should know about. */
export type NewsletterWarningCode = 'htmlExtracted';

export type ReadResult = { ok: true; text: string; warnings: Array<CodedMessage<NewsletterWarningCode>> } | { ok: false; error: CodedMessage<NewsletterErrorCode> };

const BLOCK_TAGS = /<\/?(?:p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|footer|blockquote|pre|hr)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—' };

/** HTML to plain text without a DOM: drops scripts, styles and tags; blocks become lines. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 32);
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 32);
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body)/i.test(text) || (text.match(/<\/?(?:p|div|span|a|br)\b/gi)?.length ?? 0) > 5;
}

export function readNewsletter(raw: string): ReadResult {
  if (raw.length > MAX_NEWSLETTER_CHARS) {
    const millions = (raw.length / 1_000_000).toFixed(1);
    return { ok: false, error: coded('tooLarge', `The newsletter is too large (${millions} million characters; the limit is 5 million).`, { millions }) };
  }
  if (!raw.trim()) return { ok: false, error: coded('empty', 'The newsletter is empty.') };
  const sample = raw.slice(0, 20_000);
  // Control characters (other than tab and line breaks) and decoding failures mark binary data.
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (control > sample.length * 0.01) {
    return { ok: false, error: coded('binary', 'This does not look like text: it contains binary data. Choose a .txt or .html file, or paste the newsletter’s text.') };
  }
  const warnings: Array<CodedMessage<NewsletterWarningCode>> = [];
  let text = raw;
  if (looksLikeHtml(raw)) {
    text = htmlToText(raw);
    warnings.push(coded('htmlExtracted', 'The input was HTML; its text was extracted and its markup ignored.'));
  }
  text = cleanText(text);
  if (text.trim().length < 40) return { ok: false, error: coded('tooLittleText', 'The newsletter has too little text to read anything from.') };
  return { ok: true, text, warnings };
}
