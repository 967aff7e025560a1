"""The process pools that run the models (classify, ingest, backtest, the service)."""
from __future__ import annotations

import signal
from concurrent.futures import ProcessPoolExecutor


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def model_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes that leave Ctrl-C and SIGTERM to the command (a terminal, or `timeout`, sends it to
    every process of the command; an idle worker died of it with a traceback): the command shuts the pool down as it
    stops."""
    return ProcessPoolExecutor(workers, initializer=_ignore_interrupt)
