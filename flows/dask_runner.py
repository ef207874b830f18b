"""Processing on Dask through prefect-dask: a local cluster by default, `dask.address` when set.

Task functions live in importable modules (flows.batch_tasks / flows.steps) and load spaCy lazily
in each worker, so nothing large is pickled into the tasks (PITFALLS.md). Prefect and Dask are
imported inside the functions: they take seconds, and `check_runner` refuses a bad runner name
before a run starts.
"""

from __future__ import annotations

from typing import Any

from pipeline.core.errors import ConfigError
from pipeline.core.settings_model import Settings

RUNNERS = ("default", "dask")


def prefect_api_url() -> str:
    """The API this process reports to; in embedded mode, the address of its temporary server.

    Without it every Dask worker process would start a temporary Prefect server of its own.
    """
    from prefect.settings import PREFECT_API_URL

    configured = PREFECT_API_URL.value()
    if configured:
        return str(configured)
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # a per-process singleton: the one the client uses
    server.start()
    return server.api_url


def dask_task_runner(config: Settings) -> Any:
    """A DaskTaskRunner for `config` (the [dask] section and the data folder)."""
    from prefect_dask.task_runners import DaskTaskRunner

    address = config.dask.address.strip()
    if address:
        return DaskTaskRunner(address=address)
    workers = config.dask.workers or 2
    if workers < 1:
        raise ConfigError(f"dask.workers must be at least 1, got {workers}")
    scratch = config.data_dir / "state" / "dask"
    scratch.mkdir(parents=True, exist_ok=True)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": ":0",
            "local_directory": str(scratch),
            # one BLAS/OpenMP thread per worker; report to this process's Prefect API, not a new one
            "env": {"OMP_NUM_THREADS": "1", "PREFECT_API_URL": prefect_api_url()},
        },
    )


def check_runner(name: str | None, config: Settings) -> str:
    chosen = name or config.flows.runner or "default"
    if chosen not in RUNNERS:
        raise ConfigError(f"task runner {chosen!r}: expected one of {', '.join(RUNNERS)}")
    return chosen


def task_runner_for(name: str | None, config: Settings) -> Any | None:
    """The task runner for processing, or None for the flow's default (threads)."""
    return dask_task_runner(config) if check_runner(name, config) == "dask" else None
