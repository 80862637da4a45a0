#!/usr/bin/env bash
# BpoCloud build entry point. Run `./build.sh help` for usage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

SOLUTION="${BPOCLOUD_SOLUTION:-BpoCloud.sln}"
SERVER_PROJECT="src/BpoCloud.Server"
BENCH_PROJECT="tests/BpoCloud.Benchmarks"
ARTIFACTS="$ROOT/artifacts"
PG_STATE_FILE="$ARTIFACTS/throwaway-pg.env"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_CLI_UI_LANGUAGE=en # `test` parses dotnet's English summary lines
export MSBUILDTERMINALLOGGER=off # plain, parseable output even on a TTY

if ! command -v dotnet >/dev/null 2>&1 && [[ -x /usr/share/dotnet/dotnet ]]; then
  export DOTNET_ROOT=/usr/share/dotnet
  export PATH="$DOTNET_ROOT:$PATH"
fi

# shellcheck source=deploy/scripts/throwaway-postgres.sh
source "$ROOT/deploy/scripts/throwaway-postgres.sh"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# --- child processes and signals ---------------------------------------------------
# Long-running children (dotnet test, the server, benchmarks) run in their own process
# group via run_child, so a SIGINT/SIGTERM to this script (Ctrl-C, CI timeout, `kill`)
# is acted on at once: the whole child tree is stopped, then the EXIT trap stops the
# throw-away PostgreSQL. (bash would otherwise defer the trap until the child exits.)
CHILD_PGID=""

run_child() {
  setsid "$@" &
  CHILD_PGID=$!
  local rc=0
  wait "$CHILD_PGID" || rc=$?
  CHILD_PGID=""
  return "$rc"
}

