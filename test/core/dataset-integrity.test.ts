/*
 * The bundled dataset checks itself when it loads. Copies of the committed file are damaged in many ways,
 * each of which must stop the load with one message naming the problem. Three kinds of damage: to the file
 * as shipped (the content hash, or reading it, catches it); to the records before encoding, or to the
 * encoded tables, with a fresh, matching hash, as a faulty build would write them (only the checks of
 * types, codes, years and keys can catch those); and records the form cannot carry, which the build refuses.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { DATASET_PATH } from "../../scripts/build-dataset";
import { encodeDataset } from "../../src/core/dataset-codec";
import { contentHash } from "../../src/core/dataset-hash";
import { DatasetIntegrityError } from "../../src/core/dataset-integrity";
import { datasetFromFile, loadDataset } from "../../src/core/dataset-load";
import type { DatasetFile, EncodedDataset, FdiRecord, SeriesRecord } from "../../src/core/dataset-types";
import { FUNCTIONS } from "../../src/functions/catalog";
import { isCellError } from "../../src/functions/cell";

const committed = JSON.parse(readFileSync(DATASET_PATH, "utf8")) as EncodedDataset;
const records = loadDataset(committed).file;
const HEAD = /^The add-in's bundled dataset failed its integrity check: .+; reinstall the add-in\.$/s;

/** The message a load of `input` fails with (undefined if it loads). */
function failure(input: unknown): string | undefined {
  try {
    loadDataset(input);
    return undefined;
  } catch (err) {
    if (!(err instanceof DatasetIntegrityError)) throw err;
    expect(err.message).toMatch(HEAD);
    return err.message;
  }
}

/** A deep copy of the file as shipped, damaged, without a new hash. */
const shipped = (damage: (e: EncodedDataset) => void): EncodedDataset => {
  const copy = structuredClone(committed);
  damage(copy);
  return copy;
};

/** The file as shipped, damaged, with a fresh hash that matches the damage. */
const rehashed = (damage: (e: EncodedDataset) => void): EncodedDataset => {
  const copy = shipped(damage);
  copy.hash = contentHash(copy);
  return copy;
};

/** The records damaged, then encoded with a fresh hash that matches them. */
const rebuilt = (damage: (f: DatasetFile) => void): EncodedDataset => {
  const copy: DatasetFile = structuredClone({ ...records, series: records.series, fdi: records.fdi });
  damage(copy);
  return encodeDataset(copy);
};

/** Changes one character of a string at `at` to another character of the same alphabet. */
const changeChar = (s: string, at: number, alphabet: string): string => {
  const other = alphabet[(alphabet.indexOf(s[at]) + 1) % alphabet.length];
  return s.slice(0, at) + other + s.slice(at + 1);
};
const HEX = "0123456789abcdef";
/** Sets hexadecimal digits of one record's cells: `field` digits from `from` within the record. */
const setCells = (e: EncodedDataset, table: "series" | "fdi", row: number, from: number, digits: string): void => {
  const width = e.tables[table].cells.length / e.tables[table].rows;
  const at = row * width + from;
  e.tables[table].cells = e.tables[table].cells.slice(0, at) + digits + e.tables[table].cells.slice(at + digits.length);
};
const seriesIndex = (r: string, p: string, f: string, c: string, year: number): number =>
  records.series.findIndex(
    (s) => s[0] === r && s[1] === p && s[2] === f && s[3] === c && s[7] <= year && year < s[7] + s[8].length,
  );

describe("the committed dataset", () => {
  it("loads, and its recorded hash is its content's", () => {
    expect(failure(committed)).toBeUndefined();
    expect(committed.hash).toBe(contentHash(committed));
  });

  it("goes through encoding and back unchanged, value for value", () => {
    const again = datasetFromFile(records).file;
    expect(again.series).toEqual(records.series);
    expect(again.fdi).toEqual(records.fdi);
    expect(encodeDataset(records)).toEqual(committed);
  });
});

