"""The process pools that run the models (classify, ingest, backtest, the service)."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from concurrent.futures import Executor, ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _worker_start(parent: int) -> None:
    """A worker leaves Ctrl-C and SIGTERM to its command, and dies with it. A command killed (SIGKILL, a crash of the
    service on an article) left its workers for ever, each with the models in memory (about 170 MB), blocked on the pipe
    the command no longer wrote to: on Linux the kernel kills each when the command's process ends (the thread that made
    the pool: the service's and the commands' main thread), elsewhere they stay as before."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl in this libc: as elsewhere
            return
        if os.getppid() != parent:  # the command ended before the prctl: nobody left to tell us
            os._exit(1)


def model_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes that leave Ctrl-C and SIGTERM to the command (a terminal, or `timeout`, sends it to
    every process of the command; an idle worker died of it with a traceback): the command shuts the pool down as it
    stops. They die with the command (_worker_start)."""
    return ProcessPoolExecutor(workers, initializer=_worker_start, initargs=(os.getpid(),))


def stop_workers(pool: Executor) -> None:
    """A pool's workers killed, the pool given up without waiting: for a broken pool (one worker dead) or a command
    interrupted. shutdown(wait=True) sends them SIGTERM, which they ignore (above), and waited for them for ever:
    `diemnong run` and `diemnong classify` hung."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
