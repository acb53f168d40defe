"""The dialogs: settings, history, the workout editor and their parts. They show and ask;
the operations (retrocoach.ui.ops) do."""
