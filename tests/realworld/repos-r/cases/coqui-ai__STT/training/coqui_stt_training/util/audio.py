stub: upstream file of 33163 bytes
