stub: upstream file of 7146 bytes
