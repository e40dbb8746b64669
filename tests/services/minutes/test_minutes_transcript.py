"""Transcript editing operations, JSON round trip, autosave, exporters (no Whisper needed)."""
from __future__ import annotations

import json
import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import RGBColor

from desktop.services import paths
from desktop.services.minutes import autosave
from desktop.services.minutes.cleanup import (collapse_repeats, drop_repeated_runs, is_phantom,
                                              phantom_list)
from desktop.services.minutes.exporters import export, to_srt, to_vtt
from desktop.services.minutes.transcript import (MinutesMeta, Segment, Transcript, Word, find_replace,
                                                 merge_segments, merge_speaker_turns, rename_speaker,
                                                 set_speaker, set_text, split_segment)


def sample() -> Transcript:
    segs = [
        Segment(0.0, 2.5, "本日の会議を始めます。", words=[Word(0.0, 1.0, "本日の"), Word(1.0, 2.5, "会議を始めます。")]),
        Segment(2.5, 5.0, "予算について説明します。"),
        Segment(5.0, 8.25, "新しい図書館の建設を承認します。", "話者2"),
        Segment(3725.5, 3727.0, "以上です。", "話者2"),
    ]
    meta = MinutesMeta(title="第3回 予算委員会", datetime="令和8年11月25日 10:00", place="第一本庁舎 会議室A",
                       attendees=["山田課長", "佐藤係長"], author="鈴木", agenda=["来年度予算", "図書館建設"],
                       decisions=["図書館の建設を承認する"], next_meeting="令和8年12月2日 10:00")
    return Transcript(segs, "ja", 3727.0, "/tmp/meeting.wav", "base", meta)


def test_rename_merge_split_and_turns():
    t = sample()
    assert rename_speaker(t, "話者1", "山田課長") == 2
    assert t.speakers() == ["山田課長", "話者2"]
    merge_segments(t, 0, 2)
    assert t.segments[0].text == "本日の会議を始めます。予算について説明します。"
    assert (t.segments[0].start, t.segments[0].end) == (0.0, 5.0)
    split_segment(t, 0, len("本日の会議を始めます。"))
    assert [s.text for s in t.segments[:2]] == ["本日の会議を始めます。", "予算について説明します。"]
    assert 0.0 < t.segments[0].end == t.segments[1].start < 5.0
    set_speaker(t, 1, "佐藤係長")
    set_text(t, 2, "新しい図書館の建設を承認しました。")
    assert t.segments[2].text.endswith("承認しました。")
    assert merge_speaker_turns(t) == 1  # the two 話者2 lines
    assert [s.speaker for s in t.segments] == ["山田課長", "佐藤係長", "話者2"]
    with pytest.raises(ValueError):
        rename_speaker(t, "話者2", "  ")
    with pytest.raises(IndexError):
        merge_segments(t, 2, 2)


def test_split_uses_word_times():
    t = Transcript([Segment(1.0, 5.0, "Hello there. General Kenobi.",
                            words=[Word(1.0, 1.5, " Hello"), Word(1.5, 2.0, " there."),
                                   Word(3.0, 3.8, " General"), Word(3.8, 5.0, " Kenobi.")])], "en")
    split_segment(t, 0, len("Hello there."))
    assert t.segments[0].text == "Hello there." and t.segments[1].text == "General Kenobi."
    assert t.segments[0].end == pytest.approx(2.5)
    assert [w.word for w in t.segments[1].words] == [" General", " Kenobi."]


def test_find_replace_counts():
    t = sample()
    assert find_replace(t, "図書館", "としょかん") == 1
    assert "としょかん" in t.segments[2].text and t.segments[2].words == []


def test_json_round_trip_and_autosave():
    t = sample()
    again = Transcript.from_dict(json.loads(json.dumps(t.to_dict())))
    assert again.to_dict() == t.to_dict()
    path = autosave.save(t)
    assert path.parent.parent == paths.tool_data_dir("minutes")
    assert autosave.load(t.source).meta.attendees == ["山田課長", "佐藤係長"]
    path.write_text("{broken", encoding="utf-8")
    assert autosave.load(t.source) is None  # damaged autosave is ignored, not a crash


