/*
 * The shared runtime's page (taskpane.html): the task pane's first screen, then, once it is up, the
 * custom functions and the ribbon commands, which register with Excel and Office and bring the dataset.
 * They share one webpack runtime and one core chunk, so the dataset is loaded and indexed once for all.
 * This is the one place that puts the faces together; none of them imports another.
 */
import { startPane } from "../taskpane/index";

startPane(() =>
  Promise.all([import("../functions/functions"), import(/* webpackChunkName: "commands" */ "../commands/commands")]),
);
