/* eslint-disable @typescript-eslint/no-require-imports */
const { sources } = require("webpack");
// The help page is rendered by the core itself (TypeScript), loaded through tsx at build time.
const tsx = require("tsx/cjs/api");
const { renderHelpPage } = tsx.require("./help-page.ts", __filename);
const { normaliseBaseUrl } = tsx.require("./manifest-for-host.ts", __filename);
const { localizeMetadata, ZH_HELP_FILE, ZH_METADATA_FILE } = tsx.require("./localized-metadata.ts", __filename);

const STAGE = require("webpack").Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE;

/** Writes the Chinese metadata beside the English functions.json the metadata plugin generates. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: STAGE }, (assets) => {
        const meta = assets["functions.json"];
        if (!meta) return;
        const zh = localizeMetadata(JSON.parse(meta.source().toString()));
        compilation.emitAsset(ZH_METADATA_FILE, new sources.RawSource(JSON.stringify(zh, null, 4)));
      });
    });
  }
}

/** Writes help.html from the generated functions.json, so function help has one source: the JSDoc; and the
 *  Chinese page from the Chinese metadata. */
class RenderHelpPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RenderHelpPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "RenderHelpPlugin", stage: STAGE }, (assets) => {
        const meta = assets["functions.json"];
        if (!meta) return;
        const html = renderHelpPage(JSON.parse(meta.source().toString()));
        compilation.emitAsset("help.html", new sources.RawSource(html));
        const zh = assets[ZH_METADATA_FILE];
        if (zh)
          compilation.emitAsset(
            ZH_HELP_FILE,
            new sources.RawSource(renderHelpPage(JSON.parse(zh.source().toString()), "zh")),
          );
      });
    });
  }
}

/** Rewrites the development host in every emitted text file when building for another host. */
class RebaseUrlsPlugin {
  constructor(from, to) {
    this.from = from;
    // The same rules as the production manifest command: https, no query, no trailing slash.
    this.to = to.replace(/\/+$/, "") === from ? from : normaliseBaseUrl(to);
  }
  apply(compiler) {
    if (this.from === this.to) return;
    compiler.hooks.thisCompilation.tap("RebaseUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "RebaseUrlsPlugin", stage: STAGE + 1 }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (!/\.(xml|json|html|js)$/.test(name) || name.startsWith("office-js/")) continue;
          const text = assets[name].source().toString();
          if (text.includes(this.from))
            compilation.updateAsset(name, new sources.RawSource(text.split(this.from).join(this.to)));
        }
      });
    });
  }
}

module.exports = { LocalizedMetadataPlugin, RenderHelpPlugin, RebaseUrlsPlugin };
