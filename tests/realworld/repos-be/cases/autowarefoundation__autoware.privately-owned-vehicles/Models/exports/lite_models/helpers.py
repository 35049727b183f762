stub: upstream file of 6366 bytes
