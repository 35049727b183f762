stub: upstream file of 8178 bytes
