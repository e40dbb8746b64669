"""紙→デジタル: scanned paper forms → template-zone OCR, checkboxes, validation, review → Excel/CSV ledger.

Modules: ``template`` (form templates as JSON beside a blank reference image), ``pages`` (load images/PDFs at
300 dpi), ``registration`` (align a scan to its template), ``ocr_engine`` (pluggable recognition engine),
``normalise`` / ``validate`` (per-type clean-up and checks), ``extract`` (the batch call that runs in a child
process), ``review_store`` (durable SQLite store of extracted and confirmed records), ``ledger`` (xlsx/csv).
Qt-free.
"""
