import os

# Qt must not look for a display in tests or CI; a developer can still override it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
