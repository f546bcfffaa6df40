/**
 * The preview draws with the writer's own house colours, so the chart in the pane and the chart
 * inserted into Excel from the same figure look alike.
 */
export { seriesColour } from "../../excel/house-style";

/** Axis text and gridlines in the neutral greys of Fluent's light theme. */
export const AXIS_TEXT = "#424242";
export const GRIDLINE = "#e0e0e0";
export const BASELINE = "#8a8a8a";
