"""How the app looks: themes, colours, icons, window geometry, focus style and plain text."""