describe("damage to the file as shipped", () => {
  test.each<[string, (e: EncodedDataset) => void, RegExp]>([
    [
      "one digit of a value changed",
      (e) => {
        e.tables.series.values = changeChar(e.tables.series.values, 5000, HEX);
      },
      /not what the build recorded for edition 2025\.1/,
    ],
    [
      "one digit of an exchange rate changed",
      (e) => {
        e.fx[0].rates[40] += 1;
      },
      /not what the build recorded/,
    ],
    [
      "the edition changed",
      (e) => {
        e.edition = "2025.2";
      },
      /not what the build recorded for edition 2025\.2/,
    ],
    [
      "the edition missing",
      (e) => {
        delete (e as Partial<EncodedDataset>).edition;
      },
      /the edition is missing/,
    ],
    [
      "the recorded hash missing",
      (e) => {
        delete (e as Partial<EncodedDataset>).hash;
      },
      /the content hash the build records is missing/,
    ],
    [
      "an unknown encoding",
      (e) => {
        e.encoding = 99;
      },
      /the file is in encoding 99, not 3/,
    ],
    [
      "the fields one record short",
      (e) => {
        e.tables.series.cells = e.tables.series.cells.slice(16);
      },
      /the series table's fields do not list its \d+ records/,
    ],
    [
      "the years one record short",
      (e) => {
        e.tables.fdi.at = e.tables.fdi.at.slice(2);
      },
      /the fdi table's years do not list its \d+ records/,
    ],
    [
      "a record's first year moved by one",
      (e) => {
        e.tables.series.at[100] += 1;
      },
      /not what the build recorded/,
    ],
    [
      "a table missing",
      (e) => {
        delete (e.tables as Partial<EncodedDataset["tables"]>).fdi;
      },
      /the fdi table is missing/,
    ],
    [
      "the list of notes missing",
      (e) => {
        delete (e as Partial<EncodedDataset>).notes;
      },
      /the list of notes is missing/,
    ],
    [
      "a note removed",
      (e) => {
        e.notes.pop();
      },
      /not what the build recorded.*note is unknown/s,
    ],
  ])("%s", (_name, damage, expected) => {
    expect(failure(shipped(damage))).toMatch(expected);
  });

  test.each([null, "dataset", [], 42])("no dataset at all (%j)", (input) => {
    expect(failure(input)).toMatch(/the file holds no dataset/);
  });

  it("any one character changed anywhere in the tables is caught", () => {
    const parts = (["series", "fdi"] as const).flatMap((table) =>
      (["cells", "values", "raw"] as const)
        .filter((f) => committed.tables[table][f] !== "")
        .map((f) => [table, f] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.nat(), ([table, field], n) => {
        const damaged = shipped((e) => {
          const s = e.tables[table][field];
          const at = n % s.length;
          e.tables[table][field] = s.slice(0, at) + String.fromCharCode(s.charCodeAt(at) + 1) + s.slice(at + 1);
        });
        expect(failure(damaged)).toMatch(/not what the build recorded/);
      }),
      { seed: 20250401, numRuns: 100 },
    );
  });
});

