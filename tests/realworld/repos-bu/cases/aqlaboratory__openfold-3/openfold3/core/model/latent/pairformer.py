stub: upstream file of 16197 bytes
