stub: upstream file of 16241 bytes
