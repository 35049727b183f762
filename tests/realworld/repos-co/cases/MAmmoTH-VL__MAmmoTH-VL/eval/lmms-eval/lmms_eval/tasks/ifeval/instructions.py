stub: upstream file of 55197 bytes
