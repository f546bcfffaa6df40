import * as React from "react";
import { Badge, Caption1, SearchBox, Text, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { ChevronRight16Regular } from "@fluentui/react-icons";
import type { FigureSpec } from "../../core/report/figures/catalog";
import { searchCatalogue } from "./search-catalogue";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: {
    display: "grid", gridTemplateColumns: "1fr auto", alignItems: "center", columnGap: tokens.spacingHorizontalS,
    width: "100%", textAlign: "left", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1, fontFamily: "inherit", cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, border: `1px solid ${tokens.colorNeutralStroke2}` },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // Two lines of subtitle at most: the full text is in the preview.
  subtitle: { color: tokens.colorNeutralForeground3, maxHeight: "32px", overflow: "hidden" },
  badges: { display: "flex", columnGap: tokens.spacingHorizontalXS, marginTop: "2px" },
  chevron: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  specs: readonly FigureSpec[];
  query: string;
  onQueryChange: (query: string) => void;
  selectedId: string | undefined;
  onSelect: (spec: FigureSpec) => void;
  /** The button of each item, so that focus can return to it when the preview is closed. */
  itemRefs: React.MutableRefObject<Map<string, HTMLButtonElement>>;
}

export function CatalogueList({ specs, query, onQueryChange, selectedId, onSelect, itemRefs }: Props): React.ReactElement {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const sections = searchCatalogue(specs, query);
  const count = sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <div className={styles.root}>
      <SearchBox
        placeholder="Search figures, tables and facts"
        aria-label="Search the catalogue"
        value={query}
        onChange={(_, data) => onQueryChange(data.value)}
      />
      <Text role="status" size={200} className={styles.empty}>
        {count === 0 ? `Nothing in the catalogue matches “${query.trim()}”.` : query.trim() === "" ? `${count} items` : `${count} of ${specs.length} items match`}
      </Text>
      <nav aria-label="Report catalogue" {...arrows}>
        {sections.map((section) => (
          <section key={section.group} aria-labelledby={`group-${slug(section.group)}`}>
            <h2 id={`group-${slug(section.group)}`} className={styles.heading}>{section.group}</h2>
            <ul className={styles.list}>
              {section.items.map((spec) => (
                <li key={spec.id}>
                  <button
                    type="button"
                    ref={(el) => {
                      if (el) itemRefs.current.set(spec.id, el);
                      else itemRefs.current.delete(spec.id);
                    }}
                    className={mergeClasses(styles.item, spec.id === selectedId && styles.current)}
                    aria-current={spec.id === selectedId ? "true" : undefined}
                    data-item-id={spec.id}
                    onClick={() => onSelect(spec)}
                  >
                    <span className={styles.text}>
                      <span className={styles.title}>{spec.title}</span>
                      <Caption1 className={styles.subtitle}>{spec.subtitle}</Caption1>
                      <span className={styles.badges}>
                        {spec.chart && <Badge appearance="tint" color="informative" size="small">Chart</Badge>}
                        {spec.query.kind === "unavailable" && <Badge appearance="tint" color="warning" size="small">Not insertable</Badge>}
                      </span>
                    </span>
                    <ChevronRight16Regular className={styles.chevron} aria-hidden="true" />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </div>
  );
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