def test_srt_vtt_txt_json_formats(tmp_path):
    t = sample()
    srt = to_srt(t)
    assert "1\n00:00:00,000 --> 00:00:02,500\n話者1: 本日の会議を始めます。" in srt
    assert "01:02:05,500 --> 01:02:07,000" in srt
    vtt = to_vtt(t)
    assert vtt.startswith("WEBVTT\n") and "<v 話者2>以上です。" in vtt
    assert re.search(r"00:00:05\.000 --> 00:00:08\.250", vtt)
    txt = export(t, tmp_path / "m.txt").read_text(encoding="utf-8")
    assert "[00:00:00] 話者1: 本日の会議を始めます。" in txt
    data = json.loads(export(t, tmp_path / "m.json").read_text(encoding="utf-8"))
    assert data["segments"][0]["words"][1] == {"start": 1.0, "end": 2.5, "word": "会議を始めます。",
                                               "probability": 1.0}
    assert data["segments"][2]["speaker"] == "話者2"


def test_docx_has_metadata_speakers_decisions_and_east_asian_font(tmp_path):
    t = sample()
    rename_speaker(t, "話者1", "山田課長")
    out = export(t, tmp_path / "議事録.docx")
    doc = Document(str(out))
    body = "\n".join(p.text for p in doc.paragraphs)
    cells = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert ["会議名", "第3回 予算委員会"] in cells and ["出席者", "山田課長、佐藤係長"] in cells
    assert ["場所", "第一本庁舎 会議室A"] in cells and ["作成者", "鈴木"] in cells
    for heading in ("議題", "要旨", "決定事項", "次回予定", "ToDo", "発言記録"):
        assert heading in body
    assert body.index("決定事項") < body.index("発言記録")  # the sections first, the verbatim record after
    assert "1. 来年度予算" in body and "・図書館の建設を承認する" in body and "令和8年12月2日" in body
    assert "山田課長（0:00:00–0:00:05）：本日の会議を始めます。予算について説明します。" in body
    assert "話者2" in body
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1
    xml = doc.element.xml
    assert 'w:eastAsia="ＭＳ 明朝"' in xml and 'w:eastAsia="ＭＳ ゴシック"' in xml  # on every office PC
    assert "IPAex" not in xml
    no_times = Document(str(export(t, tmp_path / "b.docx", with_times=False)))
    assert "0:00:00" not in "\n".join(p.text for p in no_times.paragraphs)


def test_docx_layout_header_widths_page_numbers_black_headings(tmp_path):
    """What LibreOffice showed: the label column took half the table (widths only on cells, not in the
    grid), headings were Word-blue, and pages had no numbers; Japanese turns ran together."""
    from docx.shared import Mm

    t = sample()
    t.segments[1].text = "予算について説明します"  # Whisper often leaves out 「。」
    t.segments.insert(2, Segment(5.0, 6.0, "まず歳入です", t.segments[1].speaker))
    doc = Document(str(export(t, tmp_path / "layout.docx")))
    table = doc.tables[0]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid == [Mm(30).twips, Mm(140).twips]
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    heading = doc.styles["Heading 1"].font.color
    assert heading.rgb == RGBColor(0, 0, 0) and heading.theme_color is None
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "予算について説明します\u3000まず歳入です" in body  # a visible break, not a run-on sentence
    assert "本日の会議を始めます。予算について" in body  # no extra space after 「。」


def test_docx_template_from_policy_folder(tmp_path, monkeypatch):
    from desktop.services.common.docx_ja import new_a4_document, add_text

    policy_dir = tmp_path / "policy"
    (policy_dir / "minutes").mkdir(parents=True)
    monkeypatch.setenv("TOSEI_DESK_POLICY", str(policy_dir / "policy.toml"))
    bureau = new_a4_document()
    add_text(bureau.add_paragraph(), "総務局 様式第1号")
    bureau.save(str(policy_dir / "minutes" / "minutes_template.docx"))
    doc = Document(str(export(sample(), tmp_path / "x.docx")))
    assert doc.paragraphs[0].text == "総務局 様式第1号"


