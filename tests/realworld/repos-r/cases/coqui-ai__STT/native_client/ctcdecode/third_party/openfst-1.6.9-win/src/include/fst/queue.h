stub: upstream file of 26620 bytes
