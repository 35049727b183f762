stub: upstream file of 70581 bytes
