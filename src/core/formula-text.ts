/**
 * The text of an =ASEAN.* call, written one way everywhere (figure tables, the formula builder, the
 * hints in messages): text in double quotes with any quote doubled, as Excel reads it; numbers as they
 * are; an argument left out between others as an empty argument, and trailing ones dropped.
 */
export type FormulaArg = string | number | boolean | null;

function literal(v: Exclude<FormulaArg, null>): string {
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** ASEAN.TRADE("CN","MY",2024): the call alone, to quote in a message or combine in a formula. */
export function callText(id: string, args: readonly FormulaArg[]): string {
  let end = args.length;
  while (end > 0 && args[end - 1] === null) end--;
  return `ASEAN.${id}(${args
    .slice(0, end)
    .map((a) => (a === null ? "" : literal(a)))
    .join(",")})`;
}

/** =ASEAN.TRADE("CN","MY",2024): the formula of a cell that holds just the call. */
export const formulaText = (id: string, args: readonly FormulaArg[]): string => `=${callText(id, args)}`;
