stub: upstream file of 17524 bytes
