stub: upstream file of 8927 bytes
