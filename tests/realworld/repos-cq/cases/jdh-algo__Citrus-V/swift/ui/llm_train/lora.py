stub: upstream file of 1938 bytes
