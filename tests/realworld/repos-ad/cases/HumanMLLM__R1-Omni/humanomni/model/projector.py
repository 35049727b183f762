stub: upstream file of 37997 bytes
