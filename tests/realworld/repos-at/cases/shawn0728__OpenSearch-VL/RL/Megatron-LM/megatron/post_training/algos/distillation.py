stub: upstream file of 21970 bytes
