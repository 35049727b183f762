stub: upstream file of 7241 bytes
