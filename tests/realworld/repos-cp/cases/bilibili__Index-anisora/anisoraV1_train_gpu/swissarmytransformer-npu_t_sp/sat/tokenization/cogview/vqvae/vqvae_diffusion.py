stub: upstream file of 30392 bytes
