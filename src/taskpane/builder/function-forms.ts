/**
 * The formula builder's form for each =ASEAN.* function: its parameters in order, with the kind of
 * control each needs. Parameter names follow the functions' JSDoc (the browser tests compare them with
 * the generated functions.json), so the builder and Excel's own argument hints agree.
 */

export type ParamKind =
  | "country" | "year" | "flow" | "unit" | "group" | "of" | "top" | "seriesOptions"
  | "fdiMeasure" | "currency" | "ratioCurrency" | "factId" | "factField";

export interface ParamSpec {
  name: string;
  label: string;
  kind: ParamKind;
  optional: boolean;
  /** The value a new form starts with; "" leaves an optional parameter out. */
  initial: string;
}

export type FunctionId =
  | "TRADE" | "SERIES" | "PARTNERS" | "SHARE" | "GROWTH" | "MIRROR" | "FDI" | "SOURCE" | "LATEST"
  | "FX" | "COUNTRIES" | "FACT" | "FACTS" | "EDITION";

export interface FunctionForm {
  id: FunctionId;
  summary: string;
  params: ParamSpec[];
  /** Results that are fractions read better with their percentage beside them. */
  fraction?: boolean;
  /** Ratios show the citation of the two values they divide beneath the result. */
  cited?: boolean;
}

const need = (name: string, label: string, kind: ParamKind, initial: string): ParamSpec => ({ name, label, kind, optional: false, initial });
const opt = (name: string, label: string, kind: ParamKind, initial = ""): ParamSpec => ({ name, label, kind, optional: true, initial });

const reporter = need("reporter", "Reporter", "country", "CN");
const partner = need("partner", "Partner", "country", "ASEAN");
const year = need("year", "Year", "year", "2024");
const flow = opt("flow", "Flow", "flow");
const unit = opt("unit", "Unit", "unit");
const ratioCurrency = opt("currency", "Currency of both values", "ratioCurrency");

export const FUNCTION_FORMS: readonly FunctionForm[] = [
  { id: "TRADE", summary: "Goods trade between a reporter and a partner in one year, as the reporter records it.", params: [reporter, partner, year, flow, unit] },
  {
    id: "SERIES", summary: "A pair's trade year by year, as a spilled table.",
    params: [reporter, partner, opt("from", "From year", "year", "2015"), opt("to", "To year", "year"), flow, unit, opt("options", "Options", "seriesOptions")],
  },
  {
    id: "PARTNERS", summary: "The reporter's partners ranked by value, with their shares.",
    params: [reporter, year, flow, opt("group", "Only partners in", "group", "ASEAN"), opt("top", "Top", "top"), unit],
  },
  { id: "SHARE", summary: "The partner's share of the reporter's trade, as a fraction.", params: [reporter, partner, year, opt("flow", "Flow", "flow"), opt("of", "Share of", "of"), ratioCurrency], fraction: true, cited: true },
  { id: "GROWTH", summary: "Year-on-year growth, or the compound annual rate since a base year.", params: [reporter, partner, year, flow, opt("base_year", "Base year", "year"), ratioCurrency], fraction: true, cited: true },
  { id: "MIRROR", summary: "The same flow as each side reports it, and the gap between them.", params: [reporter, { ...partner, initial: "MY" }, { ...year, initial: "2020" }, flow, unit] },
  {
    id: "FDI", summary: "Direct investment from a source into a host, as ASEANstats records it.",
    params: [need("source", "Source", "country", "CN"), need("host", "Host", "country", "ASEAN"), { ...year, initial: "2022" }, unit, opt("measure", "Measure", "fdiMeasure")],
  },
  { id: "SOURCE", summary: "The citation of the value TRADE returns for the same arguments.", params: [reporter, partner, year, flow] },
  { id: "LATEST", summary: "The latest year in which a pair has a value.", params: [reporter, partner, flow] },
  { id: "FX", summary: "Yuan per US dollar, the annual average used for conversions.", params: [year, opt("currency", "Currency", "currency")] },
  { id: "COUNTRIES", summary: "Codes and names of the countries and groups the functions accept.", params: [opt("group", "Group", "group", "ASEAN")] },
  { id: "FACT", summary: "A headline figure of the report by its id.", params: [need("id", "Figure", "factId", "ZERO_TARIFF_COVERAGE_PCT"), opt("field", "Field", "factField")] },
  { id: "FACTS", summary: "Every headline figure of the report, as a spilled table.", params: [] },
  { id: "EDITION", summary: "The edition of the bundled dataset.", params: [] },
];

export function formFor(id: FunctionId): FunctionForm {
  const form = FUNCTION_FORMS.find((f) => f.id === id);
  if (!form) throw new Error(`No form for ASEAN.${id}`);
  return form;
}

export const initialValues = (form: FunctionForm): string[] => form.params.map((p) => p.initial);
