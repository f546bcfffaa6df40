/**
 * Clustered bar charts. A narrow pane has no room for long category names beside the bars, so each
 * category's name is written above its bars, across the full width.
 */
import * as React from "react";
import { formatNumber, formatTick } from "../format/number-format";
import type { ChartData } from "./chart-data";
import { AXIS_TEXT, BASELINE, GRIDLINE, useSeriesColour } from "./palette";
import { linearScale, textWidth } from "./scale";

const FONT = 10;
const LABEL = 14;
const BAR = 9;
const GAP = 8;
const AXIS = 30;
const PAD = 4;

/** Cuts a label to what fits in `width`, marking the cut; the full name stays in the table. */
function fit(label: string, width: number): string {
  const chars = Math.floor(width / (FONT * 0.58));
  return label.length <= chars ? label : `${label.slice(0, Math.max(1, chars - 1))}…`;
}

/** A lower bound's bar runs on past its value, dashed, into an arrowhead: "at least this much". */
const BOUND_TAIL = 10;

export function BarChart({ data, width }: { data: ChartData; width: number }): React.ReactElement {
  const colour = useSeriesColour();
  const scale = linearScale(data.series.flatMap((s) => s.values));
  const valueText = (v: number, bound: boolean): string => `${bound ? "> " : ""}${formatNumber(v, data.yFormat)}`;
  const valueRoom =
    Math.max(
      ...data.series.flatMap((s) =>
        s.values.map((v, i) =>
          v === null ? 0 : textWidth(valueText(v, s.lowerBounds[i]), FONT) + (s.lowerBounds[i] ? BOUND_TAIL : 0),
        ),
      ),
    ) + 6;
  // Series that never share a category (Figure 1's two trade directions) share one slot per category.
  const slots = data.sharedSlot ? 1 : data.series.length;
  // Half the first tick label hangs left of the zero line.
  const left = Math.max(4, textWidth(formatTick(scale.ticks[0] ?? 0, data.yFormat, scale.step), FONT) / 2 + 2);
  const right = width - Math.max(24, valueRoom);
  const x = (v: number): number => scale.at(v, left, right);
  const rowHeight = LABEL + slots * (BAR + 1) + GAP;
  const plotHeight = PAD + data.categories.length * rowHeight;
  const height = plotHeight + AXIS;

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <g fontSize={FONT} style={{ fill: AXIS_TEXT }} textAnchor="middle">
        {scale.ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={plotHeight} style={{ stroke: t === 0 ? BASELINE : GRIDLINE }} />
            <text x={x(t)} y={plotHeight + 12}>
              {formatTick(t, data.yFormat, scale.step)}
            </text>
          </g>
        ))}
        <text x={(left + right) / 2} y={height - 4}>
          {data.yTitle}
        </text>
      </g>
      {data.categories.map((category, i) => {
        const top = PAD + i * rowHeight;
        return (
          <g key={i}>
            <text x={2} y={top + LABEL - 4} fontSize={FONT} style={{ fill: AXIS_TEXT }}>
              {fit(category, width - 2)}
            </text>
            {data.series.map((s, j) => {
              const v = s.values[i];
              if (v === null) return null;
              const barTop = top + LABEL + (data.sharedSlot ? 0 : j) * (BAR + 1);
              const start = Math.min(x(0), x(v));
              const end = Math.max(x(0), x(v));
              const fill = colour(j);
              const bound = s.lowerBounds[i];
              const mid = barTop + BAR / 2;
              return (
                <g key={s.key} data-lower-bound={bound ? "" : undefined}>
                  <rect x={start} y={barTop} width={Math.max(0.5, end - start)} height={BAR} fill={fill} />
                  {bound && (
                    <g stroke={fill} fill={fill}>
                      <line
                        x1={end}
                        x2={end + BOUND_TAIL - 4}
                        y1={mid}
                        y2={mid}
                        strokeWidth={2}
                        strokeDasharray="2 2"
                      />
                      <path
                        d={
                          `M${end + BOUND_TAIL - 4},${barTop} L${end + BOUND_TAIL},${mid} ` +
                          `L${end + BOUND_TAIL - 4},${barTop + BAR} Z`
                        }
                        stroke="none"
                      />
                    </g>
                  )}
                  <text
                    x={end + (bound ? BOUND_TAIL : 0) + 3}
                    y={barTop + BAR - 1}
                    fontSize={FONT - 1}
                    style={{ fill: AXIS_TEXT }}
                  >
                    {valueText(v, bound)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
