stub: upstream file of 25422 bytes
