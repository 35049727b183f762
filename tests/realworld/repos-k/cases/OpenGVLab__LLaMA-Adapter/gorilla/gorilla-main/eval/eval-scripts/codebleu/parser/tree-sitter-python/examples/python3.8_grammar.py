stub: upstream file of 50403 bytes
