stub: upstream file of 9241 bytes
