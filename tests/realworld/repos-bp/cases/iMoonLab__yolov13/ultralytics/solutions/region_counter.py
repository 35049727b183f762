stub: upstream file of 5245 bytes
