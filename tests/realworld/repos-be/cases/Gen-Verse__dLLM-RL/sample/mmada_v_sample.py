stub: upstream file of 23337 bytes
