stub: upstream file of 9385 bytes
