stub: upstream file of 10120 bytes
