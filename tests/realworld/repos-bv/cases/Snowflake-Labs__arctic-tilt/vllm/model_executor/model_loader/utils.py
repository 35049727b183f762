stub: upstream file of 6960 bytes
