stub: upstream file of 3754 bytes
