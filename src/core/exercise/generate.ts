/**
 * An exercise from a catalogue item and a seed: the tasks the trainer picked, in turn, up to the count
 * asked for, each with countries and years drawn by a sequence seeded from the student's number (and
 * the trainer's class word), so the same seed always gives the same exercise.
 */
import type { AseanCore } from "../api";
import { invalidValue, notAvailable, type DomainError } from "../errors";
import { CATALOGUE } from "../report/figures/catalog";
import { textHash } from "./answer-hash";
import type { Exercise, ExerciseRequest, Task } from "./exercise-types";
import { seededRandom } from "./random";
import { subjectOf } from "./subject";
import { buildTask } from "./task-builders";
import { TASK_KINDS } from "./task-types";

export const MAX_TASKS = 20;

export function generateExercise(c: AseanCore, request: ExerciseRequest): Exercise | DomainError {
  const spec = CATALOGUE.find((s) => s.id === request.itemId);
  if (!spec) return invalidValue(`No catalogue item "${request.itemId}".`);
  if (request.kinds.length === 0 || request.kinds.some((k) => !TASK_KINDS.includes(k)))
    return invalidValue("Pick at least one kind of task.");
  if (!Number.isInteger(request.count) || request.count < 1 || request.count > MAX_TASKS)
    return invalidValue(`The number of tasks must be a whole number from 1 to ${MAX_TASKS}.`);
  const variant = [request.classWord ?? "", request.itemId, request.seed.trim()].join("\u0000");
  const r = seededRandom(variant);
  const s = subjectOf(spec);
  const tasks: Task[] = [];
  for (let i = 0; i < request.count; i++) {
    const kind = request.kinds[i % request.kinds.length];
    const task = buildTask(kind, { c, s, r, n: i + 1 });
    if (!task) return notAvailable(`The data behind “${spec.title}” hold no ${kind} task.`);
    tasks.push(task);
  }
  return {
    request,
    itemTitle: spec.title,
    edition: c.edition(),
    salt: textHash(`salt\u0000${variant}\u0000${request.kinds.join(",")}\u0000${request.count}`, 16),
    tasks,
  };
}
