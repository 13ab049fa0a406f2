"""The Gender Gap Tracker reader and scorer on a tiny invented sheet (the real one is not shipped)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from evaluation import ggt

TEXT = (
    "Mara Quill runs the shelter on Elm Street.\n\n"
    '"We turn away ten people on a cold night," Quill said.\n\n'
    '"Nobody should sleep outside in this weather at all."\n\n'
    'Dev Okafor, a volunteer, disagreed. "The city has beds if people ask early enough," he said.\n\n'
    '"The line starts at six and it is long every single night."'
)
QUOTES = [
    {"speaker": "Quill", "quote": '"We turn away ten people on a cold night,"', "reference": "Mara Quill"},
    {"speaker": "", "quote": '"Nobody should sleep outside in this weather at all."', "reference": "Mara Quill"},
    {"speaker": "he", "quote": '"The city has beds if people ask early enough,"', "reference": "Dev Okafor"},
    # The annotators' reading here is not ours to check; the scorer only counts it.
    {"speaker": "", "quote": '"The line starts at six and it is long every single night."', "reference": "Dev Okafor"},
    {"speaker": "Quill", "quote": "she runs the shelter", "reference": "Mara Quill"},  # no marks: not scored
]


def _sheet(directory: Path, rows: list[dict[str, str]]) -> None:
    """A minimal xlsx: shared strings plus one worksheet, as the GGT sheet is laid out."""
    header = ["_id", "outlet", "quotations"]
    strings = header + [row[h] for row in rows for h in header]
    cells = []
    for r, values in enumerate([header, *([row[h] for h in header] for row in rows)], start=1):
        refs = "".join(
            f'<c r="{col}{r}" t="s"><v>{strings.index(v)}</v></c>' for col, v in zip("ABC", values, strict=True)
        )
        cells.append(f'<row r="{r}">{refs}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(directory / ggt.SHEET, "w") as book:
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
        book.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{ns}"><sheetData>{"".join(cells)}</sheetData></worksheet>')


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "rawtext").mkdir()
    (tmp_path / "rawtext" / "a1.txt").write_text(TEXT, encoding="utf-8")
    _sheet(
        tmp_path,
        [
            {"_id": "ObjectId(a1)", "outlet": "Invented News", "quotations": json.dumps(QUOTES)},
            {"_id": "ObjectId(a2)", "outlet": "Invented News", "quotations": "[{broken"},
        ],
    )
    return tmp_path


def test_reads_quotations_with_marks_and_skips_broken_rows(data: Path) -> None:
    (article,) = ggt.read_articles(data)
    golds = article["golds"]
    assert isinstance(golds, list)
    assert [g.kind for g in golds] == ["named", "unattributed", "pronoun", "unattributed"]
    assert golds[0].quoted == "We turn away ten people on a cold night,"
    assert golds[1].accepted() == ("Mara Quill", "Quill")  # a continuation carries the words that named her
    assert golds[3].accepted() == ("Dev Okafor",)  # "he" is no name to carry


def test_scores_each_kind_against_the_resolved_reference(data: Path) -> None:
    (article,) = ggt.read_articles(data)
    gold_count, verdicts = ggt.score(article)
    assert gold_count == 4
    by_quote = {v.gold.quoted[:12]: (v.verdict, v.quote.speaker) for v in verdicts}
    assert by_quote["We turn away"] == ("ok", "Mara Quill")  # the full name from earlier
    assert by_quote["The city has"][0] == "ok"  # "he" -> Dev Okafor
    row = ggt._row([(gold_count, verdicts)])
    assert row["recall"] == 1.0 and row["speaker_pairs"] == 1 and row["pronoun_pairs"] == 1


def test_accepts_the_texts_own_words_for_a_named_speaker() -> None:
    gold = ggt.GoldQuote("…", reference="Immigration, Refugees and Citizenship Canada", speaker="the department")
    assert gold.kind == "named" and "the department" in gold.accepted()
    assert ggt.GoldQuote("…", reference="Dev Okafor", speaker="he").accepted() == ("Dev Okafor",)


def test_section_says_when_the_data_is_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFBOT_GGT_DIR", str(tmp_path))
    section = ggt.evaluate(tmp_path)
    assert section.markdown.startswith("Not run") and not section.metrics


def test_parts_are_stable_halves() -> None:
    parts = {ggt.part_of(f"{n:024x}") for n in range(40)}
    assert parts == set(ggt.PARTS)
    assert ggt.part_of("5c182ac21e67d78e277944ad") == ggt.part_of("5c182ac21e67d78e277944ad")
