stub: upstream file of 6693 bytes
