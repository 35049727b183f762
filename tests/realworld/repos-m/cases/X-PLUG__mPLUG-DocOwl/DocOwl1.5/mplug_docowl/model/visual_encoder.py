stub: upstream file of 20100 bytes
