stub: upstream file of 22973 bytes
