/**
 * The fake's objects refer to one another as Office.js's do (a range gives its worksheet, a table its
 * sheet), but a file may not import a file that imports it. So a file lower down makes such objects
 * through this table: the file that defines the class registers how to make it, and declares its type in
 * FakeMakers with `declare module`. excel-fake.ts loads every file that registers one.
 */
/** Finds a proxy's model object when an operation runs, so proxies made early resolve as Excel would. */
export type Locate<T> = () => T;

/** How each kind of object is made, declared beside its class. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- each object file adds its entry
export interface FakeMakers {}

const makers: Partial<FakeMakers> = {};

export function provide<K extends keyof FakeMakers>(kind: K, make: FakeMakers[K]): void {
  makers[kind] = make;
}

export function maker<K extends keyof FakeMakers>(kind: K): FakeMakers[K] {
  const make = makers[kind];
  if (make === undefined) throw new Error(`The Excel fake's ${String(kind)} objects are not loaded.`);
  return make;
}
