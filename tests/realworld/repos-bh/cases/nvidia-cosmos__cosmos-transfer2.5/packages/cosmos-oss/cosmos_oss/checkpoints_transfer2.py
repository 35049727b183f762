stub: upstream file of 18248 bytes
