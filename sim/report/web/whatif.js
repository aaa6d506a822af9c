// "Pröva själv": the reader's what-if, run by the report's own engine (WebAssembly) in a Web
// Worker started from the page's text, so it works from a file, offline, with nothing sent.
// window.hcsimWhatIf = {ready, run({set, replications, seed})}: the testable interface; run
// answers {summary: [{option, metric, unit, mean, ci_low, ci_high}], differences, break_even}
// with the names of summary.csv. A new run cancels one in progress (the worker is replaced).
(function () {
  'use strict';
  const byId = (id) => document.getElementById(id);
  const config = JSON.parse(byId('hcsim-whatif-config').textContent);
  const modelText = byId('hcsim-whatif-model').textContent;
  const model = JSON.parse(modelText);
  // The model writes an unbounded range as "inf" (JSON numbers hold no infinity).
  const finite = (x) => (typeof x === 'string' ? Number(x.replace('inf', 'Infinity')) : x);
  for (const f of model.fields) {
    f.allowed_min = finite(f.allowed_min);
    f.allowed_max = finite(f.allowed_max);
  }
  const engineText = byId('hcsim-whatif-engine').textContent;
  const words = config.words;

  // The worker: the engine's script, then this glue (as text: it runs in the worker).
  const glue = `
    let engine = null;
    self.hcsimProgress = (done, total) => self.postMessage({type: 'progress', done, total});
    const started = hcsimWhatIfModule().then((m) => { engine = m; });
    const call = (name, text) => JSON.parse(engine.ccall(name, 'string', ['string'], [text]));
    self.onmessage = async (event) => {
      await started;
      const message = event.data;
      if (message.type === 'load') {
        self.postMessage({type: 'loaded', answer: call('hcsim_whatif_load', message.model)});
      } else {
        self.postMessage({type: 'result', answer: call('hcsim_whatif_run',
                                                         JSON.stringify(message.request))});
      }
    };`;
  const workerUrl = URL.createObjectURL(
      new Blob([engineText, '\n', glue], {type: 'text/javascript'}));

  let worker = null;
  let current = null; // {resolve, reject, onProgress} of the run in progress
  let loaded = null;  // Promise of the worker's model being read

  function startWorker() {
    worker = new Worker(workerUrl);
    loaded = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const message = event.data;
        if (message.type === 'loaded') {
          if (message.answer.error) reject(new Error(message.answer.error));
          else resolve();
        } else if (message.type === 'progress') {
          if (current && current.onProgress) current.onProgress(message.done, message.total);
        } else if (message.type === 'result') {
          const run = current;
          current = null;
          if (!run) return;
          if (message.answer.error) run.reject(new Error(message.answer.error));
          else run.resolve(message.answer);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        const error = new Error(event.message || 'worker failed');
        reject(error);
        if (current) { current.reject(error); current = null; }
      };
    });
    worker.postMessage({type: 'load', model: modelText});
  }
  startWorker();

  function run(request, onProgress) {
    if (current) { // cancel: the engine cannot be interrupted, so its worker is replaced
      worker.terminate();
      current.reject(Object.assign(new Error('cancelled'), {cancelled: true}));
      current = null;
      startWorker();
    }
    const settings = {set: request.set || {}, replications: request.replications || config.replications,
                      seed: request.seed === undefined ? config.seed : request.seed};
    return loaded.then(() => new Promise((resolve, reject) => {
      current = {resolve, reject, onProgress};
      worker.postMessage({type: 'run', request: settings});
    }));
  }
  window.hcsimWhatIf = {ready: loaded, run: (request) => run(request || {})};

  // ---- the controls and results -------------------------------------------------------
  const app = byId('whatif-app');
  const number = (digits) => new Intl.NumberFormat(config.locale,
      {maximumFractionDigits: digits, minimumFractionDigits: digits});
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key]);
  const optionTitle = Object.fromEntries(config.options.map((o) => [o.name, o.title]));
  const element = (tag, attributes, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };

  const inputs = [];   // {field, input, fromControl(value) -> set entries}
  const effectFields = model.fields.filter((f) => f.kind === 'effect');
  let idCount = 0;
  function slider(label, value, min, max, step, format, onValue) {
    const id = 'whatif-input-' + (++idCount);
    const input = element('input', {type: 'range', id, min, max, step, value});
    const shown = element('output', {for: id, text: format(value)});
    input.addEventListener('input', () => { shown.textContent = format(Number(input.value)); });
    input.addEventListener('change', onValue);
    input.addEventListener('input', onValue);
    const row = element('div', {class: 'whatif-control'},
                        element('label', {for: id, text: label}), input, shown);
    return {row, input, reset: () => { input.value = value; shown.textContent = format(value); }};
  }
  const groups = element('div', {class: 'whatif-controls'});
  const controls = [];
  function group(title, fields, formatDigits, range) {
    if (!fields.length) return;
    const box = element('fieldset', {}, element('legend', {text: title}));
    for (const f of fields) {
      const [min, max, step] = range(f);
      const s = slider(config.labels[f.field], f.value, min, max, step,
                       (v) => number(formatDigits).format(v), schedule);
      s.field = f;
      // A range input snaps its value to the step: the snapped value counts as unchanged.
      s.start = Number(s.input.value);
      controls.push(s);
      box.append(s.row);
    }
    groups.append(box);
  }
  const clampRange = (f, min, max) => [Math.max(f.allowed_min, min), Math.min(f.allowed_max, max)];
  // One box per option the staff are written in, named after every option they take part in
  // (an option that extends another shares its staff).
  for (const o of config.options) {
    const fields = model.fields.filter((f) => f.kind === 'staff_fte' && f.option === o.name);
    const moved = new Set(fields.flatMap((f) => f.places.map((p) => p.option)));
    const titles = config.options.filter((_, i) => moved.has(i)).map((x) => x.title);
    group(words.staff + ': ' + titles.join('; '), fields, 2,
          (f) => [...clampRange(f, 0, Math.max(3 * f.value, f.value + 2)), 0.05]);
  }
  // Controls over a set of fields at once: a share of what the scenario assumes, applied to
  // each field by `scaled(value, share)`.
  const shareControls = [];
  function shareControl(title, label, fields, min, max, scaled) {
    if (!fields.length) return;
    const box = element('fieldset', {}, element('legend', {text: title}));
    const s = slider(label, 100, min, max, 10, (v) => number(0).format(v) + ' %', schedule);
    Object.assign(s, {fields, scaled});
    shareControls.push(s);
    box.append(s.row);
    groups.append(box);
  }
  // Effects on the log scale: 0 % is no effect, 50 % half of it, for effects above 1 and below.
  shareControl(words.effects, words.effect_share, effectFields, 0, 150,
               (value, share) => Math.pow(value, share));
  shareControl(words.arrivals, words.arrivals_share,
               model.fields.filter((f) => f.kind === 'arrivals'), 50, 200,
               (value, share) => value * share);
  group(words.capacity, model.fields.filter((f) => f.kind === 'capacity'), 0,
        (f) => [...clampRange(f, 0, Math.max(2 * f.value, f.value + 10)), 1]);
  group(words.unit_cost, model.fields.filter((f) => f.kind === 'unit_cost'), 0,
        (f) => [...clampRange(f, 0, 2 * f.value), 1]);
  group(words.horizon, model.fields.filter((f) => f.kind === 'horizon'), 0,
        (f) => [...clampRange(f, 1, Math.max(f.value, 10)), 1]);

  const replications = element('select', {id: 'whatif-replications'});
  for (const n of [20, 50, 100, 200]) {
    const option = element('option', {value: n, text: String(n)});
    if (n === config.replications) option.selected = true;
    replications.append(option);
  }
  replications.addEventListener('change', schedule);
  const resetButton = element('button', {type: 'button', text: words.reset});
  resetButton.addEventListener('click', () => {
    for (const c of controls) c.reset();
    for (const c of shareControls) c.reset();
    replications.value = String(config.replications);
    schedule();
  });
  const status = element('p', {class: 'whatif-status', role: 'status', 'aria-live': 'polite'});
  const settingsRow = element('div', {class: 'whatif-settings'},
      element('label', {for: 'whatif-replications', text: words.replications}), replications,
      resetButton);
  const results = element('div', {class: 'whatif-results'});
  const chart = element('div', {class: 'chart', id: 'whatif-chart', role: 'img',
                                'aria-label': words.chart});
  const command = element('pre', {class: 'whatif-command', id: 'whatif-command'});
  const copyButton = element('button', {type: 'button', text: words.copy});
  copyButton.addEventListener('click', () => {
    if (navigator.clipboard) {
      navigator.clipboard.writeText(command.textContent).then(
          () => { copyButton.textContent = words.copied; }, () => {});
    }
  });
  app.append(groups, settingsRow, status, results,
             element('h3', {text: words.chart}), chart,
             element('h3', {text: words.command}), command, copyButton);
  app.hidden = false;

  // The fields set by the controls: every changed slider, and the fields of each share control
  // that is not at 100 %.
  function currentSet() {
    const set = {};
    for (const c of controls) {
      const value = Number(c.input.value);
      if (value !== c.start) set[c.field.field] = value;
    }
    for (const c of shareControls) {
      const share = Number(c.input.value) / 100;
      if (share === 1) continue;
      for (const f of c.fields) {
        const value = c.scaled(f.value, share);
        set[f.field] = Number(Math.min(f.allowed_max, Math.max(f.allowed_min, value)).toPrecision(6));
      }
    }
    return set;
  }
  function commandLine(set, runs) {
    const lines = Object.entries(set).map(([field, value]) => '  --set ' + field + '=' + value);
    if (!lines.length) return words.no_changes;
    return ['hcsim compare ' + config.scenario + ' --replications ' + runs + ' --seed ' +
            config.seed, ...lines].join(' \\\n');
  }

  const interval = (row, digits) => row.mean === null ? '–'
      : number(digits).format(row.mean) + ' [' + number(digits).format(row.ci_low) + '; ' +
        number(digits).format(row.ci_high) + ']';
  const digitsOf = (metric) => (metric.startsWith('cost_') ? 0 : 1);
  function showResults(answer, runs) {
    const options = config.options.filter((o) => o.name !== config.baseline);
    const table = element('table', {class: 'whatif-table'});
    // Two header rows: each option over its two columns, the report's figure and the reader's.
    const top = element('tr', {}, element('th', {scope: 'col', rowspan: '2', text: words.measure}));
    const sub = element('tr');
    for (const o of options) {
      top.append(element('th', {scope: 'colgroup', colspan: '2', text: o.title}));
      sub.append(element('th', {scope: 'col', text: words.report_figure + ' (' +
                                fill(words.runs_note, {runs: config.report_replications}) + ')'}),
                 element('th', {scope: 'col', class: 'whatif-yours', text: words.your_figure +
                                ' (' + fill(words.runs_note, {runs}) + ')'}));
    }
    table.append(element('thead', {}, top, sub));
    const body = element('tbody');
    for (const m of config.metrics) {
      const row = element('tr', {}, element('th', {scope: 'row', text: m.label + ' (' + m.unit + ')'}));
      for (const o of options) {
        const report = config.report.find((r) => r.option === o.name && r.metric === m.name);
        const yours = answer.differences.find((r) => r.option === o.name && r.metric === m.name);
        row.append(element('td', {text: report ? interval(report, digitsOf(m.name)) : '–'}),
                   element('td', {class: 'whatif-yours',
                                  text: yours ? interval(yours, digitsOf(m.name)) : '–'}));
      }
      body.append(row);
    }
    for (const p of config.perspectives) {
      const row = element('tr', {}, element('th', {scope: 'row',
          text: fill(words.perspective_cost, {perspective: p.label})}));
      for (const o of options) {
        const pick = (rows) => rows.find((r) => r.option === o.name && r.perspective === p.name);
        const report = pick(config.report_perspectives);
        const yours = pick(answer.perspectives);
        row.append(element('td', {text: report ? interval(report, 0) : '–'}),
                   element('td', {class: 'whatif-yours', text: yours ? interval(yours, 0) : '–'}));
      }
      body.append(row);
    }
    const breakRow = element('tr', {}, element('th', {scope: 'row', text: words.break_even}));
    for (const o of options) {
      const shares = answer.break_even.filter((b) => b.option === o.name);
      const last = shares.length ? shares[shares.length - 1].share : null;
      const reported = config.report_break_even[o.name];
      breakRow.append(element('td', {text: reported === undefined ? '–'
                                         : number(0).format(100 * reported) + ' %'}),
                      element('td', {class: 'whatif-yours',
                                     text: last === null ? '–' : number(0).format(100 * last) + ' %'}));
    }
    body.append(breakRow);
    table.append(body);
    results.replaceChildren(element('div', {class: 'table-wrap', role: 'region', tabindex: '0',
                                            'aria-label': words.heading}, table),
                            element('p', {class: 'note', text: words.ci_note}));
    drawChart(answer, options);
  }
  function drawChart(answer, options) {
    if (typeof echarts === 'undefined') return;
    const payers = config.metrics.filter((m) => m.payer);
    const series = [];
    for (const o of options) {
      for (const [source, name] of [[config.report, words.report_figure],
                                    [answer.differences, words.your_figure]]) {
        series.push({type: 'bar', name: o.title + ': ' + name,
                     data: payers.map((m) => {
                       const row = source.find((r) => r.option === o.name && r.metric === m.name);
                       return row ? row.mean : null;
                     })});
      }
    }
    const instance = echarts.getInstanceByDom(chart) || echarts.init(chart, null, {renderer: 'svg'});
    instance.setOption({
      animation: false, legend: {top: 0}, grid: {top: 60, left: 80, right: 20, bottom: 40},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: payers.map((m) => m.label), axisLabel: {interval: 0}},
      yAxis: {type: 'value', axisLabel: {formatter: (v) => number(0).format(v)}},
      series}, true);
  }

  let timer = null;
  let started = 0;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(start, 300);
  }
  function start() {
    const set = currentSet();
    const runs = Number(replications.value);
    command.textContent = commandLine(set, runs);
    status.textContent = words.loading;
    started = performance.now();
    app.dataset.state = 'running';
    run({set, replications: runs, seed: config.seed}, (done, total) => {
      status.textContent = fill(words.running, {done, total});
    }).then((answer) => {
      status.textContent = fill(words.done, {runs,
          seconds: number(1).format((performance.now() - started) / 1000)});
      showResults(answer, runs);
      app.dataset.state = 'done';
      app.dataset.finished = String(Number(app.dataset.finished || 0) + 1);
    }, (error) => {
      if (error.cancelled) return;
      status.textContent = fill(words.failed, {message: error.message});
      app.dataset.state = 'failed';
    });
  }
  document.addEventListener('DOMContentLoaded', start);
})();
