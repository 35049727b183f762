stub: upstream file of 43390 bytes
