"""A chart renderer for handler and adapter tests: records what it was asked to draw.

The real renderer (bot/charts/pool.py) draws in worker processes; tests/test_charts.py covers it.
"""

from __future__ import annotations

from handlers.charts import Chart

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class RecordingCharts:
    def __init__(self) -> None:
        self.drawn: list[Chart] = []

    async def render(self, chart: Chart) -> bytes:
        self.drawn.append(chart)
        return PNG_SIGNATURE + repr(chart).encode()
