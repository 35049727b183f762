stub: upstream file of 7151 bytes
