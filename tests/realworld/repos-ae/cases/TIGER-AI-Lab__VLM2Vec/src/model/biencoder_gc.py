stub: upstream file of 16628 bytes
