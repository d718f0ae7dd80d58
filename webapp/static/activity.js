// The Activity page's live runs: polls the flow's activity JSON (runs in progress, plus the rows
// shown, so a run that ends shows its final state, plus the runs newer than the newest it knows, so
// a run that starts shows up at the next poll even if it ended meanwhile) and updates the rows in
// place, without reloading the page. Every 2 s while a run is in progress, every 3 s otherwise (the
// endpoint reads a few rows by index). A static file: the Content-Security-Policy allows no inline
// script.
(function () {
  'use strict';
  var box = document.getElementById('live-runs');
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute('data-progress-url');
  var runUrl = box.getAttribute('data-run-url');
  var table = document.getElementById('live');
  var body = table.querySelector('tbody');
  var none = document.getElementById('no-live-run');
  var status = document.getElementById('live-status');
  var FAST = 2000;
  var IDLE = 3000;
  var newest = box.getAttribute('data-newest-run') || '0';

  function rows() {
    return Array.prototype.slice.call(body.querySelectorAll('tr[data-run-id]'));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function started(iso) {
    return iso ? iso.replace('T', ' ').replace(/\.\d+/, '').replace('Z', ' UTC') : '';
  }

  // A new row, with the cells the server renders (see activity.html).
  function newRow(p) {
    var tr = el('tr', 'live-run');
    tr.setAttribute('data-run-id', String(p.id));
    var run = el('td');
    var a = el('a', 'run-link', '#' + p.id);
    a.href = runUrl + p.id;
    run.appendChild(a);
    if (p.dryRun) { // the same mark as fragments.html dryRunBadge
      run.appendChild(document.createTextNode(' '));
      var badge = el('span', 'badge dry-run', 'Dry run');
      badge.title = 'A dry run: it evaluated every line and created nothing';
      run.appendChild(badge);
    }
    run.appendChild(el('div', 'muted small run-file', p.sourceName || ''));
    var state = el('td');
    state.appendChild(el('span', 'state run-state'));
    var progress = el('td', 'progress-cell');
    var bar = el('progress', 'run-progress');
    bar.max = 100;
    progress.appendChild(bar);
    progress.appendChild(document.createTextNode(' '));
    progress.appendChild(el('span', 'progress-text'));
    progress.appendChild(document.createTextNode(' '));
    progress.appendChild(el('span', 'muted small progress-percent'));
    tr.appendChild(run);
    tr.appendChild(state);
    tr.appendChild(progress);
    tr.appendChild(el('td', 'run-counts'));
    tr.appendChild(el('td', 'run-started', started(p.startedAt)));
    return tr;
  }

  function fill(tr, p) {
    tr.setAttribute('data-finished', String(p.finished));
    var state = tr.querySelector('.run-state');
    state.className = 'state run-state state-' + p.stateCss;
    state.textContent = p.stateLabel;
    var bar = tr.querySelector('.run-progress');
    if (p.percent === null || p.percent === undefined) {
      bar.removeAttribute('value'); // indeterminate: the file's total is not known
    } else {
      bar.value = p.percent;
    }
    tr.querySelector('.progress-text').textContent = p.text;
    tr.querySelector('.progress-percent').textContent =
      p.percent === null || p.percent === undefined ? '' : p.percent + ' %';
    var counts = tr.querySelector('.run-counts');
    counts.textContent = '';
    p.counts.forEach(function (c) {
      var span = el('span', 'count');
      span.title = c.label;
      span.appendChild(el('span', 'dot status-' + c.css));
      span.appendChild(el('span', null, String(c.count)));
      counts.appendChild(span);
    });
  }

  function render(answer) {
    if (answer.newestRunId !== undefined && answer.newestRunId !== null) {
      newest = String(answer.newestRunId);
    }
    // The answer is newest first: insert the oldest new one first so the newest ends on top.
    answer.runs.slice().reverse().forEach(function (p) {
      var tr = body.querySelector('tr[data-run-id="' + p.id + '"]');
      if (!tr) {
        tr = newRow(p);
        body.insertBefore(tr, body.firstChild); // newest first
      }
      fill(tr, p);
    });
    var any = rows().length > 0;
    table.hidden = !any;
    none.hidden = any;
    status.textContent = '';
  }

  function schedule() {
    var busy = rows().some(function (tr) {
      return tr.getAttribute('data-finished') !== 'true';
    });
    window.setTimeout(poll, busy ? FAST : IDLE);
  }

  function poll() {
    if (document.hidden) {
      schedule();
      return;
    }
    var shown = rows().slice(0, 20).map(function (tr) {
      return tr.getAttribute('data-run-id');
    });
    fetch(url + '?newerThan=' + encodeURIComponent(newest) + (shown.length ? '&runs=' + shown.join(',') : ''), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then(function (r) {
        if (r.status === 401 || r.status === 403) {
          status.textContent = 'Your session has ended: reload the page to follow the runs again.';
          return null;
        }
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json().then(function (answer) {
          render(answer);
          return true;
        });
      })
      .catch(function () {
        status.textContent = 'Progress could not be refreshed; trying again.';
        return true;
      })
      .then(function (goOn) {
        if (goOn) {
          schedule();
        }
      });
  }

  schedule();
})();
