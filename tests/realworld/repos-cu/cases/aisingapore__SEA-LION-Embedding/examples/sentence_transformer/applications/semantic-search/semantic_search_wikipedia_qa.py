stub: upstream file of 3375 bytes
