/**
 * How translators render one Chinese title in different English words. Each class folds to its
 * first member, so "Security Assessment Measures for Cross-Border Data Transfer" and "Measures for
 * Security Assessment of Outbound Data Transfers" have the same words. Only equivalences that hold
 * for every PRC title: 网络 is "network", "online", "internet" or "cyber"; 管理 is "administration"
 * or "management"; 出境 is "outbound" or "cross-border". A class must never join words that name
 * different things in one title ("supervision" and "administration" both occur in 监督管理).
 */

/** Multi-word phrases folded before words are split (lower case, single spaces). */
export const PHRASE_SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['artificial intelligence', 'ai'],
  ['scientific and technological', 'science technology'],
  ['science and technology', 'science technology'],
  ['sci-tech', 'science technology'],
  // "S&T": the ampersand is folded to a space before phrases are read.
  ['s t', 'science technology'],
  ['cross border', 'outbound'],
  ['cross-border', 'outbound'],
  ['crossborder', 'outbound'],
  ['cyber security', 'network security'],
  ['cybersecurity', 'network security'],
  ['cyberspace', 'network'],
  ['e-commerce', 'ecommerce'],
  ['electronic commerce', 'ecommerce'],
  ['face recognition', 'facial recognition'],
  ['mobile internet', 'mobile network'],
  ['unmanned aerial vehicle', 'unmanned aircraft'],
  ['drone', 'unmanned aircraft'],
  ['counter-espionage', 'antiespionage'],
  ['counterespionage', 'antiespionage'],
  ['personal data', 'personal information'],
  ['internet-based', 'network'],
  ['mobile internet applications', 'mobile application'],
  ['mobile internet application', 'mobile application'],
  ['mobile network applications', 'mobile application'],
  ['mobile network application', 'mobile application'],
  ['mobile network apps', 'mobile application'],
  ['mobile network app', 'mobile application'],
  ['application programs', 'application'],
  ['application program', 'application'],
  ['live webcast', 'livestreaming'],
  ['live streaming', 'livestreaming'],
  ['live-streaming', 'livestreaming'],
  ['live broadcast', 'livestreaming'],
  ['transfer abroad', 'outbound'],
  ['exported abroad', 'outbound'],
  ['audio-visual', 'audiovisual'],
  ['audio visual', 'audiovisual'],
  // AIGC, "AI-generated content": 生成式人工智能 in titles.
  ['aigc', 'generative ai'],
  // 深度合成
  ['in-depth synthesis', 'deep synthesis'],
  // 跟帖评论: "comment threading", "posting and commenting", "post comments"
  ['posting and commenting', 'comment threading'],
  ['post comments', 'comment threading'],
  ['comments posts', 'comment threading'],
  ['comment posts', 'comment threading'],
  // 征信
  ['credit investigation', 'credit reporting'],
  // 信息化 (工业和信息化: "industry and information technology", "industry and informatization")
  ['informatization', 'information technology'],
  ['informatisation', 'information technology'],
  // 商用密码, 密码法: "cryptography", "encryption", "cipher codes"
  ['cipher codes', 'cryptography'],
  ['cipher code', 'cryptography'],
  // 反垄断法: "Anti-Monopoly Law", also "Antitrust Law"
  ['anti-trust', 'antimonopoly'],
  ['antitrust', 'antimonopoly'],
  // The courts' names in judicial interpretations' titles, written out or as pages abbreviate them
  // ("Provisions of the SPC on Several Issues …").
  ["supreme people's court", 'spc'],
  ["supreme people's procuratorate", 'spp'],
];

