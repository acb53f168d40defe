"""Developer scripts (run as `python scripts/NAME.py`); tests import some of them."""
