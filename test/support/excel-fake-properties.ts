/** The base of the fake's chart objects: a few plain properties stored on a model object. */
import { FakeObject, type FakeRequestContext } from "./excel-fake-context";
import type { Locate } from "./excel-fake-makers";

/** An object with a few plain properties stored on a model object. */
export abstract class FakeProperties<M extends object> extends FakeObject {
  constructor(
    ctx: FakeRequestContext,
    protected readonly locate: Locate<M>,
    private readonly label: () => string,
  ) {
    super(ctx);
  }

  describe(): string {
    return this.label();
  }

  protected snapshot(property: string): unknown {
    if (!this.scalars.includes(property))
      throw new Error(`${this.entity}.${property} is not emulated by the Excel fake`);
    return (this.locate() as Record<string, unknown>)[property];
  }

  protected store<K extends keyof M & string>(property: K, value: M[K]): void {
    this.assign(property, value, () => {
      this.locate()[property] = value;
    });
  }
}
