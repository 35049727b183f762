stub: upstream file of 7000 bytes
