import * as React from "react";
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/i18n";
import { useMoreToTheRight } from "./use-overflow";

const useStyles = makeStyles({
  frame: { position: "relative" },
  scroller: {
    overflow: "auto",
    maxWidth: "100%",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // A fade on the right edge while more columns lie beyond it.
  fade: {
    position: "absolute",
    top: "1px",
    right: "1px",
    bottom: "1px",
    width: "24px",
    pointerEvents: "none",
    borderTopRightRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    backgroundImage: `linear-gradient(to right, transparent, ${tokens.colorNeutralShadowAmbient})`,
  },
  cue: { color: tokens.colorNeutralForeground2, display: "block", textAlign: "right" },
});

interface Props {
  label: string;
  maxHeight: string;
  /** The region itself takes focus (to scroll by keyboard) unless its content has focusable cells. */
  focusable: boolean;
  className?: string;
  children: React.ReactNode;
}

/** A table's own scrolling box, which says when it continues to the right. */
export function ScrollRegion({ label, maxHeight, focusable, className, children }: Props): React.ReactElement {
  const styles = useStyles();
  const [ref, more] = useMoreToTheRight<HTMLDivElement>();
  const t = useT();
  return (
    <div>
      <div className={styles.frame}>
        <div
          ref={ref}
          className={mergeClasses(styles.scroller, className)}
          style={{ maxHeight }}
          role="region"
          aria-label={label}
          tabIndex={focusable ? 0 : undefined}
        >
          {children}
        </div>
        {more && <div className={styles.fade} aria-hidden="true" />}
      </div>
      {more && (
        <Caption1 className={styles.cue} data-scroll-cue>
          {t("scroll.more")}
        </Caption1>
      )}
    </div>
  );
}
