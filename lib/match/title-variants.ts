/**
 * Spellings of one English title that a lawyer treats as the same name. Works on folded text
 * (see foldString): lower case, straight quotes, single spaces.
 *
 * - A leading "the" is dropped: the scanner then finds "the X" as "X", so "the" is optional in the
 *   text and never part of the highlighted span.
 * - A law's PRC qualifier is interchangeable: "X Law", "X Law of the People's Republic of China",
 *   "X Law of the PRC", "PRC X Law", "China's X Law"; and for "Law on Y" titles,
 *   "Law of the People's Republic of China on Y" / "Law of the PRC on Y" as well.
 */

const LONG_QUALIFIER = "of the people's republic of china";
const SHORT_QUALIFIER = 'of the prc';
const PREFIXES = ['prc ', "china's "];

const LEADING_THE = /^the /;
const QUALIFIER_SUFFIX = / of the (?:people's republic of china|prc)$/;
const QUALIFIER_PREFIX = /^(?:prc|china's|the prc's|prc's|people's republic of china|the people's republic of china's) /;
/** "law of the prc on guarding state secrets": the qualifier sits between the type and its subject. */
const QUALIFIER_INFIX = /^((?:[^ ]+ ){0,3}(?:law|code)) of the (?:people's republic of china|prc) ((?:on|for|against|concerning|regarding) .+)$/;
/**
 * "law on guarding state secrets": a title of the shape that takes an infix qualifier. The head is
 * at most four words so that long titles which merely contain "law for" deep inside are left alone.
 */
const INFIX_SHAPE = /^((?:[^ ]+ ){0,3}(?:law|code)) ((?:on|for|against|concerning|regarding) .+)$/;
const LAW_LIKE_END = /\b(?:law|code)$/;

/** Removes one leading "the " (folded text). */
export function stripLeadingThe(folded: string): string {
  return folded.replace(LEADING_THE, '');
}

function suffixForms(core: string): string[] {
  return [core, `${core} ${LONG_QUALIFIER}`, `${core} ${SHORT_QUALIFIER}`, ...PREFIXES.map((p) => p + core)];
}

function infixForms(head: string, tail: string): string[] {
  const core = `${head} ${tail}`;
  return [
    core,
    `${head} ${LONG_QUALIFIER} ${tail}`,
    `${head} ${SHORT_QUALIFIER} ${tail}`,
    ...PREFIXES.map((p) => p + core),
  ];
}

/**
 * Returns the title's own key first (without a leading "the"), then the generated variants,
 * without duplicates. `isGeneric` (applied to the qualifier-free core) stops variants of names
 * like "Law of the PRC", whose core "law" would otherwise yield "PRC Law".
 */
export function expandTitleVariants(folded: string, isGeneric: (key: string) => boolean = () => false): string[] {
  const own = stripLeadingThe(folded);
  const variants = [own];
  const infix = QUALIFIER_INFIX.exec(own);
  if (infix) {
    const [, head = '', tail = ''] = infix;
    if (!isGeneric(`${head} ${tail}`)) variants.push(...infixForms(head, tail));
  } else {
    let core = own;
    let qualified = false;
    if (QUALIFIER_SUFFIX.test(core)) {
      core = core.replace(QUALIFIER_SUFFIX, '');
      qualified = true;
    } else if (QUALIFIER_PREFIX.test(core)) {
      core = core.replace(QUALIFIER_PREFIX, '');
      qualified = true;
    }
    const shape = INFIX_SHAPE.exec(core);
    if (!isGeneric(core)) {
      if (shape) variants.push(...infixForms(shape[1] ?? '', shape[2] ?? ''));
      else if (qualified || LAW_LIKE_END.test(core)) variants.push(...suffixForms(core));
    }
  }
  return [...new Set(variants)];
}
