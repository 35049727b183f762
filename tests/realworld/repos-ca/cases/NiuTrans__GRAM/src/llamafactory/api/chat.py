stub: upstream file of 11449 bytes
