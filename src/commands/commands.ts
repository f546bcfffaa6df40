/**
 * Ribbon commands. They run in the shared runtime the pane and the functions live in (the manifest's
 * FunctionFile is the pane's page), so a command's outcome is shown in the pane, which it opens.
 */
import { languageOf } from "../core/i18n/language";
import { publishOutcome } from "../excel/workbook/outcomes";
import { prepareForSharing } from "../excel/workbook/prepare-sharing";
import { repairIfAsked } from "../excel/workbook/repair-on-open";

interface ActionEvent {
  completed(): void;
}

interface OfficeCommands {
  context?: { displayLanguage?: string };
  onReady?: () => Promise<unknown>;
  actions?: { associate(name: string, action: (event: ActionEvent) => unknown): void };
  addin?: { showAsTaskpane?: () => Promise<void> };
}

const office = (): OfficeCommands | undefined => (globalThis as { Office?: OfficeCommands }).Office;

/** Home > ASEAN Data > Prepare for sharing: the whole workbook, then the pane with what was done. Its sources
 *  sheet is written in Office's display language, unless the workbook fixes one for its ASEAN cells. */
export async function prepareForSharingCommand(event: ActionEvent): Promise<void> {
  try {
    publishOutcome({
      kind: "prepare",
      result: await prepareForSharing("workbook", { language: languageOf(office()?.context?.displayLanguage) }),
    });
    await office()
      ?.addin?.showAsTaskpane?.()
      .catch(() => undefined);
  } finally {
    event.completed();
  }
}

/** The ribbon's ids, as the manifest names them in <FunctionName>. */
export const COMMANDS: Readonly<Record<string, (event: ActionEvent) => Promise<void>>> = {
  prepareForSharing: prepareForSharingCommand,
};

export function registerCommands(): void {
  const actions = office()?.actions;
  if (typeof actions?.associate !== "function") return;
  for (const [name, action] of Object.entries(COMMANDS)) actions.associate(name, action);
}

/** When the runtime starts with the document (the workbook asked for it), repair and report in the pane. */
export async function onRuntimeStart(): Promise<void> {
  registerCommands();
  const repaired = await repairIfAsked();
  if (repaired && (!repaired.ok || repaired.cells > 0)) publishOutcome({ kind: "repair", result: repaired });
}

void office()?.onReady?.().then(onRuntimeStart);
