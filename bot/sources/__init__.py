"""Article sources: what the user sent (link, file, text) → an Article with clean paragraphs.

`parse_source` tells a link from a file or stdin text, `load_source` fetches (safely), decodes, extracts and
cleans, and `find_urls` picks the links out of a chat message.
"""

from bot.sources.inputs import parse_source
from bot.sources.load import load_source
from bot.sources.urls import find_urls

__all__ = ["find_urls", "load_source", "parse_source"]
