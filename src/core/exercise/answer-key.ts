/** The key of each task of an exercise: hashes of the right answer's bucket and of the typical wrong ones. */
import { answerHash, bucketOf } from "./answer-hash";
import { pointHashes } from "./chart-check";
import type { Exercise, Task } from "./exercise-types";
import { encodeTaskKey, type TaskKey } from "./task-key";

function bucket(task: Task, v: number | string): number | string {
  return typeof v === "string" ? v : bucketOf(v, task.tolerance);
}

export function taskKeyOf(exercise: Pick<Exercise, "salt">, task: Task): TaskKey {
  const hash = (tag: string, v: number | string): string =>
    answerHash(exercise.salt, task.number, tag, bucket(task, v));
  return {
    salt: exercise.salt,
    task: task.number,
    kind: task.kind,
    answer: task.answer,
    tolerance: task.tolerance,
    hash: task.expected === null ? "" : hash("ok", task.expected),
    hints: task.wrong.map((w) => ({
      kind: w.kind,
      hash: hash(w.kind, w.value),
      ...(w.params ? { params: w.params } : {}),
    })),
    ...(task.kind === "chart" ? { points: pointHashes(exercise.salt, task) } : {}),
  };
}

/** Each task's key as the text its key cell holds. */
export const keyTexts = (exercise: Exercise): string[] =>
  exercise.tasks.map((t) => encodeTaskKey(taskKeyOf(exercise, t)));
