stub: upstream file of 1200 bytes
