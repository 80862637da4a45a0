# shellcheck shell=bash
# Throw-away PostgreSQL 15 for tests and benchmarks.
#
# Source this file, then:
#   tpg_ensure_installed            install postgresql-15 via apt-get if initdb is missing
#   tpg_start [database]            initdb + start on 127.0.0.1, first free port from
#                                   $TPG_BASE_PORT (55432) upward; creates the database
#                                   (default bpocloud_test); sets TPG_DIR, TPG_PORT,
#                                   TPG_DATABASE, TPG_CONNECTION_STRING (Npgsql format)
#   tpg_stop                        fast shutdown + delete the temp dir; safe to call
#                                   any number of times (use it in an EXIT trap)
#   tpg_write_state FILE            save TPG_* to FILE (for ./build.sh pg-start)
#   tpg_read_state FILE             load TPG_* from FILE (for ./build.sh pg-stop)
#
# Everything lives in one mktemp dir (data, log, unix socket). Nothing is installed
# as a service and nothing outside that dir is touched, except the optional apt-get
# install. When run as root, initdb/pg_ctl run as the `postgres` OS user, because
# PostgreSQL refuses to run as root. Authentication is `trust`, loopback only.

TPG_BIN="${TPG_BIN:-/usr/lib/postgresql/15/bin}"
TPG_BASE_PORT="${TPG_BASE_PORT:-55432}"
TPG_MAX_PORT_TRIES="${TPG_MAX_PORT_TRIES:-50}"
TPG_DIR="${TPG_DIR:-}"
TPG_PORT="${TPG_PORT:-}"
TPG_DATABASE="${TPG_DATABASE:-}"
TPG_CONNECTION_STRING="${TPG_CONNECTION_STRING:-}"

_tpg_log() { printf '[throwaway-pg] %s\n' "$*" >&2; }

# Runs a command as the PostgreSQL OS user when we are root, else as ourselves.
_tpg_as_pg() {
  if [[ $(id -u) -ne 0 ]]; then
    (cd / && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && su postgres -s /bin/bash -c "$(printf '%q ' "$@")")
  fi
}

# Succeeds if something accepts TCP connections on 127.0.0.1:$1.
_tpg_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

tpg_ensure_installed() {
  if [[ -x "$TPG_BIN/initdb" && -x "$TPG_BIN/pg_ctl" ]]; then
    return 0
  fi
  _tpg_log "PostgreSQL 15 not found in $TPG_BIN; installing postgresql-15 with apt-get"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      _tpg_log "ERROR: not root and no password-less sudo; install postgresql-15 yourself"
      return 1
    fi
  fi
  # Do not let the package create and start the default 'main' cluster on 5432:
  # we only need the binaries.
  "${sudo[@]}" mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' |
    "${sudo[@]}" tee /etc/postgresql-common/createcluster.d/50-bpocloud-no-main-cluster.conf >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql-15 postgresql-client-15 </dev/null
  if [[ ! -x "$TPG_BIN/initdb" ]]; then
    _tpg_log "ERROR: $TPG_BIN/initdb still missing after apt-get install"
    return 1
  fi
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    _tpg_log "ERROR: OS user 'postgres' does not exist"
    return 1
  fi
}

