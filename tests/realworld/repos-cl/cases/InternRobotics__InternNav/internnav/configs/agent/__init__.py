stub: upstream file of 528 bytes
