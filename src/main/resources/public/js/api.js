// The API client: one function per endpoint the page reads. A failed answer throws an ApiError that
// carries the status and the problem's detail, so the page can show a 400's reason and offer a retry on 503.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function getJson(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const type = response.headers.get('content-type') || '';
    const detail = type.includes('json') ? (await response.json()).detail : response.statusText;
    throw new ApiError(response.status, detail || `HTTP ${response.status}`);
  }
  return response.json();
}

/** Types, families, statuses with their looks, export formats and the time slider's days. */
export const legend = () => getJson('api/network/legend');

/** The aggregated view: the top actors, expansions and added actors, ties among them. */
export const overview = (params) => getJson('api/network/overview', params);

/** One page of the statements behind a tie. */
export const ties = (params) => getJson('api/network/ties', params);

/** Entities whose name or alias matches. */
export const search = (q) => getJson('api/entities', new URLSearchParams({ q, limit: '12' }));

/** One entity's statements in date order. */
export const timeline = (id, filters) => getJson(`api/entities/${encodeURIComponent(id)}/timeline`, filters);

/** One statement with the numbered references it cites. */
export const statement = (id) => getJson(`api/statements/${encodeURIComponent(id)}`);

/** The statements of the canned query "connection" between two actors, as a network {nodes, statements}. */
export function connection(from, to, filters) {
  const p = new URLSearchParams(filters);
  p.set('query', 'connection');
  p.set('from', from);
  p.set('to', to);
  p.set('format', 'json');
  return getJson('api/network', p);
}

/** The loaded datasets, for the dataset selector. */
export const datasets = () => getJson('api/datasets');

/**
 * The address of an export file of exactly the drawn view: the overview endpoint with the view's own
 * parameters answers it as a file when given a format; a connection is the canned query's subgraph.
 */
export function exportUrl(format, params, connection) {
  const p = new URLSearchParams(params);
  p.set('format', format);
  return connection ? `api/network?${p}` : `api/network/overview?${p}`;
}
