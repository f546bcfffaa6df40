import { makeStyles, tokens } from "@fluentui/react-components";

/** An action bar that stays at the bottom of the pane while what it acts on scrolls past. */
export const useStickyBarStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 3,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  summary: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  where: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  action: { flexShrink: 0 },
});
