stub: upstream file of 30462 bytes
