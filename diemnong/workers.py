"""The process pools that run the models (classify, ingest, backtest, the service)."""
from __future__ import annotations

import signal
from concurrent.futures import Executor, ProcessPoolExecutor


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def model_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes that leave Ctrl-C and SIGTERM to the command (a terminal, or `timeout`, sends it to
    every process of the command; an idle worker died of it with a traceback): the command shuts the pool down as it
    stops."""
    return ProcessPoolExecutor(workers, initializer=_ignore_interrupt)


def stop_workers(pool: Executor) -> None:
    """A pool's workers killed, the pool given up without waiting: for a broken pool (one worker dead) or a command
    interrupted. shutdown(wait=True) sends them SIGTERM, which they ignore (above), and waited for them for ever:
    `diemnong run` and `diemnong classify` hung."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
