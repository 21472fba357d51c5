// Opens Neo4j Browser on the embedded database in headless Chromium, connects with no authentication,
// runs one query and checks that its result table shows the dataset's entity types; then opens the
// canned-query guide with :play, runs the second slide's :param block and query, and checks the answer.
// Saves screenshots.
//
//   npm install --prefix /tmp/pw playwright-core      (once; Debian's chromium is the browser)
//   NODE_PATH=/tmp/pw/node_modules node src/test/browser/neo4j-browser-check.cjs \
//       [http://localhost:7474] [out.png] [http://localhost:8080]
const { chromium } = require('playwright-core');

const base = process.argv[2] ?? 'http://localhost:7474';
const out = process.argv[3] ?? 'neo4j-browser.png';
const service = process.argv[4] ?? 'http://localhost:8080';
const query = 'MATCH (e:Entity) RETURN e.type AS type, count(*) AS entities ORDER BY entities DESC';

(async () => {
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${base}/browser/?dbms=bolt://localhost:7687&preselectAuthMethod=NO_AUTH`);
  // The connect form is prefilled by the URL; with no authentication the Browser connects by itself or on "Connect".
  const connect = page.getByRole('button', { name: 'Connect' });
  if (await connect.isVisible({ timeout: 15000 }).catch(() => false)) {
    await connect.click();
  }
  await page.getByText(/You are connected as user|Connected to Neo4j/i).first().waitFor({ timeout: 30000 });
  const editor = page.locator('[data-testid="activeEditor"] textarea, .monaco-editor textarea').first();
  await editor.focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  // the result table shows strings quoted: "Location"
  const cell = page.getByText('"Location"').first();
  await cell.waitFor({ timeout: 30000 });
  await page.screenshot({ path: out });
  const text = await page.locator('body').innerText();
  const types = ['Location', 'Person', 'Organization', 'Faction', 'State'].filter((t) => text.includes(t));
  if (types.length !== 5) {
    throw new Error(`expected the five entity types in the result, saw ${types.join(', ')}`);
  }
  console.log(`Neo4j Browser connected without authentication and ran the query; screenshot ${out}`);

  // The guide: slide 2 is actor-timeline, preset to Fahim Dashty by its :param block.
  await editor.focus();
  await page.keyboard.type(`:play ${service}/guides/queries.html`);
  await page.keyboard.press('Enter');
  await page.getByText('Conflict Graph: canned questions').waitFor({ timeout: 20000 });
  await page.locator('button.next-slide').first().click();
  const blocks = page.locator('pre.runnable');
  await blocks.first().waitFor({ timeout: 10000 });
  for (let i = 0; i < await blocks.count(); i++) {
    if (await blocks.nth(i).isVisible()) {
      await blocks.nth(i).click();
      await page.keyboard.press('Control+Enter');
      await page.waitForTimeout(2000);
    }
  }
  await page.getByText('"Fahim Dashty"').first().waitFor({ timeout: 30000 });
  const guideShot = out.replace(/\.png$/, '') + '-guide.png';
  await page.screenshot({ path: guideShot });
  console.log(`The :play guide's actor-timeline block ran with its preset parameters; screenshot ${guideShot}`);
} finally {
  await browser.close();
}
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
