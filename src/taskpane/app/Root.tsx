import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import { detectHost, type HostState } from "../host/detect-host";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { HostContext } from "./host-context";
import { loadAfterFirstScreen } from "./load-later";
import { DarkPaneContext } from "./dark-pane";
import { luminance } from "./colour-contrast";
import { officeThemeColours, paneTheme } from "./pane-theme";
import { ReadyMarker } from "./ReadyMarker";
import { LanguageContext, message } from "../i18n/i18n";
import { displayLanguage, initialLanguage, rememberedLanguage, rememberLanguage } from "../i18n/pane-language";
import type { Language } from "../../core/i18n/language";

const HOST_TIMEOUT_MS = 15_000;

/**
 * The pane renders at once and learns about its host afterwards: the catalogue, previews and the
 * formula builder need no host, so nothing waits for Office.onReady except the insert buttons.
 */
export function Root(): React.ReactElement {
  const [host, setHost] = React.useState<HostState>({ kind: "detecting" });
  const [language, setLanguageState] = React.useState<Language>(initialLanguage);
  const languageState = React.useMemo(
    () => ({
      language,
      setLanguage: (next: Language) => {
        rememberLanguage(next);
        setLanguageState(next);
      },
    }),
    [language],
  );
  // Office tells its display language once it is ready; the reader's own choice still wins.
  React.useEffect(() => {
    if (host.kind === "excel" && rememberedLanguage() === undefined) setLanguageState(displayLanguage());
  }, [host.kind]);
  React.useEffect(() => {
    document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  }, [language]);
  React.useEffect(() => {
    let live = true;
    // If Office never answers, say so instead of leaving the insert buttons waiting; a late answer still wins.
    const timer = window.setTimeout(
      () => live && setHost((h) => (h.kind === "detecting" ? { kind: "preview", reason: "host.silent" } : h)),
      HOST_TIMEOUT_MS,
    );
    detectHost()
      .then((h) => live && setHost(h))
      .catch(
        (err: unknown) =>
          live &&
          setHost({
            kind: "preview",
            reason: "host.error",
            detail: err instanceof Error ? err.message : String(err),
          }),
      )
      .finally(() => window.clearTimeout(timer));
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, []);
  // Once the first screen is committed (even if it failed to render), the custom functions and the dataset load.
  React.useEffect(() => {
    void loadAfterFirstScreen();
  }, []);
  const prefersDark =
    typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  // Office's theme is known once the host is; until then the browser's preference stands in.
  const theme = React.useMemo(
    () => paneTheme(host.kind === "excel" ? officeThemeColours() : undefined, prefersDark),
    [host.kind, prefersDark],
  );
  const dark = luminance(theme.colorNeutralBackground1) < 0.2;
  React.useEffect(() => {
    // The page around the pane (overscroll, the strip under short views) takes the theme's background too.
    document.documentElement.style.backgroundColor = theme.colorNeutralBackground1;
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [theme, dark]);
  return (
    <FluentProvider theme={theme}>
      <LanguageContext.Provider value={languageState}>
        <DarkPaneContext.Provider value={dark}>
          <HostContext.Provider value={host}>
            <ErrorBoundary area={message(language, "app.area.pane")}>
              <App />
              <ReadyMarker host={host} />
            </ErrorBoundary>
          </HostContext.Provider>
        </DarkPaneContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
