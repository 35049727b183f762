stub: upstream file of 9970 bytes
