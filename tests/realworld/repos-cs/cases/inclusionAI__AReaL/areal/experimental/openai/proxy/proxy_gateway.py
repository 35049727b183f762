stub: upstream file of 27555 bytes
