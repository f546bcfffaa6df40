import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { CatalogueView } from "../catalogue/CatalogueView";
import { subscribeOutcomes } from "../../excel/workbook/outcomes";
import { ErrorBoundary } from "./ErrorBoundary";
import { useHost } from "./host-context";
import { useT } from "../i18n/i18n";
import { loadAfterFirstScreen } from "./load-later";
import { PaneHeader } from "./PaneHeader";
import { SelectedCellContext, useTrackedSelectedCell } from "./selected-cell";

// Not needed to browse: loaded when the tab is first opened.
const FormulaBuilder = React.lazy(() =>
  import(/* webpackChunkName: "builder" */ "../builder/FormulaBuilder").then((m) => ({ default: m.FormulaBuilder })),
);

// Reads the workbook and the dataset: drawn once the first screen is up (or when its tab is opened first).
const WorkbookView = React.lazy(() =>
  import(/* webpackChunkName: "workbook" */ "../workbook/WorkbookView").then((m) => ({ default: m.WorkbookView })),
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    boxSizing: "border-box",
    minHeight: "100vh",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Three tabs fit a 350-pixel pane only at the small size.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
});

type View = "catalogue" | "builder" | "workbook";

export function App(): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  const t = useT();
  const selectedCell = useTrackedSelectedCell(host);
  // The dataset (with the custom functions) loads once the catalogue is on screen (see Root); then the
  // edition is known, or the problem with a dataset that fails its check.
  const [edition, setEdition] = React.useState<string | undefined>();
  const [problem, setProblem] = React.useState<string | undefined>();
  const [loaded, setLoaded] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    void loadAfterFirstScreen().then((state) => {
      if (!live) return;
      setEdition(state.edition);
      setProblem(state.problem);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);
  const [view, setView] = React.useState<View>("catalogue");
  // A catalogue item opened from elsewhere (an inserted table in the Workbook view), with its exercise form.
  const [exerciseItem, setExerciseItem] = React.useState<{ id: string; at: number } | undefined>();
  // The builder is first drawn when first opened (it is not needed to browse), then kept.
  const [builderOpened, setBuilderOpened] = React.useState(false);
  React.useEffect(() => {
    if (view === "builder") setBuilderOpened(true);
  }, [view]);
  // What ran without the pane (a ribbon button, the repair when the workbook opened) is reported in the Workbook view.
  React.useEffect(() => subscribeOutcomes(() => setView("workbook")), []);
  return (
    <SelectedCellContext.Provider value={selectedCell}>
      <main className={styles.root}>
        <PaneHeader edition={edition} problem={problem} />
        {host.kind === "preview" && (
          <MessageBar intent="info" layout="multiline" data-preview-mode>
            <MessageBarBody>{t(host.reason, { detail: host.detail ?? "" })}</MessageBarBody>
          </MessageBar>
        )}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={view}
          onTabSelect={(_, d) => setView(d.value as View)}
          aria-label={t("app.views")}
        >
          <Tab id="tab-catalogue" value="catalogue" aria-controls="panel-catalogue">
            {t("app.tab.catalogue")}
          </Tab>
          <Tab id="tab-builder" value="builder" aria-controls="panel-builder">
            {t("app.tab.builder")}
          </Tab>
          <Tab id="tab-workbook" value="workbook" aria-controls="panel-workbook">
            {t("app.tab.workbook")}
          </Tab>
        </TabList>
        {/* Once shown, both views stay mounted so that switching keeps a half-built formula or an open preview. */}
        <div id="panel-catalogue" role="tabpanel" aria-labelledby="tab-catalogue" hidden={view !== "catalogue"}>
          <ErrorBoundary area={t("app.area.catalogue")}>
            <CatalogueView {...(exerciseItem ? { exerciseItem } : {})} />
          </ErrorBoundary>
        </div>
        <div id="panel-builder" role="tabpanel" aria-labelledby="tab-builder" hidden={view !== "builder"}>
          {(builderOpened || view === "builder") && (
            <ErrorBoundary area={t("app.area.builder")}>
              <React.Suspense fallback={<Spinner size="small" label={t("app.opening.builder")} />}>
                <FormulaBuilder />
              </React.Suspense>
            </ErrorBoundary>
          )}
        </div>
        <div id="panel-workbook" role="tabpanel" aria-labelledby="tab-workbook" hidden={view !== "workbook"}>
          {(loaded || view === "workbook") && (
            <ErrorBoundary area={t("app.area.workbook")}>
              <React.Suspense fallback={<Spinner size="small" label={t("app.opening.workbook")} />}>
                <WorkbookView
                  onNotice={() => setView("workbook")}
                  onMakeExercise={(id) => {
                    setExerciseItem({ id, at: Date.now() });
                    setView("catalogue");
                  }}
                />
              </React.Suspense>
            </ErrorBoundary>
          )}
        </div>
      </main>
    </SelectedCellContext.Provider>
  );
}
