/** Workbook.settings (ExcelApi 1.4): key-value pairs saved with the document. */
import { FakeCollection, FakeObject, type FakeRequestContext } from "./excel-fake-context";
import { invalidArgument, itemNotFound } from "./excel-fake-errors";

export class FakeSetting extends FakeObject {
  protected readonly entity = "Setting";
  protected readonly scalars = ["key", "value"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly settingKey: string,
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
  }

  describe(): string {
    return this.settingKey;
  }

  protected override isMissing(): boolean {
    return this.missing?.() ?? false;
  }

  protected snapshot(property: string): unknown {
    if (property === "key") return this.settingKey;
    if (!this.model.settings.has(this.settingKey))
      throw itemNotFound("Setting.value", `no setting "${this.settingKey}"`);
    // The document stores JSON: what comes back is a copy, never the object that was set.
    if (property === "value") return JSON.parse(JSON.stringify(this.model.settings.get(this.settingKey))) as unknown;
    throw new Error(`Setting.${property} is not emulated by the Excel fake`);
  }

  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(v: unknown) {
    this.assign("value", v, () => this.model.settings.set(this.settingKey, v));
  }

  delete(): void {
    this.invoke(
      "delete",
      [],
      () => {
        this.model.settings.delete(this.settingKey);
      },
      "1.4",
    );
  }
}

export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  protected readonly entity = "SettingCollection";

  describe(): string {
    return "settings";
  }

  protected currentItems(): FakeSetting[] {
    return [...this.model.settings.keys()].map((k) => new FakeSetting(this.ctx, k));
  }

  /** Adds the setting, or sets it anew when the key exists. */
  add(key: string, value: unknown): FakeSetting {
    this.invoke(
      "add",
      [key, value],
      () => {
        if (key === "") throw invalidArgument("SettingCollection.add", "a setting needs a key");
        this.model.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
      },
      "1.4",
    );
    return new FakeSetting(this.ctx, key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.navigate("getItemOrNullObject", [key], "1.4");
    return new FakeSetting(this.ctx, key, () => !this.model.settings.has(key));
  }
}
