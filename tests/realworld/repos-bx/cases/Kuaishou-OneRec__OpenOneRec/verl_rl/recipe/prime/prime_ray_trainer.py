stub: upstream file of 26454 bytes
