stub: upstream file of 3290 bytes
