stub: upstream file of 16640 bytes
