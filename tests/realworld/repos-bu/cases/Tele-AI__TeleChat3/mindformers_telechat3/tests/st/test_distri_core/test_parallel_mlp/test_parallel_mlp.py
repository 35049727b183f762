stub: upstream file of 9171 bytes
