stub: upstream file of 116095 bytes
