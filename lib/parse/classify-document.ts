/**
 * An instrument's rank in the Chinese legal hierarchy (law, administrative regulation,
 * departmental rule, normative document, local regulation, judicial interpretation, standard…),
 * read from its title, code, issuers and what the newsletter calls it. Where these do not
 * decide it, the rank is "unknown": a wrong rank misleads a lawyer more than a missing one.
 */
import type { AuthorityNode, DocumentNode } from '../graph/schema';
import type { StandardHint } from './extract-item';

export const LOCAL_PLACE = /\b(?:Beijing|Shanghai|Tianjin|Chongqing|Guangdong|Zhejiang|Jiangsu|Shenzhen|Hangzhou|Guangzhou|Wuhan|Kunming|Pudong|Hainan|Shandong|Sichuan|Fujian)\b/;

export type Rank = DocumentNode['kind'];
export type IssuerFacts = Pick<AuthorityNode, 'name' | 'kind' | 'level'>;

export interface RankEvidence {
  /** The authorities the newsletter says issued it. */
  issuers?: IssuerFacts[];
  /** What a sentence calls it: "the mandatory national standard X". */
  standardHint?: StandardHint;
  /** Issued jointly by several bodies, or "and N other departments". */
  joint?: boolean;
  /** A province or city is the one the text says issued it ("Beijing sought public comments on …"). */
  local?: boolean;
  /** Issued with a notice ("a notice on the issuance of the Measures"): the form of a normative document. */
  byNotice?: boolean;
}

/**
 * National bureaus administered by a ministry: under the Legislation Law they make no
 * departmental rules of their own, so their measures are normative documents.
 */
const MINISTRY_ADMINISTERED_BUREAU = /\b(?:National Energy Administration|State Administration of Traditional Chinese Medicine|National Medical Products Administration|State Administration of Foreign Exchange|National Forestry and Grassland Administration|National Railway Administration|Civil Aviation Administration|State Post Bureau|National Intellectual Property Administration|National Administration of Disease Control|State Archives Administration|National Data Administration)\b/;
/** Titles that name a policy rather than a rule: "Several Measures to Support …", "Measures to Accelerate …". */
const POLICY_MEASURES = /\b(?:Several Measures|Measures (?:to|for) (?:Promot|Support|Accelerat|Encourag|Boost|Facilitat|Further)\w*|Measures for \w+ Empowerment)\b/i;
/** Trial, interim and implementing instruments of a ministry are issued as normative documents. */
const TRIAL_OR_IMPLEMENTING = /\b(?:for Trial Implementation|Trial|Interim|Provisional|Implementation Rules|Implementing Rules|Work Rules|Implementation Measures)\b/i;
const ADMINISTRATIVE_TITLE = /^(?:Draft\s+)?(?:Administrative (?:Measures|Provisions|Rules)|Measures for the (?:Supervision and )?Administration of|Provisions on the Administration of|Provisions on (?:the )?Prohibition of|Measures for (?:the )?Security Assessment of|Security Assessment Measures|Measures for Supervision and Inspection of)\b/i;

/** Words that name a form other than a standard. */
const INSTRUMENT_HEAD = /\b(?:Law|Regulations|Measures|Provisions|Rules|Opinions|Notice|Circular|Decision|Plan|Programme|Outline|Guidelines|Guide|Catalogue|Report)\b/;

