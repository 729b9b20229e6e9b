"""The configuration Streamlit reads for the served app (`.streamlit/config.toml`) keeps the settings
whose absence cost a room of fifty several times its speed (README "Speed"): no source-file watcher
(Streamlit walked every loaded module after each run of each session: p95 5.0 s against 0.8 s for 50
sessions), no magic, no full garbage collection after each run."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPTIONS = ("server.fileWatcherType", "runner.magicEnabled", "runner.postScriptGC")


def test_the_served_configuration_keeps_the_costly_features_off():
    code = (
        "import json; from streamlit import config; config.get_config_options(force_reparse=True); "
        f"print(json.dumps({{o: config.get_option(o) for o in {OPTIONS!r}}}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    effective = json.loads(out.strip().splitlines()[-1])
    assert effective == {"server.fileWatcherType": "none", "runner.magicEnabled": False, "runner.postScriptGC": False}
