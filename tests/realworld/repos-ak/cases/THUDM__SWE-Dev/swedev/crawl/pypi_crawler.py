stub: upstream file of 3900 bytes
