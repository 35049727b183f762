stub: upstream file of 4000 bytes
