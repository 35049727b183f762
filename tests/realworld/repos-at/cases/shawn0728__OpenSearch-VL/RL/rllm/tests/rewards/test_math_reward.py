stub: upstream file of 9437 bytes