describe("damage to the records, with a matching hash", () => {
  const cnMy2021 = seriesIndex("CN", "MY", "T", "USD", 2021);
  const series = (f: DatasetFile, i: number): SeriesRecord => f.series[i];
  const fdi = (f: DatasetFile, i: number): FdiRecord => f.fdi[i];

  test.each<[string, (f: DatasetFile) => void, RegExp]>([
    [
      "a duplicated series record",
      (f) => {
        f.series.push(structuredClone(series(f, cnMy2021)));
      },
      /series record \d+ \(CN MY T USD\) gives values for years that series record \d+ gives too/,
    ],
    [
      "two records of one key whose years overlap",
      (f) => {
        const r = structuredClone(series(f, cnMy2021));
        r[5] = "imf-dots";
        r[6] = "R";
        f.series.push(r);
      },
      /gives values for years that/,
    ],
    [
      "a duplicated FDI record",
      (f) => {
        f.fdi.push(structuredClone(fdi(f, 0)));
      },
      /fdi record \d+ \(.+\) repeats the key of fdi record \d+/,
    ],
    [
      "an infinite value",
      (f) => {
        series(f, cnMy2021)[8][0] = Infinity;
      },
      /the series table holds a value that is not a finite number/,
    ],
    [
      "a scale out of range",
      (f) => {
        series(f, cnMy2021)[4] = 13;
      },
      /scale is 13/,
    ],
    [
      "values running past the index",
      (f) => {
        series(f, cnMy2021)[8].push(...Array.from({ length: 10 }, () => 1));
      },
      /its values run to 20\d\d, past 2030/,
    ],
    [
      "a group member that does not exist",
      (f) => {
        f.groups.ASEAN.members?.push("ZZ");
      },
      /group "ASEAN" lists the unknown member "ZZ"/,
    ],
    [
      "no group for the world as a whole",
      (f) => {
        delete f.groups.WORLD;
        // Records with the world as a party would name an unknown code, which the build refuses.
        f.series = f.series.filter((r) => r[0] !== "WORLD" && r[1] !== "WORLD");
        f.fdi = f.fdi.filter((r) => r[1] !== "WORLD" && r[2] !== "WORLD");
      },
      /the group WORLD is missing/,
    ],
    [
      "a country listed twice",
      (f) => {
        f.countries.push(structuredClone(f.countries[0]));
      },
      /the code "\w+" appears twice/,
    ],
    [
      "a source without a publisher",
      (f) => {
        f.sources["imf-dots"].publisher = "";
      },
      /source "imf-dots" has no publisher/,
    ],
    [
      '"abc" for an exchange rate',
      (f) => {
        (f.fx[0].rates as unknown[])[3] = "abc";
      },
      /the CNY rate for 1984 is "abc", not a positive number/,
    ],
    [
      "an exchange rate citing no source",
      (f) => {
        f.fx[0].sourceId = "nowhere";
      },
      /exchange-rate series 1 names the unknown source "nowhere"/,
    ],
    [
      "an FDI year without a breakdown for an unknown reporter",
      (f) => {
        f.fdiGaps[0].reporter = "XQ";
      },
      /FDI year without a breakdown 1 .* is malformed/,
    ],
    [
      "a qualifier no source uses",
      (f) => {
        f.sources["imf-dots"].qualifier = "roughly" as "about";
      },
      /source "imf-dots" has the qualifier "roughly"/,
    ],
    [
      "a documented gap ending before it starts",
      (f) => {
        f.gaps[0].to = f.gaps[0].from - 1;
      },
      /documented gap 1 .* is malformed/,
    ],
  ])("%s", (_name, damage, expected) => {
    const damaged = rebuilt(damage);
    expect(damaged.hash).toBe(contentHash(damaged));
    expect(failure(damaged)).toMatch(expected);
  });

  it("a record with one field more than its table declares is refused by the build, which names the fix", () => {
    expect(() =>
      rebuilt((f) => {
        (series(f, 0) as unknown[]).push("note", "one more");
      }),
    ).toThrow(/declare the new field in src\/core\/dataset-types\.ts/);
  });
});

describe("damage to the encoded tables, with a matching hash", () => {
  const S = committed.tables.series;
  const last = (e: EncodedDataset): number => e.tables.series.rows - 1;
  test.each<[string, (e: EncodedDataset) => void, RegExp]>([
    [
      "two records swapped",
      (e) => {
        const at = e.tables.series.at;
        [at[10], at[11], at[12], at[13]] = [at[12], at[13], at[10], at[11]];
      },
      /series record 7 \(.+\) is out of order/,
    ],
    [
      "a record moved into the years of the one before",
      (e) => {
        const at = e.tables.series.at;
        const i = at.findIndex((x, k) => k % 2 === 0 && k > 0 && at[k + 1] === 1 && x === at[k - 2] + at[k - 1]);
        at[i] -= 1;
      },
      /gives values for years that series record \d+ gives too/,
    ],
    [
      "an FDI record with the key of the one before",
      (e) => {
        const at = e.tables.fdi.at;
        at[20] = at[18] - (at[18] % 41) + 40;
        at[21] = 1;
      },
      /fdi record 11 \(.+\) repeats the key of fdi record 10/,
    ],
    [
      "a key past the last economy",
      (e) => {
        e.tables.series.at[2 * last(e)] += 41 * 8 * 400 * 400;
      },
      /series record \d+: its key names no known code/,
    ],
    [
      "a first year that is no whole number",
      (e) => {
        e.tables.series.at[0] += 0.5;
      },
      /series record 1: its years are unreadable/,
    ],
    [
      "a record with no values",
      (e) => {
        e.tables.fdi.at[1] = 0;
      },
      /fdi record 1 \(.+\): its values run to/,
    ],
    [
      "a source past the list of sources",
      (e) => setCells(e, "series", 3, 1, "ff"),
      /series record 4 \(.+\): source is unknown/,
    ],
    ["an unknown status", (e) => setCells(e, "series", 3, 3, "9"), /series record 4 \(.+\): status is unknown/],
    ["a scale out of range", (e) => setCells(e, "series", 3, 0, "d"), /series record 4 \(.+\): scale is 13/],
    [
      "a note past the list of notes",
      (e) => setCells(e, "series", 3, 4, "ee"),
      /series record 4 \(.+\): note is unknown/,
    ],
    [
      "values stored at an unreadable width",
      (e) => setCells(e, "fdi", 0, 3, "e"),
      /fdi record 1 \(.+\): its values are stored in an unreadable form/,
    ],
    [
      "a raw value that is no number",
      (e) => {
        e.tables.series.raw = "7ff0000000000001" + e.tables.series.raw.slice(16);
      },
      /the series table holds a value that is not a finite number/,
    ],
  ])("%s", (_name, damage, expected) => {
    expect(S.cells.length).toBeGreaterThan(0);
    expect(failure(rehashed(damage))).toMatch(expected);
  });
});

