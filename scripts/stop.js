/* eslint-disable @typescript-eslint/no-require-imports */
/** npm stop: end a sideloading session on Windows/macOS, or the dev server that npm start left running. */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, "dist", ".dev-server.pid");

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
  );
  const r = spawnSync(bin, ["stop", path.join(ROOT, "manifest.xml")], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 0);
}
if (!fs.existsSync(PID_FILE)) {
  console.log("No dev server started by npm start is running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (pid ${pid}).`);
} catch {
  console.log("The dev server had already stopped.");
}
fs.rmSync(PID_FILE, { force: true });
