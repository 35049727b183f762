stub: upstream file of 22014 bytes
