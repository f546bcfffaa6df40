import * as React from "react";
import { Spinner } from "@fluentui/react-components";
import { CATALOGUE, type FigureSpec } from "../../core/report/figures/catalog";
import { useT } from "../i18n/i18n";
import { CatalogueList } from "./CatalogueList";

// A preview needs the dataset, the charts and the insert code: loaded on the first open, not at start-up.
const FigureDetails = React.lazy(() =>
  import(/* webpackChunkName: "preview" */ "./FigureDetails").then((m) => ({ default: m.FigureDetails })),
);

/**
 * The catalogue as a list that drills into one item: a 320-pixel pane has no room for a list and a
 * preview side by side.
 */
export function CatalogueView({
  exerciseItem,
}: {
  /** An item to open with its exercise form, asked for from elsewhere; `at` tells one request from the next. */
  exerciseItem?: { id: string; at: number };
}): React.ReactElement {
  const t = useT();
  const [query, setQuery] = React.useState("");
  const [selected, setSelected] = React.useState<FigureSpec | undefined>();
  const [exerciseOpen, setExerciseOpen] = React.useState<number | undefined>();
  React.useEffect(() => {
    const spec = CATALOGUE.find((s) => s.id === exerciseItem?.id);
    if (!spec || !exerciseItem) return;
    setSelected(spec);
    setExerciseOpen(exerciseItem.at);
  }, [exerciseItem]);
  const [lastViewed, setLastViewed] = React.useState<string | undefined>();
  const itemRefs = React.useRef(new Map<string, HTMLButtonElement>());

  // Back in the list, keyboard focus returns to the item that was open rather than to the top of the pane.
  React.useEffect(() => {
    if (!selected && lastViewed) itemRefs.current.get(lastViewed)?.focus();
  }, [selected, lastViewed]);

  if (selected) {
    return (
      <React.Suspense fallback={<Spinner size="small" label={t("catalogue.opening")} />}>
        <FigureDetails
          spec={selected}
          {...(exerciseOpen !== undefined ? { exerciseOpen } : {})}
          onBack={() => {
            setExerciseOpen(undefined);
            setLastViewed(selected.id);
            setSelected(undefined);
          }}
        />
      </React.Suspense>
    );
  }
  return (
    <CatalogueList
      specs={CATALOGUE}
      query={query}
      onQueryChange={setQuery}
      selectedId={lastViewed}
      onSelect={setSelected}
      itemRefs={itemRefs}
    />
  );
}
