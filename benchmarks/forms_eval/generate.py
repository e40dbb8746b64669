"""Generate the forms evaluation set at run time (nothing big is committed).

    python -m benchmarks.forms_eval.generate OUT_DIR [--forms 100]

Writes ``OUT_DIR/templates/<layout>/{blank.png,template.json}``, the filled pages under ``OUT_DIR/pages/`` in
the file format of their condition, and ``OUT_DIR/truth.json`` (one entry per page: file, layout, font,
condition, values). Values are random but seeded (names, addresses, banks, katakana account names incl.
「カ）」「ユ）」, digit strings with leading zeros, 令和 dates typed into a printed 「令和　年　月　日」).

Conditions: ``clean`` (300 dpi, tiny skew), ``scan`` (skew ≤ 1.5°, blur, noise, JPEG), ``fax`` (200×100 dpi
TIFF G3, anisotropic), ``fax_fine`` (200×200 dpi TIFF G3), ``photo`` (phone photo: ≤ 2 % corner perspective,
uneven light, blur, JPEG, no dpi), ``upside_down`` (a scan fed the wrong way round).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import numpy as np

from benchmarks.forms_eval import layouts

CONDITIONS = ("clean", "scan", "fax", "fax_fine", "photo", "upside_down")
# share of forms per condition (cycled deterministically)
CYCLE = ("clean", "scan", "clean", "fax", "photo", "scan", "clean", "fax_fine", "upside_down", "clean")

SURNAMES = (("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
            ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"),
            ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山口", "ヤマグチ"), ("松本", "マツモト"), ("井上", "イノウエ"),
            ("木村", "キムラ"), ("清水", "シミズ"), ("斎藤", "サイトウ"), ("森", "モリ"), ("池田", "イケダ"),
            ("橋本", "ハシモト"), ("石川", "イシカワ"), ("前田", "マエダ"), ("藤原", "フジワラ"), ("岡田", "オカダ"))
GIVEN = (("一郎", "イチロウ"), ("健太", "ケンタ"), ("大輔", "ダイスケ"), ("翔太", "ショウタ"), ("陽子", "ヨウコ"),
         ("美咲", "ミサキ"), ("由美", "ユミ"), ("直樹", "ナオキ"), ("恵子", "ケイコ"), ("浩二", "コウジ"),
         ("裕子", "ユウコ"), ("誠", "マコト"), ("真一", "シンイチ"), ("優花", "ユウカ"), ("亮", "リョウ"),
         ("智子", "トモコ"), ("隆", "タカシ"), ("紀子", "ノリコ"), ("雄一", "ユウイチ"), ("彩", "アヤ"))
PLACES = (("160-0023", "東京都新宿区西新宿"), ("151-0053", "東京都渋谷区代々木"), ("170-0013", "東京都豊島区東池袋"),
          ("190-0012", "東京都立川市曙町"), ("192-0083", "東京都八王子市旭町"), ("135-0016", "東京都江東区東陽"),
          ("114-0023", "東京都北区滝野川"), ("206-0033", "東京都多摩市落合"), ("182-0022", "東京都調布市国領町"),
          ("100-0005", "東京都千代田区丸の内"), ("130-0022", "東京都墨田区江東橋"), ("173-0004", "東京都板橋区板橋"),
          ("180-0004", "東京都武蔵野市吉祥寺本町"), ("108-0074", "東京都港区高輪"), ("120-0034", "東京都足立区千住"))
KANJI_NUM = "一二三四五六七八九"
BANKS = ("みずほ銀行", "三菱ＵＦＪ銀行", "三井住友銀行", "りそな銀行", "きらぼし銀行", "西武信用金庫",
         "城南信用金庫", "多摩信用金庫", "ゆうちょ銀行")
BRANCHES = ("新宿支店", "渋谷支店", "池袋東口支店", "立川支店", "八王子支店", "本店営業部", "吉祥寺支店",
            "北千住支店", "高輪台支店", "調布支店")
COMPANIES = (("カ）", "トウキョウサービス"), ("ユ）", "ミドリコーポレーション"), ("カ）", "サクラテック"),
             ("ユ）", "ハーモニーフーズ"), ("カ）", "ニシシンジュクビル"), ("カ）", "ブルーリーフ"))
EMPLOYERS = ("東京都庁", "株式会社みどり商事", "新宿区役所", "有限会社さくら工房", "自営業", "株式会社東京精工",
             "多摩中央病院", "")
GROUPS = ("新宿区卓球同好会", "ひまわり合唱団", "西新宿町会", "多摩ソフトボールクラブ", "城北囲碁の会",
          "吉祥寺ダンスサークル", "こども科学教室", "調布太極拳の会")
CONTACT = ("郵送", "電話", "メール", "窓口", "ＦＡＸ")
EQUIP = ("マイク", "プロジェクター", "ホワイトボード", "長机", "暗幕")


def _reiwa(d: dt.date) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def _wareki(d: dt.date) -> str:
    for era, start in (("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25))):
        if d >= start:
            y = d.year - start.year + 1
            return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    raise ValueError(d)


def _phone(rng) -> str:
    kind = rng.integers(0, 3)
    if kind == 0:
        return f"03-{rng.integers(1000, 9999)}-{rng.integers(0, 9999):04d}"
    if kind == 1:
        return f"042-{rng.integers(100, 999)}-{rng.integers(0, 9999):04d}"
    return f"0{rng.choice([7, 8, 9])}0-{rng.integers(1000, 9999)}-{rng.integers(0, 9999):04d}"


def _address(rng) -> tuple[str, str]:
    postal, town = PLACES[rng.integers(len(PLACES))]
    chome = KANJI_NUM[rng.integers(0, 5)]
    addr = f"{town}{chome}丁目{rng.integers(1, 30)}番{rng.integers(1, 20)}号"
    if rng.random() < 0.3:
        addr += f"　{rng.choice(['グリーンハイツ', 'メゾン・ソレイユ', 'パークコート', 'サンライズ'])}{rng.integers(1, 9)}0{rng.integers(1, 9)}"
    return postal, addr


def _person(rng) -> tuple[str, str]:
    s, sk = SURNAMES[rng.integers(len(SURNAMES))]
    g, gk = GIVEN[rng.integers(len(GIVEN))]
    return f"{s}　{g}", f"{sk}　{gk}"


def values_for(layout: str, rng) -> dict:
    name, kana = _person(rng)
    postal, addr = _address(rng)
    if layout == "kyufu":
        filed = dt.date(2025, 1, 6) + dt.timedelta(days=int(rng.integers(0, 330)))
        born = dt.date(1955, 1, 1) + dt.timedelta(days=int(rng.integers(0, 17000)))
        holder = kana if rng.random() < 0.6 else "".join(COMPANIES[rng.integers(len(COMPANIES))])
        contact = sorted(rng.choice(len(CONTACT), size=int(rng.integers(1, 4)), replace=False).tolist())
        return {
            "届出日": filed.isoformat(), "フリガナ": kana, "性別": [["男", "女"][int(rng.integers(2))]],
            "氏名": name, "生年月日": born.isoformat(), "郵便番号": postal, "住所": addr,
            "電話番号": _phone(rng), "携帯電話": f"0{rng.choice([7, 8, 9])}0-{rng.integers(1000, 9999)}-{rng.integers(0, 9999):04d}",
            "世帯人数": str(int(rng.integers(1, 8))), "勤務先": EMPLOYERS[rng.integers(len(EMPLOYERS))],
            "金融機関名": BANKS[rng.integers(len(BANKS))], "支店名": BRANCHES[rng.integers(len(BRANCHES))],
            "口座種別": [["普通", "当座"][int(rng.random() < 0.2)]],
            "口座番号": f"{int(rng.integers(0, 10 ** 6)):07d}" if rng.random() < 0.5 else f"{int(rng.integers(10 ** 6, 10 ** 7))}",
            "口座名義": holder, "連絡方法": [CONTACT[i] for i in contact],
        }
    used = dt.date(2025, 4, 1) + dt.timedelta(days=int(rng.integers(0, 300)))
    equip = sorted(rng.choice(len(EQUIP), size=int(rng.integers(0, 4)), replace=False).tolist())
    return {
        "利用日": used.isoformat(), "会員番号": f"{int(rng.integers(0, 10 ** 6)):08d}",
        "団体名": GROUPS[rng.integers(len(GROUPS))], "フリガナ": kana, "利用人数": str(int(rng.integers(2, 80))),
        "代表者氏名": name, "電話番号": _phone(rng), "郵便番号": postal, "住所": addr,
        "利用施設": [["体育館", "会議室", "和室", "音楽室"][int(rng.integers(4))]],
        "附帯設備": [EQUIP[i] for i in equip], "支払方法": [["現金", "振込", "口座振替"][int(rng.integers(3))]],
    }


def typed_text(layout: str, name: str, value: str) -> str:
    """What the applicant typed for a value (dates as they appear on the form; digits full-width here and there)."""
    if name in ("届出日",):
        return value
    if name == "生年月日":
        return _wareki(dt.date.fromisoformat(value))
    if name == "利用日":
        d = dt.date.fromisoformat(value)
        return f"{d.year}年{d.month}月{d.day}日"
    return value


def draw_filled(lay: layouts.Drawn, blank, values: dict, font_key: str, rng):
    from PIL import ImageDraw

    img = blank.copy()
    g = ImageDraw.Draw(img)
    vf = layouts.VALUE_FONTS[font_key]
    for f in lay.fields:
        v = values.get(f["name"])
        if f["type"] == "checkbox_group":
            for o in f["options"]:
                if o["label"] in (v or []):
                    _mark(g, o["box"], rng)
            continue
        if not v:
            continue
        if f["name"] in lay.date_slots:
            d = dt.date.fromisoformat(v)
            fnt = layouts.font(vf, 50)
            for (x, y), num in zip(lay.date_slots[f["name"]], (d.year - 2018, d.month, d.day)):
                s = str(num)
                g.text((x + 40 - g.textlength(s, font=fnt) / 2, y - 2), s, font=fnt, fill=0)
            continue
        x, y, w, h = f["box"]
        text = typed_text(lay.name, f["name"], v)
        size = int(min(54, h * 0.55))
        fnt = layouts.font(vf, size)
        while g.textlength(text, font=fnt) > w - 60 and size > 30:
            size -= 2
            fnt = layouts.font(vf, size)
        jitter = int(rng.integers(-6, 7))
        g.text((x + 24 + int(rng.integers(0, 20)), y + (h - size) / 2 - 6 + jitter), text, font=fnt, fill=0)
    return img


def _mark(g, box, rng) -> None:
    x, y, w, h = box
    if rng.random() < 0.5:   # a tick that runs over the box edge
        g.line([(x + 10, y + h * 0.5), (x + w * 0.42, y + h - 10), (x + w + 14, y - 18)], fill=0, width=9)
    else:                    # a cross inside the box
        g.line([(x + 10, y + 10), (x + w - 10, y + h - 10)], fill=0, width=8)
        g.line([(x + w - 10, y + 10), (x + 10, y + h - 10)], fill=0, width=8)


# ---- degradations ------------------------------------------------------------------------------------------

def _skew(arr, rng, max_angle, max_shift=30):
    import cv2

    h, w = arr.shape
    angle = float(rng.uniform(-max_angle, max_angle))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, float(rng.uniform(0.985, 1.015)))
    m[:, 2] += rng.uniform(-max_shift, max_shift, size=2)
    return cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def _jpeg(arr, quality):
    import cv2

    ok, buf = cv2.imencode(".jpg", arr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    return cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)


def degrade(img, condition: str, rng, out_base: Path) -> Path:
    """Write the filled render ``img`` as ``condition`` would deliver it; return the file written."""
    import cv2
    from PIL import Image

    arr = np.asarray(img.convert("L"), dtype=np.uint8)
    if condition == "clean":
        out = _skew(arr, rng, 0.3, 10)
        path = out_base.with_suffix(".png")
        Image.fromarray(out).save(path, dpi=(300, 300))
        return path
    if condition in ("scan", "upside_down"):
        out = _skew(arr, rng, 1.5)
        out = cv2.GaussianBlur(out, (0, 0), float(rng.uniform(0.6, 1.1)))
        noise = rng.normal(0, float(rng.uniform(5, 11)), out.shape)
        out = np.clip(out.astype(np.float32) * 0.9 + 16 + noise, 0, 255).astype(np.uint8)
        out = _jpeg(out, rng.integers(60, 85))
        if condition == "upside_down":
            out = cv2.rotate(out, cv2.ROTATE_180)
        path = out_base.with_suffix(".jpg")
        Image.fromarray(out).save(path, dpi=(300, 300), quality=92)
        return path
    if condition in ("fax", "fax_fine"):
        ydpi = 100 if condition == "fax" else 200
        out = _skew(arr, rng, 0.8)
        h, w = out.shape
        small = cv2.resize(out, (round(w * 200 / 300), round(h * ydpi / 300)), interpolation=cv2.INTER_AREA)
        small = small.astype(np.float32) + rng.normal(0, 18, small.shape)
        bw = Image.fromarray((small > 150).astype(np.uint8) * 255).convert("1")
        path = out_base.with_suffix(".tif")
        bw.save(path, compression="group3", dpi=(200, ydpi))
        return path
    if condition == "photo":
        h, w = arr.shape
        d = 0.02 * w
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = src + rng.uniform(-d, d, size=(4, 2)).astype(np.float32)
        m = cv2.getPerspectiveTransform(src, dst)
        out = cv2.warpPerspective(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=235)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        light = 0.82 + 0.16 * (xx / w) * float(rng.uniform(0.5, 1)) + 0.06 * (yy / h)
        out = out.astype(np.float32) * light
        out = cv2.GaussianBlur(out, (0, 0), float(rng.uniform(0.8, 1.4)))
        out = np.clip(out + rng.normal(0, 6, out.shape), 0, 255).astype(np.uint8)
        f = float(rng.uniform(0.7, 0.85))       # a 12-megapixel phone frames the page at ~220–250 dpi
        out = cv2.resize(out, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        out = _jpeg(out, rng.integers(70, 90))
        path = out_base.with_suffix(".jpg")
        Image.fromarray(out).save(path, quality=90)   # no dpi: phones don't say
        return path
    raise ValueError(condition)


def legacy_template(data: dict) -> dict:
    """The template as the code before the character classes could load it ("digits" → "number")."""
    out = json.loads(json.dumps(data))
    for f in out["fields"]:
        if f["type"] == "digits":
            f["type"] = "number"
        f.pop("char_class", None)
    return out


def generate(out_dir: Path, forms: int = 100, *, seed: int = 20251204, conditions=None,
             legacy: bool = False, layouts_wanted=None) -> list[dict]:
    """Write templates, pages and truth.json under ``out_dir``; return the truth entries."""
    out_dir = Path(out_dir)
    (out_dir / "pages").mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    fonts = layouts.available_value_fonts()
    names = list(layouts_wanted or layouts.LAYOUTS)
    drawn = {k: layouts.LAYOUTS[k]() for k in names}
    blanks = {}
    for k, lay in drawn.items():
        folder = out_dir / "templates" / k
        folder.mkdir(parents=True, exist_ok=True)
        blank = layouts.draw_blank(lay)
        blank.save(folder / "blank.png", dpi=(300, 300))
        data = layouts.template_json(lay)
        if legacy:
            data = legacy_template(data)
        (folder / "template.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        blanks[k] = blank
    truth = []
    for i in range(forms):
        k = names[i % len(names)]
        font_key = fonts[(i // len(names)) % len(fonts)]
        cond = (conditions or CYCLE)[(i // len(names)) % len(conditions or CYCLE)]
        values = values_for(k, rng)
        img = draw_filled(drawn[k], blanks[k], values, font_key, rng)
        path = degrade(img, cond, rng, out_dir / "pages" / f"{i:03d}_{k}_{cond}_{font_key}")
        truth.append({"file": path.name, "layout": k, "font": font_key, "condition": cond, "values": values})
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--forms", type=int, default=100)
    ap.add_argument("--legacy", action="store_true")
    args = ap.parse_args()
    truth = generate(args.out, args.forms, legacy=args.legacy)
    print(f"{len(truth)} pages in {args.out}")


if __name__ == "__main__":
    main()
