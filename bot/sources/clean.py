"""Site boilerplate removed from article text: pasted pages and, as a second pass, extracted ones.

A reader who copies a page copies its furniture too: "You are currently viewing …" before the headline, photo
credits, share buttons, "Read more" links, cookie notices, the author's bio and the comment form. Those lines
would be translated and searched for claims, so they go. The rules are deliberately narrow: a paragraph is
dropped only when it is short and *is* a piece of furniture (a whole-paragraph match of a known kind), never
because it merely mentions cookies or sharing, so a real article sentence is kept even when it uses the same
words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain import PARAGRAPH_BREAK

# A paragraph longer than this is article prose, whatever it starts with.
_SHORT_WORDS = 30

# Prefixes a page puts before the headline; the headline itself is kept.
_LEADING_PREFIX = re.compile(
    r"^\s*(?:you are (?:currently )?(?:viewing|reading)|now (?:reading|viewing|playing)|you are here)"
    r"\s*:?\s+",
    re.IGNORECASE,
)

_SOCIAL = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|email|e-mail|messenger|viber|vk|"
    r"threads|bluesky|mastodon|print|copy link|flipboard|pocket"
)

# Whole paragraphs that are page furniture in any position.
_FURNITURE = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # share prompts and buttons
        r"(?:click to |tap to )?share(?: this)?(?: (?:article|story|post|page))?"
        rf"(?: (?:on|via|with) (?:{_SOCIAL}))?(?: \(opens in new window\))?\s*[:!.]?",
        rf"(?:click to |tap to )?(?:share|post|send|tweet|pin|email) (?:on|via|to|this on) (?:{_SOCIAL})"
        r"(?: \(opens in new window\))?\s*[:!.]?",
        rf"(?:{_SOCIAL})(?:\s*[|,/·•]\s*(?:{_SOCIAL}))*",
        r"(?:like|love|rate) this(?: article| post| story)?\s*[:?!.]?",
        r"(?:tweet|pin it|save|copy|copied|print(?: this)?(?: article| page)?)\s*[:!.]?",
        # comment forms
        r"leave a (?:reply|comment)(?: cancel reply)?\s*[:.]?",
        r"(?:post|add|write) a comment\s*[:.]?|cancel reply|(?:\d+ |no )?comments?\s*[:(]?\d*\)?",
        r"your email address will not be published\.?.*",
        r"save my name, email,? and website in this browser.*",
        r"(?:name|email|e-mail|website|comment)\s*\*",
        # cross links
        r"(?:read|see|also read|read also|see also|watch|more|related|recommended|continue reading|"
        r"lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|leer más|leia também|"
        r"leggi anche|читайте также|смотрите также|czytaj (?:też|także)|також читайте)"
        r"(?: more| also)?(?:\s*[:»>→]\s*.*|\s+[-–—]\s+.*|\s*[.…»>→]*)",
        r"(?:related|recommended|popular|trending|latest|more)(?: (?:articles?|stories|posts|news|reading|"
        r"content|videos?|topics?|coverage))?(?: from [\w .'-]+)?\s*:?",
        r"(?:you (?:may|might) (?:also )?(?:like|enjoy)|most (?:read|popular|viewed)|editor'?s picks?|"
        r"don't miss|also on [\w .'-]+)\s*[:.!]?",
        # subscriptions, ads, navigation
        r"(?:advertisement|advertising|sponsored(?: content)?|ad|skip to (?:main )?content|back to top|"
        r"scroll to (?:top|continue(?: with content)?)|go to top|top of page)\s*[:.]?",
        r"(?:subscribe|sign up|join|register)(?: now| today| for free)?(?: to| for)? (?:our |the )?"
        r"(?:free )?(?:daily |weekly )?(?:newsletter|updates|alerts|channel)\b.{0,120}",
        r"follow us on [\w ,&/|-]+[.!]?",
        # tags and legal lines
        r"(?:tags?|tagged|filed under|categories|category|topics?)\s*:.*",
        r"(?:©|\(c\)).*|copyright\s*(?:©\s*)?\d{4}.*|.*all rights reserved\.?",
        # cookie banners
        r"(?:we|this (?:web)?site|our (?:web)?site)(?: and our partners)? uses? cookies\b.*",
        r"by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site.*cookies.*",
        r"(?:accept|reject|allow|manage)(?: all)?(?: cookies?)?(?: settings| preferences)?|"
        r"cookie (?:settings|policy|preferences|consent)\s*[:.]?",
    )
]

# Credit lines under a picture, glued to its caption or alone: "…regionPhoto: AP / Profimedia".
_PHOTO_LABEL = re.compile(
    r"(?:Photo|PHOTO|Photograph|Image|IMAGE|Picture|Foto|FOTO|Фото|Credit|CREDIT|Illustration)s?"
    r"(?: [Cc]redits?| [Ss]ource)?\s*:\s*\S",
)
# "Photo by Jane Roe/AFP": only names after "by" ("Photos by the families were shown…" is a sentence).
_PHOTO_BY = re.compile(r"(?:Photo|Photograph|Image|Picture|Foto)s?\s+by\s+([^()]+)")
_AGENCIES = (
    r"AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Profimedia|ANP|dpa|Xinhua|Anadolu|"
    r"Sputnik|TASS|Alamy|Bloomberg|Pool|iStock|Imago|SIPA|Sipa"
)
# "AP / Profimedia", "Reuters/John Smith": agency names in a slash-separated credit chain.
_AGENCY_CREDIT = re.compile(rf"\b(?:{_AGENCIES})\s*/\s*[\w.-]+|[\w.-]\s*/\s*(?:{_AGENCIES})\b")
_LOWERCASE_WORD = re.compile(r"\b[a-z]")
_BYLINE_LEAD = re.compile(
    r"(?:by|written by|posted by|published by|author|authors|reporting by|words by|text by|von|par|por|автор)"
    r"\s*:?\s+(.+)",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "da", "del", "le", "la", "du", "dos"})
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b|\s*\(?(?:GMT|UTC)[+-]?\d*\)?)?)?"
)
# "September 20, 2023", "Updated: 20 Sep 2023 10:15 GMT": a dateline on its own.
_DATELINE = re.compile(
    rf"(?:(?:published|updated|posted|last updated|modified)\s*(?:on)?\s*:?\s*)?(?:\w+day,?\s+)?{_DATE}\.?",
    re.IGNORECASE,
)
_TRAILING_DATE = re.compile(
    rf"\s*(?:[|,·•–—-]\s*)?(?:(?:published|updated|posted)\s*(?:on)?\s*:?\s*)?{_DATE}\s*$", re.IGNORECASE
)
_BYLINE_SEPARATORS = re.compile(r"\s*(?:,|\||·|•|\s-\s|\s–\s|\s—\s)\s*")
_BIO_START = re.compile(
    r"^(?:(?:hi|hello|hey)[,!]?\s+)?(?:i'm|i’m|i am|my name is|about the author\b|about me\b)", re.IGNORECASE
)
_BIO_WORDS = re.compile(
    r"\b(?:passionate|writ(?:e|er|ers|ing)|journalis[tm]|blog(?:ger|ging)?|content|editor|reporter|author|"
    r"speciali[sz]e|cover(?:s|ing)?|years of experience|freelance|contributor|enthusiast|degree|"
    r"graduate|love|follow me)\b",
    re.IGNORECASE,
)
# Reported speech: a paragraph with it is the story quoting someone, not the author introducing themselves.
_REPORTED = re.compile(r"[“”\"«»]|\b(?:said|says|told|added|according to)\b", re.IGNORECASE)
# Markers that open the comment section; everything after them is readers' text, not the article.
_COMMENTS_START = re.compile(
    r"^(?:leave a (?:reply|comment)|(?:\d+ )?(?:comments?|responses?|replies)|"
    r"join the (?:discussion|conversation)|post a comment|add (?:a )?comment|what do you think\??)\s*[:.]?$",
    re.IGNORECASE,
)
# How many paragraphs at each end of the text may hold bylines and bios.
_EDGE = 4


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of pasted or extracted text, whitespace inside each one collapsed to single spaces where a
    line was hard-wrapped.

    Text that uses blank lines between paragraphs keeps single newlines as wrapping; text without any blank
    line (what chat apps and many copy-pastes produce) has one paragraph per line.
    """
    normalized = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if re.search(r"\n[ \t\u00a0]*\n", normalized):
        blocks = re.split(r"\n[ \t\u00a0]*\n+", normalized)
        paragraphs = [" ".join(line.strip() for line in block.split("\n") if line.strip()) for block in blocks]
    else:
        paragraphs = [line.strip() for line in normalized.split("\n")]
    return [p for p in paragraphs if p]