stop_child() {
  local pgid="$CHILD_PGID" i
  [[ -n "$pgid" ]] || return 0
  CHILD_PGID=""
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for ((i = 0; i < 40; i++)); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 0.25
  done
  log "child processes did not stop after SIGTERM; sending SIGKILL"
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

on_signal() {
  trap - INT TERM
  log "interrupted; stopping"
  stop_child
  exit "$1"
}

install_traps() {
  trap 'stop_child; tpg_stop' EXIT
  trap 'on_signal 130' INT
  trap 'on_signal 143' TERM
}

usage() {
  cat <<'EOF'
Usage: ./build.sh <command> [options]

Commands:
  build [--release]              restore + build BpoCloud.sln (Debug unless --release)
  test  [--release] [args...]    restore + build, start a throw-away PostgreSQL 15 unless
                                 BPOCLOUD_TEST_PG or ConnectionStrings__Postgres is set,
                                 run every test project; extra args go to `dotnet test`
                                 (e.g. --filter "FullyQualifiedName~Orders").
                                 Last line of output: "N passed, N failed".
  run   [--release] [--pg] [-- app args...]
                                 run the server (http://localhost:5080 by default);
                                 --pg: in Postgres mode against a throw-away PostgreSQL
  bench [args...]                dotnet run -c Release --project tests/BpoCloud.Benchmarks
                                 -- args, with BPOCLOUD_BENCH_PG set to a throw-away
                                 PostgreSQL unless it or ConnectionStrings__Postgres is set
  pg-start [database]            start a throw-away PostgreSQL and leave it running; prints
                                 export lines: eval "$(./build.sh pg-start)"
  pg-stop                        stop the server started by pg-start
  help                           this text

Environment:
  BPOCLOUD_NO_PG=1               test/bench: never start a throw-away PostgreSQL
  BPOCLOUD_TEST_HANG_TIMEOUT     per-test hang timeout for `dotnet test` (default 10m)
  TPG_BASE_PORT                  first port tried for the throw-away server (default 55432)
EOF
}

CONFIGURATION="Debug"
REST_ARGS=()

# Splits "$@" into CONFIGURATION (--release / -c X / --configuration X) and REST_ARGS.
# Everything after a literal `--` is passed through untouched (the `--` is kept).
parse_common_args() {
  REST_ARGS=()
  while (($#)); do
    case "$1" in
      --release) CONFIGURATION="Release" ;;
      --debug) CONFIGURATION="Debug" ;;
      -c | --configuration)
        [[ $# -ge 2 ]] || die "$1 needs a value"
        CONFIGURATION="$2"
        shift
        ;;
      --) REST_ARGS+=("$@"); break ;;
      *) REST_ARGS+=("$1") ;;
    esac
    shift
  done
}

msbuild_flags() {
  # No lingering MSBuild worker nodes on CI machines.
  if [[ -n "${CI:-}" ]]; then
    printf '%s\n' "-nodeReuse:false"
  fi
}

restore_and_build() {
  local flags
  mapfile -t flags < <(msbuild_flags)
  log "dotnet restore $SOLUTION"
  dotnet restore "$SOLUTION" "${flags[@]}" || return 1
  log "dotnet build $SOLUTION -c $CONFIGURATION"
  dotnet build "$SOLUTION" -c "$CONFIGURATION" --no-restore "${flags[@]}" || return 1
}

# Prints "assembly-name<TAB>project-path" for every test project in the solution
# (projects referencing Microsoft.NET.Test.Sdk or marked IsTestProject=true, and not
# marked IsTestProject=false). tests/BpoCloud.Benchmarks is a console app and is skipped.
list_test_projects() {
  local line proj name sln_dir
  sln_dir="$(dirname "$SOLUTION")"
  while IFS= read -r line; do
    line="${line%$'\r'}"
    [[ "$line" == *.csproj ]] || continue
    proj="${line//\\//}"
    [[ "$proj" == /* || "$sln_dir" == "." ]] || proj="$sln_dir/$proj"
    [[ -f "$proj" ]] || continue
    if grep -qiE '<IsTestProject>[[:space:]]*false' "$proj"; then continue; fi
    if grep -qiE 'Microsoft\.NET\.Test\.Sdk|<IsTestProject>[[:space:]]*true' "$proj"; then
      name="$(sed -n 's:.*<AssemblyName>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</AssemblyName>.*:\1:p' "$proj" | head -n 1)"
      [[ -n "$name" ]] || name="$(basename "$proj" .csproj)"
      printf '%s\t%s\n' "$name" "$proj"
    fi
  done < <(dotnet sln "$SOLUTION" list 2>/dev/null || true)
}

# Final line of `./build.sh test`, always the very last thing printed.
print_summary() {
  printf '%s passed, %s failed\n' "$1" "$2"
}

# Starts the throw-away PostgreSQL unless the caller provided one ($2 non-empty) or opted
# out (BPOCLOUD_NO_PG=1). $1 = database name. Registers cleanup for EXIT/INT/TERM.
# Returns 0 = started (TPG_CONNECTION_STRING is set), 1 = not needed, 2 = failed to start.
maybe_start_throwaway_pg() {
  local database="$1" provided="$2"
  if [[ -n "$provided" ]]; then
    log "using the PostgreSQL server given in the environment; not starting one"
    return 1
  fi
  if [[ "${BPOCLOUD_NO_PG:-}" == "1" ]]; then
    log "BPOCLOUD_NO_PG=1: not starting PostgreSQL"
    return 1
  fi
  install_traps
  if ! tpg_start "$database"; then
    log "could not start the throw-away PostgreSQL"
    return 2
  fi
  return 0
}

cmd_build() {
  parse_common_args "$@"
  ((${#REST_ARGS[@]} == 0)) || die "build: unexpected arguments: ${REST_ARGS[*]}"
  restore_and_build || die "build failed"
}

cmd_test() {
  parse_common_args "$@"
  local dotnet_test_args=("${REST_ARGS[@]}")
  local results="$ARTIFACTS/test-results"
  local test_log="$results/dotnet-test.log"

  # Clean up whatever we start, however we leave (success, failure, Ctrl-C, kill).
  install_traps

  rm -rf "$results"
  mkdir -p "$results"

  local projects=() names=() name proj
  while IFS=$'\t' read -r name proj; do
    names+=("$name")
    projects+=("$proj")
  done < <(list_test_projects)
  local expected=${#names[@]}
  if ((expected == 0)); then
    log "no test projects found in $SOLUTION"
  else
    log "test projects: ${names[*]}"
  fi

  if ! restore_and_build; then
    log "build failed; no tests were run (each test project counts as failed)"
    print_summary 0 $((expected > 0 ? expected : 1))
    return 1
  fi

  if [[ -z "${BPOCLOUD_TEST_PG:-}" && -n "${ConnectionStrings__Postgres:-}" ]]; then
    export BPOCLOUD_TEST_PG="$ConnectionStrings__Postgres"
  fi
  local pg_rc=0
  maybe_start_throwaway_pg bpocloud_test "${BPOCLOUD_TEST_PG:-}" || pg_rc=$?
  case "$pg_rc" in
    0) export BPOCLOUD_TEST_PG="$TPG_CONNECTION_STRING" ;;
    1) ;;
    *)
      print_summary 0 $((expected > 0 ? expected : 1))
      return 1
      ;;
  esac

  log "dotnet test $SOLUTION --no-build -c $CONFIGURATION"
  local rc=0
  # shellcheck disable=SC2016 # $0/$@ belong to the inner bash
  run_child bash -c 'set -o pipefail; "$@" 2>&1 </dev/null | tee "$0"' "$test_log" \
    dotnet test "$SOLUTION" --no-build -c "$CONFIGURATION" \
    --results-directory "$results" \
    --logger trx \
    --logger "console;verbosity=minimal" \
    --blame-hang-timeout "${BPOCLOUD_TEST_HANG_TIMEOUT:-10m}" \
    --blame-hang-dump-type none \
    "${dotnet_test_args[@]}" || rc=$?

  tpg_stop

  # Sum vstest's per-assembly summary lines, e.g.
  #   Passed!  - Failed:     0, Passed:    12, Skipped:     1, Total:    13, Duration: 2 s - BpoCloud.Domain.Tests.dll (net10.0)
  #   Failed!  - Failed:     1, Passed:    11, ...                                         - BpoCloud.Grains.Tests.dll (net10.0)
  local passed=0 failed=0 line re_summary re_empty dll
  local -A reported=()
  re_summary='([A-Za-z]+)!.*Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),.* - ([^ ]+)\.dll[[:space:]]*\('
  # A project with no (matching) tests prints one of these instead of a summary line:
  #   No test is available in /path/X.dll. Make sure that ...
  #   No test matches the given testcase filter `...` in /path/X.dll
  re_empty='^No test (is available|matches the given testcase filter.*) in (.*/)?([^/ ]+)\.dll'
  while IFS= read -r line; do
    line="${line%$'\r'}"
    if [[ "$line" =~ $re_summary ]]; then
      failed=$((failed + BASH_REMATCH[2]))
      passed=$((passed + BASH_REMATCH[3]))
      dll="${BASH_REMATCH[4],,}"
      reported["$dll"]=1
      if [[ "${BASH_REMATCH[1]}" != "Passed" && "${BASH_REMATCH[1]}" != "Skipped" && "${BASH_REMATCH[2]}" == "0" ]]; then
        log "${BASH_REMATCH[4]}: run ended as '${BASH_REMATCH[1]}' without failed tests; counting 1 failure"
        failed=$((failed + 1))
      fi
    elif [[ "$line" =~ $re_empty ]]; then
      dll="${BASH_REMATCH[3],,}"
      reported["$dll"]=1
      log "note: ${BASH_REMATCH[3]}.dll ran no tests (none there, or none matched the filter)"
    fi
  done < <(grep -aE '!.*Failed:.*Passed:.*\.dll|^No test (is available|matches the given testcase filter)' "$test_log" || true)

  local missing=0 i
  for i in "${!names[@]}"; do
    if [[ -z "${reported[${names[$i],,}]:-}" ]]; then
      log "${names[$i]} (${projects[$i]}) reported no results (crashed, hung or did not run); counting 1 failure"
      missing=$((missing + 1))
    fi
  done

  # A test host that crashes or hits the hang timeout can still print "Passed!" for the
  # tests it finished. The trx files tell: such runs end with outcome "Failed"/"Aborted"
  # although no test failed. One trx is written per test project run.
  local trx outcome counters bad trx_count=0 aborted_named=0 aborted_anon=0
  for trx in "$results"/*.trx; do
    [[ -f "$trx" ]] || continue
    trx_count=$((trx_count + 1))
    outcome="$(grep -ao '<ResultSummary outcome="[^"]*"' "$trx" | head -n 1 | sed 's/.*outcome="//; s/"$//')"
    counters="$(grep -ao '<Counters [^>]*>' "$trx" | head -n 1)"
    bad=0
    for attr in failed error timeout aborted; do
      if [[ "$counters" =~ [[:space:]]$attr=\"([0-9]+)\" ]]; then
        bad=$((bad + BASH_REMATCH[1]))
      fi
    done
    case "$outcome" in
      Completed | Passed | Warning) continue ;;
    esac
    ((bad == 0)) || continue
    if grep -aq 'storage="' "$trx"; then
      # Has results, so its project printed a summary line; the abort is not counted yet.
      log "$(basename "$trx"): test run ended '$outcome' (test host crashed or hung) with no failed test; counting 1 failure"
      aborted_named=$((aborted_named + 1))
    else
      aborted_anon=$((aborted_anon + 1)) # no results at all: that is a project counted as missing
    fi
  done
  local unexplained=$((expected - trx_count))
  ((unexplained > missing)) && missing=$unexplained
  ((aborted_anon > missing)) && missing=$aborted_anon
  failed=$((failed + missing + aborted_named))

  if ((expected == 0)); then
    log "no test projects were found; counting 1 failure"
    failed=$((failed + 1))
  fi
  if ((rc != 0 && failed == 0)); then
    log "dotnet test exited with code $rc but reported no failed tests; counting 1 failure"
    failed=1
  fi
  log "test results (trx) and log: ${results#"$ROOT"/}/"

  print_summary "$passed" "$failed"
  if ((failed > 0 || rc != 0)); then
    return 1
  fi
  return 0
}

cmd_run() {
  local use_pg=0 args=()
  while (($#)); do
    case "$1" in
      --pg) use_pg=1 ;;
      --) args+=("$@"); break ;;
      *) args+=("$1") ;;
    esac
    shift
  done
  parse_common_args "${args[@]+"${args[@]}"}"
  local app_args=("${REST_ARGS[@]+"${REST_ARGS[@]}"}")
  if ((${#app_args[@]})) && [[ "${app_args[0]}" == "--" ]]; then
    app_args=("${app_args[@]:1}")
  fi

  if ((use_pg)); then
    maybe_start_throwaway_pg bpocloud "" || die "PostgreSQL is required for --pg"
    export Storage__Provider=Postgres
    export ConnectionStrings__Postgres="$TPG_CONNECTION_STRING"
    log "Storage__Provider=Postgres, ConnectionStrings__Postgres=$ConnectionStrings__Postgres"
    # Not exec: the EXIT trap must stop PostgreSQL when the server exits.
    run_child dotnet run --project "$SERVER_PROJECT" -c "$CONFIGURATION" -- "${app_args[@]+"${app_args[@]}"}"
  else
    exec dotnet run --project "$SERVER_PROJECT" -c "$CONFIGURATION" -- "${app_args[@]+"${app_args[@]}"}"
  fi
}

cmd_bench() {
  local provided="${BPOCLOUD_BENCH_PG:-${ConnectionStrings__Postgres:-}}"
  if [[ -z "${BPOCLOUD_BENCH_PG:-}" && -n "${ConnectionStrings__Postgres:-}" ]]; then
    export BPOCLOUD_BENCH_PG="$ConnectionStrings__Postgres"
  fi
  local pg_rc=0
  maybe_start_throwaway_pg bpocloud_bench "$provided" || pg_rc=$?
  case "$pg_rc" in
    0) export BPOCLOUD_BENCH_PG="$TPG_CONNECTION_STRING" ;;
    1) ;;
    *) die "PostgreSQL is required for the benchmarks (set BPOCLOUD_NO_PG=1 to skip it)" ;;
  esac
  # Not exec: the EXIT trap must stop PostgreSQL afterwards.
  run_child dotnet run -c Release --project "$BENCH_PROJECT" -- "$@"
}

cmd_pg_start() {
  local database="${1:-bpocloud_test}"
  if tpg_read_state "$PG_STATE_FILE" && [[ -d "$TPG_DIR" ]]; then
    log "already running on port $TPG_PORT (./build.sh pg-stop to stop it)"
  else
    TPG_DIR=""
    tpg_start "$database"
    tpg_write_state "$PG_STATE_FILE"
  fi
  printf "export BPOCLOUD_TEST_PG='%s'\n" "$TPG_CONNECTION_STRING"
  printf "export BPOCLOUD_BENCH_PG='%s'\n" "$TPG_CONNECTION_STRING"
  printf "export ConnectionStrings__Postgres='%s'\n" "$TPG_CONNECTION_STRING"
}

cmd_pg_stop() {
  if tpg_read_state "$PG_STATE_FILE"; then
    tpg_stop
  else
    log "no throw-away PostgreSQL recorded in ${PG_STATE_FILE#"$ROOT"/}"
  fi
  rm -f "$PG_STATE_FILE"
}

main() {
  local cmd="${1:-help}"
  (($#)) && shift
  case "$cmd" in
    build) cmd_build "$@" ;;
    test) cmd_test "$@" ;;
    run) cmd_run "$@" ;;
    bench) cmd_bench "$@" ;;
    pg-start) cmd_pg_start "$@" ;;
    pg-stop) cmd_pg_stop "$@" ;;
    help | -h | --help) usage ;;
    *) usage >&2; die "unknown command: $cmd" ;;
  esac
}

main "$@"
