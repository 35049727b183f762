stub: upstream file of 18 bytes
