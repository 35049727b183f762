stub: upstream file of 20192 bytes
