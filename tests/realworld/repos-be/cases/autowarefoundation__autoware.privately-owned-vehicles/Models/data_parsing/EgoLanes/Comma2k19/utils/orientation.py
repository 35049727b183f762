stub: upstream file of 9103 bytes
