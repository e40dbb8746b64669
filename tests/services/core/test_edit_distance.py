"""The shared edit distance behind CER (forms) and WER (minutes) figures."""
from __future__ import annotations


def test_edit_distance_for_cer_and_wer():
    from desktop.services.common.edit_distance import error_rate, levenshtein

    assert levenshtein("山田太郎", "山田太朗") == 1
    assert levenshtein("", "abc") == 3 and levenshtein("kitten", "sitting") == 3
    assert error_rate("the cat sat".split(), "the bat sat down".split()) == 2 / 3
    assert error_rate("", "") == 0.0
