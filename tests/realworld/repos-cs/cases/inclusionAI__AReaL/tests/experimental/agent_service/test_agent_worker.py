stub: upstream file of 4097 bytes
