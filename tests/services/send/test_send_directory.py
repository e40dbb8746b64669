from __future__ import annotations

import openpyxl
import pytest

from desktop.services.send.directory import Directory, read_address_book
from desktop.services.send.errors import DirectoryImportError

ROWS = [
    ["氏名", "所属", "部署", "FAX番号", "メールアドレス", "グループ", "備考"],
    ["鈴木 一郎", "東京都", "総務局総務課", "03-5321-1111", "suzuki@metro.example.jp", "局長会", "x"],
    ["佐藤 花子", "新宿区", "企画課", "０３－５２７３－４０００", "sato@city.shinjuku.example.jp", "局長会;区", ""],
    ["田中 次郎", "八王子市", "総務課", "042-626-3111", "tanaka＠city.hachioji.example.jp", "", ""],
    ["壊れた 行", "港区", "", "03-3578-2111", "minato at city.example.jp", "", ""],
    ["FAXだけ", "中央区", "", "03-3543-0211", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["重複", "東京都", "", "03-5321-1111", "suzuki@metro.example.jp", "", ""],
]


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_xlsx_import_preview_explains_unmapped_rows(tmp_path):
    preview = read_address_book(write_xlsx(tmp_path / "fax.xlsx", ROWS))
    assert [c.email for c in preview.contacts] == [
        "suzuki@metro.example.jp", "sato@city.shinjuku.example.jp", "tanaka@city.hachioji.example.jp"]
    reasons = {p.row: p.reason for p in preview.problems}
    assert set(reasons) == {5, 6, 8}
    assert "malformed mail address" in reasons[5] and "minato at city.example.jp" in reasons[5]
    assert "no mail address" in reasons[6]
    assert "row 2" in reasons[8]
    assert preview.columns["fax"] == "FAX番号" and "備考" in preview.ignored_headers


def test_search_by_name_org_and_old_fax_number_in_any_notation(tmp_path):
    directory = Directory(tmp_path / "d.sqlite3")
    assert directory.apply_import(read_address_book(write_xlsx(tmp_path / "fax.xlsx", ROWS))) == 3
    assert [c.email for c in directory.search("０３（５３２１）１１１１")] == ["suzuki@metro.example.jp"]
    assert [c.email for c in directory.search("0352734000")] == ["sato@city.shinjuku.example.jp"]
    assert [c.email for c in directory.search("+81 3-5273-4000")] == ["sato@city.shinjuku.example.jp"]
    assert [c.email for c in directory.search("八王子")] == ["tanaka@city.hachioji.example.jp"]
    assert [c.email for c in directory.search("ＳＵＺＵＫＩ")] == ["suzuki@metro.example.jp"]
    assert [c.email for c in directory.find_by_fax("03 5321 1111")] == ["suzuki@metro.example.jp"]
    assert directory.groups() == ["区", "局長会"]
    assert {c.email for c in directory.group_members("局長会")} == {
        "suzuki@metro.example.jp", "sato@city.shinjuku.example.jp"}
    directory.set_group("同報A", ["tanaka@city.hachioji.example.jp", "suzuki@metro.example.jp"])
    assert len(directory.group_members("同報A")) == 2
    # re-import updates in place instead of duplicating
    directory.apply_import(read_address_book(write_xlsx(tmp_path / "fax.xlsx", ROWS)))
    assert directory.count() == 3


def test_csv_in_shift_jis(tmp_path):
    path = tmp_path / "fax.csv"
    text = "\n".join(",".join(r) for r in ROWS[:3]) + "\n"
    path.write_bytes(text.encode("cp932"))
    preview = read_address_book(path)
    assert [c.name for c in preview.contacts] == ["鈴木 一郎", "佐藤 花子"]


def test_unreadable_xlsx_is_a_clear_error_and_changes_nothing(tmp_path):
    directory = Directory(tmp_path / "d.sqlite3")
    directory.apply_import(read_address_book(write_xlsx(tmp_path / "ok.xlsx", ROWS[:2])))
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(DirectoryImportError, match="could not be read as an Excel file"):
        read_address_book(bad)
    with pytest.raises(DirectoryImportError, match="does not exist"):
        read_address_book(tmp_path / "missing.xlsx")
    no_header = write_xlsx(tmp_path / "nohead.xlsx", [["a", "b"], ["c", "d"]])
    with pytest.raises(DirectoryImportError, match="no header row"):
        read_address_book(no_header)
    assert [c.email for c in directory.all()] == ["suzuki@metro.example.jp"]


def test_messy_fax_book_header_below_title_dash_variants_and_two_addresses(tmp_path):
    rows = [
        ["令和8年度　FAX番号一覧（総務局総務部）"], [],
        ["No.", "氏名", "所属", "ＦＡＸ番号", "E-mail"],
        [1, "佐藤 花子", "中央区役所", "０３－３５４３－０２１１", "sato@city.chuo.example.jp"],
        [], [],
        [2, "高橋 誠", "建設局", "03ー5320ー5280", "takahashi@metro.example.jp"],
        [3, "田中 美咲", "八王子市", "042−626−3111", "tanaka@city.hachioji.example.jp；tanaka2＠city.hachioji.example.jp"],
        [4, "伊藤", "港区", "03-3578-2111", "ito@minato.example.jp ito2@minato.example.jp"],
        [5, "渡辺", "", "", ""],
        [6, "中村", "立川市", "042-523-2111", "nakamura@tachikawa.example.jp, minato at example.jp"],
        [7, "山本", "都税", "03-3252-7141", "takahashi@metro.example.jp"],
    ]
    preview = read_address_book(write_xlsx(tmp_path / "messy.xlsx", rows))
    assert [(c.name, c.email) for c in preview.contacts] == [
        ("佐藤 花子", "sato@city.chuo.example.jp"), ("高橋 誠", "takahashi@metro.example.jp"),
        ("田中 美咲", "tanaka@city.hachioji.example.jp"), ("田中 美咲", "tanaka2@city.hachioji.example.jp"),
        ("伊藤", "ito@minato.example.jp"), ("伊藤", "ito2@minato.example.jp")]
    assert [c.fax for c in preview.contacts[:3]] == ["03-3543-0211", "03-5320-5280", "042-626-3111"]
    problems = {p.row: (p.code, p.detail) for p in preview.problems}
    assert problems == {10: ("no_email", ""), 11: ("bad_email", "minato at example.jp"), 12: ("duplicate", "7")}
    directory = Directory(tmp_path / "d.sqlite3")
    assert directory.apply_import(preview) == 6
    assert {c.email for c in directory.find_by_fax("０４２（６２６）３１１１")} == {
        "tanaka@city.hachioji.example.jp", "tanaka2@city.hachioji.example.jp"}
    assert [c.email for c in directory.search("03-5320-5280")] == ["takahashi@metro.example.jp"]


def test_one_entry_add_edit_delete_never_overwrites(tmp_path):
    from desktop.services.send.directory import Contact, Directory
    from desktop.services.send.errors import ContactError, InvalidRecipient

    d = Directory(tmp_path / "dir.sqlite3")
    tanaka = d.create(Contact(name="田中 一郎", org="港区", fax="０３－３５７８－２１１１", email="Tanaka@City.Minato.example.jp",
                              groups=("区市町村",)))
    assert tanaka.id and tanaka.email == "Tanaka@city.minato.example.jp" and tanaka.fax == "03-3578-2111"
    assert d.groups() == ["区市町村"] and [c.email for c in d.group_members("区市町村")] == [tanaka.email]
    with pytest.raises(ContactError) as dup:                       # same address: refused, not overwritten
        d.create(Contact(name="別人", email="tanaka@city.minato.example.jp"))
    assert dup.value.params["reason"] == "duplicate" and d.get(tanaka.id).name == "田中 一郎"
    with pytest.raises(ContactError) as no_name:
        d.create(Contact(name="", email="x@example.jp"))
    assert no_name.value.params["reason"] == "no_name"
    with pytest.raises(ContactError) as bad_fax:
        d.create(Contact(name="x", email="x@example.jp", fax="03-12"))
    assert bad_fax.value.params["reason"] == "bad_fax"
    with pytest.raises(InvalidRecipient) as bad_mail:
        d.create(Contact(name="田中", email="田中"))
    assert bad_mail.value.params["reason"] == "at_count"

    sato = d.create(Contact(name="佐藤 花子", org="新宿区", email="sato@city.shinjuku.example.jp"))
    moved = d.update(tanaka.id, Contact(name="田中 一郎", org="港区", dept="総務課", email="tanaka2@city.minato.example.jp"))
    assert moved.id == tanaka.id and moved.dept == "総務課" and moved.groups == ()
    assert d.groups() == []                                        # the group it left empty is gone
    assert [c.email for c in d.search("総務課")] == ["tanaka2@city.minato.example.jp"]
    with pytest.raises(ContactError):                              # cannot take another entry's address
        d.update(tanaka.id, Contact(name="田中", email="sato@city.shinjuku.example.jp"))
    assert d.get(sato.id).name == "佐藤 花子" and d.count() == 2
    assert d.delete(sato.id).email == sato.email
    assert d.count() == 1 and d.get(sato.id) is None
    with pytest.raises(ContactError):
        d.delete(sato.id)
