#!/usr/bin/env bash
# System packages the test suite uses when present: Debian's chromium + chromium-driver for the
# browser test of `pantau ui` (tests/pantau/test_browser.py), and redis-server for the crawl
# scale-out test (tests/crawlers/test_redis_scale.py). CI runs this before `make test`.
# Idempotent and quick when everything is installed; never fails the build by itself — when it
# cannot install, the browser test reports the missing Chromium (and fails under CI=true) and
# the scale-out test skips naming the missing redis-server.
set -uo pipefail

PACKAGES=(chromium chromium-driver redis-server)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for package in "${PACKAGES[@]}"; do
  installed "$package" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ci-system-deps: no apt-get here; install ${missing[*]} yourself for the browser and scale-out tests" >&2
  exit 0
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    echo "ci-system-deps: not root; run 'sudo bash $0' to install ${missing[*]}" >&2
    exit 0
  fi
fi

echo "ci-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${SUDO[@]}" apt-get update -qq; then
  echo "ci-system-deps: apt-get update failed; trying the install with the lists at hand" >&2
fi
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
  echo "ci-system-deps: could not install ${missing[*]}; the tests that need them will report it" >&2
fi
exit 0
