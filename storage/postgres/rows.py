"""PostgreSQL records → models (``storage.row_models``; timestamptz arrives as aware datetimes)."""

from __future__ import annotations

from ..row_models import ARTICLE_COLUMNS as ARTICLE_COLUMNS
from ..row_models import CHAT_COLUMNS as CHAT_COLUMNS
from ..row_models import DELIVERY_COLUMNS as DELIVERY_COLUMNS
from ..row_models import FEED_COLUMNS as FEED_COLUMNS
from ..row_models import SUBSCRIPTION_COLUMNS as SUBSCRIPTION_COLUMNS
from ..row_models import SUMMARY_COLUMNS as SUMMARY_COLUMNS
from ..row_models import RowReader

_read = RowReader(lambda value: value)
article, summary, chat, subscription, delivery, feed = (
    _read.article, _read.summary, _read.chat, _read.subscription, _read.delivery, _read.feed
)
