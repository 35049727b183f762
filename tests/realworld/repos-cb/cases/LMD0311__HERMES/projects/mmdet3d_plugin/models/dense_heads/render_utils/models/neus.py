stub: upstream file of 9692 bytes
