/**
 * The formula builder's form for each =ASEAN.* function, derived from the core's registry: its
 * parameters in order, with the kind of control each needs. Parameter names are the functions' own
 * (the browser tests compare them with the generated functions.json), so the builder and Excel's own
 * argument hints agree.
 */
import type { ParamKind } from "../../core/registry/params";
import { FUNCTION_TEXT_ZH, OMITTED_ZH } from "../../core/i18n/function-text-zh";
import type { Language } from "../../core/i18n/language";
import { FUNCTION_IDS, REGISTRY, type FunctionId } from "../../core/registry/registry";

export type { ParamKind } from "../../core/registry/params";
export type { FunctionId } from "../../core/registry/registry";

export interface ParamSpec {
  name: string;
  label: string;
  kind: ParamKind;
  optional: boolean;
  /** The value a new form starts with; "" leaves an optional parameter out. */
  initial: string;
  /** What leaving an optional parameter out means, e.g. "total (default)". */
  omitted?: string;
}

export interface FunctionForm {
  id: FunctionId;
  summary: string;
  params: ParamSpec[];
  /** Results that are fractions read better with their percentage beside them. */
  fraction?: boolean;
  /** Ratios show the citation of the two values they divide beneath the result. */
  cited?: boolean;
}

/** What leaving out an optional year means, which the kind alone ("(leave out)") does not say. */
const YEAR_LEFT_OUT: Readonly<Record<string, string>> = {
  from: "earliest year with data",
  to: "latest year with data",
  base_year: "the year before (year-on-year)",
};

/** A new form starts every optional argument left out, at the default the function itself applies. */
function formOf(id: FunctionId): FunctionForm {
  const decl: { summary: string; params: readonly ParamSpec[]; fraction?: boolean; cite?: unknown } = REGISTRY[id];
  const params = decl.params.map(({ name, label, kind, optional, initial, omitted }) => {
    const leftOut = (kind === "year" ? YEAR_LEFT_OUT[name] : undefined) ?? omitted;
    return {
      name,
      label,
      kind,
      optional,
      initial: optional ? "" : initial,
      ...(leftOut !== undefined ? { omitted: leftOut } : {}),
    };
  });
  return {
    id,
    summary: decl.summary,
    params,
    ...(decl.fraction ? { fraction: true } : {}),
    ...(decl.cite ? { cited: true } : {}),
  };
}

export const FUNCTION_FORMS: readonly FunctionForm[] = FUNCTION_IDS.map(formOf);

export function formFor(id: FunctionId): FunctionForm {
  const form = FUNCTION_FORMS.find((f) => f.id === id);
  if (!form) throw new Error(`No form for ASEAN.${id}`);
  return form;
}

export const initialValues = (form: FunctionForm): string[] => form.params.map((p) => p.initial);

/** A form in the pane's language: Chinese summaries, parameter names and defaults, as Chinese Excel shows them. */
export function formIn(form: FunctionForm, language: Language): FunctionForm {
  if (language === "en") return form;
  const text = FUNCTION_TEXT_ZH[form.id];
  return {
    ...form,
    summary: text.summary,
    params: form.params.map((p) => ({
      ...p,
      label: text.params[p.name]?.name ?? p.label,
      ...(p.omitted !== undefined ? { omitted: OMITTED_ZH[p.omitted] ?? p.omitted } : {}),
    })),
  };
}
