// The side panels: an actor (its timeline, expand and collapse), a tie (every statement behind it with
// its evidence, paged), a connection, and the problems the API reports.
import * as api from './api.js';

const details = document.getElementById('details');
const PAGE = 10;

export function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function when(s) {
  if (!s.date) return 'undated';
  return s.dateEnd && s.dateEnd !== s.date ? `${s.date} – ${s.dateEnd}` : s.date;
}

export function statementHtml(s, labels) {
  const hedged = s.status !== 'confirmed' ? ' hedged' : '';
  const denied = s.status === 'denied' ? ' denied' : '';
  const claim = s.claimedBy ? ` · ${s.status === 'denied' ? 'denied by' : 'claimed by'} ${esc(s.claimedBy.name || s.claimedBy.id)}` : '';
  const refs = s.ref && s.ref.length ? ` · cites [${s.ref.map(esc).join('], [')}]` : '';
  return `<div class="statement${hedged}${denied}" data-statement="${esc(s.id)}">
    <div class="what">${esc(s.subject.name || s.subject.id)} ${esc(labels[s.type] || s.type)} ${esc(s.object.name || s.object.id)}</div>
    <div class="meta"><span class="badge ${esc(s.status)}">${esc(s.status)}</span>${claim} · ${esc(when(s))}</div>
    <div class="meta">Source: ${esc(s.source ? (s.source.title || s.source.id) : 'unknown')}${refs}</div>
    <div class="meta reference"></div>
    ${s.excerpt ? `<blockquote>${esc(s.excerpt)}</blockquote>` : ''}
    ${s.note ? `<div class="meta">Note: ${esc(s.note)}</div>` : ''}
    <div class="meta">Statement ${esc(s.id)}</div>
  </div>`;
}

/** Adds the numbered references each listed statement cites (GET /api/statements/{id}). */
async function addReferences(container) {
  for (const div of container.querySelectorAll('[data-statement]')) {
    const detail = await api.statement(div.dataset.statement).catch(() => null);
    if (detail && detail.references.length) {
      div.querySelector('.reference').textContent = 'Cited: ' + detail.references
        .map((r) => [`[${r.ref}]`, r.publisher, r.title, r.published].filter(Boolean).join(' ')).join('; ');
    }
  }
}

/** The statements behind a tie, a page at a time, with a button to draw them one by one. */
export async function showTie(edge, filters, labels, onToggle) {
  const d = edge.data();
  const title = `${esc(edge.source().data('name'))} → ${esc(edge.target().data('name'))}`;
  const page = async (offset) => {
    const p = new URLSearchParams(filters);
    Object.entries({ from: d.source, to: d.target, family: d.family, offset, limit: PAGE }).forEach(([k, v]) => p.set(k, String(v)));
    const answer = await api.ties(p);
    const last = Math.min(answer.total, offset + answer.statements.length);
    details.innerHTML = `<h3>${title}</h3>
      <p class="meta">${esc(d.family)}: ${answer.total} statement${answer.total === 1 ? '' : 's'} (${esc(d.types.join(', '))});
        strongest ${esc(d.status)}${d.contested ? ', contested by a denial' : ''}</p>
      <div class="pager"><button type="button" data-page="prev" ${offset === 0 ? 'disabled' : ''}>Previous</button>
        <span>${offset + 1}–${last} of ${answer.total}</span>
        <button type="button" data-page="next" ${last >= answer.total ? 'disabled' : ''}>Next</button>
        <button type="button" data-toggle>${onToggle.drawn(d.id) ? 'Draw as one tie' : 'Draw each statement'}</button></div>
      <div class="statements">${answer.statements.map((s) => statementHtml(s, labels)).join('')}</div>`;
    details.querySelector('[data-page="prev"]').onclick = () => page(Math.max(0, offset - PAGE)).catch(report);
    details.querySelector('[data-page="next"]').onclick = () => page(offset + PAGE).catch(report);
    details.querySelector('[data-toggle]').onclick = async () => {
      const all = new URLSearchParams(p);
      all.set('offset', '0'); all.set('limit', '100');
      await onToggle.toggle(d.id, (await api.ties(all)).statements);
      page(offset).catch(report);
    };
    addReferences(details);
  };
  await page(0);
}

