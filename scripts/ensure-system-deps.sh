#!/usr/bin/env bash
# Installs the Debian packages the tests need, if missing: pdftotext (poppler-utils) reads back the
# PDFs we print; DejaVu lets those PDFs carry names such as Nguyễn (the PDF base fonts cannot);
# the e2e suite drives Debian's Chromium (never a downloaded browser build); PostgreSQL for the
# postgres test project.
# As root it installs them; otherwise it stops with the one command to run.
set -euo pipefail
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || need+=(fonts-dejavu-core)
[ -x /usr/bin/chromium ] || need+=(chromium)
# The postgres test project needs a PostgreSQL: AFTERVIEW_TEST_PG, one on 127.0.0.1:5432, or
# Debian's server binaries to start a private cluster (src/store/test/pg-server.ts).
if [ -z "${AFTERVIEW_TEST_PG:-}" ] && ! command -v pg_ctl >/dev/null 2>&1 &&
  ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 &&
  ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  need+=(postgresql)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "error: tests need Debian packages: run 'sudo apt-get update && sudo apt-get install -y ${need[*]}'" >&2
  exit 1
fi
echo "Installing Debian packages for the tests: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
