// End-to-end test of report.html in real headless Chromium (Debian's /usr/bin/chromium),
// driven by playwright-core: the page is opened from disk with every network request
// refused, must log no console error, and every chart must have drawn (an SVG with shapes).
// It must pass axe-core's WCAG 2.1 AA rules with no violation, and a Swedish report must show
// no English or internal word (FORBIDDEN_WORDS, plus the YAML ids of the scenario read from
// the folder's CSV files). Full-page screenshots at 1280 px, on screen and in print emulation,
// are saved for people to look at (SCREENSHOT_PNG and SCREENSHOT_PNG with -print.png).
// Usage: node report_e2e.mjs REPORT_HTML SCREENSHOT_PNG WEB_DIR (where web/node_modules is)
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const [reportPath, screenshotPath, webDir] = process.argv.slice(2);
if (!reportPath || !screenshotPath || !webDir) {
  console.error('usage: node report_e2e.mjs REPORT_HTML SCREENSHOT_PNG WEB_DIR');
  process.exit(2);
}
const requireWeb = createRequire(resolve(webDir, 'package.json'));
const {chromium} = requireWeb('playwright-core');
const axeSource = readFileSync(requireWeb.resolve('axe-core/axe.min.js'), 'utf8');

// Words a Swedish reader must not meet: English, units, internal names. Matched as whole
// words, case-insensitive, in the visible text.
const FORBIDDEN_WORDS = [
  'PARAMETERS.md', 'DOMAIN.md', 'seed 000', 'seed 001', 'seed 002', 'seed 003', 'seed 004',
  'assumption', 'assumptions', 'probability', 'households/year', 'households', 'household',
  'city_central_reserve', 'do_nothing', 'yes', 'no', 'FTE', 'SEK', 'replications', 'ratio',
  'factor', 'places', 'budget year', 'attempts', 'lognormal', 'beta(', 'triangular',
  'p95', 'cohort', 'shelter', 'hotel', 'training', 'trial', 'evicted', 'evictions', 'nights',
  'own lease', 'the', 'and', 'of', 'per year', 'year', 'years', 'Inget nytt', 'replikeringar',
  'säkerställd', 'egna kostnader', 'Slag', 'Underlag för beslut', 'Hemlöshetsnätter',
  'Personalens beläggning', 'observerade siffror; 1', '1 observerade',
];

