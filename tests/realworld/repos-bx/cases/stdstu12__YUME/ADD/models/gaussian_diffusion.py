stub: upstream file of 54251 bytes
