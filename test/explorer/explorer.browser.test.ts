/// <reference lib="dom" />
/**
 * The explorer page in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) against the seeded embedded store: it loads without console
 * errors, draws the network, the year slider changes the node count, clicking a
 * node opens its panel. Leaves screenshots in test/artifacts/: explorer.png (the
 * whole network as loaded) and explorer-end.png (after the panel, map and search tests).
 * Skipped when Chromium is missing, but never under CI=true.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { loadSeed } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { buildExplorer } from '../../tools/build-explorer';
import { silentLogger } from '../support/graphql';
import { isCI, REPO_ROOT } from '../support/neo4j-env';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && isCI()) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: apt-get install -y chromium.`);
if (!available) console.warn(`\n  !!! WARNING: no Chromium at ${CHROMIUM}; the explorer browser test is SKIPPED.\n`);
const describeIfChromium = available ? describe : describe.skip;

const ARTIFACTS = path.join(REPO_ROOT, 'test', 'artifacts');

describeIfChromium('explorer page in headless Chromium', () => {
  let server: KotaKembarServer;
  let url: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kk-explorer-'));
    const explorerDir = await buildExplorer(path.join(tmp, 'explorer'));
    const store = new EmbeddedStore({ file: null });
    await store.init();
    await loadSeed(store, path.join(REPO_ROOT, 'seed'));
    server = await createServer({ store, logger: silentLogger, explorerDir });
    url = await server.listen(0, '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // WebGL without a GPU: software rendering through SwiftShader.
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    if (page) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-end.png') }).catch(() => undefined);
    }
    await browser?.close();
    await server?.stop();
  });

  const nodeCount = () => page.$eval('#count', (e) => Number((e as HTMLElement).dataset.nodes));

  it('loads without console errors and draws the network on canvas', async () => {
    expect(await nodeCount()).toBeGreaterThan(100);
    const painted = await page.evaluate(() => {
      const k = (window as any).kotaKembar;
      k.renderer.refresh();
      const canvases = Array.from(document.querySelectorAll('#graph canvas')) as HTMLCanvasElement[];
      const probe = document.createElement('canvas');
      probe.width = canvases[0].width;
      probe.height = canvases[0].height;
      const ctx = probe.getContext('2d')!;
      for (const c of canvases) ctx.drawImage(c, 0, 0);
      const data = ctx.getImageData(0, 0, probe.width, probe.height).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) coloured++;
      return { canvases: canvases.length, coloured };
    });
    expect(painted.canvases).toBeGreaterThan(0);
    expect(painted.coloured).toBeGreaterThan(500);
    expect(problems).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
  });

  it('moving the year slider changes the node count shown', async () => {
    const before = await nodeCount();
    await page.$eval('#year', (e) => {
      const input = e as HTMLInputElement;
      input.value = '2000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('#count')!.dataset.nodes) !== n, before);
    const after = await nodeCount();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.textContent('#year-label')).toBe('as of 2000');
    expect(await page.getAttribute('#downloads a[data-format="network.gexf"]', 'href')).toBe('/export/network.gexf?asOf=2000');
    expect(problems).toEqual([]);
  });

  it('clicking a node opens its panel with partners, partnerships and sources as links', async () => {
    const target = await page.evaluate(() => {
      const { renderer, graph } = (window as any).kotaKembar;
      let best: string | null = null;
      graph.forEachNode((id: string) => {
        if (best === null || graph.degree(id) > graph.degree(best)) best = id;
      });
      const point = renderer.graphToViewport(graph.getNodeAttributes(best));
      const box = document.querySelector('#graph')!.getBoundingClientRect();
      return { id: best as unknown as string, name: graph.getNodeAttribute(best, 'name') as string, x: box.left + point.x, y: box.top + point.y };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector(`#panel[data-id="${target.id}"] h2`, { timeout: 10_000 });
    expect(await page.textContent('#panel h2')).toBe(target.name);
    expect(await page.locator('#panel a.node-link').count()).toBeGreaterThan(1);
    expect(await page.locator('#panel a[target="_blank"]').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('switches to the map layout: nodes at longitude and latitude', async () => {
    await page.selectOption('#layout', 'geo');
    await page.waitForFunction(() => {
      const { graph } = (window as any).kotaKembar;
      return graph.order > 0 && graph.everyNode((_id: string, a: any) => a.x === a.lon && a.y === a.lat);
    });
    expect(await page.getAttribute('#downloads a[data-format="network.gexf"]', 'href')).toBe('/export/network.gexf?asOf=2000&layout=geo');
    expect(problems).toEqual([]);
  });

  it('finds "jogja" with the search box', async () => {
    await page.fill('#search', 'jogja');
    await page.waitForSelector('#search-results a.node-link');
    expect(await page.textContent('#search-results')).toMatch(/Yogyakarta/);
  });
});
