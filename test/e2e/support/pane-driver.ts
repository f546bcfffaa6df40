/** Steps through the pane the way a user does: by roles and accessible names, so the tests also check the labelling. */
import type { Locator, Page } from "playwright-core";

export async function openItem(page: Page, id: string): Promise<Locator> {
  await page.getByRole("tab", { name: "Catalogue" }).click();
  const back = page.getByRole("button", { name: "All items" });
  if (await back.isVisible()) await back.click();
  await page.locator(`[data-item-id="${id}"]`).click();
  const article = page.locator(`article[data-figure-id="${id}"]`);
  await article.waitFor();
  return article;
}

export async function backToCatalogue(page: Page): Promise<void> {
  await page.getByRole("button", { name: "All items" }).click();
  await page.getByRole("searchbox", { name: "Search the catalogue" }).waitFor();
}

export interface InsertChoice {
  target: "selection" | "newSheet";
  mode: "values" | "formulas";
  chart: boolean;
  sourceNote: boolean;
}

async function setChecked(locator: Locator, on: boolean): Promise<void> {
  if (await locator.isDisabled()) return;
  if ((await locator.isChecked()) !== on) await locator.click();
}

export async function chooseInsertOptions(panel: Locator, choice: InsertChoice): Promise<void> {
  await panel
    .getByRole("radio", { name: choice.target === "newSheet" ? "On a new sheet" : "At the selected cell" })
    .check();
  await panel.getByRole("radio", { name: choice.mode === "formulas" ? "Live =ASEAN formulas" : "Values" }).check();
  await setChecked(panel.getByRole("checkbox", { name: /^Chart/ }), choice.chart);
  await setChecked(panel.getByRole("checkbox", { name: "Source note" }), choice.sourceNote);
}

/** Clicks Insert and waits for the outcome bar; returns its kind ("ok", "refused" or "error") and text. */
export async function insertAndWait(panel: Locator): Promise<{ kind: string; text: string }> {
  await panel.getByRole("button", { name: "Insert", exact: true }).click();
  const bar = panel.locator("[data-insert-result]");
  await bar.waitFor();
  return { kind: (await bar.getAttribute("data-insert-result")) ?? "", text: await bar.innerText() };
}

export async function openFormulaBuilder(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Formula builder" }).click();
  await page.getByRole("combobox", { name: "Function" }).waitFor();
}

/**
 * Types into a builder picker as a user does: click into it, select what it holds, type, press a key
 * (Enter by default). Returns the highlighted option's text just before the key, and what the box then shows.
 */
export async function typeInPicker(
  page: Page,
  field: string,
  typed: string,
  key = "Enter",
): Promise<{ highlighted: string | null; shown: string }> {
  const box = page.getByRole("combobox", { name: field });
  await box.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(typed);
  const highlighted = await highlightedOption(page, field);
  await page.keyboard.press(key);
  return { highlighted, shown: await box.inputValue() };
}

/** The text of the option the picker's input points at (aria-activedescendant), i.e. what Enter would take. */
export async function highlightedOption(page: Page, field: string): Promise<string | null> {
  const box = page.getByRole("combobox", { name: field });
  const active = await box.getAttribute("aria-activedescendant");
  return active ? page.locator(`[id="${active}"]`).innerText() : null;
}

export async function formulaShown(page: Page): Promise<{ formula: string; value: string | null }> {
  const formula = (await page.locator("[data-formula-text]").innerText()).trim();
  const shown = page.locator("[data-formula-value]");
  const value = (await shown.count()) > 0 ? await shown.getAttribute("data-formula-value") : null;
  return { formula, value };
}

/** Whether an element lies wholly inside another's box, i.e. is in view without scrolling it. */
export async function fullyInside(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
  if (!a || !b) return false;
  return a.x >= b.x - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y >= b.y - 0.5;
}

/**
 * The element's text once it matches (for what the pane writes after an asynchronous step), or the last text seen after
 * 5 s.
 */
export async function textWhen(locator: Locator, pattern: RegExp): Promise<string> {
  let text = "";
  for (const end = Date.now() + 5000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    text = await locator.innerText();
    if (pattern.test(text)) break;
  }
  return text;
}

/**
 * Reads a value until it equals the one expected or the time is up, and returns the last read: the pane
 * updates after scroll events and host reads settle, so one immediate read can see the state before.
 */
export async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}
