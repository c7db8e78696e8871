/**
 * Finds UI text written into code instead of taken from the message files: in TSX, JSX text and
 * string literals (plain, or in a template, or either side of a condition) given to JSX children
 * or to the props a reader sees or hears; in DOM code (the card frame), literals put into the
 * page's text, into the properties and attributes a reader sees or hears, or into the fields of
 * a view that a renderer shows.
 */
import ts from 'typescript';

/** Props whose value is shown or read out. */
const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
  'description',
  'question',
  'confirmLabel',
  'cancelLabel',
]);

/**
 * Text that is no language: key names on <kbd>, commands and paths in <code>. Symbols and
 * punctuation need no entry (they have no letters).
 */
export const NOT_LANGUAGE = new Set(['Enter', 'Esc', 'npm run build', 'seeds/']);

export interface UiString {
  line: number;
  text: string;
}

const hasLetters = (text: string) => /[\p{L}]/u.test(text);

/** DOM properties that hold what a reader sees or hears. */
const VISIBLE_DOM_PROPS = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'ariaDescription', 'placeholder', 'alt', 'label']);
/** DOM calls that put their arguments into the page as text. */
const TEXT_INSERTING_CALLS = new Set(['createTextNode', 'append', 'prepend', 'replaceChildren', 'before', 'after', 'replaceWith']);

/**
 * `viewFields`: the fields of an object a renderer shows as they are (the card's CardView), whose
 * literals are UI text too.
 */
export function hardCodedStrings(fileName: string, source: string, viewFields: ReadonlySet<string> = new Set()): UiString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: UiString[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (hasLetters(trimmed) && !NOT_LANGUAGE.has(trimmed)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: trimmed });
  };
  /** String literals that end up as the expression's value (not, say, a key passed to t()). */
  const literalsOf = (expression: ts.Expression): void => {
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) report(expression, expression.text);
    else if (ts.isTemplateExpression(expression)) {
      report(expression.head, expression.head.text);
      for (const span of expression.templateSpans) report(span.literal, span.literal.text);
    } else if (ts.isConditionalExpression(expression)) {
      literalsOf(expression.whenTrue);
      literalsOf(expression.whenFalse);
    } else if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind)) {
      literalsOf(expression.right);
    } else if (ts.isParenthesizedExpression(expression)) literalsOf(expression.expression);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) literalsOf(node.expression);
    else if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) literalsOf(node.initializer.expression);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && VISIBLE_DOM_PROPS.has(node.left.name.text)) {
      literalsOf(node.right);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'setAttribute' && first && second && ts.isStringLiteral(first) && VISIBLE_PROPS.has(first.text)) literalsOf(second);
      else if (TEXT_INSERTING_CALLS.has(method)) node.arguments.forEach(literalsOf);
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && viewFields.has(node.name.text)) {
      literalsOf(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
