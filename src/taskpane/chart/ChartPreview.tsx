import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Figure } from "../../core/report/figures/figure-types";
import { BarChart } from "./BarChart";
import { chartDataOf } from "./chart-data";
import { ChartLegend } from "./ChartLegend";
import { describeChart } from "./describe-chart";
import { useT } from "../i18n/i18n";
import { useElementWidth } from "./use-element-width";
import { VerticalChart } from "./VerticalChart";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  canvas: { width: "100%", overflow: "hidden" },
});

export function ChartPreview({ figure }: { figure: Figure }): React.ReactElement | null {
  const styles = useStyles();
  const t = useT();
  const data = React.useMemo(() => chartDataOf(figure), [figure]);
  const [ref, width] = useElementWidth<HTMLDivElement>(360);
  if (!data) return null;
  return (
    <figure className={styles.figure} data-chart-kind={data.kind}>
      <div ref={ref} className={styles.canvas} role="img" aria-label={describeChart(data, t)}>
        {data.kind === "barClustered" ? (
          <BarChart data={data} width={width} />
        ) : (
          <VerticalChart data={data} width={width} />
        )}
      </div>
      <ChartLegend data={data} />
    </figure>
  );
}
