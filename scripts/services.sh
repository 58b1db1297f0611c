#!/usr/bin/env bash
# Make sure what the test suite needs outside Python is here: PostgreSQL up on 127.0.0.1:5432 and
# libfaketime (for the any-date step). Installs/starts what is missing where we are allowed to.
set -uo pipefail

need_root() { [ "$(id -u)" = 0 ]; }
apt_install() {
  need_root || { echo "services: need root to install $*; install it by hand" >&2; return 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

if ! command -v faketime >/dev/null 2>&1; then
  echo "services: installing faketime"
  apt_install faketime || exit 1
fi

if [ ! -d /etc/postgresql ] && ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  # A machine without the server: install Debian's and let local TCP connections in as on ours.
  echo "services: installing PostgreSQL"
  if apt_install postgresql; then
    hba="$(ls /etc/postgresql/*/main/pg_hba.conf | head -1)"
    grep -q "legwork tests" "$hba" ||
      sed -i '1i host all all 127.0.0.1/32 trust  # legwork tests' "$hba"
  fi
fi

if command -v pg_isready >/dev/null 2>&1 || [ -d /etc/postgresql ]; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null 2>&1; then
      echo "services: starting PostgreSQL"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
      for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    fi
  fi
  pg_isready -q -h 127.0.0.1 -p 5432 && echo "services: PostgreSQL is up" ||
    echo "services: PostgreSQL is not reachable on 127.0.0.1:5432" >&2
else
  echo "services: PostgreSQL is not installed here" >&2
fi
exit 0
