"""Write the real answerer's replies to a question set, for a grader.

Run: .venv/bin/python bench/answer_set.py IN.tsv OUT.tsv

IN: a TSV with columns id, kind, question, prev (more columns are ignored). A non-empty ``prev`` is
asked first in the same chat, so ``question`` is answered as its follow-up. OUT: a TSV with columns
id, question, prev, reply (tabs and newlines in a reply written as the two characters \\t and \\n).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blindset import load, reply  # noqa: E402


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    rows = load(args.questions)
    with args.out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(
            f, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, escapechar=None, lineterminator="\n"
        )
        w.writerow(["id", "question", "prev", "reply"])
        for r in rows:
            w.writerow([_cell(r.id), _cell(r.question), _cell(r.prev), _cell(reply(r))])
    print(f"wrote {len(rows)} replies to {args.out}")


if __name__ == "__main__":
    main()
