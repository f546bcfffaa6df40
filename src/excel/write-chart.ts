/**
 * Queues the Office.js calls that draw a planned chart. Every call used here exists in the requirement
 * set the plan was made for: the plan only asks for 1.7 or 1.8 features (a series' points, labels and
 * overlap among them) when the host has them.
 */
import { cellAddress } from "./a1";
import type { ChartPlan, SeriesPlan } from "./chart-plan";
import { NOTE_GREY } from "./house-style";

/** A lower bound's outline: dashed, in the notes' grey, so it shows on every series colour. */
const BOUND_OUTLINE = { color: NOTE_GREY, lineStyle: "Dash", weight: 1.5 } as const;

function styleSeries(series: Excel.ChartSeries, s: SeriesPlan, chart: ChartPlan): void {
  if (s.drawnAs === "line") series.format.line.color = s.colour;
  else series.format.fill.setSolidColor(s.colour);
  if (chart.overlap !== undefined) series.overlap = chart.overlap;
  if (chart.dataLabels) series.hasDataLabels = true;
  for (const i of s.lowerBounds) {
    const point = series.points.getItemAt(i);
    const border = point.format.border;
    border.lineStyle = BOUND_OUTLINE.lineStyle;
    border.color = BOUND_OUTLINE.color;
    border.weight = BOUND_OUTLINE.weight;
    if (chart.boundFormat) point.dataLabel.numberFormat = chart.boundFormat;
  }
}

function explicitSeries(sheet: Excel.Worksheet, chart: Excel.Chart, plan: ChartPlan): void {
  plan.series.forEach((s, i) => {
    // charts.add made the first series from the source range; the others are added by name.
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(sheet.getRange(s.categories));
    if (s.chartType) series.chartType = s.chartType;
    if (s.secondary) series.axisGroup = "Secondary";
    styleSeries(series, s, plan);
  });
}

export function queueChart(sheet: Excel.Worksheet, plan: ChartPlan, name: string): Excel.Chart {
  const chart = sheet.charts.add(plan.type, sheet.getRange(plan.source), "Columns");
  chart.name = name;
  if (plan.method === "explicit") explicitSeries(sheet, chart, plan);
  else plan.series.forEach((s, i) => styleSeries(chart.series.getItemAt(i), s, plan));

  chart.title.text = plan.title;
  chart.axes.categoryAxis.title.text = plan.xTitle;
  if (plan.yearAxis) {
    // Years read as day numbers one apart, so a date axis spaces them by year; "0" labels them as years.
    const axis = chart.axes.categoryAxis;
    axis.categoryType = "DateAxis";
    axis.baseTimeUnit = "Days";
    axis.numberFormat = "0";
  }
  chart.axes.valueAxis.title.text = plan.yTitle;
  if (plan.yFormat) chart.axes.valueAxis.numberFormat = plan.yFormat;
  if (plan.secondaryAxis) {
    // Only planned when series.axisGroup (1.8) exists, so axes.getItem (1.7) does too.
    const axis = chart.axes.getItem("Value", "Secondary");
    if (plan.secondaryAxis.title) axis.title.text = plan.secondaryAxis.title;
    if (plan.secondaryAxis.format) axis.numberFormat = plan.secondaryAxis.format;
  }
  chart.legend.visible = plan.legend;
  if (plan.legend) chart.legend.position = "Bottom";

  chart.setPosition(sheet.getRange(cellAddress(plan.frame.row, plan.frame.col)));
  chart.width = plan.frame.width;
  chart.height = plan.frame.height;
  return chart;
}
