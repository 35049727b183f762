stub: upstream file of 7019 bytes