tpg_start() {
  local database="${1:-bpocloud_test}"
  if [[ -n "$TPG_DIR" && -d "$TPG_DIR" ]]; then
    _tpg_log "already running in $TPG_DIR on port $TPG_PORT"
    return 0
  fi
  tpg_ensure_installed || return 1

  TPG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/bpocloud-pg.XXXXXX")" || return 1
  chmod 700 "$TPG_DIR"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres:postgres "$TPG_DIR" || { tpg_stop; return 1; }
  fi

  if ! _tpg_as_pg "$TPG_BIN/initdb" -D "$TPG_DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=trust --no-sync >"$TPG_DIR/initdb.log" 2>&1; then
    _tpg_log "ERROR: initdb failed:"
    cat "$TPG_DIR/initdb.log" >&2 || true
    tpg_stop
    return 1
  fi

  # Settings for a disposable test server: loopback only, socket in our dir, no durability.
  _tpg_as_pg sh -c "cat >> '$TPG_DIR/data/postgresql.conf'" <<EOF

# --- bpocloud throw-away settings ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$TPG_DIR'
max_connections = 300
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
EOF

  local port="$TPG_BASE_PORT" tries=0 started=0
  while (( tries < TPG_MAX_PORT_TRIES )); do
    if ! _tpg_port_in_use "$port"; then
      # pg_ctl -w waits until the server accepts connections; if another process grabbed
      # the port in the meantime, start fails and we move on to the next port.
      if _tpg_as_pg "$TPG_BIN/pg_ctl" -D "$TPG_DIR/data" -l "$TPG_DIR/postgres.log" \
          -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
        started=1
        break
      fi
      _tpg_log "could not start on port $port, trying the next one"
    fi
    port=$((port + 1))
    tries=$((tries + 1))
  done
  if (( ! started )); then
    _tpg_log "ERROR: could not start PostgreSQL (tried ports $TPG_BASE_PORT..$port); server log:"
    tail -n 30 "$TPG_DIR/postgres.log" >&2 2>/dev/null || true
    tpg_stop
    return 1
  fi
  TPG_PORT="$port"

  if ! "$TPG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$TPG_PORT" -U postgres -d postgres \
      -c "CREATE DATABASE \"$database\"" >/dev/null; then
    _tpg_log "ERROR: could not create database $database"
    tpg_stop
    return 1
  fi

  TPG_DATABASE="$database"
  TPG_CONNECTION_STRING="Host=127.0.0.1;Port=$TPG_PORT;Username=postgres;Database=$TPG_DATABASE;Pooling=true"
  export TPG_DIR TPG_PORT TPG_DATABASE TPG_CONNECTION_STRING
  _tpg_log "PostgreSQL 15 running on 127.0.0.1:$TPG_PORT (data in $TPG_DIR)"
}

tpg_stop() {
  local dir="${TPG_DIR:-}"
  TPG_DIR="" TPG_PORT="" TPG_DATABASE="" TPG_CONNECTION_STRING=""
  [[ -n "$dir" && -d "$dir" ]] || return 0
  # Only ever delete a directory we created.
  case "$dir" in
    */bpocloud-pg.*) ;;
    *) _tpg_log "refusing to remove unexpected directory $dir"; return 1 ;;
  esac
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    if ! _tpg_as_pg "$TPG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
      # Last resort: kill exactly the postmaster we started (first line of its pid file).
      local pid
      pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
      if [[ "$pid" =~ ^[0-9]+$ ]]; then
        _tpg_log "pg_ctl stop failed; sending SIGQUIT to postmaster $pid"
        kill -QUIT "$pid" 2>/dev/null || true
        sleep 1
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
    _tpg_log "PostgreSQL stopped"
  fi
  rm -rf -- "$dir"
}

tpg_write_state() {
  local file="$1"
  mkdir -p "$(dirname "$file")"
  {
    printf 'TPG_DIR=%s\n' "$TPG_DIR"
    printf 'TPG_PORT=%s\n' "$TPG_PORT"
    printf 'TPG_DATABASE=%s\n' "$TPG_DATABASE"
    printf 'TPG_CONNECTION_STRING=%s\n' "$TPG_CONNECTION_STRING"
  } >"$file"
}

tpg_read_state() {
  local file="$1" line key value
  [[ -f "$file" ]] || return 1
  # Plain KEY=value lines; parsed, never sourced, and only our four keys are accepted.
  while IFS= read -r line; do
    key="${line%%=*}"
    value="${line#*=}"
    case "$key" in
      TPG_DIR | TPG_PORT | TPG_DATABASE | TPG_CONNECTION_STRING)
        printf -v "$key" '%s' "$value" ;;
    esac
  done <"$file"
}
