/** Word lists that the title finder uses to tell where a document title starts and ends. */

/** Nouns that make a capitalised phrase the title of an instrument. */
export const HEAD_NOUNS = new Set([
  'law', 'measures', 'regulations', 'regulation', 'provisions', 'rules', 'opinions', 'guidelines',
  'guideline', 'guide', 'notice', 'circular', 'decision', 'plan', 'programme', 'program', 'outline',
  'specification', 'specifications', 'standard', 'standards', 'requirements', 'catalogue', 'catalog',
  'initiative', 'report', 'interpretation', 'interpretations', 'code', 'method', 'methods', 'answers',
  'practice', 'framework', 'strategy', 'paper', 'procedures', 'scheme', 'convention', 'act', 'directive',
  'charter', 'principles', 'criteria', 'norms', 'format', 'list', 'results', 'matters',
]);

/** Lower-case words allowed inside a title ("Measures for the Administration of …"). */
export const CONNECTORS = new Set([
  'of', 'for', 'on', 'and', 'the', 'in', 'to', 'with', 'by', 'at', 'a', 'an', 'from', 'under', 'into',
  'concerning', 'regarding', 'against', 'via', 'or', 'its', 'their', 'as', 'between', 'among', 'towards',
  'over', 'about', 'within', 'through', '–', '—', '-', '&', 'v', 'vs',
]);

/** Capitalised words that open a sentence or heading but never a title. */
export const STARTERS = new Set([
  'on', 'in', 'under', 'based', 'according', 'pursuant', 'the', 'this', 'these', 'that', 'those', 'its',
  'their', 'recently', 'since', 'meanwhile', 'additionally', 'moreover', 'furthermore', 'compared',
  'regarding', 'as', 'at', 'by', 'for', 'from', 'after', 'before', 'during', 'to', 'with', 'following',
  'also', 'both', 'each', 'every', 'besides', 'currently', 'newly', 'finally', 'specifically', 'notably',
  'similarly', 'overall', 'comments', 'sought', 'issuance', 'release', 'publication', 'china’s', "china's",
  'a', 'an', 'new', 'revised', 'latest', 'first', 'second', 'third', 'relevant', 'our', 'we', 'it', 'they',
  'if', 'when', 'where', 'while', 'although', 'however', 'thus', 'therefore', 'and', 'or', 'of',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'prc', 'mandatory', 'public', 'what', 'how', 'why', 'you', 'need', 'know', 'recommended', 'national', 'draft', 'amended',
]);

/** Verbs that separate an issuer from the title in headline case ("MIIT Issued Measures …"). */
export const HEADLINE_VERBS = new Set([
  'issued', 'issues', 'issue', 'released', 'releases', 'published', 'publishes', 'publish', 'seeks',
  'sought', 'seeking', 'invites', 'invited', 'launched', 'launches', 'kicked', 'adjudicated', 'promotes',
  'solicited', 'solicits', 'solicit', 'revised', 'revises', 'approved', 'approves', 'announced',
  'announces', 'held', 'holds', 'heard', 'hears', 'made', 'makes', 'continues', 'proposed', 'proposes',
  'jointly', 'formally', 'publicly', 'officially', 'comprehensively', 'introduced', 'introduces',
  'drafted', 'adopted', 'passed', 'enacted', 'unveiled', 'promulgated', 'took', 'came', 'comes', 'takes',
  'reminds', 'outlined', 'directed', 'conducted', 'organised', 'organized', 'interviewed', 'is', 'are',
  'was', 'were', 'has', 'have', 'will', 'shall', 'should', 'be', 'being', 'been', 'seek',
  'releasing', 'issuing', 'require', 'requires', 'requiring', 'clarifies', 'clarified', 'emphasizes',
  'emphasises', 'focuses', 'aims', 'provides', 'specifies', 'consists', 'applies', 'encourages',
]);

/** Parentheticals that belong to a title: drafts, trial status, periods, versions. */
export const TITLE_PARENTHETICAL =
  /^\((?:draft[^)]*|exposure draft|for (?:trial|public|comments?)[^)]*|interim|provisional|trial|revised[^)]*|\d{4}(?:\s*[-–]\s*\d{4})?(?:\s+(?:edition|version|revision))?|(?:\d{4}\s+)?(?:edition|version|revision)|(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+edition|v?\d+(?:\.\d+)*|draft for (?:comment|opinion)s?)\)$/i;

/** Camel-case words in parentheses belong to a title too: "Financial Technology (FinTech) Plan". */
export const CAMEL_PARENTHETICAL = /^\([A-Z][a-z]+[A-Z][A-Za-z]*\)$/;

/** Words that, with head nouns alone, make a name too generic to be one document ("Basic Requirements"). */
export const GENERIC_MODIFIERS = new Set([
  'administrative', 'management', 'basic', 'technical', 'implementation', 'interim', 'detailed', 'compliance',
  'action', 'guiding', 'general', 'supplementary', 'security', 'relevant', 'several', 'new', 'draft',
  'revised', 'related', 'such', 'other', 'these', 'those', 'three-year', 'five-year', 'work', 'national',
  'industry', 'group', 'local', 'supporting', 'implementing', 'specific', 'operational', 'practice', 'transaction',
]);

/** Title-case words that are verbs in headlines but nouns inside titles ("Legal Issues"). */
export const NOUN_VERBS = new Set(['issues', 'issue', 'release', 'releases', 'holds', 'plans']);
