// The monitoring page's charts, drawn with Chart.js (a WebJar served by the app) from the tables
// that carry their numbers: the tables are the truth (screen readers and tests read them), the
// charts only draw them. A static file because the CSP allows no inline script.
// Clicking a legend entry hides or shows that type: Chart.js's default legend behaviour.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return; // the tables still say everything
  }

  // One colour per integration type, the same in every chart (and the tables' swatches, app.css).
  var COLOURS = {
    INBOUND_FILE: '#2e90fa',
    INBOUND_HRIS_API: '#7a5af8',
    INBOUND_WEBHOOK: '#15b79e',
    OUTBOUND_WEBHOOK: '#f79009'
  };
  var OTHER = '#98a2b3';

  function colour(type) {
    return COLOURS[type] || OTHER;
  }

  function rows(table) {
    return Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  }

  function canvasOf(table) {
    return document.getElementById(table.getAttribute('data-canvas'));
  }

  function number(text) {
    var n = Number(String(text).replace(/[^0-9.-]/g, ''));
    return isNaN(n) ? 0 : n;
  }

  var common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false // numbers, not a show; and tests read the chart at once
  };

  function donut(table) {
    var r = rows(table);
    return new Chart(canvasOf(table), {
      type: 'doughnut',
      data: {
        labels: r.map(function (tr) { return tr.getAttribute('data-label'); }),
        datasets: [{
          label: 'Failures',
          data: r.map(function (tr) { return number(tr.getAttribute('data-value')); }),
          backgroundColor: r.map(function (tr) { return colour(tr.getAttribute('data-type')); })
        }]
      },
      options: Object.assign({}, common, {
        plugins: { legend: { position: 'right' } }
      })
    });
  }

  function bar(table) {
    var r = rows(table);
    return new Chart(canvasOf(table), {
      type: 'bar',
      data: {
        labels: r.map(function (tr) { return tr.getAttribute('data-label'); }),
        datasets: [{
          label: 'Failures',
          data: r.map(function (tr) { return number(tr.getAttribute('data-value')); }),
          backgroundColor: '#f04438'
        }]
      },
      options: Object.assign({}, common, {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
      })
    });
  }

  function line(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-type]'));
    var r = rows(table);
    var datasets = heads.map(function (th, i) {
      var type = th.getAttribute('data-type');
      return {
        label: th.getAttribute('data-label'),
        type: 'line',
        data: r.map(function (tr) { return number(tr.querySelectorAll('td')[i].textContent); }),
        borderColor: colour(type),
        backgroundColor: colour(type),
        tension: 0.2,
        pointRadius: 2
      };
    });
    return new Chart(canvasOf(table), {
      type: 'line',
      data: {
        labels: r.map(function (tr) { return tr.getAttribute('data-day'); }),
        datasets: datasets
      },
      options: Object.assign({}, common, {
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      })
    });
  }

  var draw = { donut: donut, bar: bar, line: line };
  var tables = document.querySelectorAll('table.chart-data[data-chart]');
  Array.prototype.forEach.call(tables, function (table) {
    var kind = table.getAttribute('data-chart');
    if (draw[kind] && canvasOf(table)) {
      draw[kind](table); // Chart.getChart(canvasId) finds it again (the browser test does)
    }
  });
})();
