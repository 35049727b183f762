stub: upstream file of 33342 bytes
