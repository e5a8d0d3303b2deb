"""Cyclic garbage is collected in the GUI thread only (actviz/gui_thread_gc.py): a worker thread
that allocates far past every threshold never runs a destructor, the GUI thread's timer does."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from actviz.gui_thread_gc import collect_garbage_in_gui_thread

CYCLES = 200


def test_cycles_are_collected_in_the_gui_thread_while_a_worker_allocates(qapp: QApplication, qtbot):
    collect_garbage_in_gui_thread(qapp)
    deleted_in: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self  # freed only by the cyclic collector

        def __del__(self) -> None:
            deleted_in.append(threading.current_thread().name)

    for _ in range(CYCLES):
        Cycle()

    kept: list[list[object]] = []

    def allocate() -> None:  # 100,000 tracked containers, kept: past every generation's threshold
        kept.extend([] for _ in range(100_000))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert deleted_in == [], "the worker's allocations collected the cycles"
    qtbot.waitUntil(lambda: len(deleted_in) == CYCLES, timeout=3000)  # the GUI thread's timer
    assert set(deleted_in) == {threading.main_thread().name}


def test_installing_twice_keeps_one_collector(qapp: QApplication):
    assert collect_garbage_in_gui_thread(qapp) is collect_garbage_in_gui_thread(qapp)
