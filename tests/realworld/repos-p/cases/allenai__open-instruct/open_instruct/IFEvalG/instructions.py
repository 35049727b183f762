stub: upstream file of 97333 bytes
