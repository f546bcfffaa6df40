import { callCell, factCell, label, stated } from "../cells";
import { YEAR_COLUMN } from "../columns";
import { yearsOf, type TableBuilder } from "./table";

/** Partners' shares of a reporter's trade year by year, beside the shares the report states. */
export const shareYears: TableBuilder<"share-years"> = (c, query) => ({
  columns: [
    YEAR_COLUMN,
    ...query.partners.map((p) => ({ key: p.code, header: p.header, format: "0.0%" as const })),
    { key: "stated", header: query.stated.header, format: "0.0%" },
  ],
  rows: yearsOf(query).map((y) => {
    const fact = query.stated.facts.find((f) => f.year === y);
    return [
      label(y),
      ...query.partners.map((p) => callCell(c, "SHARE", [query.reporter, p.code, y])),
      fact ? factCell(c, fact.factId, 100) : stated(null),
    ];
  }),
});
