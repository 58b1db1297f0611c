"""make test runs the process-starting tests in chains of their own (tests/conftest.py marks them
with an xdist group; ``--dist loadgroup`` sends a group to one worker). pytest 9.2 with
pytest-xdist 3.8 dropped the group silently (pytest-xdist issue #1386: the group rides on the node
id, which pytest 9.2 no longer lets a plugin rewrite), so every process test ran beside every other
on two cores; constraints.txt holds pytest below 9.2 until xdist mends it. This checks the group
still reaches the scheduler."""

from __future__ import annotations

import pytest


@pytest.mark.subprocess  # (starts nothing: it asks where the marker sends it)
def test_a_process_test_runs_in_its_chain(request: pytest.FixtureRequest) -> None:
    if getattr(request.config, "workerinput", None) is None or not request.config.getvalue("loadgroup"):
        return  # not under make test's xdist run: there is no chain to join
    assert request.node.nodeid.endswith("@processes"), request.node.nodeid
