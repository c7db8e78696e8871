/**
 * Finds UI text written into TSX instead of taken from the message files: JSX text, and string
 * literals (plain, or in a template, or either side of a condition) given to JSX children or to
 * the props a reader sees or hears.
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

export function hardCodedStrings(fileName: string, source: string): UiString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
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
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
