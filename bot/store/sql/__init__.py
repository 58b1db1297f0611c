"""Queries written once for both stores: a small dialect layer and one module per area.

An area module holds a mixin whose methods speak only through ``self.sql_tx()`` /
``self.sql_read()`` (a :class:`~bot.store.sql.dialect.Conn`) with named parameters (``:name``);
both ``bot.store.sqlite.Store`` and ``bot.store.postgres.PostgresStore`` inherit it. The dialect
turns ``:name`` into ``?`` or ``$n`` and converts dates, times and booleans both ways.
"""
