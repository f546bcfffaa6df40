import * as React from "react";
import {
  Badge,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useHost } from "./host-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  top: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  icon: { width: "24px", height: "24px", flexShrink: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
  },
  about: { color: tokens.colorNeutralForeground2 },
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, alignItems: "baseline" },
  tip: { color: tokens.colorNeutralForeground2 },
});

const REPORT = "RCEP and the Vision of the Maritime Silk Road: New Frontiers for China-ASEAN Cooperation";

interface Props {
  edition: string | undefined;
  /** A bundled dataset that fails its check, said in the words every function uses for it. */
  problem: string | undefined;
}

/** Says what the pane is, where its figures come from, and where to read more. */
export function PaneHeader({ edition, problem }: Props): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  return (
    <>
      <header className={styles.root}>
        <div className={styles.top}>
          <img className={styles.icon} src="assets/icon-32.png" alt="" width={24} height={24} />
          <h1 className={styles.title}>ASEAN Data</h1>
          {host.kind === "preview" && (
            <Badge appearance="outline" color="informative">
              Preview
            </Badge>
          )}
        </div>
        <Text size={200} className={styles.about} data-pane-about>
          China–ASEAN trade and investment, and the tables and charts of the Xinhua Institute report{" "}
          <cite>{REPORT}</cite> (2025).
        </Text>
        <div className={styles.links}>
          <Link href="help.html" target="_blank" rel="noopener">
            Help
          </Link>
          <Link href="help.html#data" target="_blank" rel="noopener">
            Data &amp; coverage
          </Link>
          {edition && <Caption1 className={styles.about}>Edition {edition}</Caption1>}
        </div>
        <Caption1 className={styles.tip} data-pane-tip>
          Tip: browse → preview → insert, or type =ASEAN.TRADE in a cell.
        </Caption1>
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
