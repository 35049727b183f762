stub: upstream file of 23414 bytes
