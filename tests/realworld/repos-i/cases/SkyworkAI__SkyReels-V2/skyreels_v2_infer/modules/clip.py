stub: upstream file of 16183 bytes
