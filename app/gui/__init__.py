"""The Qt GUI. Only this package imports Qt; it talks to the core through Workspace."""
