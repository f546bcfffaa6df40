import type { ChartKind } from "../../core/report/figures/figure-types";
import type { ChartData } from "./chart-data";

const KIND_NAMES: Record<ChartKind, string> = {
  line: "Line chart",
  columnClustered: "Clustered column chart",
  columnStacked100: "100% stacked column chart",
  barClustered: "Clustered bar chart",
  combo: "Combination chart",
};

/** The text a screen reader hears for the chart; the numbers themselves are in the table below it. */
export function describeChart(data: ChartData): string {
  const first = data.categories[0];
  const last = data.categories[data.categories.length - 1];
  const series = data.series.map((s) => (s.axis === "secondary" ? `${s.name} (right axis)` : s.name)).join(", ");
  const span = data.categories.length > 1 ? `${first} to ${last}` : (first ?? "no categories");
  const groups = data.sharedSlot ? " Each category has one bar, coloured by series." : "";
  const bounds = data.lowerBounds.some(Boolean)
    ? " Values marked “>” are lower bounds: the report says “more than”."
    : "";
  return (
    `${KIND_NAMES[data.kind]} of ${series} by ${data.xTitle.toLowerCase()}, ${span}.${groups}${bounds} The table ` +
    `below holds the values.`
  );
}
