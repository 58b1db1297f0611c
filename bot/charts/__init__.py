"""Chart rendering for the runtime: matplotlib drawing (draw.py, loaded only in worker processes)
and the worker pool that implements handlers.charts.ChartRenderer (pool.py)."""
