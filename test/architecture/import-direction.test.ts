/**
 * Dependencies point inwards (docs/decisions.md): `src/domain` imports nothing from src;
 * `src/store` and `src/analysis` import only `domain` (and their own folder); `config` and
 * `reports` do not reach up into the HTTP door. This test reads every import (static,
 * `import type`, `export … from`, `require`, dynamic `import()`) of every file under src/ and
 * fails naming the arrow that points outwards.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

/** Which top-level parts of src/ each part may import (its own part is always allowed). */
const ALLOWED: Record<string, readonly string[] | 'any'> = {
  domain: [],
  store: ['domain'],
  analysis: ['domain'],
};
/** Parts that must never be imported from the given parts (for parts otherwise free). */
const FORBIDDEN: Record<string, readonly string[]> = {
  'config.ts': ['http', 'graphql'],
  reports: ['http', 'graphql'],
  services: ['http', 'graphql'],
  export: ['http', 'graphql'],
  seed: ['http', 'graphql'],
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'explorer') continue; // browser code, its own tsconfig; talks to the API over HTTP
      out.push(...sourceFiles(path));
    } else if (/\.(ts|tsx|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The top-level part of src/ a file belongs to: `domain`, `store`, …, or the file name for files directly in src/. */
function partOf(file: string): string {
  return relative(SRC, file).split('/')[0]!;
}

/** Relative imports of a file, resolved to paths under src/ (package imports are not arrows inside src). */
export function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec));
}

export function outwardArrows(): string[] {
  const bad: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = partOf(file);
    const allowed = ALLOWED[from];
    const forbidden = FORBIDDEN[from] ?? [];
    for (const target of importsOf(file)) {
      const rel = relative(SRC, target);
      const arrow = `${relative(ROOT, file)} → ${rel.startsWith('..') ? relative(ROOT, target) : `src/${rel}`}`;
      if (rel.startsWith('..')) {
        bad.push(`${arrow} (imports from outside src/)`);
        continue;
      }
      const to = partOf(target);
      if (to === from) continue;
      if (allowed !== undefined && allowed !== 'any' && !allowed.includes(to.replace(/\.ts$/, ''))) {
        bad.push(`${arrow} (src/${from} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing from src'})`);
      } else if (forbidden.includes(to.replace(/\.ts$/, ''))) {
        bad.push(`${arrow} (src/${from} must not reach up into src/${to})`);
      }
    }
  }
  return bad.sort();
}

describe('import direction', () => {
  it('no import in src/ points outwards', () => {
    expect(outwardArrows()).toEqual([]);
  });

  it('the check sees every kind of import (it would catch an outward arrow)', () => {
    const info = ts.preProcessFile(
      "import a from '../seed/x';\nimport type { B } from '../http/y';\nexport { c } from '../graphql/z';\nconst d = require('../reports/w');\nconst e = import('../config');",
      true,
      true,
    );
    expect(info.importedFiles.map((f) => f.fileName)).toEqual(['../seed/x', '../http/y', '../graphql/z', '../reports/w', '../config']);
  });
});
