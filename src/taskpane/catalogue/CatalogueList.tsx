import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Link,
  SearchBox,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { ChevronRight16Regular } from "@fluentui/react-icons";
import type { FigureSpec } from "../../core/report/figures/catalog";
import { SEARCH_EXAMPLES, catalogueSections } from "./catalogue-sections";
import { useHeadingText, useT } from "../i18n/i18n";
import { useCatalogueSearch } from "./use-catalogue-search";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  // Two lines of subtitle at most, ending in an ellipsis: the full text is in the preview.
  subtitle: {
    color: tokens.colorNeutralForeground3,
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  group: { color: tokens.colorNeutralForeground2 },
  badges: { display: "flex", columnGap: tokens.spacingHorizontalXS, marginTop: "2px" },
  chevron: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground2 },
  nothing: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  examples: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
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

function Item({
  spec,
  selectedId,
  onSelect,
  itemRefs,
  showGroup,
}: Omit<Props, "specs" | "query" | "onQueryChange"> & { spec: FigureSpec; showGroup: boolean }): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const shown = useHeadingText()(spec);
  return (
    <li>
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
          <span className={styles.title}>{shown.title}</span>
          <Caption1 className={styles.subtitle}>{shown.subtitle}</Caption1>
          <span className={styles.badges}>
            {showGroup && <Caption1 className={styles.group}>{shown.group}</Caption1>}
            {spec.chart && (
              <Badge appearance="tint" color="informative" size="small">
                {t("list.chart")}
              </Badge>
            )}
            {spec.query.kind === "unavailable" && (
              <Badge appearance="tint" color="warning" size="small">
                {t("list.notInsertable")}
              </Badge>
            )}
          </span>
        </span>
        <ChevronRight16Regular className={styles.chevron} aria-hidden="true" />
      </button>
    </li>
  );
}

function NothingFound({
  query,
  didYouMean,
  onQueryChange,
}: {
  query: string;
  didYouMean: string | undefined;
  onQueryChange: (q: string) => void;
}): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.nothing} data-search-empty>
      {didYouMean && (
        <Text>
          {t("list.didYouMean")}{" "}
          <Link as="button" inline onClick={() => onQueryChange(didYouMean)}>
            {didYouMean}
          </Link>
          ?
        </Text>
      )}
      <Text size={200} className={styles.empty}>
        {t("list.searchHelp")}
      </Text>
      <div className={styles.examples}>
        {SEARCH_EXAMPLES.filter((e) => e !== query.trim()).map((e) => (
          <Button key={e} size="small" appearance="secondary" shape="circular" onClick={() => onQueryChange(e)}>
            {e}
          </Button>
        ))}
      </div>
    </div>
  );
}

export function CatalogueList({
  specs,
  query,
  onQueryChange,
  selectedId,
  onSelect,
  itemRefs,
}: Props): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const groupName = useHeadingText().group;
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const result = useCatalogueSearch(specs, query);
  const found = result === "loading" ? undefined : result;
  const count = found ? found.hits.length : specs.length;
  const itemProps = { selectedId, onSelect, itemRefs };
  return (
    <div className={styles.root}>
      <SearchBox
        placeholder={t("list.placeholder")}
        aria-label={t("list.searchLabel")}
        value={query}
        onChange={(_, data) => onQueryChange(data.value)}
      />
      <Text role="status" size={200} className={styles.empty}>
        {result === "loading"
          ? t("list.searching")
          : !found
            ? t("list.count", { n: count })
            : count === 0
              ? t("list.nothing", { query: query.trim() })
              : t("list.matches", { n: count, total: specs.length })}
      </Text>
      <nav aria-label={t("list.nav")} {...arrows}>
        {found && found.hits.length > 0 && (
          <section aria-labelledby="group-results">
            <h2 id="group-results" className={styles.heading}>
              {t("list.best")}
            </h2>
            <ul className={styles.list}>
              {found.hits.map((spec) => (
                <Item key={spec.id} spec={spec} showGroup {...itemProps} />
              ))}
            </ul>
          </section>
        )}
        {result === undefined &&
          catalogueSections(specs).map((section) => (
            <section key={section.group} aria-labelledby={`group-${slug(section.group)}`}>
              <h2 id={`group-${slug(section.group)}`} className={styles.heading}>
                {groupName(section.group)}
              </h2>
              <ul className={styles.list}>
                {section.items.map((spec) => (
                  <Item key={spec.id} spec={spec} showGroup={false} {...itemProps} />
                ))}
              </ul>
            </section>
          ))}
      </nav>
      {found && found.hits.length === 0 && (
        <NothingFound query={query} didYouMean={found.didYouMean} onQueryChange={onQueryChange} />
      )}
    </div>
  );
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");
