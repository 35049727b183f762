stub: upstream file of 8525 bytes
