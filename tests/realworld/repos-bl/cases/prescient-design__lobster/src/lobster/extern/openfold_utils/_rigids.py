stub: upstream file of 42108 bytes
