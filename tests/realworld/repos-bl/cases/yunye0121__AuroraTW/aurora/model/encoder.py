stub: upstream file of 16639 bytes