def clean_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """The article's own paragraphs: furniture, credits, bylines, bios and the comment section dropped."""
    kept = list(paragraphs)
    kept = _cut_comment_section(kept)
    if kept:
        kept[0] = _LEADING_PREFIX.sub("", kept[0], count=1).strip()
    kept = _drop_author_bio(kept)
    kept = [
        p
        for index, p in enumerate(kept)
        if p and not _is_furniture(p) and not _is_photo_credit(p) and not _is_byline(p, index, len(kept))
    ]
    return kept


def clean_text(text: str) -> str:
    """Pasted or extracted text → clean article text with paragraphs separated by a blank line."""
    return PARAGRAPH_BREAK.join(clean_paragraphs(split_paragraphs(text)))


def _words(paragraph: str) -> int:
    return len(paragraph.split())


def _is_furniture(paragraph: str) -> bool:
    if _words(paragraph) > _SHORT_WORDS:
        return False
    stripped = paragraph.strip(" \t•·|»>→-–—*")
    return any(pattern.fullmatch(stripped) for pattern in _FURNITURE)


def _is_photo_credit(paragraph: str) -> bool:
    """A caption credit: short, with a 'Photo:' style marker, or ending in an agency credit chain
    ('AP / Profimedia', '(JOHN DOE/AFP/Getty Images)'); 'a Reuters/Ipsos poll showed …' goes on as a sentence,
    so it is kept."""
    if _words(paragraph) > _SHORT_WORDS:
        return False
    if _PHOTO_LABEL.search(paragraph):
        return True
    if any(not _LOWERCASE_WORD.search(m.group(1)) for m in _PHOTO_BY.finditer(paragraph)):
        return True
    return any(not _LOWERCASE_WORD.search(paragraph[m.end() :]) for m in _AGENCY_CREDIT.finditer(paragraph))


