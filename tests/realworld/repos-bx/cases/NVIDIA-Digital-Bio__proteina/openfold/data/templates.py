stub: upstream file of 42010 bytes
