stub: upstream file of 11946 bytes
