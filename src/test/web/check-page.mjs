// Drives the web view in headless Chromium over the DevTools protocol and checks what an analyst does
// with it: the opening view (at most 150 actors, no overlapping labels at the default zoom, more labels
// when zoomed in), aggregated ties (fewer edges than statements, counts that add up), a tie's evidence
// paged and drawn statement by statement, expand, collapse, back and forward, the view's state in the URL,
// positions that hold still, the 2,000-element cap, search, a timeline, the time slider, the connection
// picker, a 400's detail shown to the user, a 503's Retry, the keyboard (tab order, Enter, Escape), the PNG
// and SVG downloads and the exports of exactly the drawn view. Saves screenshots.
//
// It works on any dataset: the actors, ties and days it drives are read from the API (the biggest hub, the
// tie with the most statements, a day in the middle of the slider), so it runs on the Panjshir seed and on a
// generated dataset alike; with the seed loaded it also checks a few things about named Panjshir actors.
//
// Usage: node --experimental-websocket src/test/web/check-page.mjs [SERVICE_URL] [OUT_DIR] [--down CMD --up CMD]
//   defaults: http://localhost:8080 /tmp/conflict-graph-check
//   --down/--up: shell commands that stop and start the service's database, for a real 503 and its Retry
//   (src/test/web/check-page-generated.sh gives them); without them the 503 is played by the browser.
// Needs Node 20+ and Debian's chromium. Exit status 0 when every check passes.
import { spawn, execSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : null; };
const DOWN = option('--down');
const UP = option('--up');
const SERVICE = (args[0] || 'http://localhost:8080').replace(/\/$/, '');
const OUT = args[1] || '/tmp/conflict-graph-check';
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
  const api = async (path) => {
    const response = await fetch(SERVICE + path);
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  const drawnIds = () => evaluate('cy.nodes().map((n) => n.id()).sort()');
  const positions = () => evaluate('Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]))');
  await send('Runtime.enable');
  await send('Page.enable');
  await send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 900, deviceScaleFactor: 1, mobile: false });

  // 1. the opening view: the most central actors, no more than 150
  await open('/');
  const firstDrawing = await evaluate('Number(document.body.dataset.firstDrawingMs)');
  console.log(`     first drawing ${firstDrawing} ms after the page started loading (ms: ${await evaluate('document.body.dataset.firstDrawingSteps')})`);
  const overview = await api('/api/network/overview');
  if (process.env.FIRST_DRAWING_ONLY) { // for timing the page on a big dataset: open it, report, stop
    check(await evaluate('cy.nodes().length') === overview.nodes.length, `the first drawing has ${overview.nodes.length} actors after ${firstDrawing} ms`);
    throw Object.assign(new Error('stop'), { stop: true });
  }
  const seed = overview.nodes.some((n) => n.id === 'taliban');
  const top = overview.nodes.map((n) => n.id); // highest degree first
  const legend = await api('/api/network/legend');
  console.log(`     ${seed ? 'the Panjshir seed' : 'a dataset without the seed'}: ${overview.nodes.length} actors, ${overview.ties.length} ties, ${overview.statements} statements`);
  let nodes = await drawnIds();
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
  const beside = await evaluate("cy.nodes('.labelled.label-top, .labelled.label-right, .labelled.label-left').length");
  check(overlaps === 0 && labelled.length >= 15,
    `${labelled.length} labels at the default zoom (${beside} above or beside their actor), ${overlaps} overlapping pairs`);
  check(labelled.includes(top[0]) && labelled.includes(top[1]), `the two most central actors (${top[0]}, ${top[1]}) are labelled`);
  if (seed) check(labelled.includes('taliban') && labelled.includes('nrf'), 'the Taliban and the NRF, the most central, are labelled');
  await screenshot('page-overview.png');
  await evaluate("cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }), true");
  // labels are placed again 150 ms after the zoom stops: on a busy machine that can take a while
  await waitFor(`cy.nodes('.labelled').map((n) => n.id()).join() !== ${JSON.stringify(labelled.join())}`, 'the labels at the new zoom');
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
  const tie = seed ? overview.ties.find((t) => t.id === 'nrf>taliban:fighting') : overview.ties[0]; // the most statements
  const tieId = tie.id;
  const total = (await api(`/api/network/ties?from=${tie.source}&to=${tie.target}&family=${tie.family}&limit=1`)).total;
  check(total > 10 && total === tie.count, `the tie ${tieId} stands for ${total} statements, more than one page`);
  await evaluate(`cy.getElementById(${JSON.stringify(tieId)}).emit('tap'), true`);
  await waitFor("document.querySelectorAll('#details .statement').length > 0", 'the tie\'s statements');
  const firstPage = await evaluate("document.querySelectorAll('#details .statement').length");
  const pagerText = await evaluate("document.querySelector('#details .pager span').innerText");
  check(firstPage === Math.min(10, total) && pagerText.includes(`of ${total}`),
    `the tie ${tieId}: ${firstPage} statements on the first page, "${pagerText}" (total ${total})`);
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

  // 5. expand a hub: its top neighbours come in, the actors already drawn stay where they are. On a generated
  // dataset the hubs' closest neighbours are hubs too, all among the opening 150 (at a million statements, all
  // among the top 50), so expand from the top 20: a hub's 20 closest neighbours cannot all be among them
  const base = seed ? '' : 'limit=20';
  const view = (extra) => '/api/network/overview?' + [base, extra].filter(Boolean).join('&');
  if (base) await open(`/?${base}`);
  nodes = await drawnIds();
  let hub = null;
  let bestNew = 0;
  for (const n of overview.nodes.slice(0, seed ? 12 : 6)) {
    const expansion = await api(`/api/network/expand?actor=${n.id}`);
    const fresh = expansion.nodes.filter((x) => !nodes.includes(x.id)).length;
    if (fresh > bestNew) { bestNew = fresh; hub = n.id; }
  }
  const before = await positions();
  await evaluate(`cy.getElementById(${JSON.stringify(hub)}).emit('dbltap'), true`);
  await ready('the expansion');
  const expanded = await drawnIds();
  check(hub !== null, `a hub whose neighbours are not all drawn: ${hub}`);
  const withHub = await api(view(`expand=${hub}`));
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
  const day = seed ? '2021-08-20' : legend.dates[Math.floor(legend.dates.length * 0.6)];
  const beforeSlider = await positions();
  const slid = Date.now();
  await evaluate(`(() => { const s = document.getElementById('slider'); s.value = String(cg.legend().dates.indexOf('${day}'));
    s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change')); return true; })()`);
  await ready('the view as of a day');
  console.log(`     the view as of ${day} drawn within ${Date.now() - slid} ms of moving the slider`);
  const asOf = await api(view(`asOf=${day}`));
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
  await waitFor("cg.legend().dates.indexOf(new URLSearchParams(location.search).get('asOf')) >= 2", 'play to step');
  await evaluate("document.getElementById('play').click(), true");
  await ready('the pause');
  check(await evaluate("document.getElementById('play').textContent === '▶'") && await evaluate('history.length') === historyBefore,
    `play steps the slider (now ${await evaluate("new URLSearchParams(location.search).get('asOf')")}) without adding history steps, and pauses`);

  // 8. a shared URL opens the same view: filters, date, expanded actor, selection
  const sharer = seed ? 'pakistan' : top[2];
  const sharedDay = seed ? '2021-09-06' : legend.dates[Math.floor(legend.dates.length * 0.8)];
  const sharedView = `expand=${sharer}&asOf=${sharedDay}&mode=possible&statuses=confirmed,reported,claimed`;
  await open(`/?${sharedView}&selected=${sharer}`);
  const sharedApi = await api(`/api/network/overview?${sharedView}`);
  check(JSON.stringify(await drawnIds()) === JSON.stringify(sharedApi.nodes.map((n) => n.id).sort()), `a shared URL draws its view (${sharedApi.nodes.length} actors)`);
  check(await evaluate(`cy.getElementById(${JSON.stringify(sharer)}).selected() && document.getElementById('as-of').innerText.includes('${sharedDay}')`)
    && await evaluate("!document.querySelector('#statuses input[value=denied]').checked"), 'with its selection, date and status filter in the controls');

  // 9. the 2,000-element cap, on the largest view the API allows
  const bigView = `limit=500&neighbours=100&expand=${(seed ? ['taliban', 'nrf', 'pakistan', 'ahmad-massoud', 'amrullah-saleh'] : top.slice(0, 5)).join(',')}`;
  await open(`/?${bigView}`);
  const cap = await api(`/api/network/overview?${bigView}`);
  const drawn = await evaluate('cy.elements().length');
  check(drawn <= 2000 && drawn === cap.nodes.length + cap.ties.length && cap.nodes.length + cap.ties.length <= cap.maxElements && cap.maxElements <= 2000,
    `the largest view draws ${drawn} elements (cap ${cap.maxElements}${cap.truncated ? ', cut to it' : ''})`);

  // 10. search adds an actor; a node click shows its timeline
  await open('/?limit=20');
  const sought = seed ? { id: 'ahmad-massoud', name: 'Massoud' } : overview.nodes[60];
  await evaluate(`(() => { const i = document.getElementById('search'); i.value = ${JSON.stringify(sought.name)}; i.dispatchEvent(new Event('input')); return true; })()`);
  await waitFor("document.querySelectorAll('#search-results li[data-id]').length > 0", 'search results');
  const found = await evaluate("[...document.querySelectorAll('#search-results li[data-id]')].map((li) => li.dataset.id)");
  check(found.includes(sought.id), `search "${sought.name}" finds ${sought.id} (${found.slice(0, 4).join(', ')})`);
  const drawn20 = await drawnIds();
  const target = seed ? (found.find((x) => x !== 'ahmad-massoud' && x !== 'nrf') || found[0]) : (found.includes(sought.id) && !drawn20.includes(sought.id) ? sought.id : found.find((x) => !drawn20.includes(x)));
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
  const [from, to] = seed ? [{ id: 'tajikistan', name: 'Tajikistan' }, { id: 'pakistan', name: 'Pakistan' }] : [overview.nodes[100], overview.nodes[140]];
  await evaluate(`document.getElementById('from').value = ${JSON.stringify(from.name)}; document.getElementById('to').value = ${JSON.stringify(to.name)}; document.getElementById('connect').click(); true`);
  await waitFor("location.search.includes('from=') && document.body.dataset.ready === 'true'", 'the connection');
  await ready('the connection');
  const route = await api(`/api/network?format=json&query=connection&from=${from.id}&to=${to.id}`);
  check(route.statements.length > 0 && await evaluate(`${JSON.stringify([from.id, to.id])}.every((id) => cy.getElementById(id).nonempty())`)
    && await evaluate('cy.edges().length') === route.statements.length,
    `the connection picker draws ${from.name} and ${to.name} joined by ${route.statements.length} statements`);
  check(await evaluate("document.querySelectorAll('#details .statement').length") === route.statements.length, 'and lists them with their evidence');
  await screenshot('page-connection.png');

  // 12. downloads: PNG and SVG of the drawing (the SVG through cytoscape-svg), and every export format of
  // exactly the drawn view: the same actors, and every statement behind the drawn ties
  const png = await evaluate('cy.png({ full: true }).length');
  check(png > 1000, `PNG download: a ${png}-character data URL`);
  await open('/?limit=40');
  const svg = await evaluate('cy.svg({ full: true })');
  const svgShapes = (svg.match(/<path|<circle|<rect|<polygon/g) || []).length;
  check(svg.trimStart().startsWith('<?xml') || svg.trimStart().startsWith('<svg'), `SVG download: ${svg.length} characters, ${svgShapes} shapes`);
  check(svgShapes >= 40, 'the SVG draws at least one shape per actor');
  const drawnView = await evaluate('({ nodes: cy.nodes().map((n) => n.id()).sort(), statements: cy.edges().reduce((n, e) => n + e.data("count"), 0) })');
  const json = await (await fetch(SERVICE + '/' + await evaluate("cg.exportHref('json')"))).json();
  check(JSON.stringify(json.nodes.map((n) => n.id).sort()) === JSON.stringify(drawnView.nodes) && json.statements.length === drawnView.statements,
    `the JSON export holds exactly the drawn ${drawnView.nodes.length} actors and the ${drawnView.statements} statements behind the drawn ties (${json.statements.length})`);
  for (const format of legend.formats) {
    const response = await fetch(SERVICE + '/' + await evaluate(`cg.exportHref(${JSON.stringify(format)})`));
    const text = Buffer.from(await response.arrayBuffer());
    const counts = format === 'graphml' ? [(text.toString().match(/<node /g) || []).length, (text.toString().match(/<edge /g) || []).length]
      : format === 'gexf' ? [(text.toString().match(/<node /g) || []).length, (text.toString().match(/<edge /g) || []).length] : null;
    check(response.status === 200 && text.length > 0 && (!counts || (counts[0] === drawnView.nodes.length && counts[1] === drawnView.statements)),
      `export ${format} of the drawn view: ${response.status}, ${text.length} bytes${counts ? `, ${counts[0]} nodes and ${counts[1]} edges` : ''}`);
  }

  // a 400 explained to the user
  await open('/?asOf=2021-02-30');
  await waitFor("!document.getElementById('problem').hidden", 'the problem message');
  const problem = await evaluate("document.getElementById('problem').innerText");
  check(problem.includes('not a date'), `a 400 shows its detail: "${problem.split('\n')[0]}"`);

  // 13. a 503 offers a retry, which draws the view once the service answers again: with --down and --up the
  // database really stops (the service answers 503 itself), otherwise the browser plays the 503
  let busy = null;
  let intercepted = 0;
  if (DOWN && UP) {
    await open('/?limit=40');
    console.log(`     stopping the database: ${DOWN}`);
    execSync(DOWN, { stdio: 'inherit' });
    await evaluate("cg.change((s) => { s.limit = 41; }), true");
    await waitFor("!document.getElementById('problem').hidden", 'the unavailable message');
    const down = await (await fetch(SERVICE + '/api/network/overview?limit=41')).json().catch(() => ({}));
    check(down.status === 503, `with the database stopped the service answers ${down.status}: "${down.detail}"`);
  } else {
    await send('Fetch.enable', { patterns: [{ urlPattern: '*api/network/overview*', requestStage: 'Request' }] });
    busy = (event) => {
      const message = JSON.parse(event.data);
      if (message.method !== 'Fetch.requestPaused') return;
      intercepted++;
      const body = JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'All database connections are busy' });
      send('Fetch.fulfillRequest', { requestId: message.params.requestId, responseCode: 503,
        responseHeaders: [{ name: 'Content-Type', value: 'application/problem+json' }], body: Buffer.from(body).toString('base64') });
    };
    socket.addEventListener('message', busy);
    await open('/?limit=41');
    await waitFor("!document.getElementById('problem').hidden", 'the busy message');
  }
  check((DOWN || intercepted > 0) && await evaluate("!document.querySelector('#problem [data-retry]').hidden && document.getElementById('problem').innerText.includes('busy or unreachable')"),
    `a 503 says the service is busy or unreachable and offers a retry ("${(await evaluate("document.getElementById('problem').innerText")).split('\n')[0].slice(0, 120)}")`);
  check(await evaluate("document.activeElement === document.querySelector('#problem [data-retry]')"), 'the Retry button has the focus');
  if (DOWN && UP) {
    console.log(`     starting the database: ${UP}`);
    execSync(UP, { stdio: 'inherit' });
  } else {
    socket.removeEventListener('message', busy);
    await send('Fetch.disable');
  }
  // Enter on the focused Retry button
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
  await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await ready('the retry');
  await waitFor('cy.nodes().length === 41', 'the view after the retry');
  check(await evaluate("document.getElementById('problem').hidden && cy.nodes().length === 41"), 'Retry (Enter) draws the view');

  // 14. from the keyboard: the tab order starts at the search box; an actor's panel lists its ties, a tie
  // opens its evidence with Enter, and Escape closes the panel
  await evaluate("document.activeElement && document.activeElement.blur(), true");
  const tabbed = [];
  for (let i = 0; i < 4; i++) {
    await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    tabbed.push(await evaluate('document.activeElement.id || document.activeElement.tagName'));
  }
  check(JSON.stringify(tabbed) === JSON.stringify(['search', 'datasets', 'limit', 'whole']), `Tab walks search, dataset, actors, overview (${tabbed.join(', ')})`);
  await evaluate(`cy.getElementById(${JSON.stringify(top[0])}).emit('tap'), true`);
  await waitFor("document.querySelector('#details [data-tie]')", 'the actor\'s ties');
  await evaluate("document.querySelector('#details details.ties summary').click(); document.querySelector('#details [data-tie]').focus(), true");
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
  await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await waitFor("document.querySelectorAll('#details .statement').length > 0 && document.querySelector('#details .pager')", 'the tie from the keyboard');
  check(await evaluate("document.querySelectorAll('#details .statement').length > 0"), 'an actor\'s panel lists its ties as buttons; Enter opens their evidence');
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 });
  await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Escape', code: 'Escape', windowsVirtualKeyCode: 27 });
  await waitFor("document.querySelector('#details .hint')", 'the panel to close');
  check(await evaluate("!!document.querySelector('#details .hint') && !location.search.includes('selected=') && cy.$(':selected').empty()"),
    'Escape closes the panel and clears the selection');

  // 15. the dataset selector lists the loaded datasets and narrows the view to one
  const datasets = await api('/api/datasets');
  const options = await evaluate("[...document.querySelectorAll('#datasets option')].map((o) => o.value).filter(Boolean)");
  check(JSON.stringify(options) === JSON.stringify(datasets.map((d) => d.name)), `the dataset selector lists ${options.join(', ')}`);
  const one = datasets[datasets.length - 1].name;
  await evaluate(`(() => { const d = document.getElementById('datasets'); d.value = ${JSON.stringify(one)}; d.dispatchEvent(new Event('change')); return true; })()`);
  await ready('one dataset');
  const narrowed = await api(`/api/network/overview?limit=41&datasets=${one}`);
  check((await evaluate('location.search')).includes(`datasets=${one}`)
    && JSON.stringify(await drawnIds()) === JSON.stringify(narrowed.nodes.map((n) => n.id).sort()), `choosing ${one} draws its ${narrowed.nodes.length} actors`);
  check(errors.length === 0, `no script errors (${errors.slice(0, 2).join(' | ')})`);
} catch (e) {
  if (!e.stop) check(false, 'the page check failed: ' + e.stack);
} finally {
  if (socket) socket.close();
  const exited = new Promise((resolve) => { browser.once('exit', resolve); setTimeout(resolve, 10000); });
  browser.kill();
  await exited;
  try { rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch (e) { console.log(`     could not remove ${profile}: ${e.message}`); }
}
console.log(`\n${failures.length} failure(s)`);
process.exit(failures.length ? 1 : 0);
