"""Give the C allocator's freed pages back to the operating system, once, after a big build.

Building the answerer parses the embedding model's tokenizer (a 1.8 MB JSON file) in Rust and
indexes every topic: several MB are allocated and freed, and glibc keeps the freed pages mapped
(more so in the worker thread the first question is answered in, which gets its own arena). One
``malloc_trim(0)`` afterwards returns them: ~3–5 MB of the bot's RSS (docs/benchmarks.md, issue 25).
It changes no value anywhere; on a C library without ``malloc_trim`` it does nothing.
"""

from __future__ import annotations

import ctypes


def give_back() -> None:
    """Return freed heap pages to the OS where the C library can (glibc's ``malloc_trim``)."""
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own symbols: libc is among them
    except (OSError, AttributeError):
        return
    trim(0)
