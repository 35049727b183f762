stub: upstream file of 26351 bytes
