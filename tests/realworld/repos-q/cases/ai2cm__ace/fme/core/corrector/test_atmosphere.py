stub: upstream file of 33168 bytes
