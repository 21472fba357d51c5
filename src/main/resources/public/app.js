// Conflict Graph's web view: draws GET /api/network?format=cytoscape (the same file the Cytoscape
// export gives), and reads the canned-query API for search, timelines, paths and evidence. When an
// API answer is missing it falls back to what the drawn network already holds.
'use strict';

const $ = (id) => document.getElementById(id);

const state = {
  legend: null,
  dates: [],            // the time slider's stops; the last stop (index dates.length) means "all dates"
  around: null,         // {id, name} for an ego network, or null for the whole network
  depth: 2,
  slider: 0,
  mode: 'certain',
  statuses: new Set(),
  entityTypes: new Set(),
  relationshipTypes: new Set(),
  view: 'network',      // 'network' or 'paths'
  positions: new Map(), // node id -> last drawn position, so redraws move little
  everything: null,     // the unfiltered network as JSON, for search and paths when the API is missing
  playing: null,
};

const cy = cytoscape({ container: $('cy'), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
window.cg = { cy, state, draw: () => draw() };

// ---------------------------------------------------------------------------------------------------
// API

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not a problem body */ }
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function asOf() {
  return state.slider >= state.dates.length ? null : state.dates[state.slider];
}

/** The current filters as query parameters, shared by the drawing, the exports and the API calls. */
function filterParams() {
  const p = new URLSearchParams();
  const date = asOf();
  if (date) { p.set('asOf', date); p.set('mode', state.mode); }
  const legend = state.legend;
  if (state.statuses.size < legend.statuses.length) p.set('statuses', [...state.statuses].join(',') || 'none');
  const types = [];
  if (state.entityTypes.size < legend.entityTypes.length) types.push(...state.entityTypes);
  if (state.relationshipTypes.size < legend.relationshipTypes.length) types.push(...state.relationshipTypes);
  if (types.length) p.set('types', types.join(','));
  return p;
}

function networkParams(format) {
  const p = filterParams();
  p.set('format', format);
  if (state.around) { p.set('around', state.around.id); p.set('depth', String(state.depth)); }
  return p;
}

// ---------------------------------------------------------------------------------------------------
// Drawing

let drawing = 0;

async function draw() {
  const ticket = ++drawing;
  const params = filterParams();
  // an empty selection matches nothing: draw nothing rather than ask with an empty list (which means all)
  if (params.get('statuses') === 'none' || state.entityTypes.size === 0 || state.relationshipTypes.size === 0) {
    show({ elements: { nodes: [], edges: [] } });
    return;
  }
  busy('Drawing…');
  try {
    const doc = await getJson('api/network?' + networkParams('cytoscape'));
    if (ticket !== drawing) return;
    if (!state.styled) { cy.style(doc.style); state.styled = true; }
    state.view = 'network';
    show(doc);
    if (state.around && cy.getElementById(state.around.id).nonempty()) state.around.name = cy.getElementById(state.around.id).data('name');
    $('view-title').textContent = (state.around ? `${state.around.name}, depth ${state.depth}` : 'Whole network')
      + (asOf() ? ` as of ${asOf()} (${state.mode})` : '');
  } catch (e) {
    message('Cannot draw: ' + e.message);
  } finally {
    if (ticket === drawing) busy(null);
  }
}

function show(doc) {
  const nodes = doc.elements.nodes || [];
  const edges = doc.elements.edges || [];
  const known = nodes.filter((n) => state.positions.has(n.data.id)).length;
  cy.batch(() => {
    cy.elements().remove();
    cy.add(nodes.map((n) => ({ group: 'nodes', data: n.data, position: state.positions.get(n.data.id) })));
    cy.add(edges.map((e) => ({ group: 'edges', data: e.data })));
  });
  const finish = () => {
    // a fit on a handful of nodes would blow them up; keep small views at a readable scale
    if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); }
    cy.nodes().forEach((n) => state.positions.set(n.id(), { ...n.position() }));
    document.body.dataset.nodes = String(cy.nodes().length);
    document.body.dataset.edges = String(cy.edges().length);
    document.body.dataset.ready = 'true';
  };
  if (nodes.length === 0) { finish(); return; }
  const layout = known === nodes.length
    ? cy.layout({ name: 'preset', fit: false })
    : cy.layout({ name: 'cose', animate: false, randomize: known === 0, fit: true, padding: 30,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 70, numIter: known === 0 ? 1000 : 300 });
  layout.one('layoutstop', finish);
  layout.run();
}

