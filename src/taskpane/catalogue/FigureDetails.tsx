import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import type { FigureSpec } from "../../core/report/figures/catalog";
import { useT } from "../i18n/i18n";
import { FigurePreview } from "./FigurePreview";
import { useFigure } from "./use-figure";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch" },
  back: { alignSelf: "flex-start" },
});

interface Props {
  spec: FigureSpec;
  onBack: () => void;
  /** Set when the item was opened to make an exercise: its form opens (again for each new value). */
  exerciseOpen?: number;
}

export function FigureDetails({ spec, onBack, exerciseOpen }: Props): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const state = useFigure(spec);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const ready = state.status === "ready";
  React.useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready, spec]);
  const rootRef = React.useRef<HTMLDivElement>(null);
  // Escape goes back to the list, unless a control used the key itself or the catalogue is not on screen.
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === "Escape" && !e.defaultPrevented && rootRef.current?.offsetParent) onBack();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onBack]);
  return (
    <div ref={rootRef} className={styles.root}>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft16Regular />} onClick={onBack}>
        {t("details.all")}
      </Button>
      {state.status === "loading" && <Spinner size="small" label={t("details.building")} />}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("details.failed")}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && (
        <FigurePreview
          key={state.figure.id}
          figure={state.figure}
          headingRef={headingRef}
          {...(exerciseOpen !== undefined ? { exerciseOpen } : {})}
        />
      )}
    </div>
  );
}
