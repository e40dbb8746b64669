"""Qt widgets of Tosei Desk. Pages talk to ``desktop.services``; long work goes through ``desktop.ui.jobs``."""
