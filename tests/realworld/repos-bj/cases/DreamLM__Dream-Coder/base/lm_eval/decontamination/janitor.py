stub: upstream file of 13150 bytes
