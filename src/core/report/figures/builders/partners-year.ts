import { isDomainError } from "../../../errors";
import { flowArgument } from "../../../flows";
import { callCell, label } from "../cells";
import { PARTNER_COLUMNS } from "../columns";
import type { TableBuilder } from "./table";

/** A reporter's trade with each member of a group in one year, ranked by total trade. */
export const partnersYear: TableBuilder<"partners-year"> = (c, query) => {
  const members = c.codes.get(query.group)?.members ?? [];
  const byTotal = members
    .map((m) => ({ m, total: c.tradeNumber(query.reporter, m, query.year, null, null) }))
    .sort((a, b) => (isDomainError(b.total) ? -1 : isDomainError(a.total) ? 1 : b.total - a.total));
  return {
    columns: [
      ...PARTNER_COLUMNS,
      ...query.flows.map((f) => ({ key: f.key, header: f.header, format: "0.00" as const })),
    ],
    rows: byTotal.map(({ m }) => [
      label(m),
      label(c.codes.get(m)?.en ?? m),
      ...query.flows.map((f) => callCell(c, "TRADE", [query.reporter, m, query.year, flowArgument(f.flow)])),
    ]),
  };
};
