"""Cloud sync (クラウド同期): two-way WebDAV sync of the work folder with a SQLite journal, plus the staff ID.

Modules: ``identity`` (profile JSON + sign-out), ``webdav`` (streaming client), ``journal`` (SQLite),
``local_tree`` (scan), ``planner`` (three-way decisions), ``engine`` (run one sync), ``profile_config``
(build a :class:`SyncConfig` from settings values and the credential store).
"""