def test_failed_export_leaves_nothing(tmp_path):
    t = sample()
    t.segments[0].text = "\x00bad control char"  # python-docx refuses XML-incompatible text
    out = tmp_path / "out.docx"
    with pytest.raises(ValueError):
        export(t, out)
    assert list(tmp_path.iterdir()) == []


def test_phantom_and_repeat_filters():
    phrases = phantom_list(["ご清聴ありがとうございました"])
    assert is_phantom("ご視聴ありがとうございました。", phrases)
    assert is_phantom("チャンネル登録よろしくお願いします!", phrases)
    assert is_phantom(" Thanks for watching! ", phrases)
    assert is_phantom("ご清聴ありがとうございました", phrases)
    assert not is_phantom("本日はご視聴ありがとうございましたと言う人がいます予算は承認", phrases)
    assert not is_phantom("予算を承認します。", phrases)
    assert collapse_repeats("はい、はい、はい、はい、はい、わかりました") == "はい、わかりました"
    assert collapse_repeats("the end the end the end the end") == "the end"
    assert collapse_repeats("はい、はい。") == "はい、はい。"
    assert drop_repeated_runs(["a", "予算を説明します", "予算を説明します", "予算を説明します", "b"]) == [0, 1, 4]
    assert drop_repeated_runs(["はい", "はい", "はい"]) == [0, 1]


def test_japanese_merge_keeps_unpunctuated_sentences_apart():
    t = Transcript([Segment(0.0, 1.0, "はじめます"), Segment(1.0, 2.0, "議題は図書館です。"),
                    Segment(2.0, 3.0, "以上")], "ja")
    merge_segments(t, 0, 3)
    assert t.segments[0].text == "はじめます\u3000議題は図書館です。以上"
    split_segment(t, 0, len("はじめます\u3000"))
    assert [s.text for s in t.segments] == ["はじめます", "議題は図書館です。以上"]
    en = Transcript([Segment(0.0, 1.0, "Hello"), Segment(1.0, 2.0, "there")], "en")
    merge_segments(en, 0, 2)
    assert en.segments[0].text == "Hello there"


def test_office_minutes_docx_reread_has_turns_sections_header_and_normal_permissions(tmp_path):
    import os
    import stat

    from desktop.services.minutes.suggestions import accept, suggest

    t = Transcript([Segment(0.0, 3.0, "本日の会議を始めます。", "話者1"), Segment(3.0, 6.0, "予算について説明します。", "話者1"),
                    Segment(7.0, 9.0, "予算案を承認します。", "話者2"),
                    Segment(10.0, 12.0, "次回は12月2日に開催します。", "話者1"),
                    Segment(12.5, 14.0, "お疲れ様でした。", "話者2")], "ja", 15.0)
    t.meta = MinutesMeta(title="第3回 予算委員会", datetime="令和8年12月3日 10:00", place="第一本庁舎 会議室A",
                         attendees=["山田課長", "佐藤係長"], absentees=["鈴木主事"], materials=["資料1 予算案"],
                         author="佐藤")
    rename_speaker(t, "話者1", "山田課長")
    found = suggest(t)
    accept(t, [s for s in found if s.kind in ("decision", "next")])
    old = os.umask(0o022)
    try:
        out = export(t, tmp_path / "議事録.docx")
        txt = export(t, tmp_path / "議事録.txt")
    finally:
        os.umask(old)
    for f in (out, txt):  # readable like any document, not 0600
        assert stat.S_IMODE(f.stat().st_mode) == 0o644
    doc = Document(str(out))
    cells = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert cells == {"会議名": "第3回 予算委員会", "日時": "令和8年12月3日 10:00", "場所": "第一本庁舎 会議室A",
                     "出席者": "山田課長、佐藤係長", "欠席者": "鈴木主事", "配布資料": "資料1 予算案", "作成者": "佐藤"}
    body = [p.text for p in doc.paragraphs]
    assert "・予算案を承認します。" in body and "次回は12月2日に開催します。" in body
    record = body[body.index("発言記録") + 1:]
    assert [p.split("（")[0] for p in record] == ["山田課長", "話者2", "山田課長", "話者2"]  # speaker turns
    assert record[0].endswith("：本日の会議を始めます。予算について説明します。")
    assert record[-1].endswith("：お疲れ様でした。")  # a genuine closing line is kept