/** Classes of single words; every member folds to the first. */
export const WORD_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['network', 'online', 'internet', 'cyber', 'web'],
  ['outbound', 'export', 'exporting', 'exit', 'oversea'],
  ['transfer', 'transmission', 'transferring'],
  ['protection', 'protecting'],
  ['security', 'safety'],
  ['regulating', 'regulation', 'regulate'],
  ['promoting', 'promotion', 'promote', 'facilitate', 'facilitating'],
  ['ecological', 'ecology', 'ecosystem'],
  ['critical', 'key'],
  // 申报 (a filing to a regulator) is rendered "application" or "declaration".
  ['application', 'app', 'declaration'],
  ['assessment', 'evaluation'],
  ['generative', 'generated'],
  ['minor', 'juvenile'],
  ['sale', 'selling'],
  ['drug', 'pharmaceutical'],
  ['service', 'services'],
  ['label', 'labelling', 'labeling', 'identification', 'marking'],
  ['synthesis', 'synthetic', 'synthesized'],
  ['recommendation', 'recommender', 'recommending'],
  ['algorithm', 'algorithmic'],
  ['telecommunication', 'telecom'],
  ['antitelecommunication', 'antitelecom'],
  // 监督: "supervision", "oversight"
  ['supervision', 'oversight', 'overseeing', 'supervising'],
  ['cryptography', 'encryption', 'cryptographic'],
  ['publishing', 'publication'],
  // 外国法律: "foreign laws", "foreign legislation"
  ['legislation', 'law'],
  // 交易: "online trading", "online transactions"
  ['trading', 'transaction'],
  // 审计: "compliance audits", "compliance auditing"
  ['audit', 'auditing'],
  // 深化: "Plan for Deepening Reform …", "Plan to Deepen Reform …"
  ['deepening', 'deepen'],
  // 机构改革: "institutional reform", "reform of … institutions"
  ['institution', 'institutional'],
  // 备案: "filing", "record-filing", "record", "recordation"
  ['filing', 'record', 'recordation'],
];

/**
 * Words that carry no meaning of their own in a title: articles, linking words, the state, and
 * the trial markers (试行, 暂行) that translators add or leave out.
 */
export const TITLE_STOPWORDS: readonly string[] = [
  'the', 'of', 'on', 'for', 'and', 'or', 'in', 'to', 'with', 'concerning', 'regarding', 'governing', 'about',
  'a', 'an', 'by', 'its', 'their', 'at', 'as', 'over', 'under', 'from',
  'prc', "people's", 'peoples', 'republic', 'china', "china's", 'chinese', 'national', 'state',
  'several', 'certain', 'some', 'relevant', 'related',
  'interim', 'provisional', 'tentative', 'trial', 'implementation',
  // 管理 ("administration", "management") is rendered or left out at will: "Interim Measures for
  // Generative AI Services" is the "… for the Management of …" measures.
  'administration', 'management', 'administrative', 'managing', 'administering',
  // "in the Industry and IT Sector / Field / Areas": the word translators add for 领域.
  'field', 'area', 'sector', 'domain',
];

/**
 * The type nouns of PRC instruments, each with the spellings a page uses. Two titles can only be
 * one instrument when their type nouns are of one class: "Provisions" and "Measures" translate
 * different Chinese words (规定, 办法), so they are never joined.
 */
export const TYPE_NOUNS: ReadonlyArray<readonly string[]> = [
  ['law', 'laws'],
  ['code'],
  // Not "ordinance": Hong Kong's and Macao's laws are Ordinances; a 条例 a page renders so is found as a curated alias only.
  ['regulations', 'regulation'],
  ['provisions', 'provision'],
  ['measures', 'measure'],
  ['rules', 'rule'],
  ['guidelines', 'guideline', 'guide', 'guidance'],
  ['opinions', 'opinion'],
  ['notice', 'circular'],
  ['decision'],
  ['interpretation', 'interpretations'],
  ['specification', 'specifications'],
  ['initiative'],
  ['plan', 'programme', 'program'],
  ['standard', 'standards'],
  ['requirements', 'requirement'],
  ['catalogue', 'catalog', 'catalogues', 'catalogs'],
  ['list', 'lists'],
];
