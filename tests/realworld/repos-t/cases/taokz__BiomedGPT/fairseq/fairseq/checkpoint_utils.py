stub: upstream file of 33000 bytes