/** Draws statements in the shape every API response carries (subject, object, status, …). */
function showStatements(statements) {
  const labels = Object.fromEntries(state.legend.relationshipTypes.map((t) => [t.name, t]));
  const nodes = new Map();
  const edges = [];
  for (const s of statements) {
    for (const end of [s.subject, s.object]) {
      if (end && !nodes.has(end.id)) nodes.set(end.id, { data: { id: end.id, name: end.name, type: end.type } });
    }
    edges.push({ data: {
      id: s.id, source: s.subject.id, target: s.object.id, type: s.type, interaction: s.type,
      label: labels[s.type] ? labels[s.type].label : s.type, symmetric: labels[s.type] ? labels[s.type].symmetric : false,
      status: s.status, claimedBy: s.claimedBy ? s.claimedBy.id : '', claimedByName: s.claimedBy ? s.claimedBy.name : '',
      date: s.date || '', dateEnd: s.dateEnd || '', datePrecision: s.datePrecision || '',
      sourceId: s.source ? s.source.id : '', sourceTitle: s.source ? s.source.title : '',
      ref: Array.isArray(s.ref) ? s.ref.join('|') : (s.ref || ''), excerpt: s.excerpt || '', note: s.note || '',
      placeName: s.place ? s.place.name : '',
    } });
  }
  show({ elements: { nodes: [...nodes.values()], edges } });
}

// ---------------------------------------------------------------------------------------------------
// Details: evidence for an edge, a timeline for a node

function edgeToStatement(d) {
  return {
    id: d.id, type: d.interaction || d.type, label: d.label, status: d.status,
    subject: { id: d.source, name: cy.getElementById(d.source).data('name') },
    object: { id: d.target, name: cy.getElementById(d.target).data('name') },
    claimedBy: d.claimedBy ? { id: d.claimedBy, name: d.claimedByName } : null,
    date: d.date, dateEnd: d.dateEnd, datePrecision: d.datePrecision,
    source: d.sourceId ? { id: d.sourceId, title: d.sourceTitle } : null,
    ref: d.ref ? String(d.ref).split('|') : [], excerpt: d.excerpt, note: d.note,
  };
}

function labelOf(s) {
  if (s.label) return s.label;
  const t = state.legend.relationshipTypes.find((r) => r.name === s.type);
  return t ? t.label : s.type;
}

function when(s) {
  if (!s.date) return 'undated';
  return s.dateEnd && s.dateEnd !== s.date ? `${s.date} – ${s.dateEnd}` : s.date;
}

function statementHtml(s) {
  const hedged = s.status !== 'confirmed' ? ' hedged' : '';
  const denied = s.status === 'denied' ? ' denied' : '';
  const claim = s.claimedBy ? ` · ${s.status === 'denied' ? 'denied by' : 'claimed by'} ${esc(s.claimedBy.name || s.claimedBy.id)}` : '';
  const refs = s.ref && s.ref.length ? ` · cites [${s.ref.map(esc).join('], [')}]` : '';
  return `<div class="statement${hedged}${denied}" data-statement="${esc(s.id)}">
    <div class="what">${esc(s.subject.name || s.subject.id)} ${esc(labelOf(s))} ${esc(s.object.name || s.object.id)}</div>
    <div class="meta"><span class="badge ${esc(s.status)}">${esc(s.status)}</span>${claim} · ${esc(when(s))}</div>
    <div class="meta">Source: ${esc(s.source ? (s.source.title || s.source.id) : 'unknown')}${refs}</div>
    <div class="meta reference"></div>
    ${s.excerpt ? `<blockquote>${esc(s.excerpt)}</blockquote>` : ''}
    ${s.note ? `<div class="meta">Note: ${esc(s.note)}</div>` : ''}
    <div class="meta">Statement ${esc(s.id)}</div>
  </div>`;
}

/** Adds the numbered reference a statement cites, from GET /api/statements/{id} (issue 4), when it answers. */
async function addReferences(container) {
  for (const div of container.querySelectorAll('[data-statement]')) {
    try {
      const full = await getJson('api/statements/' + encodeURIComponent(div.dataset.statement));
      const refs = findReferences(full);
      if (refs.length) div.querySelector('.reference').textContent = 'Cited: ' + refs.join('; ');
    } catch (e) { /* the statement API is not there: the drawn data already shows the evidence */ }
  }
}

function findReferences(value) {
  const out = [];
  const visit = (v, key) => {
    if (Array.isArray(v)) { v.forEach((x) => visit(x, key)); return; }
    if (v && typeof v === 'object') {
      if (/reference|cited|cites/i.test(key || '') && (v.title || v.outlet || v.publisher)) {
        out.push([v.ref ? `[${v.ref}]` : '', v.outlet || v.publisher, v.title, v.date || v.published].filter(Boolean).join(' '));
      }
      Object.entries(v).forEach(([k, x]) => visit(x, k));
    }
  };
  visit(value, '');
  return out;
}

