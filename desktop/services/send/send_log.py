"""送信記録 (send log): every job with recipients, subject, attachments (name + SHA-256), transport, server
response and the full history of state changes; exported to .xlsx atomically."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.common.atomic import atomic_output_path
from desktop.services.send.outbox import Outbox

JOB_COLUMNS = ("ID", "グループ", "作成日時", "更新日時", "状態", "宛先", "宛先名", "差出人", "件名", "送信方法",
               "添付ファイル", "SHA-256", "試行回数", "サーバー応答", "エラー", "Message-ID")
EVENT_COLUMNS = ("ID", "日時", "変更前", "変更後", "詳細")


def _time(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S") if ts else ""


def job_rows(outbox: Outbox) -> list[tuple]:
    rows = []
    for j in outbox.jobs():
        rows.append((j.id, j.group_id, _time(j.created_at), _time(j.updated_at), j.state, j.recipient,
                     j.recipient_name, j.sender, j.subject, "リンク" if j.transport == "link" else "メール添付",
                     "\n".join(a.name for a in j.attachments), "\n".join(a.sha256 for a in j.attachments),
                     j.attempts, j.response, j.error, j.message_id))
    return rows


def event_rows(outbox: Outbox) -> list[tuple]:
    return [(e.job_id, _time(e.at), e.from_state, e.to_state, e.detail) for e in outbox.events()]


def export_xlsx(outbox: Outbox, out: Path) -> Path:
    """Write two sheets (送信記録, 状態変更) to ``out`` atomically."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "送信記録"
    for ws, columns, rows in ((sheet, JOB_COLUMNS, job_rows(outbox)),
                              (book.create_sheet("状態変更"), EVENT_COLUMNS, event_rows(outbox))):
        ws.append(columns)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(list(row))
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
            for c in col:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
    out = Path(out)
    with atomic_output_path(out) as tmp:
        book.save(tmp)
    return out
