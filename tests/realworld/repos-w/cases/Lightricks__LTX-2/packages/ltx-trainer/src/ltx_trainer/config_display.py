stub: upstream file of 6479 bytes
