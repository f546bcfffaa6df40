/*
 * The task pane's entry, started by the shared runtime's page (src/runtime/page.ts), which also says how
 * to load the custom functions and the ribbon commands once the pane's first screen is up.
 */
import { createRoot } from "react-dom/client";
import { Root } from "./app/Root";
import { setFacesLoader } from "./app/load-later";

export function startPane(loadFaces: () => Promise<unknown>): void {
  setFacesLoader(loadFaces);
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<Root />);
}
