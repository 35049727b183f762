stub: upstream file of 11097 bytes
