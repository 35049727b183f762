stub: upstream file of 43078 bytes
