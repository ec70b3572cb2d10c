/**
 * The Python with networkx that format tests read exports back with: the fixture venv
 * (.venv-fixtures) when present, else `python3`. Null when neither has networkx;
 * tests then skip, but never under CI=true.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isCI, REPO_ROOT } from './neo4j-env';

export function networkxPython(): string | null {
  const candidates = [path.join(REPO_ROOT, '.venv-fixtures', 'bin', 'python'), 'python3'];
  for (const python of candidates) {
    if (python.includes('/') && !existsSync(python)) continue;
    try {
      execFileSync(python, ['-c', 'import networkx'], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  if (isCI()) throw new Error('CI=true but no python3 with networkx: install it (pip install networkx) for the export tests.');
  console.warn('\n  !!! WARNING: no python3 with networkx; the networkx read-back tests are SKIPPED.\n');
  return null;
}
