stub: upstream file of 8000 bytes
