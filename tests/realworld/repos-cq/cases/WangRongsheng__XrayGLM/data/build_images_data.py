stub: upstream file of 437 bytes
