#!/usr/bin/env bash
# Start and stop a real Neo4j Community 5.26 on 127.0.0.1 without Docker, built from
# Maven Central artifacts (see README.md here).
#   neo4j.sh build | start | stop | restart | status
# Env: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (kotakembar-local), NEO4J_LOCAL_DIR
# (<repo>/.neo4j-local/dev), NEO4J_LOCAL_HEAP (768m), NEO4J_START_TIMEOUT (120 s).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
port="${NEO4J_BOLT_PORT:-7687}"
password="${NEO4J_PASSWORD:-kotakembar-local}"
dir="${NEO4J_LOCAL_DIR:-$repo/.neo4j-local/dev}"
heap="${NEO4J_LOCAL_HEAP:-768m}"
timeout="${NEO4J_START_TIMEOUT:-120}"
pidfile="$dir/neo4j.pid"
log="$dir/neo4j.log"
jar="$here/target/neo4j-local-1.jar"
stamp="$here/target/.build-stamp"

say() { echo "neo4j-local: $*"; }

needs_build() {
  [ -f "$jar" ] && [ -d "$here/target/lib" ] && [ -f "$stamp" ] || return 0
  [ -n "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]
}

build() {
  if needs_build; then
    command -v mvn >/dev/null || { say "Maven (mvn) is needed to build the launcher"; exit 1; }
    say "building the launcher (first time: downloads ~150 MB from Maven Central)"
    (cd "$here" && mvn -B -q package -DskipTests)
    touch "$stamp"
  fi
}

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# A real Bolt round-trip with the project's driver when it is installed, else the port.
bolt_answers() {
  if [ -d "$repo/node_modules/neo4j-driver" ]; then
    (cd "$repo" && NEO4J_CHECK_URI="bolt://127.0.0.1:$port" NEO4J_CHECK_PASSWORD="$password" node -e '
      const neo4j = require("neo4j-driver");
      const d = neo4j.driver(process.env.NEO4J_CHECK_URI, neo4j.auth.basic("neo4j", process.env.NEO4J_CHECK_PASSWORD),
        { connectionTimeout: 2000, logging: { level: "error", logger: () => {} } });
      d.executeQuery("RETURN 1 AS ok").then(() => d.close().then(() => process.exit(0)), () => d.close().then(() => process.exit(1)));
    ') >/dev/null 2>&1
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

start() {
  if pid="$(running_pid)" && bolt_answers; then
    say "already running (pid $pid) on bolt://127.0.0.1:$port"
    return 0
  fi
  build
  mkdir -p "$dir"
  if pid="$(running_pid)"; then
    say "process $pid is running but Bolt does not answer yet; waiting"
  else
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      say "port $port is taken by another process; set NEO4J_BOLT_PORT"
      exit 1
    fi
    : > "$log"
    nohup java "-Xms256m" "-Xmx$heap" -XX:+UseG1GC \
      -cp "$jar:$here/target/lib/*" kotakembar.Neo4jLocal "$dir/home" >>"$log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
    pid="$(cat "$pidfile")"
  fi
  local waited=0
  until bolt_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "Neo4j exited during start-up; last lines of $log:"
      tail -n 40 "$log" >&2
      rm -f "$pidfile"
      exit 1
    fi
    if [ "$waited" -ge "$timeout" ]; then
      say "Bolt did not answer within ${timeout}s; last lines of $log:"
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  say "$(grep -m1 'ready on' "$log" || echo "ready on bolt://127.0.0.1:$port") (pid $pid, ${waited}s)"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pidfile"
    say "not running"
    return 0
  fi
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "did not stop within 60s; killing"
    kill -KILL "$pid" || true
  fi
  rm -f "$pidfile"
  say "stopped (pid $pid)"
}

status() {
  if pid="$(running_pid)" && bolt_answers; then
    say "running (pid $pid) on bolt://127.0.0.1:$port"
  else
    say "not running on bolt://127.0.0.1:$port"
    return 1
  fi
}

case "${1:-}" in
  build) build ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  *) echo "usage: $0 build|start|stop|restart|status" >&2; exit 2 ;;
esac
