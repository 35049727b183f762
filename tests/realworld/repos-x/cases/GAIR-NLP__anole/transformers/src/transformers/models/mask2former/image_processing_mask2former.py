stub: upstream file of 56972 bytes
