stub: upstream file of 37757 bytes
