stub: upstream file of 15663 bytes
