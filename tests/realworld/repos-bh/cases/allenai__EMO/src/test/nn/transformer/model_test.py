stub: upstream file of 22936 bytes
