stub: upstream file of 18112 bytes
