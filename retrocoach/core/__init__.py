"""The domain, in pure Python: no Qt, no speech engine, no file paths (a test enforces it)."""
