/** What kind of instrument a title names, read from its head words, code and issuer. */
import type { DocumentNode } from '../graph/schema';

const LOCAL_PLACE = /\b(?:Beijing|Shanghai|Tianjin|Chongqing|Guangdong|Zhejiang|Jiangsu|Shenzhen|Hangzhou|Guangzhou|Wuhan|Kunming|Pudong|Hainan|Shandong|Sichuan|Fujian)\b/;

export function classifyDocument(title: string, code: string | undefined, campaign: boolean): DocumentNode['kind'] {
  if (campaign) return 'campaign';
  if (code) {
    if (/^GB/.test(code)) return 'national_standard';
    if (/^T\//.test(code)) return 'group_standard';
    return 'industry_standard';
  }
  const local = LOCAL_PLACE.test(title);
  // A report is named by its head ("Report of 30 Years of Cyber Law", "Blue Skin Report on ...
  // from Rules to Practice"): the words after it are its subject, not its kind.
  if (/\b(?:Report|White Paper)\b/.test(headOf(title))) return 'report';
  if (/\bInterpretations?\b/.test(title)) return 'judicial_interpretation';
  if (/\bLaw\b/.test(title) && !/\bRule of Law\b/.test(title)) return local ? 'local_regulation' : 'law';
  if (/\bRegulations?\b/.test(title) && !/\b(?:Measures|Provisions|Rules|Guidelines)\b/.test(title)) return local ? 'local_regulation' : 'administrative_regulation';
  if (/\bPractice Guideline\b/.test(title)) return 'technical_document';
  if (/\b(?:Specifications?|Requirements|Standards?|Format)\b/.test(title) && !/\b(?:Measures|Opinions|Guidelines)\b/.test(title)) return 'national_standard';
  if (/\b(?:Measures|Provisions|Rules)\b/.test(title)) return local ? 'local_regulation' : 'departmental_rule';
  if (/\b(?:Opinions|Notice|Circular|Decision)\b/.test(title)) return 'normative_document';
  if (/\b(?:Guidelines?|Guide|Answers|Good Practice|Code)\b/.test(title)) return 'guideline';
  if (/\bGlobal Initiative\b/.test(title)) return 'international';
  if (/\b(?:Plan|Programme|Program|Outline|Strategy|Initiative|Scheme|Catalogue|Catalog|List)\b/.test(title)) return 'plan';
  if (/\b(?:Report|White Paper|Results)\b/.test(title)) return 'report';
  return 'other';
}

/** The title up to its first preposition or subtitle: "Blue Skin Report" of "Blue Skin Report on Big Model Governance". */
function headOf(title: string): string {
  return title.split(/\s+(?:on|of|for|about|concerning|regarding|in)\s+|\s+[-–—:]\s+|:\s+/i)[0] ?? title;
}

export function jurisdictionOf(title: string, issuerNames: string[]): string {
  const place = [title, ...issuerNames].map((text) => text.match(LOCAL_PLACE)?.[0]).find(Boolean);
  return place ?? 'PRC';
}
