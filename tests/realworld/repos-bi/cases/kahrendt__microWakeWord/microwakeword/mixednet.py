stub: upstream file of 12473 bytes
