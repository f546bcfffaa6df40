import * as React from "react";
import { MessageBar, MessageBarBody, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { core } from "../../core/api";
import { bundledDatasetProblem } from "../../core/bundled-dataset";
import { FormulaBuilder } from "../builder/FormulaBuilder";
import { CatalogueView } from "../catalogue/CatalogueView";
import { subscribeOutcomes } from "../../excel/workbook/outcomes";
import { WorkbookView } from "../workbook/WorkbookView";
import { ErrorBoundary } from "./ErrorBoundary";
import { useHost } from "./host-context";
import { PaneHeader } from "./PaneHeader";
import { SelectedCellContext, useTrackedSelectedCell } from "./selected-cell";

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, boxSizing: "border-box",
    minHeight: "100vh", padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

type View = "catalogue" | "builder" | "workbook";

export function App(): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  const selectedCell = useTrackedSelectedCell(host);
  // The core checks and indexes the whole dataset on first use; that waits until the catalogue is on screen.
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
  const [view, setView] = React.useState<View>("catalogue");
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
          <MessageBarBody>{host.reason}</MessageBarBody>
        </MessageBar>
      )}
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label="Views">
        <Tab id="tab-catalogue" value="catalogue" aria-controls="panel-catalogue">Catalogue</Tab>
        <Tab id="tab-builder" value="builder" aria-controls="panel-builder">Formula builder</Tab>
        <Tab id="tab-workbook" value="workbook" aria-controls="panel-workbook">Workbook</Tab>
      </TabList>
      {/* Once shown, both views stay mounted so that switching keeps a half-built formula or an open preview. */}
      <div id="panel-catalogue" role="tabpanel" aria-labelledby="tab-catalogue" hidden={view !== "catalogue"}>
        <ErrorBoundary area="catalogue">
          <CatalogueView />
        </ErrorBoundary>
      </div>
      <div id="panel-builder" role="tabpanel" aria-labelledby="tab-builder" hidden={view !== "builder"}>
        {(builderOpened || view === "builder") && (
          <ErrorBoundary area="formula builder">
            <FormulaBuilder />
          </ErrorBoundary>
        )}
      </div>
      <div id="panel-workbook" role="tabpanel" aria-labelledby="tab-workbook" hidden={view !== "workbook"}>
        <ErrorBoundary area="workbook">
          <WorkbookView onNotice={() => setView("workbook")} />
        </ErrorBoundary>
      </div>
    </main>
    </SelectedCellContext.Provider>
  );
}
