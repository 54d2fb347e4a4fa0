#!/usr/bin/env bash
# End-to-end test in a real VS Code (see test/e2e/vscode.e2e.mjs for the checks):
#   1. scripts/e2e-setup.sh: chromium, fonts, Node 24 and code-server (cached in $E2E_HOME,
#      by default ~/.cache/juesuan-e2e);
#   2. a fresh user-data and extensions folder of this run's own under $E2E_HOME;
#   3. npm run build (unless out/ is current, or --skip-build), then vsce package, installed with --install-extension;
#   4. a workspace: a copy of examples/ plus broken.juesuan (a total changed so that checks fail);
#   5. code-server on 127.0.0.1 and a free port, without authentication;
#   6. the Playwright test; its screenshots, the browser console and VS Code's logs go to
#      test-results/e2e/ (E2E_RESULTS);
#   7. code-server's process group is killed at the end, also on failure.
# Options: --skip-build packages the bundles already in out/ without checking them; E2E_DOCS_SCREENSHOT=1 copies the overview
# screenshot to docs/images/vscode.png.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export E2E_HOME="${E2E_HOME:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/juesuan-e2e}"
RESULTS="${E2E_RESULTS:-$ROOT/test-results/e2e}"
SKIP_BUILD=0
for arg in "$@"; do
  case "$arg" in
    --skip-build) SKIP_BUILD=1 ;;
    *) echo "未知参数：$arg（可用：--skip-build）" >&2; exit 2 ;;
  esac
done

say() { printf '[e2e] %s\n' "$*"; }
T0=$(date +%s)

# 1. what the test needs; its output goes straight to the terminal, so a failed install shows why
SETUP_ENV="$(mktemp "${TMPDIR:-/tmp}/juesuan-e2e-env.XXXXXX")"
if ! bash scripts/e2e-setup.sh "$SETUP_ENV"; then
  rm -f "$SETUP_ENV"
  echo "[e2e] 安装测试所需的软件失败（见上面的输出）。" >&2
  exit 1
fi
E2E_NODE="$(sed -n 's/^E2E_NODE=//p' "$SETUP_ENV")"
E2E_CODE_SERVER="$(sed -n 's/^E2E_CODE_SERVER=//p' "$SETUP_ENV")"
rm -f "$SETUP_ENV"
[ -x "$E2E_NODE" ] && [ -f "$E2E_CODE_SERVER" ] || { echo "[e2e] 安装不完整：E2E_NODE=$E2E_NODE E2E_CODE_SERVER=$E2E_CODE_SERVER" >&2; exit 1; }

# 2. a fresh VS Code profile of this run's own (runs in other clones may share E2E_HOME)
RUN="$(mktemp -d "$E2E_HOME/run.XXXXXX")"
mkdir -p "$RUN/user/User" "$RUN/ext"

# 3. build (unless out/ is current for the sources: scripts/build-stamp.mjs) and package, as a user
#    gets it; --skip-build: the caller has just built or checked
VSIX="$RUN/juesuan.vsix"
if [ "$SKIP_BUILD" = 0 ] && ! node scripts/build-stamp.mjs check; then
  say "构建"
  npm run build
fi
say "打包 .vsix"
# as `npm run package` makes it: the user README, no repository
npm run --silent package -- -o "$VSIX"

cat > "$RUN/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.tips.enabled": false,
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "git.enabled": false,
  "security.workspace.trust.enabled": false,
  // as desktop VS Code: in a browser it saves after each pause, which would run the save-time checks on every edit
  "files.autoSave": "off"
}
JSON
CS_ARGS=(--user-data-dir "$RUN/user" --extensions-dir "$RUN/ext" --config "$E2E_HOME/cs.yaml"
         --disable-telemetry --disable-update-check --disable-workspace-trust)
say "安装 $VSIX"
"$E2E_NODE" "$E2E_CODE_SERVER" "${CS_ARGS[@]}" --install-extension "$VSIX"

CS_PID=""
TEST_PID=""
WS=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  [ -n "$TEST_PID" ] && kill -TERM -- "-$TEST_PID" 2>/dev/null || true
  if [ -n "$CS_PID" ] && kill -0 "$CS_PID" 2>/dev/null; then
    say "停止 code-server（进程组 $CS_PID）"
    kill -TERM -- "-$CS_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$CS_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$CS_PID" 2>/dev/null || true
  fi
  [ -n "$TEST_PID" ] && kill -KILL -- "-$TEST_PID" 2>/dev/null || true
  # VS Code's own logs (extension host, remote agent) beside the screenshots
  if [ -d "$RUN/user/logs" ]; then cp -R "$RUN/user/logs" "$RESULTS/vscode-logs" 2>/dev/null || true; fi
  [ -n "$WS" ] && rm -rf "$WS"
  rm -rf "$RUN"
  say "截图与日志在 ${RESULTS#$ROOT/}/；用时 $(( $(date +%s) - T0 )) 秒"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 4. the workspace
WS="$(mktemp -d "${TMPDIR:-/tmp}/juesuan-e2e-ws.XXXXXX")"
cp -R examples/. "$WS/"
# the broken copy: 附表1's 本年收入合计 no longer equals the sum of its parts, nor 总计
sed 's/本年收入合计 3569\.58$/本年收入合计 3596.58/' examples/leshan-2020.juesuan > "$WS/broken.juesuan"
if ! grep -q '本年收入合计 3596\.58$' "$WS/broken.juesuan"; then
  echo "[e2e] 没能做出改坏的副本：examples/leshan-2020.juesuan 中没有“本年收入合计 3569.58”一行" >&2
  exit 1
fi
say "工作区 $WS：$(cd "$WS" && ls | tr '\n' ' ')"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# 5. code-server, in a process group of its own
PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
setsid "$E2E_NODE" "$E2E_CODE_SERVER" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
  > "$RESULTS/code-server.log" 2>&1 < /dev/null &
CS_PID=$!


URL="http://127.0.0.1:$PORT"
say "code-server 启动于 $URL（pid $CS_PID）"
node -e "
const deadline = Date.now() + 60000;
(async () => {
  for (;;) {
    try { const r = await fetch('$URL/healthz'); if (r.ok) return; } catch {}
    if (Date.now() > deadline) { console.error('[e2e] code-server 60 秒内没有应答 /healthz'); process.exit(1); }
    await new Promise(r => setTimeout(r, 250));
  }
})();"

# 6. the test, also in a process group of its own so that nothing of it outlives this script
set +e
E2E_URL="$URL" E2E_WORKSPACE="$WS" E2E_USER_DATA="$RUN/user" E2E_RESULTS="$RESULTS" \
  setsid node test/e2e/vscode.e2e.mjs < /dev/null &
TEST_PID=$!
wait "$TEST_PID"
status=$?
TEST_PID=""
set -e

if [ "${E2E_DOCS_SCREENSHOT:-0}" = 1 ] && [ -f "$RESULTS/overview.png" ]; then
  mkdir -p docs/images
  cp "$RESULTS/overview.png" docs/images/vscode.png
  say "已更新 docs/images/vscode.png"
fi
exit "$status"
