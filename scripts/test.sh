#!/usr/bin/env bash
# The whole test suite: what the tests need, the build (unless out/ is current), the unit and
# integration tests, then the end-to-end test in a real VS Code (code-server driven by Chromium;
# it installs what it needs).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium renders the built report in the tests; CJK fonts make its screenshots legible.
# Asked without a pipe: `fc-list | grep -q` under pipefail fails with SIGPIPE when grep stops early.
has_cjk_font() { [ -n "$(fc-list ':lang=zh' family 2>/dev/null)" ]; }
if [ ! -x /usr/bin/chromium ] || ! has_cjk_font; then
  if [ "$(id -u)" = 0 ]; then
    echo "安装 chromium 与中文字体（测试用）…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "缺少 /usr/bin/chromium 或中文字体：请以 root 运行，或先安装 chromium fonts-noto-cjk。" >&2
  fi
fi

# LibreOffice opens the Word report in the tests (docx → PDF), poppler draws and reads that PDF.
if [ ! -x /usr/bin/soffice ] || [ ! -x /usr/bin/pdftoppm ] || [ ! -x /usr/bin/pdftotext ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "安装 LibreOffice Writer 与 poppler（测试用）…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils >/dev/null
  else
    echo "缺少 LibreOffice 或 poppler：请以 root 运行，或先安装 libreoffice-writer-nogui poppler-utils；Word 报告的测试将跳过。" >&2
  fi
fi

# built once per run: `npm ci` has built in `prepare`, and out/ carries a stamp of the inputs it
# was built from (scripts/build-stamp.mjs); the end-to-end test packages those same bundles
node scripts/build-stamp.mjs check || npm run build
npx vitest run
bash scripts/e2e.sh --skip-build
