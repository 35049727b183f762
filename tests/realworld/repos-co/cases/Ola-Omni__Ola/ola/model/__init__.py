stub: upstream file of 70 bytes
