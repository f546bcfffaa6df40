import { createContext, useCallback, useContext, useEffect, useState } from "react";
import { onSelectionChanged, readActiveCell } from "../../excel/selection";
import type { HostState } from "../host/detect-host";

export interface SelectedCell {
  /** "Sheet1!B2", or undefined until Excel has said (or outside Excel). */
  address: string | undefined;
  refresh: () => void;
}

export const SelectedCellContext = createContext<SelectedCell>({ address: undefined, refresh: () => undefined });

export const useSelectedCell = (): SelectedCell => useContext(SelectedCellContext);

/**
 * The active cell, kept current while the pane is in Excel: read on connecting, whenever Office reports
 * a new selection, and when the pane gets focus back (the user was just in the grid).
 */
export function useTrackedSelectedCell(host: HostState): SelectedCell {
  const [address, setAddress] = useState<string | undefined>();
  const inExcel = host.kind === "excel";
  const refresh = useCallback(() => {
    if (inExcel) void readActiveCell().then(setAddress);
  }, [inExcel]);
  useEffect(() => {
    if (!inExcel) return undefined;
    refresh();
    const stop = onSelectionChanged(refresh);
    window.addEventListener("focus", refresh);
    return () => {
      stop();
      window.removeEventListener("focus", refresh);
    };
  }, [inExcel, refresh]);
  return { address, refresh };
}
