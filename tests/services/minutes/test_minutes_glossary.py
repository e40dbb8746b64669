"""Glossary parsing: terms, replacement rules (誤認識 → 正しい表記), where hotwords are used, and the rules applied
after decoding (pure functions; the end-to-end check on real speech is in test_minutes_real_speech)."""
from __future__ import annotations

from desktop.services.minutes.glossary import (apply_replacements, collect_full_glossary, hotwords_for,
                                               parse_glossary_text, parse_rules)
from desktop.services.minutes.transcript import Segment


def test_terms_and_rules_from_one_file():
    g = parse_glossary_text("# 局の用語\n都庁\nComfyUI, 画像生成\nこんふぃ → ComfyUI\nとせいデスク -> Tosei Desk\n"
                            "総務局\t部署\n都庁\n")
    assert g.terms == ["都庁", "ComfyUI", "Tosei Desk", "総務局"]
    assert g.replacements == [["こんふぃ", "ComfyUI"], ["とせいデスク", "Tosei Desk"]]
    assert parse_rules(["誤 → 正", ["a", "b"], "no rule", "→ 右だけ"]) == [["誤", "正"], ["a", "b"]]


def test_hotwords_only_for_english_and_latin_terms():
    terms = ["都庁", "Kawaguchi", "Tosei Desk"]
    assert hotwords_for(terms, "en") == "Kawaguchi Tosei Desk"
    assert hotwords_for(terms, "ja") == "" and hotwords_for(terms, None) == ""  # measured to hurt Japanese


def test_rules_apply_longest_first_and_count():
    segs = [Segment(0, 1, "とせいデスクの件、とせいの予定"), Segment(1, 2, "変更なし")]
    n = apply_replacements(segs, [["とせい", "都政"], ["とせいデスク", "Tosei Desk"]])
    assert [s.text for s in segs] == ["Tosei Deskの件、都政の予定", "変更なし"] and n == 2


def test_policy_entries_written_as_rules_become_rules(tmp_path):
    file = tmp_path / "g.txt"
    file.write_text("ひしょ → 秘書\n", encoding="utf-8")
    g = collect_full_glossary(["都庁", "とちょう → 都庁"], ["ComfyUI"], file)
    assert g.terms == ["都庁", "ComfyUI", "秘書"]
    assert g.replacements == [["とちょう", "都庁"], ["ひしょ", "秘書"]]


def test_a_genuine_closing_is_not_a_stock_phantom_but_an_unsure_one_is():
    from types import SimpleNamespace

    from desktop.services.minutes.cleanup import WEAK_PHANTOM_PHRASES, is_phantom, phantom_list
    from desktop.services.minutes.transcribe import _doubtful

    assert not is_phantom("お疲れ様でした。", phantom_list())  # no longer dropped unconditionally
    assert is_phantom("ご視聴ありがとうございました", phantom_list())
    weak = phantom_list(WEAK_PHANTOM_PHRASES, defaults=False)
    assert is_phantom("お疲れ様でした。", weak)
    assert not _doubtful(SimpleNamespace(no_speech_prob=0.05, avg_logprob=-0.3))  # said clearly: kept
    assert _doubtful(SimpleNamespace(no_speech_prob=0.6, avg_logprob=-0.3))  # over noise: dropped
    assert _doubtful(SimpleNamespace(no_speech_prob=0.1, avg_logprob=-1.2))


def test_japanese_sentences_are_closed_per_stretch_of_speech():
    from desktop.services.minutes.cleanup import end_sentences

    segs = [Segment(0.0, 2.0, "本日の会議を始めます"), Segment(2.0, 3.0, "まず"), Segment(3.0, 5.0, "予算です、"),
            Segment(6.0, 8.0, "以上です")]
    end_sentences(segs, "ja")
    assert [s.text for s in segs] == ["本日の会議を始めます", "まず", "予算です、", "以上です。"]
    segs = [Segment(0.0, 2.0, "始めます"), Segment(2.5, 3.0, "はい")]
    end_sentences(segs, "ja")
    assert [s.text for s in segs] == ["始めます。", "はい。"]
    english = [Segment(0.0, 2.0, "we start")]
    end_sentences(english, "en")
    assert english[0].text == "we start"
