import { useEffect } from "react";
import type { HostState } from "../host/detect-host";

/**
 * Marks the document once the catalogue has rendered (data-catalogue-ready, in milliseconds since
 * navigation start) and once the host is known (data-host): start-up measurements and browser tests
 * wait on these instead of guessing from the DOM.
 */
export function ReadyMarker({ host }: { host: HostState }): null {
  useEffect(() => {
    document.documentElement.dataset.catalogueReady = performance.now().toFixed(1);
  }, []);
  useEffect(() => {
    if (host.kind !== "detecting") document.documentElement.dataset.host = host.kind;
  }, [host]);
  return null;
}
