stub: upstream file of 3513 bytes
