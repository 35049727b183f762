stub: upstream file of 16827 bytes
