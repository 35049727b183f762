stub: upstream file of 46555 bytes
