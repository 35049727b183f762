stub: upstream file of 15405 bytes
