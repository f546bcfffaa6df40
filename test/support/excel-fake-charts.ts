/**
 * Chart proxies of the Excel fake, with each API gated on the requirement set Microsoft documents
 * for it (series.add/setValues/setXAxisValues/chartType and axes.getItem: 1.7; axisGroup and axis
 * numberFormat: 1.8), so a writer that calls a newer API on an older host fails here as in Excel.
 */
import { FakeChartPoints } from "./excel-fake-chart-points";
import { FakeClientResult, FakeCollection, type FakeRequestContext } from "./excel-fake-context";
import { invalidArgument, itemNotFound } from "./excel-fake-errors";
import type { AxisModel, ChartModel, RangeRef, SeriesModel, SheetModel } from "./excel-fake-model";
import type { Locate } from "./excel-fake-makers";
import { FakeProperties } from "./excel-fake-properties";
import { FakeRange } from "./excel-fake-range";

function rangeArg(
  arg: FakeRange | string,
  sheet: SheetModel,
  ctxModel: { ref(a: string, s: SheetModel): RangeRef },
): RangeRef {
  return typeof arg === "string" ? ctxModel.ref(arg, sheet) : arg.resolve();
}

export class FakeChartTitle extends FakeProperties<{ title?: string }> {
  protected readonly entity = "ChartTitle";
  protected readonly scalars = ["text"] as const;
  protected override snapshot(): unknown {
    return this.locate().title;
  }
  get text(): string {
    return this.read("text");
  }
  set text(v: string) {
    this.assign("text", v, () => {
      this.locate().title = v;
    });
  }
}

export class FakeChartLegend extends FakeProperties<ChartModel["legend"]> {
  protected readonly entity = "ChartLegend";
  protected readonly scalars = ["position", "visible"] as const;
  get position(): string {
    return this.read("position");
  }
  set position(v: string) {
    if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(v))
      throw invalidArgument("ChartLegend.position", `"${v}" is not a legend position`);
    this.store("position", v);
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.store("visible", v);
  }
}

export class FakeChartAxisTitle extends FakeProperties<AxisModel> {
  protected readonly entity = "ChartAxisTitle";
  protected readonly scalars = ["text"] as const;
  protected override snapshot(): unknown {
    return this.locate().title;
  }
  get text(): string {
    return this.read("text");
  }
  set text(v: string) {
    this.assign("text", v, () => {
      this.locate().title = v;
    });
  }
}

export class FakeChartAxis extends FakeProperties<AxisModel> {
  protected readonly entity = "ChartAxis";
  protected readonly scalars = ["numberFormat", "categoryType", "baseTimeUnit"] as const;
  protected override readonly newer = { numberFormat: "1.8", categoryType: "1.7", baseTimeUnit: "1.7" };
  get categoryType(): string {
    return this.read("categoryType");
  }
  set categoryType(v: string) {
    if (!["Automatic", "TextAxis", "DateAxis"].includes(v))
      throw invalidArgument("ChartAxis.categoryType", `"${v}" is not a category type`);
    this.store("categoryType", v);
  }
  get baseTimeUnit(): string {
    return this.read("baseTimeUnit");
  }
  set baseTimeUnit(v: string) {
    if (!["Days", "Months", "Years"].includes(v))
      throw invalidArgument("ChartAxis.baseTimeUnit", `"${v}" is not a time unit`);
    this.store("baseTimeUnit", v);
  }
  get numberFormat(): string {
    return this.read("numberFormat");
  }
  set numberFormat(v: string) {
    this.store("numberFormat", v);
  }
  get title(): FakeChartAxisTitle {
    return this.child("title", () => new FakeChartAxisTitle(this.ctx, this.locate, () => `${this.describe()} title`));
  }
}

export class FakeChartAxes extends FakeProperties<ChartModel> {
  protected readonly entity = "ChartAxes";
  protected readonly scalars = [] as const;

