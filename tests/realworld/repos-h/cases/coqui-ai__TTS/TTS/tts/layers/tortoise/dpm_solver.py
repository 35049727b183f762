stub: upstream file of 72285 bytes