// The scenario's YAML ids (options, states, payers, budget items, roles, validation targets)
// from the folder's CSV files: none may show in a Swedish report. Ids that are Swedish words
// as they stand (bolots, bosamordnare, socionom, boendelots) are the application's own words.
function scenarioIds(folder) {
  const ids = new Set();
  const read = (name) => {
    try { return readFileSync(resolve(folder, name), 'utf8').split('\n').slice(1); }
    catch { return []; }
  };
  for (const line of read('summary.csv')) ids.add(line.split(',')[0]);
  for (const line of read('timeseries.csv')) ids.add(line.split(',')[2]);
  for (const line of read('budget.csv')) {
    const cells = line.split(',');
    ids.add(cells[0]); ids.add(cells[2]); ids.add(cells[5]);
  }
  for (const line of read('validation.csv')) ids.add(line.split(',')[0]);
  for (const line of read('summary.csv')) {
    const metric = line.split(',')[1] || '';
    const payer = metric.match(/^cost_(.+)_tkr$/);
    if (payer) ids.add(payer[1]);
  }
  const swedish = new Set(['bolots', 'bosamordnare', 'socionom', 'boendelots', 'district',
                           'landlord', 'tenant', 'housing', 'events', 'staff', 'fixed', 'total',
                           'socialstyrelsen']);
  return [...ids].filter((id) => id && (id.includes('_') || !swedish.has(id)) &&
                                  /^[a-z0-9_]+$/.test(id) && !/^\d+$/.test(id));
}
const failures = [];
// Headless, with the flags that work on this machine; playwright starts Chromium with a new
// empty profile of its own (it refuses --user-data-dir in launch arguments).
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({viewport: {width: 1280, height: 900},
                                             offline: true, locale: 'sv-SE'});
  const requests = [];
  // Only the file itself may load: anything else would be a network request.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(pathToFileURL(resolve(reportPath)).href, {waitUntil: 'load'});
  await page.waitForTimeout(300);

  const charts = await page.$$eval('[data-chart]', (elements) => elements.map((element) => ({
    id: element.getAttribute('data-chart'),
    drawn: element.getAttribute('data-drawn') === 'true',
    shapes: element.querySelectorAll('svg path, svg rect, svg line, svg text').length,
    width: element.getBoundingClientRect().width,
  })));
  if (charts.length === 0) failures.push('no charts in the page');
  for (const chart of charts) {
    if (!chart.drawn || chart.shapes < 3 || chart.width < 100) {
      failures.push(`chart ${chart.id} did not draw (${chart.shapes} shapes, ${chart.width}px)`);
    }
  }
  // Tables must fit the page: nothing wider than the viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth -
                                             document.documentElement.clientWidth);
  if (overflow > 0) failures.push(`page is ${overflow}px wider than the window`);
  // Sources wrap anywhere: squeezed by wide neighbours they break letter by letter.
  const narrow = await page.evaluate(() => [...document.querySelectorAll('td.source')]
      .filter((cell) => cell.getBoundingClientRect().width < 100).length);
  if (narrow > 0) failures.push(`${narrow} source cells narrower than 100px`);
  // Accessibility: axe-core's WCAG 2.0/2.1 A and AA rules, no violation.
  await page.evaluate(axeSource);
  const axe = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}; ` +
                                        v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
  });
  for (const violation of axe) failures.push(`axe: ${violation}`);
  // Every chart has a text alternative: a label on its container.
  const unlabelled = await page.$$eval('[data-chart]', (elements) => elements
      .filter((e) => !(e.getAttribute('aria-label') || '').trim()).map((e) => e.getAttribute('data-chart')));
  for (const id of unlabelled) failures.push(`chart ${id} has no text alternative (aria-label)`);
  // A Swedish report: no English, internal or YAML word in what the reader sees.
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang === 'sv') {
    // Parts marked as English (a standard's name) and the scenario file's path (a file the
    // district wrote) are left out.
    const manifest = JSON.parse(readFileSync(resolve(dirname(resolve(reportPath)), 'manifest.json'), 'utf8'));
    const visible = await page.evaluate((scenarioPath) => {
      const body = document.body.cloneNode(true);
      body.querySelectorAll('[lang="en"], script, style').forEach((e) => e.remove());
      const labels = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
      document.body.appendChild(body);
      body.style.position = 'absolute';
      const text = body.innerText;
      body.remove();
      return (text + '\n' + labels.join('\n')).split(scenarioPath).join('');
    }, manifest.scenario);
    const words = [...FORBIDDEN_WORDS, ...scenarioIds(dirname(resolve(reportPath)))];
    for (const word of words) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_])${escaped}(?=$|[^\\p{L}\\p{N}_])`, 'iu');
      const found = visible.match(pattern);
      if (found) {
        const at = found.index;
        failures.push(`Swedish report shows "${word}": …${visible.slice(Math.max(0, at - 50), at + 60).replace(/\s+/g, ' ')}…`);
      }
    }
  }
  for (const error of errors) failures.push(`console error: ${error}`);
  for (const url of requests) failures.push(`network request: ${url}`);
  await page.screenshot({path: screenshotPath, fullPage: true});
  await page.emulateMedia({media: 'print'});
  await page.waitForTimeout(200);
  await page.screenshot({path: screenshotPath.replace(/\.png$/, '-print.png'), fullPage: true});
  console.log(`${charts.length} charts drawn; screenshot ${screenshotPath}`);
} finally {
  await browser.close();
}
if (failures.length) {
  for (const failure of failures) console.error('FAIL: ' + failure);
  process.exit(1);
}
console.log('report renders offline without errors');
