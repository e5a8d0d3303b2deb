"""The app's state: evented (psygnal) objects with validation, and no Qt at all."""
