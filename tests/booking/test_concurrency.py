"""Several processes booking the same slot at once: exactly one wins, nothing overlaps (on
SQLite and on PostgreSQL)."""

import multiprocessing

import pytest
from sqlalchemy import Engine, text

from booking.audit import verify
from booking.store.db import read_session
from tests.helpers.backends import Backend
from tests.helpers.concurrency import run_series_worker, run_worker

PROCESSES = 6
ROUNDS = 40


@pytest.mark.slow
def test_racing_processes_never_double_book(backend: Backend, backend_engine: Engine) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    queue = context.Queue()
    workers = [context.Process(target=run_worker, args=(backend.target, w, ROUNDS, barrier, queue))
               for w in range(PROCESSES)]
    for process in workers:
        process.start()
    collected = dict(queue.get(timeout=600) for _ in workers)
    for process in workers:
        process.join(timeout=60)
    results = [collected[w] for w in range(PROCESSES)]
    errors = [o for outcomes in results for o in outcomes if o not in ("won", "conflict")]
    assert errors == []
    for round_no in range(ROUNDS):
        winners = [w for w in range(PROCESSES) if results[w][round_no] == "won"]
        assert len(winners) == 1, f"round {round_no}: winners {winners}"
    with read_session(backend_engine) as session:
        count = session.execute(text("SELECT count(*) FROM booking")).scalar()
        overlaps = session.execute(text(
            "SELECT count(*) FROM booking a JOIN booking b ON a.room_id = b.room_id "
            "AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at")).scalar()
        audit = session.execute(text(
            "SELECT count(*) FROM audit_entry WHERE action = 'booking.created'")).scalar()
    assert count == ROUNDS
    assert overlaps == 0
    assert audit == ROUNDS
    assert verify(backend_engine).ok


@pytest.mark.slow
def test_two_processes_creating_clashing_series_end_with_no_overlap(
        backend: Backend, backend_engine: Engine) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    queue = context.Queue()
    workers = [context.Process(target=run_series_worker, args=(backend.target, w, barrier, queue))
               for w in range(2)]
    for process in workers:
        process.start()
    outcomes = sorted(queue.get(timeout=600)[1][0] for _ in workers)
    for process in workers:
        process.join(timeout=60)
    assert outcomes == ["conflict", "won"]
    with read_session(backend_engine) as session:
        # Eight Tuesdays, less any holiday the series skipped; all from the winning series.
        assert 6 <= session.execute(text("SELECT count(*) FROM booking")).scalar() <= 8
        assert session.execute(text("SELECT count(DISTINCT series_id) FROM booking")).scalar() == 1
        assert session.execute(text("SELECT count(*) FROM series")).scalar() == 1
        assert session.execute(text(
            "SELECT count(*) FROM booking a JOIN booking b ON a.room_id = b.room_id "
            "AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at")).scalar() == 0
