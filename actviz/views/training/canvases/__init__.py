"""What the training lab draws: the decision maps, the network diagram, the hidden space and the
loss plot, and their look."""
