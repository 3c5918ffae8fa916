#!/usr/bin/env bash
# A throwaway WordPress (Debian's 6.1) for the host tests, on loopback only:
# MariaDB on a Unix socket (no TCP port), PHP's built-in server for WordPress
# at http://localhost:$WP_PORT, and the widget host (dist/, served as
# `make demo` serves it) at http://127.0.0.1:8080/, the address dist/ is built
# for: two origins, as on a real blog.
#
#   wordpress.sh install          installs the Debian packages that are missing
#   wordpress.sh up DIR           starts everything in DIR (new or empty), writes DIR/env
#   wordpress.sh down DIR         stops what `up DIR` started, by process id, and removes DIR
#   wordpress.sh run CMD [ARG…]   install, up in a temp dir, CMD with DIR/env exported, down
#
# DIR/env (KEY=value lines, for `set -a; . DIR/env`) names the addresses, the
# users and their application passwords (throwaway). Settings, from the
# environment: WP_PORT (8881), WIDGET_DIST (dist), WIDGET_PORT (8080; dist/'s
# addresses name it). If dist/wordpress/role-compare.zip exists, the plugin in
# it is installed and activated.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WP_PORT=${WP_PORT:-8881}
WIDGET_PORT=${WIDGET_PORT:-8080}
WIDGET_DIST=${WIDGET_DIST:-$ROOT/dist}
PLUGIN_ZIP=${PLUGIN_ZIP:-$ROOT/dist/wordpress/role-compare.zip}
WORDPRESS=/usr/share/wordpress
# Debian's wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php; this
# one only forwards to DIR/wp-config.php (router.php and the PHP scripts set both).
CONFIG_NAME=role-compare-tests
SHIM=/etc/wordpress/config-$CONFIG_NAME.php
DIR=""
PACKAGES="wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-curl php-xml php-mbstring mariadb-server mariadb-client chromium"

say() { printf '[wordpress] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install() {
  local missing=""
  for package in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
  done
  [ -z "$missing" ] && return
  say "installing Debian's$missing (about a minute)"
  # No service may start from the install (apache2 comes with wordpress): a
  # policy-rc.d that refuses them, only for the install and only if there is none.
  local policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null && as_root chmod 755 "$policy"
  fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  [ -z "$policy" ] || as_root rm -f "$policy"
}

# Fails if something listens on 127.0.0.1:$1 already.
port_free() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    say "127.0.0.1:$1 is taken ($2); stop what uses it or set another port"
    return 1
  fi
}

# Waits up to 20 s for `test $@` (a socket or a URL) to be ready.
wait_for() {
  for _ in $(seq 200); do
    case "$1" in
      http*) curl -fsS -o /dev/null "$1" 2>/dev/null && return ;;
      *) [ -S "$1" ] && return ;;
    esac
    sleep 0.1
  done
  say "$1 did not come up"
  return 1
}

# Starts "$@" in its own process group and records its id in DIR/pids.
start() {
  local log=$1; shift
  setsid "$@" >"$log" 2>&1 </dev/null &
  echo $! >>"$DIR/pids"
}

