import * as React from "react";
import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { core } from "../../core/api";
import { useHost } from "./host-context";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export function PaneHeader(): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  // The core indexes the whole dataset on first use; that waits until the catalogue is on screen.
  const [edition, setEdition] = React.useState<string | undefined>();
  React.useEffect(() => {
    const timer = window.setTimeout(() => setEdition(core().edition()), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>ASEAN Data</h1>
      <span className={styles.meta}>
        {edition && <Caption1>Edition {edition}</Caption1>}
        {host.kind === "preview" && <Badge appearance="outline" color="informative">Preview</Badge>}
      </span>
    </header>
  );
}
