// End-to-end test of report.html in real headless Chromium (Debian's /usr/bin/chromium),
// driven by playwright-core: the page is opened from disk with every network request
// refused, must log no console error, and every chart must have drawn (an SVG with shapes).
// A full-page screenshot is saved for people to look at.
// Usage: node report_e2e.mjs REPORT_HTML SCREENSHOT_PNG WEB_DIR (where web/node_modules is)
import {createRequire} from 'node:module';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const [reportPath, screenshotPath, webDir] = process.argv.slice(2);
if (!reportPath || !screenshotPath || !webDir) {
  console.error('usage: node report_e2e.mjs REPORT_HTML SCREENSHOT_PNG WEB_DIR');
  process.exit(2);
}
const {chromium} = createRequire(resolve(webDir, 'package.json'))('playwright-core');
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
  const context = await browser.newContext({viewport: {width: 1200, height: 900},
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
  for (const error of errors) failures.push(`console error: ${error}`);
  for (const url of requests) failures.push(`network request: ${url}`);
  await page.screenshot({path: screenshotPath, fullPage: true});
  console.log(`${charts.length} charts drawn; screenshot ${screenshotPath}`);
} finally {
  await browser.close();
}
if (failures.length) {
  for (const failure of failures) console.error('FAIL: ' + failure);
  process.exit(1);
}
console.log('report renders offline without errors');
