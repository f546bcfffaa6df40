/**
 * Chart colours. On a light pane the preview draws with the writer's own house colours, so the chart in
 * the pane and the chart inserted into Excel look alike; on a dark pane each has a lighter counterpart
 * of the same hue. Every colour keeps at least 3:1 contrast with its background (tested).
 */
import { tokens } from "@fluentui/react-components";
import { useContext } from "react";
import { PALETTE } from "../../core/report/figures/chart-model";
import { DarkPaneContext } from "../app/dark-pane";

export const DARK_PALETTE = [
  "#5CC4D2",
  "#F2B441",
  "#B7C2C9",
  "#9EDCE5",
  "#E39A5A",
  "#7FD3C8",
  "#F6D98F",
  "#8FD19E",
] as const;

export function useSeriesColour(): (index: number) => string {
  const palette = useContext(DarkPaneContext) ? DARK_PALETTE : PALETTE;
  return (index) => palette[index % palette.length];
}

/** Axis text and gridlines follow the theme's neutral colours (CSS variables, so set through style). */
export const AXIS_TEXT = tokens.colorNeutralForeground2;
export const GRIDLINE = tokens.colorNeutralStroke2;
export const BASELINE = tokens.colorNeutralStrokeAccessible;
