stub: upstream file of 15297 bytes
