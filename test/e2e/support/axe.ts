import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Tabster (Fluent UI's focus manager) brackets arrow-key groups and tab lists with focusable
 * aria-hidden sentinels that pass focus straight on; axe reports them under aria-hidden-focus. It is a
 * documented false positive (microsoft/tabster#288; Accessibility Insights suppresses it the same way),
 * so exactly those nodes are set aside and every other finding counts.
 */
const isTabsterSentinel = (rule: string, html: string): boolean =>
  rule === "aria-hidden-focus" && html.includes("data-tabster-dummy");

/**
 * Every axe-core finding for the page as it stands (WCAG 2.1 A and AA rules and best practices), whatever its impact.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      help: v.help,
      targets: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)).map((n) => n.target.join(" ")),
    }))
    .filter((v) => v.targets.length > 0);
}

/** Only the serious and critical findings. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
}
