/**
 * `npm run build:explorer`: bundle the explorer page (src/explorer/) with esbuild into
 * dist/explorer/ (index.html + explorer.js), which the server serves at `/`.
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
  copyFileSync(path.join(SOURCE_DIR, 'index.html'), path.join(outdir, 'index.html'));
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
