"""The main window and what it shows: the session panel and its parts, the controls, the
status bar and the hands-free keys."""
