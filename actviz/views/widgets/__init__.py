"""Controls shared by every lab: the slider with an exact entry, the number spin box, the parameter
control and panel, the activation combo box. A lab imports these; they import no lab."""
