stub: upstream file of 2188 bytes
