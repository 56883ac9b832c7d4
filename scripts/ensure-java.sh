#!/usr/bin/env bash
# Make sure a Java runtime (17 or newer) is present for pyspark's local mode.
# Does nothing when `java` (or $JAVA_HOME/bin/java) already works; otherwise installs
# Debian/Ubuntu's default headless JRE with apt-get (as root, or through sudo).
#   scripts/ensure-java.sh          # install if missing
#   scripts/ensure-java.sh --check  # only report; exit 1 when missing or too old
set -euo pipefail

MIN=17

java_bin() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return 0; fi
    command -v java 2>/dev/null
}

java_major() {  # "17.0.15" -> 17, "1.8.0_392" -> 8
    local v
    v=$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
    v=${v#1.}
    echo "${v%%.*}"
}

have_java() {
    local bin major
    bin=$(java_bin) || return 1
    major=$(java_major "$bin") || return 1
    [ -n "$major" ] && [ "$major" -ge "$MIN" ] 2>/dev/null
}

if have_java; then
    echo "ensure-java: $("$(java_bin)" -version 2>&1 | head -n1)"
    exit 0
fi
if [ "${1:-}" = "--check" ]; then
    echo "ensure-java: no Java $MIN+ runtime found (PATH or JAVA_HOME)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-java: no Java $MIN+ runtime and no apt-get: install a JRE $MIN+ (e.g. Eclipse Temurin) and set JAVA_HOME" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "ensure-java: installing Java needs root: run 'apt-get install -y default-jre-headless' as root" >&2
        exit 1
    fi
fi
echo "ensure-java: installing default-jre-headless with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
if ! have_java; then
    echo "ensure-java: default-jre-headless is older than Java $MIN here: install openjdk-$MIN-jre-headless (or newer)" >&2
    exit 1
fi
echo "ensure-java: $("$(java_bin)" -version 2>&1 | head -n1)"
