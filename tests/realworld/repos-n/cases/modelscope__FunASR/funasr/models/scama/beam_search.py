stub: upstream file of 38574 bytes
