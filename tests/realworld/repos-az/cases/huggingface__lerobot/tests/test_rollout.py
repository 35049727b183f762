stub: upstream file of 42166 bytes
