"""Typed activations: the editor's draft, the saved list and the registry."""
