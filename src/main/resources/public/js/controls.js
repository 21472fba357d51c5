// The left-hand controls: filters, the time slider with play, search, the connection picker, downloads
// and the legend. They read and change the view's state through the callbacks main.js gives them.
import * as api from './api.js';
import { esc, report } from './panels.js';
import { filterParams, viewParams } from './state.js';
import { cy } from './graph.js';

const $ = (id) => document.getElementById(id);

export function setup(legend, app) {
  checkboxes('statuses', legend.statuses.map((s) => [s.name, s.name]), 'statuses', app);
  checkboxes('entity-types', legend.entityTypes.map((t) => [t.name, t.name]), 'types', app);
  checkboxes('relationship-types', legend.relationshipTypes.map((t) => [t.name, `${t.label} <span class="family">${esc(t.family)}</span>`]), 'types', app);
  document.querySelectorAll('[data-all], [data-none]').forEach((button) => {
    button.onclick = () => {
      $(button.dataset.all || button.dataset.none).querySelectorAll('input').forEach((box) => { box.checked = Boolean(button.dataset.all); });
      app.change((s) => { s.types = checked('types', legend); });
    };
  });

  const slider = $('slider');
  slider.max = String(legend.dates.length);
  slider.addEventListener('input', () => showAsOf(legend.dates[Number(slider.value)] || null));
  slider.addEventListener('change', () => app.change((s) => { s.asOf = legend.dates[Number(slider.value)] || null; }));
  $('mode').onchange = () => app.change((s) => { s.mode = $('mode').value; });
  let playing = null;
  const stop = () => { clearTimeout(playing); playing = null; $('play').textContent = '▶'; $('play').setAttribute('aria-label', 'Play'); };
  $('play').onclick = () => {
    if (playing) { stop(); return; }
    let i = Number(slider.value) >= legend.dates.length ? 0 : Number(slider.value);
    $('play').textContent = '❚❚';
    $('play').setAttribute('aria-label', 'Pause');
    const step = async () => {
      slider.value = String(i);
      showAsOf(legend.dates[i] || null);
      await app.change((s) => { s.asOf = legend.dates[i] || null; }, { replace: true });
      if (!playing || i >= legend.dates.length) { stop(); return; }
      i += 1;
      playing = setTimeout(step, 500);
    };
    playing = setTimeout(step, 0);
  };

  setupSearch(app);
  $('connect').onclick = async () => {
    const [from, to] = await Promise.all([entityByName($('from').value), entityByName($('to').value)]);
    if (!from || !to) { app.message('Pick both actors from the suggestions'); return; }
    app.change((s) => { s.from = from.id; s.to = to.id; s.selected = null; });
  };
  for (const id of ['from', 'to']) $(id).addEventListener('input', () => suggest($(id).value));

  $('whole').onclick = () => app.change((s) => { Object.assign(s, { expand: [], add: [], from: null, to: null, selected: null }); });
  $('limit').onchange = () => app.change((s) => { s.limit = Number($('limit').value); });
  $('png').onclick = () => save(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'network.png');
  $('svg').onclick = () => save(new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }), 'network.svg');
  $('format').innerHTML = legend.formats.map((f) => `<option>${esc(f)}</option>`).join('');
  $('export').onclick = () => { window.location.href = exportHref(app.state(), $('format').value); };
  $('datasets').onchange = () => app.change((s) => { s.datasets = $('datasets').value || null; });
  $('legend').innerHTML = legendHtml(legend);
}

/** The export of what is drawn: the view's actors and ties (or the connection), in a format the service has. */
export function exportHref(s, format) {
  if (s.from && s.to) {
    const p = new URLSearchParams(filterParams(s));
    p.set('query', 'connection'); p.set('from', s.from); p.set('to', s.to);
    return api.exportUrl(format, p, true);
  }
  return api.exportUrl(format, viewParams(s), false);
}

/** The dataset selector's options: every loaded dataset. */
export function setDatasets(list, s) {
  $('datasets').innerHTML = '<option value="">all datasets</option>'
    + list.map((d) => `<option value="${esc(d.name)}">${esc(d.name)} (${d.statements} statements)</option>`).join('');
  $('datasets').value = s.datasets || '';
}

/** Puts the controls in line with a state (after back or forward, or on opening a shared URL). */
export function sync(s, legend) {
  const set = (container, chosen) => $(container).querySelectorAll('input').forEach((box) => { box.checked = !chosen || chosen.includes(box.value); });
  set('statuses', s.statuses);
  // types lists the checked entity types, the checked relationship types, or both; [] is none at all
  const some = (names) => s.types && (s.types.length === 0 || s.types.some((t) => names.some((x) => x.name === t)));
  set('entity-types', some(legend.entityTypes) ? s.types : null);
  set('relationship-types', some(legend.relationshipTypes) ? s.types : null);
  const i = s.asOf ? legend.dates.indexOf(s.asOf) : -1;
  $('slider').value = String(i >= 0 ? i : legend.dates.length);
  showAsOf(s.asOf);
  $('mode').value = s.mode;
  $('limit').value = String(s.limit);
  $('datasets').value = s.datasets || '';
}

function showAsOf(day) {
  $('as-of').textContent = day ? 'as of ' + day : 'all dates';
}

