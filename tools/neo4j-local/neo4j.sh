#!/usr/bin/env bash
# A real Neo4j Community 5.26 LTS on 127.0.0.1 without Docker: an embedded-database launcher
# built from Maven Central artifacts (see README.md in this folder).
#
#   bash tools/neo4j-local/neo4j.sh start|stop|restart|status|build
#
# Env (defaults in brackets):
#   NEO4J_LOCAL_DIR       [<repo>/.neo4j-local]  instance folder: data/, neo4j.pid, neo4j.log
#   NEO4J_BOLT_PORT       [7687]                 Bolt port on 127.0.0.1
#   NEO4J_PASSWORD        [kotakembar-local]     password of user neo4j (8+ chars), applied at every start
#   NEO4J_LOCAL_HEAP      [768m]                 JVM max heap (-Xmx)
#   NEO4J_LOCAL_PAGECACHE_MB [64]                page cache (off-heap), MiB
#   NEO4J_START_TIMEOUT   [120]                  seconds to wait for a Bolt answer
#   NEO4J_STOP_TIMEOUT    [60]                   seconds to wait after SIGTERM before SIGKILL
#   NEO4J_LOCAL_JAVA_OPTS [empty: the full JIT]  extra JVM flags, split on spaces; the default serves
#                         fastest after warm-up (bench: `npm run bench -- --api --jvm-compare`);
#                         `-XX:TieredStopAtLevel=1` (C1 only) starts in ~60% of the CPU time (the tests use it)
#   JAVA_HOME / MAVEN_OPTS are honoured (e.g. MAVEN_OPTS=-Dmaven.repo.local=/tmp/m2).
# Several instances can run at once with different NEO4J_LOCAL_DIR and NEO4J_BOLT_PORT.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(cd "$here/../.." && pwd -P)"

dir="${NEO4J_LOCAL_DIR:-$repo/.neo4j-local}"
port="${NEO4J_BOLT_PORT:-7687}"
password="${NEO4J_PASSWORD:-kotakembar-local}"
heap="${NEO4J_LOCAL_HEAP:-768m}"
pagecache_mb="${NEO4J_LOCAL_PAGECACHE_MB:-64}"
start_timeout="${NEO4J_START_TIMEOUT:-120}"
stop_timeout="${NEO4J_STOP_TIMEOUT:-60}"

target="$here/target"
jar="$target/neo4j-local.jar"
stamp="$target/.build-stamp"
cpfile="$target/classpath.txt"
main_class="kotakembar.neo4jlocal.Neo4jLocal"
uri="bolt://127.0.0.1:$port"

say() { echo "neo4j-local[$port]: $*"; }
die() { echo "neo4j-local[$port]: ERROR: $*" >&2; exit 1; }

java_bin() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; else command -v java || true; fi
}

check_config() {
  case "$port" in ''|*[!0-9]*) die "NEO4J_BOLT_PORT must be a number, got '$port'" ;; esac
  [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "NEO4J_BOLT_PORT out of range: $port"
  [ "${#password}" -ge 8 ] || die "NEO4J_PASSWORD must be at least 8 characters (Neo4j's minimum)"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd -P)"
  pidfile="$dir/neo4j.pid"
  log="$dir/neo4j.log"
}

# ---------------------------------------------------------------- build

