stub: upstream file of 5176 bytes
