stub: upstream file of 25217 bytes
