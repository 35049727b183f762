stub: upstream file of 50197 bytes
