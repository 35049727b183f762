stub: upstream file of 22300 bytes
