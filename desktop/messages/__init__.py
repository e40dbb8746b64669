"""Sentences for the user that both the UI and the CLI show: every service error type as a translated sentence.

Qt-free (checked by import-linter), below ``desktop.ui`` and ``desktop.cli`` and above ``desktop.services``:

- :mod:`desktop.messages.catalogue` -- ``translate(context, text)``: Qt's translators in the GUI, the same
  ``.ts``/``.qm`` catalogues read without Qt in the CLI;
- :mod:`desktop.messages.errors` -- the one registry: error type -> sentence (``describe``);
- one module per tool (``minutes``, ``forms``, ``send``, ``approval``, ``sync``, ``identity``) and ``common``
  (app-wide errors and PDF conversion), each with a ``SENTENCES`` table.

Source strings are Japanese; ``scripts/i18n.py`` files each tool's module under that tool's ``.ts``.
"""
