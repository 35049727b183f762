stub: upstream file of 6062 bytes