  private axis(name: string, pick: (c: ChartModel) => AxisModel): FakeChartAxis {
    return this.child(
      name,
      () =>
        new FakeChartAxis(
          this.ctx,
          () => pick(this.locate()),
          () => `${this.locate().name} ${name}`,
        ),
    );
  }

  get categoryAxis(): FakeChartAxis {
    return this.axis("categoryAxis", (c) => c.axes.category);
  }
  get valueAxis(): FakeChartAxis {
    return this.axis("valueAxis", (c) => c.axes.value);
  }

  /** The secondary value axis exists only once a series is on it, as in Excel. */
  getItem(type: string, group = "Primary"): FakeChartAxis {
    this.navigate("getItem", [type, group], "1.7");
    return new FakeChartAxis(
      this.ctx,
      () => {
        const chart = this.locate();
        if (type === "Category" && group === "Primary") return chart.axes.category;
        if (type === "Value" && group === "Primary") return chart.axes.value;
        if (type === "Value" && group === "Secondary" && chart.series.some((s) => s.axisGroup === "Secondary"))
          return chart.axes.secondaryValue;
        throw itemNotFound("ChartAxes.getItem", `the chart has no ${group} ${type} axis`);
      },
      () => `${this.locate().name} ${group} ${type} axis`,
    );
  }
}

export class FakeChartFill extends FakeProperties<SeriesModel> {
  protected readonly entity = "ChartFill";
  protected readonly scalars = [] as const;
  setSolidColor(color: string): void {
    this.invoke("setSolidColor", [color], () => {
      this.locate().fill = color;
    });
  }
}

export class FakeChartLine extends FakeProperties<SeriesModel> {
  protected readonly entity = "ChartLineFormat";
  protected readonly scalars = ["color"] as const;
  protected override snapshot(): unknown {
    return this.locate().lineColor;
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.assign("color", v, () => {
      this.locate().lineColor = v;
    });
  }
}

export class FakeSeriesFormat extends FakeProperties<SeriesModel> {
  protected readonly entity = "ChartSeriesFormat";
  protected readonly scalars = [] as const;
  get fill(): FakeChartFill {
    return this.child("fill", () => new FakeChartFill(this.ctx, this.locate, () => this.describe()));
  }
  get line(): FakeChartLine {
    return this.child("line", () => new FakeChartLine(this.ctx, this.locate, () => this.describe()));
  }
}

export class FakeSeries extends FakeProperties<SeriesModel> {
  protected readonly entity = "ChartSeries";
  protected readonly scalars = ["name", "chartType", "axisGroup", "hasDataLabels", "overlap"] as const;

  constructor(
    ctx: FakeRequestContext,
    locate: Locate<SeriesModel>,
    label: () => string,
    private readonly chart: Locate<ChartModel>,
  ) {
    super(ctx, locate, label);
  }

  protected override readonly newer = { chartType: "1.7", axisGroup: "1.8", hasDataLabels: "1.7", overlap: "1.8" };

  protected override snapshot(property: string): unknown {
    const s = this.locate();
    if (property === "chartType") return s.chartType ?? this.chart().type;
    if (property === "hasDataLabels") return s.hasDataLabels === true;
    if (property === "overlap") return s.overlap ?? 0;
    return super.snapshot(property);
  }

