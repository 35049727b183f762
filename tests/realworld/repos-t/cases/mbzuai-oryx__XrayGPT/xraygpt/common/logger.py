stub: upstream file of 6000 bytes
