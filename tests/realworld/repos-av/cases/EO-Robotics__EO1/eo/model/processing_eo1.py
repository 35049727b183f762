stub: upstream file of 15591 bytes
