import {
  formatNumber,
  formatTick,
  formatValue,
  isNumericFormat,
  NOT_AVAILABLE,
} from "../../src/taskpane/format/number-format";

describe("numbers as Excel shows them under the house formats", () => {
  test.each([
    [1234.567, "0", "1235"],
    [1234.567, "0.0", "1234.6"],
    [1234.567, "0.00", "1234.57"],
    [1234.567, "#,##0", "1,235"],
    [1234.567, "#,##0.0", "1,234.6"],
    [0.256, "0%", "26%"],
    [0.256, "0.0%", "25.6%"],
    [2.04, '0.0"x"', "2.0x"],
    [12.5, "@", "12.5"],
    [-1.26, "0.0", "-1.3"],
    [-1234567.8, "#,##0", "-1,234,568"],
  ] as const)("%d under %s reads %s", (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });

  test.each([
    [-0.04, "0.0", "0.0"],
    [-0.001, "0%", "0%"],
    [-0.0004, "0.0%", "0.0%"],
    [-0.01, '0.0"x"', "0.0x"],
    [-0.4, "0", "0"],
  ] as const)("%d rounded to zero under %s is %s, without a minus sign", (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });

  test("a cell without data shows #N/A, and text is shown as it is", () => {
    expect(NOT_AVAILABLE).toBe("#N/A");
    expect(formatValue(null, "0.0")).toBe("#N/A");
    expect(formatValue("more than 50", "0.0")).toBe("more than 50");
    expect(formatValue(3.14159, "0.00")).toBe("3.14");
  });

  test("only text is a format that is not numeric", () => {
    expect(isNumericFormat("@")).toBe(false);
    expect(isNumericFormat("0.0%")).toBe(true);
  });
});

describe("axis tick labels", () => {
  test("have as many decimals as the step needs, in the axis format's family", () => {
    expect(formatTick(0.05, "0.0%", 0.05)).toBe("5%");
    expect(formatTick(0.075, "0.0%", 0.025)).toBe("7.5%");
    expect(formatTick(2000, "#,##0.0", 500)).toBe("2,000");
    expect(formatTick(1.5, '0.0"x"', 0.5)).toBe("1.5x");
    expect(formatTick(0.25, "0.00", 0.25)).toBe("0.25");
    expect(formatTick(1200, "0", 200)).toBe("1200");
  });

  test("a tick at zero has no minus sign", () => {
    expect(formatTick(-0, "0.0%", 0.05)).toBe("0%");
  });
});
