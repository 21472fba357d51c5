// Conflict Graph's web view. It opens on the most central actors and the ties among them, as the server
// aggregates them (GET /api/network/overview); double-click expands or collapses an actor; the view's
// state lives in the URL. Modules: api (the endpoints), state (the view and its URL), graph (Cytoscape),
// panels (details and problems), controls (filters, time, search, downloads, legend).
import * as api from './api.js';
import * as graph from './graph.js';
import * as panels from './panels.js';
import * as controls from './controls.js';
import { fromUrl, toUrl, viewParams, filterParams, empty } from './state.js';

const body = document.body;
let legend = null;
let labels = {};
let state = fromUrl(location.search);
let view = null;          // the last aggregated view drawn
let ticket = 0;
const individual = new Set(); // ties drawn as their statements

/** Draws the state's view; {@code prefetched}: its overview, already asked for (the page's first drawing). */
async function render(prefetched = null) {
  const mine = ++ticket;
  body.dataset.ready = 'false';
  panels.clearProblem();
  try {
    if (state.from && state.to) {
      const network = await api.connection(state.from, state.to, filterParams(state));
      if (mine !== ticket) return;
      view = null;
      individual.clear();
      await graph.showStatements(network);
      const name = (id) => (network.nodes.find((n) => n.id === id) || { name: id }).name;
      title(`How ${name(state.from)} and ${name(state.to)} are connected`);
      panels.showConnection(name(state.from), name(state.to), network, labels);
      if (!network.statements.length) message('No route between them under these filters');
    } else {
      const next = empty(state) ? { nodes: [], ties: [], expansions: [], statements: 0, truncated: false }
        : await (prefetched || api.overview(viewParams(state)));
      if (mine !== ticket) return;
      const received = performance.now();
      if (view === null) graph.reset();
      view = next;
      individual.clear();
      await graph.show(view, legend);
      // the time from the start of the page's loading to its first drawing (the page checks read it)
      if (!body.dataset.firstDrawingMs) {
        body.dataset.firstDrawingMs = String(Math.round(performance.now()));
        body.dataset.firstDrawingSteps = JSON.stringify({ overview: Math.round(received), ...graph.timings });
      }
      title(`${view.nodes.length} actors, ${view.ties.length} ties for ${view.statements.toLocaleString("en")} statements`
        + (state.asOf ? ` as of ${state.asOf} (${state.mode})` : '')
        + (view.tiesLeftOut ? `; ${view.tiesLeftOut.toLocaleString("en")} weaker ties not drawn` : view.truncated ? ' — cut to the drawing limit' : ''));
      select(state.selected);
    }
    body.dataset.nodes = String(graph.cy.nodes().length);
    body.dataset.edges = String(graph.cy.edges().length);
  } catch (e) {
    if (mine === ticket) panels.report(e, () => render());
  } finally {
    if (mine === ticket) body.dataset.ready = 'true';
  }
}

function title(text) {
  document.getElementById('view-title').textContent = text;
}

let messageTimer = null;
function message(text) {
  const el = document.getElementById('status');
  el.textContent = text;
  el.classList.add('show');
  clearTimeout(messageTimer);
  messageTimer = setTimeout(() => el.classList.remove('show'), 4000);
}

/** Changes the state, records it in the history (a new step, or in place) and draws it. */
function change(edit, { replace = false } = {}) {
  edit(state);
  const url = `?${toUrl(state)}`;
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  return render();
}

window.addEventListener('popstate', () => {
  state = fromUrl(location.search);
  controls.sync(state, legend);
  render();
});

function select(id) {
  graph.cy.elements().unselect();
  const el = id ? graph.cy.getElementById(id) : null;
  graph.focus(el && el.nonempty() ? el : null);
  if (!el || el.empty()) { panels.hint(); return; }
  el.select();
  if (el.isNode()) panels.showActor(el, view, filterParams(state), labels, actions).catch(panels.report);
  else panels.showTie(el, filterParams(state), labels, ties).catch(panels.report);
}

const actions = {
  expand: (id) => change((s) => { if (!s.expand.includes(id)) s.expand = [...s.expand, id]; s.selected = id; }),
  collapse: (id) => change((s) => { s.expand = s.expand.filter((x) => x !== id); s.add = s.add.filter((x) => x !== id); s.selected = null; }),
  more: () => change((s) => { s.neighbours = Math.min(100, s.neighbours + 20); }),
  selectTie: (id) => { remember(id); select(id); },
};

const ties = {
  drawn: (id) => individual.has(id),
  toggle: (id, statements) => {
    if (graph.toggleStatements(id, statements)) individual.add(id); else individual.delete(id);
    body.dataset.edges = String(graph.cy.edges(':visible').length);
  },
};

function remember(id) {
  state.selected = id;
  history.replaceState(null, '', `?${toUrl(state)}`);
}

graph.cy.on('tap', (e) => { if (e.target === graph.cy && view) { remember(null); select(null); } });
graph.cy.on('tap', 'node', (e) => { if (view) { remember(e.target.id()); select(e.target.id()); } });
graph.cy.on('tap', 'edge', (e) => {
  const tie = e.target.data('tie') || e.target.id();
  if (view && graph.cy.getElementById(tie).data('family')) { remember(tie); select(tie); }
});
graph.cy.on('dbltap', 'node', (e) => {
  if (!view) return;
  const id = e.target.id();
  (state.expand.includes(id) ? actions.collapse(id) : actions.expand(id));
});

// Escape closes what is open: the problem message, the search suggestions, then the selected actor's or tie's panel
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  if (!document.getElementById('problem').hidden) { panels.clearProblem(); return; }
  if (!document.getElementById('search-results').hidden) { document.getElementById('search-results').hidden = true; return; }
  if (state.selected && view) { remember(null); select(null); }
});

const app = {
  change,
  state: () => state,
  legend: () => legend,
  message,
  addActor: (id) => change((s) => {
    Object.assign(s, { from: null, to: null, selected: id });
    if (!s.add.includes(id)) s.add = [...s.add, id];
  }),
};

async function start() {
  // the first view is asked for at once, beside the legend (it does not need it), so the two travel together
  const first = state.from && state.to || empty(state) ? null : api.overview(viewParams(state));
  if (first) first.catch(() => {}); // its failure is reported where it is awaited, in render
  try {
    legend = await api.legend();
  } catch (e) {
    panels.report(e, start);
    return;
  }
  labels = Object.fromEntries(legend.relationshipTypes.map((t) => [t.name, t.label]));
  graph.styleFrom(legend);
  controls.setup(legend, app);
  controls.sync(state, legend);
  api.datasets().then((list) => controls.setDatasets(list, state)).catch(panels.report);
  await render(first);
}

// for the page checks and the console
window.cg = { state: () => state, view: () => view, render, change, actions, api, legend: () => legend,
  exportHref: (format) => controls.exportHref(state, format) };

start();
