stub: upstream file of 15096 bytes
