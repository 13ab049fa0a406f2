"""OPML feed lists: what real exporters write is read (nested, namespaced, odd attribute case);
hostile or broken files are refused whole with a reason; export is valid, escaped OPML 2.0."""

from __future__ import annotations

import http.server
import threading
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from briefing.opml import (
    MAX_OPML_BYTES,
    MAX_OUTLINES,
    FeedOutline,
    OpmlError,
    parse_opml,
    render_opml,
)

NESTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Subscriptions in a reader</title></head>
  <body>
    <outline text="World" title="World">
      <outline type="rss" text="Coast Wire" title="Coast Wire" xmlUrl="https://coastwire.example/rss.xml" htmlUrl="https://coastwire.example/"/>
      <outline text="Europe">
        <outline type="rss" text="Kyiv Daily &amp; Friends" xmlUrl="https://kyiv.example/feed/"/>
      </outline>
    </outline>
    <outline type="rss" text="Tech" xmlurl="http://tech.example/atom.xml"/>
    <outline type="link" text="A web page, not a feed" url="https://page.example/"/>
    <outline type="rss" text="Coast Wire again" xmlUrl="https://coastwire.example/rss.xml"/>
  </body>
</opml>"""


def test_nested_outlines_at_any_depth_first_of_each_url() -> None:
    assert parse_opml(NESTED) == [
        FeedOutline(url="https://coastwire.example/rss.xml", title="Coast Wire"),
        FeedOutline(url="https://kyiv.example/feed/", title="Kyiv Daily & Friends"),
        FeedOutline(url="http://tech.example/atom.xml", title="Tech"),
    ]


def test_namespaced_opml_and_other_encodings() -> None:
    namespaced = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><opml xmlns="http://opml.org/spec2" version="2.0">'
        '<body><outline text="Caf\xe9 Nachrichten" xmlUrl="https://cafe.example/rss"/></body></opml>'
    ).encode("latin-1")
    assert parse_opml(namespaced) == [FeedOutline(url="https://cafe.example/rss", title="Café Nachrichten")]
    utf16 = '<opml version="2.0"><body><outline title="Новини" xmlUrl="https://uk.example/rss"/></body></opml>'
    assert parse_opml(utf16.encode("utf-16"))[0].title == "Новини"


def test_every_url_is_passed_on_for_the_importer_to_judge() -> None:
    """Scheme and address rules are the importer's (the same as /feed_add), not the parser's."""
    data = (
        b'<opml version="2.0"><body><outline xmlUrl="file:///etc/passwd"/>'
        b'<outline xmlUrl="  https://ok.example/rss  "/><outline xmlUrl=""/></body></opml>'
    )
    assert [f.url for f in parse_opml(data)] == ["file:///etc/passwd", "https://ok.example/rss"]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<opml version="2.0"><body><outline text="&lol9;" xmlUrl="https://bomb.example/rss"/></body></opml>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://x.example/rss"/></body></opml>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "http://169.254.169.254/latest/meta-data/opml.dtd">
<opml version="2.0"><body><outline text="t" xmlUrl="https://x.example/rss"/></body></opml>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_entity_declarations_are_refused_before_expansion(data: bytes) -> None:
    with pytest.raises(OpmlError, match="entities"):
        parse_opml(data)


def test_external_dtd_is_never_fetched() -> None:
    """The DTD URL points at a real local server: the file is read without a request to it."""
    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY x "expanded">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        dtd = f"http://127.0.0.1:{server.server_port}/opml.dtd".encode()
        assert parse_opml(EXTERNAL_DTD.replace(b"http://169.254.169.254/latest/meta-data/opml.dtd", dtd)) == [
            FeedOutline(url="https://x.example/rss", title="t")
        ]
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'<opml version="2.0"><body><outline xmlUrl="https://a.example/rss">', "well-formed"),
        (b'<opml><body><outline xmlUrl="https://a.example/rss"/></body></opml>trailing', "well-formed"),
        (b"\x00\x01binary\xff", "well-formed"),
        (b"<rss version='2.0'><channel><title>a feed, not a list</title></channel></rss>", "root element"),
        (b'<opml version="2.0"><head/><body><outline text="folder only"/></body></opml>', "no feeds"),
    ],
)
def test_broken_files_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(OpmlError, match=reason):
        parse_opml(data)


def _outlines(n: int) -> bytes:
    rows = "".join(f'<outline type="rss" text="Feed {i}" xmlUrl="https://f{i}.example/rss"/>' for i in range(n))
    return f'<opml version="2.0"><body>{rows}</body></opml>'.encode()


def test_outline_count_limit() -> None:
    assert len(parse_opml(_outlines(MAX_OUTLINES))) == MAX_OUTLINES
    with pytest.raises(OpmlError, match="split"):
        parse_opml(_outlines(10_000))
    folders = "<outline text='folder'>" * (MAX_OUTLINES + 1) + "</outline>" * (MAX_OUTLINES + 1)
    with pytest.raises(OpmlError, match="split"):  # folders count too: a deep nest is no loophole
        parse_opml(f'<opml version="2.0"><body>{folders}</body></opml>'.encode())


def test_size_limit() -> None:
    padding = b"<!-- " + b"x" * MAX_OPML_BYTES + b" -->"
    with pytest.raises(OpmlError, match="over 5 MB"):
        parse_opml(_outlines(1) + padding)


def test_export_is_valid_escaped_opml_that_reads_back() -> None:
    feeds = [
        FeedOutline(url="https://a.example/rss?x=1&y=<2>", title='Tom & Jerry\'s "news" <live>'),
        FeedOutline(url="https://b.example/atom", title="Bell\x07 and\nnewline"),
        FeedOutline(url="https://c.example/feed"),
    ]
    data = render_opml(feeds, title="briefbot feeds", created=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.fromstring(data)
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/dateCreated") == "Fri, 20 Nov 2026 09:00:00 GMT"
    outlines = root.findall("body/outline")
    assert [o.get("type") for o in outlines] == ["rss"] * 3
    assert outlines[0].get("title") == 'Tom & Jerry\'s "news" <live>'
    assert b"&amp;" in data and b"<live>" not in data
    assert parse_opml(data) == [
        FeedOutline(url="https://a.example/rss?x=1&y=<2>", title='Tom & Jerry\'s "news" <live>'),
        FeedOutline(url="https://b.example/atom", title="Bell and newline"),
        FeedOutline(url="https://c.example/feed", title="https://c.example/feed"),
    ]
