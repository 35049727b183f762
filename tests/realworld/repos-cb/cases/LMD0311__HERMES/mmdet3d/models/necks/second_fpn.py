stub: upstream file of 3457 bytes
