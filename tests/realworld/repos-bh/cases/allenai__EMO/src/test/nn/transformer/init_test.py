stub: upstream file of 6970 bytes
