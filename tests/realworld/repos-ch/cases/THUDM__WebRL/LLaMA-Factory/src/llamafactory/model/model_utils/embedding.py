stub: upstream file of 2933 bytes
