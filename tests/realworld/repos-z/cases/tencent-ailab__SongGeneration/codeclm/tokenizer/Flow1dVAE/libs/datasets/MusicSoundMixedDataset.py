stub: upstream file of 49755 bytes
