stub: upstream file of 8627 bytes
