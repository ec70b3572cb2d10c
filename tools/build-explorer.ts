/**
 * `npm run build:explorer`: bundle the explorer page (src/explorer/) with esbuild into
 * dist/explorer/ (index.html, explorer.css, explorer.js and the Natural Earth
 * countries TopoJSON from world-atlas), which the server serves at `/` — the page
 * needs nothing from any other origin.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const SOURCE_DIR = path.resolve(__dirname, '..', 'src', 'explorer');
export const DEFAULT_EXPLORER_OUT = path.resolve(__dirname, '..', 'dist', 'explorer');

/** Bundle into `outdir` (created if missing). Resolves to the outdir. */
export async function buildExplorer(outdir: string = DEFAULT_EXPLORER_OUT): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [path.join(SOURCE_DIR, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    outfile: path.join(outdir, 'explorer.js'),
    logLevel: 'warning',
    tsconfig: path.join(SOURCE_DIR, 'tsconfig.json'),
  });
  for (const file of ['index.html', 'explorer.css']) copyFileSync(path.join(SOURCE_DIR, file), path.join(outdir, file));
  // Natural Earth 1:50m countries (public domain), drawn by the map view.
  copyFileSync(require.resolve('world-atlas/countries-50m.json'), path.join(outdir, 'countries-50m.json'));
  return outdir;
}

if (require.main === module) {
  buildExplorer().then(
    (dir) => console.log(`Built the explorer into ${path.relative(process.cwd(), dir)}/`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
