import type { ChartData } from "./chart-data";
import { message, type Translate } from "../i18n/i18n";

/** The text a screen reader hears for the chart; the numbers themselves are in the table below it. */
export function describeChart(data: ChartData, t: Translate = (key, vars) => message("en", key, vars)): string {
  const first = data.categories[0];
  const last = data.categories[data.categories.length - 1];
  const series = data.series
    .map((s) => (s.axis === "secondary" ? `${s.name}${t("chart.rightAxis")}` : s.name))
    .join(t("chart.seriesJoin"));
  const span = data.categories.length > 1 ? t("chart.span", { first, last }) : String(first ?? t("chart.noCategories"));
  const groups = data.sharedSlot ? t("chart.sharedSlot") : "";
  const bounds = data.lowerBounds.some(Boolean) ? t("chart.bounds") : "";
  return t("chart.describe", {
    kind: t(`chart.kind.${data.kind}`),
    series,
    x: data.xTitle.toLowerCase(),
    span,
    groups,
    bounds,
  });
}
