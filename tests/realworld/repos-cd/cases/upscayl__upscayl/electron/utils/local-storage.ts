stub: upstream file of 1017 bytes
