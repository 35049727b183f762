stub: upstream file of 13284 bytes
