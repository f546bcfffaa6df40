/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * npm start: serve the add-in on https://localhost:3000 and load it into Excel.
 * - Windows and macOS with Excel desktop: office-addin-debugging starts the dev server and sideloads manifest.xml.
 * - Elsewhere (no Excel desktop): the dev server keeps running and this prints how to load the add-in into
 *   Excel on the web.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PID_FILE = path.join(ROOT, "dist", ".dev-server.pid");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function waitForPort(port, timeoutMs) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`nothing is listening on port ${port}`));
        else setTimeout(attempt, 300);
      });
    };
    attempt();
  });
}

/** Whether the dev server ended up on https (it falls back to http where no certificate could be made). */
function speaksTls(port) {
  return new Promise((resolve) => {
    const socket = require("tls").connect({ port, host: "127.0.0.1", rejectUnauthorized: false }, () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function instructionsForExcelOnTheWeb(https) {
  const base = `${https ? "https" : "http"}://localhost:3000`;
  const warning = https
    ? ""
    : `
Warning: no development certificate could be made, so the server speaks plain http. Excel only loads
add-ins over https: fix the certificate (npx office-addin-dev-certs install) and run npm start again.
`;
  return `
The ASEAN Data add-in is being served at ${base} (task pane: ${base}/taskpane.html,
function help: ${base}/help.html).${warning} Excel desktop is not available on this machine, so load it into
Excel on the web:

  1. Open a workbook in Excel on the web (https://www.office.com, or your organisation's OneDrive/SharePoint).
  2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > My Add-ins > Upload My Add-in.
  3. Choose this file:  ${MANIFEST}
  4. The "ASEAN Data" button appears on the Home tab; type =ASEAN.TRADE("CN","MY",2024) in a cell.

The browser must trust the development certificate: run "npx office-addin-dev-certs install" once (it needs
administrator rights), or open https://localhost:3000/taskpane.html once and accept the certificate.
Press Ctrl+C to stop serving.`;
}

async function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    const child = spawn(
      bin("office-addin-debugging"),
      [
        "start",
        MANIFEST,
        "desktop",
        "--app",
        "excel",
        "--dev-server",
        "npm run dev-server",
        "--dev-server-port",
        "3000",
      ],
      { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" },
    );
    child.on("exit", (code) => process.exit(code ?? 0));
    return;
  }
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit" });
  server.on("exit", (code) => process.exit(code ?? 0));
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await waitForPort(3000, 120000);
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  console.log(instructionsForExcelOnTheWeb(await speaksTls(3000)));
}

main().catch((err) => {
  console.error(`npm start failed: ${err.message}`);
  process.exit(1);
});