function isCourt(issuer: IssuerFacts): boolean {
  return issuer.kind === 'court' || issuer.kind === 'procuratorate' || /\b(?:Court|Procuratorate)\b/.test(issuer.name);
}
function isLegislature(issuer: IssuerFacts): boolean {
  return issuer.kind === 'legislature' || /People['’]s Congress/.test(issuer.name);
}
function isAssociation(issuer: IssuerFacts): boolean {
  return issuer.kind === 'association' || /\b(?:Association|Alliance|Academy|Society|Federation|Institute|Centre|Center)\b/.test(issuer.name);
}

export function classifyDocument(title: string, code: string | undefined, campaign: boolean, evidence: RankEvidence = {}): Rank {
  if (campaign) return 'campaign';
  if (code) {
    if (/^GB/.test(code)) return 'national_standard';
    if (/^T\//.test(code)) return 'group_standard';
    return 'industry_standard';
  }
  const issuers = evidence.issuers ?? [];
  const local = LOCAL_PLACE.test(title) || evidence.local === true || (issuers.length > 0 && issuers.every((issuer) => issuer.level === 'provincial' || issuer.level === 'municipal'));
  const byCourt = issuers.length > 0 && issuers.some(isCourt);
  const byAssociation = issuers.length > 0 && issuers.every(isAssociation);
  const byStandardsBody = issuers.some((issuer) => issuer.kind === 'standards_body');
  const head = headOf(title);

  // A report is named by its head ("Report of 30 Years of Cyber Law", "Blue Skin Report on ...
  // from Rules to Practice"): the words after it are its subject, not its kind.
  if (/\b(?:Report|White Paper|Research Results)\b/.test(head)) return 'report';
  if (/\bList of\b.*\bCases\b/i.test(title) || /\bTypical Cases\b/.test(title)) return 'case_list';
  if (/\bGlobal Initiative\b/.test(title)) return 'international';
  // "the mandatory national standard X", "25 industry standards, including X": unless X has the
  // title of another form ("the standard GB … and the Measures for …").
  if (evidence.standardHint && !INSTRUMENT_HEAD.test(title)) return evidence.standardHint;
  if (/\bPractice Guideline\b/.test(title)) return 'technical_document';
  if (/\bInterpretations?\b/.test(title) && (byCourt || issuers.length === 0)) return 'judicial_interpretation';
  if (byCourt) return /\b(?:Opinions|Provisions|Rules)\b/.test(title) ? 'judicial_guidance' : 'unknown';
  if (/\bLaw\b/.test(head)) return local ? 'local_regulation' : 'law';
  if (issuers.some(isLegislature)) return local ? 'local_regulation' : 'law';
  // "Regulations" as the head; "… in Drug Regulation" is a subject, not a form.
  if (/\bRegulations?\b/.test(head) && !/\b(?:Measures|Provisions|Rules|Guidelines)\b/.test(title)) return local ? 'local_regulation' : 'administrative_regulation';
  if (byAssociation) return /\b(?:Specifications?|Requirements|Standards?|Code)\b/.test(title) ? 'group_standard' : 'unknown';
  if (/\b(?:Specifications?|Requirements|Standards?|Format)\b/.test(title) && !/\b(?:Measures|Opinions|Guidelines|Notice)\b/.test(title)) {
    return byStandardsBody || issuers.length === 0 ? 'national_standard' : 'unknown';
  }
  if (/\b(?:Measures|Provisions|Rules)\b/.test(title)) {
    if (local || POLICY_MEASURES.test(title) || TRIAL_OR_IMPLEMENTING.test(title)) return 'normative_document';
    if (evidence.joint || evidence.byNotice || issuers.some((issuer) => MINISTRY_ADMINISTERED_BUREAU.test(issuer.name) || /General Office/.test(issuer.name))) return 'normative_document';
    // Measures and provisions of a ministry or a regulator with rule-making power.
    if (issuers.length === 0 || ADMINISTRATIVE_TITLE.test(title) || issuers.every((issuer) => issuer.kind === 'ministry' || issuer.kind === 'regulator')) return 'departmental_rule';
    return 'unknown';
  }
  if (/\bDecision\b/.test(title) && issuers.some(isLegislature)) return local ? 'local_regulation' : 'law';
  // Opinions, notices, plans, programmes and guidelines of government bodies are normative
  // documents (规范性文件); a standards body's guidance is a technical document.
  if (/\b(?:Opinions|Notice|Circular|Decision|Plan|Programme|Program|Outline|Strategy|Scheme|Guidelines?|Guide|Good Practice|Answers|Catalogue|Catalog|List|Matters Concerning)\b/.test(title)) {
    if (byStandardsBody) return 'technical_document';
    return issuers.length > 0 || !/\b(?:Catalogue|Catalog|List|Answers)\b/.test(title) ? 'normative_document' : 'unknown';
  }
  return 'unknown';
}

/** The title up to its first preposition or subtitle: "Blue Skin Report" of "Blue Skin Report on Big Model Governance". */
function headOf(title: string): string {
  return title.split(/\s+(?:on|of|for|about|concerning|regarding|in)\s+|\s+[-–—:]\s+|:\s+/i)[0] ?? title;
}

export function jurisdictionOf(title: string, issuerNames: string[]): string {
  const place = [title, ...issuerNames].map((text) => text.match(LOCAL_PLACE)?.[0]).find(Boolean);
  return place ?? 'PRC';
}
