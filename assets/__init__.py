"""Data files (workouts, tips, sounds); shipped in the wheel as `retrocoach.assets`."""
