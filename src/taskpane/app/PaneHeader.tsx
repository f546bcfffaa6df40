import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useLanguage, useT } from "../i18n/i18n";
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

/** The add-in's name and Excel's error codes read the same in every language. */
const PRODUCT = "ASEAN Data";
const VALUE_ERROR = "#VALUE!";

interface Props {
  edition: string | undefined;
  /** A bundled dataset that fails its check, said in the words every function uses for it. */
  problem: string | undefined;
}

/** Says what the pane is, where its figures come from, and where to read more. */
export function PaneHeader({ edition, problem }: Props): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const other = language === "en" ? "zh" : "en";
  return (
    <>
      <header className={styles.root}>
        <div className={styles.top}>
          <img className={styles.icon} src="assets/icon-32.png" alt="" width={24} height={24} />
          <h1 className={styles.title}>{PRODUCT}</h1>
          {host.kind === "preview" && (
            <Badge appearance="outline" color="informative">
              {t("header.preview")}
            </Badge>
          )}
          <Button
            size="small"
            appearance="subtle"
            lang={other === "zh" ? "zh-CN" : "en"}
            aria-label={t("header.switchLabel")}
            data-language-switch={other}
            onClick={() => setLanguage(other)}
          >
            {t("header.switchTo")}
          </Button>
        </div>
        <Text size={200} className={styles.about} data-pane-about>
          {t("header.about")} <cite>{t("header.report")}</cite> {t("header.year")}
        </Text>
        <div className={styles.links}>
          <Link href={t("header.helpUrl")} target="_blank" rel="noopener">
            {t("header.help")}
          </Link>
          <Link href={`${t("header.helpUrl")}#data`} target="_blank" rel="noopener">
            {t("header.data")}
          </Link>
          {edition && <Caption1 className={styles.about}>{t("header.edition", { edition })}</Caption1>}
        </div>
        <Caption1 className={styles.tip} data-pane-tip>
          {t("header.tip")}
        </Caption1>
      </header>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert" data-dataset-problem>
          <MessageBarBody>
            <MessageBarTitle>{VALUE_ERROR}</MessageBarTitle>
            {problem}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
