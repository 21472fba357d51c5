// The view's state, and its round trip through the URL: filters, time, expanded and added actors,
// the selection and a connection. Every change is a step in the browser's history, so back and forward
// walk the views and a URL shares one.

export const DEFAULT_LIMIT = 150;
export const DEFAULT_NEIGHBOURS = 20;

export function initial() {
  return {
    limit: DEFAULT_LIMIT,
    neighbours: DEFAULT_NEIGHBOURS,
    expand: [],      // actors whose neighbours are drawn
    add: [],         // actors added from the search
    asOf: null,      // a day of the slider, or null for all dates
    mode: 'certain',
    statuses: null,  // null: all; otherwise the checked ones (empty: none)
    types: null,     // null: all; otherwise the checked entity and relationship types
    datasets: null,  // null: every loaded dataset; otherwise one dataset's name
    selected: null,  // a node id or a tie id
    from: null,      // a connection between two actors, instead of the overview
    to: null,
  };
}

const list = (text) => (text ? text.split(',').filter(Boolean) : []);

export function fromUrl(search) {
  const p = new URLSearchParams(search);
  const s = initial();
  if (p.has('limit')) s.limit = Number(p.get('limit'));
  if (p.has('neighbours')) s.neighbours = Number(p.get('neighbours'));
  s.expand = list(p.get('expand'));
  s.add = list(p.get('add'));
  s.asOf = p.get('asOf') || null;
  s.mode = p.get('mode') || 'certain';
  if (p.has('statuses')) s.statuses = p.get('statuses') === 'none' ? [] : list(p.get('statuses'));
  if (p.has('types')) s.types = p.get('types') === 'none' ? [] : list(p.get('types'));
  s.datasets = p.get('datasets') || null;
  s.selected = p.get('selected') || null;
  s.from = p.get('from') || null;
  s.to = p.get('to') || null;
  return s;
}

export function toUrl(s) {
  const p = new URLSearchParams();
  if (s.from && s.to) { p.set('from', s.from); p.set('to', s.to); }
  if (s.limit !== DEFAULT_LIMIT) p.set('limit', String(s.limit));
  if (s.neighbours !== DEFAULT_NEIGHBOURS) p.set('neighbours', String(s.neighbours));
  if (s.expand.length) p.set('expand', s.expand.join(','));
  if (s.add.length) p.set('add', s.add.join(','));
  for (const [key, value] of Object.entries(filterParams(s))) p.set(key, value);
  if (s.selected) p.set('selected', s.selected);
  return p;
}

/** The filters as the API reads them; an empty selection is "none", which the page draws as nothing. */
export function filterParams(s) {
  const p = {};
  if (s.asOf) { p.asOf = s.asOf; p.mode = s.mode; }
  if (s.statuses) p.statuses = s.statuses.length ? s.statuses.join(',') : 'none';
  if (s.types) p.types = s.types.length ? s.types.join(',') : 'none';
  if (s.datasets) p.datasets = s.datasets;
  return p;
}

/** True when a filter matches nothing (no status or no type checked). */
export const empty = (s) => (s.statuses && !s.statuses.length) || (s.types && !s.types.length);

/** The overview's parameters: filters plus the actors to draw. */
export function viewParams(s) {
  const p = new URLSearchParams(filterParams(s));
  p.set('limit', String(s.limit));
  p.set('neighbours', String(s.neighbours));
  if (s.expand.length) p.set('expand', s.expand.join(','));
  if (s.add.length) p.set('add', s.add.join(','));
  return p;
}
