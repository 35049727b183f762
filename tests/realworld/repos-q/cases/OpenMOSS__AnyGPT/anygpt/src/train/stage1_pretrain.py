stub: upstream file of 33928 bytes
