stub: upstream file of 10300 bytes
