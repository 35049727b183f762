stub: upstream file of 12923 bytes
