/*
 * The task pane's entry. It shares the page, the webpack runtime and the core chunk with the custom
 * functions (shared runtime), so the dataset is loaded and indexed once for both.
 */
import { createRoot } from "react-dom/client";
import { Root } from "./app/Root";

const container = document.getElementById("root");
if (container) createRoot(container).render(<Root />);
