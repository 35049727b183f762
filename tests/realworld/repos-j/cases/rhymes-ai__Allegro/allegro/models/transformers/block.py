stub: upstream file of 53512 bytes
