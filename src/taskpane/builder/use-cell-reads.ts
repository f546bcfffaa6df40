/**
 * The referenced cells' contents, read through Office.js while the pane is in Excel: again whenever the
 * references change or the selection moves (the user has been typing in the grid). Outside Excel,
 * or without references, nothing is read.
 */
import { useEffect, useState } from "react";
import { readCells } from "../../excel/read-cells";
import type { CellsRead } from "./formula";

export function useCellReads(
  references: readonly string[],
  inExcel: boolean,
  selection: string | undefined,
): CellsRead {
  const key = references.join("\u0000");
  const [read, setRead] = useState<{ key: string; selection: string | undefined; result: CellsRead }>();
  useEffect(() => {
    if (!inExcel || key === "") return undefined;
    let current = true;
    void readCells(key.split("\u0000")).then((result) => {
      if (current) setRead({ key, selection, result });
    });
    return () => {
      current = false;
    };
  }, [inExcel, key, selection]);
  if (!inExcel || key === "") return undefined;
  // Until the read for these references is back, say it is under way rather than show an older answer.
  return read?.key === key ? read.result : "reading";
}
