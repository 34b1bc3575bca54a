"""Coding on a Dask cluster when one process is not enough (#7).

Inputs are cut into chunks (eight articles by default: small enough that the workers finish
their last chunks at about the same time); each chunk is coded on a worker, which builds the
pipeline once (the first chunk it gets) and keeps it; coded articles come back in input order
and are written to the store by the calling process, so the database sees exactly what a
single-process run would write. ``--workers N`` starts a LocalCluster of N single-threaded
processes;
``--scheduler ADDRESS`` uses a running cluster (whose workers need eventwire installed).
For runs too large to gather in one process, :meth:`DaskCoder.write_partitions` has each worker
write its chunk's events as a Parquet partition and send back only a summary
(``eventwire code --format parquet``).

At most two chunks per worker are in flight, so memory stays bounded on long inputs.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import PipelineConfig
from .models import Article, CodedArticle, Failure
from .store.partitions import partition_path, write_partition
from .store.records import chunked

if TYPE_CHECKING:
    from distributed import Client

    from .api import Pipeline


# How the LocalCluster is configured (its workers get this configuration from their nannies).
# Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_=65536, so that memory goes back to
# the system sooner; the parser allocates and frees large arrays on every batch, and with it a
# worker coded about a quarter slower. The rest quiets the event loops, which wake up to check
# themselves every 20 ms, sample system load every 500 ms and worker memory every 100 ms: with
# two workers idle that was 0.11 of the machine's two cores (0.02 with these settings), and each
# wake-up in a worker takes the GIL from the coding thread. The statistical profiler samples the
# coding thread every 10 ms for the dashboard, which is off here.
_QUIET_CLUSTER = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@functools.lru_cache(maxsize=2)
def _worker_pipeline(config: PipelineConfig) -> Pipeline:
    from .api import load_pipeline

    return load_pipeline(config)


def code_chunk(config: PipelineConfig, articles: list[Article]) -> list[CodedArticle | Failure]:
    """Run on a worker: code ``articles`` with the worker's own pipeline."""
    return list(_worker_pipeline(config).code_many_reporting(articles))


class DaskCoder:
    """Codes articles on a Dask cluster; call it like ``Pipeline.code_many_reporting``."""

    def __init__(
        self,
        config: PipelineConfig,
        workers: int | None = None,
        scheduler: str | None = None,
        chunk_size: int = 8,
    ) -> None:
        import dask
        from distributed import Client, LocalCluster

        self.config = config
        self.chunk_size = chunk_size
        self._cluster: Any = None
        if scheduler:
            self.client: Client = Client(scheduler)
        else:
            with dask.config.set(_QUIET_CLUSTER):
                self._cluster = LocalCluster(
                    n_workers=workers or 2,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.CRITICAL,  # shutdown chatter is not the user's problem
                )
            self.client = Client(self._cluster)
        self.workers = len(self.client.scheduler_info()["workers"])

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskCoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __call__(self, articles: Iterable[Article]) -> Iterator[CodedArticle | Failure]:
        chunks = ((chunk,) for chunk in chunked(articles, self.chunk_size))
        for coded in self._submitted(code_chunk, chunks):
            yield from coded

    def write_partitions(
        self, articles: Iterable[Article], folder: Path, size: int = 256
    ) -> Iterator[Partition]:
        """Code ``articles`` in chunks of ``size``; each worker writes its chunk's events to
        ``folder`` as a Parquet partition (see :mod:`eventwire.store.partitions`) and only a
        summary comes back. Summaries are yielded in input order. On a cluster of several
        machines ``folder`` must be storage that every worker reaches at the same path."""
        folder = Path(folder).resolve()  # the workers' working directory may differ
        folder.mkdir(parents=True, exist_ok=True)
        chunks = (
            (chunk, partition_path(folder, number))
            for number, chunk in enumerate(chunked(articles, size), start=1)
        )
        yield from self._submitted(code_chunk_to_partition, chunks)

    def _submitted(self, task: Any, calls: Iterable[tuple[Any, ...]]) -> Iterator[Any]:
        """Run ``task(config, *args)`` for each ``args`` of ``calls``, at most two per worker
        in flight; results in the calls' order."""
        in_flight: deque[Any] = deque()
        limit = 2 * max(self.workers, 1)
        for args in calls:
            in_flight.append(self.client.submit(task, self.config, *args, pure=False))
            while len(in_flight) >= limit:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


@dataclasses.dataclass(frozen=True)
class Partition:
    """What a worker reports for one partition it wrote."""

    path: Path
    articles: int  # coded
    events: int
    failures: tuple[Failure, ...]


def code_chunk_to_partition(
    config: PipelineConfig, articles: list[Article], path: Path
) -> Partition:
    """Run on a worker: code ``articles`` and write their events to ``path``."""
    results = list(_worker_pipeline(config).code_many_reporting(articles))
    coded = [(a, r) for a, r in zip(articles, results, strict=True) if isinstance(r, CodedArticle)]
    events = write_partition(coded, path)
    failures = tuple(r for r in results if isinstance(r, Failure))
    return Partition(path, len(coded), events, failures)


def config_for_workers(config: PipelineConfig) -> PipelineConfig:
    """The configuration as workers see it (paths made absolute: they may run elsewhere)."""
    actors, petrarch = config.actor_dir, config.petrarch_dictionaries
    return dataclasses.replace(
        config,
        actor_dir=Path(actors).resolve() if actors is not None else None,
        petrarch_dictionaries=Path(petrarch).resolve() if petrarch is not None else None,
    )
