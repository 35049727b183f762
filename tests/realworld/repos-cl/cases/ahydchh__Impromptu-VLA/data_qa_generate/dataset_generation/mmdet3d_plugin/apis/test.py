stub: upstream file of 5960 bytes