describe("records the form cannot carry", () => {
  const cnMy2021 = seriesIndex("CN", "MY", "T", "USD", 2021);
  const series = (f: DatasetFile, i: number): SeriesRecord => f.series[i];
  const fdi = (f: DatasetFile, i: number): FdiRecord => f.fdi[i];
  test.each<[string, (f: DatasetFile) => void, RegExp]>([
    [
      '"abc" for a value',
      (f) => {
        (series(f, cnMy2021)[8] as unknown[])[0] = "abc";
      },
      /series record \d+: its values are not a list of numbers/,
    ],
    [
      "an unknown economy code",
      (f) => {
        series(f, cnMy2021)[1] = "XQ";
      },
      /series record \d+: partner "XQ" is not one the dataset knows/,
    ],
    [
      "an unknown source id",
      (f) => {
        fdi(f, 3)[3] = "no-such-source";
      },
      /fdi record 4: source "no-such-source" is not one the dataset knows/,
    ],
    [
      "an unknown flow",
      (f) => {
        series(f, cnMy2021)[2] = "Q" as "T";
      },
      /flow "Q" is not one the dataset knows/,
    ],
    [
      "an unknown status",
      (f) => {
        series(f, cnMy2021)[6] = "Z" as "R";
      },
      /status "Z" is not one the dataset knows/,
    ],
    [
      "a missing status",
      (f) => {
        (series(f, cnMy2021) as unknown[])[6] = undefined;
      },
      /series record \d+: status \(missing\) is not one the dataset knows/,
    ],
    [
      "a year before the index",
      (f) => {
        series(f, cnMy2021)[7] = 1985;
      },
      /series record \d+: first year 1985 is outside 1990–2030/,
    ],
  ])("%s: the build refuses them, naming the record", (_name, damage, expected) => {
    expect(() => rebuilt(damage)).toThrow(expected);
  });
});

describe("every function, when the bundled dataset is damaged", () => {
  it("returns one #VALUE! saying so, whatever its arguments", async () => {
    const damaged = shipped((e) => {
      e.tables.series.values = changeChar(e.tables.series.values, 5000, HEX);
    });
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../src/core/data/dataset.json", () => damaged);
      const catalog = await import("../../src/functions/catalog");
      for (const [id, entry] of Object.entries(catalog.FUNCTIONS)) {
        const args = ["CN", "MY", 2024, null, null, null, null].slice(0, entry.maxArgs);
        const result = (entry.fn as (...a: unknown[]) => unknown)(...args);
        const cell = Array.isArray(result) ? result : [[result]];
        expect({ id, cells: cell.length, width: cell[0].length }).toEqual({ id, cells: 1, width: 1 });
        const error = cell[0][0];
        expect(isCellError(error) && { id, code: error.code, message: error.message }).toEqual({
          id,
          code: "#VALUE!",
          message: expect.stringMatching(HEAD),
        });
      }
    });
    jest.dontMock("../../src/core/data/dataset.json");
  });

  it("the undamaged dataset answers as before", () => {
    expect((FUNCTIONS.TRADE.fn as (...a: unknown[]) => unknown)("CN", "MY", 2024)).toEqual(expect.any(Number));
  });
});
