"""The desktop application (PySide6).

Views call services only (never the store); every user-visible string goes through
``tr()``; long work runs through :mod:`bewustwerven.ui.ops`.
Start: :func:`bewustwerven.ui.main.run_app`.
"""
