stub: upstream file of 4230 bytes
