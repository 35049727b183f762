stub: upstream file of 18000 bytes
