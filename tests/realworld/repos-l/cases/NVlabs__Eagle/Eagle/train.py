stub: upstream file of 46251 bytes