  get hasDataLabels(): boolean {
    return this.read("hasDataLabels");
  }
  set hasDataLabels(v: boolean) {
    this.store("hasDataLabels", v);
  }
  /** Bar and column charts only, from -100 to 100, as in Excel. */
  get overlap(): number {
    return this.read("overlap");
  }
  set overlap(v: number) {
    if (!Number.isInteger(v) || v < -100 || v > 100)
      throw invalidArgument("ChartSeries.overlap", `${v} is not an overlap from -100 to 100`);
    this.assign("overlap", v, () => {
      const type = this.locate().chartType ?? this.chart().type;
      if (!/^(Bar|Column)/.test(type)) throw invalidArgument("ChartSeries.overlap", `a ${type} series has no overlap`);
      this.locate().overlap = v;
    });
  }
  get points(): FakeChartPoints {
    return this.child("points", () => new FakeChartPoints(this.ctx, this.locate, () => this.describe()));
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.store("name", v);
  }
  get chartType(): string {
    return this.read("chartType");
  }
  set chartType(v: string) {
    this.store("chartType", v);
  }
  get axisGroup(): "Primary" | "Secondary" {
    return this.read("axisGroup");
  }
  set axisGroup(v: "Primary" | "Secondary") {
    if (v !== "Primary" && v !== "Secondary")
      throw invalidArgument("ChartSeries.axisGroup", `"${String(v)}" is not an axis group`);
    this.store("axisGroup", v);
  }

  setValues(source: FakeRange): void {
    this.invoke(
      "setValues",
      [source],
      () => {
        this.locate().values = source.resolve();
      },
      "1.7",
    );
  }

  /**
   * The series' values or categories as texts (ExcelApi 1.12); without category cells Excel numbers the
   * points 1, 2, 3…
   */
  getDimensionValues(dimension: string): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>("ChartSeries.getDimensionValues");
    this.invoke(
      "getDimensionValues",
      [dimension],
      () => {
        const s = this.locate();
        const cells = (ref: RangeRef | undefined): string[] =>
          ref
            ? this.model
                .readValues(ref)
                .flat()
                .map((v) => (v === null ? "" : String(v)))
            : [];
        const values = cells(s.values);
        if (dimension === "Values") result.set(values);
        else if (dimension === "Categories" || dimension === "XValues")
          result.set(s.xValues ? cells(s.xValues) : values.map((_, i) => String(i + 1)));
        else throw invalidArgument("ChartSeries.getDimensionValues", `"${dimension}" is not a dimension emulated`);
      },
      "1.12",
    );
    return result;
  }

  setXAxisValues(source: FakeRange): void {
    this.invoke(
      "setXAxisValues",
      [source],
      () => {
        this.locate().xValues = source.resolve();
      },
      "1.7",
    );
  }

  delete(): void {
    this.invoke(
      "delete",
      [],
      () => {
        const chart = this.chart();
        chart.series.splice(chart.series.indexOf(this.locate()), 1);
      },
      "1.7",
    );
  }

  get format(): FakeSeriesFormat {
    return this.child("format", () => new FakeSeriesFormat(this.ctx, this.locate, () => this.describe()));
  }
}

export class FakeSeriesCollection extends FakeCollection<FakeSeries> {
  protected readonly entity = "ChartSeriesCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly chart: Locate<ChartModel>,
  ) {
    super(ctx);
  }

  describe(): string {
    return `${this.chart().name} series`;
  }

  private proxy(locate: Locate<SeriesModel>): FakeSeries {
    return new FakeSeries(
      this.ctx,
      locate,
      () => `${this.chart().name} series ${this.chart().series.indexOf(locate()) + 1}`,
      this.chart,
    );
  }

  protected currentItems(): FakeSeries[] {
    return this.chart().series.map((s) => this.proxy(() => s));
  }

  getItemAt(index: number): FakeSeries {
    this.navigate("getItemAt", [index]);
    return this.proxy(() => {
      const s = this.chart().series[index];
      if (!s) throw itemNotFound("ChartSeriesCollection.getItemAt", `the chart has no series ${index}`);
      return s;
    });
  }

  add(name?: string): FakeSeries {
    let created: SeriesModel | undefined;
    this.invoke(
      "add",
      name === undefined ? [] : [name],
      () => {
        const chart = this.chart();
        created = { name: name ?? `Series${chart.series.length + 1}`, axisGroup: "Primary" };
        chart.series.push(created);
      },
      "1.7",
    );
    return this.proxy(() => {
      if (!created) throw invalidArgument("ChartSeriesCollection.add", "the new series was used before the add ran");
      return created;
    });
  }
}

