stub: upstream file of 36568 bytes
