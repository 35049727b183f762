stub: upstream file of 28206 bytes