export class FakeChart extends FakeProperties<ChartModel> {
  protected readonly entity = "Chart";
  protected readonly scalars = ["name", "chartType", "width", "height"] as const;

  protected override readonly newer = { chartType: "1.7" };

  protected override snapshot(property: string): unknown {
    if (property === "chartType") return this.locate().type;
    return super.snapshot(property);
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.store("name", v);
  }
  get chartType(): string {
    return this.read("chartType");
  }
  set chartType(v: string) {
    this.assign("chartType", v, () => {
      this.locate().type = v;
    });
  }
  get width(): number {
    return this.read("width");
  }
  set width(v: number) {
    this.store("width", v);
  }
  get height(): number {
    return this.read("height");
  }
  set height(v: number) {
    this.store("height", v);
  }

  get title(): FakeChartTitle {
    return this.child("title", () => new FakeChartTitle(this.ctx, this.locate, () => `${this.describe()} title`));
  }
  get legend(): FakeChartLegend {
    return this.child(
      "legend",
      () =>
        new FakeChartLegend(
          this.ctx,
          () => this.locate().legend,
          () => `${this.describe()} legend`,
        ),
    );
  }
  get axes(): FakeChartAxes {
    return this.child("axes", () => new FakeChartAxes(this.ctx, this.locate, () => `${this.describe()} axes`));
  }
  get series(): FakeSeriesCollection {
    return this.child("series", () => new FakeSeriesCollection(this.ctx, this.locate));
  }

  delete(): void {
    this.invoke("delete", [], () => {
      const chart = this.locate();
      this.model.checkEditable(chart.sheet, "Chart.delete");
      this.model.charts.splice(this.model.charts.indexOf(chart), 1);
    });
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.invoke("setPosition", endCell === undefined ? [startCell] : [startCell, endCell], () => {
      const chart = this.locate();
      const start = rangeArg(startCell, chart.sheet, this.model);
      const end = endCell === undefined ? undefined : rangeArg(endCell, chart.sheet, this.model);
      if (start.sheet !== chart.sheet || (end && end.sheet !== chart.sheet))
        throw invalidArgument("Chart.setPosition", "the cells are on another sheet");
      chart.position = { start: this.model.address(start), ...(end ? { end: this.model.address(end) } : {}) };
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeChart> {
  protected readonly entity = "ChartCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: Locate<SheetModel>,
  ) {
    super(ctx);
  }

  describe(): string {
    return `${this.sheet().name} charts`;
  }

  private proxy(locate: Locate<ChartModel>): FakeChart {
    return new FakeChart(this.ctx, locate, () => locate().name);
  }

  protected currentItems(): FakeChart[] {
    const sheet = this.sheet();
    return this.model.charts.filter((c) => c.sheet === sheet).map((c) => this.proxy(() => c));
  }

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: ChartModel | undefined;
    this.invoke("add", [type, sourceData, seriesBy], () => {
      const sheet = this.sheet();
      const source = sourceData.resolve();
      if (!["Auto", "Columns", "Rows"].includes(seriesBy))
        throw invalidArgument("ChartCollection.add", `"${seriesBy}" is not a seriesBy value`);
      created = this.model.addChart(sheet, type, source, seriesBy);
    });
    return this.proxy(() => {
      if (!created) throw invalidArgument("ChartCollection.add", "the new chart was used before the add ran");
      return created;
    });
  }

  getItem(name: string): FakeChart {
    this.navigate("getItem", [name]);
    return this.proxy(() => {
      const sheet = this.sheet();
      const chart = this.model.charts.find((c) => c.sheet === sheet && c.name === name);
      if (!chart) throw itemNotFound("ChartCollection.getItem", `no chart named "${name}" on ${sheet.name}`);
      return chart;
    });
  }
}
