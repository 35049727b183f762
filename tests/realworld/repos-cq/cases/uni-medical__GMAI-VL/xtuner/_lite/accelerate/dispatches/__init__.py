stub: upstream file of 2299 bytes
