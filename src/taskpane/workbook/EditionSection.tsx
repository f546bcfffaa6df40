import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { core } from "../../core/api";
import type { PrepareResult } from "../../excel/workbook/operation-types";
import type { ReenterResult } from "../../excel/workbook/reenter-formulas";
import {
  checkEdition,
  isOutdated,
  keepEditionValues,
  recordedEdition,
  updateToCurrentEdition,
  type EditionCheck,
} from "../../excel/workbook/workbook-edition";
import { OperationStatus } from "./OperationStatus";
import type { Outcome } from "./OutcomeBar";
import { useOperation } from "./use-operation";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "12em",
    overflowY: "auto",
  },
  hint: { color: tokens.colorNeutralForeground2 },
  check: { alignSelf: "flex-start" },
});

type Result =
  | { kind: "check"; check?: EditionCheck }
  | { kind: "update"; result: ReenterResult }
  | { kind: "keep"; result: PrepareResult };

const shown = (v: unknown): string =>
  typeof v === "number" ? String(v) : v === "" || v === null || v === undefined ? "(empty)" : String(v);
const LISTED = 25;

function outcomeOf(r: Result): Outcome {
  if (r.kind === "check") {
    const c = r.check;
    if (!c) return { ok: false, title: "Not checked", text: "Excel is not available here." };
    const unchecked =
      c.unchecked > 0
        ? ` ${c.unchecked} ASEAN cell${c.unchecked === 1 ? "" : "s"} could not be checked here (a formula around ` +
          `the call, or a range as argument).`
        : "";
    return {
      ok: true,
      title: "Checked",
      text:
        c.changes.length === 0
          ? `All ${c.checked} ASEAN cells checked show what edition ${c.current} computes.${unchecked}`
          : `${c.changes.length} cells would change with edition ${c.current}.${unchecked}`,
    };
  }
  if (!r.result.ok)
    return { ok: false, title: r.kind === "update" ? "Not updated" : "Not kept", text: r.result.reason };
  return { ok: true, title: r.kind === "update" ? "Updated" : "Kept as values", text: r.result.message };
}

/** The notice for a workbook built with an older edition: which cells would change, and "update" or "keep". */
function ChangeNotice({
  check,
  busy,
  onUpdate,
  onKeep,
}: {
  check: EditionCheck;
  busy: boolean;
  onUpdate: () => void;
  onKeep: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const n = check.changes.length;
  const built = check.recorded ? `Built with edition ${check.recorded}` : "Computed with an earlier edition";
  return (
    <MessageBar intent="warning" layout="multiline" data-edition-notice>
      <MessageBarBody>
        <MessageBarTitle>{`${built}; ${n} cell${n === 1 ? "" : "s"} would change`}</MessageBarTitle>
        With edition {check.current}:
        <ul className={styles.list}>
          {check.changes.slice(0, LISTED).map((c) => (
            <li key={c.cell}>{`${c.cell}: ${shown(c.was)} → ${shown(c.now)}`}</li>
          ))}
          {n > LISTED && <li>{`and ${n - LISTED} more`}</li>}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={onUpdate}>
          Update
        </Button>
        <Button size="small" disabled={busy} onClick={onKeep}>
          Keep
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * The edition the workbook's ASEAN cells were computed with. When the add-in's is newer, the cells
 * are checked when the pane opens; any workbook can be checked on demand.
 */
export function EditionSection({ blocker, onNotice }: { blocker?: string; onNotice?: () => void }): React.ReactElement {
  const styles = useStyles();
  const op = useOperation<Result>();
  const { run } = op;
  const [recorded, setRecorded] = React.useState<string | undefined>();
  const [check, setCheck] = React.useState<EditionCheck | undefined>();
  const runCheck = React.useCallback(
    () =>
      run(async (onProgress) => {
        const c = await checkEdition({ onProgress });
        setCheck(c && c.changes.length > 0 ? c : undefined);
        return { kind: "check", check: c };
      }),
    [run],
  );
  // Found when the pane opens on an older workbook: the pane turns to this view, once per notice.
  const notice = React.useRef(onNotice);
  notice.current = onNotice;
  React.useEffect(() => {
    if (check) notice.current?.();
  }, [check]);
  React.useEffect(() => {
    if (blocker) return;
    let live = true;
    recordedEdition()
      .then((e) => {
        if (!live) return;
        setRecorded(e);
        if (isOutdated(e)) void runCheck();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [blocker, runCheck]);
  const settle = (): void => {
    setCheck(undefined);
    setRecorded(core().edition());
  };
  const update = (): Promise<void> =>
    run(async (onProgress) => {
      const result = await updateToCurrentEdition({ onProgress });
      if (result.ok) settle();
      return { kind: "update", result };
    });
  const keep = (c: EditionCheck): Promise<void> =>
    run(async (onProgress) => {
      const result = await keepEditionValues(c, { onProgress });
      if (result.ok) settle();
      return { kind: "keep", result };
    });
  return (
    <>
      <Caption1 className={styles.hint}>
        {recorded
          ? `This workbook's ASEAN cells were computed with edition ${recorded}; the add-in has edition ` +
            `${core().edition()}.`
          : `This workbook records no edition yet; the add-in has edition ${core().edition()}.`}
      </Caption1>
      {check && (
        <ChangeNotice check={check} busy={op.busy} onUpdate={() => void update()} onKeep={() => void keep(check)} />
      )}
      <Button
        className={styles.check}
        disabledFocusable={blocker !== undefined || op.busy}
        onClick={() => void runCheck()}
      >
        Check cells against this edition
      </Button>
      <OperationStatus op={op} outcomeOf={outcomeOf} />
    </>
  );
}
