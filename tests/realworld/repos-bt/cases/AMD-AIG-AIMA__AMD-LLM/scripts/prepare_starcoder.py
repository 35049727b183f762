stub: upstream file of 3933 bytes
