stub: upstream file of 5018 bytes
