stub: upstream file of 3238 bytes
