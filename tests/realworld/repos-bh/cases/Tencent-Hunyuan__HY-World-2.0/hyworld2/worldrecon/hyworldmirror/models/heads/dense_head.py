stub: upstream file of 26252 bytes
