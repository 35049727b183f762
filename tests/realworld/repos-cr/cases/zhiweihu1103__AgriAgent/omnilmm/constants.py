stub: upstream file of 84 bytes
