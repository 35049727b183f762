stub: upstream file of 8860 bytes
