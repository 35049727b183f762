stub: upstream file of 9258 bytes
