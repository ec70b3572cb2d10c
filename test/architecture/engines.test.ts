/**
 * `engines.node` in package.json is true to the code: every Node version it admits is
 * one that each direct dependency declares it supports (the CSV zip once needed
 * `zlib.crc32`, Node 20.15, while engines said 20.11). Exceptions are listed with why.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const load = createRequire(path.join(ROOT, 'package.json'));
const semver = load('semver') as { subset(sub: string, sup: string): boolean; validRange(r: string): string | null };
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Dependencies whose declared engines are stricter than what this project uses of them. */
const EXCEPTIONS: Record<string, string> = {
  'idn-area-data': 'declares Node >= 22 for its ESM entry; the project only reads its CSV files (src/domain/official-regions.ts)',
};

it('admits only Node versions every direct dependency supports', () => {
  const ours = pkg.engines.node;
  expect(semver.validRange(ours)).not.toBeNull();
  const conflicts: string[] = [];
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    if (EXCEPTIONS[name]) continue;
    const theirs = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node;
    if (theirs && !semver.subset(ours, theirs)) conflicts.push(`${name} needs ${theirs}`);
  }
  expect(conflicts).toEqual([]);
});

it('admits the Node running the tests', () => {
  expect(load('semver').satisfies(process.version, pkg.engines.node)).toBe(true);
});
