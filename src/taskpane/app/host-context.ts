import { createContext, useContext } from "react";
import type { HostState } from "../host/detect-host";
import type { Translate } from "../i18n/i18n";

export const HostContext = createContext<HostState>({ kind: "detecting" });

export const useHost = (): HostState => useContext(HostContext);

/** Why inserting is not possible right now, or undefined when it is. */
export function insertBlocker(host: HostState, t: Translate): string | undefined {
  switch (host.kind) {
    case "excel":
      return undefined;
    case "detecting":
      return t("blocker.connecting");
    case "preview":
      return t("blocker.preview");
  }
}
