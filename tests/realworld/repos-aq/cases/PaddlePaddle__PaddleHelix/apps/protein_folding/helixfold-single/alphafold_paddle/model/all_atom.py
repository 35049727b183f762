stub: upstream file of 52208 bytes
