stub: upstream file of 61956 bytes
