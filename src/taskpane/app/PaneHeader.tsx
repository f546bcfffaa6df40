import * as React from "react";
import { Badge, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { core } from "../../core/api";
import { bundledDatasetProblem } from "../../core/bundled-dataset";
import { useHost } from "./host-context";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export function PaneHeader(): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  // The core checks and indexes the whole dataset on first use; that waits until the catalogue is on screen.
  // A dataset that fails its check is said here, in the words every function uses for it.
  const [edition, setEdition] = React.useState<string | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  React.useEffect(() => {
    const timer = window.setTimeout(() => {
      const failed = bundledDatasetProblem();
      if (failed) setProblem(failed);
      else setEdition(core().edition());
    }, 0);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <>
      <header className={styles.root}>
        <h1 className={styles.title}>ASEAN Data</h1>
        <span className={styles.meta}>
          {edition && <Caption1>Edition {edition}</Caption1>}
          {host.kind === "preview" && <Badge appearance="outline" color="informative">Preview</Badge>}
        </span>
      </header>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert" data-dataset-problem>
          <MessageBarBody>
            <MessageBarTitle>#VALUE!</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
