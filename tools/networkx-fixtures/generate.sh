#!/usr/bin/env bash
# Regenerate the networkx fixtures in test/fixtures/networkx/.
#
# 1. Creates a virtualenv in .venv-fixtures/ at the repository root (git-ignored)
#    and installs the pinned versions from requirements.txt.
# 2. generate.py graphs: writes the standard graphs (karate, davis, ...).
# 3. export-edges.ts (TypeScript, via tsx): projects the shipped seed/ dataset
#    under several filters into edge lists, and adds the Louvain partitions our
#    code finds (fixed seeds) to every graph, so networkx can score them.
# 4. generate.py metrics: computes every expected value with networkx/igraph.
#
# Usage: tools/networkx-fixtures/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/test/fixtures/networkx"
venv="$root/.venv-fixtures"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
cd "$root"
"$venv/bin/python" "$here/generate.py" graphs "$out"
npx tsx "$here/export-edges.ts" "$out" "$root/seed"
"$venv/bin/python" "$here/generate.py" metrics "$out"
echo "fixtures written to $out"
