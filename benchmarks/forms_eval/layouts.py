"""Two form layouts unlike the bundled sample, drawn with Pillow (A4 at 300 dpi = 2480×3508 px).

``kyufu``: a 17-field 児童手当 口座振替 申請書 — two-column rows, 〒 and 住所 in one cell, a printed
「令和　　年　　月　　日」 with the digits typed in, exactly-one groups 性別 and 口座種別, a 5-option multi-select
連絡方法, a digit string with leading zeros (口座番号) and a bank-style katakana account name (「カ）」「ユ）」).
Labels in IPAex Mincho.

``shisetsu``: a 施設利用申込書 with labels *above* the boxes (stacked cells), 西暦 dates, a 会員番号 of 8 digits
with leading zeros, two exactly-one groups and a 5-option multi-select in a grid. Labels in Noto Serif CJK.

Each layout returns the template JSON (``fields`` with boxes) and draws the blank; filled values are typed in
one of the value fonts (Takao Gothic, VL Gothic, Noto Sans CJK JP).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PAGE = (2480, 3508)

LABEL_FONTS = {
    "kyufu": ("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", 0),
    "shisetsu": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 0),
}
VALUE_FONTS = {
    "takao": ("/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf", 0),
    "vl": ("/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf", 0),
    "noto": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
}
FALLBACK = ("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 0)


def font(spec: tuple[str, int], size: int):
    from PIL import ImageFont

    path, index = spec if Path(spec[0]).is_file() else FALLBACK
    return ImageFont.truetype(path, size, index=index)


def available_value_fonts() -> list[str]:
    return [k for k, (p, _i) in VALUE_FONTS.items() if Path(p).is_file()]


@dataclass
class Drawn:
    """A layout: its template fields, plus the drawing recipe of the blank."""

    name: str
    title: str
    fields: list[dict]
    lines: list[tuple[int, int, int, int, int]] = field(default_factory=list)   # x0, y0, x1, y1, width
    labels: list[tuple[int, int, str, int]] = field(default_factory=list)      # x, y, text, size
    boxes: list[tuple[int, int, int]] = field(default_factory=list)            # checkbox x, y, size
    date_slots: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # field → typed digit spots


def _cell_box(x0, y0, x1, y1, inset=14) -> list[int]:
    return [x0 + inset, y0 + inset, x1 - x0 - 2 * inset, y1 - y0 - 2 * inset]


def kyufu() -> Drawn:
    d = Drawn("kyufu", "児童手当　口座振替依頼書兼申請書", [])
    left, right, mid, lab_w = 120, 2360, 1240, 330
    y = 470
    lw = 4

    def hline(yy, x0=left, x1=right):
        d.lines.append((x0, yy, x1, yy, lw))

    def vline(x, y0, y1):
        d.lines.append((x, y0, x, y1, lw))

    def label(x, yy, h, text, size=44):
        d.labels.append((x + 24, yy + h // 2 - size // 2 - 4, text, size))

    def checks(name, rule, options, x, yy, h, gap=250, size=60):
        opts = []
        for o in options:
            by = yy + (h - size) // 2
            d.boxes.append((x, by, size))
            d.labels.append((x + size + 16, by + 4, o, 44))
            opts.append({"label": o, "box": [x, by, size, size]})
            x += gap
        d.fields.append({"name": name, "type": "checkbox_group", "rule": rule, "options": opts, "required": True})

    top = y
    # 届出日: printed 令和　年　月　日 with typed digits
    h = 160
    hline(y)
    label(left, y, h, "届出日")
    vline(left + lab_w, y, y + h)
    x0 = left + lab_w + 40
    ty = y + h // 2 - 26
    slots = []
    for text, dx in (("令和", 0), ("年", 230), ("月", 420), ("日", 610)):
        d.labels.append((x0 + dx, ty, text, 48))
    slots = [(x0 + 118, ty), (x0 + 292, ty), (x0 + 482, ty)]
    d.date_slots["届出日"] = slots
    d.fields.append({"name": "届出日", "type": "date_wareki", "box": [x0 - 20, y + 14, 760, h - 28],
                     "required": True})
    y += h

    def two(lab1, f1, lab2, f2, h):
        nonlocal y
        hline(y)
        label(left, y, h, lab1)
        vline(left + lab_w, y, y + h)
        vline(mid, y, y + h)
        label(mid, y, h, lab2)
        vline(mid + lab_w, y, y + h)
        if f1:
            f1["box"] = _cell_box(left + lab_w, y, mid, y + h)
            d.fields.append(f1)
        if f2 is not None:
            if callable(f2):
                f2(mid + lab_w + 30, y, h)
            else:
                f2["box"] = _cell_box(mid + lab_w, y, right, y + h)
                d.fields.append(f2)
        y += h

    two("フリガナ", {"name": "フリガナ", "type": "kana", "required": True}, "性別",
        lambda x, yy, h: checks("性別", "exactly_one", ("男", "女"), x, yy, h), 150)
    two("氏名", {"name": "氏名", "type": "text", "required": True}, "生年月日",
        {"name": "生年月日", "type": "date_wareki", "required": True}, 190)
    # 〒 and 住所 in one cell
    h = 290
    hline(y)
    label(left, y, h, "住所")
    vline(left + lab_w, y, y + h)
    d.labels.append((left + lab_w + 30, y + 30, "〒", 52))
    d.fields.append({"name": "郵便番号", "type": "postal", "box": [left + lab_w + 100, y + 16, 520, 100],
                     "required": True})
    d.fields.append({"name": "住所", "type": "text", "box": [left + lab_w + 16, y + 130, right - left - lab_w - 32,
                                                              h - 146], "required": True})
    y += h
    two("電話番号", {"name": "電話番号", "type": "phone", "required": True}, "携帯電話",
        {"name": "携帯電話", "type": "phone"}, 160)
    two("世帯人数", {"name": "世帯人数", "type": "number", "required": True}, "勤務先",
        {"name": "勤務先", "type": "text"}, 160)
    two("金融機関名", {"name": "金融機関名", "type": "text", "required": True}, "支店名",
        {"name": "支店名", "type": "text", "required": True}, 160)
    two("口座種別", None, "口座番号", {"name": "口座番号", "type": "digits", "required": True}, 160)
    checks("口座種別", "exactly_one", ("普通", "当座"), left + lab_w + 40, y - 160, 160)
    h = 170
    hline(y)
    label(left, y, h, "口座名義（カナ）", 40)
    vline(left + lab_w, y, y + h)
    d.fields.append({"name": "口座名義", "type": "kana", "box": _cell_box(left + lab_w, y, right, y + h),
                     "required": True})
    y += h
    h = 190
    hline(y)
    label(left, y, h, "連絡方法", 44)
    d.labels.append((left + 24, y + h // 2 + 30, "（複数可）", 34))
    vline(left + lab_w, y, y + h)
    checks("連絡方法", "at_least_one", ("郵送", "電話", "メール", "窓口", "ＦＡＸ"), left + lab_w + 40, y, h,
           gap=360)
    y += h
    d.lines.append((left, top, right, top, 8))
    d.lines.append((left, y, right, y, 8))
    d.lines.append((left, top, left, y, 8))
    d.lines.append((right, top, right, y, 8))
    d.labels.append((left, y + 60, "上記のとおり申請し、児童手当の振込先として上記口座を指定します。", 40))
    d.labels.append((left, y + 130, "※太枠内を記入してください。口座名義はカナで記入してください。", 36))
    d.labels.append((left, 200, "第５号様式（第８条関係）", 38))
    d.labels.append((1640, 380, "〇〇区長　あて", 44))
    return d


def shisetsu() -> Drawn:
    d = Drawn("shisetsu", "施設利用申込書", [])
    left, right = 200, 2280
    y = 560
    lab_h = 70

    def cell(x0, x1, yy, h, text, f):
        d.lines.extend([(x0, yy, x1, yy, 3), (x0, yy + h, x1, yy + h, 3), (x0, yy, x0, yy + h, 3),
                        (x1, yy, x1, yy + h, 3), (x0, yy + lab_h, x1, yy + lab_h, 2)])
        d.labels.append((x0 + 16, yy + 14, text, 38))
        if f is not None:
            f["box"] = [x0 + 12, yy + lab_h + 10, x1 - x0 - 24, h - lab_h - 22]
            d.fields.append(f)

    def checks(name, rule, options, x0, x1, yy, h, cols, size=56):
        d.lines.extend([(x0, yy, x1, yy, 3), (x0, yy + h, x1, yy + h, 3), (x0, yy, x0, yy + h, 3),
                        (x1, yy, x1, yy + h, 3), (x0, yy + lab_h, x1, yy + lab_h, 2)])
        d.labels.append((x0 + 16, yy + 14, name + ("（該当するものすべて）" if rule != "exactly_one" else ""), 38))
        opts = []
        col_w = (x1 - x0 - 40) // cols
        for i, o in enumerate(options):
            r, c = divmod(i, cols)
            bx = x0 + 30 + c * col_w
            by = yy + lab_h + 30 + r * 100
            d.boxes.append((bx, by, size))
            d.labels.append((bx + size + 14, by + 6, o, 40))
            opts.append({"label": o, "box": [bx, by, size, size]})
        d.fields.append({"name": name, "type": "checkbox_group", "rule": rule, "options": opts, "required": True})

    h = 200
    cell(left, 1200, y, h, "利用日", {"name": "利用日", "type": "date", "required": True})
    cell(1240, right, y, h, "会員番号（8桁）", {"name": "会員番号", "type": "digits", "required": True})
    y += h + 40
    cell(left, right, y, h, "団体名", {"name": "団体名", "type": "text", "required": True})
    y += h + 40
    cell(left, 1200, y, 180, "フリガナ", {"name": "フリガナ", "type": "kana", "required": True})
    cell(1240, right, y, 180, "利用人数", {"name": "利用人数", "type": "number", "required": True})
    y += 180 + 40
    cell(left, 1200, y, h, "代表者氏名", {"name": "代表者氏名", "type": "text", "required": True})
    cell(1240, right, y, h, "電話番号", {"name": "電話番号", "type": "phone", "required": True})
    y += h + 40
    cell(left, 900, y, h, "郵便番号", {"name": "郵便番号", "type": "postal", "required": True})
    cell(940, right, y, h, "住所", {"name": "住所", "type": "text", "required": True})
    y += h + 40
    checks("利用施設", "exactly_one", ("体育館", "会議室", "和室", "音楽室"), left, right, y, 200, 4)
    y += 200 + 40
    checks("附帯設備", "any", ("マイク", "プロジェクター", "ホワイトボード", "長机", "暗幕"), left, right, y, 300, 3)
    y += 300 + 40
    checks("支払方法", "exactly_one", ("現金", "振込", "口座振替"), left, right, y, 200, 3)
    y += 200
    d.labels.append((left, 260, "（様式２）", 40))
    d.labels.append((left, y + 80, "※利用日の３か月前から申し込めます。記入された個人情報は施設の利用管理にのみ使用します。", 34))
    d.lines.extend([(1600, y + 200, right, y + 200, 3), (1600, y + 460, right, y + 460, 3),
                    (1600, y + 200, 1600, y + 460, 3), (right, y + 200, right, y + 460, 3)])
    d.labels.append((1630, y + 220, "受付", 36))
    return d


LAYOUTS = {"kyufu": kyufu, "shisetsu": shisetsu}


def draw_blank(lay: Drawn):
    from PIL import Image, ImageDraw

    img = Image.new("L", PAGE, 255)
    g = ImageDraw.Draw(img)
    lf = LABEL_FONTS[lay.name]
    tf = font(lf, 84)
    tw = g.textlength(lay.title, font=tf)
    g.text(((PAGE[0] - tw) / 2, 280 if lay.name == "kyufu" else 360), lay.title, font=tf, fill=0)
    for x0, y0, x1, y1, w in lay.lines:
        g.line([(x0, y0), (x1, y1)], fill=0, width=w)
    for x, y, text, size in lay.labels:
        g.text((x, y), text, font=font(lf, size), fill=0)
    for x, y, s in lay.boxes:
        g.rectangle([x, y, x + s, y + s], outline=0, width=4)
    return img


def template_json(lay: Drawn) -> dict:
    titles = {"kyufu": "児童手当口座振替申請書", "shisetsu": "施設利用申込書"}
    return {"name": titles[lay.name], "image": "blank.png", "dpi": 300, "fields": lay.fields}
