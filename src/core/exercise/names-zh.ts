/**
 * An exercise to be written in Chinese names its countries and groups in Chinese: in its instructions,
 * the captions and partner columns of the data it gives, and the hints CHECK gives; and its catalogue item
 * by the item's Chinese title. Only the words change; codes, numbers, expected answers and the formulas
 * of the solution stay as they are.
 */
import type { Exercise, GivenTable, Task, WrongAnswer } from "./exercise-types";
import type { Message, MessageParams } from "./messages";
import { FIGURE_TEXT_ZH } from "../report/figures/figure-text-zh";

export type NameLookup = (english: string) => string | undefined;

export function exerciseNamedIn(exercise: Exercise, names: NameLookup): Exercise {
  const name = <T>(v: T): T => (typeof v === "string" ? ((names(v) ?? v) as T) : v);
  const params = (p: MessageParams | undefined): MessageParams | undefined =>
    p && (Object.fromEntries(Object.entries(p).map(([k, v]) => [k, name(v)])) as MessageParams);
  const message = (m: Message): Message => (m.params ? { ...m, params: params(m.params) } : m);
  const given = (g: GivenTable): GivenTable => ({
    ...g,
    caption: message(g.caption),
    rows: g.rows.map((row) => row.map(name)),
  });
  const wrong = (w: WrongAnswer): WrongAnswer =>
    w.params ? { ...w, params: Object.fromEntries(Object.entries(w.params).map(([k, v]) => [k, name(v)])) } : w;
  const task = (t: Task): Task => ({
    ...t,
    instruction: message(t.instruction),
    ...(t.given ? { given: given(t.given) } : {}),
    wrong: t.wrong.map(wrong),
  });
  return {
    ...exercise,
    itemTitle: FIGURE_TEXT_ZH[exercise.request.itemId]?.title ?? exercise.itemTitle,
    tasks: exercise.tasks.map(task),
  };
}
