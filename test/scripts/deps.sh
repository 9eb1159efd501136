#!/usr/bin/env bash
# Install the Debian packages ttg needs, only those missing. Sourced by the
# README's two commands; must work on a fresh Debian 12 machine as root.
# (sourced: the caller sets its own shell options)

# clang-14 and llvm-14 build the bitcode PostgreSQL's JIT inlines (PGXS's with_llvm).
TTG_PACKAGES=(make gcc libc6-dev clang-14 llvm-14 postgresql-15 postgresql-server-dev-15 postgresql-common
              libcsv-dev libcmocka-dev valgrind libpq-dev sqlsmith
              debhelper dpkg-dev postgresql-server-dev-all postgresql-15-pgrouting osm2pgrouting
              ${TTG_EXTRA_PACKAGES:-})
# (debhelper, dpkg-dev and postgresql-server-dev-all build the Debian package: debian/;
#  libpq-dev builds the randomised driver, test/random; sqlsmith fuzzes queries in check.sh;
#  pgRouting and osm2pgrouting: the road-times test and the README's road network; the
#  test skips where pgRouting is absent.)

ttg_install_deps() {
  local missing=()
  for p in "${TTG_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "ttg: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# The dashboard page (dashboard/): Chromium renders it headless, Node.js and npm
# build it. Node.js >= 18 is kept when present (Debian 12's nodejs and npm are
# installed only where there is no node command at all).
TTG_DASHBOARD_PACKAGES=(chromium fonts-dejavu-core)

ttg_install_dashboard_deps() {
  local missing=()
  for p in "${TTG_DASHBOARD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "ttg: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# Build and install the extension. PG_CFLAGS carries CI's warnings-as-errors.
ttg_build_install() {
  make -s clean >/dev/null
  make -s PG_CFLAGS="${PG_CFLAGS:--Wall -Wextra -Werror}"
  make -s install >/dev/null
}
