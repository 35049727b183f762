stub: upstream file of 48112 bytes
