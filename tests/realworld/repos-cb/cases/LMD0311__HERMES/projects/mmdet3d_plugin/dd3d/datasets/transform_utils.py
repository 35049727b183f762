stub: upstream file of 5429 bytes
