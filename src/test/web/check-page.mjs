// Drives the web view in headless Chromium over the DevTools protocol and checks what an analyst does
// with it: the opening view (at most 150 actors, no overlapping labels at the default zoom, more labels
// when zoomed in), aggregated ties (fewer edges than statements, counts that add up), a tie's evidence
// paged and drawn statement by statement, expand, collapse, back and forward, the view's state in the URL,
// positions that hold still, the 2,000-element cap, search, a timeline, the time slider, the connection
// picker, a 400's detail shown to the user, and the PNG download. Saves screenshots.
//
// Usage: node --experimental-websocket src/test/web/check-page.mjs [SERVICE_URL] [OUT_DIR]
//   defaults: http://localhost:8080 /tmp/conflict-graph-check
// Needs Node 20+ and Debian's chromium. Exit status 0 when every check passes.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVICE = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const OUT = process.argv[3] || '/tmp/conflict-graph-check';
mkdirSync(OUT, { recursive: true });

const failures = [];
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures.push(what);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const profile = mkdtempSync(join(tmpdir(), 'cg-chromium-'));
const browser = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
  '--remote-debugging-port=0', '--window-size=1400,900', 'about:blank'], { stdio: 'ignore' });

let socket;
try {
  // Chromium writes the port it chose into the profile
  let port;
  for (let i = 0; i < 100 && !port; i++) {
    await sleep(100);
    const file = join(profile, 'DevToolsActivePort');
    if (existsSync(file)) port = readFileSync(file, 'utf8').split('\n')[0];
  }
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const page = targets.find((t) => t.type === 'page');
  socket = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise((resolve) => socket.addEventListener('open', resolve));
  let id = 0;
  const pending = new Map();
  const errors = [];
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
    if (message.method === 'Runtime.exceptionThrown') errors.push(message.params.exceptionDetails.exception?.description || message.params.exceptionDetails.text);
  });
  const send = (method, params = {}) => new Promise((resolve) => {
    pending.set(++id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });
  const evaluate = async (expression) => {
    const answer = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (answer.result.exceptionDetails) throw new Error(JSON.stringify(answer.result.exceptionDetails));
    return answer.result.result.value;
  };
  const screenshot = async (name) => {
    const shot = await send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(OUT, name), Buffer.from(shot.result.data, 'base64'));
    console.log(`     screenshot ${join(OUT, name)}`);
  };
  const waitFor = async (expression, what) => {
    for (let i = 0; i < 300; i++) {
      if (await evaluate(expression)) return true;
      await sleep(100);
    }
    check(false, `timed out waiting for ${what}`);
    return false;
  };
  const ready = async (what) => {
    await sleep(150);
    return waitFor("document.body && document.body.dataset.ready === 'true'", what);
  };
  const open = async (path) => {
    await send('Page.navigate', { url: SERVICE + path });
    await sleep(300);
    await waitFor("typeof window.cy !== 'undefined' && window.cg && document.body.dataset.ready === 'true'", `the page at ${path}`);
  };
  const api = async (path) => (await fetch(SERVICE + path)).json();
  const drawnIds = () => evaluate('cy.nodes().map((n) => n.id()).sort()');
  const positions = () => evaluate('Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]))');
  await send('Runtime.enable');
  await send('Page.enable');
  await send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 900, deviceScaleFactor: 1, mobile: false });

  // 1. the opening view: the most central actors, no more than 150
  await open('/');
  const overview = await api('/api/network/overview');
  const nodes = await drawnIds();
  check(nodes.length <= 150 && nodes.length === overview.nodes.length,
    `the opening view draws ${nodes.length} actors (at most 150; the API has ${overview.nodes.length})`);
  check(JSON.stringify(nodes) === JSON.stringify(overview.nodes.map((n) => n.id).sort()), 'exactly the overview\'s actors');

  // 2. no two labels overlap at the default zoom, and zooming in labels more actors
  const labelBoxes = `cy.nodes('.labelled').map((n) => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))`;
  const overlaps = await evaluate(`(() => { const b = ${labelBoxes}; let o = 0;
    for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++)
      if (b[i].x1 < b[j].x2 && b[j].x1 < b[i].x2 && b[i].y1 < b[j].y2 && b[j].y1 < b[i].y2) o++;
    return o; })()`);
  const labelled = await evaluate("cy.nodes('.labelled').map((n) => n.id())");
  check(overlaps === 0 && labelled.length >= 15, `${labelled.length} labels at the default zoom, ${overlaps} overlapping pairs`);
  check(labelled.includes('taliban') && labelled.includes('nrf'), 'the Taliban and the NRF, the most central, are labelled');
  await screenshot('page-overview.png');
  await evaluate("cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }), true");
  await sleep(600);
  const zoomed = await evaluate("cy.nodes('.labelled').map((n) => n.id())");
  const newly = zoomed.filter((x) => !labelled.includes(x));
  check(newly.length > 0, `zoomed in 2.5 times, ${newly.length} more actors get a label (e.g. ${newly.slice(0, 3).join(', ')})`);
  await evaluate('cy.fit(undefined, 30), true');
  await sleep(400);

  // 3. ties: one edge per direction and family, fewer edges than statements, counts that add up
  const edges = await evaluate('cy.edges().length');
  const counted = await evaluate("cy.edges().reduce((sum, e) => sum + e.data('count'), 0)");
  check(edges < counted && counted === overview.statements && edges === overview.ties.length,
    `${edges} ties stand for ${counted} statements (the API: ${overview.ties.length} ties, ${overview.statements} statements)`);

  // 4. a tie's evidence: every statement behind it, paged, and drawn one by one on request
  const tieId = 'nrf>taliban:fighting';
  const total = (await api('/api/network/ties?from=nrf&to=taliban&family=fighting&limit=1')).total;
  await evaluate(`cy.getElementById(${JSON.stringify(tieId)}).emit('tap'), true`);
  await waitFor("document.querySelectorAll('#details .statement').length > 0", 'the tie\'s statements');
  const firstPage = await evaluate("document.querySelectorAll('#details .statement').length");
  const pagerText = await evaluate("document.querySelector('#details .pager span').innerText");
  check(firstPage === Math.min(10, total) && pagerText.includes(`of ${total}`),
    `the NRF's fighting of the Taliban: ${firstPage} statements on the first page, "${pagerText}" (total ${total})`);
  const panel = await evaluate("document.getElementById('details').innerText");
  check(/confirmed|reported|claimed/.test(panel) && panel.includes('Source:'), 'each statement shows its status and source');
  check((await evaluate('location.search')).includes('selected='), 'the selection is in the URL');
  await screenshot('page-evidence.png');
  await evaluate("document.querySelector('#details [data-page=next]').click(), true");
  await waitFor(`document.querySelector('#details .pager span').innerText.startsWith('11')`, 'the second page');
  check(true, 'Next shows the second page');
  await evaluate("document.querySelector('#details [data-toggle]').click(), true");
  await waitFor(`cy.edges('.statement').length > 0`, 'the statements drawn one by one');
  check(await evaluate(`cy.edges('.statement').length`) === Math.min(100, total), `"Draw each statement" draws ${await evaluate(`cy.edges('.statement').length`)} edges for the tie`);
  await evaluate("document.querySelector('#details [data-toggle]').click(), true");
  await waitFor(`cy.edges('.statement').length === 0`, 'the tie drawn as one again');

  // 5. expand a hub: its top neighbours come in, the actors already drawn stay where they are
  let hub = null;
  let bestNew = 0;
  for (const n of overview.nodes.slice(0, 12)) {
    const expansion = await api(`/api/network/expand?actor=${n.id}`);
    const fresh = expansion.nodes.filter((x) => !nodes.includes(x.id)).length;
    if (fresh > bestNew) { bestNew = fresh; hub = n.id; }
  }
  const before = await positions();
  await evaluate(`cy.getElementById(${JSON.stringify(hub)}).emit('dbltap'), true`);
  await ready('the expansion');
  const expanded = await drawnIds();
  const withHub = await api(`/api/network/overview?expand=${hub}`);
  check(expanded.length === withHub.nodes.length && expanded.length === nodes.length + bestNew,
    `double-clicking ${hub} adds ${expanded.length - nodes.length} of its neighbours (expected ${bestNew})`);
  const after = await positions();
  const moved = Object.keys(before).filter((k) => after[k] && (Math.abs(after[k].x - before[k].x) > 0.5 || Math.abs(after[k].y - before[k].y) > 0.5));
  check(moved.length === 0, `no actor already drawn moved (${moved.length} moved)`);
  check((await evaluate('location.search')).includes(`expand=${hub}`), 'the URL names the expanded actor');
  const more = withHub.expansions[0].more;
  await evaluate(`cy.getElementById(${JSON.stringify(hub)}).emit('tap'), true`);
  await waitFor("document.querySelector('#details [data-expand]')", 'the actor panel');
  const actorPanel = await evaluate("document.getElementById('details').innerText");
  check(more === 0 || actorPanel.includes(`and ${more} more`), `the panel says "and ${more} more"`);
  await evaluate(`cy.fit(cy.getElementById(${JSON.stringify(hub)}).closedNeighborhood(), 40), true`);
  await sleep(500);
  await screenshot('page-expanded.png');
  await evaluate('cy.fit(undefined, 30), true');

  // 6. collapse, back, forward
  await evaluate(`cy.getElementById(${JSON.stringify(hub)}).emit('dbltap'), true`);
  await ready('the collapse');
  check(JSON.stringify(await drawnIds()) === JSON.stringify(nodes), 'double-clicking it again collapses it: the opening actors again');
  await evaluate('history.back(), true');
  await ready('back');
  await waitFor(`cy.nodes().length === ${withHub.nodes.length}`, 'the expanded view after back');
  check((await evaluate('location.search')).includes(`expand=${hub}`), 'back returns to the expanded view');
  await evaluate('history.forward(), true');
  await waitFor(`cy.nodes().length === ${nodes.length}`, 'the collapsed view after forward');
  check(!(await evaluate('location.search')).includes('expand='), 'forward returns to the collapsed view');

  // 7. the time slider: the view as of a day; actors drawn before keep their place
  const day = '2021-08-20';
  const beforeSlider = await positions();
  await evaluate(`(() => { const s = document.getElementById('slider'); s.value = String(cg.legend().dates.indexOf('${day}'));
    s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change')); return true; })()`);
  await ready('the view as of a day');
  const asOf = await api(`/api/network/overview?asOf=${day}`);
  check(await evaluate('cy.nodes().length') === asOf.nodes.length && await evaluate('cy.edges().length') === asOf.ties.length,
    `the slider at ${day} draws ${await evaluate('cy.edges().length')} ties; the API has ${asOf.ties.length}`);
  const afterSlider = await positions();
  const shifted = Object.keys(afterSlider).filter((k) => beforeSlider[k] && (Math.abs(afterSlider[k].x - beforeSlider[k].x) > 0.5 || Math.abs(afterSlider[k].y - beforeSlider[k].y) > 0.5));
  check(shifted.length === 0, `the actors on both dates keep their place (${shifted.length} moved)`);
  check((await evaluate('location.search')).includes(`asOf=${day}`) && (await evaluate("document.getElementById('view-title').innerText")).includes(day),
    'the URL and the title say the date');

  // 7b. play steps through the days and pause stops it; the steps replace the history entry, not add to it
  const historyBefore = await evaluate('history.length');
  await evaluate("document.getElementById('slider').value = '0'; document.getElementById('play').click(), true");
  await waitFor("new URLSearchParams(location.search).get('asOf') > '2021-08-20' || cg.legend().dates.indexOf(new URLSearchParams(location.search).get('asOf')) >= 2", 'play to step');
  await evaluate("document.getElementById('play').click(), true");
  await ready('the pause');
  check(await evaluate("document.getElementById('play').textContent === '▶'") && await evaluate('history.length') === historyBefore,
    `play steps the slider (now ${await evaluate("new URLSearchParams(location.search).get('asOf')")}) without adding history steps, and pauses`);

  // 8. a shared URL opens the same view: filters, date, expanded actor, selection
  const shared = `/?expand=pakistan&asOf=2021-09-06&mode=possible&statuses=confirmed,reported,claimed&selected=pakistan`;
  await open(shared);
  const sharedApi = await api('/api/network/overview?expand=pakistan&asOf=2021-09-06&mode=possible&statuses=confirmed,reported,claimed');
  check(JSON.stringify(await drawnIds()) === JSON.stringify(sharedApi.nodes.map((n) => n.id).sort()), `a shared URL draws its view (${sharedApi.nodes.length} actors)`);
  check(await evaluate("cy.getElementById('pakistan').selected() && document.getElementById('as-of').innerText.includes('2021-09-06')")
    && await evaluate("!document.querySelector('#statuses input[value=denied]').checked"), 'with its selection, date and status filter in the controls');

  // 9. the 2,000-element cap, on the largest view the API allows
  const big = '/?limit=500&neighbours=100&expand=taliban,nrf,pakistan,ahmad-massoud,amrullah-saleh';
  await open(big);
  const cap = await api('/api/network/overview?limit=500&neighbours=100&expand=taliban,nrf,pakistan,ahmad-massoud,amrullah-saleh');
  const drawn = await evaluate('cy.elements().length');
  check(drawn <= 2000 && cap.nodes.length + cap.ties.length <= cap.maxElements && cap.maxElements <= 2000,
    `the largest view draws ${drawn} elements (cap ${cap.maxElements})`);

  // 10. search adds an actor; a node click shows its timeline
  await open('/?limit=20');
  await evaluate("(() => { const i = document.getElementById('search'); i.value = 'Massoud'; i.dispatchEvent(new Event('input')); return true; })()");
  await waitFor("document.querySelectorAll('#search-results li[data-id]').length > 0", 'search results');
  const found = await evaluate("[...document.querySelectorAll('#search-results li[data-id]')].map((li) => li.dataset.id)");
  check(found.includes('ahmad-massoud'), `search "Massoud" finds ahmad-massoud (${found.slice(0, 4).join(', ')})`);
  const target = found.find((x) => x !== 'ahmad-massoud' && x !== 'nrf') || found[0];
  await evaluate(`(() => { const i = document.getElementById('search');
    const k = [...document.querySelectorAll('#search-results li[data-id]')].findIndex((li) => li.dataset.id === ${JSON.stringify(target)});
    for (let j = 0; j <= k; j++) i.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    i.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' })); return true; })()`);
  await ready('the added actor');
  await waitFor(`cy.getElementById(${JSON.stringify(target)}).nonempty()`, 'the added actor');
  check((await evaluate('location.search')).includes(`add=${target}`), `picking ${target} from the keyboard adds it to the view and the URL`);
  await waitFor("document.getElementById('timeline') && !document.getElementById('timeline').innerText.includes('Loading')", 'the timeline');
  check(await evaluate("document.querySelectorAll('#timeline .statement').length") > 0, `the added actor's timeline shows (${await evaluate("document.querySelectorAll('#timeline .statement').length")} statements)`);

  // 11. the connection picker draws the route the API finds, with its evidence
  await open('/');
  await evaluate("document.getElementById('from').value = 'Tajikistan'; document.getElementById('to').value = 'Pakistan'; document.getElementById('connect').click(); true");
  await waitFor("location.search.includes('from=') && document.body.dataset.ready === 'true'", 'the connection');
  await ready('the connection');
  const route = await api('/api/network?format=json&query=connection&from=tajikistan&to=pakistan');
  check(await evaluate("['tajikistan', 'pakistan'].every((id) => cy.getElementById(id).nonempty())")
    && await evaluate('cy.edges().length') === route.statements.length,
    `the connection picker draws Tajikistan and Pakistan joined by ${route.statements.length} statements`);
  check(await evaluate("document.querySelectorAll('#details .statement').length") === route.statements.length, 'and lists them with their evidence');
  await screenshot('page-connection.png');

  // 12. downloads, and a 400 explained to the user
  const png = await evaluate('cy.png({ full: true }).length');
  check(png > 1000, `PNG download: a ${png}-character data URL`);
  await open('/?asOf=2021-02-30');
  await waitFor("!document.getElementById('problem').hidden", 'the problem message');
  const problem = await evaluate("document.getElementById('problem').innerText");
  check(problem.includes('not a date'), `a 400 shows its detail: "${problem.split('\n')[0]}"`);

  // 13. a 503 offers a retry, which draws the view once the service answers again
  await send('Fetch.enable', { patterns: [{ urlPattern: '*api/network/overview*', requestStage: 'Request' }] });
  let intercepted = 0;
  const busy = (event) => {
    const message = JSON.parse(event.data);
    if (message.method !== 'Fetch.requestPaused') return;
    intercepted++;
    const problem = JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'All database connections are busy' });
    send('Fetch.fulfillRequest', { requestId: message.params.requestId, responseCode: 503,
      responseHeaders: [{ name: 'Content-Type', value: 'application/problem+json' }], body: Buffer.from(problem).toString('base64') });
  };
  socket.addEventListener('message', busy);
  await open('/?limit=40');
  await waitFor("!document.getElementById('problem').hidden", 'the busy message');
  check(intercepted > 0 && await evaluate("!document.querySelector('#problem [data-retry]').hidden && document.getElementById('problem').innerText.includes('busy')"),
    'a 503 says the service is busy and offers a retry');
  socket.removeEventListener('message', busy);
  await send('Fetch.disable');
  await evaluate("document.querySelector('#problem [data-retry]').click(), true");
  await ready('the retry');
  await waitFor('cy.nodes().length === 40', 'the view after the retry');
  check(await evaluate("document.getElementById('problem').hidden && cy.nodes().length === 40"), 'Retry draws the view');

  // 14. from the keyboard: an actor's panel lists its ties, and a tie opens its evidence
  await evaluate("cy.getElementById('taliban').emit('tap'), true");
  await waitFor("document.querySelector('#details [data-tie]')", 'the actor\'s ties');
  await evaluate("document.querySelector('#details details.ties summary').click(); document.querySelector('#details [data-tie]').focus(); document.activeElement.click(), true");
  await waitFor("document.querySelectorAll('#details .statement').length > 0 && document.querySelector('#details .pager')", 'the tie from the keyboard');
  check(true, 'an actor\'s panel lists its ties as buttons that open their evidence');
  check(errors.length === 0, `no script errors (${errors.slice(0, 2).join(' | ')})`);
} catch (e) {
  check(false, 'the page check failed: ' + e.stack);
} finally {
  if (socket) socket.close();
  browser.kill();
  await sleep(300);
  rmSync(profile, { recursive: true, force: true });
}
console.log(`\n${failures.length} failure(s)`);
process.exit(failures.length ? 1 : 0);
