/**
 * Acronyms of Chinese bodies and laws that are everyday acronyms elsewhere, written the same way:
 * on a page about something else they mean that something else. Like the phrase names
 * (phrase-names.ts), they are highlighted only on a page about China (lib/page/china-context.ts).
 * Compared as written, since abbreviations match only in their written case.
 */
export const AMBIGUOUS_ACRONYMS: ReadonlySet<string> = new Set([
  'AML', // anti-money laundering; the Anti-Monopoly Law
  'CCPC', // Ireland's Competition and Consumer Protection Commission
  'DSL', // digital subscriber line; the Data Security Law
  'MOC', 'MOE', 'MOF', 'MOST', // ministries of many countries; "MOST READ"
  'MOJ', // the UK's Ministry of Justice
  'MOT', // the UK's vehicle test
  'MPS', // London's Metropolitan Police Service; the Ministry of Public Security
  'MSS', // managed security services
  'NCAC', // the US National Coalition Against Censorship
  'NDA', // non-disclosure agreement; the National Data Administration
  'NEA', // the US National Education Association
  'NFRA', // India's National Financial Reporting Authority
  'NIFA', // the US National Institute of Food and Agriculture
  'NPC', // non-player character; the National People's Congress
  'NPPA', // the US National Press Photographers Association
  'SAC', // the Standardization Administration of China, and many others
  'SAFE', // the word, in headlines; the State Administration of Foreign Exchange
  'SCA', // the US Stored Communications Act
  'SPC', // statistical process control; the Supreme People's Court
]);
