"""The Qt side: a driver that runs the core session on precise timers, and the widgets."""
