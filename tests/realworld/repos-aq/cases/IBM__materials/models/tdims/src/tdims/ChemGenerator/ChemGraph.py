stub: upstream file of 107533 bytes
