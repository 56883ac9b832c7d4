#!/usr/bin/env bash
# Make sure npm is present: the web page's front-end libraries (chart.js, cytoscape) are npm
# packages installed with `npm ci` into src/newsfacts/web/node_modules and served by the app.
# Does nothing when npm already works; otherwise installs Debian's nodejs and npm (as root,
# or through sudo).
set -euo pipefail
if command -v npm >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
        echo "ensure-node: npm is missing and we are not root; install it with: apt-get install -y nodejs npm" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-node: npm is missing and there is no apt-get: install Node.js 18+ with npm" >&2
    exit 1
fi
echo "ensure-node: installing nodejs and npm with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
command -v npm >/dev/null
