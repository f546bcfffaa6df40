import { c, err } from "./trade-calls";

describe("country resolution", () => {
  it.each([
    ["CN", "CN"],
    ["CHN", "CN"],
    ["China", "CN"],
    ["中国", "CN"],
    [" cn ", "CN"],
    ["china", "CN"],
    ["Vietnam", "VN"],
    ["Viet Nam", "VN"],
    ["viet-nam", "VN"],
    ["越南", "VN"],
    ["VNM", "VN"],
    ["Laos", "LA"],
    ["Lao PDR", "LA"],
    ["老挝", "LA"],
    ["Burma", "MM"],
    ["Myanmar", "MM"],
    ["缅甸", "MM"],
    ["South Korea", "KR"],
    ["Korea", "KR"],
    ["韩国", "KR"],
    ["马来西亚", "MY"],
    ["Malaysia", "MY"],
    ["the Philippines", "PH"],
    ["Brunei", "BN"],
    ["Brunei Darussalam", "BN"],
    ["ＭＹ", "MY"],
    ["ASEAN", "ASEAN"],
    ["东盟", "ASEAN"],
    ["rcep", "RCEP"],
    ["World", "WORLD"],
    ["世界", "WORLD"],
    ["EU", "EU"],
    ["欧盟", "EU"],
    ["Hong Kong", "HK"],
    ["USA", "US"],
  ])("%s -> %s", (text, code) => {
    const r = c.codes.resolve(text);
    expect(r.ok && r.entity.code).toBe(code);
  });

  it("suggests close codes for a typo and names the argument", () => {
    const e = err("Malasia", "CN", 2020);
    expect(e.error).toBe("VALUE");
    expect(e.message).toMatch(/^reporter: "Malasia" is not a known country or group\. Did you mean "MY" \(Malaysia\)/);
    expect(err("CN", "Vietnan", 2020).message).toMatch(/^partner: .*"VN"/);
  });

  it("groups know their members", () => {
    expect(c.codes.get("ASEAN")?.members).toEqual(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]);
    expect(c.codes.get("RCEP")?.members).toHaveLength(15);
  });

  it("the world and a group's members are entities the dataset always defines", () => {
    expect(c.codes.world()).toBe(c.codes.get("WORLD"));
    const asean = c.codes.get("ASEAN");
    expect(asean && c.codes.membersOf(asean)?.map((e) => e.en)).toEqual([
      "Brunei",
      "Cambodia",
      "Indonesia",
      "Laos",
      "Malaysia",
      "Myanmar",
      "Philippines",
      "Singapore",
      "Thailand",
      "Vietnam",
    ]);
    expect(c.codes.membersOf(c.codes.world())).toBeNull();
  });
});
