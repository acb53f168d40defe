"""The operations: what the app does for a widget (import, export, save, check), each a small
function or object that returns a result or a problem for the widget to show. No widgets here."""
