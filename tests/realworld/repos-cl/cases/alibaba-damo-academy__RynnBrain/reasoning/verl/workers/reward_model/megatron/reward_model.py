stub: upstream file of 16290 bytes
