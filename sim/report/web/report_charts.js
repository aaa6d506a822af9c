// Draws the charts of an hcsim report with Apache ECharts (inlined before this script).
// The numbers come from the JSON block #hcsim-data written by sim/report/html_*.cpp; this
// file only maps them to ECharts options. No network, no animation (the file is printed and
// screenshotted).
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('hcsim-data').textContent);
  const palette = data.palette; // option i has colour i everywhere, as in the HTML legends
  const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

  function decimals(value) {
    const magnitude = Math.abs(value);
    return magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  }
  function format(value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) return '–';
    const d = digits === undefined ? decimals(value) : digits;
    return new Intl.NumberFormat(data.locale, {minimumFractionDigits: d,
                                               maximumFractionDigits: d}).format(value);
  }
  function formatInterval(point) {
    const d = decimals(point.mean);
    return format(point.mean, d) + ' (' + format(point.low, d) + ' ' + data.words.to + ' ' +
           format(point.high, d) + ')';
  }
  // Tooltips are HTML: names come from the scenario (option titles, labels) and are text.
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function axisLabel(value) {
    return format(value, Number.isInteger(value) ? 0 : undefined);
  }
  const base = {animation: false, textStyle: {fontFamily: font, color: '#222'}, color: palette};

  // Bars with 95% interval whiskers. spec: {categories, series: [{name, points: [{mean, low,
  // high}]}], unit, horizontal, colors (optional, per category)}. Bars of a category are laid out by hand-free ECharts rules
  // (barCategoryGap 30%, barGap 0) so the whiskers can be placed on each bar's centre.
  function barsWithIntervals(spec) {
    const n = spec.series.length;
    const gap = 0.3;
    // The unit is in the figure's caption, so the value axis carries numbers only.
    const valueAxis = {type: 'value', splitNumber: 4,
                       axisLabel: {formatter: axisLabel, hideOverlap: true},
                       splitLine: {lineStyle: {color: '#e6e6e6'}}};
    const categoryAxis = {type: 'category', data: spec.categories,
                          axisLabel: {interval: 0, width: spec.horizontal ? 220 : 110,
                                      overflow: 'break', lineHeight: 14}};
    const series = [];
    spec.series.forEach(function (s, index) {
      series.push({type: 'bar', name: s.name, barCategoryGap: (gap * 100) + '%', barGap: '0%',
                   itemStyle: {color: s.color || palette[index % palette.length]},
                   data: s.points.map(function (p, i) {
                     // spec.colors: one colour per category (the option's), else the series'.
                     return spec.colors ? {value: p.mean, itemStyle: {color: spec.colors[i]}}
                                        : p.mean;
                   })});
    });
    spec.series.forEach(function (s, index) {
      series.push({
        type: 'custom', name: s.name, z: 10, silent: true,
        // The value axis spans the whiskers, not only the bars.
        encode: spec.horizontal ? {x: [1, 2], y: 0} : {x: 0, y: [1, 2]},
        data: s.points.map(function (p, i) { return [i, p.low, p.high]; }),
        renderItem: function (params, api) {
          const category = api.value(0);
          const low = spec.horizontal ? api.coord([api.value(1), category])
                                      : api.coord([category, api.value(1)]);
          const high = spec.horizontal ? api.coord([api.value(2), category])
                                       : api.coord([category, api.value(2)]);
          const band = spec.horizontal ? api.size([0, 1])[1] : api.size([1, 0])[0];
          const barWidth = band * (1 - gap) / n;
          const offset = -band * (1 - gap) / 2 + barWidth * (index + 0.5);
          const cap = Math.min(barWidth * 0.35, 8);
          const style = {stroke: '#111', lineWidth: 1.5};
          const line = function (x1, y1, x2, y2) {
            return {type: 'line', shape: {x1: x1, y1: y1, x2: x2, y2: y2}, style: style};
          };
          const children = spec.horizontal ? [
            line(low[0], low[1] + offset, high[0], high[1] + offset),
            line(low[0], low[1] + offset - cap, low[0], low[1] + offset + cap),
            line(high[0], high[1] + offset - cap, high[0], high[1] + offset + cap)
          ] : [
            line(low[0] + offset, low[1], high[0] + offset, high[1]),
            line(low[0] + offset - cap, low[1], low[0] + offset + cap, low[1]),
            line(high[0] + offset - cap, high[1], high[0] + offset + cap, high[1])
          ];
          return {type: 'group', children: children};
        }
      });
    });
    return Object.assign({}, base, {
      legend: n > 1 ? {data: spec.series.map(function (s) { return s.name; }), top: 0} : undefined,
      grid: {left: spec.horizontal ? 232 : 60, right: 30, top: n > 1 ? 40 : 16, bottom: 56,
             containLabel: false},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: function (items) {
        const bars = items.filter(function (item) { return item.seriesType === 'bar'; });
        if (bars.length === 0) return '';
        return escapeHtml(bars[0].name) + '<br>' + bars.map(function (item) {
          const point = spec.series[item.seriesIndex].points[item.dataIndex];
          return item.marker + escapeHtml(item.seriesName) + ': ' + formatInterval(point) + ' ' +
                 spec.unit;
        }).join('<br>');
      }},
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? Object.assign(categoryAxis, {inverse: true}) : valueAxis,
      series: series
    });
  }

  // Mean line with a shaded 95% band per series. spec: {x, series: [{name, mean, low, high}],
  // xName}. The legend is the section's, shared by all its charts.
  function fanChart(spec) {
    const series = [];
    spec.series.forEach(function (s, index) {
      const color = palette[index % palette.length];
      const stack = 'band' + index;
      series.push({type: 'line', name: s.name, stack: stack, data: s.low, symbol: 'none',
                   lineStyle: {opacity: 0}, tooltip: {show: false}, silent: true});
      series.push({type: 'line', name: s.name, stack: stack, symbol: 'none', silent: true,
                   data: s.high.map(function (h, i) { return h - s.low[i]; }),
                   lineStyle: {opacity: 0}, areaStyle: {color: color, opacity: 0.22}});
      series.push({type: 'line', name: s.name, data: s.mean, symbol: 'none',
                   lineStyle: {color: color, width: 2}, itemStyle: {color: color}});
    });
    return Object.assign({}, base, {
      grid: {left: 50, right: 20, top: 14, bottom: 44},
      tooltip: {trigger: 'axis', formatter: function (items) {
        const month = items.length ? items[0].axisValue : '';
        const heading = escapeHtml(spec.xName + ' ' + month);
        return heading + '<br>' + spec.series.map(function (s, index) {
          const i = items.length ? items[0].dataIndex : 0;
          return '<span style="color:' + palette[index % palette.length] + '">●</span> ' +
                 escapeHtml(s.name) + ': ' +
                 formatInterval({mean: s.mean[i], low: s.low[i], high: s.high[i]});
        }).join('<br>');
      }},
      xAxis: {type: 'category', data: spec.x, name: spec.xName, nameLocation: 'middle',
              nameGap: 26, boundaryGap: false},
      yAxis: {type: 'value', splitNumber: 4, axisLabel: {formatter: axisLabel},
              splitLine: {lineStyle: {color: '#e6e6e6'}}},
      series: series
    });
  }

  // Moves between states. Left nodes are where households came from, right nodes where they
  // went, so a return move (own lease -> at risk -> own lease) draws as two flows, not a cycle.
  function sankey(spec) {
    const nodes = [];
    const seen = {};
    function node(id, label, side) {
      if (!seen[id]) {
        seen[id] = true;
        nodes.push({name: id, label: {formatter: label,
                                      position: side === 'left' ? 'right' : 'left'}});
      }
      return id;
    }
    const links = spec.links.map(function (l) {
      return {source: node('from:' + l.from, l.fromLabel, 'left'),
              target: node('to:' + l.to, l.toLabel, 'right'), value: l.value};
    });
    return Object.assign({}, base, {
      tooltip: {trigger: 'item', formatter: function (item) {
        if (item.dataType !== 'edge') return '';
        const link = spec.links[item.dataIndex];
        return link.fromLabel + ' → ' + link.toLabel + ': ' + format(link.value) + ' ' + spec.unit;
      }},
      series: [{type: 'sankey', left: 10, right: 10, top: 10, bottom: 10, nodeWidth: 14,
                nodeGap: 8, layoutIterations: 32, draggable: false, data: nodes, links: links,
                lineStyle: {color: 'gradient', opacity: 0.35},
                label: {fontSize: 12, color: '#222'}}]
    });
  }

  // Lines over a shared x axis. spec: {x, xName, yMax (optional), series: [{name, color, y,
  // dashed (optional), symbol (optional: draw the points, for a frontier)}]}.
  function lines(spec) {
    return Object.assign({}, base, {
      legend: {top: 0},
      grid: {left: 60, right: 30, top: 40, bottom: 56},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'value', name: spec.xName, nameLocation: 'middle', nameGap: 30,
              axisLabel: {formatter: axisLabel}},
      yAxis: {type: 'value', min: 0, max: spec.yMax, axisLabel: {formatter: axisLabel}},
      series: spec.series.map(function (s) {
        return {type: 'line', name: s.name, showSymbol: !!s.symbol, symbolSize: 5,
                itemStyle: {color: s.color},
                lineStyle: {color: s.color, type: s.dashed ? 'dashed' : 'solid',
                            width: s.symbol ? 0 : 2},
                data: s.y.map(function (y, i) { return [spec.x[i], y]; })};
      })
    });
  }

  // Points (and optionally a joined line). spec: {xName, yName, series: [{name, color,
  // points: [[x, y]], line (optional)}]}.
  function scatter(spec) {
    return Object.assign({}, base, {
      legend: {top: 0},
      grid: {left: 70, right: 30, top: 40, bottom: 56},
      tooltip: {trigger: 'item', formatter: function (item) {
        return escapeHtml(item.seriesName) + ': ' + format(item.value[0]) + ', ' +
               format(item.value[1]);
      }},
      xAxis: {type: 'value', name: spec.xName, nameLocation: 'middle', nameGap: 30,
              axisLabel: {formatter: axisLabel}},
      yAxis: {type: 'value', name: spec.yName, axisLabel: {formatter: axisLabel}},
      series: spec.series.map(function (s) {
        return s.line ? {type: 'line', name: s.name, data: s.points, symbolSize: 4,
                         itemStyle: {color: s.color}, lineStyle: {color: s.color}}
                      : {type: 'scatter', name: s.name, data: s.points, symbolSize: 5,
                         itemStyle: {color: s.color, opacity: 0.6}};
      })
    });
  }

  // A tornado diagram: per assumption a bar from the nominal outcome to the outcome with that
  // assumption at its low end, and one to the outcome at its high end; widest swing on top.
  // spec: {categories, nominal, low: [..], high: [..], names: {low, high, nominal}, unit}.
  function tornado(spec) {
    const colours = {low: '#1f6fb2', high: '#d9822b'};
    const half = function (key) {
      return {
        type: 'custom', name: spec.names[key], itemStyle: {color: colours[key]},
        encode: {x: [1, 2], y: 0}, // the value axis spans every bar's end
        data: spec[key].map(function (value, i) { return [i, spec.nominal, value]; }),
        renderItem: function (params, api) {
          const from = api.coord([api.value(1), api.value(0)]);
          const to = api.coord([api.value(2), api.value(0)]);
          const height = api.size([0, 1])[1] * 0.6;
          // When both ends fall on one side of the nominal, the shorter bar is drawn on top.
          const other = spec[key === 'low' ? 'high' : 'low'][api.value(0)];
          const shorter = Math.abs(api.value(2) - spec.nominal) < Math.abs(other - spec.nominal);
          return {type: 'rect', style: api.style(), z2: shorter ? 2 : 1,
                  shape: {x: Math.min(from[0], to[0]), y: from[1] - height / 2,
                          width: Math.max(Math.abs(to[0] - from[0]), 1), height: height}};
        }
      };
    };
    const series = [half('low'), half('high')];
    series[0].markLine = {silent: true, symbol: 'none', lineStyle: {color: '#111', type: 'solid'},
                          // 'start' is the top: the category axis runs downwards
                          label: {position: 'start',
                                  formatter: spec.names.nominal + ' ' + format(spec.nominal)},
                          data: [{xAxis: spec.nominal}]};
    return Object.assign({}, base, {
      legend: {data: [spec.names.low, spec.names.high], top: 0},
      grid: {left: 232, right: 40, top: 64, bottom: 40},
      tooltip: {trigger: 'item', formatter: function (item) {
        return escapeHtml(spec.categories[item.value[0]]) + '<br>' + item.marker +
               escapeHtml(item.seriesName) + ': ' +
               format(item.value[2]) + ' ' + spec.unit;
      }},
      xAxis: {type: 'value', scale: true, splitNumber: 4,
              axisLabel: {formatter: axisLabel, hideOverlap: true},
              splitLine: {lineStyle: {color: '#e6e6e6'}}},
      yAxis: {type: 'category', data: spec.categories, inverse: true,
              axisLine: {onZero: false}, axisTick: {show: false},
              axisLabel: {interval: 0, width: 220, overflow: 'break', lineHeight: 14}},
      series: series
    });
  }

  // A text alternative for each chart (WCAG 1.1.1): the caption and the numbers drawn, in the
  // page's language, as the chart container's accessible name.
  function describe(element, spec) {
    const figure = element.closest('figure');
    const caption = figure && figure.querySelector('figcaption')
                      ? figure.querySelector('figcaption').textContent : '';
    const parts = [];
    if (spec.kind === 'tornado') {
      (spec.categories || []).forEach(function (category, i) {
        parts.push(category + ': ' + format(spec.low[i]) + ' ' + data.words.to + ' ' +
                   format(spec.high[i]));
      });
    } else if (spec.kind === 'bars') {
      (spec.series || []).forEach(function (s) {
        (s.points || []).forEach(function (p, i) {
          if (p && p.mean !== null && p.mean !== undefined) {
            parts.push((spec.categories[i] || '') + (spec.series.length > 1 ? ', ' + s.name : '') +
                       ': ' + formatInterval(p));
          }
        });
      });
    } else if (spec.kind === 'fan') {
      (spec.series || []).forEach(function (s) {
        const last = s.mean.length - 1;
        parts.push(s.name + ': ' + data.words.month + ' 1 ' + format(s.mean[0]) + ', ' +
                   data.words.month + ' ' + (last + 1) + ' ' + format(s.mean[last]));
      });
    } else if (spec.kind === 'sankey') {
      (spec.links || []).slice().sort(function (a, b) { return b.value - a.value; })
          .slice(0, 8).forEach(function (link) {
            parts.push(link.fromLabel + ' → ' + link.toLabel + ': ' + format(link.value));
          });
    } else {
      (spec.series || []).forEach(function (s) { if (s.name) parts.push(s.name); });
    }
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', caption + (parts.length ? '. ' + parts.join('; ') : ''));
  }

  const builders = {bars: barsWithIntervals, fan: fanChart, sankey: sankey, lines: lines,
                    scatter: scatter, tornado: tornado};
  const charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    const spec = data.charts[element.getAttribute('data-chart')];
    try {
      if (spec.horizontal || spec.kind === 'tornado') { // labels of up to three lines
        element.style.height = Math.max(340, 80 + 46 * spec.categories.length) + 'px';
      }
      const chart = echarts.init(element, null, {renderer: 'svg'});
      chart.setOption(builders[spec.kind](spec));
      describe(element, spec);
      charts.push(chart);
      element.setAttribute('data-drawn', 'true');
    } catch (error) {
      element.textContent = data.words.chartMissing;
      console.error('hcsim report: chart ' + element.getAttribute('data-chart') + ': ' + error);
    }
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
