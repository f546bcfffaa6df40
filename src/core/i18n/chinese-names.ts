/** Chinese names of the countries and groups by their English names, as the core's codes know both. */
import { core } from "../api";

let names: Map<string, string> | undefined;

export function chineseName(english: string): string | undefined {
  names ??= new Map(
    core()
      .codes.all()
      .map((e) => [e.en, e.zh] as const),
  );
  return names.get(english);
}
