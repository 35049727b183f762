stub: upstream file of 1042 bytes
