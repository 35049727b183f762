stub: upstream file of 970 bytes
