stub: upstream file of 10900 bytes
