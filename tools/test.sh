#!/usr/bin/env bash
# `npm test`: type-check, lint, check the seed and the committed schema, then run every jest
# suite. The Neo4j suites start the project's local Neo4j 5.26 themselves (see
# test/support/global-setup.ts) unless NEO4J_URI points at one.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== type-check"
npx tsc --noEmit -p .
npx tsc --noEmit -p src/explorer  # the browser code (DOM types)
echo "== lint (eslint, zero warnings)"
npx eslint . --max-warnings 0
echo "== seed:check"
npx tsx src/seed/check.ts
echo "== schema:check"
npm run -s schema:check
echo "== jest"
npx jest --ci "$@"
