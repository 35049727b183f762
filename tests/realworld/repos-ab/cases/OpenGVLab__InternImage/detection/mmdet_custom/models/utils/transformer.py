stub: upstream file of 11576 bytes
