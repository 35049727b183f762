stub: upstream file of 33571 bytes
