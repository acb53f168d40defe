"""What the menus and keys do: each action opens a dialog or asks, calls an operation
(``ui/ops``) and shows its result; the quit policy; the menu table. The controller wires them."""
