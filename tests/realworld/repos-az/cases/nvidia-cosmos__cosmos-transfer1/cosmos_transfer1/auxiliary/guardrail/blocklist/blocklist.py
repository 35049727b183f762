stub: upstream file of 9359 bytes
