stub: upstream file of 64024 bytes
