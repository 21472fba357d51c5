// Drives the web view in headless Chromium over the DevTools protocol and checks its interactions:
// drawing, the evidence panel on an edge click, a timeline on a node click, search, the time slider,
// the connection picker, and the PNG/SVG downloads. Saves screenshots.
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
  '--remote-debugging-port=0', '--window-size=1500,950', `${SERVICE}/?around=nrf&depth=1`], { stdio: 'ignore' });

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
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
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
  const api = async (path) => (await fetch(SERVICE + path)).json();

  // 1. the NRF's ego network, as the URL asks
  await waitFor("document.body && document.body.dataset.ready === 'true'", 'the first drawing');
  const ego = await api('/api/network?format=json&around=nrf&depth=1');
  check(Number(await evaluate('document.body.dataset.nodes')) === ego.nodes.length,
    `draws the NRF's ego network: ${await evaluate('document.body.dataset.nodes')} nodes, the API has ${ego.nodes.length}`);

  // 2. an edge click shows every statement between the pair, with its evidence
  const pair = ego.statements.find((s) => s.subject.id === 'taliban' && s.object.id === 'nrf');
  await evaluate(`cy.getElementById(${JSON.stringify(pair.id)}).emit('tap'), true`);
  await sleep(300);
  const between = ego.statements.filter((s) => [s.subject.id, s.object.id].sort().join() === 'nrf,taliban');
  const shown = await evaluate("document.querySelectorAll('#details .statement').length");
  check(shown === between.length, `an edge click lists the ${between.length} statements between the Taliban and the NRF (${shown} shown)`);
  const text = await evaluate("document.getElementById('details').innerText");
  check(text.includes(pair.excerpt.slice(0, 30)) && text.includes(pair.status), 'the panel shows the status and the excerpt');
  await screenshot('page-evidence.png');

  // 3. a node click shows a timeline
  await evaluate("cy.getElementById('ahmad-massoud').emit('tap'), true");
  await waitFor("!document.getElementById('timeline') || !document.getElementById('timeline').innerText.includes('Loading')", 'the timeline');
  const timeline = await evaluate("document.querySelectorAll('#timeline .statement').length");
  check(timeline > 0, `a node click shows Ahmad Massoud's timeline (${timeline} statements)`);

  // 4. search over names and aliases
  const found = await evaluate("search('Massoud').then((r) => r.map((x) => x.id))");
  check(found.includes('ahmad-massoud'), `search "Massoud" finds ahmad-massoud (${found.slice(0, 4).join(', ')})`);

  // 5. the time slider redraws as of a date
  const day = '2021-08-20';
  await evaluate(`(state.slider = state.dates.indexOf('${day}'), showAsOf(), draw().then(() => true))`);
  await waitFor("document.body.dataset.ready === 'true' && !document.getElementById('status').classList.contains('show')", 'the redraw');
  await sleep(500);
  const asOf = await api(`/api/network?format=json&around=nrf&depth=1&asOf=${day}`);
  check(Number(await evaluate('cy.nodes().length')) === asOf.nodes.length && Number(await evaluate('cy.edges().length')) === asOf.statements.length,
    `the slider at ${day} draws ${await evaluate('cy.edges().length')} statements; the API has ${asOf.statements.length}`);
  check((await evaluate("document.getElementById('view-title').innerText")).includes(day), 'the title says the date');

  // 6. the connection picker draws a path with its evidence
  await evaluate("(state.slider = state.dates.length, showAsOf(), true)");
  await evaluate("document.getElementById('from').value = 'Amrullah Saleh'; document.getElementById('to').value = 'Pakistan'; document.getElementById('connect').click(); true");
  await waitFor("state.view === 'paths' && document.body.dataset.ready === 'true'", 'the paths');
  const ends = await evaluate("['amrullah-saleh', 'pakistan'].every((id) => cy.getElementById(id).nonempty())");
  check(ends, `the connection picker draws Amrullah Saleh and Pakistan joined (${await evaluate('cy.edges().length')} statements)`);
  await screenshot('page-connection.png');

  // 7. downloads
  const svg = await evaluate('svgOf()');
  check(svg.startsWith('<svg') && (svg.match(/<text/g) || []).length === Number(await evaluate('cy.nodes().length')), `SVG download: ${svg.length} characters, one label per node`);
  const png = await evaluate("cy.png({ full: true }).length");
  check(png > 1000, `PNG download: a ${png}-character data URL`);
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
