stub: upstream file of 67307 bytes
