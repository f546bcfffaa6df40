import { AseanCore } from "../../src/core/api";
import { datasetFromFile } from "../../src/core/dataset-load";
import { isDomainError } from "../../src/core/errors";
import { c } from "./trade-calls";

describe("a core over another dataset", () => {
  it("answers from that dataset alone", () => {
    const base = c.dataset.file;
    const tiny = new AseanCore(
      datasetFromFile({
        ...base,
        edition: "test.1",
        series: [["CN", "MY", "T", "USD", 9, "imf-dots", "R", 2030, [1.5]]],
      }),
    );
    expect(tiny.tradeNumber("CN", "MY", 2030, null, null)).toBe(1.5);
    expect(isDomainError(tiny.tradeNumber("CN", "MY", 2024, null, null))).toBe(true);
    expect(tiny.edition()).toBe("test.1");
  });
});
