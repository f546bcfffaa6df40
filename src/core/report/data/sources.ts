import type { FactSource, SourceDocument } from "./types";

type Document = Omit<FactSource, "where" | "basis">;

/**
 * The bundled documents. Titles are the published ones where the bundled copy carries them; the
 * China Daily file holds several untitled pieces, so it is described rather than titled.
 */
export const DOCUMENTS: Readonly<Record<SourceDocument, Document>> = {
  "report-chapter1": {
    document: "report-chapter1",
    title: "RCEP and the Vision of the Maritime Silk Road: New Frontiers for China-ASEAN Cooperation",
    publisher: "Xinhua Institute",
    year: 2025,
  },
  "china-daily-2025": {
    document: "china-daily-2025",
    title: "China Daily reporting on China–ASEAN trade, 2025",
    publisher: "China Daily",
    year: 2025,
  },
  "zhou-mi": {
    document: "zhou-mi",
    title: "Innovation Opens a New Chapter in China-ASEAN Cooperation",
    // The bundled copy names the author only; the year follows from its latest data (2015).
    publisher: "Zhou Mi (author)",
    year: 2016,
  },
  "xu-ningning": {
    document: "xu-ningning",
    title:
      "Suggestions on cooperation development after China and ASEAN has become the largest trading partner of " +
      "each other",
    publisher: "China-ASEAN Business Council (Xu Ningning)",
    year: 2021,
  },
  "phnom-penh-post": {
    document: "phnom-penh-post",
    title: "China-ASEAN relations present model for regional cooperation",
    publisher: "Phnom Penh Post (Xinhua)",
    year: 2021,
  },
};

/** A source pointing into one document; basis is left out unless the document names it. */
export function cite(document: SourceDocument, where: string, basis?: string): FactSource {
  return basis === undefined ? { ...DOCUMENTS[document], where } : { ...DOCUMENTS[document], where, basis };
}
