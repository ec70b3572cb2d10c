/**
 * `npm run schema:emit` writes schema/schema.graphql from the code;
 * `npm run schema:check` fails (exit 1) when the committed file differs from the code.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildKotaKembarSchema } from '../src/graphql/build-schema';
import { createServices } from '../src/app/services';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { REPO_ROOT } from '../src/paths';

const FILE = path.join(REPO_ROOT, 'schema', 'schema.graphql');
const HEADER =
  '# Kota Kembar GraphQL schema. Generated from the code by `npm run schema:emit`; do not edit by hand.\n' +
  '# CI runs `npm run schema:check`, which fails when this file and the code disagree.\n\n';

export async function currentSdl(): Promise<string> {
  const store = new EmbeddedStore({ file: null });
  const schema = await buildKotaKembarSchema(createServices(store));
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  const sdl = await currentSdl();
  if (mode === 'emit') {
    writeFileSync(FILE, sdl);
    console.log(`Wrote ${path.relative(process.cwd(), FILE)} (${sdl.length} characters).`);
    return;
  }
  if (mode === 'check') {
    let committed = '';
    try {
      committed = readFileSync(FILE, 'utf8');
    } catch {
      console.error(`${FILE} is missing: run \`npm run schema:emit\` and commit it.`);
      process.exit(1);
    }
    if (committed !== sdl) {
      const a = committed.split('\n');
      const b = sdl.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      console.error(
        `schema/schema.graphql differs from the code (first difference at line ${line + 1}):\n` +
          `  file: ${a[line] ?? '<end of file>'}\n  code: ${b[line] ?? '<end of file>'}\n` +
          'Run `npm run schema:emit` and commit the result.',
      );
      process.exit(1);
    }
    console.log('schema/schema.graphql matches the code.');
    return;
  }
  console.error('Usage: tsx tools/schema.ts emit|check');
  process.exit(2);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
