/// <reference lib="dom" />
/**
 * The explorer page in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) against the seeded embedded store: each view (network, map,
 * table) draws with no console errors; the map draws land with Indonesia and the
 * Pacific partners in frame; ?lang=id and ?lang=en (and an Indonesian browser)
 * give the right language; a URL with state restores it; embed=1 hides the
 * controls and shows a caption; PNG and SVG exports carry the caption; no
 * request leaves the page's origin. Skipped when Chromium is missing, never under CI=true.
 * Screenshots of failures-in-waiting go to test/artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { loadSeed, loadWorldLayer } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { buildExplorer } from '../../tools/build-explorer';
import { CHROMIUM_ARGS } from '../../tools/screenshots';
import { silentLogger } from '../support/graphql';
import { isCI, REPO_ROOT } from '../support/neo4j-env';
import { pngSize, pngTexts } from './png';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && isCI()) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: apt-get install -y chromium.`);
if (!available) console.warn(`\n  !!! WARNING: no Chromium at ${CHROMIUM}; the explorer browser test is SKIPPED.\n`);
const describeIfChromium = available ? describe : describe.skip;

const ARTIFACTS = path.join(REPO_ROOT, 'test', 'artifacts');

describeIfChromium('explorer page in headless Chromium', () => {
  let server: KotaKembarServer;
  let origin: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** Console errors, page errors and requests to other origins, from every page. */
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kk-explorer-'));
    const explorerDir = await buildExplorer(path.join(tmp, 'explorer'));
    const store = new EmbeddedStore({ file: null });
    await store.init();
    await loadSeed(store, path.join(REPO_ROOT, 'seed'));
    await loadWorldLayer(store, path.join(REPO_ROOT, 'seed'));
    // A generous budget: the world-scope page computes every measure on 17,000 places once, on a machine running
    // other suites; what is tested here is the page, not the speed (that is `npm run bench`).
    server = await createServer({ store, logger: silentLogger, explorerDir, analysisTimeBudgetMs: 180_000 });
    origin = await server.listen(0, '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh page (own context, so locale and downloads are per test) at `query`, waited until ready. */
  async function open(query: string, opts: { locale?: string; wait?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: opts.locale ?? 'en-GB', acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`${query}: console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`${query}: page error: ${err.message}`));
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(`${origin}/${query ? `?${query}` : ''}`, { waitUntil: 'load' });
    await page.waitForSelector(opts.wait ?? 'body[data-ready="true"]', { timeout: 60_000 });
    return page;
  }

  const nodeCount = (page: Page) => page.$eval('#count', (e) => Number((e as HTMLElement).dataset.nodes));
  const query = (page: Page) => new URL(page.url()).searchParams;

  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  it('network view: draws on canvas with no console errors; the year slider refilters and rewrites the URL', async () => {
    const page = await open('lang=en');
    expect(await nodeCount(page)).toBeGreaterThan(100);
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
      return coloured;
    });
    expect(painted).toBeGreaterThan(500);
    expect(await page.textContent('#legend')).toMatch(/Colour: country/);
    expect(await page.textContent('#basis')).toMatch(/^\d+ partnerships shown; \d+ leads \(low evidence\) not shown$/);

    const before = await nodeCount(page);
    await page.$eval('#year', (e) => {
      const input = e as HTMLInputElement;
      input.value = '2000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('#count')!.dataset.nodes) !== n, before);
    expect(await nodeCount(page)).toBeLessThan(before);
    expect(await page.textContent('#year-label')).toBe('as of 2000');
    expect(query(page).get('asOf')).toBe('2000');
    // The basis now also names the undated partnerships an asOf leaves out.
    await page.waitForFunction(() => /undated/.test(document.querySelector('#basis')!.textContent ?? ''));
    expect(await page.textContent('#basis')).toMatch(/^\d+ partnerships shown; \d+ leads \(low evidence\), \d+ undated.* not shown$/);
    expect(await page.getAttribute('#downloads a[data-format="network.gexf"]', 'href')).toBe('/export/network.gexf?asOf=2000&minConfidence=MEDIUM');
    expect(problems).toEqual([]);
  });

  it('network view: clicking a node opens its panel and puts node= in the URL', async () => {
    const page = await open('lang=en');
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
    await page.waitForSelector(`#panel[data-id="${target.id}"][data-loaded="true"]`, { timeout: 10_000 });
    expect(await page.textContent('#panel h2')).toBe(target.name);
    expect(await page.locator('#panel a.node-link').count()).toBeGreaterThan(1);
    expect(await page.locator('#panel a[target="_blank"]').count()).toBeGreaterThan(0);
    expect(query(page).get('node')).toBe(target.id);
    expect(problems).toEqual([]);
  });

  it('world scope: draws the world around Indonesia (Indonesian places and their direct partners), says so in Indonesian, in both views', async () => {
    const page = await open('lang=id&scope=WORLD&view=map', { wait: 'body[data-map-ready="true"]' });
    const exported: any = await (await fetch(`${origin}/export/network.json?scope=WORLD&focus=indonesia`)).json();
    const shown = exported.nodes.length;
    expect(shown).toBeGreaterThan(100);
    expect(exported.attributes.networkNodes).toBeGreaterThan(17_000);
    expect(await page.$$eval('#view-map circle.node', (c) => c.length)).toBe(shown);
    const basis = await page.textContent('#basis');
    expect(basis).toContain(`${shown.toLocaleString('id')} dari ${exported.attributes.networkNodes.toLocaleString('id')} tempat jaringan dunia digambar`);
    expect(basis).toMatch(/\d+ hubungan daftar dunia \(dari Wikipedia, petunjuk belum diverifikasi\) dihitung/);
    // The download links give what the page draws.
    expect(await page.$eval('#downloads a[data-format="network.gexf"]', (a) => a.getAttribute('href'))).toContain('focus=indonesia');
    // The network view of the same state.
    await page.click('#view-switch button[data-view="network"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === null);
    expect(await nodeCount(page)).toBe(shown);
    expect(query(page).get('scope')).toBe('WORLD');
    expect(problems).toEqual([]);
  }, 300_000);

  it('panel: cites each source by title and publisher, never as a bare URL when either is known; a supplied title is in italics and says so', async () => {
    const page = await open('lang=en&node=id-kota-surabaya', { wait: '#panel[data-loaded="true"]' });
    const links = await page.$$eval('#panel a[target="_blank"]', (as) =>
      as.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '', hover: a.getAttribute('title') ?? '', supplied: a.querySelector('em.supplied-title')?.textContent ?? null })),
    );
    expect(links.length).toBeGreaterThan(0);
    // Surabaya's sources all have a title or a publisher, so none reads as its address alone.
    expect(links.filter((l) => l.text === l.href)).toEqual([]);
    expect(links.filter((l) => / \([^)]+\)$/.test(l.text)).length).toBeGreaterThan(0); // "Title (Publisher)"
    const supplied = links.filter((l) => l.supplied !== null);
    expect(supplied.length).toBeGreaterThan(0);
    for (const l of supplied) {
      expect(l.supplied).toMatch(/^\[.+\]$/);
      expect(l.hover).toMatch(/^Description supplied by the editors: the page has no title of its own — https?:\/\//);
    }
    // A title the page gives is plain text, its tooltip the address.
    expect(links.some((l) => l.supplied === null && l.hover === l.href)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('asks again after a TIMEOUT (what finished is cached on the server), saying so in the page language', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    let timeouts = 2;
    const messages: string[] = [];
    await page.route('**/export/network.json?*', async (route) => {
      if (timeouts-- > 0) {
        messages.push((await page.textContent('#error').catch(() => '')) ?? '');
        await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'took longer', extensions: { code: 'TIMEOUT' } }] }) });
      } else await route.continue();
    });
    await page.goto(`${origin}/?lang=id`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(timeouts).toBe(-1); // two TIMEOUTs, then the real answer
    expect(messages[1]).toBe('Server masih menghitung jaringan ini; meminta lagi (percobaan 2 dari 4)…');
    expect(await page.textContent('#error')).toBe('');
    expect(await nodeCount(page)).toBeGreaterThan(100);
  }, 120_000);

  it('map view: land from Natural Earth, Indonesia and the Pacific partners in frame, the Indonesia preset with labels that do not collide', async () => {
    const page = await open('lang=en&view=map', { wait: 'body[data-map-ready="true"]' });
    const world = await page.evaluate(() => {
      const { map } = (window as any).kotaKembar;
      const { width, height } = map.size;
      const at = (lon: number, lat: number) => map.project(lon, lat) as [number, number];
      return {
        width,
        height,
        land: document.querySelector('#view-map path.land')!.getAttribute('d')!.length,
        circles: document.querySelectorAll('#view-map circle.node').length,
        arcs: document.querySelectorAll('#view-map g.arcs path').length,
        jakarta: at(106.85, -6.2),
        honolulu: at(-157.86, 21.31),
        pagoPago: at(-170.7, -14.28),
        newYork: at(-74.0, 40.7),
        london: at(-0.1, 51.5),
      };
    });
    expect(world.land).toBeGreaterThan(100_000);
    expect(world.circles).toBeGreaterThan(100);
    expect(world.arcs).toBeGreaterThan(100);
    const inFrame = ([x, y]: [number, number]) => x > 0 && x < world.width && y > 0 && y < world.height;
    for (const place of [world.jakarta, world.honolulu, world.pagoPago, world.newYork, world.london]) expect(inFrame(place)).toBe(true);
    // Indonesia near the middle; Hawaii east of it, London west of it: nobody split across the edge.
    expect(Math.abs(world.jakarta[0] - world.width / 2)).toBeLessThan(world.width * 0.15);
    expect(world.honolulu[0]).toBeGreaterThan(world.jakarta[0]);
    expect(world.london[0]).toBeLessThan(world.jakarta[0]);

    await page.click('#zoom-indonesia');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('zoom') === 'indonesia');
    const zoomed = await page.evaluate(() => {
      const { map } = (window as any).kotaKembar;
      const { width, height } = map.size;
      const at = (lon: number, lat: number) => map.project(lon, lat) as [number, number];
      const boxes = Array.from(document.querySelectorAll('#view-map g.labels text')).map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return [b.x, b.y, b.x + b.width, b.y + b.height];
      });
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a[0] < b[2] - 0.5 && a[2] > b[0] + 0.5 && a[1] < b[3] - 0.5 && a[3] > b[1] + 0.5) overlaps++;
        }
      return { width, height, sabang: at(95.3, 5.9), merauke: at(140.4, -8.5), jakarta: at(106.85, -6.2), labels: map.placedLabels as string[], overlaps };
    });
    const inZoomed = ([x, y]: [number, number]) => x > 0 && x < zoomed.width && y > 0 && y < zoomed.height;
    expect(inZoomed(zoomed.sabang)).toBe(true);
    expect(inZoomed(zoomed.merauke)).toBe(true);
    expect(zoomed.merauke[0] - zoomed.sabang[0]).toBeGreaterThan(zoomed.width * 0.7);
    expect(zoomed.labels.length).toBeGreaterThan(20);
    expect(zoomed.labels).toEqual(expect.arrayContaining(['DKI Jakarta', 'Kota Surabaya']));
    expect(zoomed.overlaps).toBe(0);
    expect(await page.textContent('#attribution')).toMatch(/Natural Earth.*GeoNames/);
    expect(problems).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-map.png') });
  });

  it('table view: governments and partnerships, sortable by keyboard, searchable, downloadable as CSV', async () => {
    const page = await open('lang=en&view=table', { wait: '#table-partnerships tbody tr' });
    const governments = await page.locator('#table-governments tbody tr').count();
    expect(governments).toBe(await nodeCount(page));
    expect(await page.locator('#table-partnerships tbody tr').count()).toBeGreaterThan(100);
    expect(await page.locator('#table-partnerships tbody a[target="_blank"]').count()).toBeGreaterThan(100);
    // Rank order first: rank 1 on top.
    expect(await page.textContent('#table-governments tbody tr:first-child td:last-child')).toBe('1');
    // Sort by name with the keyboard.
    await page.focus('#table-governments th[data-key="name"] button');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#table-governments th[data-key="name"]', 'aria-sort')).toBe('ascending');
    const names = await page.$$eval('#table-governments tbody tr td:first-child', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.fill('#table-search', 'surabaya');
    expect(await page.locator('#table-governments tbody tr').count()).toBe(1);
    expect(await page.locator('#table-partnerships tbody tr').count()).toBeGreaterThan(5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#table-partnerships h2 button.csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFParties,Type,Year,Status,Evidence,Sources,Filter,Release,Attribution');
    expect(csv).toMatch(/Kota Surabaya/);
    expect(problems).toEqual([]);
  });

  it('speaks Indonesian with ?lang=id, English with ?lang=en, and Indonesian to an Indonesian browser', async () => {
    const id = await open('lang=id');
    expect(await id.getAttribute('html', 'lang')).toBe('id');
    expect(await id.$$eval('#view-switch button', (bs) => bs.map((b) => b.textContent))).toEqual(['Jaringan', 'Peta', 'Tabel']);
    expect(await id.textContent('#count')).toMatch(/pemerintah daerah · \d+ hubungan/);
    expect(await id.$$eval('#agreementTypes option', (os) => os.map((o) => o.textContent))).toEqual(
      expect.arrayContaining(['Semua jenis', 'Kota kembar', 'Provinsi bersaudara', 'Nota kesepahaman', 'Surat pernyataan kehendak']),
    );
    expect(await id.$$eval('#indonesianLevels option', (os) => os.map((o) => o.textContent))).toEqual(['Semua tingkat', 'Provinsi', 'Kota', 'Kabupaten']);
    expect(await id.textContent('#legend')).toMatch(/Warna: negara/);
    expect(await id.textContent('#basis')).toMatch(/kerja sama ditampilkan/);

    const en = await open('lang=en');
    expect(await en.$$eval('#view-switch button', (bs) => bs.map((b) => b.textContent))).toEqual(['Network', 'Map', 'Table']);
    expect(await en.$$eval('#agreementTypes option', (os) => os.map((o) => o.textContent))).toEqual(expect.arrayContaining(['Sister city', 'Sister province']));

    const browserId = await open('', { locale: 'id-ID' });
    expect(await browserId.textContent('#view-switch button[data-view="map"]')).toBe('Peta');
    expect(query(browserId).get('lang')).toBe('id');
    // The switch on the page changes every label and the URL.
    await browserId.selectOption('#lang', 'en');
    expect(await browserId.textContent('#view-switch button[data-view="map"]')).toBe('Map');
    expect(query(browserId).get('lang')).toBe('en');
    expect(problems).toEqual([]);
  });

  it('restores a view from its URL: selects, slider, size, colour, selected government', async () => {
    const page = await open('lang=en&view=map&countries=JP&asOf=2020&minConfidence=HIGH&size=betweenness&colour=community&node=id-kota-surabaya', {
      wait: '#panel[data-loaded="true"]',
    });
    expect(await page.inputValue('#countries')).toBe('JP');
    expect(await page.inputValue('#year')).toBe('2020');
    expect(await page.textContent('#year-label')).toBe('as of 2020');
    expect(await page.inputValue('#minConfidence')).toBe('HIGH');
    expect(await page.inputValue('#size')).toBe('betweenness');
    expect(await page.inputValue('#colour')).toBe('community');
    expect(await page.textContent('#panel h2')).toBe('Kota Surabaya');
    expect(await page.getAttribute('#view-switch button[data-view="map"]', 'aria-pressed')).toBe('true');
    expect(await page.isVisible('#view-map svg')).toBe(true);
    // Every node in view is Indonesian or Japanese.
    const countries = await page.evaluate(() => {
      const { graph } = (window as any).kotaKembar;
      const set = new Set<string>();
      graph.forEachNode((_id: string, a: any) => set.add(a.countryCode));
      return [...set].sort();
    });
    expect(countries).toEqual(['ID', 'JP']);
    // The URL the page writes back is the one it was opened with (same parameters).
    const written = Object.fromEntries(query(page));
    expect(written).toEqual({ lang: 'en', view: 'map', countries: 'JP', asOf: '2020', minConfidence: 'HIGH', size: 'betweenness', colour: 'community', node: 'id-kota-surabaya' });
    expect(problems).toEqual([]);
  });

  it('embed=1 hides the controls and shows a caption with the filter, the release and the attribution', async () => {
    const page = await open('lang=en&view=map&zoom=indonesia&countries=KR&embed=1', { wait: 'body[data-map-ready="true"]' });
    expect(await page.isVisible('#controls')).toBe(false);
    expect(await page.isVisible('.map-tools')).toBe(false);
    expect(await page.isVisible('#caption')).toBe(true);
    expect(await page.textContent('#caption-title')).toBe('Foreign partnerships of Indonesian local governments');
    expect(await page.textContent('#caption-filter')).toMatch(/partners in South Korea/);
    expect(await page.textContent('#caption-release')).toMatch(/^Dataset release \d{4}\.\d{2}\.\d{2}-[0-9a-f]{8} · \d+ partnerships shown; .*\d+ leads \(low evidence\).* not shown$/);
    expect(await page.textContent('#caption-attribution')).toMatch(/^Kota Kembar dataset: Open Database License .*Natural Earth.*GeoNames via cities\.json \(CC BY 4\.0\)/);
    expect(await page.isVisible('#view-map svg')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('saves PNG (2×, caption in the image and in its text chunks) and SVG (caption and legend drawn in)', async () => {
    const page = await open('lang=en&view=map&zoom=indonesia', { wait: 'body[data-map-ready="true"]' });
    const size = await page.evaluate(() => (window as any).kotaKembar.map.size as { width: number; height: number });
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
    expect(pngDownload.suggestedFilename()).toMatch(/^kota-kembar-map-.+\.png$/);
    const png = readFileSync((await pngDownload.path())!);
    const { width, height } = pngSize(png);
    expect(width).toBe(size.width * 2);
    expect(height).toBeGreaterThan(size.height * 2); // the caption is below the view
    const texts = pngTexts(png);
    expect(texts.Title).toBe('Foreign partnerships of Indonesian local governments');
    expect(texts.Description).toMatch(/Dataset release \d{4}\.\d{2}\.\d{2}-[0-9a-f]{8} · \d+ partnerships shown/);
    expect(texts.Copyright).toMatch(/^Kota Kembar dataset: Open Database License/);
    expect(texts.Source).toMatch(/Natural Earth.*GeoNames via cities\.json \(CC BY 4\.0\)/);

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#save-svg')]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>Foreign partnerships of Indonesian local governments</text>');
    expect(svg).toMatch(/Natural Earth \(public domain\) via world-atlas/);
    expect(svg).toContain('class="legend"');
    expect(svg).toContain('class="land"');

    // The network view saves too (redrawn from sigma's positions).
    await page.click('#view-switch button[data-view="network"]');
    const [netSvg] = await Promise.all([page.waitForEvent('download'), page.click('#save-svg')]);
    const network = readFileSync((await netSvg.path())!, 'utf8');
    expect((network.match(/<circle /g) ?? []).length).toBeGreaterThan(100);
    expect(network).toContain('>Foreign partnerships of Indonesian local governments</text>');
    expect(problems).toEqual([]);
  });

  it('the journey: Indonesian page, map on Indonesia, Japanese partners since 2000, Surabaya, a link a colleague opens, a PNG with release and attribution', async () => {
    const page = await open('', { locale: 'id-ID' });
    expect(await page.textContent('#view-switch button[data-view="map"]')).toBe('Peta');
    await page.click('#view-switch button[data-view="map"]');
    await page.waitForSelector('body[data-map-ready="true"]');
    await page.click('#zoom-indonesia');
    await page.selectOption('#countries', 'JP');
    // Since 2000: the "signed from" slider.
    await page.$eval('#since', (e) => {
      const input = e as HTMLInputElement;
      input.value = '2000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await page.textContent('#since-label')).toBe('2000 atau sesudahnya');
    await page.waitForFunction(() => {
      const { graph } = (window as any).kotaKembar;
      let ok = graph.order > 0;
      graph.forEachNode((_id: string, a: any) => (ok = ok && (a.countryCode === 'ID' || a.countryCode === 'JP')));
      graph.forEachEdge((_e: string, a: any) => (ok = ok && a.years.length > 0 && a.years.every((y: number) => y >= 2000)));
      return ok;
    });
    await page.waitForSelector('#view-map circle.node[data-id="id-kota-surabaya"]');
    await page.click('#view-map circle.node[data-id="id-kota-surabaya"]', { force: true });
    await page.waitForSelector('#panel[data-id="id-kota-surabaya"][data-loaded="true"]');
    expect(await page.textContent('#panel h2')).toBe('Kota Surabaya');
    expect(await page.textContent('#panel')).toMatch(/Mitra \(\d+\)/);
    const link = page.url();
    expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ lang: 'id', view: 'map', signedFrom: '2000', countries: 'JP', node: 'id-kota-surabaya', zoom: 'indonesia' });

    // A colleague with an English browser opens the link and sees the same view.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    contexts.push(context);
    const colleague = await context.newPage();
    colleague.on('pageerror', (err) => problems.push(`colleague: ${err.message}`));
    await colleague.goto(link);
    await colleague.waitForSelector('#panel[data-loaded="true"]');
    await colleague.waitForSelector('body[data-map-ready="true"]');
    expect(await colleague.textContent('#view-switch button[data-view="map"]')).toBe('Peta');
    expect(await colleague.inputValue('#countries')).toBe('JP');
    expect(await colleague.inputValue('#since')).toBe('2000');
    expect(await colleague.evaluate(() => (window as any).kotaKembar.graph.size)).toBe(await page.evaluate(() => (window as any).kotaKembar.graph.size));
    expect(await colleague.textContent('#panel h2')).toBe('Kota Surabaya');
    const frames = await Promise.all(
      [page, colleague].map((p) => p.evaluate(() => (window as any).kotaKembar.map.project(112.75, -7.25).map((v: number) => Math.round(v)))),
    );
    expect(frames[1]).toEqual(frames[0]);
    expect(await colleague.evaluate(() => (window as any).kotaKembar.map.placedLabels)).toEqual(await page.evaluate(() => (window as any).kotaKembar.map.placedLabels));

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
    const texts = pngTexts(readFileSync((await download.path())!));
    expect(texts.Title).toBe('Kerja sama luar negeri pemerintah daerah Indonesia');
    expect(texts.Description).toMatch(/^mitra di Jepang · ditandatangani 2000 atau sesudahnya · bukti sedang atau lebih kuat\./);
    expect(texts.Description).toMatch(/Rilis dataset \d{4}\.\d{2}\.\d{2}-[0-9a-f]{8} · \d+ kerja sama ditampilkan/);
    expect(texts.Copyright).toMatch(/^Kota Kembar dataset: Open Database License/);
    expect(texts.Source).toMatch(/Natural Earth .*GeoNames melalui cities\.json \(CC BY 4\.0\)/);
    expect(problems).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-journey.png') });
  });

  it('finds "jogja" with the search box and opens the government from a hit', async () => {
    const page = await open('lang=id');
    await page.fill('#search', 'jogja');
    await page.waitForSelector('#search-results a.node-link');
    expect(await page.textContent('#search-results')).toMatch(/Yogyakarta/);
    expect(await page.textContent('#search-results')).toMatch(/pemerintah daerah/);
    await page.click('#search-results a.node-link');
    await page.waitForSelector('#panel[data-loaded="true"]');
    expect(await page.textContent('#panel h2')).toMatch(/Yogyakarta/);
    expect(problems).toEqual([]);
  });

  it('makes no request outside its own origin', () => {
    expect(requests.length).toBeGreaterThan(20);
    const foreign = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });
});
