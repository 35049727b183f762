stub: upstream file of 25445 bytes
