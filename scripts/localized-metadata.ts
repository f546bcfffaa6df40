/**
 * Writes the Chinese function metadata from the English one the metadata plugin generates from the JSDoc
 * and the registry's Chinese text (src/core/i18n/function-text-zh.ts): the same ids, names, parameter
 * order, types and options, with Chinese descriptions, parameter names and enum tooltips, and help URLs
 * pointing at the Chinese help page. A function, parameter or enum value without a translation stops the
 * build, so the two files never drift apart.
 */
import { ENUM_TOOLTIPS_ZH, FUNCTION_TEXT_ZH, type FunctionText } from "../src/core/i18n/function-text-zh";
import { isFunctionId } from "../src/core/registry/registry";

export const ZH_LOCALE = "zh-CN";
export const ZH_METADATA_FILE = `functions-${ZH_LOCALE}.json`;
export const ZH_HELP_FILE = `help-${ZH_LOCALE}.html`;

interface MetaParam {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetaParam[];
  [key: string]: unknown;
}
interface MetaEnum {
  id: string;
  values: { name: string; stringValue?: string; tooltip?: string; [key: string]: unknown }[];
  [key: string]: unknown;
}
export interface Metadata {
  functions: MetaFunction[];
  enums?: MetaEnum[];
  [key: string]: unknown;
}

function textOf(id: string): FunctionText {
  if (!isFunctionId(id)) throw new Error(`No Chinese text for function ${id}: add it to function-text-zh.ts.`);
  return FUNCTION_TEXT_ZH[id];
}

function localizeFunction(f: MetaFunction): MetaFunction {
  const text = textOf(f.id);
  const parameters = f.parameters.map((p) => {
    const t = text.params[p.name];
    if (!t) throw new Error(`No Chinese text for parameter ${p.name} of ${f.id}: add it to function-text-zh.ts.`);
    return { ...p, name: t.name, description: t.description };
  });
  const helpUrl = f.helpUrl?.replace(/\/help\.html(?=#|$)/, `/${ZH_HELP_FILE}`);
  return { ...f, description: text.description, parameters, ...(helpUrl ? { helpUrl } : {}) };
}

function localizeEnum(e: MetaEnum): MetaEnum {
  const tips = ENUM_TOOLTIPS_ZH[e.id];
  return {
    ...e,
    values: e.values.map((v) => {
      const tip = tips?.[v.name];
      if (tip === undefined)
        throw new Error(`No Chinese tooltip for ${e.id}.${v.name}: add it to function-text-zh.ts.`);
      return { ...v, tooltip: tip };
    }),
  };
}

/** The zh-CN metadata for the English metadata the plugin generated. */
export function localizeMetadata(english: Metadata): Metadata {
  return {
    ...english,
    functions: english.functions.map(localizeFunction),
    ...(english.enums ? { enums: english.enums.map(localizeEnum) } : {}),
  };
}
