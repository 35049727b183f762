stub: upstream file of 30990 bytes
