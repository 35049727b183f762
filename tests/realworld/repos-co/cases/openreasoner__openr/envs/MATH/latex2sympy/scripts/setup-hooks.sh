stub: upstream file of 75 bytes
