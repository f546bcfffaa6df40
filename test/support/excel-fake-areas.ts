/** RangeAreas proxies of the Excel fake: several rectangles on one sheet, as getMergedAreasOrNullObject returns. */
import { FakeCollection, FakeObject, type FakeRequestContext } from "./excel-fake-context";
import type { RangeRef } from "./excel-fake-model";
import { provide, type Locate } from "./excel-fake-makers";
import { FakeRange } from "./excel-fake-range";

export class FakeRangeAreas extends FakeObject {
  protected readonly entity = "RangeAreas";
  protected readonly scalars = ["address", "areaCount", "cellCount"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: Locate<RangeRef[]>,
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
  }

  describe(): string {
    return this.locate()
      .map((r) => this.model.address(r))
      .join(", ");
  }

  protected override isMissing(): boolean {
    return this.missing?.() ?? false;
  }

  protected snapshot(property: string): unknown {
    const areas = this.locate();
    switch (property) {
      // Excel lists the areas with the sheet name on each, separated by ", ".
      case "address":
        return areas.map((r) => this.model.address(r)).join(", ");
      case "areaCount":
        return areas.length;
      case "cellCount":
        return areas.reduce((n, r) => n + r.rect.height * r.rect.width, 0);
      default:
        throw new Error(`RangeAreas.${property} is not emulated by the Excel fake`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  get areas(): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, this.locate);
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  protected readonly entity = "RangeCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: Locate<RangeRef[]>,
  ) {
    super(ctx);
  }

  describe(): string {
    return "areas";
  }

  protected currentItems(): FakeRange[] {
    return this.locate().map((r) => new FakeRange(this.ctx, () => r));
  }
}

declare module "./excel-fake-makers" {
  interface FakeMakers {
    rangeAreas: (ctx: FakeRequestContext, locate: Locate<RangeRef[]>, missing: () => boolean) => FakeRangeAreas;
  }
}
provide("rangeAreas", (ctx, locate, missing) => new FakeRangeAreas(ctx, locate, missing));
