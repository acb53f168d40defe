"""Everything that touches files: the only package that knows paths."""