function checkboxes(container, items, key, app) {
  $(container).innerHTML = items.map(([value, label]) => `<label><input type="checkbox" value="${esc(value)}" checked> ${label}</label>`).join('');
  $(container).addEventListener('change', () => app.change((s) => { s[key] = checked(key, app.legend()); }));
}

/** The checked values of a filter, or null when all are checked. */
function checked(key, legend) {
  const values = (container) => [...$(container).querySelectorAll('input:checked')].map((b) => b.value);
  if (key === 'statuses') {
    const v = values('statuses');
    return v.length === legend.statuses.length ? null : v;
  }
  const entity = values('entity-types');
  const relation = values('relationship-types');
  if (!entity.length || !relation.length) return [];
  const types = [...(entity.length < legend.entityTypes.length ? entity : []),
    ...(relation.length < legend.relationshipTypes.length ? relation : [])];
  return types.length ? types : null;
}

function setupSearch(app) {
  const input = $('search');
  const list = $('search-results');
  let timer = null;
  let active = -1;
  const items = () => [...list.querySelectorAll('li[data-id]')];
  const highlight = (i) => { active = i; items().forEach((li, j) => li.classList.toggle('active', j === i)); };
  const choose = (li) => {
    list.hidden = true;
    input.value = li.dataset.name;
    app.addActor(li.dataset.id);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { list.hidden = true; return; }
    timer = setTimeout(async () => {
      try {
        const results = await api.search(q);
        list.innerHTML = results.map((r) => `<li role="option" data-id="${esc(r.id)}" data-name="${esc(r.name)}">${esc(r.name)}<span class="type">${esc(r.type)}</span></li>`).join('')
          || '<li>No match</li>';
        list.hidden = false;
        highlight(-1);
      } catch (e) { report(e); }
    }, 200);
  });
  input.addEventListener('keydown', (e) => {
    const all = items();
    if (e.key === 'ArrowDown' && all.length) { highlight(Math.min(all.length - 1, active + 1)); e.preventDefault(); }
    if (e.key === 'ArrowUp' && all.length) { highlight(Math.max(0, active - 1)); e.preventDefault(); }
    if (e.key === 'Enter' && all[Math.max(0, active)]) { choose(all[Math.max(0, active)]); e.preventDefault(); }
    if (e.key === 'Escape' && !list.hidden) { list.hidden = true; e.stopPropagation(); }
  });
  list.addEventListener('click', (e) => { const li = e.target.closest('li[data-id]'); if (li) choose(li); });
}

const known = new Map(); // name -> entity, from the search answers the picker has seen

async function suggest(text) {
  if (text.trim().length < 2) return;
  const results = await api.search(text.trim()).catch(() => []);
  results.forEach((r) => known.set(r.name, r));
  $('entity-names').innerHTML = results.map((r) => `<option value="${esc(r.name)}">${esc(r.type)}</option>`).join('');
}

async function entityByName(text) {
  const name = text.trim();
  if (known.has(name)) return known.get(name);
  const results = await api.search(name).catch(() => []);
  return results.find((r) => r.exactName || r.exactAlias || r.id === name) || results[0] || null;
}

function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function shapeSvg(shape, r, fill) {
  const polygon = (points) => `<polygon points="${points.map(([x, y]) => `${x * r},${y * r}`).join(' ')}" fill="${fill}" stroke="#333"/>`;
  switch (shape) {
    case 'rectangle': return `<rect x="${-r}" y="${-r}" width="${2 * r}" height="${2 * r}" fill="${fill}" stroke="#333"/>`;
    case 'diamond': return polygon([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'triangle': return polygon([[0, -1], [1, 1], [-1, 1]]);
    case 'hexagon': return polygon([[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]]);
    default: return `<circle r="${r}" fill="${fill}" stroke="#333"/>`;
  }
}

function legendHtml(legend) {
  const dash = (line) => (line === 'dashed' ? 'stroke-dasharray="5 3"' : line === 'dotted' ? 'stroke-dasharray="1.5 2.5"' : '');
  const node = (t) => `<div class="row" title="${esc(t.description)}"><svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">${shapeSvg(t.shape, 6, t.color)}</svg>${esc(t.name)}</div>`;
  const edge = (s) => `<div class="row" title="${esc(s.description)}"><svg width="30" height="10" aria-hidden="true"><line x1="0" y1="5" x2="30" y2="5" stroke="${s.color}" stroke-width="2" ${dash(s.line)}/></svg>${esc(s.name)}</div>`;
  const denied = legend.statuses.find((s) => s.name === 'denied') || { color: '#444' };
  return legend.entityTypes.map(node).join('')
    + '<p class="meta">Size: statements naming the actor.</p><hr>'
    + '<p class="meta">A tie is every statement from one actor to another in one family; its width is how many, its line the strongest status among them:</p>'
    + legend.statuses.map(edge).join('')
    + `<div class="row"><svg width="30" height="10" aria-hidden="true"><line x1="4" y1="5" x2="30" y2="5" stroke="${denied.color}" stroke-width="2"/><line x1="3" y1="0" x2="3" y2="10" stroke="${denied.color}" stroke-width="2"/></svg>contested: one of them is a denial</div>`;
}
