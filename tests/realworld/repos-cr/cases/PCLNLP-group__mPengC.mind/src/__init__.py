stub: upstream file of 67 bytes
