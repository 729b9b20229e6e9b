"""Activity index and network measures on the fixture, against values worked out by hand.

Fixture components (annexed included):
  RU-TA : twinning 1, partners 1, agreement 1, membership 1, representation 1, border 0
  RU-MOW: twinning 3, partners 3, others 0
  RU-PSK: partners 1 (Estonia), agreement 1, border 1
  UA-43 : nothing
Normalised with log(1+x)/max: twinning TA ln2/ln4 = 0.5, MOW 1; partners TA 0.5, MOW 1, PSK 0.5; ...
"""

import pytest
from helpers import mini_copy

from paradiplomacy import metrics, network
from paradiplomacy.data import load_package
from paradiplomacy.ties import build_ties


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    pkg = load_package(mini_copy(tmp_path_factory.mktemp("a") / "pkg"))
    return pkg, build_ties(pkg)


def test_index_and_classes_default_weights(data):
    pkg, ties = data
    idx = metrics.activity_index(metrics.activity_components(ties, pkg.regions))
    # TA: (0.5 + 0.5 + 1 + 1 + 1 + 0) / 5.5 = 72.7 ; MOW: (1 + 1) / 5.5 = 36.4 ; PSK: (0.5 + 1 + 0.5*1) / 5.5 = 36.4
    assert idx.loc["RU-TA", "index"] == pytest.approx(72.7, abs=0.05)
    assert idx.loc["RU-MOW", "index"] == pytest.approx(36.4, abs=0.05)
    assert idx.loc["RU-PSK", "index"] == pytest.approx(36.4, abs=0.05)
    assert idx.loc["UA-43", "index"] == 0
    assert idx["class"].to_dict() == {"RU-TA": "high", "RU-MOW": "medium", "RU-PSK": "medium", "UA-43": "minimal"}
    assert idx.loc["RU-TA", "twinning_norm"] == pytest.approx(0.5)


def test_changing_weights_moves_regions_between_classes(data):
    pkg, ties = data
    comp = metrics.activity_components(ties, pkg.regions)
    before = metrics.activity_index(comp)
    only_twins = {c: 0.0 for c in metrics.COMPONENTS} | {"twinning": 1.0}
    after = metrics.activity_index(comp, only_twins)
    # twin links only: MOW 100 (high), TA 50 (high), PSK 0 (minimal)
    changed = metrics.class_changes(before, after)
    assert set(changed.index) == {"RU-MOW", "RU-PSK"}
    assert changed.loc["RU-PSK", "class_after"] == "minimal"


def test_all_zero_weights_do_not_divide_by_zero(data):
    pkg, ties = data
    comp = metrics.activity_components(ties, pkg.regions)
    idx = metrics.activity_index(comp, {c: 0.0 for c in metrics.COMPONENTS})
    assert (idx["index"] == 0).all()


def test_network_measures(data):
    _, ties = data
    g = network.build_graph(ties)
    # edges: TA–TUR (weight 3), MOW–DEU, MOW–UKR, MOW–CHN, PSK–EST
    assert g.number_of_edges() == 5 and g["R:RU-TA"]["C:TUR"]["weight"] == 3
    m = network.measures(g).set_index("node")
    assert m.at["R:RU-MOW", "degree"] == 3 and m.at["C:TUR", "ties"] == 3
    # 8 nodes (UA-43 has no ties); MOW lies on the paths of its 3 leaf pairs, normalised by (8-1)(8-2)/2 = 21
    assert m.at["R:RU-MOW", "betweenness"] == pytest.approx(3 / 21)
    assert m.at["C:DEU", "betweenness"] == 0
    # three separate components -> at least three communities; TA and Turkey share one
    assert m.at["R:RU-TA", "community"] == m.at["C:TUR", "community"]
    assert m.community.nunique() >= 3
    assert len(network.layout(g)) == g.number_of_nodes()


def test_periods():
    assert [metrics.period_of(y) for y in (1995, 2013, 2014, 2021, 2022, None)] == [
        "before_2014",
        "before_2014",
        "2014_2021",
        "2014_2021",
        "since_2022",
        "since_2022",
    ][:5] + ["undated"]


def test_network_drawing_is_the_same_in_every_process():
    """A lecturer's network picture must not move between two server starts: Python's set order
    changes with each process (PYTHONHASHSEED), and the communities' numbering and the layout must not
    follow it. The real package's graph, laid out in two processes with different hash seeds."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import json; from paradiplomacy import data, network, ties; g = network.build_graph("
        "ties.build_ties(data.load_package())); pos = network.layout(g); c = network.communities(g); "
        "print(json.dumps([sorted(c.items()), sorted((k, round(x, 9), round(y, 9)) for k, (x, y) in pos.items())]))"
    )
    root = Path(__file__).resolve().parents[1]
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] and runs[0] == runs[1]
