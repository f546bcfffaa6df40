export type Flow = "total" | "exports" | "imports" | "balance";

export const FLOW_ALIASES: Record<string, Flow> = {
  total: "total",
  t: "total",
  trade: "total",
  tot: "total",
  总额: "total",
  进出口: "total",
  exports: "exports",
  export: "exports",
  x: "exports",
  exp: "exports",
  出口: "exports",
  imports: "imports",
  import: "imports",
  m: "imports",
  imp: "imports",
  进口: "imports",
  balance: "balance",
  b: "balance",
  bal: "balance",
  surplus: "balance",
  差额: "balance",
  顺差: "balance",
};

/** "exports to" reads right from the reporter's side in messages. */
export const FLOW_PHRASE: Record<Flow, string> = {
  total: "trade with",
  exports: "exports to",
  imports: "imports from",
  balance: "trade balance with",
};

/** The same flow seen from the partner's side: China's exports to Malaysia are Malaysia's imports from China. */
export const MIRROR_FLOW = {
  total: "total",
  exports: "imports",
  imports: "exports",
  balance: "balance",
} as const satisfies Record<Flow, Flow>;

/** A flow as a formula's argument: left out for the default total, as Excel users write it. */
export const flowArgument = (f: Flow): Flow | null => (f === "total" ? null : f);
