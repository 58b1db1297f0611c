#!/usr/bin/env bash
# A/B of two checkouts on this machine, alternated (base, head, base, head ...), for issue #24's
# "within 10%" and #26's Telegram ratio. Each checkout needs its own .venv (a symlink to one is fine).
#   bash bench/ab.sh BASE_DIR HEAD_DIR [ROUNDS] > ab.txt
# Per side and round: bench_sessions.py --rounds 3, bench_reminders.py --n 20000, the c=8 line of
# bench_telegram.py --quick --latency-ms 0, and bench_discord.py --quick. Compare medians.
set -u
BASE=$1 HEAD=$2 ROUNDS=${3:-3}
for round in $(seq "$ROUNDS"); do
  for D in "$BASE" "$HEAD"; do
    cd "$D" || exit 1
    echo "=== round $round $D $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
    timeout 300 .venv/bin/python bench/bench_sessions.py --rounds 3 2>&1 | grep -E "new users|known users"
    timeout 300 .venv/bin/python bench/bench_reminders.py --n 20000 --apscheduler-jobs 2000 2>&1 \
      | grep -E "claims\+composes/s \(target"
    timeout 400 .venv/bin/python bench/bench_telegram.py --quick --latency-ms 0 2>&1 | grep -E "^ +8 "
    timeout 400 .venv/bin/python bench/bench_discord.py --quick 2>&1 | grep -E "^workout  / echo"
  done
done
