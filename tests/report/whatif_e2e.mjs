// "Pröva själv" in real headless Chromium (playwright-core), the page opened from disk with
// every network request refused:
// (1) moving a slider (the first staff FTE) reruns the engine and changes the figures shown,
//     and the command line shown names the field; a screenshot of the section is saved;
// (2) window.hcsimWhatIf.run({set, replications, seed}) gives the means `hcsim compare --set`
//     wrote to EXPECTED_SUMMARY_CSV (same scenario, set, replications and seed), every metric
//     within 1e-3 relative (0.0001 absolute: the CSV's 4 decimals); prints the largest gap;
// (3) the page logs no console error;
// (4) with JavaScript disabled the section says it needs it and the static figures are there.
// Usage: node whatif_e2e.mjs REPORT_HTML EXPECTED_SUMMARY_CSV SET_JSON REPLICATIONS SEED
//        SCREENSHOT_PNG WEB_DIR
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const [reportPath, expectedCsv, setJson, replications, seed, screenshot, webDir] =
    process.argv.slice(2);
if (!webDir) {
  console.error('usage: node whatif_e2e.mjs REPORT_HTML EXPECTED_SUMMARY_CSV SET_JSON ' +
                'REPLICATIONS SEED SCREENSHOT_PNG WEB_DIR');
  process.exit(2);
}
const requireWeb = createRequire(resolve(webDir, 'package.json'));
const {chromium} = requireWeb('playwright-core');
const fail = (message) => { console.error('FAIL: ' + message); process.exitCode = 1; };

const expected = new Map();
for (const line of readFileSync(expectedCsv, 'utf8').trim().split('\n').slice(1)) {
  const [option, metric, , mean] = line.split(',');
  expected.set(option + '/' + metric, mean === '' ? null : Number(mean));
}

const browser = await chromium.launch({
  executablePath: process.env.HCSIM_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(resolve(reportPath)).href);
  await page.waitForFunction(() => window.hcsimWhatIf !== undefined, null, {timeout: 30000});

  // (1) A slider moves the figures.
  const finished = () => Number(document.getElementById('whatif-app').dataset.finished || 0);
  await page.waitForFunction(finished, null, {timeout: 60000}); // the run at opening
  const before = await page.locator('#whatif .whatif-table tbody').innerText();
  const runsBefore = await page.evaluate(finished);
  const slider = page.locator('#whatif fieldset input[type=range]').first();
  const max = await slider.getAttribute('max');
  await slider.evaluate((input, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true}));
  }, max);
  await page.waitForFunction((n) => Number(document.getElementById('whatif-app').dataset.finished) > n,
                             runsBefore, {timeout: 60000});
  const after = await page.locator('#whatif .whatif-table tbody').innerText();
  if (after === before) fail('moving the first slider to its maximum changed no figure');
  const command = await page.locator('#whatif-command').innerText();
  if (!/--set \S+\.fte=/.test(command)) fail('the command line does not name the FTE set: ' + command);
  await page.locator('#whatif').screenshot({path: screenshot});

  // (2) The engine's means against the CLI's.
  const started = Date.now();
  const answer = await page.evaluate(async ([set, runs, s]) => {
    await window.hcsimWhatIf.ready;
    return window.hcsimWhatIf.run({set, replications: runs, seed: s});
  }, [JSON.parse(setJson), Number(replications), Number(seed)]);
  const seconds = (Date.now() - started) / 1000;
  let largest = 0;
  let compared = 0;
  for (const row of answer.summary) {
    const key = row.option + '/' + row.metric;
    if (!expected.has(key)) { fail('summary.csv has no ' + key); continue; }
    const want = expected.get(key);
    compared += 1;
    if (want === null || row.mean === null) {
      if (want !== row.mean) fail(key + ': ' + row.mean + ' in the browser, ' + want + ' in the CLI');
      continue;
    }
    const gap = Math.abs(row.mean - want);
    const allowed = Math.max(1e-3 * Math.abs(want), 1e-4);
    largest = Math.max(largest, gap / Math.max(Math.abs(want), 1e-4));
    if (gap > allowed) fail(key + ': ' + row.mean + ' in the browser, ' + want + ' in the CLI');
  }
  if (compared !== expected.size) fail(`compared ${compared} of ${expected.size} metrics`);
  console.log(`what-if equals compare on ${compared} metrics (largest relative gap ` +
              `${largest.toExponential(2)}); ${replications} replications of every option in ` +
              `${seconds.toFixed(1)} s`);

  if (errors.length) fail('console errors: ' + errors.join(' | '));

  // (4) Without JavaScript.
  const still = await browser.newContext({javaScriptEnabled: false});
  const plain = await still.newPage();
  await plain.goto(pathToFileURL(resolve(reportPath)).href);
  const section = await plain.locator('#whatif').innerText();
  if (!section.includes('behöver JavaScript') && !section.includes('needs JavaScript')) {
    fail('without JavaScript the section does not say it needs it: ' + section.slice(0, 200));
  }
  if (!(await plain.locator('#whatif-app').isHidden())) fail('the controls show without JavaScript');
  if ((await plain.locator('#summary table, #summary p').count()) === 0) {
    fail('without JavaScript the summary is empty');
  }
  await still.close();
} finally {
  await browser.close();
}
