stub: upstream file of 29351 bytes
