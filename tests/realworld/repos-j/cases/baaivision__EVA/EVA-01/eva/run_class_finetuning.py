stub: upstream file of 36371 bytes
