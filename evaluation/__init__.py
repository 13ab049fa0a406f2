"""Quality evaluation on the public dev samples (``briefbot eval``).

Each task module exposes ``evaluate(data_dir: Path) -> Section``; this module runs the ones
whose data is present and writes ``benchmarks/results/quality.md`` (+ ``quality.json``).
Needs the dev extra (``rouge-score``); never imported by the bot itself.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

TASKS = ("extraction", "summaries", "quotes", "paraphrases", "renamed", "ggt", "bbc", "uspol", "figures", "languages")
#: Tasks whose data ships with the code (``evaluation/multilingual``): no data directory needed.
SELF_CONTAINED = frozenset({"languages"})


@dataclass
class Section:
    title: str
    markdown: str
    """A short explanation of how it was measured, then a Markdown table."""
    metrics: dict[str, float] = field(default_factory=dict)


def default_data_dir() -> Path | None:
    """The public dev samples: ``$BRIEFBOT_DATA_DIR``, else ``../shared/data`` beside the checkout.

    The variable exists for checkouts elsewhere (a git worktree, a CI cache), where the relative
    guesses find nothing and eval or bench would fall back to less."""
    named = os.environ.get("BRIEFBOT_DATA_DIR")
    if named:
        return Path(named) if Path(named).is_dir() else None
    for candidate in (Path("../shared/data"), Path(__file__).resolve().parents[2] / "shared" / "data"):
        if candidate.is_dir():
            return candidate
    return None


def run_eval(data_dir: Path, out_dir: Path, tasks: tuple[str, ...] = TASKS) -> list[Section]:
    sections = []
    for task in tasks:
        module = importlib.import_module(f"evaluation.{task}")
        sections.append(module.evaluate(data_dir))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = f"# Quality evaluation (dev samples)\n\nRun {stamp}, Python {platform.python_version()}, data `{data_dir}`. Command: `briefbot eval`.\n"
    body = "\n\n".join(f"## {s.title}\n\n{s.markdown}" for s in sections)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "quality.md").write_text(header + "\n" + body + "\n", encoding="utf-8")
    (out_dir / "quality.json").write_text(
        json.dumps({"date": stamp, "sections": {s.title: s.metrics for s in sections}}, indent=2), encoding="utf-8"
    )
    return sections
