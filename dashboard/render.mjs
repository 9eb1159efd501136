// Render the built page (dist/) in headless Chromium: wait for every chart,
// count the data marks of each, note page errors, and take a screenshot.
//   node render.mjs [screenshot.png]   prints one line per chart; exits 1 if a chart is empty
// Chromium from Debian (/usr/bin/chromium, or $CHROMIUM), driven by playwright-core.
import {chromium} from "playwright-core";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {serve} from "./serve.mjs";

export const here = fileURLToPath(new URL(".", import.meta.url));
export const CHARTS = ["mcs-trend", "mcs-heatmap", "ttg-pipeline", "release-share", "upw-progress", "upw-travel"];

export async function render({dist = join(here, "dist"), screenshot = null, width = 1400} = {}) {
  const server = await serve(dist, 0);
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
                                         args: ["--disable-gpu", "--disable-dev-shm-usage"]});
  const errors = [];
  try {
    const page = await browser.newPage({viewport: {width, height: 900}});
    page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource")
                               && errors.push(`console: ${m.text()}`));
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico")
                               && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, {waitUntil: "networkidle"});
    await page.waitForFunction((n) => {
      const cards = document.querySelectorAll("[data-chart]");
      return cards.length >= n && [...cards].every((c) => c.querySelector("svg[class^='plot']"))
        || document.querySelector(".observablehq--error");
    }, CHARTS.length, {timeout: 30000}).catch(() => errors.push("timed out waiting for the charts"));
    const charts = await page.evaluate(() => [...document.querySelectorAll("[data-chart]")].map((c) => ({
      id: c.dataset.chart,
      mark: c.dataset.mark,
      marks: c.querySelectorAll(`svg [aria-label="${c.dataset.mark}"] :is(path, rect, circle, line)`).length,
      title: c.querySelector("h2")?.textContent ?? ""
    })));
    const kpis = await page.evaluate(() => Object.fromEntries(
      [...document.querySelectorAll("[data-kpi]")].map((e) => [e.dataset.kpi, e.textContent.trim()])));
    const cellErrors = await page.$$eval(".observablehq--error", (es) => es.map((e) => e.textContent));
    errors.push(...cellErrors.map((t) => `cell error: ${t}`));
    if (screenshot) await page.screenshot({path: screenshot, fullPage: true});
    return {charts, kpis, errors};
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {charts, kpis, errors} = await render({screenshot: process.argv[2] ?? null});
  for (const c of charts) console.log(`${c.id}: ${c.marks} ${c.mark} marks`);
  for (const [k, v] of Object.entries(kpis)) console.log(`${k}: ${v}`);
  for (const e of errors) console.log(e);
  const empty = CHARTS.filter((id) => !charts.some((c) => c.id === id && c.marks > 0));
  if (empty.length || errors.length) {
    console.log(`empty or missing charts: ${empty.join(", ") || "none"}`);
    process.exit(1);
  }
}
