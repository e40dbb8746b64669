"""pytest-qt: the review page's ledger bar writes dates as the setting forms_ledger_dates says (和暦 text)."""
import datetime as dt

import openpyxl

from desktop.services import paths
from desktop.services.forms.extract import BatchResult, FieldResult, Record
from desktop.services.forms.ledger import MAIN_SHEET
from desktop.services.forms.review_store import ReviewStore
from desktop.services.forms.template import load_template


def test_ledger_bar_writes_wareki_text_when_the_setting_says_so(qtbot, app_context, tmp_path):
    from desktop.ui.forms.ledger_bar import LedgerBar

    tpl = load_template(paths.resource_path("forms", "shomei_shinsei", "template.json"))
    values = {f.name: "x" for f in tpl.fields} | {"申請日": dt.date(2019, 5, 1), "生年月日": dt.date(2019, 4, 30)}
    rec = Record(tpl.name, "/s/a.png", 1, [FieldResult(f.name, f.type, "", values[f.name], 1.0) for f in tpl.fields],
                 page_hash="ab" * 32, template_path=str(tpl.path))
    store = ReviewStore(tmp_path / "review.sqlite3")
    (rid,) = store.add_batch(BatchResult(str(tpl.path), [rec], []))
    store.confirm(rid, values, "tanaka", [])
    app_context.settings.set("forms_ledger_dates", "wareki")
    bar = LedgerBar(app_context, store)
    qtbot.addWidget(bar)
    bar.set_template(tpl)
    out = tmp_path / "台帳.xlsx"
    bar.set_ledger_path(out)
    assert bar.pending_count() == 1
    handle = bar.export()
    qtbot.waitUntil(lambda: handle.done, timeout=20000)
    ws = openpyxl.load_workbook(out)[MAIN_SHEET]
    header = [c.value for c in ws[1]]
    assert header == [f.name for f in tpl.fields]
    cells = {h: ws.cell(2, i + 1) for i, h in enumerate(header)}
    assert cells["申請日"].value == "令和元年5月1日" and cells["申請日"].data_type == "s"
    assert cells["生年月日"].value == "平成31年4月30日" and not cells["生年月日"].is_date
    assert bar.pending_count() == 0
