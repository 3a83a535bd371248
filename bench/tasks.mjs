// A page's main-thread tasks on a phone-sized headless Chromium whose CPU is really
// slowed (DevTools' throttling, not Lighthouse's simulation): each task over 50 ms after
// the first contentful paint (or over OVER ms: Lighthouse's simulation keeps only tasks of
// 10 ms or more, measured unslowed, so `bench/tasks.sh URL 1 3 10` shows those), what it
// spent its time on (and how much of it V8 spent compiling wasm functions on their first
// call), the blocking time the tasks over 50 ms add up to, and when the app took the
// server's page over. Run by bench/tasks.sh.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [url, rate = '10', runs = '3', longer = '50'] = process.argv.slice(2);
const KINDS = ['FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'ParseHTML', 'v8.wasm.compileConsume',
  // V8 compiles each wasm function the first time it runs, inside the task that calls it.
  'wasm.CompileLazy'];

for (let run = 1; run <= Number(runs); run++) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tasks-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    userDataDir: profile,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
  const trace = path.join(profile, 'trace.json');
  await page.tracing.start({ path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel', 'v8.wasm'] });
  // FUNCTIONS=N: sample the page's scripts too, and name the N functions each task spent
  // most of its own time in (a build with the wasm's names: `--cargo-profile wasm-names`).
  const functions = Number(process.env.FUNCTIONS || 0);
  if (functions) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load' });
  // Long enough for the app to take over at 10x.
  await new Promise((done) => setTimeout(done, 10000));
  await page.tracing.stop();
  const sampled = functions ? (await cdp.send('Profiler.stop')).profile : undefined;
  const tookOver = await page.evaluate(() => performance.getEntriesByName('valkommen-took-over')[0]?.startTime);
  await browser.close();

  const events = JSON.parse(fs.readFileSync(trace)).traceEvents;
  fs.rmSync(profile, { recursive: true, force: true });
  // The page's renderer: where the page's own HTML was parsed.
  const renderer = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url).pid;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === renderer);
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === renderer).ts;
  const main = events.filter((e) => e.pid === renderer && e.tid === renderer && e.ph === 'X');
  const ms = (us) => Math.round(us / 1000);
  let blocking = 0;
  const lines = [];
  for (const task of main.filter((e) => e.name === 'RunTask' && e.ts > fcp.ts && e.dur > Number(longer) * 1000)) {
    blocking += Math.max(0, task.dur / 1000 - 50);
    const spent = {};
    for (const e of main) {
      if (KINDS.includes(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur) {
        spent[e.name] = (spent[e.name] || 0) + e.dur;
      }
    }
    const compiling = spent['wasm.CompileLazy'];
    delete spent['wasm.CompileLazy'];
    const what = Object.entries(spent).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${ms(v)}`).join(', ')
      + (compiling ? ` (of which compiling wasm ${ms(compiling)})` : '');
    const marks = events.filter((e) => e.pid === renderer && e.cat?.includes('blink.user_timing') && e.ts >= task.ts && e.ts <= task.ts + task.dur)
      .map((e) => `${e.name}@${ms(e.ts - task.ts)}`).join(' ');
    lines.push(`  at ${String(ms(task.ts - start)).padStart(5)} ms  ${String(ms(task.dur)).padStart(4)} ms  ${what}  ${marks}`);
    if (sampled) lines.push(...ownTimes(sampled, task.ts, task.ts + task.dur, functions).map((f) => `      ${f}`));
  }
  // The page's scripts (the app) after the first paint, in all: its tasks' calls.
  const script = main.filter((e) => e.name === 'FunctionCall' && e.ts > fcp.ts
    && !main.some((outer) => outer !== e && outer.name === 'FunctionCall' && outer.ts <= e.ts && outer.ts + outer.dur >= e.ts + e.dur))
    .reduce((sum, e) => sum + e.dur, 0);
  const compiled = main.filter((e) => e.name === 'wasm.CompileLazy').reduce((sum, e) => sum + e.dur, 0);
  const over = tookOver === undefined ? 'did not take over' : `took over at ${Math.round(tookOver)} ms`;
  console.log(`run ${run}: first paint ${ms(fcp.ts - start)} ms, ${over}, blocking after it ${Math.round(blocking)} ms, script after it ${ms(script)} ms, `
    + `of which compiling wasm ${ms(compiled)} ms`);
  for (const line of lines) console.log(line);
}

// The `top` functions by their own time (not their callees') among a CPU profile's
// samples between `from` and `to` (the trace's clock, in µs).
function ownTimes(profile, from, to, top) {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || `(${n.callFrame.url || 'anonymous'})`]));
  const own = new Map();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const lasted = profile.timeDeltas[i + 1] ?? 0;
    if (at < from || at > to) continue;
    const name = names.get(profile.samples[i]);
    own.set(name, (own.get(name) || 0) + lasted);
  }
  return [...own].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => `${(us / 1000).toFixed(1).padStart(6)} ms  ${name}`);
}
