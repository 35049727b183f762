stub: upstream file of 57356 bytes