function showEdge(edge) {
  const a = edge.source().id();
  const b = edge.target().id();
  const parallel = cy.edges().filter((e) => (e.source().id() === a && e.target().id() === b)
    || (e.source().id() === b && e.target().id() === a));
  const statements = parallel.map((e) => edgeToStatement(e.data())).sort(byDate);
  const details = $('details');
  details.innerHTML = `<h3>${esc(edge.source().data('name'))} – ${esc(edge.target().data('name'))}</h3>
    <p class="meta">${statements.length} statement${statements.length === 1 ? '' : 's'} between them</p>`
    + statements.map(statementHtml).join('');
  addReferences(details);
}

async function showNode(node) {
  const d = node.data();
  const details = $('details');
  details.innerHTML = `<h3>${esc(d.name)}</h3>
    <p class="meta">${esc(d.type)}${d.aliases ? ' · also ' + esc(String(d.aliases).split('|').join(', ')) : ''}</p>
    ${d.description ? `<p>${esc(d.description)}</p>` : ''}
    <button type="button" id="ego">Show ${esc(d.name)}'s network</button>
    <h3>Timeline</h3><div id="timeline"><p class="hint">Loading…</p></div>`;
  $('ego').onclick = () => pick({ id: d.id, name: d.name });
  let statements;
  try {
    statements = findStatements(await getJson(`api/entities/${encodeURIComponent(d.id)}/timeline`));
  } catch (e) {
    // before the timeline API: the statements drawn around this node, in date order
    statements = node.connectedEdges().map((e) => edgeToStatement(e.data()));
  }
  statements.sort(byDate);
  $('timeline').innerHTML = statements.length ? statements.map(statementHtml).join('') : '<p class="hint">No statements.</p>';
}

function byDate(x, y) {
  if (!x.date) return y.date ? 1 : 0;
  if (!y.date) return -1;
  return x.date < y.date ? -1 : x.date > y.date ? 1 : 0;
}

