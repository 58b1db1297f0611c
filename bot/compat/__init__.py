"""The one place that touches libraries' private insides (or patches their classes).

Each module here wraps one such use in a small named function, says which library version it
was checked against (``CHECKED``, a version specifier), and has a test in tests/test_compat.py
that fails when the installed version leaves that range or the internal is gone or behaves
differently. Upgrading a library means re-checking its shim and moving ``CHECKED``.

Nothing here is imported by this package's ``__init__``: each module loads only its own
library, so the console never loads Telegram's or Discord's.
"""
