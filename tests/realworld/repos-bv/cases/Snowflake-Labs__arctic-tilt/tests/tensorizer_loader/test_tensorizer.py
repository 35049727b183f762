stub: upstream file of 12502 bytes
