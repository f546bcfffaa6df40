/**
 * Comments (Workbook.comments, ExcelApi 1.10) and notes (Worksheet.notes, ExcelApi 1.18) in the Excel fake, as the
 * Office.js reference describes them: plain text on one cell. The exercise writer's scan for plain answers reads them.
 */
import { createExcelFake, type ExcelFake, type FakeContext } from "./excel-fake";

function run<T>(fake: ExcelFake, batch: (ctx: FakeContext) => Promise<T>): Promise<T> {
  return fake.Excel.run(batch);
}

const contents = (fake: ExcelFake): string[] =>
  fake.model.notes.map((n) => `${n.kind} ${n.sheet.name}!${n.row},${n.col}: ${n.content}`);

describe("comments and notes in the Excel fake (read by the exercise scan)", () => {
  test("a comment and a note land on their cells, load back, change and go with delete", async () => {
    const fake = createExcelFake({ excelApi: "1.18", sheets: ["Sheet1", "Other"] });
    await run(fake, async (ctx) => {
      ctx.workbook.comments.add("Sheet1!B2", "check this");
      ctx.workbook.worksheets.getItem("Other").notes.add("Other!C3", "a note");
      await ctx.sync();
    });
    expect(contents(fake)).toEqual(["comment Sheet1!1,1: check this", "note Other!2,2: a note"]);
    await run(fake, async (ctx) => {
      const comments = ctx.workbook.comments.load("items/content");
      const notes = ctx.workbook.worksheets.getItem("Other").notes.load("items/content");
      const mine = ctx.workbook.worksheets.getItem("Sheet1").notes.load("items");
      await ctx.sync();
      expect(comments.items.map((c) => c.content)).toEqual(["check this"]);
      expect(notes.items.map((c) => c.content)).toEqual(["a note"]);
      expect(mine.items).toEqual([]);
      const comment = ctx.workbook.comments.getItemByCell("Sheet1!B2");
      comment.content = "changed";
      const where = comment.getLocation().load("address");
      ctx.workbook.worksheets.getItem("Other").notes.getItemByCell("C3").delete();
      await ctx.sync();
      expect(where.address).toBe("Sheet1!B2");
    });
    expect(contents(fake)).toEqual(["comment Sheet1!1,1: changed"]);
  });

  test("one cell only, the sheet named in a comment's address, one comment or note per cell", async () => {
    const fake = createExcelFake({ excelApi: "1.18" });
    const add = (batch: (ctx: FakeContext) => void): Promise<void> =>
      run(fake, async (ctx) => {
        batch(ctx);
        await ctx.sync();
      });
    await expect(add((ctx) => ctx.workbook.comments.add("Sheet1!A1:B2", "x"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(add((ctx) => ctx.workbook.comments.add("A1", "x"))).rejects.toThrow(/must name its sheet/);
    await add((ctx) => ctx.workbook.comments.add(ctx.workbook.worksheets.getItem("Sheet1").getRange("A1"), "x"));
    await expect(add((ctx) => ctx.workbook.worksheets.getItem("Sheet1").notes.add("A1", "y"))).rejects.toThrow(
      /already has a comment or a note/,
    );
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.comments.getItemByCell("Sheet1!C9").load("content");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(contents(fake)).toEqual(["comment Sheet1!0,0: x"]);
  });

  test("a deleted sheet takes its notes with it", async () => {
    const fake = createExcelFake({ excelApi: "1.18", sheets: ["Keep", "Go"] });
    await run(fake, async (ctx) => {
      ctx.workbook.comments.add("Keep!A1", "stays");
      ctx.workbook.worksheets.getItem("Go").notes.add("A1", "goes");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Go").delete();
      await ctx.sync();
    });
    expect(contents(fake)).toEqual(["comment Keep!0,0: stays"]);
  });

  test("comments are ExcelApi 1.10 and notes 1.18", async () => {
    const fake = createExcelFake({ excelApi: "1.17" });
    await run(fake, async (ctx) => {
      ctx.workbook.comments.add("Sheet1!A1", "fine on 1.17");
      await ctx.sync();
    });
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").notes.add("B1", "too new");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    fake.setExcelApi("1.9");
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.comments.load("items");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(contents(fake)).toEqual(["comment Sheet1!0,0: fine on 1.17"]);
  });
});
