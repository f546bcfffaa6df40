/*
 * A first, small task pane: the dataset edition, a few formulas with the values the core computes for
 * them, and a button that writes the chosen formula into the active cell.
 */
import { core } from "../core/api";
import { isDomainError } from "../core/errors";

const EXAMPLES: [string, unknown[]][] = [
  ['=ASEAN.TRADE("CN","MY",2024)', ["CN", "MY", 2024, null, null]],
  ['=ASEAN.TRADE("CN","ASEAN",2024)', ["CN", "ASEAN", 2024, null, null]],
  ['=ASEAN.TRADE("CN","VN",2024,"exports")', ["CN", "VN", 2024, "exports", null]],
  ['=ASEAN.TRADE("CN","ASEAN",2020)', ["CN", "ASEAN", 2020, null, null]],
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

async function insertFormula(formula: string, status: HTMLElement): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("values");
      await context.sync();
      if (cell.values[0][0] !== "") {
        status.textContent = "The active cell is not empty: select an empty cell first.";
        return;
      }
      cell.formulas = [[formula]];
      await context.sync();
      status.textContent = `Inserted ${formula}.`;
    });
  } catch (err) {
    status.textContent = `Could not insert: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function render(inExcel: boolean): void {
  const app = document.getElementById("app");
  if (!app) return;
  const c = core();
  app.replaceChildren();
  app.append(el("h1", "ASEAN Data"), el("p", `China–ASEAN trade figures, dataset edition ${c.edition()}.`, "note"));
  const status = el("p", inExcel ? "" : "Opened outside Excel: formulas can be previewed here and inserted in Excel.", "note");
  status.setAttribute("role", "status");
  const table = el("table");
  const head = el("tr");
  head.append(el("th", "Formula"), el("th", "Value"), el("th", ""));
  table.append(head);
  for (const [formula, args] of EXAMPLES) {
    const v = c.tradeNumber(args[0], args[1], args[2], args[3], args[4]);
    const row = el("tr");
    const button = el("button", "Insert");
    button.disabled = !inExcel;
    button.setAttribute("aria-label", `Insert ${formula} into the active cell`);
    button.addEventListener("click", () => void insertFormula(formula, status));
    row.append(el("td", formula), el("td", isDomainError(v) ? "#N/A" : String(v), "num"), el("td"));
    row.lastElementChild?.append(button);
    table.append(row);
  }
  const help = el("a", "Function help");
  help.href = "help.html";
  help.target = "_blank";
  app.append(table, status, help);
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => render(info.host === Office.HostType.Excel));
} else {
  render(false);
}
