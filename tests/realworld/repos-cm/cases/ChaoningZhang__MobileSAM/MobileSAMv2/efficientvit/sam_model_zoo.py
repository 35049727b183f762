stub: upstream file of 1501 bytes
