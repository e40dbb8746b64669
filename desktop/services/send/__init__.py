"""FAX-less send (FAXレス送信): directory, cover sheet, transports, durable outbox, send log.

Qt-free. Modules:
  errors        typed failures
  addresses     mail address / FAX number normalisation and domain policy
  directory     宛先帳 in SQLite: import (.xlsx/.csv) with preview, search, groups
  cover_sheet   送付状 as PDF (reportlab + a Japanese TrueType font) and .docx
  message       builds the MIME message of one outbox job
  smtp_transport SMTP (STARTTLS / implicit TLS / none, AUTH, TCP_NODELAY)
  link_upload   LinkUploader protocol; uploads through the sync tool's WebDAV client
  outbox        durable outbox in SQLite (WAL): states, events, recovery
  runner        processes due outbox jobs (retry/backoff, uncertain after DATA)
  send_log      送信記録 export to .xlsx
"""
