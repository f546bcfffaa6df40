/**
 * Every word the pane shows comes from its message catalogue: a component that writes English (or any
 * text) straight into its JSX, or into a prop a user reads or hears, fails here, naming the file and line.
 * Read with the TypeScript compiler's own parser, so text split over lines or inside expressions is seen.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const PANE = path.join(__dirname, "..", "..", "..", "src", "taskpane");

/** Props whose text is read or heard by the user. */
const SHOWN_PROPS = new Set([
  "label",
  "title",
  "placeholder",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "alt",
  "content",
  "description",
  "header",
  "hint",
]);

/** A word: two letters of any script, or one Chinese character. Punctuation, symbols and numbers pass. */
const WORDS = /\p{L}{2}|\p{Script=Han}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : [],
  );
}

/** Literal text a user would see, with where it is. */
export function shownLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (n: ts.Node): string =>
    `${path.relative(PANE, file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const literalText = (e: ts.Expression | undefined): string | undefined => {
    if (!e) return undefined;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(" ");
    if (ts.isConditionalExpression(e)) return [literalText(e.whenTrue), literalText(e.whenFalse)].join(" ");
    if (ts.isBinaryExpression(e)) {
      // A comparison's operands are values the code tests, not text; a condition before && is not shown.
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalText(e.right);
      if (
        op === ts.SyntaxKind.PlusToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken
      )
        return [literalText(e.left), literalText(e.right)].join(" ");
      return undefined;
    }
    if (ts.isParenthesizedExpression(e)) return literalText(e.expression);
    return undefined;
  };
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n) && WORDS.test(n.text)) found.push(`${where(n)} text "${n.text.trim()}"`);
    if (ts.isJsxExpression(n) && n.parent && (ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent))) {
      const t = literalText(n.expression);
      if (t && WORDS.test(t)) found.push(`${where(n)} text {"${t.trim()}"}`);
    }
    if (ts.isJsxAttribute(n) && SHOWN_PROPS.has(n.name.getText())) {
      const init = n.initializer;
      const t =
        init &&
        (ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) ? literalText(init.expression) : undefined);
      if (t && WORDS.test(t)) found.push(`${where(n)} ${n.name.getText()}="${t}"`);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

describe("the pane's components take their words from the message catalogue", () => {
  test("no component shows a literal string", () => {
    const found = tsxFiles(PANE).flatMap((f) => shownLiterals(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  test("the scan sees text, shown props and literals in expressions, and lets keys and symbols pass", () => {
    const sample = `const A = () => (<div title="Close" data-x="raw">
      Hello there <b>{"Insert"}</b> {ok ? "Yes" : t("no")} {a === "preview" && t("p")}
      <i aria-label={\`Row \${n}\`}>×</i> {t("k")} — 3
      <Spinner label="载入中" /> <X label={t("key")} />
    </div>);`;
    const found = shownLiterals(path.join(PANE, "Sample.tsx"), sample).map((s) => s.replace(/^\S+ /, ""));
    expect(found).toEqual([
      'title="Close"',
      'text "Hello there"',
      'text {"Insert"}',
      'text {"Yes"}',
      'aria-label="Row  "',
      'label="载入中"',
    ]);
  });
});
