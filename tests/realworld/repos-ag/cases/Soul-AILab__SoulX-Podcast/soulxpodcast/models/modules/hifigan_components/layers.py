stub: upstream file of 16353 bytes
