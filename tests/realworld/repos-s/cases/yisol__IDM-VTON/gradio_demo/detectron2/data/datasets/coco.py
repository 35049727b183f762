stub: upstream file of 23973 bytes
