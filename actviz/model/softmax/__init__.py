"""The softmax lab's state and what it shows."""
