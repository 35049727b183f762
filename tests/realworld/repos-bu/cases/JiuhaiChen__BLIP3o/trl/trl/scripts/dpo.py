stub: upstream file of 5314 bytes
