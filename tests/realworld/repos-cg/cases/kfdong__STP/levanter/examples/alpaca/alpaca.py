stub: upstream file of 12251 bytes
