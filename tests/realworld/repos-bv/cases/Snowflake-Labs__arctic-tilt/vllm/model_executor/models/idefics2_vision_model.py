stub: upstream file of 14948 bytes
