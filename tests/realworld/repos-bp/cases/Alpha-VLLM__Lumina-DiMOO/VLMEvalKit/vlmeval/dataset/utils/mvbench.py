stub: upstream file of 16385 bytes
