stub: upstream file of 8554 bytes
