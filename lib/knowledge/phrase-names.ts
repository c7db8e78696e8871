/**
 * Names of Chinese laws and bodies that are also ordinary English phrases: "students of criminal
 * law", "the supreme court of Canada", "copyright law protects …". Written as a name (with its
 * capitals) they mean the Chinese law or body; in lower case they are the phrase, so the content
 * script matches them only as written (the matcher's `phrase` kind). Compared after folding case,
 * quotes, dashes and white space. Longer titles ("Data Security Law", "Measures for …") and the
 * China-qualified variants of these ("PRC Criminal Law") match in any case.
 */
import { foldName } from '../parse/normalize';

export const PHRASE_NAMES: readonly string[] = [
  // Fields of law that are also the names of PRC laws
  'Criminal Law',
  'Criminal Procedure Law',
  'Civil Procedure Law',
  'Civil Code',
  'Copyright Law',
  'Patent Law',
  'Trademark Law',
  'Contract Law',
  'Company Law',
  'Labour Law',
  'Labor Law',
  'Advertising Law',
  'Advertizing Law',
  'Administrative Law',
  'Competition Law',
  'Cryptography Law',
  'National Security Law',
  'Consumer Protection Law',
  'Tort Liability Law',
  'Administrative Penalty Law',
  'Standardization Law',
  // "securities law" is also a field of law ("US securities law")
  'Securities Law',
  // Many countries have a law of this name (the Philippines, Israel, Pakistan, …)
  'Counter-Terrorism Law',
  'Anti-Terrorism Law',
  'Anti-Money Laundering Law',
  // Fields of law as well as laws of many countries
  'Customs Law',
  'Foreign Trade Law',
  // Fields of law too ("he studied insurance law and trust law", "English trust law", "an accounting law firm", "energy law practice")
  'Insurance Law',
  'Trust Law',
  'Accounting Law',
  'Energy Law',
  // "supervision law" is also a phrase ("a banking supervision law expert")
  'Supervision Law',
  // "a bidding law firm", "public bidding law in the EU": a phrase as well as the PRC law
  'Bidding Law',
  // Fields of law too ("UK trade union law", "EU environmental protection law", "Norwegian maritime
  // code", "education law clinic", "English charity law", "tourism law and policy", "audit law reform")
  'Trade Union Law',
  'Environmental Protection Law',
  'Maritime Code',
  'Education Law',
  'Charity Law',
  'Tourism Law',
  'Audit Law',
  // Vietnam (2025), Indonesia (2022), Sri Lanka (2022) and others have a law of this name; only on a
  // page about China is it the PIPL's
  'Personal Data Protection Law',
  // "auction law" is a field of law as well ("English auction law", "an auction law firm")
  'Auction Law',
  'Land Administration Law',
  'Fire Protection Law',
  'Higher Education Law',
  // "a lawyers law firm", "the judges law clerks": plural nouns before "law"
  'Lawyers Law',
  'Judges Law',
  // Trade-remedy rules every WTO member has ("India's anti-dumping regulations", the EU's "Basic
  // Anti-Subsidy Regulation"): in lower case a description, as a name China's
  'Anti-Dumping Regulations',
  'Anti-Subsidy Regulations',
  'Countervailing Regulation',
  // "product quality law" is a field of law too ("EU product quality law")
  'Product Quality Law',
  // California has its "Unfair Competition Law" too, and "unfair competition law" is a field of law
  'Unfair Competition Law',
  // Short names of PRC rules that are also plain descriptions in lower case ("the bank's security
  // assessment measures", "network data regulation in the EU", "generative AI measures")
  'Security Assessment Measures',
  'Generative AI Measures',
  'AI Labelling Measures',
  'Network Data Regulation',
  'Network Data Measures',
  // State Council regulations whose titles are also plain descriptions in lower case ("banks'
  // compliance with regulations on foreign exchange administration", "film management regulations")
  'Regulations on Foreign Exchange Administration',
  'Regulations on Foreign Exchange Management',
  'Film Management Regulations',
  // Laws many countries plan or have ("Korea's AI law"); China's is still a draft
  'AI Law',
  'Artificial Intelligence Law',
  // Every country has one ("the constitution requires", "the US Constitution"); written as a name it is China's
  'Constitution',
  // Fields of law as well as the repealed PRC civil laws and other laws of those names ("English
  // property law", "marriage law reform in India", "a construction law firm", "the law of succession")
  'Property Law',
  'Guarantee Law',
  'Guaranty Law',
  'Marriage Law',
  'Inheritance Law',
  'Succession Law',
  'Law of Succession',
  'Budget Law',
  'Construction Law',
  // Bodies that many countries have
  'Supreme Court',
  'State Council',
  'Ministry of Justice',
  'Ministry of Transport',
  'Ministry of Finance',
  'Ministry of Commerce',
  'Ministry of Education',
  'Ministry of Public Security',
  'Ministry of State Security',
  'Ministry of Natural Resources',
  'Ministry of Culture and Tourism',
  'Ministry of Science and Technology',
  'Central Bank',
  // Laws whose short English titles are everyday phrases (a course on sports law, a notary law firm)
  'Sports Law',
  'Notary Law',
  'Passport Law',
  'Mineral Resources Law',
];

const PHRASE_KEYS = new Set(PHRASE_NAMES.map(foldName));

export function isPhraseName(name: string): boolean {
  return PHRASE_KEYS.has(foldName(name));
}
