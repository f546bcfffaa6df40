import { makeStyles, tokens } from "@fluentui/react-components";

/** The look shared by the preview tables and the formula builder's spilled results. */
export const useTableStyles = makeStyles({
  // Columns as wide as their content (Fluent fixes the layout by default); long texts wrap in a capped block.
  table: {
    width: "max-content",
    minWidth: "100%",
    tableLayout: "auto",
    fontSize: tokens.fontSizeBase200,
    borderCollapse: "separate",
    borderSpacing: 0,
  },
  cell: { paddingLeft: "6px", paddingRight: "6px" },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    verticalAlign: "bottom",
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  // The column naming each row stays in view while the numbers scroll beside it.
  sticky: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `inset -1px 0 0 ${tokens.colorNeutralStroke2}`,
  },
  stickyHeader: { zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  headerText: { display: "block", whiteSpace: "normal", maxWidth: "72px", paddingTop: "3px", paddingBottom: "3px" },
  numberHeader: { justifyContent: "flex-end", textAlign: "right" },
  number: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  text: { whiteSpace: "normal" },
  textContent: {
    display: "block",
    maxWidth: "110px",
    overflowWrap: "anywhere",
    paddingTop: "3px",
    paddingBottom: "3px",
  },
  labelContent: {
    display: "block",
    maxWidth: "100px",
    overflowWrap: "anywhere",
    paddingTop: "3px",
    paddingBottom: "3px",
  },
  missing: { color: tokens.colorNeutralForeground3 },
  stated: { fontStyle: "italic" },
});
