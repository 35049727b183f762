stub: upstream file of 7371 bytes
