stub: upstream file of 73860 bytes
