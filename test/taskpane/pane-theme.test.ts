import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { contrast, luminance } from "../../src/taskpane/app/colour-contrast";
import { paneTheme } from "../../src/taskpane/app/pane-theme";

describe("contrast", () => {
  test("black on white is 21:1, a colour on itself 1:1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#0f6c7a", "#0f6c7a")).toBeCloseTo(1, 5);
    expect(luminance("not a colour")).toBeNaN();
  });
});

describe("the pane follows Office's theme", () => {
  // Office's own body colours for its themes (Office.context.officeTheme).
  const themes = {
    white: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
    colorful: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" },
    darkGray: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" },
    black: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" },
  };

  test("dark Office themes give a dark pane with Office's own background; light ones a light pane", () => {
    for (const [name, colours] of Object.entries(themes)) {
      const theme = paneTheme(colours, false);
      const dark = name === "darkGray" || name === "black";
      expect({ name, link: theme.colorBrandForegroundLink }).toEqual({
        name,
        link: (dark ? webDarkTheme : webLightTheme).colorBrandForegroundLink,
      });
      expect(theme.colorNeutralBackground1.toLowerCase()).toBe(colours.bodyBackgroundColor.toLowerCase());
      expect(contrast(theme.colorNeutralBackground1, theme.colorNeutralForeground1)).toBeGreaterThanOrEqual(7);
    }
  });

  test("outside Office, or without theme colours, the browser's preference decides", () => {
    expect(paneTheme(undefined, false)).toBe(webLightTheme);
    expect(paneTheme(undefined, true)).toBe(webDarkTheme);
    expect(paneTheme({ bodyBackgroundColor: "" }, true)).toBe(webDarkTheme);
  });

  test("text colours that would read poorly on the background are replaced by the theme's own", () => {
    const theme = paneTheme({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#444444" }, false);
    expect(theme.colorNeutralForeground1).toBe(webDarkTheme.colorNeutralForeground1);
  });
});
