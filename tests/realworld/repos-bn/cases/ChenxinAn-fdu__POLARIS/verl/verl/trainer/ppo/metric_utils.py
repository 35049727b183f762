stub: upstream file of 15214 bytes
