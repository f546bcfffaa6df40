/**
 * A key for a made-up task, for CHECK's examples in the help page and the formula catalogue: "what
 * share of 20 is 5?", whose answer is 0.25. Real keys come from exercises written by the pane.
 */
import { taskKeyOf } from "./answer-key";
import { encodeTaskKey } from "./task-key";
import { taskType } from "./task-types";

const share = taskType("share");

export const DEMO_KEY = encodeTaskKey(
  taskKeyOf(
    { salt: "example" },
    {
      number: 1,
      kind: "share",
      instruction: { key: "type.share" },
      answer: share.answer,
      tolerance: share.tolerance,
      expected: 0.25,
      wrong: [],
    },
  ),
);
