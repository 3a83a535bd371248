// Lighthouse mobile (its defaults: slow 4G, 4x CPU) on the association leaders' desk as
// a signed-in leader sees it: the redeem page, opened afresh. Signs in once in the same
// browser, then audits a cold navigation to /club/ that keeps the session cookie alone
// (the worker, the caches and the page's storage are cleared first). Usage, with the server running on demo data:
//   node bench/lighthouse-club.mjs [BASE]
// from a folder where lighthouse and puppeteer-core are installed, e.g.
//   NODE_PATH=~/.cache/valkommen-lighthouse/node_modules (see ../shared/tools/lighthouse).
import { createRequire } from "node:module";
import { join } from "node:path";
import { homedir } from "node:os";

const require = createRequire(join(process.env.LIGHTHOUSE_DIR || join(homedir(), ".cache/valkommen-lighthouse"), "x.js"));
const puppeteer = require("puppeteer-core");
const { startFlow } = await import(require.resolve("lighthouse"));

const base = process.argv[2] || "http://127.0.0.1:8080";
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
await page.goto(`${base}/club/`);
await page.waitForSelector("#email");
await page.type("#email", "forening@granviken.example");
await page.type("#password", "valkommen-demo");
await page.click("form button[type=submit]");
await page.waitForSelector("#redeem-code");
// A first visit but for the session: the worker, its cache, the page's storage and the
// HTTP cache go; the cookie stays.
const cdp = await page.createCDPSession();
await cdp.send("Storage.clearDataForOrigin", {
  origin: new URL(base).origin,
  storageTypes: "service_workers,cache_storage,local_storage,indexeddb",
});
await cdp.send("Network.clearBrowserCache");
await page.goto("about:blank");
const flow = await startFlow(page, { config: { extends: "lighthouse:default", settings: { disableStorageReset: true } } });
await flow.navigate(`${base}/club/`, { name: "redeem page, signed in" });
const [step] = (await flow.createFlowResult()).steps;
const lhr = step.lhr;
const a = lhr.audits;
const ready = await page.$("#redeem-code");
console.log(Object.entries(lhr.categories).map(([k, v]) => `${k}=${Math.round(v.score * 100)}`).join(" "),
  `bytes=${Math.round(a["total-byte-weight"].numericValue)}`,
  `FCP=${Math.round(a["first-contentful-paint"].numericValue)}ms`,
  `LCP=${Math.round(a["largest-contentful-paint"].numericValue)}ms`,
  `TBT=${Math.round(a["total-blocking-time"].numericValue)}ms`,
  ready ? "(the redeem page)" : "(NOT the redeem page)");
await browser.close();
