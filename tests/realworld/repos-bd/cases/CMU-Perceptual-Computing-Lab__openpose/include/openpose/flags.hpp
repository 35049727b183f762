stub: upstream file of 33057 bytes
