stub: upstream file of 5197 bytes
