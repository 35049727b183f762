stub: upstream file of 509 bytes
