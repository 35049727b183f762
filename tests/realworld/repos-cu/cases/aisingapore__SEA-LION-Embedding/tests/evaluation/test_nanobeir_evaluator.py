stub: upstream file of 2250 bytes
