/* Series colours come with the chart model (core/report/figures/chart-model.ts), shared with the Excel writer. */

/** Axis text and gridlines in the neutral greys of Fluent's light theme. */
export const AXIS_TEXT = "#424242";
export const GRIDLINE = "#e0e0e0";
export const BASELINE = "#8a8a8a";
