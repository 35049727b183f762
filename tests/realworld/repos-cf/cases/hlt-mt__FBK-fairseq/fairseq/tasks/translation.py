stub: upstream file of 17973 bytes
