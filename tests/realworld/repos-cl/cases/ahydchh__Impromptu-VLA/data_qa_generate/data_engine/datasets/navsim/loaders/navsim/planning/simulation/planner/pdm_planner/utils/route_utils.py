stub: upstream file of 9714 bytes
