stub: upstream file of 12954 bytes
