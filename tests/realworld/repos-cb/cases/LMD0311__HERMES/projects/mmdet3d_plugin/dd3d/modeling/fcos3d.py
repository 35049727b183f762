stub: upstream file of 19415 bytes
