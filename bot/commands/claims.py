"""`attribot claims FILE... --out-dir DIR`: who said what in English text files, one JSON file per input.

Writes DIR/<file stem>.json: {"claims": [{"speaker", "speaker_span", "cue", "cue_span", "content", "content_span",
"side", "quote"}]}. Spans are Python string offsets into the file's text exactly as read: UTF-8 with newlines
left alone, so a "\\r\\n" counts as two characters. "side" is the party the sides stage gives the speaker; it is
an empty string for a claim whose speaker only relays (a news agency such as Reuters).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from bot.config import Settings
from bot.domain import Claim
from bot.errors import BadInput


def add_arguments(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="English text files (UTF-8)")
    parser.add_argument("--out-dir", type=Path, required=True, help="folder for the <file stem>.json results")


def main(args: argparse.Namespace, settings: Settings) -> int:
    from bot.attribution.claims import ClaimExtractor
    from bot.attribution.sides import assign_sides

    files: list[Path] = args.files
    _check_distinct_stems(files)
    texts = [read_text(path, settings.max_input_chars) for path in files]
    out_dir: Path = args.out_dir
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BadInput(f"Cannot create the output folder {out_dir}: {error.strerror}.") from error
    parsed_texts = ClaimExtractor().parse_many(texts)
    for path, parsed in zip(files, parsed_texts, strict=True):
        assigned = assign_sides(parsed.text, parsed.claims, parsed.doc).claims
        target = out_dir / f"{path.stem}.json"
        target.write_text(json.dumps(claims_json(assigned), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def read_text(path: Path, max_chars: int) -> str:
    """The file's text as is (no newline translation), or a one-line reason why it cannot be used."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
    except FileNotFoundError as error:
        raise BadInput(f"{path}: no such file.") from error
    except IsADirectoryError as error:
        raise BadInput(f"{path} is a folder, not a text file.") from error
    except UnicodeDecodeError as error:
        raise BadInput(f"{path} is not UTF-8 text.") from error
    except OSError as error:
        raise BadInput(f"Cannot read {path}: {error.strerror}.") from error
    if len(text) > max_chars:
        raise BadInput(f"{path} is too long ({len(text)} characters; the limit is {max_chars}).")
    return text


def claims_json(claims: Sequence[Claim]) -> dict[str, object]:
    items = []
    for claim in claims:
        item = claim.to_json()
        item["side"] = claim.side or ""
        items.append(item)
    return {"claims": items}


def _check_distinct_stems(files: Sequence[Path]) -> None:
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen and seen[path.stem] != path:
            raise BadInput(f"{seen[path.stem]} and {path} would both be written to {path.stem}.json; rename one.")
        seen[path.stem] = path
