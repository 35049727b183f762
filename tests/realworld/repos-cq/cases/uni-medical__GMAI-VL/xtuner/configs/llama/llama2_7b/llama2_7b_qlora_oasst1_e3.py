stub: upstream file of 7298 bytes
