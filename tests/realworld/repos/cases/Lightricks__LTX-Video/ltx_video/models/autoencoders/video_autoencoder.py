stub: upstream file of 35462 bytes
