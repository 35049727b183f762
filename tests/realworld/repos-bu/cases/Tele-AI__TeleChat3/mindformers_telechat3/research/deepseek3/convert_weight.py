stub: upstream file of 42251 bytes
