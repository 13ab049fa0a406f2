"""The hand-written attribution pattern suite as a figure of ``briefbot eval``.

The cases live with the tests (``tests/briefing/attribution_cases.py``) and are read from there
as a module, so the suite the tests assert and the figure reported here are the same cases. When the
tests are not present (an installed package), the suite row is left out.
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
CASES_PATH = ROOT / "tests" / "briefing" / "attribution_cases.py"


def load_cases() -> ModuleType | None:
    if not CASES_PATH.is_file():
        return None
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # the case modules import each other as tests.briefing.*
    return importlib.import_module("tests.briefing.attribution_cases")


def outcome(module: ModuleType, case: object) -> str:
    """missed / right / none (we show no speaker, one was expected) / wrong."""
    quote = module.predict(case)
    if quote is None:
        return "missed"
    if quote.speaker in case.accepted:  # type: ignore[attr-defined]
        return "right"
    return "none" if quote.speaker is None else "wrong"


def suite_section_rows(columns: int) -> tuple[list[str], dict[str, float]]:
    """The suite's row for the splits table (recall, -, accuracy, no speaker, wrong, pronoun
    group accuracy) and a per-pattern table below it."""
    module = load_cases()
    if module is None:
        return [], {}
    by_pattern: dict[str, Counter[str]] = {}
    for case in module.ALL_CASES:
        by_pattern.setdefault(case.pattern, Counter())[outcome(module, case)] += 1
    total: Counter[str] = sum(by_pattern.values(), Counter())
    n = sum(total.values())
    found = n - total["missed"]
    pron = by_pattern.get("pronouns and role nouns", Counter())
    pron_found = sum(pron.values()) - pron["missed"]
    values = {
        "suite_cases": n,
        "suite_recall": found / n if n else 0.0,
        "suite_speaker_accuracy": total["right"] / found if found else 0.0,
        "suite_no_speaker": total["none"] / found if found else 0.0,
        "suite_wrong_speaker": total["wrong"] / found if found else 0.0,
        "suite_pronoun_group": pron["right"] / pron_found if pron_found else 0.0,
    }
    cells = [values["suite_recall"], None, values["suite_speaker_accuracy"], values["suite_no_speaker"],
             values["suite_wrong_speaker"], values["suite_pronoun_group"]][:columns]
    row = " | ".join("—" if v is None else f"{v:.3f}" for v in cells)
    lines = [f"| pattern suite | {n} cases | {n} | {row} | {found} / {pron_found} |", ""]
    lines += [
        "Pattern suite by pattern (a case is one short text and one quote):",
        "",
        "| pattern | cases | right | no speaker | wrong speaker | quote missed |",
        "|---|---|---|---|---|---|",
    ]
    for pattern, c in by_pattern.items():
        lines.append(f"| {pattern} | {sum(c.values())} | {c['right']} | {c['none']} | {c['wrong']} | {c['missed']} |")
    return lines, {k: round(v, 4) for k, v in values.items()}
