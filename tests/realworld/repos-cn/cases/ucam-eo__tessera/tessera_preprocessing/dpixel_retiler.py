stub: upstream file of 18370 bytes
