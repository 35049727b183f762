stub: upstream file of 42954 bytes