source_hash() {
  (cd "$here" && find pom.xml src -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

needs_build() {
  [ -f "$jar" ] && [ -s "$cpfile" ] && [ -f "$stamp" ] || return 0
  [ "$(cat "$stamp")" != "$(source_hash)" ]
}

build() {
  needs_build || return 0
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to build the launcher (first build only)"
  [ -n "$(java_bin)" ] || die "Java 17+ is needed (java not found)"
  mkdir -p "$target"
  # One build at a time, even when several instances start together on a fresh machine.
  exec 8>"$target/.build.lock"
  flock 8
  if needs_build; then
    say "building the launcher with Maven (a first build downloads ~170 MB from Maven Central into ~/.m2)"
    local t0=$SECONDS
    # No clean: running instances may still read target/; classpath.txt names the current jars.
    rm -f "$stamp"
    # (sed: Debian's Maven 3.8 prints colour resets even in batch mode)
    (cd "$here" && mvn -B -q -ntp -Dstyle.color=never package 2>&1 </dev/null) | sed -u 's/\x1b\[[0-9;]*m//g' \
      || die "Maven build failed (see output above)"
    [ -f "$jar" ] && [ -s "$cpfile" ] || die "Maven finished but $jar or $cpfile is missing"
    source_hash >"$stamp"
    say "built in $((SECONDS - t0)) s ($(tr ':' '\n' <"$cpfile" | grep -c .) jars)"
  fi
  flock -u 8
  exec 8>&-
}

# ---------------------------------------------------------------- process state

# Prints the pid from the pidfile when that process is alive and is one of our launchers.
running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$pidfile")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against pid reuse: the process must be a Neo4jLocal JVM.
  if [ -r "/proc/$pid/cmdline" ]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'Neo4jLocal' || return 1
  fi
  echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# 0 = a real Bolt query works; 1 = no answer; 4 = answers but refuses the password.
bolt_answers() {
  local rc=0
  if command -v node >/dev/null 2>&1; then
    NEO4J_CHECK_URI="$uri" NEO4J_CHECK_PASSWORD="$password" node "$here/bolt-check.cjs" >/dev/null 2>&1 || rc=$?
    [ "$rc" -ne 3 ] && return "$rc"
  fi
  # No node or no neo4j-driver installed: the port plus the launcher's ready line.
  port_open || return 1
  local pid
  pid="$(running_pid)" || return 1
  grep -q "ready on $uri (pid $pid)" "$log" 2>/dev/null
}

print_log_tail() {
  echo "---- last lines of $log ----" >&2
  tail -n 40 "$log" >&2 || true
  echo "---- (Neo4j's own log: $dir/data/logs/debug.log) ----" >&2
}

# Waits until the instance with this pid answers a Bolt query.
wait_ready() {
  local pid="$1" t0=$SECONDS rc
  while :; do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "Neo4j exited during start-up"
      print_log_tail
      rm -f "$pidfile"
      exit 1
    fi
    # Query only once the launcher says ready: it sets the password first, and early attempts
    # with the wrong password would trip Neo4j's failed-login lock.
    if grep -q "ready on $uri (pid $pid)" "$log" 2>/dev/null; then
      rc=0
      bolt_answers || rc=$?
      [ "$rc" -eq 0 ] && return 0
      if [ "$rc" -eq 4 ]; then
        die "Neo4j on $uri refuses the password from NEO4J_PASSWORD (was it started with another one? restart it)"
      fi
    fi
    if [ $((SECONDS - t0)) -ge "$start_timeout" ]; then
      say "Bolt did not answer on $uri within ${start_timeout}s"
      print_log_tail
      exit 1
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------- commands

start() {
  check_config
  # Serialise concurrent starts of the same instance.
  exec 9>"$dir/.start.lock"
  flock 9
  local pid rc
  if pid="$(running_pid)"; then
    rc=0
    bolt_answers || rc=$?
    if [ "$rc" -eq 0 ]; then
      say "already running (pid $pid) on $uri"
      return 0
    fi
    [ "$rc" -eq 4 ] && die "already running (pid $pid) on $uri but it refuses NEO4J_PASSWORD; run 'restart' to apply a new password"
    say "process $pid is running but does not answer yet; waiting"
    wait_ready "$pid"
    say "running (pid $pid) on $uri"
    return 0
  fi
  rm -f "$pidfile"
  if port_open; then
    die "port $port on 127.0.0.1 is taken by another process (not this instance in $dir); stop it or set NEO4J_BOLT_PORT"
  fi

  build
  local java t0=$SECONDS
  java="$(java_bin)"
  [ -n "$java" ] || die "Java 17+ is needed (java not found)"
  mkdir -p "$dir/data"
  echo "==== $(date -u '+%Y-%m-%dT%H:%M:%SZ') neo4j.sh start (port $port, heap $heap)" >>"$log"

  local extra=()
  # shellcheck disable=SC2206 # split on purpose
  local java_opts="${NEO4J_LOCAL_JAVA_OPTS-}"
  [ -n "$java_opts" ] && extra=($java_opts)
  local launcher=(nohup)
  command -v setsid >/dev/null 2>&1 && launcher=(setsid nohup)
  # The JVM gets its own session (Ctrl-C in the caller's terminal does not kill it) and
  # writes its own pid to the pidfile; $! is written first so stop works at any moment.
  NEO4J_BOLT_PORT="$port" NEO4J_PASSWORD="$password" NEO4J_LOCAL_PAGECACHE_MB="$pagecache_mb" \
  NEO4J_LOCAL_PIDFILE="$pidfile" \
    "${launcher[@]}" "$java" \
      -Xmx"$heap" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow \
      -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true \
      --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED ${extra[@]+"${extra[@]}"} \
      -cp "$jar:$(cat "$cpfile")" "$main_class" "$dir/data" \
      >>"$log" 2>&1 </dev/null 8>&- 9>&- &
  pid="$!"
  [ -s "$pidfile" ] || echo "$pid" >"$pidfile"
  # The JVM rewrites the pidfile with its own pid (the same unless setsid had to fork) and
  # logs "starting Neo4j (... pid N)"; adopt that pid once it shows.
  local p
  for _ in $(seq 1 40); do
    p="$(tr -dc '0-9' <"$pidfile" 2>/dev/null || true)"
    if [ -n "$p" ] && grep -q "starting Neo4j .*pid $p)" "$log" 2>/dev/null; then pid="$p"; break; fi
    kill -0 "$pid" 2>/dev/null || { [ -n "$p" ] && kill -0 "$p" 2>/dev/null; } || break
    sleep 0.25
  done
  wait_ready "$pid"
  local line
  line="$(grep "ready on $uri (pid $pid)" "$log" | tail -n 1 | sed 's/^\[neo4j-local\] //')"
  say "${line:-ready on $uri (pid $pid)}, in $((SECONDS - t0)) s; data in $dir/data, log $log"
}

stop() {
  check_config
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$pidfile"
    say "not running (nothing to stop in $dir)"
    return 0
  fi
  say "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local t0=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    if [ $((SECONDS - t0)) -ge "$stop_timeout" ]; then
      say "still running after ${stop_timeout}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      break
    fi
    sleep 0.5
  done
  rm -f "$pidfile"
  say "stopped (pid $pid) in $((SECONDS - t0)) s"
}

status() {
  check_config
  local pid rc=0
  if ! pid="$(running_pid)"; then
    say "not running"
    return 3
  fi
  bolt_answers || rc=$?
  case "$rc" in
    0) say "running (pid $pid) on $uri" ;;
    4) say "running (pid $pid) on $uri but it refuses NEO4J_PASSWORD"; return 1 ;;
    *) say "process $pid is up but $uri does not answer"; return 1 ;;
  esac
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  build) build; say "launcher is built: $jar" ;;
  *) echo "usage: bash $0 start|stop|restart|status|build" >&2; exit 2 ;;
esac
