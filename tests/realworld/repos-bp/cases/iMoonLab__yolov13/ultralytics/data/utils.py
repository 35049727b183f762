stub: upstream file of 33842 bytes