/** Every statement-shaped object (id, subject, object) in an API answer, however it nests them. */
function findStatements(value) {
  const found = new Map();
  const visit = (v) => {
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (v && typeof v === 'object') {
      if (typeof v.id === 'string' && v.subject && v.object) found.set(v.id, v);
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return [...found.values()];
}

cy.on('tap', 'edge', (e) => showEdge(e.target));
cy.on('tap', 'node', (e) => showNode(e.target));

// ---------------------------------------------------------------------------------------------------
// Search, ego networks and paths

async function everything() {
  if (!state.everything) state.everything = await getJson('api/network?format=json');
  return state.everything;
}

function fold(s) {
  return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

async function search(q) {
  try {
    const answer = await getJson('api/entities?' + new URLSearchParams({ q, limit: '12' }));
    const list = Array.isArray(answer) ? answer : (answer.entities || answer.results || answer.rows || []);
    return list.map((x) => x.entity || x).filter((x) => x && x.id);
  } catch (e) {
    // before the search API: names and aliases of the entities in the network
    const needle = fold(q);
    return (await everything()).nodes
      .filter((n) => [n.name, ...(n.aliases || [])].some((name) => fold(name).includes(needle)))
      .sort((x, y) => (fold(x.name) === needle ? -1 : 0) - (fold(y.name) === needle ? -1 : 0))
      .slice(0, 12);
  }
}

let searchTimer = null;
$('search').addEventListener('input', () => {
  clearTimeout(searchTimer);
  const q = $('search').value.trim();
  if (q.length < 2) { $('search-results').hidden = true; return; }
  searchTimer = setTimeout(async () => {
    const results = await search(q);
    const ul = $('search-results');
    ul.innerHTML = results.map((r) => `<li data-id="${esc(r.id)}" data-name="${esc(r.name)}">${esc(r.name)}<span class="type">${esc(r.type || '')}</span></li>`).join('')
      || '<li>No match</li>';
    ul.hidden = false;
  }, 200);
});
$('search-results').addEventListener('click', (e) => {
  const li = e.target.closest('li[data-id]');
  if (!li) return;
  $('search-results').hidden = true;
  $('search').value = li.dataset.name;
  pick({ id: li.dataset.id, name: li.dataset.name });
});

function pick(entity) {
  state.around = entity;
  state.positions.clear();
  draw();
}

$('whole').onclick = () => { state.around = null; state.positions.clear(); draw(); };
$('depth').onchange = () => { state.depth = Number($('depth').value); if (state.around) draw(); };

async function entityByName(text) {
  const nodes = (await everything()).nodes;
  const t = fold(text.trim());
  return nodes.find((n) => n.id === text.trim()) || nodes.find((n) => fold(n.name) === t)
    || nodes.find((n) => (n.aliases || []).some((a) => fold(a) === t)) || null;
}

$('connect').onclick = async () => {
  const from = await entityByName($('from').value);
  const to = await entityByName($('to').value);
  if (!from || !to) { message('Pick both actors from the list'); return; }
  busy('Finding paths…');
  let statements;
  try {
    const p = filterParams();
    p.set('from', from.id); p.set('to', to.id); p.set('maxHops', '4');
    statements = findStatements(await getJson('api/connections?' + p));
  } catch (e) {
    statements = await pathsInNetwork(from.id, to.id);
  }
  busy(null);
  if (!statements.length) { message(`No path between ${from.name} and ${to.name} under these filters`); return; }
  state.view = 'paths';
  state.positions.clear();
  showStatements(statements);
  $('view-title').textContent = `How ${from.name} and ${to.name} are connected`;
  $('details').innerHTML = `<h3>${esc(from.name)} → ${esc(to.name)}</h3>`
    + statements.map(statementHtml).join('');
  addReferences($('details'));
};

/** Before the connections API: one shortest path in the filtered network, with every statement along it. */
async function pathsInNetwork(fromId, toId) {
  const p = filterParams();
  p.set('format', 'json');
  const network = await getJson('api/network?' + p);
  const neighbours = new Map();
  for (const s of network.statements) {
    for (const [a, b] of [[s.subject.id, s.object.id], [s.object.id, s.subject.id]]) {
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      neighbours.get(a).add(b);
    }
  }
  const previous = new Map([[fromId, null]]);
  const queue = [fromId];
  while (queue.length && !previous.has(toId)) {
    const id = queue.shift();
    for (const next of neighbours.get(id) || []) {
      if (!previous.has(next)) { previous.set(next, id); queue.push(next); }
    }
  }
  if (!previous.has(toId)) return [];
  const hops = [];
  for (let id = toId; previous.get(id) !== null; id = previous.get(id)) hops.push([previous.get(id), id]);
  return network.statements.filter((s) => hops.some(([a, b]) => (s.subject.id === a && s.object.id === b)
    || (s.subject.id === b && s.object.id === a)));
}

// ---------------------------------------------------------------------------------------------------
// Filters, time slider, play

function checkboxes(containerId, items, set, label) {
  $(containerId).innerHTML = items.map((item) => `<label><input type="checkbox" value="${esc(item.name)}" checked> ${label(item)}</label>`).join('');
  items.forEach((item) => set.add(item.name));
  $(containerId).addEventListener('change', (e) => {
    if (e.target.checked) set.add(e.target.value); else set.delete(e.target.value);
    redraw();
  });
}

function redraw() {
  if (state.view === 'paths') state.positions.clear();
  draw();
}

document.querySelectorAll('[data-all], [data-none]').forEach((button) => {
  button.onclick = () => {
    const id = button.dataset.all || button.dataset.none;
    const set = state.relationshipTypes;
    $(id).querySelectorAll('input').forEach((box) => {
      box.checked = Boolean(button.dataset.all);
      if (box.checked) set.add(box.value); else set.delete(box.value);
    });
    redraw();
  };
});

function showAsOf() {
  $('as-of').textContent = asOf() ? 'as of ' + asOf() : 'all dates';
}

$('slider').addEventListener('input', () => { state.slider = Number($('slider').value); showAsOf(); });
$('slider').addEventListener('change', () => draw());
$('mode').onchange = () => { state.mode = $('mode').value; if (asOf()) draw(); };

$('play').onclick = () => {
  if (state.playing) { stop(); return; }
  if (state.slider >= state.dates.length) state.slider = 0;
  $('play').textContent = '❚❚';
  const step = async () => {
    $('slider').value = String(state.slider);
    showAsOf();
    await draw();
    if (!state.playing) return;
    if (state.slider >= state.dates.length) { stop(); return; }
    state.slider += 1;
    state.playing = setTimeout(step, 400);
  };
  state.playing = setTimeout(step, 0);
};

function stop() {
  clearTimeout(state.playing);
  state.playing = null;
  $('play').textContent = '▶';
}

// ---------------------------------------------------------------------------------------------------
// Downloads: the view as PNG or SVG, and any export format for the same filters

function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

$('png').onclick = () => save(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'network.png');
$('svg').onclick = () => save(new Blob([svgOf()], { type: 'image/svg+xml' }), 'network.svg');
$('export').onclick = () => { window.location.href = 'api/network?' + networkParams($('format').value); };

/** The drawn view as SVG, from the positions and computed styles Cytoscape.js laid out. */
function svgOf() {
  const box = cy.elements().boundingBox();
  const pad = 20;
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}" width="${Math.round(box.w + 2 * pad)}" height="${Math.round(box.h + 2 * pad)}" font-family="Helvetica, Arial, sans-serif">`);
  parts.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`);
  parts.push(`<rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${box.w + 2 * pad}" height="${box.h + 2 * pad}" fill="#fff"/>`);
  cy.edges().forEach((e) => {
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    const color = e.style('line-color');
    const dash = e.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : e.style('line-style') === 'dotted' ? ' stroke-dasharray="2 3"' : '';
    const arrow = e.data('symmetric') ? '' : ' marker-end="url(#arrow)"';
    parts.push(`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${color}" stroke-width="1.5"${dash}${arrow}><title>${esc(e.data('label'))} (${esc(e.data('status'))})</title></line>`);
  });
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    const r = n.width() / 2;
    const fill = n.style('background-color');
    parts.push(shapeSvg(n.style('shape'), x, y, r, fill) + `<text x="${x}" y="${y + r + 10}" font-size="9" text-anchor="middle">${esc(n.data('name'))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function shapeSvg(shape, x, y, r, fill) {
  const polygon = (points) => `<polygon points="${points.map(([px, py]) => `${x + px * r},${y + py * r}`).join(' ')}" fill="${fill}" stroke="#333"/>`;
  switch (shape) {
    case 'rectangle': return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="${fill}" stroke="#333"/>`;
    case 'diamond': return polygon([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'triangle': return polygon([[0, -1], [1, 1], [-1, 1]]);
    case 'hexagon': return polygon([[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]]);
    default: return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="#333"/>`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Legend and start-up

function legendHtml(legend) {
  const nodeRow = (t) => `<div class="row" title="${esc(t.description)}"><svg width="16" height="16" viewBox="-8 -8 16 16">${shapeSvg(t.shape, 0, 0, 6, t.color)}</svg>${esc(t.name)}</div>`;
  const dash = (line) => (line === 'dashed' ? 'stroke-dasharray="5 3"' : line === 'dotted' ? 'stroke-dasharray="2 3"' : '');
  const edgeRow = (s) => `<div class="row" title="${esc(s.description)}"><svg width="30" height="10"><line x1="0" y1="5" x2="30" y2="5" stroke="${s.color}" stroke-width="2" ${dash(s.line)}/></svg>${esc(s.name)}</div>`;
  return legend.entityTypes.map(nodeRow).join('') + '<hr>' + legend.statuses.map(edgeRow).join('');
}

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function busy(text) {
  if (text) message(text, true); else $('status').classList.remove('show');
}

let messageTimer = null;
function message(text, sticky) {
  const el = $('status');
  el.textContent = text;
  el.classList.add('show');
  clearTimeout(messageTimer);
  if (!sticky) messageTimer = setTimeout(() => el.classList.remove('show'), 4000);
}

async function start() {
  const legend = await getJson('api/network/legend');
  state.legend = legend;
  state.dates = legend.dates;
  state.slider = legend.dates.length;
  $('slider').max = String(legend.dates.length);
  $('slider').value = String(legend.dates.length);
  showAsOf();
  checkboxes('statuses', legend.statuses, state.statuses, (s) => esc(s.name));
  checkboxes('entity-types', legend.entityTypes, state.entityTypes, (t) => esc(t.name));
  checkboxes('relationship-types', legend.relationshipTypes, state.relationshipTypes, (t) => esc(t.label));
  $('format').innerHTML = legend.formats.map((f) => `<option>${esc(f)}</option>`).join('');
  $('legend').innerHTML = legendHtml(legend);
  const params = new URLSearchParams(location.search);
  if (params.get('around')) {
    state.around = { id: params.get('around'), name: params.get('around') };
    state.depth = Number(params.get('depth') || state.depth);
    $('depth').value = String(state.depth);
  }
  await draw();
  everything().then((n) => {
    $('entity-names').innerHTML = n.nodes.map((x) => `<option value="${esc(x.name)}">${esc(x.type)}</option>`).join('');
  }).catch(() => {});
}

start().catch((e) => message('Cannot start: ' + e.message));
