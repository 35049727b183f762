stub: upstream file of 6145 bytes
