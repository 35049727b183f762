stub: upstream file of 241 bytes
