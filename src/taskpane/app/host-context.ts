import { createContext, useContext } from "react";
import type { HostState } from "../host/detect-host";

export const HostContext = createContext<HostState>({ kind: "detecting" });

export const useHost = (): HostState => useContext(HostContext);

/** Why inserting is not possible right now, or undefined when it is. */
export function insertBlocker(host: HostState): string | undefined {
  switch (host.kind) {
    case "excel":
      return undefined;
    case "detecting":
      return "Connecting to Excel…";
    case "preview":
      return "Inserting needs Excel: this pane is open outside Excel, in preview mode.";
  }
}
