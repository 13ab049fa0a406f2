"""Quality: the ``briefbot eval`` tables (extraction, ROUGE vs Lead-3, quotes, figures)."""

from __future__ import annotations

from benchmarks.common import RESULTS, Section
from evaluation import default_data_dir


def run() -> Section:
    data = default_data_dir()
    if data is None:
        return Section("Quality", "Skipped: the public dev samples (../shared/data) are not on this machine.", [])
    from evaluation import run_eval

    sections = run_eval(data, RESULTS)
    body = "\n\n".join(f"### {s.title}\n\n{s.markdown}" for s in sections)
    metrics = {s.title: s.metrics for s in sections}
    return Section("Quality", f"`briefbot eval` on `{data}` (also saved as quality.md).\n\n{body}", [], metrics)
