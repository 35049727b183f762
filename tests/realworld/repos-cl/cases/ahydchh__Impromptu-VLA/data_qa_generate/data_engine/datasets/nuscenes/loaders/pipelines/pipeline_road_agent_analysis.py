stub: upstream file of 16475 bytes
