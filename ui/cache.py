"""Work done once per server process and view, not once per session: a room of fifty on one link
builds each figure, table and label list once.

`memo(name, key, build)` returns what `build()` returns for (`name`, `key`), building it at most once
per process while it stays among the last `SIZE` views; other sessions asking for the same key
meanwhile wait for that one build. The key must name everything the result depends on: the Filters
value (a frozen, hashable dataclass, language included), the page's own parameters; the data
directory is added here. What it returns is shared by every session: never mutate it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from .loading import data_dir

T = TypeVar("T")
SIZE = 512  # views kept per process (a Map view with its figure is ~10-150 kB)


class Memo:
    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            lock = self._building.setdefault(key, threading.Lock())
        with lock:  # one build per key; the others wait for it
            with self._lock:
                if key in self._data:
                    return self._data[key]
            value = build()
            with self._lock:
                self._data[key] = value
                self._building.pop(key, None)
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
        return value

    def clear(self, keep: tuple[str, ...] = ()) -> None:
        """Forget every entry but those whose name is in `keep`."""
        with self._lock:
            for k in [k for k in self._data if not (isinstance(k, tuple) and len(k) == 3 and k[1] in keep)]:
                del self._data[k]

    def __len__(self) -> int:
        return len(self._data)


@st.cache_resource(show_spinner=False)
def _memo() -> Memo:
    return Memo()


def freeze(value: T) -> T:
    """`value` with every Plotly figure in it (itself, or inside tuples, lists and dicts) frozen: its
    dict form built now, once. st.plotly_chart calls `fig.to_dict()` on every run, a deep copy that
    re-encodes every array (py-spy: a tenth of a served Map run); a shared figure, never changed
    again, can answer with the dict it had when it was built."""
    if isinstance(value, go.Figure):
        frozen = value.to_dict()
        value.to_dict = lambda: frozen  # type: ignore[method-assign]
    elif isinstance(value, (tuple, list)):
        for item in value:
            freeze(item)
    elif isinstance(value, dict):
        for item in value.values():
            freeze(item)
    return value


def memo(name: str, key: Hashable, build: Callable[[], T]) -> T:
    """`build()`, once per process for (`name`, `key`) (see the module's docstring); Plotly figures
    in what it returns are frozen (`freeze`)."""
    return _memo().get((data_dir(), name, key), lambda: freeze(build()))


def fingerprint(df: pd.DataFrame, *columns: str) -> int:
    """A cheap key for a subset of a shared table: its index and the values of `columns`."""
    h = pd.util.hash_pandas_object(df[list(columns)], index=True) if columns else df.index.to_series()
    return hash((len(df), h.to_numpy().tobytes()))
