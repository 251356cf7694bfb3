"""Qt-free core of Vårdfläta: storage, versioning, catalogue, analysis.

Nothing under this package may import Qt; tests/test_architecture.py enforces it.
"""
