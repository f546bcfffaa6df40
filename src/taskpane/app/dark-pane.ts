import { createContext } from "react";

/** Whether the pane is drawn on a dark background; set once where the theme is chosen, read by the charts. */
export const DarkPaneContext = createContext(false);
