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
import { useT, type Translate } from "../i18n/i18n";
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

const shown = (v: unknown, t: Translate): string =>
  typeof v === "number" ? String(v) : v === "" || v === null || v === undefined ? t("edition.empty") : String(v);
const LISTED = 25;

function outcomeOf(r: Result, t: Translate): Outcome {
  if (r.kind === "check") {
    const c = r.check;
    if (!c) return { ok: false, title: t("edition.notChecked"), text: t("edition.noExcel") };
    const unchecked =
      c.unchecked > 0
        ? t(c.unchecked === 1 ? "edition.unchecked.one" : "edition.unchecked.other", { n: c.unchecked })
        : "";
    return {
      ok: true,
      title: t("edition.checked"),
      text:
        c.changes.length === 0
          ? t("edition.allSame", { n: c.checked, edition: c.current, unchecked })
          : t("edition.wouldChange", { n: c.changes.length, edition: c.current, unchecked }),
    };
  }
  if (!r.result.ok)
    return {
      ok: false,
      title: t(r.kind === "update" ? "edition.notUpdated" : "edition.notKept"),
      text: r.result.reason,
    };
  return { ok: true, title: t(r.kind === "update" ? "edition.updated" : "edition.kept"), text: r.result.message };
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
  const t = useT();
  const n = check.changes.length;
  const built = check.recorded ? t("edition.builtWith", { edition: check.recorded }) : t("edition.earlier");
  return (
    <MessageBar intent="warning" layout="multiline" data-edition-notice>
      <MessageBarBody>
        <MessageBarTitle>{t(n === 1 ? "edition.change.one" : "edition.change.other", { built, n })}</MessageBarTitle>
        {t("edition.with", { edition: check.current })}
        <ul className={styles.list}>
          {check.changes.slice(0, LISTED).map((c) => (
            <li key={c.cell}>{`${c.cell}: ${shown(c.was, t)} → ${shown(c.now, t)}`}</li>
          ))}
          {n > LISTED && <li>{t("edition.more", { n: n - LISTED })}</li>}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={onUpdate}>
          {t("edition.update")}
        </Button>
        <Button size="small" disabled={busy} onClick={onKeep}>
          {t("edition.keep")}
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
  const t = useT();
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
          ? t("edition.recorded", { recorded, current: core().edition() })
          : t("edition.none", { current: core().edition() })}
      </Caption1>
      {check && (
        <ChangeNotice check={check} busy={op.busy} onUpdate={() => void update()} onKeep={() => void keep(check)} />
      )}
      <Button
        className={styles.check}
        disabledFocusable={blocker !== undefined || op.busy}
        onClick={() => void runCheck()}
      >
        {t("edition.check")}
      </Button>
      <OperationStatus op={op} outcomeOf={(r) => outcomeOf(r, t)} />
    </>
  );
}
