stub: upstream file of 24595 bytes