/** An actor: what it is, expand or collapse its neighbours, and its timeline. */
export async function showActor(node, view, filters, labels, actions) {
  const d = node.data();
  const expansion = view && view.expansions.find((e) => e.actor === d.id);
  details.innerHTML = `<h3>${esc(d.name)}</h3>
    <p class="meta">${esc(d.type)} · ${d.degree} statement${d.degree === 1 ? '' : 's'} under the filters</p>
    <div class="actions">
      <button type="button" data-expand>${expansion ? 'Collapse its neighbours' : 'Expand its neighbours'}</button>
      ${expansion && expansion.more > 0 ? `<button type="button" data-more>and ${expansion.more} more: show them</button>` : ''}
    </div>
    ${expansion ? `<p class="meta">${expansion.neighbours.length} neighbours drawn, ${expansion.more} more not shown.</p>` : ''}
    ${tieList(node)}
    <h3>Timeline</h3><div id="timeline"><p class="hint">Loading…</p></div>`;
  details.querySelector('[data-expand]').onclick = () => (expansion ? actions.collapse(d.id) : actions.expand(d.id));
  details.querySelectorAll('[data-tie]').forEach((b) => { b.onclick = () => actions.selectTie(b.dataset.tie); });
  const more = details.querySelector('[data-more]');
  if (more) more.onclick = () => actions.more();
  try {
    const answer = await api.timeline(d.id, new URLSearchParams(filters));
    const list = answer.statements.map((e) => e.statement);
    if (!document.getElementById('timeline')) return; // another panel took its place meanwhile
    document.getElementById('timeline').innerHTML = list.length ? list.map((s) => statementHtml(s, labels)).join('') : '<p class="hint">No statements.</p>';
  } catch (e) {
    report(e);
  }
}

/** The actor's drawn ties as buttons, so a tie's evidence is reachable from the keyboard too. */
function tieList(node) {
  const ties = node.connectedEdges().filter((e) => e.data('family')).sort((a, b) => b.data('count') - a.data('count'));
  if (ties.empty()) return '';
  const other = (e) => (e.source().id() === node.id() ? `→ ${e.target().data('name')}` : `← ${e.source().data('name')}`);
  return `<details class="ties"><summary>${ties.length} ties drawn</summary>${ties.map((e) =>
    `<button type="button" class="tie" data-tie="${esc(e.id())}">${esc(other(e))} · ${esc(e.data('family'))} (${e.data('count')})</button>`).join('')}</details>`;
}

export function showConnection(from, to, network, labels) {
  details.innerHTML = `<h3>${esc(from)} → ${esc(to)}</h3>
    <p class="meta">${network.statements.length} statements on the shortest routes</p>`
    + network.statements.map((s) => statementHtml(s, labels)).join('');
  addReferences(details);
}

export function hint() {
  details.innerHTML = '<p class="hint">Click a tie to see the statements behind it and their evidence, or an actor to see its timeline. Double-click an actor to expand or collapse its neighbours.</p>';
}

let retryAction = null;
/** A problem from the API: a 400 shows its detail, a 503 (or a lost connection) offers a retry. */
export function report(error, retry) {
  const box = document.getElementById('problem');
  const busy = error.status === 503 || error.status === undefined;
  retryAction = retry || null;
  box.querySelector('.text').textContent = error.status === 400 ? `The service refused this view: ${error.message}`
    : busy ? `The service is busy or unreachable (${error.message}).` : `${error.message}`;
  box.querySelector('[data-retry]').hidden = !(busy && retryAction);
  box.hidden = false;
  // from the keyboard, the way out is one key away: Enter retries, Escape dismisses
  (busy && retryAction ? box.querySelector('[data-retry]') : box.querySelector('[data-close]')).focus();
}

export function clearProblem() {
  document.getElementById('problem').hidden = true;
}

document.querySelector('#problem [data-retry]').onclick = () => { clearProblem(); if (retryAction) retryAction(); };
document.querySelector('#problem [data-close]').onclick = clearProblem;
