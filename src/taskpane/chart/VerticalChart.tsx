/**
 * Line, clustered column, 100% stacked column and combo charts (columns on the primary axis, lines on
 * a secondary one): every chart of the catalogue whose categories run along the horizontal axis.
 */
import * as React from "react";
import { tokens } from "@fluentui/react-components";
import { formatTick } from "../format/number-format";
import type { ChartData, ChartSeriesData } from "./chart-data";
import { AXIS_TEXT, BASELINE, GRIDLINE, useSeriesColour } from "./palette";
import { alignedScale, linearScale, textWidth, type LinearScale } from "./scale";
import { labelsToShow, yearAxis } from "./year-axis";

const HEIGHT = 210;
const TOP = 20;
const BOTTOM = 34;
const FONT = 10;

interface Layout {
  left: number;
  right: number;
  top: number;
  bottom: number;
  band: number;
}

function primaryScale(data: ChartData, primary: ChartSeriesData[]): LinearScale {
  if (data.kind === "columnStacked100") return linearScale([], 4, { min: 0, max: 1 });
  return linearScale(primary.flatMap((s) => s.values));
}

/** Path of a line series, broken where a value is missing (a gap shows as a gap) and across an axis break. */
function linePath(
  values: (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
  breakBefore: (i: number) => boolean,
): string {
  let path = "";
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    if (breakBefore(i)) drawing = false;
    path += `${drawing ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

function ValueAxis({
  scale,
  format,
  layout,
  side,
}: {
  scale: LinearScale;
  format: ChartData["yFormat"];
  layout: Layout;
  side: "left" | "right";
}): React.ReactElement {
  const y = (v: number): number => scale.at(v, layout.bottom, layout.top);
  return (
    <g fontSize={FONT} style={{ fill: AXIS_TEXT }} textAnchor={side === "left" ? "end" : "start"}>
      {scale.ticks.map((t) => (
        <g key={t}>
          {side === "left" && (
            <line
              x1={layout.left}
              x2={layout.right}
              y1={y(t)}
              y2={y(t)}
              style={{ stroke: t === 0 ? BASELINE : GRIDLINE }}
              strokeWidth={1}
            />
          )}
          <text x={side === "left" ? layout.left - 4 : layout.right + 4} y={y(t) + 3.5}>
            {formatTick(t, format, scale.step)}
          </text>
        </g>
      ))}
    </g>
  );
}

export function VerticalChart({ data, width }: { data: ChartData; width: number }): React.ReactElement {
  const primary = data.series.filter((s) => s.axis === "primary");
  const secondary = data.series.filter((s) => s.axis === "secondary");
  const yScale = primaryScale(data, primary);
  const y2Scale =
    secondary.length > 0
      ? alignedScale(
          secondary.flatMap((s) => s.values),
          yScale,
        )
      : undefined;
  const y2Format = data.y2Format ?? data.yFormat;
  const tickWidth = (scale: LinearScale, format: ChartData["yFormat"]): number =>
    Math.max(...scale.ticks.map((t) => textWidth(formatTick(t, format, scale.step), FONT)));

  const n = Math.max(1, data.categories.length);
  const left = Math.ceil(tickWidth(yScale, data.yFormat)) + 8;
  const right = width - (y2Scale ? Math.ceil(tickWidth(y2Scale, y2Format)) + 8 : 8);
  // Years are placed to scale (with a break across a long gap); other categories in equal bands.
  const years = yearAxis(data.categories);
  const units = years ? years.span + 1 : n;
  const layout: Layout = { left, right, top: TOP, bottom: HEIGHT - BOTTOM, band: (right - left) / units };
  const y = (v: number): number => yScale.at(v, layout.bottom, layout.top);
  const y2 = (v: number): number => (y2Scale ? y2Scale.at(v, layout.bottom, layout.top) : y(v));
  const mid = (i: number): number => layout.left + ((years ? years.at[i] : i) + 0.5) * layout.band;
  const breaksAt = (years?.breaks ?? []).map((b) => layout.left + (b + 0.5) * layout.band);
  const breakBefore = (i: number): boolean => i > 0 && breaksAt.some((bx) => bx > mid(i - 1) && bx < mid(i));

  const colour = useSeriesColour();
  const columns = data.series.map((s, i) => ({ s, colour: colour(i) })).filter(({ s }) => s.mark === "column");
  const lines = data.series.map((s, i) => ({ s, colour: colour(i) })).filter(({ s }) => s.mark === "line");
  const labelWidth = Math.max(...data.categories.map((c) => textWidth(c, FONT))) + 6;
  const centres = data.categories.map((_, i) => mid(i));
  const afterBreaks = data.categories.map((_, i) => i).filter((i) => breakBefore(i));
  const labelled = labelsToShow(centres, labelWidth, new Set([0, ...afterBreaks]));
  const stacked = data.kind === "columnStacked100";
  const groupWidth = layout.band * (stacked || columns.length === 1 ? 0.6 : 0.8);
  const columnWidth = stacked ? groupWidth : groupWidth / Math.max(1, columns.length);

  return (
    <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <text x={2} y={10} fontSize={FONT} style={{ fill: AXIS_TEXT }}>
        {data.yTitle}
      </text>
      {y2Scale && data.y2Title && (
        <text x={width - 2} y={10} fontSize={FONT} style={{ fill: AXIS_TEXT }} textAnchor="end">
          {data.y2Title}
        </text>
      )}
      <ValueAxis scale={yScale} format={data.yFormat} layout={layout} side="left" />
      {y2Scale && <ValueAxis scale={y2Scale} format={y2Format} layout={layout} side="right" />}
      <g>
        {data.categories.map((_, i) => {
          let base = 0;
          return columns.map(({ s, colour }, j) => {
            const v = s.values[i];
            if (v === null) return null;
            const from = stacked ? base : 0;
            const to = stacked ? base + v : v;
            base = to;
            const x = mid(i) - groupWidth / 2 + (stacked ? 0 : j * columnWidth);
            const scaleY = s.axis === "secondary" ? y2 : y;
            const top = Math.min(scaleY(from), scaleY(to));
            return (
              <rect
                key={`${s.key}-${i}`}
                x={x}
                y={top}
                width={Math.max(1, columnWidth - (stacked ? 0 : 1))}
                height={Math.max(0.5, Math.abs(scaleY(to) - scaleY(from)))}
                fill={colour}
              />
            );
          });
        })}
      </g>
      {lines.map(({ s, colour }) => {
        const scaleY = s.axis === "secondary" ? y2 : y;
        return (
          <g key={s.key} stroke={colour} fill={colour}>
            <path d={linePath(s.values, mid, scaleY, breakBefore)} fill="none" strokeWidth={2} strokeLinejoin="round" />
            {s.values.map((v, i) =>
              v === null ? null : <circle key={i} cx={mid(i)} cy={scaleY(v)} r={2.5} stroke="none" />,
            )}
          </g>
        );
      })}
      {breaksAt.map((bx) => (
        <g key={bx} data-axis-break style={{ stroke: AXIS_TEXT }} strokeWidth={1.2}>
          <rect
            x={bx - 4}
            y={layout.bottom - 3}
            width={8}
            height={6}
            style={{ fill: tokens.colorNeutralBackground1, stroke: "none" }}
          />
          <line x1={bx - 5} y1={layout.bottom + 4} x2={bx - 1} y2={layout.bottom - 4} />
          <line x1={bx + 1} y1={layout.bottom + 4} x2={bx + 5} y2={layout.bottom - 4} />
        </g>
      ))}
      <g fontSize={FONT} style={{ fill: AXIS_TEXT }} textAnchor="middle">
        {data.categories.map((c, i) =>
          labelled.has(i) ? (
            <text key={i} x={mid(i)} y={layout.bottom + 13}>
              {c}
            </text>
          ) : null,
        )}
        <text x={(layout.left + layout.right) / 2} y={HEIGHT - 4}>
          {data.xTitle}
        </text>
      </g>
    </svg>
  );
}
