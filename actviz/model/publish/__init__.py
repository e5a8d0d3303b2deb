"""Animating a parameter and writing the frames to a movie file."""
