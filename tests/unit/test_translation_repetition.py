from __future__ import annotations

from bot.translation.repetition import collapse_repeats


def test_degenerate_loop_is_kept_once() -> None:
    assert collapse_repeats("The war, the war, the war, the war, the war is over.") == "The war is over."


def test_long_period_loop_collapses() -> None:
    loop = "said the minister of defence on Monday "
    assert collapse_repeats("He " + loop * 5 + "again.") == "He " + loop.strip() + " again."


def test_legitimate_repetition_is_untouched() -> None:
    for text in ("Very, very good.", "No, no, no!", "He said that that was fine.", ""):
        assert collapse_repeats(text) == text
