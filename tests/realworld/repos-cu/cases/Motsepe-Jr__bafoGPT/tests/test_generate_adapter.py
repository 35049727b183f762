stub: upstream file of 2480 bytes
