stub: upstream file of 9509 bytes
