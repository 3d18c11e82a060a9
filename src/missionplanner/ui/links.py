"""Contact details as links the system opens: a website in the browser, an e-mail in the mail program,
an address on a map, a phone number in whatever handles `tel:`. The app itself fetches nothing (it has
no network access of its own): QTextBrowser hands each link to QDesktopServices."""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

# Only what a browser or mail program should receive; a stored "javascript:" or "file:" text stays text.
_WEB_SCHEMES = ("http", "https")
_HOST = re.compile(r"[\w-]+(\.[\w-]+)+")  # at least one dot: "www.pref.aichi.jp", "愛知.jp"


def website(text: str) -> str:
    """The site as a link ("www.pref.aichi.jp" opens as https://www.pref.aichi.jp)."""
    url = text.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 (raises on a "port" that is not a number, as in "javascript:alert(1)")
    except ValueError:
        return html.escape(text)
    if parts.scheme.lower() not in _WEB_SCHEMES or not _HOST.fullmatch(parts.hostname or ""):
        return html.escape(text)
    return _anchor(url, text)


def email(text: str) -> str:
    address = text.strip()
    if "@" not in address or any(c in address for c in " <>\"'"):
        return html.escape(text)
    return _anchor("mailto:" + address, text)


def phone(text: str) -> str:
    digits = "".join(c for c in text if c.isdigit() or c == "+")
    return _anchor("tel:" + digits, text) if len(digits) >= 3 else html.escape(text)


def map_search(text: str, *around: str) -> str:
    """The address, linked to a map search for it and the city or country given (OpenStreetMap: a
    public map with no account, which every cabinet's browser reaches)."""
    query = ", ".join(part for part in (text, *around) if part)
    return _anchor("https://www.openstreetmap.org/search?query=" + quote(query), text)


def _anchor(url: str, text: str) -> str:
    # The visible text is kept whole on one line: a URL or a number broken over two lines misleads.
    return f'<a href="{html.escape(url, quote=True)}" style="white-space:nowrap">{html.escape(text)}</a>'
