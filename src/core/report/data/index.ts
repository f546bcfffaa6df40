export { FACTS, factById } from "./facts";
export { FIGURE1_ROWS } from "./figure1-categories";
export { PROJECT_COUNTRIES, PROJECTS } from "./projects";
export { DOCUMENTS } from "./sources";
export { FACT_UNITS, QUALIFIERS } from "./types";
export type { Fact, FactSource, FactUnit, Qualifier, SourceDocument } from "./types";
export type { CategoryGrowth, TradeDirection } from "./figure1-categories";
export type { KeyFigure, Project, ProjectCountry, ProjectKind, ProjectStatus } from "./projects";
