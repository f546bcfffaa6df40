/**
 * The pane's Fluent theme from Office's own: dark when Office's body background is dark (Dark Gray,
 * Black), light otherwise (White, Colorful), with Office's exact background and text colours where they
 * read well together. Outside Office the browser's colour-scheme preference decides.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { contrast, luminance, parseHex } from "./colour-contrast";

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

export function paneTheme(office: OfficeThemeColours | undefined, prefersDark: boolean): Theme {
  const background = office?.bodyBackgroundColor;
  const foreground = office?.bodyForegroundColor;
  if (!background || !parseHex(background)) return prefersDark ? webDarkTheme : webLightTheme;
  const dark = luminance(background) < 0.2;
  const base = dark ? webDarkTheme : webLightTheme;
  const text =
    foreground && parseHex(foreground) && contrast(background, foreground) >= 7
      ? foreground
      : base.colorNeutralForeground1;
  return { ...base, colorNeutralBackground1: normalise(background), colorNeutralForeground1: normalise(text) };
}

const normalise = (hex: string): string => (hex.startsWith("#") ? hex : `#${hex}`);

/** Office's theme colours where the host reports them (desktop Office); undefined elsewhere. */
export function officeThemeColours(): OfficeThemeColours | undefined {
  const office = (globalThis as { Office?: { context?: { officeTheme?: OfficeThemeColours } } }).Office;
  try {
    return office?.context?.officeTheme ?? undefined;
  } catch {
    // Some hosts throw on reading a theme they do not support.
    return undefined;
  }
}
