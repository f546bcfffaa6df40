/** The fixed choices the builder offers for each kind of parameter, as the registry declares them. */
import {
  CHECK_OPTIONS,
  FACT_FIELD,
  FDI_MEASURE,
  FLOW,
  FX_CURRENCY,
  MEMBER_GROUP,
  RATIO_CURRENCY,
  SERIES_OPTIONS as SERIES_OPTIONS_TYPE,
  UNIT,
  WHOLE,
} from "../../core/registry/arg-types";
import type { ArgType } from "../../core/registry/params";

export interface Choice {
  value: string;
  label: string;
  /** Secondary text shown beside the label, e.g. a Chinese name. */
  also?: string;
}

const offered = (type: ArgType<unknown>): Choice[] => (type.choices ?? []).map((c) => ({ ...c }));

export const FLOWS: Choice[] = offered(FLOW);
export const UNITS: Choice[] = offered(UNIT);
export const GROUPS: Choice[] = offered(MEMBER_GROUP);
export const WHOLES: Choice[] = offered(WHOLE);
export const FDI_MEASURES: Choice[] = offered(FDI_MEASURE);
export const CURRENCIES: Choice[] = offered(FX_CURRENCY);
export const RATIO_CURRENCIES: Choice[] = offered(RATIO_CURRENCY);
export const FACT_FIELDS: Choice[] = offered(FACT_FIELD);
export const SERIES_OPTIONS: Choice[] = offered(SERIES_OPTIONS_TYPE);
export const CHECK_OPTION_CHOICES: Choice[] = offered(CHECK_OPTIONS);
