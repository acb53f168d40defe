"""What runs a session without drawing it: the driver (the only scheduler), the voice coach,
the recorder, the remote control and the screen keeper. QtCore only: no widgets here."""
