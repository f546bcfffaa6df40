/**
 * What an exercise made from a catalogue item is about: whose statistics, which partners, which whole
 * a share is taken of, and which years. Items about trade give their own; items whose table is not a
 * trade series (statements, headline figures, projects, investment) give the China–ASEAN trade of the
 * years they cover, which is what the report discusses around them.
 */
import type { FigureSpec } from "../report/figures/catalog";

export interface Subject {
  readonly reporter: string;
  readonly partners: readonly string[];
  /** The whole a share is taken of, and the partners' group in rank tasks. */
  readonly whole: string;
  readonly from: number;
  readonly to: number;
}

const ASEAN_MEMBERS = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];
const RCEP_OTHERS = [...ASEAN_MEMBERS, "JP", "KR", "AU", "NZ"];

const chinaAsean = (from: number, to: number): Subject => ({
  reporter: "CN",
  partners: ASEAN_MEMBERS,
  whole: "ASEAN",
  from,
  to,
});

export function subjectOf(spec: FigureSpec): Subject {
  const q = spec.query;
  switch (q.kind) {
    case "trade-years":
      return { ...chinaAsean(q.from, q.to), reporter: q.reporter };
    case "partners-year":
      return { reporter: q.reporter, partners: ASEAN_MEMBERS, whole: q.group, from: q.year - 8, to: q.year };
    case "share-years":
      return { reporter: q.reporter, partners: q.partners.map((p) => p.code), whole: "WORLD", from: q.from, to: q.to };
    case "intra-shares":
      return { reporter: "CN", partners: RCEP_OTHERS, whole: q.group, from: q.from, to: q.to };
    case "fdi-years":
      return chinaAsean(q.from, q.to);
    case "figure1-statements":
      return chinaAsean(2019, 2024);
    case "facts":
    case "projects":
    case "unavailable":
      return chinaAsean(2015, 2024);
  }
}
