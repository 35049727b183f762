stub: upstream file of 16824 bytes
