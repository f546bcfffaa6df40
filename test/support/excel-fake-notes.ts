/**
 * Threaded comments (Workbook.comments, ExcelApi 1.10) and notes (Worksheet.notes, ExcelApi 1.18) of the Excel
 * fake: plain-text content on one cell each, as the Office.js types describe them. Rich content, replies,
 * mentions and a note's shape are not emulated.
 */
import { FakeCollection, FakeObject, type FakeRequestContext } from "./excel-fake-context";
import { parseAddress } from "./excel-fake-address";
import { invalidArgument, itemNotFound } from "./excel-fake-errors";
import type { Locate } from "./excel-fake-makers";
import type { NoteModel, RangeRef, SheetModel, WorkbookModel } from "./excel-fake-model";
import { FakeRange } from "./excel-fake-range";

type Kind = NoteModel["kind"];
const SINCE: Record<Kind, string> = { comment: "1.10", note: "1.18" };
const ENTITY: Record<Kind, "Comment" | "Note"> = { comment: "Comment", note: "Note" };

/** The one cell a comment or note goes on: a range, or a text address that names its sheet. */
function cellOf(model: WorkbookModel, cell: FakeRange | string, location: string, onSheet?: SheetModel): RangeRef {
  let ref: RangeRef;
  if (typeof cell === "string") {
    const parsed = parseAddress(cell);
    if (!parsed) throw invalidArgument(location, `"${cell}" is not a cell address`);
    if (parsed.sheet === undefined && !onSheet)
      throw invalidArgument(location, `"${cell}" must name its sheet, e.g. "Sheet1!B3"`);
    const sheet = parsed.sheet === undefined ? (onSheet as SheetModel) : model.sheetOrThrow(parsed.sheet, location);
    ref = { sheet, rect: parsed.rect };
  } else {
    ref = cell.resolve();
  }
  if (ref.rect.height !== 1 || ref.rect.width !== 1)
    throw invalidArgument(location, "the range is larger than one cell");
  if (onSheet && ref.sheet !== onSheet) throw invalidArgument(location, `the cell is not on ${onSheet.name}`);
  return ref;
}

let lastId = 0;

export class FakeNote extends FakeObject {
  protected readonly entity: "Comment" | "Note";
  protected readonly scalars = ["content"] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: Locate<NoteModel>,
    kind: Kind,
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
    this.entity = ENTITY[kind];
  }

  describe(): string {
    const n = this.locate();
    const rect = { top: n.row, left: n.col, height: 1, width: 1 };
    return `${n.kind} on ${this.model.address({ sheet: n.sheet, rect })}`;
  }

  protected override isMissing(): boolean {
    return this.missing?.() ?? false;
  }

  protected snapshot(property: string): unknown {
    const n = this.locate();
    if (property === "content") return n.content;
    if (property === "id" && n.kind === "comment") return n.id;
    throw new Error(`${this.entity}.${property} is not emulated by the Excel fake`);
  }

  get content(): string {
    return this.read("content");
  }
  set content(v: string) {
    this.assign("content", v, () => {
      this.locate().content = String(v);
    });
  }
  get id(): string {
    return this.read("id");
  }

  getLocation(): FakeRange {
    this.navigate("getLocation", []);
    return new FakeRange(this.ctx, () => {
      const n = this.locate();
      return { sheet: n.sheet, rect: { top: n.row, left: n.col, height: 1, width: 1 } };
    });
  }

  delete(): void {
    this.invoke("delete", [], () => {
      const list = this.model.notes;
      list.splice(list.indexOf(this.locate()), 1);
    });
  }
}

/** Workbook.comments (every sheet's comments) or Worksheet.notes (one sheet's notes). */
export class FakeNoteCollection extends FakeCollection<FakeNote> {
  protected readonly entity: "CommentCollection" | "NoteCollection";

  constructor(
    ctx: FakeRequestContext,
    private readonly kind: Kind,
    private readonly sheet?: Locate<SheetModel>,
  ) {
    super(ctx);
    this.entity = kind === "comment" ? "CommentCollection" : "NoteCollection";
  }

  describe(): string {
    return this.kind === "comment" ? "comments" : `notes of ${this.sheet?.().name ?? "?"}`;
  }

  private mine(): NoteModel[] {
    const sheet = this.sheet?.();
    return this.model.notes.filter((n) => n.kind === this.kind && (sheet === undefined || n.sheet === sheet));
  }

  protected currentItems(): FakeNote[] {
    return this.mine().map((n) => new FakeNote(this.ctx, () => n, this.kind));
  }

  override load(spec?: Parameters<FakeObject["load"]>[0]): this {
    this.ctx.checkRequirement(`${this.entity}.load`, SINCE[this.kind]);
    return super.load(spec);
  }

  /** Excel refuses a second comment or note on a cell that has one. */
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    let made: NoteModel | undefined;
    const location = `${this.entity}.add`;
    this.invoke(
      "add",
      [typeof cellAddress === "string" ? cellAddress : "(range)", content],
      () => {
        const ref = cellOf(this.model, cellAddress, location, this.sheet?.());
        const taken = this.model.notes.some(
          (n) => n.sheet === ref.sheet && n.row === ref.rect.top && n.col === ref.rect.left,
        );
        if (taken) throw invalidArgument(location, "the cell already has a comment or a note");
        lastId += 1;
        made = {
          kind: this.kind,
          id: `{fake-${this.kind}-${lastId}}`,
          sheet: ref.sheet,
          row: ref.rect.top,
          col: ref.rect.left,
          content: String(content),
        };
        this.model.notes.push(made);
      },
      SINCE[this.kind],
    );
    return new FakeNote(
      this.ctx,
      () => {
        if (!made) throw itemNotFound(location, "the comment or note was not added");
        return made;
      },
      this.kind,
    );
  }

  /** The comment or note on a cell; ItemNotFound when there is none. */
  getItemByCell(cellAddress: FakeRange | string): FakeNote {
    const location = `${this.entity}.getItemByCell`;
    this.navigate("getItemByCell", [typeof cellAddress === "string" ? cellAddress : "(range)"], SINCE[this.kind]);
    return new FakeNote(
      this.ctx,
      () => {
        const ref = cellOf(this.model, cellAddress, location, this.sheet?.());
        const found = this.mine().find(
          (n) => n.row === ref.rect.top && n.col === ref.rect.left && n.sheet === ref.sheet,
        );
        if (!found) throw itemNotFound(location, `no ${this.kind} on that cell`);
        return found;
      },
      this.kind,
    );
  }
}