def _is_name_line(paragraph: str, max_words: int = 4) -> bool:
    """'Jane Doe', 'Jean-Luc de la Tour': two to four capitalised words and nothing else."""
    words = paragraph.split()
    if not 2 <= len(words) <= max_words:
        return False
    capitalised = [w for w in words if w[0].isupper() and all(c.isalpha() or c in ".'’-" for c in w)]
    return len(capitalised) + sum(w in _NAME_PARTICLES for w in words) == len(words) and len(capitalised) >= 2


def _is_byline(paragraph: str, index: int, count: int) -> bool:
    """'By Jane Doe, Reuters' or a lone dateline near either end of the text (never the first paragraph, the
    headline)."""
    if not (0 < index < _EDGE or index >= count - _EDGE):
        return False
    if _DATELINE.fullmatch(paragraph.strip()):
        return True
    lead = _BYLINE_LEAD.fullmatch(_TRAILING_DATE.sub("", paragraph.strip()))
    if lead is None:
        return False
    first, *rest = _BYLINE_SEPARATORS.split(lead.group(1))
    names = re.split(r"\s+(?:and|&|und|et|y|и)\s+", first)
    return all(_is_name_line(name) or _is_single_name(name) for name in names) and len(" ".join(rest)) <= 80


def _is_single_name(word: str) -> bool:
    return " " not in word.strip() and word[:1].isupper() and word.strip().isalpha()


def _cut_comment_section(paragraphs: list[str]) -> list[str]:
    """Drop a comment section: a marker such as 'Leave a Reply' in the second half and everything after it."""
    for index in range(len(paragraphs) // 2, len(paragraphs)):
        if _COMMENTS_START.match(paragraphs[index].strip()):
            return paragraphs[:index]
    return paragraphs


def _drop_author_bio(paragraphs: list[str]) -> list[str]:
    """Remove an author's bio near the end, with the name line above it ('Jane Doe' / 'I'm Jane Doe, and I
    …').
    """
    kept = list(paragraphs)
    for index in range(len(kept) - 1, max(len(kept) - _EDGE, 0), -1):
        above = kept[index - 1].strip()
        if not _is_bio(kept[index], above):
            continue
        bio = kept.pop(index)
        if _is_name_line(above) and above in bio:
            kept.pop(index - 1)
        break
    return kept


def _is_bio(paragraph: str, above: str) -> bool:
    """A first-person self-introduction with bio words, or a third-person bio opening with the name line
    above.
    """
    text = paragraph.strip()
    if _words(text) > 80 or not _BIO_WORDS.search(text) or _REPORTED.search(text):
        return False
    if _BIO_START.match(text):
        return True
    return _is_name_line(above) and bool(
        re.match(rf"{re.escape(above)} (?:is|was|has been|writes|covers|reports)\b", text)
    )
