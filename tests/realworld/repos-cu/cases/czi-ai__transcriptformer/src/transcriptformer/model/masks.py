stub: upstream file of 414 bytes