up() {
  DIR=$1
  mkdir -p "$DIR"
  DIR="$(cd "$DIR" && pwd)"
  [ -z "$(ls -A "$DIR")" ] || { say "$DIR is not empty"; return 1; }
  [ -f "$WIDGET_DIST/role-compare.js" ] || { say "no $WIDGET_DIST/role-compare.js: run make build first"; return 1; }
  port_free "$WP_PORT" "WP_PORT" && port_free "$WIDGET_PORT" "the widget host; is make demo running?"
  chmod 755 "$DIR"
  touch "$DIR/pids"

  # MariaDB: its own data directory and socket, no network at all.
  local db_user=() client=(mariadb --no-defaults -S "$DIR/mysql/mysqld.sock" -u "$(id -un)")
  mkdir -p "$DIR/mysql"
  if [ "$(id -u)" -eq 0 ]; then db_user=(--user=mysql); chown mysql: "$DIR/mysql"; fi
  mariadb-install-db --no-defaults --datadir="$DIR/mysql/data" "${db_user[@]}" \
    --auth-root-authentication-method=socket --skip-test-db >"$DIR/mariadb-install.log" 2>&1
  start "$DIR/mariadb.log" /usr/sbin/mariadbd --no-defaults "${db_user[@]}" --datadir="$DIR/mysql/data" \
    --socket="$DIR/mysql/mysqld.sock" --pid-file="$DIR/mysql/mysqld.pid" --skip-networking --skip-log-bin
  wait_for "$DIR/mysql/mysqld.sock"
  "${client[@]}" -e "CREATE DATABASE wordpress; CREATE USER wordpress@localhost IDENTIFIED BY 'throwaway-db-password';
    GRANT ALL ON wordpress.* TO wordpress@localhost;"

  # WordPress's settings and its content directory (Debian's theme, our must-use plugins).
  local url="http://localhost:$WP_PORT" widget="http://127.0.0.1:$WIDGET_PORT/"
  mkdir -p "$DIR/wp-content/"{themes,plugins,mu-plugins,uploads}
  ln -s "$WORDPRESS/wp-content/themes/twentytwentythree" "$DIR/wp-content/themes/"
  cp "$HERE"/mu-plugins/*.php "$DIR/wp-content/mu-plugins/"
  if [ -f "$PLUGIN_ZIP" ]; then
    say "installing the plugin in $PLUGIN_ZIP"
    (cd "$DIR/wp-content/plugins" && python3 -m zipfile -e "$PLUGIN_ZIP" .)
  fi
  local key; key=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
  cat >"$DIR/wp-config.php" <<PHP
<?php
// The test WordPress's settings (tests/hosts/wordpress.sh up).
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'throwaway-db-password');
define('DB_HOST', 'localhost:$DIR/mysql/mysqld.sock');
define('WP_HOME', '$url');
define('WP_SITEURL', '$url');
define('WP_CONTENT_DIR', '$DIR/wp-content');
define('WP_CONTENT_URL', '$url/wp-content');
// Application passwords need https or a local environment.
define('WP_ENVIRONMENT_TYPE', 'local');
// No request leaves the machine; the widget host is the one other host allowed.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$name) {
    define(\$name, '$key' . \$name);
}
// Where the widget is hosted (mu-plugins/role-compare-tests.php reads it).
define('ROLE_COMPARE_WIDGET_URL', '$widget');
\$table_prefix = 'wp_';
PHP
  local shim="<?php // tests/hosts/wordpress.sh: the settings of the test WordPress whose folder the environment names.
require getenv('ROLE_COMPARE_WP_DIR') . '/wp-config.php';"
  [ "$(cat "$SHIM" 2>/dev/null)" = "$shim" ] || printf '%s\n' "$shim" | as_root tee "$SHIM" >/dev/null
  export ROLE_COMPARE_WP_DIR="$DIR"

  # The servers: WordPress (4 workers: a page and its files at once) and the widget host.
  start "$DIR/php.log" env PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$WP_PORT" -t "$WORDPRESS" "$HERE/router.php"
  start "$DIR/widget.log" python3 "$ROOT/scripts/serve.py" "$WIDGET_PORT" --bind 127.0.0.1 --directory "$WIDGET_DIST"
  wait_for "${widget}role-compare.js"

  # wp_install, the users, their application passwords, the plugin (if any).
  {
    echo "ROLE_COMPARE_WP_DIR=$DIR"
    echo "WP_URL=$url"
    echo "WIDGET_URL=$widget"
    php "$HERE/install.php" "$url"
  } >"$DIR/env"
  wait_for "$url/wp-json/"
  say "WordPress at $url, the widget at $widget ($DIR)"
}

down() {
  DIR=$1
  [ -f "$DIR/pids" ] || return 0
  # Each server leads its own process group (setsid): stop the group, by its id.
  local pid
  while read -r pid; do kill -TERM -- "-$pid" 2>/dev/null || true; done <"$DIR/pids"
  for _ in $(seq 50); do
    local alive=""
    while read -r pid; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done <"$DIR/pids"
    [ -z "$alive" ] && break
    sleep 0.1
  done
  while read -r pid; do kill -KILL -- "-$pid" 2>/dev/null || true; done <"$DIR/pids"
  rm -rf "$DIR"
}

case "${1:-}" in
  install) install ;;
  up)
    install
    # A failed start stops what it had started.
    trap '[ $? -eq 0 ] || down "$DIR"' EXIT
    up "${2:?wordpress.sh up DIR}"
    ;;
  down) down "${2:?wordpress.sh down DIR}" ;;
  run)
    shift
    install
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/role-compare-wp.XXXXXX")
    trap 'down "$DIR"' EXIT
    trap 'exit 130' INT TERM
    up "$DIR"
    set -a; . "$DIR/env"; set +a
    "$@"
    ;;
  *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
