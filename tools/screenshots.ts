/**
 * `npm run screenshots`: regenerate docs/images/explorer-*.png, the README's
 * pictures of the explorer, from the seeded dataset: the network, the map of the
 * world and zoomed on Indonesia, the table, in English and Bahasa Indonesia, and
 * an embedded map. Starts its own server (embedded store, port 0) and drives
 * Debian's Chromium (CHROMIUM_PATH to override) headless with playwright-core.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import pino from 'pino';
import type * as ServerModule from '../src/http/server';
import type * as LoadModule from '../src/seed/load';
import type * as StoreModule from '../src/store/embedded/embedded-store';

const ROOT = path.resolve(__dirname, '..');
/** The server runs from the compiled dist/ (`npm run build` first): tsx emits no decorator metadata for type-graphql. */
const dist = (module: string) => path.join(ROOT, 'dist', 'src', module);
const OUT = path.join(ROOT, 'docs', 'images');

/** The pictures: file name, page query, what to wait for. */
export const SHOTS: Array<{ file: string; query: string; wait: string }> = [
  { file: 'explorer-network-en.png', query: 'lang=en&view=network', wait: 'body[data-ready="true"]' },
  { file: 'explorer-network-id.png', query: 'lang=id&view=network&colour=community&size=betweenness', wait: 'body[data-ready="true"]' },
  { file: 'explorer-map-world-en.png', query: 'lang=en&view=map', wait: 'body[data-map-ready="true"]' },
  { file: 'explorer-map-indonesia-id.png', query: 'lang=id&view=map&zoom=indonesia', wait: 'body[data-map-ready="true"]' },
  { file: 'explorer-map-japan-surabaya-id.png', query: 'lang=id&view=map&zoom=indonesia&countries=JP&node=id-kota-surabaya', wait: '#panel[data-loaded="true"]' },
  { file: 'explorer-table-id.png', query: 'lang=id&view=table', wait: '#table-governments tbody tr' },
  { file: 'explorer-table-en.png', query: 'lang=en&view=table&countries=KR', wait: '#table-governments tbody tr' },
  { file: 'explorer-embed-map-en.png', query: 'lang=en&view=map&zoom=indonesia&embed=1', wait: 'body[data-map-ready="true"]' },
];

/** Saved figures (PNG at 2×, as the "Save image" button makes them). */
export const FIGURES: Array<{ file: string; query: string; wait: string }> = [
  { file: 'figure-map-japan-id.png', query: 'lang=id&view=map&zoom=indonesia&countries=JP&node=id-kota-surabaya', wait: '#panel[data-loaded="true"]' },
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL without a GPU (sigma.js): software rendering through SwiftShader.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

async function main(): Promise<void> {
  await import('reflect-metadata');
  const { createServer } = (await import(dist('http/server'))) as typeof ServerModule;
  const { loadSeed } = (await import(dist('seed/load'))) as typeof LoadModule;
  const { EmbeddedStore } = (await import(dist('store/embedded/embedded-store'))) as typeof StoreModule;
  const explorerDir = path.join(ROOT, 'dist', 'explorer');
  const store = new EmbeddedStore({ file: null });
  await store.init();
  await loadSeed(store, path.join(ROOT, 'seed'));
  const server = await createServer({ store, logger: pino({ level: 'silent' }), explorerDir });
  const url = await server.listen(0, '127.0.0.1');
  const browser = await launchChromium();
  const only = process.argv.slice(2);
  let failed = false;
  try {
    mkdirSync(OUT, { recursive: true });
    for (const shot of SHOTS.filter((s) => only.length === 0 || only.some((o) => s.file.includes(o)))) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('console', (m) => {
        if (m.type() === 'error') {
          failed = true;
          console.error(`${shot.file}: console error: ${m.text()}`);
        }
      });
      page.on('pageerror', (e) => {
        failed = true;
        console.error(`${shot.file}: page error: ${e.message}`);
      });
      await page.goto(`${url}/?${shot.query}`);
      await page.waitForSelector(shot.wait, { timeout: 60_000 });
      await page.waitForTimeout(800); // let sigma and the map settle
      await page.screenshot({ path: path.join(OUT, shot.file) });
      console.log(`Wrote docs/images/${shot.file}`);
      await page.close();
    }
    // What "Save image" gives: the figure with its legend and caption.
    for (const figure of FIGURES.filter((f) => only.length === 0 || only.some((o) => f.file.includes(o)))) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 700 }, acceptDownloads: true });
      await page.goto(`${url}/?${figure.query}`);
      await page.waitForSelector(figure.wait, { timeout: 60_000 });
      await page.waitForTimeout(800);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
      await download.saveAs(path.join(OUT, figure.file));
      console.log(`Wrote docs/images/${figure.file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    await store.close();
  }
  if (failed) process.exit(1);
}

if (require.main === module)
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
