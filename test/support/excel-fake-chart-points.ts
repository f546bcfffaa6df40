/**
 * A chart series' points in the Excel fake: each point's border and data label, gated on the requirement
 * sets Microsoft documents (points and getItemAt: 1.1; a point's border, hasDataLabel and dataLabel, and
 * a data label's showValue: 1.7; a data label's numberFormat: 1.8). A point index past the series' values
 * fails as Excel fails it.
 */
import { FakeCollection, type FakeRequestContext } from "./excel-fake-context";
import { invalidArgument, itemNotFound } from "./excel-fake-errors";
import type { PointModel, SeriesModel } from "./excel-fake-model";
import type { Locate } from "./excel-fake-makers";
import { FakeProperties } from "./excel-fake-properties";

const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Grey25", "Grey50", "Grey75"];
const BORDER_STYLES = [...LINE_STYLES, "Automatic", "RoundDot"];

type Border = NonNullable<PointModel["border"]>;

export class FakeChartBorder extends FakeProperties<Border> {
  protected readonly entity = "ChartBorder";
  protected readonly scalars = ["color", "lineStyle", "weight"] as const;
  protected override readonly newer = { color: "1.7", lineStyle: "1.7", weight: "1.7" };
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.store("color", v);
  }
  get lineStyle(): string {
    return this.read("lineStyle");
  }
  set lineStyle(v: string) {
    if (!BORDER_STYLES.includes(v)) throw invalidArgument("ChartBorder.lineStyle", `"${v}" is not a line style`);
    this.store("lineStyle", v);
  }
  get weight(): number {
    return this.read("weight");
  }
  set weight(v: number) {
    if (!(v >= 0)) throw invalidArgument("ChartBorder.weight", `${v} is not a line weight`);
    this.store("weight", v);
  }
}

export class FakeChartPointFormat extends FakeProperties<PointModel> {
  protected readonly entity = "ChartPointFormat";
  protected readonly scalars = [] as const;
  get border(): FakeChartBorder {
    this.ctx.checkRequirement("ChartPointFormat.border", "1.7");
    return this.child(
      "border",
      () =>
        new FakeChartBorder(
          this.ctx,
          () => {
            const point = this.locate();
            point.border ??= {};
            return point.border;
          },
          () => `${this.describe()} border`,
        ),
    );
  }
}

export class FakeChartDataLabel extends FakeProperties<PointModel> {
  protected readonly entity = "ChartDataLabel";
  protected readonly scalars = ["numberFormat", "showValue"] as const;
  protected override readonly newer = { numberFormat: "1.8", showValue: "1.7" };
  protected override snapshot(property: string): unknown {
    const point = this.locate();
    return property === "numberFormat" ? point.labelFormat : point.hasDataLabel === true;
  }
  get numberFormat(): string {
    return this.read("numberFormat");
  }
  set numberFormat(v: string) {
    this.assign("numberFormat", v, () => {
      this.locate().labelFormat = v;
    });
  }
  get showValue(): boolean {
    return this.read("showValue");
  }
  set showValue(v: boolean) {
    this.assign("showValue", v, () => {
      this.locate().hasDataLabel = v;
    });
  }
}

export class FakeChartPoint extends FakeProperties<PointModel> {
  protected readonly entity = "ChartPoint";
  protected readonly scalars = ["hasDataLabel"] as const;
  protected override readonly newer = { hasDataLabel: "1.7" };
  get hasDataLabel(): boolean {
    return this.read("hasDataLabel");
  }
  set hasDataLabel(v: boolean) {
    this.store("hasDataLabel", v);
  }
  get format(): FakeChartPointFormat {
    return this.child("format", () => new FakeChartPointFormat(this.ctx, this.locate, () => this.describe()));
  }
  get dataLabel(): FakeChartDataLabel {
    this.ctx.checkRequirement("ChartPoint.dataLabel", "1.7");
    return this.child(
      "dataLabel",
      () => new FakeChartDataLabel(this.ctx, this.locate, () => `${this.describe()} data label`),
    );
  }
}

/** How many points a series has: one per cell of its values. */
function pointCount(series: SeriesModel): number {
  return series.values ? series.values.rect.height * series.values.rect.width : 0;
}

export class FakeChartPoints extends FakeCollection<FakeChartPoint> {
  protected readonly entity = "ChartPointsCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly series: Locate<SeriesModel>,
    private readonly label: () => string,
  ) {
    super(ctx);
  }

  describe(): string {
    return `${this.label()} points`;
  }

  private proxy(index: number): FakeChartPoint {
    return new FakeChartPoint(
      this.ctx,
      () => {
        const s = this.series();
        if (!Number.isInteger(index) || index < 0 || index >= pointCount(s))
          throw itemNotFound("ChartPointsCollection.getItemAt", `the series has no point ${index}`);
        s.points ??= {};
        s.points[index] ??= {};
        return s.points[index];
      },
      () => `${this.label()} point ${index + 1}`,
    );
  }

  protected currentItems(): FakeChartPoint[] {
    return Array.from({ length: pointCount(this.series()) }, (_, i) => this.proxy(i));
  }

  getItemAt(index: number): FakeChartPoint {
    this.navigate("getItemAt", [index]);
    return this.proxy(index);
  }
}
