stub: upstream file of 25483 bytes
