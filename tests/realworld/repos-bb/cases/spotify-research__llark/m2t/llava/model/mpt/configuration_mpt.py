stub: upstream file of 10169 bytes
